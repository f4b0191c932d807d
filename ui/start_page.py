"""The wizard's first page: when, what kind of meeting, who, which topics."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout)

from isv_dialogue.meetings import questionnaire_for
from isv_dialogue.model import Dossier, Meeting, MeetingKind, Participant, Side
from isv_dialogue.questionnaires import Content

from . import settings as app_settings
from .i18n import LANGUAGE, tr
from .labels import kind_label
from .meeting_page import MeetingPage
from .widgets import OptionalDateEdit, TextBox, clear_layout

KINDS = (MeetingKind.DIALOGUE, MeetingKind.ANNUAL_REVIEW, MeetingKind.SIGNAL)


def _tidy(text: str) -> str:
    """Spaces and tabs around and inside a name or role count once."""
    return " ".join(text.split())


def parse_people(text: str, side: Side) -> list[Participant]:
    """One person per line, 'name, role'. The first comma ends the name, so a
    role may hold commas; a line without one is a name alone. Blank lines are
    skipped; a line with only a role (', MVO') keeps the role with no name, so
    nothing typed is lost (it does not count as someone present)."""
    people = []
    for line in text.splitlines():
        name, _, role = line.partition(",")
        name, role = _tidy(name), _tidy(role)
        if name or role:
            people.append(Participant(name, side, role))
    return people


def format_people(people: list[Participant], side: Side) -> str:
    """The inverse of ``parse_people``: parsing the result gives the same people."""
    return "\n".join(f"{p.name}, {p.role}" if p.role else p.name for p in people if p.side is side)


class StartPage(MeetingPage):
    key = "start"
    kind_chosen = Signal(object)

    def __init__(self, content: Content):
        super().__init__(tr("Het gesprek"),
                         tr("Wanneer, wat voor gesprek, wie er aan tafel zitten en wat u bespreekt."))
        self.content = content
        self._loading = False
        self.topic_boxes: dict[str, QCheckBox] = {}
        self._build_when()
        self._build_kind()
        self._build_people()
        self._build_topics()
        self.column.addStretch(1)

    def _build_when(self) -> None:
        form = QFormLayout()
        self.date = OptionalDateEdit(optional=False)
        self.location = QLineEdit()
        self.location.setPlaceholderText(tr("Bijvoorbeeld: kantoor leverancier, Tilburg"))
        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        date_label = QLabel(tr("&Datum:"))
        date_label.setBuddy(self.date)
        form.addRow(date_label, date_row)
        form.addRow(tr("&Plaats:"), self.location)
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(tr("Uw organisatie; vast in te vullen bij Instellingen"))
        form.addRow(tr("Or&ganisatie opdrachtgever:"), self.organisation)
        self.column.addLayout(form)
        self.date.dateChanged.connect(self._edited)
        self.location.textEdited.connect(self._edited)
        self.organisation.textEdited.connect(self._edited)

    def _build_kind(self) -> None:
        box = QGroupBox(tr("Soort gesprek"))
        layout = QVBoxLayout(box)
        self.kind_group = QButtonGroup(self)
        titles = {MeetingKind.DIALOGUE: self.content.dialogue.title,
                  MeetingKind.ANNUAL_REVIEW: self.content.annual_review.title,
                  MeetingKind.SIGNAL: self.content.signals.title}
        for n, kind in enumerate(KINDS):
            button = QRadioButton(f"{kind_label(kind)} — {titles[kind].get(LANGUAGE)}")
            self.kind_group.addButton(button, n)
            layout.addWidget(button)
        self.column.addWidget(box)
        self.kind_group.idToggled.connect(self._on_kind)

    def _build_people(self) -> None:
        box = QGroupBox(tr("Aanwezig"))
        grid = QGridLayout(box)
        self.buyers = TextBox(tr("Eén persoon per regel: naam, rol"), lines=3)
        self.suppliers = TextBox(tr("Eén persoon per regel: naam, rol"), lines=3)
        for column, (text, edit) in enumerate(((tr("Namens de &opdrachtgever"), self.buyers),
                                               (tr("Namens de &leverancier"), self.suppliers))):
            label = QLabel(text)
            label.setBuddy(edit)
            grid.addWidget(label, 0, column)
            grid.addWidget(edit, 1, column)
            edit.edited.connect(self._edited)
        self.column.addWidget(box)

    def _build_topics(self) -> None:
        self.topics_box = QGroupBox(tr("Onderwerpen"))
        self.topics_layout = QVBoxLayout(self.topics_box)
        self.column.addWidget(self.topics_box)

    def show_topics(self, meeting: Meeting) -> None:
        """Checkboxes for the topics of the meeting's questionnaire, ticked as in the meeting."""
        clear_layout(self.topics_layout)
        self.topic_boxes = {}
        questionnaire = questionnaire_for(meeting.kind, self.content)
        for topic in questionnaire.topics:
            box = QCheckBox(topic.title.get(LANGUAGE))
            box.setChecked(topic.id in meeting.topics)
            box.toggled.connect(self._edited)
            self.topics_layout.addWidget(box)
            self.topic_boxes[topic.id] = box
        self.topics_box.setTitle(tr("Onderwerpen — {lead}", lead=questionnaire.lead.get(LANGUAGE)))

    def load(self, meeting: Meeting, dossier: Dossier) -> None:
        self._loading = True
        self.date.set_value(meeting.date)
        self.location.setText(meeting.location)
        self.kind_group.button(KINDS.index(meeting.kind)).setChecked(True)
        self.buyers.set_value(format_people(meeting.participants, Side.BUYER))
        self.suppliers.set_value(format_people(meeting.participants, Side.SUPPLIER))
        self.show_topics(meeting)
        self.organisation.setText(meeting.buyer_organisation)
        if not meeting.resume_page and not meeting.is_final:
            self._prefill(meeting)
        self._loading = False

    def _prefill(self, meeting: Meeting) -> None:
        """A meeting never opened before takes the buyer's organisation, and the
        buyer as someone present, from the settings; saved with the meeting, so
        the minutes say the same from the app and from the command line."""
        settings = app_settings.load()
        if not meeting.buyer_organisation:
            self.organisation.setText(settings.buyer_organisation)
        if not meeting.participants and settings.buyer_name:
            self.buyers.set_value(settings.buyer_name)

    def save(self, meeting: Meeting, dossier: Dossier) -> None:
        meeting.date = self.date.value() or meeting.date
        meeting.location = self.location.text()
        meeting.buyer_organisation = " ".join(self.organisation.text().split())
        meeting.participants = (parse_people(self.buyers.value(), Side.BUYER)
                                + parse_people(self.suppliers.value(), Side.SUPPLIER))
        meeting.topics = [topic_id for topic_id, box in self.topic_boxes.items() if box.isChecked()]

    def selected_kind(self) -> MeetingKind:
        return KINDS[max(self.kind_group.checkedId(), 0)]

    def _on_kind(self, index: int, checked: bool) -> None:
        if checked and not self._loading:
            self.kind_chosen.emit(KINDS[index])

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()
