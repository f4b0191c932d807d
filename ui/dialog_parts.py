"""Parts the app's dialogs share: dates, multi-line fields, the notice area
that shows why OK is refused, the confidential tint, the button row, and
buttons for a choice with a line that explains it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFrame,
                               QHBoxLayout, QLabel, QLayout, QPlainTextEdit,
                               QPushButton, QScrollArea, QStyle, QVBoxLayout, QWidget)

from isv_dialogue.questionnaires import Item

from .i18n import LANGUAGE, tr
from .palette import INTERNAL_BORDER, INTERNAL_TINT
from .widgets import date_format, screen_room, scrolling

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
    """A date field as everywhere in the app: the language's short form
    (``widgets.date_format``: dd-MM-yyyy, dd/MM/yyyy) with a calendar popup."""
    edit = QDateEdit(to_qdate(value), parent)
    edit.setDisplayFormat(date_format())
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


def confirm_buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """OK (named for what it does) and Annuleren, wired to the dialog, Ctrl+Enter included."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setText(ok_text)
    ok_button.setDefault(True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    accept_shortcut(dialog, ok_button)
    return buttons, ok_button


def dialog_column(dialog: QDialog, *parts: QWidget | QLayout) -> QVBoxLayout:
    """The dialogs' common frame: the parts, then room to grow, then notices and buttons.
    The dialog opens as tall as its parts want, up to 90 % of the screen; on a lower
    screen or at a large font the parts scroll and the notices and buttons stay in sight."""
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(18, 16, 18, 14)
    layout.setSpacing(12)
    body = QWidget(dialog)
    column = QVBoxLayout(body)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(12)
    for part in parts[:-2]:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)
    column.addStretch(1)
    area = scrolling(body)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    layout.addWidget(area, 1)
    for part in parts[-2:]:
        layout.addWidget(part)
    _ScreenFit(dialog, area)  # a child of the dialog, which keeps it
    return layout


class _ScreenFit(QObject):
    """Sizes a ``dialog_column`` dialog to its content when shown, and lets it grow when
    the content grows (a help text, a notice), never beyond 90 % of the screen's height."""

    def __init__(self, dialog: QDialog, area: QScrollArea):
        super().__init__(dialog)
        self._dialog, self._area = dialog, area
        self._pending = False
        dialog.installEventFilter(self)
        area.widget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and watched is self._dialog:
            self.fit(shrink=True)
        elif event.type() == QEvent.Type.LayoutRequest and self._dialog.isVisible() \
                and not self._pending:
            self._pending = True  # once the layouts have settled
            QTimer.singleShot(0, self, self.fit)
        return False

    def wanted_size(self) -> QSize:
        """At least as wide as the widest row, so only up and down scroll; as tall as
        the content at that width."""
        dialog, area = self._dialog, self._area
        body = area.widget()
        bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        area.setMinimumWidth(body.minimumSizeHint().width() + bar)
        dialog.layout().activate()
        width = max(dialog.width(), dialog.minimumSizeHint().width())
        inner = area.width() + width - dialog.width()
        # Wrapped labels make a size hint too tall: ask for the height at the real width.
        content = body.heightForWidth(inner) if body.hasHeightForWidth() else -1
        if content < 0:
            content = body.sizeHint().height()
        return QSize(width, dialog.height() - area.height() + content)

    def fit(self, shrink: bool = False) -> None:
        self._pending = False
        dialog = self._dialog
        screen = screen_room(dialog)
        wanted = self.wanted_size()
        width, height = wanted.width(), wanted.height()
        if screen is not None:
            width, height = min(width, screen.width()), min(height, int(screen.height() * 0.9))
        height = max(height, dialog.minimumSizeHint().height())
        if not shrink:
            height = max(height, dialog.height())
        if (width, height) == (dialog.width(), dialog.height()):
            return
        dialog.resize(width, height)
        if screen is not None:  # a grown dialog must not hang off the screen
            frame = dialog.frameGeometry()
            x = max(screen.left(), min(frame.x(), screen.right() - frame.width() + 1))
            y = max(screen.top(), min(frame.y(), screen.bottom() - frame.height() + 1))
            if (x, y) != (frame.x(), frame.y()):
                dialog.move(x, y)


def confidential_frame(parent: QWidget) -> tuple[QFrame, QVBoxLayout]:
    """The tinted box that marks what never goes to the supplier (a signal's source)."""
    frame = QFrame(parent)
    frame.setObjectName("confidential")
    frame.setProperty("confidential", True)
    frame.setStyleSheet(CONFIDENTIAL_STYLE)
    box = QVBoxLayout(frame)
    box.setContentsMargins(10, 8, 10, 10)
    return frame, box


def field_with_partner(first: QWidget, label: QLabel, second: QWidget) -> QHBoxLayout:
    """Two fields on one line, the second with its own label: a date and by whom."""
    label.setBuddy(second)
    row = QHBoxLayout()
    row.addWidget(first)
    row.addSpacing(20)
    row.addWidget(label)
    row.addSpacing(6)
    row.addWidget(second, 1)
    return row


class ChoiceButton(QPushButton):
    """One of a few choices, with a line that says what it does: a command link
    button in the app's own font. (QCommandLinkButton draws its text at a fixed
    9 pt, too small beside the rest of a dialog for a buyer who set a larger font.)"""

    def __init__(self, title: str, description: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._title = QLabel(title)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._description = QLabel(description)
        self._description.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(2)
        for label in (self._title, self._description):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            column.addWidget(label)
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)

    def title(self) -> str:
        return self._title.text()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.layout().sizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self.layout().totalHeightForWidth(width)
