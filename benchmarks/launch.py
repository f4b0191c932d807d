"""A process to time from the outside: the app, or a bare QMainWindow.

    python benchmarks/launch.py app DATA_DIR [VISITS]
    python benchmarks/launch.py bare

Prints ``READY`` once the window is shown and (for the app) the supplier list
is filled and painted, then quits. With VISITS the app then opens that many
suppliers' views one after the other, as a buyer browsing would (with the
"Verloop" tab showing, the costliest). Last it prints
``RSS <peak kB>``. The parent measures the time from starting the process to
``READY``, so Python's start, imports and content loading all count.
"""

from __future__ import annotations

import os
import resource
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 680)
    window.show()
    QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
    return app.exec()


def app(data_dir: str, visits: int) -> int:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sys.path.insert(0, root)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    refresh = MainWindow.refresh

    def browse(window: MainWindow) -> None:
        """Click down the list as a buyer would: one supplier per event-loop turn
        (deferred deletes run in between, as they do between real clicks), with
        the "Verloop" tab showing, so each visit builds its timeline (worst case)."""
        count = min(visits, window.list.topLevelItemCount())
        if count:
            window.detail.tabs.setCurrentWidget(window.detail.timeline)

        def visit(n: int) -> None:
            if n >= count:
                QApplication.quit()
                return
            window.list.setCurrentItem(window.list.topLevelItem(n))
            QTimer.singleShot(0, lambda: visit(n + 1))

        visit(0)

    def refresh_and_mark(self, *args, **kwargs):
        refresh(self, *args, **kwargs)
        if not getattr(self, "_bench_marked", False):
            self._bench_marked = True
            if self.list.topLevelItemCount() == 0:
                print("EMPTY", flush=True)

            def ready() -> None:
                print("READY", flush=True)
                browse(self)

            QTimer.singleShot(0, ready)

    MainWindow.refresh = refresh_and_mark
    import main

    return main.main(["--data-dir", data_dir])


if __name__ == "__main__":
    mode = sys.argv[1]
    code = bare() if mode == "bare" else app(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 0)
    print(f"RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
    sys.exit(code)
