"""One aandachtspunt on a topic page: discussed or not, what the supplier
said, the buyer's assessment, and (one click away) what was said last time."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QGridLayout, QLabel, QToolButton

from isv_dialogue.meetings import PreviousAnswer
from isv_dialogue.model import Answer, Assessment
from isv_dialogue.questionnaires import Item

from .dates import long_date
from .i18n import LANGUAGE, tr
from .labels import assessment_label, kind_label
from .widgets import TextBox

ASSESSMENTS = (None, Assessment.SUFFICIENT, Assessment.NEEDS_IMPROVEMENT, Assessment.INSUFFICIENT)
# A coloured edge says at a glance how a point stands; grey means not discussed.
EDGE = {None: "#9aa5b1", Assessment.SUFFICIENT: "#2e7d32",
        Assessment.NEEDS_IMPROVEMENT: "#c77c00", Assessment.INSUFFICIENT: "#c62828"}


class PointRow(QFrame):
    edited = Signal()

    def __init__(self, point: Item, parent=None):
        super().__init__(parent)
        self.point = point
        self.setObjectName("pointRow")
        self.check = QCheckBox(point.text.get(LANGUAGE))
        font = QFont(self.check.font())
        font.setBold(True)
        self.check.setFont(font)
        self.previous_button = QToolButton()
        self.previous_button.setText(tr("Vorige keer"))
        self.previous_button.setCheckable(True)
        self.previous_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.previous = QLabel()
        self.previous.setWordWrap(True)
        self.previous.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.previous.setStyleSheet("background: #eef3f8; border: 1px solid #c5d3e0;"
                                    " border-radius: 3px; padding: 6px;")
        self.previous.hide()
        self.answer = TextBox(tr("Wat zegt de leverancier hierover?"), lines=2)
        self.answer.setAccessibleName(tr("Antwoord leverancier: {point}", point=point.text.get(LANGUAGE)))
        self.assessment = QComboBox()
        for value in ASSESSMENTS:
            self.assessment.addItem(assessment_label(value), value)
        self.assessment.setAccessibleName(tr("Beoordeling: {point}", point=point.text.get(LANGUAGE)))
        self._lay_out()
        self.set_previous(None)
        self.previous_button.toggled.connect(self.previous.setVisible)
        self.check.toggled.connect(self._on_discussed)
        self.answer.edited.connect(self._on_typed)
        self.assessment.currentIndexChanged.connect(self._on_assessed)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 6, 6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.check, 0, 0)
        grid.addWidget(self.previous_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.previous, 1, 0, 1, 2)
        grid.addWidget(self.answer, 2, 0)
        grid.addWidget(self.assessment, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)

    # --- plain data in and out ------------------------------------------------

    def value(self) -> Answer:
        discussed = self.check.isChecked()
        return Answer(discussed=discussed, supplier_answer=self.answer.value(),
                      assessment=self.assessment.currentData() if discussed else None)

    def set_value(self, answer: Answer) -> None:
        self.check.setChecked(answer.discussed)
        self.answer.set_value(answer.supplier_answer)
        self.assessment.setCurrentIndex(ASSESSMENTS.index(answer.assessment))
        self._refresh()

    def set_previous(self, previous: PreviousAnswer | None) -> None:
        self.previous_button.setEnabled(previous is not None)
        if previous is None:
            self.previous_button.setChecked(False)
            self.previous_button.setToolTip(tr("Dit punt is niet eerder besproken."))
            self.previous.clear()
            return
        meeting, answer = previous.meeting, previous.answer
        said = escape(answer.supplier_answer.strip()) or tr("(geen antwoord genoteerd)")
        self.previous.setText(
            tr("<b>Vorige keer</b> ({when}, {kind}) — beoordeling: <b>{assessment}</b>",
               when=long_date(meeting.date), kind=kind_label(meeting.kind).lower(),
               assessment=assessment_label(answer.assessment))
            + "<br>" + said.replace("\n", "<br>"))
        self.previous_button.setToolTip(tr("Toon wat de leverancier op {when} zei",
                                           when=long_date(meeting.date)))

    # --- keeping "not discussed" apart from a judgement --------------------------

    def _on_discussed(self, discussed: bool) -> None:
        if not discussed:
            # Not discussed means no judgement; the typed answer is kept.
            self.assessment.setCurrentIndex(0)
        self._refresh()
        self.edited.emit()

    def _on_typed(self) -> None:
        # Writing down what the supplier said means the point was discussed.
        if self.answer.value().strip() and not self.check.isChecked():
            self.check.setChecked(True)
        self.edited.emit()

    def _on_assessed(self) -> None:
        self._refresh()
        self.edited.emit()

    def _refresh(self) -> None:
        discussed = self.check.isChecked()
        self.assessment.setEnabled(discussed)
        self.assessment.setItemText(0, assessment_label(None) if discussed else tr("Niet besproken"))
        edge = EDGE[self.assessment.currentData()] if discussed else EDGE[None]
        self.setStyleSheet(f"#pointRow {{ border: 1px solid #d0d5db; border-left: 4px solid {edge};"
                           " border-radius: 3px; }")
