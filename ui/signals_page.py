"""Signals in a meeting: each open signal with what the supplier is expected
to do at its place in the chain, and room for what was said and decided.

The whole point of a signal meeting; in any other meeting the step appears
while the supplier has open signals (``meetings.shows_signals_page``), and
may be left empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from isv_dialogue.model import Dossier, Meeting, MeetingKind, Signal, SignalDiscussion
from isv_dialogue.questionnaires import Content

from .dates import long_date
from .i18n import LANGUAGE, tr
from .labels import chain_label
from .meeting_page import MeetingPage
from .widgets import TextBox, clear_layout, muted


class SignalsPage(MeetingPage):
    key = "signals"

    def __init__(self, content: Content):
        super().__init__(tr("Signalen"), content.signals.title.get(LANGUAGE))
        self.content = content
        self.column.addWidget(muted(content.signals.sections[0].text.get(LANGUAGE)))
        self.optional = QLabel(tr("Deze leverancier heeft open signalen. Kwam een signaal ter "
                                  "sprake, noteer dan wat er is gezegd en besloten; anders laat "
                                  "u de vakken leeg."))
        self.optional.setWordWrap(True)
        self.column.addWidget(self.optional)
        self.holder = QVBoxLayout()
        self.column.addLayout(self.holder)
        self.column.addStretch(1)
        self.edits: dict[str, tuple[TextBox, TextBox]] = {}

    def _signals(self, meeting: Meeting, dossier: Dossier) -> list[Signal]:
        """Open signals, plus any this meeting already discussed that has closed since."""
        return [s for s in dossier.signals if s.is_open or s.id in meeting.signal_discussions]

    def load(self, meeting: Meeting, dossier: Dossier) -> None:
        clear_layout(self.holder)
        self.edits = {}
        self.optional.setVisible(meeting.kind is not MeetingKind.SIGNAL)
        signals = self._signals(meeting, dossier)
        if not signals:
            self.holder.addWidget(QLabel(tr("Deze leverancier heeft geen open signalen.")))
        for signal in signals:
            self.holder.addWidget(self._signal_box(signal, meeting))

    def _signal_box(self, signal: Signal, meeting: Meeting) -> QGroupBox:
        box = QGroupBox(tr("Signaal van {when}", when=long_date(signal.received)))
        layout = QVBoxLayout(box)
        description = QLabel(signal.description)
        description.setWordWrap(True)
        description.setTextFormat(Qt.TextFormat.PlainText)  # typed text is never markup
        layout.addWidget(description)
        position = next((p for p in self.content.signals.chain_positions
                         if p.id == signal.chain_position), None)
        expectation = position.expectation.get(LANGUAGE) if position else ""
        layout.addWidget(muted(tr("<b>{where}:</b> {expectation}",
                                  where=chain_label(self.content, signal.chain_position),
                                  expectation=expectation)))
        discussion = meeting.signal_discussions.get(signal.id, SignalDiscussion())
        said = TextBox(tr("Wat is er gezegd?"), lines=3)
        decided = TextBox(tr("Wat is er besloten?"), lines=3)
        said.set_value(discussion.said)
        decided.set_value(discussion.decided)
        for edit in (said, decided):
            layout.addWidget(edit)
            edit.edited.connect(self.changed)
        self.edits[signal.id] = (said, decided)
        return box

    def save(self, meeting: Meeting, dossier: Dossier) -> None:
        for signal_id, (said, decided) in self.edits.items():
            talk = SignalDiscussion(said.value(), decided.value())
            # An untouched box in a meeting about something else records nothing.
            if talk != SignalDiscussion() or signal_id in meeting.signal_discussions:
                meeting.signal_discussions[signal_id] = talk
