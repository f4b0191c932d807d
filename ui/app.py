"""Starting the app: content first (a broken questionnaire stops it whole),
then the data folder, then the main window, shown before the list is read."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from isv_dialogue.errors import IsvError, QuestionnaireError
from isv_dialogue.folder import DataFolder
from isv_dialogue.questionnaires import load_content

from .i18n import install_translations, tr
from .main_window import MainWindow


def run(data_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ISV-dialoog")
    app.setOrganizationName("ISV-dialoog")
    install_translations(app)
    try:
        content = load_content()
    except QuestionnaireError as exc:
        QMessageBox.critical(None, tr("ISV-dialoog kan niet starten"),
                             tr("De vragenlijsten bevatten een fout:\n\n{error}", error=exc))
        return 2
    folder = DataFolder(data_dir)
    try:
        folder.ensure()
    except IsvError as exc:
        QMessageBox.critical(None, tr("ISV-dialoog kan niet starten"), str(exc))
        return 2
    window = MainWindow(folder, content)
    window.show()
    # The list is read once the window is on screen, so the window appears at once.
    QTimer.singleShot(0, window.refresh)
    return app.exec()
