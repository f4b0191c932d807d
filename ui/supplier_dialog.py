"""Create or edit a supplier's data. It refuses to close on a missing name or
dates that make no sense, and says why next to the field."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from isv_dialogue.meetings import SupplierProblem, supplier_problems
from isv_dialogue.model import Commitment, Contact, Supplier, new_id
from isv_dialogue.questionnaires import Content, Item

from .i18n import LANGUAGE, tr
from .widgets import OptionalDateEdit, TextBox, scrolling

ERROR_STYLE = "color: #b00020;"


def format_contacts(contacts: list[Contact]) -> str:
    return "\n".join(", ".join(v for v in (c.name, c.role, c.email, c.phone) if v) for c in contacts)


def parse_contacts(text: str) -> list[Contact]:
    """One contact per line: name, role, e-mail, phone (an @ marks the e-mail)."""
    contacts = []
    for line in text.splitlines():
        parts = [p.strip() for p in line.split(",")]
        if not parts[0]:
            continue
        email = next((p for p in parts[1:] if "@" in p), "")
        rest = [p for p in parts[1:] if p and p != email]
        contacts.append(Contact(parts[0], rest[0] if rest else "", email,
                                ", ".join(rest[1:])))
    return contacts


class CommitmentTable(QWidget):
    """The plan van aanpak's commitments: what, and by when. Rows keep their
    commitment's id, so reviews that ticked one off still point at it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([tr("Toezegging"), tr("Uiterlijk")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(1, 130)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(tr("Toezeggingen uit het plan van aanpak"))
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(190)
        self.table.itemChanged.connect(lambda _item: self.table.resizeRowsToContents())
        self.add_button = QPushButton(tr("Toezegging &toevoegen"))
        self.remove_button = QPushButton(tr("Toezegging &verwijderen"))
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.setFocusProxy(self.table)
        self._update_buttons()

    def add_row(self, commitment: Commitment | None = None, focus: bool = False) -> int:
        commitment = commitment or Commitment(new_id(), "")
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(commitment.text)
        item.setData(Qt.ItemDataRole.UserRole, commitment.id)
        item.setToolTip(commitment.text)
        self.table.setItem(row, 0, item)
        due = OptionalDateEdit()
        due.set_value(commitment.due)
        due.setFrame(False)
        self.table.setCellWidget(row, 1, due)
        if focus:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(item)
        self._update_buttons()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)

    def set_value(self, commitments: list[Commitment]) -> None:
        self.table.setRowCount(0)
        for commitment in commitments:
            self.add_row(commitment)
        self.table.resizeRowsToContents()

    def value(self) -> list[Commitment]:
        """The rows with a text, in order; empty rows are left out."""
        found = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            text = " ".join(item.text().split()) if item else ""
            if text:
                found.append(Commitment(item.data(Qt.ItemDataRole.UserRole) or new_id(), text,
                                        self.table.cellWidget(row, 1).value()))
        return found


class SupplierDialog(QDialog):
    def __init__(self, content: Content, supplier: Supplier | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.original = supplier or Supplier(id=new_id(), name="")
        self.setWindowTitle(tr("Leverancier bewerken") if supplier else tr("Nieuwe leverancier"))
        self.name = QLineEdit()
        self.reference = QLineEdit()
        self.category = self._choices(content.lists.categories)
        self.covenant = self._choices(content.lists.covenants, tr("Geen"))
        self.start = OptionalDateEdit()
        self.end = OptionalDateEdit()
        self.plan_date = OptionalDateEdit()
        self.contacts = TextBox(tr("Eén per regel: naam, rol, e-mail, telefoon"), lines=3)
        self.commitments = CommitmentTable()
        self.notes = TextBox(lines=3)
        self.errors = {field: self._error_label() for field in
                       ("name", "contract_start", "contract_end", "plan_of_action_date")}
        self._lay_out()
        self.load(self.original)
        self.resize(720, self._fitting_height())

    def _fitting_height(self) -> int:
        """All fields when the screen has room, else as much as fits; the rest scrolls."""
        # Margins, spacing and the room wrapped rows take at the final width.
        wanted = self.fields.widget().sizeHint().height() + self.buttons.sizeHint().height() + 90
        screen = self.screen().availableGeometry().height() if self.screen() else wanted
        return min(wanted, int(screen * 0.9))

    @staticmethod
    def _choices(items: tuple[Item, ...], empty: str = "—") -> QComboBox:
        box = QComboBox()
        box.addItem(empty, "")
        for item in items:
            box.addItem(item.text.get(LANGUAGE), item.id)
        return box

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _lay_out(self) -> None:
        form = QFormLayout()
        rows = ((tr("&Naam *"), self.name, "name"), (tr("&Contractkenmerk"), self.reference, None),
                (tr("&Productgroep"), self.category, None), (tr("IMVO-&convenant"), self.covenant, None),
                (tr("Contract &begint"), self.start, "contract_start"),
                (tr("Contract &eindigt"), self.end, "contract_end"),
                (tr("&Plan van aanpak van"), self.plan_date, "plan_of_action_date"),
                (tr("Toe&zeggingen"), self.commitments, None),
                (tr("C&ontactpersonen"), self.contacts, None), (tr("No&tities"), self.notes, None))
        for text, widget, field in rows:
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            if field:
                column.addWidget(self.errors[field])
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, column)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        fields = QWidget()
        fields.setLayout(form)
        self.fields = scrolling(fields)  # a 720-pixel screen must still show the buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields, 1)
        layout.addWidget(self.buttons)

    def load(self, supplier: Supplier) -> None:
        self.name.setText(supplier.name)
        self.reference.setText(supplier.contract_reference)
        self.category.setCurrentIndex(max(self.category.findData(supplier.category), 0))
        self.covenant.setCurrentIndex(max(self.covenant.findData(supplier.covenant), 0))
        self.start.set_value(supplier.contract_start)
        self.end.set_value(supplier.contract_end)
        self.plan_date.set_value(supplier.plan_of_action_date)
        self.commitments.set_value(supplier.commitments)
        self.contacts.set_value(format_contacts(supplier.contacts))
        self.notes.set_value(supplier.notes)

    def value(self) -> Supplier:
        return replace(self.original, name=self.name.text().strip(),
                       contract_reference=self.reference.text().strip(),
                       category=self.category.currentData(), covenant=self.covenant.currentData(),
                       contract_start=self.start.value(), contract_end=self.end.value(),
                       plan_of_action_date=self.plan_date.value(),
                       commitments=self.commitments.value(),
                       contacts=parse_contacts(self.contacts.value()), notes=self.notes.value())

    def accept(self) -> None:
        """Close only when the domain accepts the supplier; otherwise point at the field."""
        problems = supplier_problems(self.value())
        for label in self.errors.values():
            label.hide()
        for field, problem in problems:
            self.errors[field].setText({
                SupplierProblem.NO_NAME: tr("Vul de naam van de leverancier in."),
                SupplierProblem.END_BEFORE_START: tr("Het contract kan niet eindigen voordat het begint."),
                SupplierProblem.DATE_OUT_OF_RANGE: tr("Kies een datum tussen 2000 en 2100."),
            }[problem])
            self.errors[field].show()
        if problems:
            widget = {"name": self.name, "contract_start": self.start, "contract_end": self.end,
                      "plan_of_action_date": self.plan_date}[problems[0][0]]
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, content: Content,
            supplier: Supplier | None = None) -> Supplier | None:
        """Show the dialog; the edited supplier, or None when cancelled. Tests replace this."""
        dialog = cls(content, supplier, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
