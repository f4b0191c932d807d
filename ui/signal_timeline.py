"""SignalTimeline: one signal's steps in date order, as a vertical timeline.

It starts with the day the signal came in, lists every step (date, label, who,
reason, the term of a notice and whether it was met) and ends with the
outcome once the signal is closed. Its buttons record whether a notice of
default was met after its term, and close or reopen the signal with an
outcome. It works on its own copy of the signal, changes it only through
``isv_dialogue.signals`` and emits ``changed(Signal)`` with the new state.

``CloseSignalDialog`` (outcome, date, explanation) lives here because only
the timeline opens it.
"""

from __future__ import annotations

from copy import deepcopy
from datetime import date
from html import escape
from typing import Callable

from PySide6.QtCore import QPointF, Qt, Signal as QtSignal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (QButtonGroup, QDialog, QFormLayout, QHBoxLayout,
                               QLabel, QMessageBox, QPushButton, QRadioButton,
                               QSizePolicy, QVBoxLayout, QWidget)

from isv_dialogue.model import EscalationStep, Signal
from isv_dialogue.questionnaires import Content, label
from isv_dialogue.signals import (COERCIVE, CONVERSATION, NOTICE_OF_DEFAULT, EscalationError,
                                  check_close, close_signal, compliance_open, record_compliance,
                                  reopen_signal)

from .dates import short_date as show_date
from .dialog_parts import (Notices, confirm_buttons, date_edit, dialog_column, mute,
                           set_plain_text, text_edit, to_date)
from .i18n import LANGUAGE, tr

# Marker colours: received and closed are quiet, measures warmer, coercive steps red.
_MARKERS = {
    "received": "#8a939c", "conversation": "#3b78b4", "measure": "#c98a12",
    "coercive": "#b8432f", "closed": "#3d8b55",
}
_DATE_WIDTH = 92
_RAIL_WIDTH = 26


class CloseSignalDialog(QDialog):
    """Close a signal with an outcome; refused outcomes are explained, not hidden."""

    def __init__(self, content: Content, signal: Signal, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self._guide = content.signals
        self._signal = signal
        self.setWindowTitle(tr("Signaal afsluiten"))
        self.setMinimumWidth(520)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(10)
        outcomes = QVBoxLayout()
        outcomes.setSpacing(4)
        self.outcomes = QButtonGroup(self)
        for outcome in self._guide.outcomes:
            button = QRadioButton(outcome.text.get(LANGUAGE), self)
            button.setProperty("outcome", outcome.id)
            self.outcomes.addButton(button)
            outcomes.addWidget(button)
        title = QLabel(tr("&Uitkomst"), self)
        title.setBuddy(self.outcomes.buttons()[0])
        form.addRow(title, outcomes)
        start = max(today or date.today(), signal.received)
        self.day = date_edit(start, self)
        self.day.setMinimumWidth(130)
        self.day.setMaximumWidth(160)
        day_label = QLabel(tr("Afgesloten &op"), self)
        day_label.setBuddy(self.day)
        form.addRow(day_label, self.day)
        self.notes = text_edit(self, lines=4)
        self.notes.setPlaceholderText(tr("Wat is er bereikt of besloten, en waarom zo afgesloten?"))
        set_plain_text(self.notes, signal.outcome_notes)
        notes_label = QLabel(tr("&Toelichting"), self)
        notes_label.setBuddy(self.notes)
        form.addRow(notes_label, self.notes)

        self.notices = Notices(self)
        self.buttons, self.ok_button = confirm_buttons(self, tr("Afsluiten"))
        dialog_column(self, form, self.notices, self.buttons)
        self.outcomes.buttonToggled.connect(self._update)
        self.day.dateChanged.connect(self._update)
        self._update()

    @classmethod
    def ask(cls, content: Content, signal: Signal,
            parent: QWidget | None = None) -> tuple[str, date, str] | None:
        """Show the dialog; (outcome, closed on, notes), or None when the buyer cancelled."""
        dialog = cls(content, signal, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.value()
        return None

    def value(self) -> tuple[str, date, str]:
        checked = self.outcomes.checkedButton()
        outcome = checked.property("outcome") if checked is not None else ""
        return outcome, to_date(self.day.date()), self.notes.toPlainText().strip()

    def set_outcome(self, outcome: str) -> None:
        for button in self.outcomes.buttons():
            button.setChecked(button.property("outcome") == outcome)

    def errors(self) -> list[str]:
        outcome, on, _ = self.value()
        if not outcome:
            return [tr("Kies een uitkomst.")]
        return check_close(self._signal, outcome, on, self._guide)

    def _update(self, *_: object) -> None:
        errors = self.errors()
        self.notices.set_messages(errors)
        self.ok_button.setEnabled(not errors)

    def accept(self) -> None:
        if self.errors():
            return
        super().accept()


class _Rail(QWidget):
    """The line through the timeline, with this entry's dot on it."""

    DOT_Y = 11

    def __init__(self, colour: str, first: bool, last: bool, hollow: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._colour, self._first, self._last, self._hollow = colour, first, last, hollow
        self.setFixedWidth(_RAIL_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = self.width() / 2
        painter.setPen(QPen(self.palette().mid().color(), 2))
        if not self._first:
            painter.drawLine(QPointF(x, 0), QPointF(x, self.DOT_Y))
        if not self._last:
            painter.drawLine(QPointF(x, self.DOT_Y), QPointF(x, self.height()))
        colour = QColor(self._colour)
        painter.setPen(QPen(colour, 2))
        painter.setBrush(self.palette().base().color() if self._hollow else colour)
        painter.drawEllipse(QPointF(x, self.DOT_Y), 5.5, 5.5)


class SignalTimeline(QWidget):
    """A signal's history from first report to outcome, with the actions that belong to it."""

    changed = QtSignal(object)  # the changed Signal (a copy)

    def __init__(self, parent: QWidget | None = None, show_close_buttons: bool = True,
                 today: Callable[[], date] = date.today):
        super().__init__(parent)
        self._content: Content | None = None
        self._signal: Signal | None = None
        self._show_close_buttons = show_close_buttons
        self._today = today
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.compliance_buttons: dict[str, QPushButton] = {}
        self.close_button: QPushButton | None = None
        self.reopen_button: QPushButton | None = None
        self.entries: list[QWidget] = []

    # -- replaceable questions (tests replace these; they never exec() a dialog) ----------------

    @classmethod
    def ask_close(cls, content: Content, signal: Signal,
                  parent: QWidget | None) -> tuple[str, date, str] | None:
        return CloseSignalDialog.ask(content, signal, parent)

    @classmethod
    def ask_compliance(cls, step: EscalationStep, parent: QWidget | None) -> bool | None:
        """True (met), False (not met) or None (cancelled)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Nakoming vastleggen"))
        box.setText(tr("Heeft de leverancier binnen de termijn (tot en met {day}) gedaan wat de "
                       "ingebrekestelling van {notice} vroeg?", day=show_date(step.deadline),
                       notice=show_date(step.date)))
        met = box.addButton(tr("Ja, nagekomen"), QMessageBox.ButtonRole.YesRole)
        unmet = box.addButton(tr("Nee, niet nagekomen"), QMessageBox.ButtonRole.NoRole)
        box.addButton(tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return {met: True, unmet: False}.get(box.clickedButton())

    @classmethod
    def confirm_reopen(cls, signal: Signal, parent: QWidget | None) -> bool:
        answer = QMessageBox.question(
            parent, tr("Signaal heropenen"),
            tr("Het signaal weer openen? De uitkomst wordt gewist; de toelichting blijft bewaard."))
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def show_error(cls, message: str, parent: QWidget | None) -> None:
        QMessageBox.warning(parent, tr("Niet mogelijk"), message)

    # -- public ---------------------------------------------------------------------------------

    def load(self, signal: Signal | None, content: Content) -> None:
        self._content = content
        self._signal = deepcopy(signal) if signal is not None else None
        self._rebuild()

    def value(self) -> Signal | None:
        return deepcopy(self._signal)

    def request_close(self) -> None:
        """Ask for an outcome and close the signal with it."""
        if self._signal is None or not self._signal.is_open:
            return
        answer = self.ask_close(self._content, deepcopy(self._signal), self)
        if answer is None:
            return
        outcome, on, notes = answer
        try:
            close_signal(self._signal, outcome, on, notes, self._content.signals)
        except EscalationError as error:
            self.show_error(str(error), self)
            return
        self._changed()

    def request_reopen(self) -> None:
        if self._signal is None or self._signal.is_open:
            return
        if not self.confirm_reopen(deepcopy(self._signal), self):
            return
        reopen_signal(self._signal)
        self._changed()

    def request_compliance(self, step_id: str) -> None:
        """Ask whether the supplier met a notice of default whose term is over, and record it."""
        step = self._step(step_id)
        if step is None or not compliance_open(self._signal, step, self._today()):
            return
        complied = self.ask_compliance(deepcopy(step), self)
        if complied is None:
            return
        try:
            record_compliance(self._signal, step_id, complied, self._today())
        except EscalationError as error:
            self.show_error(str(error), self)
            return
        self._changed()

    # -- building -------------------------------------------------------------------------------

    def _changed(self) -> None:
        self._rebuild()
        self.changed.emit(deepcopy(self._signal))

    def _step(self, step_id: str) -> EscalationStep | None:
        if self._signal is None:
            return None
        return next((s for s in self._signal.steps if s.id == step_id), None)

    def _rebuild(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.compliance_buttons = {}
        self.close_button = self.reopen_button = None
        self.entries = []
        signal, content = self._signal, self._content
        if signal is None or content is None:
            return
        guide = content.signals
        steps = sorted(signal.steps, key=lambda s: s.date)  # stable: same day keeps entry order
        rows: list[tuple[date | None, str, bool, QWidget]] = []
        channel = label(guide.channels, signal.channel, LANGUAGE) if signal.channel else ""
        rows.append((signal.received, "received", True, self._body(
            tr("Signaal ontvangen"), tr("via {channel}", channel=channel) if channel else "")))
        if not steps:
            section = next((s for s in guide.sections if s.id == "overleg"), None)
            hint = self._muted(tr("Nog geen stappen vastgelegd.")
                               + (f" {section.title.get(LANGUAGE)}." if section else ""))
            rows.append((None, "", False, hint))
        for step in steps:
            rows.append((step.date, self._marker(step.kind), False, self._step_body(step)))
        if not signal.is_open:
            body = self._body(tr("Afgesloten: {outcome}",
                                 outcome=label(guide.outcomes, signal.outcome, LANGUAGE)),
                              "", signal.outcome_notes)
            rows.append((signal.closed_on, "closed", False, body))
        for n, (day, marker, hollow, body) in enumerate(rows):
            self._add_row(day, marker, hollow, body, first=n == 0, last=n == len(rows) - 1)
        if self._show_close_buttons:
            self._layout.addSpacing(8)
            self._layout.addWidget(self._close_row())
        self._layout.addStretch(1)

    def _add_row(self, day: date | None, marker: str, hollow: bool, body: QWidget,
                 first: bool, last: bool) -> None:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        when = QLabel(show_date(day) if day else "", row)
        when.setObjectName("date")
        when.setFixedWidth(_DATE_WIDTH)
        when.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        when.setContentsMargins(0, 2, 0, 0)
        layout.addWidget(when, 0, Qt.AlignmentFlag.AlignTop)
        colour = _MARKERS.get(marker, self.palette().mid().color().name())
        layout.addWidget(_Rail(colour, first, last, hollow or not marker, row))
        body.setParent(row)
        layout.addWidget(body, 1)
        self.entries.append(row)
        self._layout.addWidget(row)

    @staticmethod
    def _marker(kind: str) -> str:
        if kind == CONVERSATION:
            return "conversation"
        return "coercive" if kind in COERCIVE else "measure"

    def _body(self, title: str, subtitle: str = "", text: str = "") -> QWidget:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 0, 16)
        layout.setSpacing(3)
        grey = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        heading = QLabel(f"<b>{escape(title)}</b>"
                         + (f"&nbsp;&nbsp;<span style='color: {grey}'>{escape(subtitle)}</span>"
                            if subtitle else ""), body)
        heading.setObjectName("title")
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if text:
            layout.addWidget(self._text(text, body))
        return body

    def _text(self, text: str, parent: QWidget, muted: bool = False) -> QLabel:
        label_ = QLabel(text, parent)
        label_.setTextFormat(Qt.TextFormat.PlainText)
        label_.setWordWrap(True)
        label_.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if muted:
            mute(label_)
        return label_

    def _muted(self, text: str) -> QWidget:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 0, 16)
        layout.addWidget(self._text(text, body, muted=True))
        return body

    def _step_body(self, step: EscalationStep) -> QWidget:
        guide = self._content.signals
        who = tr("door {who}", who=step.who) if step.who else ""
        body = self._body(label(guide.steps, step.kind, LANGUAGE), who, step.reason)
        body.setProperty("step_id", step.id)
        layout = body.layout()
        if step.deadline is not None:
            term = QLabel(self._term_text(step), body)
            term.setObjectName("term")
            term.setTextFormat(Qt.TextFormat.RichText)
            term.setWordWrap(True)
            layout.addWidget(term)
        if step.notes:
            layout.addWidget(self._text(step.notes, body, muted=True))
        if compliance_open(self._signal, step, self._today()):
            text = tr("Nakoming vastleggen…") if step.complied is None else tr("Nakoming wijzigen…")
            button = QPushButton(text, body)
            button.setObjectName("compliance")
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, sid=step.id: self.request_compliance(sid))
            self.compliance_buttons[step.id] = button
            row = QHBoxLayout()
            row.setContentsMargins(0, 4, 0, 0)
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        return body

    def _term_text(self, step: EscalationStep) -> str:
        day = show_date(step.deadline)
        if step.complied is True:
            state, colour = tr("nagekomen"), _MARKERS["closed"]
        elif step.complied is False:
            state, colour = tr("niet nagekomen"), _MARKERS["coercive"]
        elif step.deadline >= self._today():
            days = (step.deadline - self._today()).days
            state = tr("loopt nog, vandaag de laatste dag") if days == 0 else \
                tr("loopt nog ({days} dagen)", days=days)
            colour = ""
        elif step.kind == NOTICE_OF_DEFAULT:
            state, colour = tr("verstreken; nakoming nog niet vastgelegd"), _MARKERS["measure"]
        else:
            state, colour = tr("verstreken"), ""
        style = f" style='color: {colour}'" if colour else ""
        return tr("Termijn tot en met {day} — <span{style}><b>{state}</b></span>",
                  day=day, style=style, state=escape(state))

    def _close_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(_DATE_WIDTH + _RAIL_WIDTH + 14, 0, 0, 0)
        if self._signal.is_open:
            self.close_button = QPushButton(tr("Signaal afsluiten…"), row)
            self.close_button.clicked.connect(self.request_close)
            layout.addWidget(self.close_button)
        else:
            self.reopen_button = QPushButton(tr("Heropenen…"), row)
            self.reopen_button.clicked.connect(self.request_reopen)
            layout.addWidget(self.reopen_button)
        layout.addStretch(1)
        return row
