"""A process to time from the outside: the app, or a bare QMainWindow.

    python benchmarks/launch.py app DATA_DIR [VISITS]
    python benchmarks/launch.py bare
    python benchmarks/launch.py list DATA_DIR

Prints ``READY`` when the window is usable, the same for all three: its first
frame drawn. For the app, that frame shows the supplier list filled from the folder's index;
``bare`` is an empty QMainWindow; ``list`` is the least a PySide program does
to show the same screen: a bare QMainWindow with a QTreeWidget of every
supplier's name, counts and last meeting read from the same index. Then the
app reads the first supplier's file, builds the supplier view and fills it
(``MainWindow.start``); ``OPENED`` is printed when that is done and the event
loop has turned again.
Then it quits; with VISITS the app first opens that many suppliers' views one
after the other, as a buyer browsing would (with the "Verloop" tab showing,
the costliest). Last it prints ``RSS <peak kB>``. The parent measures the time
from starting the process to ``READY`` and to ``OPENED``, so Python's start,
imports and content loading all count.
"""

from __future__ import annotations

import os
import resource
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _ready_once_painted(window, shows=lambda: True, then=None) -> None:
    """Print READY as soon as ``window`` has drawn its first frame in which
    ``shows()`` holds; then call ``then``."""
    from PySide6.QtCore import QEvent, QObject

    class FirstFrame(QObject):
        def eventFilter(self, watched, event) -> bool:
            if (watched is not window or event.type() != QEvent.Type.UpdateRequest
                    or not shows()):
                return False
            window.removeEventFilter(self)
            window.event(event)  # draw the frame (all its widgets) now, then say so
            print("READY", flush=True)
            if then is not None:
                then()
            return True

    window.installEventFilter(FirstFrame(window))


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 680)
    _ready_once_painted(window, then=app.quit)
    window.show()
    return app.exec()


def bare_list(data_dir: str) -> int:
    import json

    from PySide6.QtWidgets import QApplication, QMainWindow, QTreeWidget, QTreeWidgetItem

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tree = QTreeWidget()
    tree.setHeaderLabels(["Leverancier", "Sign.", "Afspr.", "Gesprek"])
    with open(os.path.join(data_dir, ".isv-index.json"), "rb") as index:
        entries = json.load(index)["files"].values()
    tree.addTopLevelItems([QTreeWidgetItem([e["summary"]["name"], str(e["summary"]["open_signals"]),
                                            str(e["summary"]["open_agreements"]),
                                            e["summary"]["last_meeting"] or ""])
                           for e in entries])
    window.setCentralWidget(tree)
    window.resize(1200, 680)
    _ready_once_painted(window, then=app.quit)
    window.show()
    return app.exec()


def app(data_dir: str, visits: int) -> int:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sys.path.insert(0, root)
    # The marks go in when the app imports its main window itself, so this process
    # imports what the app does in the app's order (main.py's set-up before Qt).
    _when_imported("ui.main_window", lambda module: _mark(module.MainWindow, visits))
    import main

    return main.main(["--data-dir", data_dir])


def _mark(MainWindow, visits: int) -> None:  # noqa: N803 - the class, patched
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    start, on_select = MainWindow.start, MainWindow._on_select

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

    def start_and_mark(self) -> None:
        _ready_once_painted(self, shows=lambda: self.list.topLevelItemCount() > 0)
        self.started.connect(lambda: self.list.topLevelItemCount() == 0
                             and (print("EMPTY", flush=True), QApplication.quit()))
        start(self)

    def on_select_and_mark(self, *args, **kwargs):
        on_select(self, *args, **kwargs)
        if self.detail.dossier is not None and not getattr(self, "_bench_opened", False):
            self._bench_opened = True
            QTimer.singleShot(0, lambda: (print("OPENED", flush=True), browse(self)))

    MainWindow.start = start_and_mark
    MainWindow._on_select = on_select_and_mark


def _when_imported(name: str, patch) -> None:
    """Call ``patch(module)`` right after the module ``name`` is first imported."""
    from importlib.machinery import PathFinder

    class Hook:
        @staticmethod
        def find_spec(fullname, path=None, target=None):
            if fullname != name:
                return None
            sys.meta_path.remove(Hook)
            spec = PathFinder.find_spec(fullname, path)
            run_module = spec.loader.exec_module

            def exec_module(module) -> None:
                run_module(module)
                patch(module)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, Hook)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "bare":
        code = bare()
    elif mode == "list":
        code = bare_list(sys.argv[2])
    else:
        code = app(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 0)
    print(f"RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
    sys.exit(code)
