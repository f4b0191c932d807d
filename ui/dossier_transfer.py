"""Moving and keeping dossiers from the interface: "Dossier exporteren…" writes the
chosen supplier's dossier package (isv_dialogue/dossier_package.py), "Dossier
importeren…" reads a package (or a dossier JSON) and, when the supplier is
already in the data folder, lets the buyer choose in ``ImportChoiceDialog``.

Every question to the buyer is a replaceable static method of ``DossierTransfer``
(``ask_save_path``, ``ask_open_path``, ``choose``, ``warn``, ``inform``): tests
replace them, dialogs are never exec()ed there.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QVBoxLayout, QWidget

from isv_dialogue.dossier_package import (PACKAGE_SUFFIX, Choice, Comparison, Situation, compare,
                                          export_package, import_read, is_package_name, read_any)
from isv_dialogue.errors import IsvError, LockedError
from isv_dialogue.folder import DataFolder
from isv_dialogue.questionnaires import Content

from .asking import AsksTheUser
from .dates import short_moment as moment
from .dialog_parts import INFO_STYLE, ChoiceButton
from .i18n import tr
from .save_dialogs import start_folder


class ImportChoiceDialog(QDialog):
    """The supplier in the dossier is already in the data folder: replace it (after
    a backup), add the dossier as a copy, or cancel. When the folder's data is
    newer, or the supplier is open in a meeting here, replacing is not offered."""

    def __init__(self, comparison: Comparison, file_name: str, busy: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.choice: Choice | None = None
        self.setWindowTitle(tr("Dossier importeren"))
        intro = QLabel(tr("{name} staat al in de gegevensmap, met andere gegevens dan in "
                          "{file}.", name=comparison.name, file=file_name))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        facts = QLabel(tr("In de gegevensmap: {meetings_here} gesprekken, laatst gewijzigd {here}.\n"
                          "In het dossier: {meetings_there} gesprekken, laatst gewijzigd {there}.",
                          meetings_here=comparison.meetings_here, here=moment(comparison.updated_here),
                          meetings_there=comparison.meetings_there,
                          there=moment(comparison.updated_there)))
        facts.setWordWrap(True)
        facts.setTextFormat(Qt.TextFormat.PlainText)
        facts.setStyleSheet(INFO_STYLE)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.replace_button = ChoiceButton(
            tr("Vervangen (de huidige gegevens worden eerst als reservekopie bewaard)"),
            tr("Het dossier komt in de plaats van wat nu in de gegevensmap staat."))
        self.copy_button = ChoiceButton(
            tr("Als kopie toevoegen"),
            tr("Het dossier komt ernaast als nieuwe leverancier „{name} (kopie)”; er wordt "
               "niets overschreven.", name=comparison.name))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(tr("Annuleren"))
        buttons.rejected.connect(self.reject)
        self.replace_button.clicked.connect(lambda: self._chosen(Choice.REPLACE))
        self.copy_button.clicked.connect(lambda: self._chosen(Choice.COPY))
        if comparison.situation is Situation.NEWER_HERE:
            self.reason.setText(tr("De gegevensmap heeft nieuwere gegevens dan het dossier; "
                                   "die worden nooit overschreven. U kunt het dossier wel als "
                                   "kopie toevoegen."))
        elif busy:
            self.reason.setText(tr("Deze leverancier is hier geopend in een gesprek. Sluit dat "
                                   "eerst om te kunnen vervangen; als kopie toevoegen kan nu al."))
        self.replace_button.setVisible(not self.reason.text())
        self.reason.setVisible(bool(self.reason.text()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        for widget in (intro, facts, self.reason, self.replace_button, self.copy_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.copy_button.setDefault(True)  # the choice that never loses anything
        self.setMinimumWidth(560)
        # As tall as the wrapped texts are at this width (adjustSize would take the
        # heights they want at their own, narrower, preferred widths).
        width = max(560, self.sizeHint().width())
        self.resize(width, self.layout().totalHeightForWidth(width))

    def offered(self) -> list[Choice]:
        return [c for c, b in ((Choice.REPLACE, self.replace_button),
                               (Choice.COPY, self.copy_button)) if not b.isHidden()]

    def _chosen(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, comparison: Comparison, file_name: str,
            busy: bool = False) -> Choice | None:
        dialog = cls(comparison, file_name, busy, parent)
        return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None


class DossierTransfer(AsksTheUser):
    """The export and import flows; every question is replaceable in tests."""

    last_folder: Path | None = None

    # --- replaceable in tests -----------------------------------------------------------

    @staticmethod
    def ask_save_path(parent: QWidget | None, suggestion: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, tr("Dossier exporteren"), suggestion,
                                              tr("Dossierpakketten (*.zip)"))
        if not name:
            return None
        path = Path(name)
        return path if is_package_name(path) else path.with_name(path.name + PACKAGE_SUFFIX)

    @staticmethod
    def ask_open_path(parent: QWidget | None, folder: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, tr("Dossier importeren"), folder,
                                              tr("Dossiers (*.zip *.json);;Alle bestanden (*)"))
        return Path(name) if name else None

    @staticmethod
    def choose(parent: QWidget | None, comparison: Comparison, file_name: str,
               busy: bool) -> Choice | None:
        return ImportChoiceDialog.ask(parent, comparison, file_name, busy)

    # --- the flows ----------------------------------------------------------------------

    @classmethod
    def export(cls, parent: QWidget | None, folder: DataFolder, supplier_id: str,
               content: Content, today: date | None = None) -> Path | None:
        """Ask where, write the package; the path, or None (cancelled, or the buyer was told why)."""
        today = today or date.today()
        file_name = f"dossier-{supplier_id}-{today:%Y-%m-%d}{PACKAGE_SUFFIX}"
        suggestion = start_folder(cls.last_folder) / file_name
        path = cls.ask_save_path(parent, str(suggestion))
        if path is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = export_package(folder, supplier_id, path, content)
        except IsvError as exc:
            QGuiApplication.restoreOverrideCursor()
            cls.warn(parent, tr("Dossier niet geëxporteerd"), str(exc))
            return None
        QGuiApplication.restoreOverrideCursor()
        cls.last_folder = path.parent
        text = tr("Het dossier van {name} staat in {path}, met {count} verslagen (PDF). Het "
                  "bevat interne notities en de bronnen van signalen: geef het alleen aan "
                  "collega's of aan het archief.", name=result.name, path=path, count=len(result.minutes))
        if result.skipped:
            cls.warn(parent, tr("Dossier geëxporteerd, niet alle verslagen"),
                     text + "\n\n" + tr("Niet opgenomen:") + "\n" + "\n".join(result.skipped))
        else:
            cls.inform(parent, tr("Dossier geëxporteerd"), text)
        return path

    @classmethod
    def import_(cls, parent: QWidget | None, folder: DataFolder,
                busy: frozenset[str] | set[str] = frozenset()) -> str | None:
        """Ask for a file, compare, let the buyer choose, read it in. Returns the id of
        the supplier it went to, or None (cancelled, refused, or nothing to do)."""
        path = cls.ask_open_path(parent, str(start_folder(cls.last_folder)))
        if path is None:
            return None
        title = tr("Dossier niet ingelezen")
        try:
            document = read_any(path)
            comparison = compare(folder, document)
        except IsvError as exc:
            cls.warn(parent, title, str(exc))
            return None
        cls.last_folder = path.parent
        supplier_id = document.supplier.id
        choice = Choice.REFUSE
        if comparison.situation in (Situation.OLDER_HERE, Situation.NEWER_HERE):
            choice = cls.choose(parent, comparison, path.name, supplier_id in busy)
            if choice is None:
                return None
        try:
            new_id, message = import_read(folder, document, path, choice)
        except LockedError as exc:
            cls.warn(parent, title, cls.locked_sentence(folder, supplier_id, str(exc)))
            return None
        except IsvError as exc:  # also when it changed between the look and the lock
            cls.warn(parent, title, str(exc))
            return None
        cls.inform(parent, tr("Dossier ingelezen"), message)
        return new_id

    @staticmethod
    def locked_sentence(folder: DataFolder, supplier_id: str, fallback: str) -> str:
        """Who has the supplier open, and where: a colleague on another laptop
        sharing the folder through a synced or network drive, say."""
        holder = folder.lock_holder(supplier_id)
        if holder is None:
            return fallback
        return tr("{user} heeft deze leverancier open op {host} (sinds {since}); vervangen kan "
                  "pas als het daar is gesloten. Als kopie toevoegen kan wel.",
                  user=holder.user, host=holder.host, since=holder.since)
