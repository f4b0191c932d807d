"""Put back a backup of a supplier: the list of its backups (when made, how many
meetings, last change), the choice, a confirmation, then the restore, which
first keeps the current file as a backup itself (isv_dialogue.backups)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from isv_dialogue import backups
from isv_dialogue.backups import BackupInfo
from isv_dialogue.errors import IsvError, LockedError
from isv_dialogue.folder import DataFolder

from .dates import short_moment as moment
from .i18n import tr

PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupDialog(QDialog):
    def __init__(self, infos: list[BackupInfo], supplier_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Reservekopie terugzetten — {name}", name=supplier_name))
        intro = QLabel(tr("Kies de reservekopie die u wilt terugzetten. De huidige gegevens "
                          "worden eerst zelf als reservekopie bewaard, zodat u dit ongedaan "
                          "kunt maken."))
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([tr("Gemaakt op"), tr("Gesprekken"), tr("Laatste wijziging"),
                                   tr("Opmerking")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.header().setStretchLastSection(True)
        for column in range(3):
            self.list.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for info in infos:
            readable = info.problem is None
            item = QTreeWidgetItem([moment(info.backup.taken_at),
                                    str(info.meetings) if readable else "",
                                    moment(info.updated_at) if readable else "",
                                    "" if readable else tr("Onleesbaar; kan niet worden teruggezet")])
            item.setData(0, PATH_ROLE, str(info.backup.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not readable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(3, info.problem)
            self.list.addTopLevelItem(item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(tr("&Terugzetten…"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemSelectionChanged.connect(self._update)
        self.list.itemDoubleClicked.connect(lambda *_: self.chosen() and self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        first = next((self.list.topLevelItem(n) for n in range(self.list.topLevelItemCount())
                      if self.list.topLevelItem(n).flags() & Qt.ItemFlag.ItemIsSelectable), None)
        if first is not None:
            self.list.setCurrentItem(first)
        self._update()
        self.resize(640, 320)

    def chosen(self) -> Path | None:
        items = self.list.selectedItems()
        return Path(items[0].data(0, PATH_ROLE)) if items else None

    def _update(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    # --- replaceable in tests: dialogs are never exec()ed there ------------------

    @classmethod
    def ask(cls, parent: QWidget | None, infos: list[BackupInfo], supplier_name: str) -> Path | None:
        dialog = cls(infos, supplier_name, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @staticmethod
    def confirm(parent: QWidget | None, text: str) -> bool:
        answer = QMessageBox.question(parent, tr("Reservekopie terugzetten"), text)
        return answer == QMessageBox.StandardButton.Yes

    @staticmethod
    def inform(parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    # --- the whole flow ------------------------------------------------------------

    @classmethod
    def run(cls, parent: QWidget | None, folder: DataFolder, supplier_id: str,
            busy: bool = False) -> bool:
        """Choose, confirm and restore; True when a backup was put back."""
        title = tr("Reservekopie terugzetten")
        if busy:
            cls.inform(parent, title, tr("Sluit eerst het gesprek met deze leverancier; "
                                         "daarna kunt u een reservekopie terugzetten."))
            return False
        path = folder.path_for(supplier_id)
        infos = [backups.describe(b) for b in backups.list_backups(path)]
        try:
            name = folder.load(supplier_id).supplier.name
        except IsvError:
            name = next((i.supplier_name for i in infos if i.problem is None), supplier_id)
        if not infos:
            cls.inform(parent, title, tr(
                "Er zijn nog geen reservekopieën van {name}. ISV-dialoog maakt er een zodra u "
                "deze leverancier opent en iets wijzigt: hoogstens één per uur, en de nieuwste "
                "{keep} blijven bewaard.", name=name, keep=backups.KEEP))
            return False
        chosen = cls.ask(parent, infos, name)
        if chosen is None:
            return False
        info = next(i for i in infos if i.backup.path == chosen)
        if not cls.confirm(parent, tr(
                "De gegevens van {name} worden vervangen door de reservekopie van {when} "
                "({count} gesprekken). De huidige gegevens worden eerst als reservekopie "
                "bewaard. Doorgaan?", name=name, when=moment(info.backup.taken_at),
                count=info.meetings)):
            return False
        try:
            backups.restore(path, chosen)
        except LockedError as exc:
            cls.inform(parent, tr("Leverancier is al geopend"), str(exc))
            return False
        except IsvError as exc:
            cls.inform(parent, tr("Niet teruggezet"), str(exc))
            return False
        return True
