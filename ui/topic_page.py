"""One topic of the questionnaire: its questions up front, its aandachtspunten
as a checklist, notes for the minutes and notes that stay internal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from isv_dialogue.meetings import previous_answer
from isv_dialogue.model import Answer, Dossier, Meeting, TopicNotes
from isv_dialogue.questionnaires import Topic

from .i18n import LANGUAGE, tr
from .meeting_page import MeetingPage
from .point_row import PointRow
from .widgets import InternalNotes, TextBox, heading


class TopicPage(MeetingPage):
    def __init__(self, topic: Topic, questionnaire_title: str):
        super().__init__(topic.title.get(LANGUAGE), questionnaire_title)
        self.topic = topic
        self.key = f"topic:{topic.id}"
        self.column.addWidget(self._questions())
        self.column.addWidget(heading(tr("Aandachtspunten"), 1.05))
        self.rows = [PointRow(point) for point in topic.points]
        for row in self.rows:
            self.column.addWidget(row)
            row.edited.connect(self.changed)
        notes_label = heading(tr("&Notities voor het verslag"), 1.05)
        self.notes = TextBox(tr("Wat verder besproken is over dit onderwerp."), lines=4)
        notes_label.setBuddy(self.notes)
        self.internal = InternalNotes()
        for widget in (notes_label, self.notes, self.internal):
            self.column.addWidget(widget)
        self.notes.edited.connect(self.changed)
        self.internal.edited.connect(self.changed)

    def _questions(self) -> QFrame:
        """The questions to ask, large enough to read from the corner of an eye."""
        frame = QFrame()
        frame.setObjectName("questions")
        frame.setStyleSheet("#questions { background: #eef3f8; border-left: 4px solid #1f5c99;"
                            " border-radius: 3px; }")
        layout = QVBoxLayout(frame)
        layout.addWidget(QLabel(tr("Vraag de leverancier:")))
        for question in self.topic.questions:
            label = heading(question.text.get(LANGUAGE), 1.3)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setProperty("questionId", question.id)
            layout.addWidget(label)
        return frame

    def load(self, meeting: Meeting, dossier: Dossier) -> None:
        for row in self.rows:
            row.set_value(meeting.answers.get(row.point.id, Answer()))
            row.set_previous(previous_answer(dossier, row.point.id, meeting))
        notes = meeting.topic_notes.get(self.topic.id, TopicNotes())
        self.notes.set_value(notes.notes)
        self.internal.set_value(notes.internal_notes)

    def save(self, meeting: Meeting, dossier: Dossier) -> None:
        for row in self.rows:
            answer = row.value()
            # Untouched points stay out of the file; "not discussed" is the default.
            if answer != Answer() or row.point.id in meeting.answers:
                meeting.answers[row.point.id] = answer
        notes = TopicNotes(self.notes.value(), self.internal.value())
        if notes != TopicNotes() or self.topic.id in meeting.topic_notes:
            meeting.topic_notes[self.topic.id] = notes

    def row(self, point_id: str) -> PointRow:
        return next(r for r in self.rows if r.point.id == point_id)
