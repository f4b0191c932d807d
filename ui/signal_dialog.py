"""SignalDialog: register a signal of a violation, or correct one.

The dialog takes a ``Signal`` (or none, for a new one) and gives a new
``Signal`` back; it never stores anything. Every label of a pick list comes
from ``questionnaires/signalen.toml``; the rules (what a sound record needs)
come from ``isv_dialogue.signals.check_signal``.

The small helpers at the top (dates, the message area, the confidential tint)
are shared by the other signal widgets: ``step_dialog``, ``signal_timeline``
and ``signals_panel``.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import deepcopy
from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QFrame, QHBoxLayout, QLabel, QPlainTextEdit,
                               QRadioButton, QStyle, QVBoxLayout, QWidget)

from isv_dialogue.model import Signal, new_id
from isv_dialogue.questionnaires import Content, Item, label
from isv_dialogue.signals import check_signal, expectation

from .i18n import LANGUAGE, tr
from .labels import short_date as show_date
from .widgets import INTERNAL_BORDER, INTERNAL_TINT

# --- shared by the signal widgets ------------------------------------------------------------

DATE_FORMAT = "dd-MM-yyyy"

# Calm tints that keep their contrast in a dark palette too: the text colour is set with them.
# The same tint as the buyer's internal notes: tinted means "never for the supplier".
CONFIDENTIAL_STYLE = (f"QFrame#confidential {{ background: {INTERNAL_TINT};"
                      f" border: 1px solid {INTERNAL_BORDER}; border-radius: 4px; }}"
                      " QFrame#confidential QLabel { color: #4d3800; background: transparent; }")
INFO_STYLE = ("QLabel { background: #eef3f8; border: 1px solid #c9d6e3; border-radius: 4px;"
              " color: #1f3347; padding: 6px 8px; }")
# kind: (background, border, text)
_NOTICE_COLOURS = {
    "error": ("#fbe9e7", "#e3a89f", "#7a1f12"),
    "warning": ("#fff6da", "#e2c36b", "#5c4300"),
}


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date, parent: QWidget | None = None) -> QDateEdit:
    """A date field as everywhere in the app: dd-MM-yyyy with a calendar popup."""
    edit = QDateEdit(to_qdate(value), parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


class _TextEdit(QPlainTextEdit):
    """A multi-line field that asks for ``lines`` lines, not Qt's default of a dozen."""

    def __init__(self, parent: QWidget | None, lines: int):
        super().__init__(parent)
        self._lines = lines
        self.setTabChangesFocus(True)  # Tab leaves the field: no mouse needed
        self.setMinimumHeight(self._height(min(lines, 2)))

    def _height(self, lines: int) -> int:
        margins = self.contentsMargins()
        return (self.fontMetrics().lineSpacing() * lines + 2 * int(self.document().documentMargin())
                + margins.top() + margins.bottom() + 2)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(self._lines))


def text_edit(parent: QWidget | None = None, lines: int = 4) -> QPlainTextEdit:
    """A multi-line field of about ``lines`` lines that grows with its window."""
    return _TextEdit(parent, lines)


def set_plain_text(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() != text:
        edit.setPlainText(text)


class Notices(QWidget):
    """The visible reasons behind a refusal (errors) and the advice (warnings), one per line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._errors: list[str] = []
        self._warnings: list[str] = []
        self.setVisible(False)

    def set_messages(self, errors: Sequence[str], warnings: Sequence[str] = ()) -> None:
        errors, warnings = list(errors), list(warnings)
        if (errors, warnings) == (self._errors, self._warnings):
            return
        self._errors, self._warnings = errors, warnings
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for kind, texts in (("error", errors), ("warning", warnings)):
            for text in texts:
                self._layout.addWidget(self._row(kind, text))
        self.setVisible(bool(errors or warnings))

    def errors(self) -> list[str]:
        return list(self._errors)

    def warnings(self) -> list[str]:
        return list(self._warnings)

    def texts(self) -> list[str]:
        return self._errors + self._warnings

    def _row(self, kind: str, text: str) -> QFrame:
        row = QFrame(self)
        row.setObjectName(kind)
        background, border, colour = _NOTICE_COLOURS[kind]
        row.setStyleSheet(f"QFrame#{kind} {{ background: {background}; border: 1px solid {border};"
                          f" border-radius: 4px; }} QLabel {{ color: {colour}; border: none;"
                          " background: transparent; }")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(8, 6, 8, 6)
        icon = QLabel(row)
        pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical if kind == "error" \
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(16, 16))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        message = QLabel(text, row)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(icon)
        layout.addWidget(message, 1)
        return row


def mute(widget: QWidget) -> QWidget:
    """Secondary text: quieter than normal text, but readable (unlike a disabled label)."""
    palette = widget.palette()
    colour = palette.color(QPalette.ColorRole.WindowText)
    colour.setAlpha(170)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    widget.setPalette(palette)
    return widget


def pick_list(items: tuple[Item, ...], current: str, empty: str,
              parent: QWidget | None = None) -> QComboBox:
    """A combo of a signalen.toml list; an id the list no longer has is kept as it is."""
    combo = QComboBox(parent)
    combo.addItem(empty, "")
    for item in items:
        combo.addItem(item.text.get(LANGUAGE), item.id)
    if current and combo.findData(current) < 0:
        combo.addItem(current, current)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def accept_shortcut(dialog: QDialog, ok_button) -> None:
    """Ctrl+Enter accepts from anywhere, also from inside a multi-line field."""
    def press() -> None:
        if ok_button.isEnabled():
            ok_button.click()

    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog).activated.connect(press)


# --- the dialog ------------------------------------------------------------------------------


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
        row = QHBoxLayout()
        row.addWidget(self.received)
        row.addSpacing(20)
        via = QLabel(tr("Binnengekomen &via"), self)
        via.setBuddy(self.channel)
        row.addWidget(via)
        row.addSpacing(6)
        row.addWidget(self.channel, 1)
        received_label = QLabel(tr("&Ontvangen op"), self)
        received_label.setBuddy(self.received)
        form.addRow(received_label, row)

        # The source: confidential, and visibly so.
        self.source_frame = QFrame(self)
        self.source_frame.setObjectName("confidential")
        self.source_frame.setProperty("confidential", True)
        self.source_frame.setStyleSheet(CONFIDENTIAL_STYLE)
        box = QVBoxLayout(self.source_frame)
        box.setContentsMargins(10, 8, 10, 10)
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
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addSpacing(12)
        status_row.addWidget(status_hint, 1)
        form.addRow(tr("Status"), status_row)

        self.notices = Notices(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Opslaan"))
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        accept_shortcut(self, self.ok_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.notices)
        layout.addWidget(self.buttons)

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
