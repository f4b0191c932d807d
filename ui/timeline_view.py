"""TimelineView: a supplier's contract period at a glance.

At the top, the annual-report reminder (due, overdue, reviewed). Below it a
strip of the whole contract period with its years, the reviews coloured by
their verdict, the signals and "today". Then every event in date order on a
vertical rail: meetings, reviews with their verdict, signals and escalation
steps, agreements made and closed (grouped per meeting), commitment terms and
report due dates. It takes plain data (``set_timeline``) and changes nothing.

The events are painted by one widget (``EventList``), not built from a widget
per row: ten years of history are ~250 rows, and ~700 word-wrapped labels took
Qt ~200 ms to lay out each time the tab was shown (docs/performance.md). The
list lays out each row's text with ``QTextLayout`` at the current width, keeps
the row heights per width, and paints only the rows in sight.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from isv_dialogue.model import AgreementStatus, MeetingStatus, Verdict
from isv_dialogue.progress import EventKind, TimelineEvent
from isv_dialogue.reporting import ReportState, ReportStatus

from .dates import short_date
from .i18n import tr
from .labels import kind_label
from .palette import AMBER, BLUE, DARK, GREEN, GREY, RED
from .report_labels import report_sentence, verdict_label

if TYPE_CHECKING:
    from PySide6.QtGui import QTextLayout

VERDICT_COLOURS = {Verdict.YES: GREEN, Verdict.PARTLY: AMBER, Verdict.NO: RED, None: GREY}
STEP_COLOURS = {"gesprek": BLUE, "verbeterplan": BLUE, "extern_advies": AMBER,
                "nader_onderzoek": AMBER, "ingebrekestelling": RED, "boete": RED, "ontbinding": RED}
# The reminder's look per state: background, border, text colour.
BANNER = {ReportState.OVERDUE: ("#fbe9e6", "#d9a49a", "#7a1f12"),
          ReportState.DUE_SOON: ("#fff4d6", "#d9a400", "#5c4400"),
          ReportState.NOT_DUE: ("#eef3f8", "#c5d3e0", "#23384d"),
          ReportState.REVIEWED: ("#e9f4ec", "#a6cfb1", "#1f4d2c"),
          ReportState.NO_CONTRACT: ("#f2f2f2", "#cccccc", "#333333")}


INK, YEAR_INK, RAIL_INK = "#555555", "#23384d", "#c9d0d6"
_DATE_WIDTH = 96   # the date column
_RAIL = 28         # the rail with its marker
_GAP = 6           # between date, rail and text
_LEFT, _TOP, _RIGHT, _BOTTOM = 4, 4, 12, 4  # the list's margins
_MARKER_Y = 11.0   # the marker's centre below a row's top
_TEXT: tuple | None = None


def _text_classes() -> tuple:
    """QTextLayout, QTextCharFormat and the wrap option, imported when a list is
    first laid out: making these Qt types costs launch ~7 ms otherwise, for a
    tab that is not showing (docs/performance.md)."""
    global _TEXT
    if _TEXT is None:
        from PySide6.QtGui import QTextCharFormat, QTextLayout, QTextOption

        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        _TEXT = QTextLayout, QTextCharFormat, wrap
    return _TEXT


@dataclass
class _Run:
    """A piece of a row's title: its own weight and colour."""

    text: str
    bold: bool = False
    colour: str | None = None


@dataclass
class _Line:
    """One row of the vertical timeline, after grouping."""

    day: date
    colour: str
    runs: list[_Run] = field(default_factory=list)  # the title; "\n" breaks a line
    detail: str = ""      # plain text, may hold line breaks
    shape: str = "dot"    # dot, ring, small, diamond, square
    year_start: bool = False

    @property
    def title(self) -> str:
        return "".join(run.text for run in self.runs)


def _head(text: str, extra: str = "", colour: str | None = None) -> list[_Run]:
    """A bold heading, then " — " and the record's own words."""
    return [_Run(text, True, colour)] + ([_Run(f" — {extra}")] if extra else [])


def _units(text: str) -> int:
    """Length in UTF-16 code units, as QTextLayout counts positions."""
    return len(text.encode("utf-16-le")) // 2


def _wrap(layout: QTextLayout, width: float) -> float:
    """Break ``layout`` into lines of ``width``; its height."""
    layout.setTextOption(_text_classes()[2])
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLeadingIncluded(True)
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return height


class EventList(QAbstractScrollArea):
    """The events on their rail, with a heading per year, painted by this one
    widget: a row's date, its marker and its wrapped title and detail.

    Rows are laid out at the viewport's width (``QTextLayout``); their heights
    are kept per width, so resizing back and forth costs nothing, and only the
    rows in sight are painted. Arrow keys, Page Up/Down, Home and End scroll."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.setAccessibleName(tr("Verloop"))
        self.lines: list[_Line] = []
        self.today: int | None = None           # index in ``lines`` of "Vandaag"
        self._items: list[tuple[bool, int]] = []  # (a year's heading?, index in lines)
        self._dates: list[str] = []
        self._heights: dict[int, list[int]] = {}  # per viewport width: each item's height
        self._tops: list[int] = []                # at the current width, and the end
        self._width = -1
        self._texts: dict[int, tuple[QTextLayout, QTextLayout | None, float]] = {}
        self._want_today = False
        self._fonts()

    # --- content ---------------------------------------------------------------------

    def set_lines(self, lines: list[_Line], today: int | None = None) -> None:
        self.lines, self.today = lines, today
        self._dates = [short_date(line.day) for line in lines]
        self._items = []
        for n, line in enumerate(lines):
            if line.year_start:
                self._items.append((True, n))
            self._items.append((False, n))
        self._forget()
        self.verticalScrollBar().setValue(0)
        self._want_today = today is not None
        if lines:
            self.setAccessibleDescription(tr(
                "{count} gebeurtenissen van {first} tot {last}, per jaar. Scroll met de "
                "pijltjestoetsen, Page Up en Page Down, Home en End.",
                count=len(lines), first=self._dates[0], last=self._dates[-1]))
        else:
            self.setAccessibleDescription("")
        if self.isVisible():
            self._layout()
            if self._want_today:
                self.scroll_to_today()
        self.viewport().update()

    def rows_text(self) -> list[str]:
        """What the list shows, one string per year heading or row (date, title
        and detail on their own lines): for tests and for copying."""
        texts = []
        for heading, n in self._items:
            line = self.lines[n]
            texts.append(str(line.day.year) if heading else
                         "\n".join(t for t in (self._dates[n], line.title, line.detail) if t))
        return texts

    def scroll_to_today(self) -> None:
        """Show "Vandaag" a third of the way up from the bottom, with what led up to it."""
        if self.today is None:
            return
        self._layout()
        item = self._items.index((False, self.today))
        bottom = self._tops[item + 1]
        height = self.viewport().height()
        self.verticalScrollBar().setValue(max(0, bottom + height // 3 - height))

    # --- layout ----------------------------------------------------------------------

    def _fonts(self) -> None:
        self._font = QFont(self.font())
        self._year_font = QFont(self._font)
        self._year_font.setBold(True)
        if self._year_font.pointSizeF() > 0:
            self._year_font.setPointSizeF(self._year_font.pointSizeF() * 1.1)
        self._line_height = QFontMetricsF(self._font).height()
        self._year_metrics = QFontMetricsF(self._year_font)

    def _forget(self) -> None:
        self._heights.clear()
        self._texts.clear()
        self._tops = []
        self._width = -1

    def _text_width(self) -> float:
        return max(40.0, self._width - _LEFT - _RIGHT - _DATE_WIDTH - _RAIL - 2 * _GAP)

    def _text(self, n: int) -> tuple[QTextLayout, QTextLayout | None, float]:
        """Line ``n``'s title and detail laid out at the current width, and the
        title's height."""
        if n in self._texts:
            return self._texts[n]
        line, width = self.lines[n], self._text_width()
        QTextLayout, QTextCharFormat, _ = _text_classes()  # noqa: N806 - classes
        title = QTextLayout(line.title.replace("\n", "\u2028"), self._font)
        formats, at = [], 0
        for run in line.runs:
            length = _units(run.text)
            if run.bold or run.colour:
                part = QTextLayout.FormatRange()
                part.start, part.length = at, length
                look = QTextCharFormat()
                if run.bold:
                    look.setFontWeight(QFont.Weight.Bold)
                if run.colour:
                    look.setForeground(QColor(run.colour))
                part.format = look
                formats.append(part)
            at += length
        title.setFormats(formats)
        title_height = _wrap(title, width)
        detail = None
        if line.detail:
            detail = QTextLayout(line.detail.replace("\n", "\u2028"), self._font)
            _wrap(detail, width)
        self._texts[n] = title, detail, title_height
        return self._texts[n]

    def _measure(self, item: int) -> int:
        heading, n = self._items[item]
        if heading:
            return round(8 + self._year_metrics.height() + 2)
        title, detail, title_height = self._text(n)
        height = 2 + title_height + 10
        if detail is not None:
            height += 1 + detail.boundingRect().height()
        return int(max(height, 2 + self._line_height + 10) + 0.999)

    def _layout(self) -> None:
        """Row positions at the viewport's width (computed once per width)."""
        width = self.viewport().width()
        bar = self.verticalScrollBar()
        if not bar.isVisible() and len(self._items) * self._line_height > self.viewport().height():
            # Surely taller than the view: lay out at the width left beside the
            # scroll bar it is about to get, not once without and once with it.
            width -= bar.sizeHint().width()
        if width != self._width or not self._tops:
            self._width = width
            self._texts.clear()
            heights = self._heights.get(width)
            if heights is None:
                if len(self._heights) > 8:
                    self._heights.clear()
                heights = self._heights[width] = [self._measure(n) for n in range(len(self._items))]
            tops, y = [], _TOP
            for height in heights:
                tops.append(y)
                y += height
            tops.append(y)
            self._tops = tops
        view = self.viewport().height()
        bar.setRange(0, max(0, self._tops[-1] + _BOTTOM - view))
        bar.setPageStep(view)
        bar.setSingleStep(max(1, round(self._line_height * 1.5)))

    # --- Qt --------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if not self._items:
            return
        # Keep the row at the top where it is while the text rewraps.
        bar, anchor, offset = self.verticalScrollBar(), 0, 0
        if self._tops and not self._want_today:
            anchor = max(0, bisect_right(self._tops, bar.value()) - 1)
            anchor = min(anchor, len(self._items) - 1)
            offset = bar.value() - self._tops[anchor]
        self._layout()
        if self._want_today:
            self.scroll_to_today()
        elif anchor:
            bar.setValue(self._tops[anchor] + min(offset, self._tops[anchor + 1] - self._tops[anchor]))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._want_today:
            self.scroll_to_today()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fonts()
            self._forget()
            self.viewport().update()
        super().changeEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        self.viewport().update()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        bar = self.verticalScrollBar()
        if event.key() == Qt.Key.Key_Home:
            bar.setValue(bar.minimum())
        elif event.key() == Qt.Key.Key_End:
            bar.setValue(bar.maximum())
        else:
            super().keyPressEvent(event)

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip:
            item = self._item_at(event.pos().y())
            from PySide6.QtWidgets import QToolTip

            if item is not None and not self._items[item][0]:
                QToolTip.showText(event.globalPos(), self.rows_text()[item], self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _item_at(self, y: int) -> int | None:
        if not self._tops:
            return None
        y += self.verticalScrollBar().value()
        item = bisect_right(self._tops, y) - 1
        return item if 0 <= item < len(self._items) else None

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._layout()
        self._want_today = False  # painted where it belongs; from here the buyer scrolls
        if not self._items:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        offset = self.verticalScrollBar().value()
        area = event.rect()
        item = max(0, bisect_right(self._tops, area.top() + offset) - 1)
        while item < len(self._items) and self._tops[item] - offset <= area.bottom():
            heading, n = self._items[item]
            top, bottom = self._tops[item] - offset, self._tops[item + 1] - offset
            if heading:
                painter.setFont(self._year_font)
                painter.setPen(QColor(YEAR_INK))
                painter.drawText(QPointF(_LEFT, top + 8 + self._year_metrics.ascent()),
                                 str(self.lines[n].day.year))
            else:
                self._paint_row(painter, n, top, bottom)
            item += 1
        painter.end()

    def _paint_row(self, painter: QPainter, n: int, top: float, bottom: float) -> None:
        line = self.lines[n]
        painter.setFont(self._font)
        painter.setPen(QColor(INK))
        painter.drawText(QRectF(_LEFT, top + 2, _DATE_WIDTH, bottom - top),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, self._dates[n])
        # the rail, and the marker on it
        x, y = _LEFT + _DATE_WIDTH + _GAP + _RAIL / 2, top + _MARKER_Y
        painter.setPen(QPen(QColor(RAIL_INK), 2))
        painter.drawLine(QPointF(x, y if n == 0 else top),
                         QPointF(x, y if n == len(self.lines) - 1 else bottom))
        colour, shape = QColor(line.colour), line.shape
        painter.setPen(QPen(colour, 2))
        painter.setBrush(colour if shape != "ring" else QColor("white"))
        if shape == "diamond":
            path = QPainterPath()
            path.moveTo(x, y - 7)
            path.lineTo(x + 7, y)
            path.lineTo(x, y + 7)
            path.lineTo(x - 7, y)
            path.closeSubpath()
            painter.drawPath(path)
        elif shape == "square":
            painter.drawRect(QRectF(x - 5, y - 5, 10, 10))
        else:
            r = 4.0 if shape == "small" else 6.5
            painter.drawEllipse(QPointF(x, y), r, r)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # the words
        title, detail, title_height = self._text(n)
        left = _LEFT + _DATE_WIDTH + _RAIL + 2 * _GAP
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        title.draw(painter, QPointF(left, top + 2))
        if detail is not None:
            painter.setPen(QColor(INK))
            detail.draw(painter, QPointF(left, top + 2 + title_height + 1))


class _PeriodStrip(QWidget):
    """The contract period as one horizontal bar, with its years, reviews,
    signals and today."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumHeight(86)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.events: list[TimelineEvent] = []
        self.start = self.end = self.today = date.today()
        self.contract: tuple[date | None, date | None] = (None, None)

    def set_data(self, events: list[TimelineEvent], start: date | None, end: date | None,
                 today: date) -> None:
        self.events, self.today, self.contract = events, today, (start, end)
        days = [e.date for e in events] + [d for d in (start, end, today) if d]
        self.start, self.end = min(days), max(days)
        self.start = date(self.start.year, 1, 1)
        self.end = date(self.end.year, 12, 31)
        self.update()

    def _x(self, day: date) -> float:
        left, right = 12.0, self.width() - 12.0
        span = max((self.end - self.start).days, 1)
        return left + (right - left) * (day - self.start).days / span

    def _review_labels(self, metrics) -> dict[int, str]:
        """The words above each review: "2024: nee", or only "nee" when those
        would run into each other (ten years in a narrow tab); a label that
        still would is left out (its colour says the verdict)."""
        reviews = [e for e in self.events if e.kind is EventKind.REVIEW]
        for short in (False, True):
            labels, right, crowded = {}, -1e9, False
            for event in reviews:
                verdict = verdict_label(event.verdict).lower()
                text = verdict if short else f"{event.year}: {verdict}"
                width = metrics.horizontalAdvance(text)
                x = self._x(event.date)
                if x - width / 2 < right + 6:
                    crowded = True
                    continue
                labels[id(event)], right = text, x + width / 2
            if not crowded:
                break
        return labels

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        painter.setFont(small)
        bar_y, bar_h = 34.0, 14.0
        # years
        for year in range(self.start.year, self.end.year + 1):
            x0, x1 = self._x(date(year, 1, 1)), self._x(date(year, 12, 31))
            painter.setPen(QPen(QColor("#d5dbe0"), 1))
            painter.drawLine(QPointF(x0, bar_y - 4), QPointF(x0, bar_y + bar_h + 4))
            painter.setPen(QColor("#555555"))
            painter.drawText(QRectF(x0, bar_y + bar_h + 6, x1 - x0, 16),
                             Qt.AlignmentFlag.AlignHCenter, str(year))
        # the contract
        start, end = self.contract
        if start:
            x0 = self._x(start)
            x1 = self._x(end) if end else self._x(self.end)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#dbe6f1"))
            painter.drawRoundedRect(QRectF(x0, bar_y, max(x1 - x0, 2), bar_h), 4, 4)
        # meetings and signals on the bar, reviews above it
        labels = self._review_labels(painter.fontMetrics())
        for event in self.events:
            x = self._x(event.date)
            if event.kind is EventKind.MEETING:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(BLUE))
                painter.drawEllipse(QPointF(x, bar_y + bar_h / 2), 3.5, 3.5)
            elif event.kind is EventKind.SIGNAL_RECEIVED:
                path = QPainterPath()
                path.moveTo(x, bar_y + bar_h + 1)
                path.lineTo(x - 5, bar_y + bar_h + 9)
                path.lineTo(x + 5, bar_y + bar_h + 9)
                path.closeSubpath()
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(RED))
                painter.drawPath(path)
            elif event.kind is EventKind.REVIEW:
                colour = QColor(VERDICT_COLOURS[event.verdict])
                painter.setPen(QPen(QColor("white"), 2))
                painter.setBrush(colour)
                painter.drawEllipse(QPointF(x, bar_y + bar_h / 2), 7, 7)
                painter.setPen(colour)
                label = labels.get(id(event))
                if label:
                    painter.drawText(QRectF(x - 70, 2, 140, 16), Qt.AlignmentFlag.AlignHCenter, label)
                painter.drawLine(QPointF(x, 18), QPointF(x, bar_y))
        # today
        x = self._x(self.today)
        painter.setPen(QPen(QColor(DARK), 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, bar_y - 8), QPointF(x, bar_y + bar_h + 8))
        painter.setPen(QColor(DARK))
        text = tr("vandaag")
        width = painter.fontMetrics().horizontalAdvance(text)
        tx = min(max(x - width / 2, 0), self.width() - width)
        painter.drawText(QRectF(tx, bar_y + bar_h + 22, width + 2, 16), 0, text)
        painter.end()


class TimelineView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.reminder = QLabel()
        self.reminder.setObjectName("reportReminder")
        self.reminder.setWordWrap(True)
        self.reminder.setTextFormat(Qt.TextFormat.PlainText)
        self.strip = _PeriodStrip()
        legend = QLabel(
            f"<span style='color:{BLUE}'>●</span> {escape(tr('gesprek'))} &nbsp; "
            f"<span style='color:{GREEN}'>●</span> {escape(tr('oordeel ja'))} &nbsp; "
            f"<span style='color:{AMBER}'>●</span> {escape(tr('gedeeltelijk'))} &nbsp; "
            f"<span style='color:{RED}'>●</span> {escape(tr('nee'))} &nbsp; "
            f"<span style='color:{RED}'>▲</span> {escape(tr('signaal'))}")
        legend.setStyleSheet("color: #555;")
        self.list = EventList()
        self.empty = QLabel(tr("Nog niets vastgelegd voor deze leverancier."))
        self.empty.setStyleSheet("color: #555;")
        column = QVBoxLayout(self)
        column.addWidget(self.reminder)
        column.addWidget(self.strip)
        column.addWidget(legend)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet("color: #d5dbe0;")
        column.addWidget(rule)
        column.addWidget(self.empty)
        column.addWidget(self.list, 1)
        self.setFocusProxy(self.list)

    @property
    def lines(self) -> list[_Line]:
        return self.list.lines

    @property
    def today_line(self) -> _Line | None:
        """The "Vandaag" row, which the list scrolls to."""
        return None if self.list.today is None else self.list.lines[self.list.today]

    def rows_text(self) -> list[str]:
        return self.list.rows_text()

    def clear(self) -> None:
        self.list.set_lines([])

    def set_timeline(self, events: list[TimelineEvent], status: ReportStatus, today: date,
                     start: date | None = None, end: date | None = None) -> None:
        background, border, ink = BANNER[status.state]
        self.reminder.setStyleSheet(f"#reportReminder {{ background: {background}; color: {ink};"
                                    f" border: 1px solid {border}; border-radius: 4px;"
                                    " padding: 6px; }")
        self.reminder.setText(report_sentence(status, today))
        self.strip.setVisible(bool(events))
        if events:
            self.strip.set_data(events, start, end, today)
        lines = self._lines(events, today)
        marker = next((n for n, line in enumerate(lines) if line.shape == "ring" and line.colour == DARK),
                      None)
        self.empty.setVisible(not events)
        # Recent events matter most: the list opens on "today" with what led up to it.
        self.list.set_lines(lines, marker)

    # --- from events to rows ----------------------------------------------------

    def _lines(self, events: list[TimelineEvent], today: date) -> list[_Line]:
        lines: list[_Line] = []
        grouped: dict[tuple, _Line] = {}
        today_placed = False
        for event in events:
            if not today_placed and event.date > today:
                lines.append(_Line(today, DARK, [_Run(tr("Vandaag"), True)], shape="ring"))
                today_placed = True
            key = (event.kind, event.meeting_id, event.status)
            if event.kind in (EventKind.AGREEMENT_MADE, EventKind.AGREEMENT_CLOSED) and key in grouped:
                line = grouped[key]
                line.detail += "\n• " + event.title
                count = line.detail.count("•")
                line.runs = self._agreement_title(event, count)
                continue
            line = self._line(event)
            if event.kind in (EventKind.AGREEMENT_MADE, EventKind.AGREEMENT_CLOSED):
                grouped[key] = line
            lines.append(line)
        if not today_placed and events:
            lines.append(_Line(today, DARK, [_Run(tr("Vandaag"), True)], shape="ring"))
        year = None
        for line in lines:
            line.year_start = line.day.year != year
            year = line.day.year
        return lines

    @staticmethod
    def _agreement_title(event: TimelineEvent, count: int) -> list[_Run]:
        if event.kind is EventKind.AGREEMENT_MADE:
            text = tr("Afspraak gemaakt") if count == 1 else tr("{n} afspraken gemaakt", n=count)
        elif event.status == AgreementStatus.CANCELLED.value:
            text = tr("Afspraak vervallen") if count == 1 else tr("{n} afspraken vervallen", n=count)
        else:
            text = tr("Afspraak afgerond") if count == 1 else tr("{n} afspraken afgerond", n=count)
        return [_Run(text, True)]

    def _line(self, event: TimelineEvent) -> _Line:
        k, title = event.kind, event.title
        if k is EventKind.REVIEW:
            colour = VERDICT_COLOURS[event.verdict]
            verdict = tr("oordeel: {verdict}", verdict=verdict_label(event.verdict).lower())
            draft = tr(" (concept)") if event.status == MeetingStatus.DRAFT.value else ""
            return _Line(event.date, colour,
                         _head(tr("Jaarrapportage over {year} besproken", year=event.year) + draft)
                         + [_Run(" — "), _Run(verdict, True, colour)], event.detail,
                         "ring" if draft else "dot")
        if k is EventKind.MEETING:
            draft = event.status == MeetingStatus.DRAFT.value
            name = kind_label(event.meeting_kind) + (tr(" (concept)") if draft else "")
            return _Line(event.date, BLUE, _head(name, title), event.detail,
                         "ring" if draft else "dot")
        if k is EventKind.SIGNAL_RECEIVED:
            return _Line(event.date, RED, _head(tr("Signaal ontvangen"), title), event.detail)
        if k is EventKind.ESCALATION_STEP:
            colour = STEP_COLOURS.get(event.status, AMBER)
            return _Line(event.date, colour, _head(tr("Stap bij signaal"), title), event.detail,
                         "small")
        if k is EventKind.SIGNAL_CLOSED:
            return _Line(event.date, GREEN, _head(tr("Signaal afgesloten"), title), event.detail)
        if k in (EventKind.AGREEMENT_MADE, EventKind.AGREEMENT_CLOSED):
            colour = GREY if event.kind is EventKind.AGREEMENT_MADE else (
                GREY if event.status == AgreementStatus.CANCELLED.value else GREEN)
            return _Line(event.date, colour, self._agreement_title(event, 1), "• " + event.title,
                         "small")
        if k is EventKind.COMMITMENT_DUE:
            state = {"met": (GREEN, tr("nagekomen")), "not_met": (RED, tr("niet nagekomen")),
                     "not_due": (GREY, tr("nog niet opeisbaar"))}.get(event.status,
                                                                       (GREY, tr("nog niet getoetst")))
            return _Line(event.date, state[0],
                         _head(tr("Termijn toezegging")) + [_Run(" — "), _Run(state[1], colour=state[0]),
                                                            _Run("\n" + title)], event.detail,
                         "small" if event.status else "ring")
        if k is EventKind.REPORT_DUE:
            late = event.status == "overdue"
            text = (tr("Jaarrapportage over {year}: te laat", year=event.year) if late
                    else tr("Jaarrapportage over {year} uiterlijk", year=event.year))
            return _Line(event.date, RED if late else AMBER, _head(text, colour=RED if late else None),
                         tr("Nog niet besproken."), "diamond")
        if k is EventKind.PLAN_OF_ACTION:
            return _Line(event.date, DARK, _head(tr("Plan van aanpak")),
                         tr("{n} toezeggingen", n=event.detail) if event.detail else "", "square")
        text = tr("Start contract") if k is EventKind.CONTRACT_START else tr("Einde contract")
        return _Line(event.date, DARK, _head(text, title), "", "square")
