"""Annual review: has the supplier made a 'redelijke inspanning'? Why, and what next?"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QGroupBox, QHBoxLayout, QRadioButton

from isv_dialogue.model import AnnualReview, Dossier, Meeting, Verdict
from isv_dialogue.questionnaires import Content

from .i18n import LANGUAGE, tr
from .meeting_page import MeetingPage
from .report_labels import verdict_label
from .widgets import TextBox, heading, muted

VERDICTS = (Verdict.YES, Verdict.PARTLY, Verdict.NO)


class VerdictPage(MeetingPage):
    key = "verdict"

    def __init__(self, content: Content):
        super().__init__(tr("Oordeel over de redelijke inspanning"),
                         content.annual_review.title.get(LANGUAGE))
        self.column.addWidget(muted(content.annual_review.intro.get(LANGUAGE)))
        box = QGroupBox(tr("Heeft de leverancier een redelijke inspanning geleverd?"))
        row = QHBoxLayout(box)
        self.group = QButtonGroup(self)
        for n, verdict in enumerate(VERDICTS):
            button = QRadioButton(verdict_label(verdict))
            self.group.addButton(button, n)
            row.addWidget(button)
        row.addStretch(1)
        self.column.addWidget(box)
        self.reasons = TextBox(tr("Waarop baseert u dit oordeel?"), lines=4)
        self.expectations = TextBox(tr("Wat verwacht u het komende jaar van de leverancier?"), lines=4)
        for text, edit in ((tr("&Onderbouwing"), self.reasons),
                           (tr("&Verwachtingen voor het komende jaar"), self.expectations)):
            label = heading(text, 1.05)
            label.setBuddy(edit)
            self.column.addWidget(label)
            self.column.addWidget(edit)
            edit.edited.connect(self.changed)
        self.column.addStretch(1)
        self.group.idToggled.connect(self._on_verdict)

    def _on_verdict(self, _id: int, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def load(self, meeting: Meeting, dossier: Dossier) -> None:
        review = meeting.review or AnnualReview(contract_year=meeting.date.year - 1)
        self.group.setExclusive(False)  # so "no verdict yet" can be shown again
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)
        if review.verdict is not None:
            self.group.button(VERDICTS.index(review.verdict)).setChecked(True)
        self.reasons.set_value(review.verdict_reasons)
        self.expectations.set_value(review.expectations)

    def save(self, meeting: Meeting, dossier: Dossier) -> None:
        if meeting.review is None:
            meeting.review = AnnualReview(contract_year=meeting.date.year - 1)
        checked = self.group.checkedId()
        meeting.review.verdict = VERDICTS[checked] if checked >= 0 else None
        meeting.review.verdict_reasons = self.reasons.value()
        meeting.review.expectations = self.expectations.value()
