"""SignalDialog: register a signal of a violation, or correct one.

The dialog takes a ``Signal`` (or none, for a new one) and gives a new
``Signal`` back; it never stores anything. Every label of a pick list comes
from ``questionnaires/signalen.toml``; the rules (what a sound record needs)
come from ``isv_dialogue.signals.check_signal``.

"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QFormLayout, QHBoxLayout,
                               QLabel, QRadioButton, QVBoxLayout, QWidget)

from isv_dialogue.model import Signal, new_id
from isv_dialogue.questionnaires import Content, label
from isv_dialogue.signals import check_signal, expectation

from .dates import short_date as show_date
from .dialog_parts import (INFO_STYLE, Notices, confidential_frame, confirm_buttons, date_edit,
                           dialog_column, field_with_partner, mute, pick_list, set_plain_text,
                           text_edit, to_date, to_qdate)
from .i18n import LANGUAGE, tr


class SignalDialog(QDialog):
    """Register a new signal or edit one; ``value()`` gives the result as a ``Signal``."""

    def __init__(self, content: Content, signal: Signal | None = None,
                 parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self._guide = content.signals
        self._today = today or date.today()
        self._original = deepcopy(signal) if signal is not None else None
        self._id = signal.id if signal is not None else new_id()
        self.setWindowTitle(tr("Signaal bewerken") if signal else tr("Nieuw signaal registreren"))
        self.setMinimumWidth(680)
        self._build()
        self.set_value(signal)

    # -- public ---------------------------------------------------------------------------------

    @classmethod
    def ask(cls, content: Content, signal: Signal | None = None,
            parent: QWidget | None = None) -> Signal | None:
        """Show the dialog; the edited signal, or None when the buyer cancelled."""
        dialog = cls(content, signal, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.value()
        return None

    def value(self) -> Signal:
        base = self._original or Signal(id=self._id, received=self._today, description="",
                                        chain_position="")
        return replace(
            deepcopy(base),
            received=to_date(self.received.date()),
            channel=self.channel.currentData() or "",
            source=self.source.toPlainText().strip(),
            description=self.description.toPlainText().strip(),
            norm=self.norm.currentData() or "",
            chain_position=self._chain_position(),
        )

    def set_value(self, signal: Signal | None) -> None:
        signal = signal or Signal(id=self._id, received=self._today, description="",
                                  chain_position="")
        self.received.setDate(to_qdate(signal.received))
        self.channel.setCurrentIndex(max(self._find(self.channel, signal.channel), 0))
        set_plain_text(self.source, signal.source)
        set_plain_text(self.description, signal.description)
        self.norm.setCurrentIndex(max(self._find(self.norm, signal.norm), 0))
        for button in self.positions.buttons():
            button.setChecked(button.property("position") == signal.chain_position)
        if signal.is_open:
            self.status.setText(tr("Open"))
        else:
            outcome = label(self._guide.outcomes, signal.outcome, LANGUAGE)
            self.status.setText(tr("Afgesloten op {day}: {outcome}",
                                   day=show_date(signal.closed_on), outcome=outcome))
        self._update()

    def errors(self) -> list[str]:
        return check_signal(self.value(), self._guide, self._today)

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(10)

        self.received = date_edit(self._today, self)
        self.received.setMaximumDate(to_qdate(self._today))
        self.received.setMinimumWidth(130)
        self.channel = pick_list(self._guide.channels, "", tr("(niet opgegeven)"), self)
        row = field_with_partner(self.received, QLabel(tr("Binnengekomen &via"), self),
                                 self.channel)
        received_label = QLabel(tr("&Ontvangen op"), self)
        received_label.setBuddy(self.received)
        form.addRow(received_label, row)

        # The source: confidential, and visibly so.
        self.source_frame, box = confidential_frame(self)
        self.source_label = QLabel(
            tr("<b>Vertrouwelijk</b> — nooit in het verslag voor de leverancier"),
            self.source_frame)
        self.source_label.setTextFormat(Qt.TextFormat.RichText)
        self.source = text_edit(self.source_frame, lines=3)
        self.source.setPlaceholderText(tr("Wie meldde het, en hoe is die te bereiken?"))
        self.source_label.setBuddy(self.source)
        box.addWidget(self.source_label)
        box.addWidget(self.source)
        source_title = QLabel(tr("&Bron"), self)
        source_title.setBuddy(self.source)
        form.addRow(source_title, self.source_frame)

        self.description = text_edit(self, lines=6)
        self.description.setPlaceholderText(tr("Wat is er gebeurd, waar, bij wie?"))
        what = QLabel(tr("&Wat er gebeurde"), self)
        what.setBuddy(self.description)
        form.addRow(what, self.description)

        self.norm = pick_list(self._guide.norms, "", tr("(nog niet bepaald)"), self)
        norm_label = QLabel(tr("&Norm"), self)
        norm_label.setBuddy(self.norm)
        form.addRow(norm_label, self.norm)

        positions = QVBoxLayout()
        positions.setSpacing(6)
        buttons = QHBoxLayout()
        self.positions = QButtonGroup(self)
        for position in self._guide.chain_positions:
            button = QRadioButton(position.label.get(LANGUAGE), self)
            button.setProperty("position", position.id)
            self.positions.addButton(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.expectation = QLabel(self)
        self.expectation.setObjectName("expectation")
        self.expectation.setWordWrap(True)
        self.expectation.setStyleSheet(INFO_STYLE)
        positions.addLayout(buttons)
        positions.addWidget(self.expectation)
        chain_label = QLabel(tr("Plaats in de &keten"), self)
        chain_label.setBuddy(self.positions.buttons()[0])
        form.addRow(chain_label, positions)

        self.status = QLabel(self)
        status_hint = QLabel(tr("Afsluiten en heropenen gaat via de tijdlijn van het signaal."),
                             self)
        mute(status_hint)
        status_hint.setWordWrap(True)  # beside a long outcome, at a large font
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addSpacing(12)
        status_row.addWidget(status_hint, 1)
        form.addRow(tr("Status"), status_row)

        self.notices = Notices(self)
        self.buttons, self.ok_button = confirm_buttons(self, tr("Opslaan"))
        dialog_column(self, form, self.notices, self.buttons)

        self.received.dateChanged.connect(self._update)
        self.description.textChanged.connect(self._update)
        self.positions.buttonToggled.connect(self._update)

    # -- behaviour ------------------------------------------------------------------------------

    @staticmethod
    def _find(combo: QComboBox, value: str) -> int:
        if value and combo.findData(value) < 0:
            combo.addItem(value, value)
        return combo.findData(value)

    def _chain_position(self) -> str:
        checked = self.positions.checkedButton()
        return checked.property("position") if checked is not None else ""

    def _update(self, *_: object) -> None:
        text = expectation(self._guide, self._chain_position())
        if text is None:
            self.expectation.setText(tr("Kies waar in de keten de schending plaatsvindt; dan "
                                        "staat hier wat van de leverancier verwacht wordt."))
        else:
            self.expectation.setText(tr("<b>Verwachting:</b> {expected}",
                                        expected=escape(text.get(LANGUAGE))))
        errors = self.errors()
        self.notices.set_messages(errors)
        self.ok_button.setEnabled(not errors)

    def accept(self) -> None:
        if self.errors():  # Enter on a disabled OK must not slip through
            return
        super().accept()
