"""Annual review: does the report hold the three parts every report must have?"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QSpinBox, QVBoxLayout

from isv_dialogue.model import AnnualReview, ContentCheck, Dossier, Meeting, Presence
from isv_dialogue.questionnaires import Content

from .i18n import LANGUAGE, tr
from .labels import presence_label
from .meeting_page import MeetingPage
from .widgets import muted

PRESENCES = (None, Presence.PRESENT, Presence.PARTLY, Presence.MISSING)


class ReportPage(MeetingPage):
    key = "report"

    def __init__(self, content: Content):
        questionnaire = content.annual_review
        super().__init__(tr("De jaarrapportage"), questionnaire.title.get(LANGUAGE))
        self.column.addWidget(muted(questionnaire.intro.get(LANGUAGE)))
        form = QFormLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        form.addRow(tr("&Rapportage over contractjaar:"), self.year)
        self.column.addLayout(form)
        self.year.valueChanged.connect(self.changed)
        lead = (questionnaire.required_lead or questionnaire.lead).get(LANGUAGE)
        self.parts: dict[str, tuple[QComboBox, QLineEdit]] = {}
        for part in questionnaire.required:
            self.column.addWidget(self._part(part.id, f"{lead} {part.text.get(LANGUAGE)}"))
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
        form.addRow(tr("In het rapport:"), presence)
        form.addRow(tr("Toelichting:"), comment)
        layout.addLayout(form)
        presence.currentIndexChanged.connect(self.changed)
        comment.textEdited.connect(self.changed)
        self.parts[part_id] = (presence, comment)
        return box

    def load(self, meeting: Meeting, dossier: Dossier) -> None:
        review = meeting.review or AnnualReview(contract_year=meeting.date.year - 1)
        self.year.setValue(review.contract_year)
        for part_id, (presence, comment) in self.parts.items():
            check = review.contents.get(part_id, ContentCheck())
            presence.setCurrentIndex(PRESENCES.index(check.presence))
            comment.setText(check.comment)

    def save(self, meeting: Meeting, dossier: Dossier) -> None:
        if meeting.review is None:
            meeting.review = AnnualReview(contract_year=self.year.value())
        meeting.review.contract_year = self.year.value()
        for part_id, (presence, comment) in self.parts.items():
            check = ContentCheck(presence.currentData(), comment.text())
            if check != ContentCheck() or part_id in meeting.review.contents:
                meeting.review.contents[part_id] = check
