"""Agreements: first the open ones from earlier meetings (done, still open,
changed, cancelled), then the new ones made in this meeting (what, who, when)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QToolButton, QVBoxLayout, QWidget)

from isv_dialogue import meetings as rules
from isv_dialogue.model import Agreement, AgreementStatus, Dossier, Meeting

from .dates import long_date
from .i18n import tr
from .meeting_page import MeetingPage
from .widgets import OptionalDateEdit, clear_layout, heading, muted

# (status, changed) per choice; None: not looked at yet in this meeting.
CHOICES = (None, (AgreementStatus.OPEN, False), (AgreementStatus.DONE, False),
           (AgreementStatus.OPEN, True), (AgreementStatus.CANCELLED, False))


def _choice_labels() -> tuple[str, ...]:
    return (tr("Nog niet nagelopen"), tr("Loopt nog"), tr("Afgerond"), tr("Gewijzigd"),
            tr("Vervallen"))


def _plain(text: str, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # typed text is never markup
    label.setWordWrap(True)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label


class CarriedAgreementRow(QFrame):
    """An agreement from an earlier meeting and how it stands now."""

    edited = Signal()

    def __init__(self, agreement: Agreement, made_on: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.agreement_id = agreement.id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.addWidget(_plain(agreement.text, bold=True), 0, 0, 1, 2)
        meta = tr("Gemaakt {made} · wie: {owner} · uiterlijk: {due}", made=made_on,
                  owner=agreement.owner or "—", due=long_date(agreement.due))
        grid.addWidget(_plain(meta), 1, 0, 1, 2)
        self.status = QComboBox()
        self.status.addItems(list(_choice_labels()))
        self.status.setAccessibleName(tr("Stand van de afspraak"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("Toelichting"))
        grid.addWidget(self.status, 2, 0)
        grid.addWidget(self.note, 2, 1)
        self.changes = self._change_editors(agreement)
        grid.addWidget(self.changes, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.status.currentIndexChanged.connect(self._on_status)
        self.note.textEdited.connect(self.edited)

    def _change_editors(self, agreement: Agreement) -> QWidget:
        """Shown only for 'Gewijzigd': the agreement's new terms."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.new_text = QLineEdit(agreement.text)
        self.new_owner = QLineEdit(agreement.owner)
        self.new_due = OptionalDateEdit()
        self.new_due.set_value(agreement.due)
        for label, widget, stretch in ((tr("Nieuw:"), self.new_text, 3), (tr("Wie:"), self.new_owner, 1),
                                       (tr("Uiterlijk:"), self.new_due, 0)):
            row.addWidget(QLabel(label))
            row.addWidget(widget, stretch)
        self.new_text.textEdited.connect(self.edited)
        self.new_owner.textEdited.connect(self.edited)
        self.new_due.dateChanged.connect(self.edited)
        box.hide()
        return box

    def _on_status(self) -> None:
        self.changes.setVisible(CHOICES[self.status.currentIndex()] == (AgreementStatus.OPEN, True))
        self.edited.emit()

    def set_value(self, agreement: Agreement, meeting_id: str) -> None:
        update = rules.update_for(agreement, meeting_id)
        key = None if update is None else (update.status, update.changed and update.status is AgreementStatus.OPEN)
        index = CHOICES.index(key)
        self.status.setCurrentIndex(index)
        self.note.setText(update.note if update else "")
        self.changes.setVisible(index == 3)

    def save(self, agreement: Agreement, meeting_id: str) -> None:
        choice = CHOICES[self.status.currentIndex()]
        if choice is None:
            rules.clear_update(agreement, meeting_id)
            return
        status, changed = choice
        rules.record_update(agreement, meeting_id, status, self.note.text(), changed)
        if changed:
            agreement.text = self.new_text.text()
            agreement.owner = self.new_owner.text()
            agreement.due = self.new_due.value()


class NewAgreementRow(QWidget):
    """A new agreement: what, who, by when."""

    edited = Signal()
    remove_requested = Signal(object)

    def __init__(self, agreement_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.agreement_id = agreement_id
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("Wat is er afgesproken?"))
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(tr("Wie"))
        self.due = OptionalDateEdit()
        self.due.setToolTip(tr("Uiterlijk op (Delete maakt leeg)"))
        self.remove = QToolButton()
        self.remove.setText(tr("Verwijderen"))
        row.addWidget(self.text, 4)
        row.addWidget(self.owner, 2)
        row.addWidget(self.due, 0)
        row.addWidget(self.remove, 0)
        self.text.textEdited.connect(self.edited)
        self.owner.textEdited.connect(self.edited)
        self.due.dateChanged.connect(self.edited)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def set_value(self, agreement: Agreement) -> None:
        self.text.setText(agreement.text)
        self.owner.setText(agreement.owner)
        self.due.set_value(agreement.due)

    def save(self, agreement: Agreement) -> None:
        agreement.text, agreement.owner, agreement.due = (
            self.text.text(), self.owner.text(), self.due.value())


class AgreementsPage(MeetingPage):
    key = "agreements"

    def __init__(self) -> None:
        super().__init__(tr("Afspraken"), tr("Loop eerst de open afspraken na, leg daarna nieuwe vast."))
        self.meeting: Meeting | None = None
        self.dossier: Dossier | None = None
        self.column.addWidget(heading(tr("Afspraken uit eerdere gesprekken"), 1.1))
        self.carried_holder = QVBoxLayout()
        self.column.addLayout(self.carried_holder)
        self.column.addSpacing(8)
        self.column.addWidget(heading(tr("Nieuwe afspraken"), 1.1))
        self.new_holder = QVBoxLayout()
        self.column.addLayout(self.new_holder)
        self.add_button = QPushButton(tr("Afspraak &toevoegen"))
        self.add_button.setToolTip(tr("Nieuwe afspraak (Ctrl+T)"))
        self.add_button.setShortcut("Ctrl+T")
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self.column.addLayout(add_row)
        self.column.addStretch(1)
        self.carried: list[CarriedAgreementRow] = []
        self.new_rows: list[NewAgreementRow] = []
        self.add_button.clicked.connect(self.add_agreement)

    def load(self, meeting: Meeting, dossier: Dossier) -> None:
        self.meeting, self.dossier = meeting, dossier
        clear_layout(self.carried_holder)
        clear_layout(self.new_holder)
        self.carried, self.new_rows = [], []
        dates = {m.id: long_date(m.date) for m in dossier.meetings}
        for agreement in rules.carried_agreements(dossier, meeting):
            row = CarriedAgreementRow(agreement, dates.get(agreement.made_in, "—"))
            row.set_value(agreement, meeting.id)
            row.edited.connect(self.changed)
            self.carried_holder.addWidget(row)
            self.carried.append(row)
        if not self.carried:
            self.carried_holder.addWidget(muted(tr("Er staan geen afspraken open.")))
        for agreement in rules.new_agreements(dossier, meeting):
            self._add_row(agreement)

    def add_agreement(self) -> NewAgreementRow:
        assert self.meeting is not None and self.dossier is not None
        row = self._add_row(rules.add_agreement(self.dossier, self.meeting))
        row.text.setFocus()
        self.changed.emit()
        return row

    def _add_row(self, agreement: Agreement) -> NewAgreementRow:
        row = NewAgreementRow(agreement.id)
        row.set_value(agreement)
        row.edited.connect(self.changed)
        row.remove_requested.connect(self._remove)
        self.new_holder.addWidget(row)
        self.new_rows.append(row)
        return row

    def _remove(self, row: NewAgreementRow) -> None:
        assert self.dossier is not None
        self.dossier.agreements = [a for a in self.dossier.agreements if a.id != row.agreement_id]
        self.new_rows.remove(row)
        self.new_holder.removeWidget(row)
        row.deleteLater()
        self.add_button.setFocus()
        self.changed.emit()

    def save(self, meeting: Meeting, dossier: Dossier) -> None:
        by_id = {a.id: a for a in dossier.agreements}
        for row in self.carried:
            row.save(by_id[row.agreement_id], meeting.id)
        for row in self.new_rows:
            row.save(by_id[row.agreement_id])
