"""StepDialog: add one step on the escalation ladder to a signal.

The dialog asks ``isv_dialogue.signals.check_step`` on every change: errors
disable OK and are shown in words, warnings are shown and leave OK enabled.
Ontbinding stays selectable so the buyer can read why it is not yet open. The
chain position's expectation is shown here too, because this is where the
buyer decides what to do. The dialog gives an ``EscalationStep`` back and
changes nothing itself: the caller adds it with ``add_step``.
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

from isv_dialogue.model import EscalationStep, Signal, new_id
from isv_dialogue.questionnaires import Content, label
from isv_dialogue.signals import (CONVERSATION, NOTICE_OF_DEFAULT, TERMINATION, StepCheck,
                                  check_step, expectation, highest_step)

from .dates import short_date as show_date
from .dialog_parts import (INFO_STYLE, Notices, confirm_buttons, date_edit, dialog_column,
                           field_with_partner, mute, text_edit, to_date, to_qdate)
from .i18n import LANGUAGE, tr

# A first suggestion for the term of a notice of default; the buyer confirms it by ticking.
NOTICE_TERM = timedelta(days=14)
SUMMARY_LENGTH = 160


class StepDialog(QDialog):
    """Choose kind, date, who and reason of a step; ``value()`` gives the ``EscalationStep``."""

    def __init__(self, content: Content, signal: Signal, parent: QWidget | None = None,
                 who: str = "", today: date | None = None):
        super().__init__(parent)
        self._guide = content.signals
        self._signal = signal
        self._today = today or date.today()
        self._id = new_id()
        self.setWindowTitle(tr("Stap toevoegen"))
        self.setMinimumWidth(640)
        self._build(who)
        self._kind_changed()

    # -- public ---------------------------------------------------------------------------------

    @classmethod
    def ask(cls, content: Content, signal: Signal, parent: QWidget | None = None,
            who: str = "") -> EscalationStep | None:
        """Show the dialog; the new step, or None when the buyer cancelled."""
        dialog = cls(content, signal, parent, who=who)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.value()
        return None

    def value(self) -> EscalationStep:
        kind = self.kind.currentData()
        deadline = None
        if kind == NOTICE_OF_DEFAULT and self.has_deadline.isChecked():
            deadline = to_date(self.deadline.date())
        return EscalationStep(
            id=self._id, kind=kind, date=to_date(self.day.date()),
            who=self.who.text().strip(), reason=self.reason.toPlainText().strip(),
            deadline=deadline, notes=self.notes.toPlainText().strip())

    def set_value(self, step: EscalationStep) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(step.kind), 0))
        self.day.setDate(to_qdate(step.date))
        self.who.setText(step.who)
        self.reason.setPlainText(step.reason)
        self.has_deadline.setChecked(step.deadline is not None)
        if step.deadline is not None:
            self.deadline.setDate(to_qdate(step.deadline))
        self.notes.setPlainText(step.notes)
        self._update()

    def check(self) -> StepCheck:
        return check_step(self._signal, self.value(), self._guide)

    # -- building -------------------------------------------------------------------------------

    def _build(self, who: str) -> None:
        self.context = QLabel(self._context_text(), self)
        self.context.setObjectName("context")
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.RichText)
        self.context.setStyleSheet(INFO_STYLE)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(10)

        self.kind = QComboBox(self)
        for step in self._guide.steps:
            self.kind.addItem(step.text.get(LANGUAGE), step.id)
        self.kind.setCurrentIndex(max(self.kind.findData(CONVERSATION), 0))
        self.kind_help = QLabel(self)
        self.kind_help.setObjectName("kindHelp")
        self.kind_help.setWordWrap(True)
        mute(self.kind_help)
        kind_box = QVBoxLayout()
        kind_box.setSpacing(4)
        kind_box.addWidget(self.kind)
        kind_box.addWidget(self.kind_help)
        self._row(form, tr("&Stap"), self.kind, kind_box)

        start = max(self._today, self._signal.received)
        self.day = date_edit(start, self)
        self.day.setMinimumWidth(130)
        self.who = QLineEdit(who, self)
        self.who.setPlaceholderText(tr("Naam en functie"))
        row = field_with_partner(self.day, QLabel(tr("&Door"), self), self.who)
        self._row(form, tr("D&atum"), self.day, row)

        self.reason = text_edit(self, lines=4)
        self.reason_label = self._row(form, tr("&Reden"), self.reason)

        self.has_deadline = QCheckBox(tr("Nakomen &uiterlijk op"), self)
        self.deadline = date_edit(start + NOTICE_TERM, self)
        self.deadline.setMinimumWidth(130)
        self.deadline.setEnabled(False)
        self.deadline_hint = QLabel(self)
        mute(self.deadline_hint)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline)
        deadline_row.addSpacing(12)
        deadline_row.addWidget(self.deadline_hint, 1)
        self.deadline_label = self._row(form, tr("Termijn"), self.has_deadline, deadline_row)

        self.notes = text_edit(self, lines=2)
        self.notes.setPlaceholderText(tr("Bijvoorbeeld: met wie gesproken, welk document"))
        self._row(form, tr("&Notities"), self.notes)
        self._form = form

        self.notices = Notices(self)
        self.buttons, self.ok_button = confirm_buttons(self, tr("Stap vastleggen"))
        dialog_column(self, self.context, form, self.notices, self.buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.day.dateChanged.connect(self._day_changed)
        self.reason.textChanged.connect(self._update)
        self.has_deadline.toggled.connect(self._deadline_toggled)
        self.deadline.dateChanged.connect(self._update)

    def _row(self, form: QFormLayout, text: str, buddy: QWidget, field=None) -> QLabel:
        title = QLabel(text, self)
        title.setBuddy(buddy)
        form.addRow(title, field if field is not None else buddy)
        return title

    def _context_text(self) -> str:
        signal = self._signal
        summary = signal.description.strip().replace("\n", " ")
        if len(summary) > SUMMARY_LENGTH:
            summary = summary[:SUMMARY_LENGTH].rsplit(" ", 1)[0].rstrip(" ,.;:") + " …"
        expected = expectation(self._guide, signal.chain_position)
        highest = highest_step(signal, self._guide)
        lines = [
            tr("<b>Signaal van {day}:</b> {summary}", day=show_date(signal.received),
               summary=escape(summary)),
            tr("<b>{position}.</b> {expected}",
               position=escape(label(self._guide.chain_positions, signal.chain_position, LANGUAGE)),
               expected=escape(expected.get(LANGUAGE)) if expected else ""),
            tr("<b>Zwaarste stap tot nu toe:</b> {step}",
               step=escape(label(self._guide.steps, highest, LANGUAGE)) if highest
               else tr("nog geen")),
        ]
        return "".join(f"<p style='margin: 0 0 3px 0'>{line}</p>" for line in lines)

    # -- behaviour ------------------------------------------------------------------------------

    def _kind_changed(self, *_: object) -> None:
        kind = self.kind.currentData()
        notice = kind == NOTICE_OF_DEFAULT
        self._form.setRowVisible(self.deadline_label, notice)
        if kind == CONVERSATION:
            self.reason.setPlaceholderText(tr("Waarover, en waarom nu (mag leeg blijven)"))
        else:
            self.reason.setPlaceholderText(
                tr("Waarom staat deze maatregel in verhouding tot de overtreding?"))
        section = next((s for s in self._guide.sections if s.id == TERMINATION), None)
        if kind == TERMINATION and section is not None:
            self.kind_help.setText(section.text.get(LANGUAGE))
        else:
            self.kind_help.setText("")
        self.kind_help.setVisible(bool(self.kind_help.text()))
        self._update()

    def _day_changed(self, *_: object) -> None:
        if not self.has_deadline.isChecked():
            self.deadline.setDate(to_qdate(to_date(self.day.date()) + NOTICE_TERM))
        self._update()

    def _deadline_toggled(self, checked: bool) -> None:
        self.deadline.setEnabled(checked)
        if checked:
            self.deadline.setFocus()
        self._update()

    def _update(self, *_: object) -> None:
        step = self.value()
        if step.deadline is not None and step.deadline > step.date:
            days = (step.deadline - step.date).days
            self.deadline_hint.setText(tr("{days} dagen na de ingebrekestelling", days=days))
        else:
            self.deadline_hint.setText("")
        check = self.check()
        self.notices.set_messages(check.errors, check.warnings)
        self.ok_button.setEnabled(check.allowed)

    def accept(self) -> None:
        if not self.check().allowed:  # Enter on a disabled OK must not slip through
            return
        super().accept()
