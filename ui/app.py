"""Starting the app: the settings, the data folder, then the main window, shown
before the list is read; the questionnaires are read after its first frame
(a broken questionnaire stops the app: ``MainWindow._started``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from isv_dialogue.errors import IsvError
from isv_dialogue.folder import DataFolder
from isv_dialogue.paths import resources_dir

from . import collector, settings as app_settings
from .asking import AsksTheUser
from .i18n import install_translations, set_language, tr

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


def run(data_dir: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ISV-dialoog")
    app.setOrganizationName("ISV-dialoog")
    app.setDesktopFileName("isv-dialogue")  # ties windows to packaging/isv-dialogue.desktop
    collector.Collector(app)  # cyclic garbage is collected on this thread only
    # The settings choose the language before any window (or page module) is built;
    # set_language gives it to the core's sentences too (isv_dialogue/i18n.py).
    chosen = app_settings.load()
    install_translations(app, set_language(chosen.language))
    data_dir, overridden = app_settings.choose_data_dir(data_dir, chosen)
    from .main_window import MainWindow  # after set_language: its pages read LANGUAGE
    folder = DataFolder(data_dir)
    try:
        folder.ensure()
    except IsvError as exc:
        AsksTheUser.critical(None, tr("ISV-dialoog kan niet starten"), str(exc))
        return 2
    window = MainWindow(folder)
    window.data_dir_override = data_dir if overridden else None
    window.show()
    # The list is read once the window is on screen, so the window appears at once.
    QTimer.singleShot(0, window.start)
    # The icon right after the first frame, not before it: its first QIcon costs 1 ms
    # (PySide builds QIcon's enums; docs/performance.md, launch).
    window.shown.connect(lambda: app.setWindowIcon(app_icon()))
    window.shown.connect(collector.settle)
    _smoke_exit(app, window)
    return app.exec()


def app_icon() -> QIcon:
    """The app's icon in every size drawn (resources/icons/, made by scripts/make-icons.py)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("isv-dialogue-*.png")):
        icon.addFile(str(path))
    return icon


SMOKE_ENV = "ISV_DIALOGUE_SMOKE_EXIT_MS"


def _smoke_exit(app: QApplication, window) -> None:
    """For scripts/build-app: with ISV_DIALOGUE_SMOKE_EXIT_MS set, say that the
    window is up, once it has started (its list, the questionnaires and the first
    supplier), and quit after that many milliseconds more."""
    delay = os.environ.get(SMOKE_ENV, "")
    if not delay.isdigit():
        return

    def done() -> None:
        print(f"smoke: window shown ({window.windowTitle()}, "
              f"{window.list.topLevelItemCount()} suppliers)", flush=True)
        app.quit()
    window.started.connect(lambda: QTimer.singleShot(int(delay), done))
