"""Instellingen: the interface language, the data folder, and the buyer's name
and organisation that each new meeting (and so its minutes) records.

Plain data in and out: ``SettingsDialog(settings)`` shows a ``Settings``,
``value()`` gives the edited one back, and Opslaan stores it (ui/settings.py).
The language and the data folder apply on the next start, which the dialog says.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget)

from isv_dialogue import paths

from . import settings as app_settings, i18n
from .dialog_parts import confirm_buttons, dialog_column, mute
from .i18n import tr
from .palette import NOTICE_STYLE
from .settings import Settings

# Each language is named in itself, so it can be found whichever is on screen.
LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, data_dir_override: Path | None = None,
                 parent: QWidget | None = None):
        """``data_dir_override`` is the folder given with --data-dir or
        ISV_DIALOGUE_DATA this session, if any: it wins over the setting."""
        super().__init__(parent)
        self.setWindowTitle(tr("Instellingen — ISV-dialoog"))
        self._settings = settings
        self.override = data_dir_override

        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.folder = QLineEdit(settings.data_dir)
        self.folder.setPlaceholderText(str(paths.default_data_dir()))
        self.folder.setToolTip(tr("Leeg: de standaardmap van uw account"))
        self.browse = QPushButton(tr("Kiezen…"))
        self.browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.override_note = QLabel()
        self.override_note.setWordWrap(True)
        self.override_note.setTextFormat(Qt.TextFormat.PlainText)
        if data_dir_override is not None:
            self.override_note.setText(tr(
                "Nu geopend met --data-dir of ISV_DIALOGUE_DATA ({path}); zolang dat zo is, "
                "gaat die map voor deze instelling.", path=data_dir_override))
        self.override_note.setVisible(data_dir_override is not None)

        general = QGroupBox(tr("Algemeen"))
        form = QFormLayout(general)
        form.addRow(self._label(tr("&Taal:"), self.language), self.language)
        form.addRow(self._label(tr("&Gegevensmap:"), self.folder), folder_row)
        form.addRow("", self.override_note)

        self.buyer_name = QLineEdit(settings.buyer_name)
        self.buyer_name.setPlaceholderText(tr("Bijvoorbeeld: Anna de Vries, contractmanager"))
        self.buyer_organisation = QLineEdit(settings.buyer_organisation)
        self.buyer_organisation.setPlaceholderText(tr("Bijvoorbeeld: Gemeente Tilburg"))
        buyer = QGroupBox(tr("Opdrachtgever"))
        buyer_form = QFormLayout(buyer)
        buyer_form.addRow(self._label(tr("&Uw naam:"), self.buyer_name), self.buyer_name)
        buyer_form.addRow(self._label(tr("&Organisatie:"), self.buyer_organisation),
                          self.buyer_organisation)
        buyer_form.addRow("", mute(self._note(tr(
            "Elk nieuw gesprek neemt uw organisatie over, en uw naam bij de aanwezigen; "
            "het verslag noemt ze."))))

        self.restart_note = self._note("")
        self.restart_note.setStyleSheet(NOTICE_STYLE)
        self.buttons, self.save_button = confirm_buttons(self, tr("Opslaan"))
        dialog_column(self, general, buyer, self.restart_note, self.buttons)
        self.language.currentIndexChanged.connect(self._update_note)
        self.folder.textChanged.connect(self._update_note)
        self._update_note()
        self.resize(560, self.sizeHint().height())

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def value(self) -> Settings:
        return replace(self._settings, language=self.language.currentData(),
                       data_dir=self.folder.text().strip(),
                       buyer_name=" ".join(self.buyer_name.text().split()),
                       buyer_organisation=" ".join(self.buyer_organisation.text().split()))

    def restart_needed(self) -> bool:
        """The language differs from the one on screen, or the folder from the stored one."""
        edited = self.value()
        return edited.language != i18n.LANGUAGE or edited.data_dir != self._settings.data_dir

    def _update_note(self) -> None:
        self.restart_note.setText(tr("Deze wijziging gaat in bij de volgende start van ISV-dialoog."))
        self.restart_note.setVisible(self.restart_needed())

    def _choose_folder(self) -> None:
        chosen = self.pick_folder(self, self.folder.text() or self.folder.placeholderText())
        if chosen:
            self.folder.setText(chosen)

    @staticmethod
    def pick_folder(parent: QWidget, start: str) -> str:
        """Replaceable in tests: the platform's folder picker."""
        return QFileDialog.getExistingDirectory(parent, tr("Gegevensmap kiezen"), start)

    def accept(self) -> None:
        app_settings.save(self.value())
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, data_dir_override: Path | None = None) -> Settings | None:
        """Show the stored settings; the saved ones, or None when cancelled.
        Tests replace this: dialogs are never exec()ed there."""
        dialog = cls(app_settings.load(), data_dir_override, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
