"""Annual review: does the report hold the three parts every report must have,
and which commitments from the plan van aanpak were met?"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from isv_dialogue.model import (AnnualReview, Commitment, CommitmentCheck, ContentCheck, Dossier,
                                Meeting, Presence)
from isv_dialogue.questionnaires import Content

from .dates import short_date
from .i18n import LANGUAGE, tr
from .labels import presence_label
from .meeting_page import MeetingPage
from .widgets import clear_layout, muted

PRESENCES = (None, Presence.PRESENT, Presence.PARTLY, Presence.MISSING)
# A commitment's state in a review, as (met, not_due).
MET_STATES = ((None, False), (True, False), (False, False), (None, True))


def met_label(met: bool | None, not_due: bool) -> str:
    if not_due and met is None:
        return tr("Nog niet opeisbaar")
    return {None: tr("Nog niet beoordeeld"), True: tr("Nagekomen"), False: tr("Niet nagekomen")}[met]


class CommitmentRow(QWidget):
    """One commitment: what and by when, met or not, and a comment."""

    def __init__(self, commitment: Commitment, parent: QWidget | None = None):
        super().__init__(parent)
        self.commitment = commitment
        text = QLabel(commitment.text)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.due = muted("")
        self.due.setTextFormat(Qt.TextFormat.PlainText)
        self.state = QComboBox()
        for met, not_due in MET_STATES:
            self.state.addItem(met_label(met, not_due), (met, not_due))
        self.state.setAccessibleName(tr("Nagekomen: {what}", what=commitment.text[:60]))
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(tr("Toelichting: wat blijkt uit het rapport, hoe gaat het verder?"))
        self.comment.setAccessibleName(tr("Toelichting bij de toezegging"))
        line = QHBoxLayout()
        line.addWidget(self.state)
        line.addWidget(self.comment, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 4)
        column.setSpacing(3)
        column.addWidget(text)
        column.addWidget(self.due)
        column.addLayout(line)

    def show_year(self, year: int) -> None:
        due = self.commitment.due
        when = tr("Uiterlijk {date}", date=short_date(due)) if due else tr("Geen termijn")
        if due and due > date(year, 12, 31):
            when += tr("  ·  termijn valt na het rapportagejaar {year}", year=year)
        self.due.setText(when)

    def set_value(self, check: CommitmentCheck) -> None:
        key = (check.met, check.not_due and check.met is None)
        self.state.setCurrentIndex(MET_STATES.index(key))
        self.comment.setText(check.comment)

    def value(self) -> CommitmentCheck:
        met, not_due = self.state.currentData()
        return CommitmentCheck(met, self.comment.text(), not_due)


class ReportPage(MeetingPage):
    key = "report"

    def __init__(self, content: Content):
        questionnaire = content.annual_review
        super().__init__(tr("De jaarrapportage"), questionnaire.title.get(LANGUAGE))
        self.column.addWidget(muted(questionnaire.intro.get(LANGUAGE)))
        form = QFormLayout()
        # Fields keep their own width, so a year is not a bar across the page.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.year.setToolTip(tr("Het kalenderjaar waarover de leverancier rapporteert; "
                                "meestal het jaar vóór dit gesprek."))
        form.addRow(tr("&Rapportage over contractjaar:"), self.year)
        self.column.addLayout(form)
        self.year.valueChanged.connect(self.changed)
        self.year.valueChanged.connect(self._show_year)
        lead = (questionnaire.required_lead or questionnaire.lead).get(LANGUAGE)
        self.parts: dict[str, tuple[QComboBox, QLineEdit]] = {}
        for part in questionnaire.required:
            self.column.addWidget(self._part(part.id, f"{lead} {part.text.get(LANGUAGE)}"))
        self.column.addWidget(self._commitments_box())
        self.column.addStretch(1)

    def _part(self, part_id: str, title: str) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        presence = QComboBox()
        for value in PRESENCES:
            presence.addItem(presence_label(value), value)
        comment = QLineEdit()
        comment.setPlaceholderText(tr("Toelichting: wat staat er, wat ontbreekt?"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(tr("In het rapport:"), presence)
        form.addRow(tr("Toelichting:"), comment)
        layout.addLayout(form)
        presence.currentIndexChanged.connect(self.changed)
        comment.textEdited.connect(self.changed)
        self.parts[part_id] = (presence, comment)
        return box

    def _commitments_box(self) -> QGroupBox:
        box = QGroupBox(tr("Toezeggingen uit het plan van aanpak"))
        layout = QVBoxLayout(box)
        layout.addWidget(muted(tr("Welke doelstellingen zijn behaald? Welke niet? Hoe wordt hier "
                                  "mee omgegaan? Loop elke toezegging na aan de hand van het rapport.")))
        self.commitment_list = QVBoxLayout()
        self.commitment_list.setSpacing(2)
        layout.addLayout(self.commitment_list)
        self.commitment_rows: list[CommitmentRow] = []
        return box

    def _fill_commitments(self, dossier: Dossier) -> None:
        clear_layout(self.commitment_list)
        self.commitment_rows = []
        if not dossier.supplier.commitments:
            self.commitment_list.addWidget(muted(tr(
                "Voor deze leverancier zijn geen toezeggingen vastgelegd. Leg ze vast bij de "
                "leverancier (Leverancier bewerken…, Ctrl+E); ze staan dan hier.")))
            return
        for commitment in dossier.supplier.commitments:
            row = CommitmentRow(commitment)
            row.state.currentIndexChanged.connect(self.changed)
            row.comment.textEdited.connect(self.changed)
            self.commitment_list.addWidget(row)
            self.commitment_rows.append(row)

    def _show_year(self, year: int) -> None:
        for row in self.commitment_rows:
            row.show_year(year)

    def load(self, meeting: Meeting, dossier: Dossier) -> None:
        review = meeting.review or AnnualReview(contract_year=meeting.date.year - 1)
        self._fill_commitments(dossier)
        self.year.blockSignals(True)
        self.year.setValue(review.contract_year)
        self.year.blockSignals(False)
        self._show_year(review.contract_year)
        for part_id, (presence, comment) in self.parts.items():
            check = review.contents.get(part_id, ContentCheck())
            presence.setCurrentIndex(PRESENCES.index(check.presence))
            comment.setText(check.comment)
        for row in self.commitment_rows:
            row.set_value(review.commitments.get(row.commitment.id, CommitmentCheck()))

    def save(self, meeting: Meeting, dossier: Dossier) -> None:
        if meeting.review is None:
            meeting.review = AnnualReview(contract_year=self.year.value())
        meeting.review.contract_year = self.year.value()
        for part_id, (presence, comment) in self.parts.items():
            check = ContentCheck(presence.currentData(), comment.text())
            if check != ContentCheck() or part_id in meeting.review.contents:
                meeting.review.contents[part_id] = check
        # Checks of commitments no longer on the supplier stay as they were.
        for row in self.commitment_rows:
            check = row.value()
            if check != CommitmentCheck() or row.commitment.id in meeting.review.commitments:
                meeting.review.commitments[row.commitment.id] = check
