"""Small building blocks shared by the screens: dates that may be empty,
text boxes that Tab out of, headings that follow the system font."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QRect, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (QDateEdit, QFrame, QLabel, QPlainTextEdit, QScrollArea,
                               QSizePolicy, QVBoxLayout, QWidget)

from .i18n import locale, tr
from .palette import INTERNAL_BORDER, INTERNAL_TINT

# The day before the earliest date the app accepts stands for "no date": a
# QDateEdit cannot be empty, but it can show a special text at its minimum.
NO_DATE = QDate(1999, 12, 31)
LATEST = QDate(2100, 12, 31)


def date_format() -> str:
    """How a date field shows its date: the interface language's short form, as
    ``dates.short_date`` writes dates (dd-MM-yyyy in Dutch, dd/MM/yyyy in
    English), always with four digits for the year."""
    fmt = locale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


class OptionalDateEdit(QDateEdit):
    """A date field that may be left empty ("—"); Delete empties it."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True):
        super().__init__(parent)
        self.optional = optional
        self.setDisplayFormat(date_format())
        self.setCalendarPopup(True)
        self.setDateRange(NO_DATE if optional else NO_DATE.addDays(1), LATEST)
        if optional:
            self.setSpecialValueText(tr("—"))
            self.setDate(NO_DATE)

    def value(self) -> date | None:
        if self.optional and self.date() == NO_DATE:
            return None
        return self.date().toPython()

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value) if value else NO_DATE)

    def stepBy(self, steps: int) -> None:
        # From "no date", the arrow keys start at today, not at 1999.
        if self.value() is None:
            self.set_value(date.today())
            return
        super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.optional and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
                and self.currentSection() == self.sectionAt(0) and self.lineEdit().hasSelectedText() \
                and len(self.lineEdit().selectedText()) == len(self.text()):
            self.set_value(None)
            return
        super().keyPressEvent(event)


class TextBox(QPlainTextEdit):
    """Multi-line text that Tab leaves (keyboard users move on, they don't indent)."""

    edited = Signal()

    def __init__(self, placeholder: str = "", lines: int = 3, parent: QWidget | None = None,
                 max_lines: int = 12):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.lines, self.max_lines = lines, max(lines, max_lines)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._fit_height)
        self.textChanged.connect(self.edited)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow with the text up to ``max_lines``, then scroll: the page stays calm."""
        wanted = self.document().size().height()  # in lines, for a plain-text document
        lines = min(max(int(wanted) + 1, self.lines), self.max_lines)
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        height = int(self.fontMetrics().lineSpacing() * lines + 2 * self.document().documentMargin()
                     + margins + 2)
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - rewrapping changes the line count
        super().resizeEvent(event)
        self._fit_height()

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)


def heading(text: str, scale: float = 1.2, bold: bool = True) -> QLabel:
    """A label larger than the system font by ``scale``, so it follows the user's size."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


class InternalNotes(QFrame):
    """The buyer's own notes, tinted and labelled so nobody mistakes them for minutes text."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("internalNotes")
        self.setStyleSheet(
            f"#internalNotes {{ background: {INTERNAL_TINT}; border: 1px solid {INTERNAL_BORDER};"
            " border-radius: 4px; }")
        layout = QVBoxLayout(self)
        title = QLabel(tr("Intern — niet in het verslag voor de leverancier"))
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        self.box = TextBox(tr("Alleen voor uzelf en collega's: indrukken, twijfels, vervolgstappen."))
        self.box.setAccessibleName(tr("Interne notities, niet voor de leverancier"))
        title.setBuddy(self.box)
        layout.addWidget(title)
        layout.addWidget(self.box)
        self.box.edited.connect(self.edited)

    def value(self) -> str:
        return self.box.value()

    def set_value(self, text: str) -> None:
        self.box.set_value(text)


def screen_room(widget: QWidget) -> QRect | None:
    """The free part of the screen a window opens on: its parent's screen, else the primary."""
    parent = widget.parentWidget()
    window = parent.window() if parent is not None else widget
    screen = QGuiApplication.screenAt(window.geometry().center()) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def open_at_size(window: QWidget, width: int, height: int) -> None:
    """Give a window ``width`` x ``height`` to start with, or less on a smaller screen,
    instead of Qt's two thirds of the screen (853 x 480 on a 13-inch laptop)."""
    room = screen_room(window)
    if room is not None:
        width, height = min(width, int(room.width() * 0.95)), min(height, int(room.height() * 0.9))
    window.resize(max(width, window.minimumSizeHint().width()),
                  max(height, window.minimumSizeHint().height()))


def scrolling(content: QWidget) -> QScrollArea:
    """Wrap a page's content so small screens and big fonts scroll instead of clipping."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def clear_layout(layout) -> None:
    """Remove and discard a layout's widgets now, not at the next event-loop turn."""
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
