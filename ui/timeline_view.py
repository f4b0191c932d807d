"""TimelineView: a supplier's contract period at a glance.

At the top, the annual-report reminder (due, overdue, reviewed). Below it a
strip of the whole contract period with its years, the reviews coloured by
their verdict, the signals and "today". Then every event in date order on a
vertical rail: meetings, reviews with their verdict, signals and escalation
steps, agreements made and closed (grouped per meeting), commitment terms and
report due dates. It takes plain data (``set_timeline``) and changes nothing.

The rows live in one container widget that is replaced, and deleted at once
(not with ``deleteLater``), on each ``set_timeline``: a buyer clicking through
suppliers never returns to an idle event loop between two clicks that Qt
would need to run deferred deletes, so each timeline left behind ~700 widgets
(~9 MB; docs/performance.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from isv_dialogue.model import AgreementStatus, MeetingStatus, Verdict
from isv_dialogue.progress import EventKind, ReportState, ReportStatus, TimelineEvent

from .i18n import tr
from .labels import kind_label, long_date, short_date, verdict_label
from .widgets import scrolling

GREY, BLUE, AMBER, RED, GREEN, DARK = "#8a939c", "#3b78b4", "#c98a12", "#b8432f", "#3d8b55", "#4a5560"
VERDICT_COLOURS = {Verdict.YES: GREEN, Verdict.PARTLY: AMBER, Verdict.NO: RED, None: GREY}
STEP_COLOURS = {"gesprek": BLUE, "verbeterplan": BLUE, "extern_advies": AMBER,
                "nader_onderzoek": AMBER, "ingebrekestelling": RED, "boete": RED, "ontbinding": RED}
# The reminder's look per state: background, border, text colour.
BANNER = {ReportState.OVERDUE: ("#fbe9e6", "#d9a49a", "#7a1f12"),
          ReportState.DUE_SOON: ("#fff4d6", "#d9a400", "#5c4400"),
          ReportState.NOT_DUE: ("#eef3f8", "#c5d3e0", "#23384d"),
          ReportState.REVIEWED: ("#e9f4ec", "#a6cfb1", "#1f4d2c"),
          ReportState.NO_CONTRACT: ("#f2f2f2", "#cccccc", "#333333")}
_DATE_WIDTH = 96
_RAIL = 28


def report_state_text(status: ReportStatus) -> str:
    """The short word for the supplier list's "Jaarrapp." column."""
    return {ReportState.OVERDUE: tr("Te laat"), ReportState.DUE_SOON: tr("Binnenkort"),
            ReportState.NOT_DUE: tr("Nog niet"), ReportState.REVIEWED: tr("Besproken"),
            ReportState.NO_CONTRACT: tr("—")}[status.state]


def report_state_colour(status: ReportStatus) -> str | None:
    return {ReportState.OVERDUE: RED, ReportState.DUE_SOON: AMBER}.get(status.state)


def report_sentence(status: ReportStatus, today: date) -> str:
    """One or two sentences on the annual report, for the reminder and tooltips."""
    year, due = status.year, long_date(status.due)
    final = tr(" (de eindrapportage)") if status.final_report else ""
    if status.state is ReportState.NO_CONTRACT:
        text = tr("Vul de looptijd van het contract in (Leverancier bewerken…) om te zien wanneer "
                  "de jaarrapportage verwacht wordt.")
    elif status.state is ReportState.REVIEWED:
        how = "" if status.review_final else tr(" (concept)")
        text = tr("De jaarrapportage over {year}{final} is besproken{how}. Oordeel over de "
                  "redelijke inspanning: {verdict}.", year=year, final=final, how=how,
                  verdict=verdict_label(status.verdict).lower())
    elif status.state is ReportState.OVERDUE:
        text = tr("De jaarrapportage over {year}{final} had uiterlijk {due} besproken moeten zijn "
                  "({days} dagen geleden). Plan een bespreking.", year=year, final=final, due=due,
                  days=-status.days_left(today))
    elif status.state is ReportState.DUE_SOON:
        text = tr("De jaarrapportage over {year}{final} wordt uiterlijk {due} verwacht (nog {days} "
                  "dagen). Plan een bespreking.", year=year, final=final, due=due,
                  days=status.days_left(today))
    elif year is None:
        text = tr("Er wordt nog geen jaarrapportage verwacht.")
    else:
        text = tr("De jaarrapportage over {year}{final} wordt uiterlijk {due} verwacht.",
                  year=year, final=final, due=due)
    if status.missed:
        years = ", ".join(str(y) for y in status.missed)
        text += " " + tr("Niet besproken: de rapportage over {years}.", years=years)
    return text


def _ink(label: QLabel, colour: str) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)


def _grey(label: QLabel) -> None:
    _ink(label, "#555555")


@dataclass
class _Line:
    """One row of the vertical timeline, after grouping."""

    day: date
    colour: str
    title: str            # rich text
    detail: str = ""      # plain text, may hold line breaks
    shape: str = "dot"    # dot, ring, small, diamond, square
    year_start: bool = False


class _Rail(QWidget):
    """The rail and marker beside one row."""

    def __init__(self, line: _Line, first: bool, last: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.line, self.first, self.last = line, first, last
        self.setFixedWidth(_RAIL)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x, y = self.width() / 2, 11.0
        painter.setPen(QPen(QColor("#c9d0d6"), 2))
        painter.drawLine(QPointF(x, 0 if not self.first else y), QPointF(x, self.height() if not self.last else y))
        colour = QColor(self.line.colour)
        shape = self.line.shape
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
        painter.end()


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
                label = f"{event.year}: {verdict_label(event.verdict).lower()}"
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
        self.list = scrolling(self._new_body())
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
        self.lines: list[_Line] = []
        self.today_row: QWidget | None = None

    def _new_body(self) -> QWidget:
        """An empty container for the rows; ``self.rows`` is its layout."""
        self.rows = QVBoxLayout()
        self.rows.setSpacing(0)
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(4, 4, 12, 4)
        outer.addLayout(self.rows)
        outer.addStretch(1)
        return body

    def clear(self) -> None:
        """Drop the rows now, with every widget in them."""
        self.today_row = None
        self.lines = []
        old = self.list.takeWidget()
        self.list.setWidget(self._new_body())
        if old is not None:
            shiboken6.delete(old)

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
        self.clear()
        self.lines = self._lines(events, today)
        self.empty.setVisible(not events)
        body = self.list.widget()
        body.setUpdatesEnabled(False)
        for n, line in enumerate(self.lines):
            if line.year_start:
                self.rows.addWidget(self._year_header(line.day.year))
            row = self._row(line, n == 0, n == len(self.lines) - 1)
            if line.shape == "ring" and line.colour == DARK:
                self.today_row = row
            self.rows.addWidget(row)
        body.setUpdatesEnabled(True)
        # Recent events matter most: show "today" with what led up to it.
        QTimer.singleShot(0, self, self._show_today)

    def _show_today(self) -> None:
        if self.today_row is not None and shiboken6.isValid(self.today_row):
            self.list.ensureWidgetVisible(self.today_row, 0, self.list.viewport().height() // 3)

    # --- from events to rows ----------------------------------------------------

    def _lines(self, events: list[TimelineEvent], today: date) -> list[_Line]:
        lines: list[_Line] = []
        grouped: dict[tuple, _Line] = {}
        today_placed = False
        for event in events:
            if not today_placed and event.date > today:
                lines.append(_Line(today, DARK, f"<b>{escape(tr('Vandaag'))}</b>", shape="ring"))
                today_placed = True
            key = (event.kind, event.meeting_id, event.status)
            if event.kind in (EventKind.AGREEMENT_MADE, EventKind.AGREEMENT_CLOSED) and key in grouped:
                line = grouped[key]
                line.detail += "\n• " + event.title
                count = line.detail.count("•")
                line.title = self._agreement_title(event, count)
                continue
            line = self._line(event)
            if event.kind in (EventKind.AGREEMENT_MADE, EventKind.AGREEMENT_CLOSED):
                grouped[key] = line
            lines.append(line)
        if not today_placed and events:
            lines.append(_Line(today, DARK, f"<b>{escape(tr('Vandaag'))}</b>", shape="ring"))
        year = None
        for line in lines:
            line.year_start = line.day.year != year
            year = line.day.year
        return lines

    @staticmethod
    def _agreement_title(event: TimelineEvent, count: int) -> str:
        if event.kind is EventKind.AGREEMENT_MADE:
            text = tr("Afspraak gemaakt") if count == 1 else tr("{n} afspraken gemaakt", n=count)
        elif event.status == AgreementStatus.CANCELLED.value:
            text = tr("Afspraak vervallen") if count == 1 else tr("{n} afspraken vervallen", n=count)
        else:
            text = tr("Afspraak afgerond") if count == 1 else tr("{n} afspraken afgerond", n=count)
        return f"<b>{escape(text)}</b>"

    def _line(self, event: TimelineEvent) -> _Line:
        k, title = event.kind, escape(event.title)

        def head(text: str, extra: str = "", colour: str = "") -> str:
            tail = f" — {extra}" if extra else ""
            style = f" style='color:{colour}'" if colour else ""
            return f"<b{style}>{escape(text)}</b>{tail}"

        if k is EventKind.REVIEW:
            colour = VERDICT_COLOURS[event.verdict]
            verdict = tr("oordeel: {verdict}", verdict=verdict_label(event.verdict).lower())
            draft = tr(" (concept)") if event.status == MeetingStatus.DRAFT.value else ""
            return _Line(event.date, colour,
                         head(tr("Jaarrapportage over {year} besproken", year=event.year) + draft)
                         + f" — <b style='color:{colour}'>{escape(verdict)}</b>", event.detail,
                         "ring" if draft else "dot")
        if k is EventKind.MEETING:
            draft = event.status == MeetingStatus.DRAFT.value
            name = kind_label(event.meeting_kind) + (tr(" (concept)") if draft else "")
            return _Line(event.date, BLUE, head(name, title), event.detail,
                         "ring" if draft else "dot")
        if k is EventKind.SIGNAL_RECEIVED:
            return _Line(event.date, RED, head(tr("Signaal ontvangen"), title), event.detail)
        if k is EventKind.ESCALATION_STEP:
            colour = STEP_COLOURS.get(event.status, AMBER)
            return _Line(event.date, colour, head(tr("Stap bij signaal"), title), event.detail,
                         "small")
        if k is EventKind.SIGNAL_CLOSED:
            return _Line(event.date, GREEN, head(tr("Signaal afgesloten"), title), event.detail)
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
                         head(tr("Termijn toezegging"), f"<span style='color:{state[0]}'>"
                              f"{escape(state[1])}</span>") + f"<br/>{title}", event.detail,
                         "small" if event.status else "ring")
        if k is EventKind.REPORT_DUE:
            late = event.status == "overdue"
            text = (tr("Jaarrapportage over {year}: te laat", year=event.year) if late
                    else tr("Jaarrapportage over {year} uiterlijk", year=event.year))
            return _Line(event.date, RED if late else AMBER, head(text, colour=RED if late else ""),
                         tr("Nog niet besproken."), "diamond")
        if k is EventKind.PLAN_OF_ACTION:
            return _Line(event.date, DARK, head(tr("Plan van aanpak")),
                         tr("{n} toezeggingen", n=event.detail) if event.detail else "", "square")
        text = tr("Start contract") if k is EventKind.CONTRACT_START else tr("Einde contract")
        return _Line(event.date, DARK, head(text, title), "", "square")

    # --- widgets -------------------------------------------------------------------

    @staticmethod
    def _year_header(year: int) -> QLabel:
        label = QLabel(str(year))
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 2)
        _ink(label, "#23384d")
        return label

    @staticmethod
    def _row(line: _Line, first: bool, last: bool) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        when = QLabel(short_date(line.day))
        when.setFixedWidth(_DATE_WIDTH)
        when.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        when.setContentsMargins(0, 2, 0, 0)
        _grey(when)  # a palette, not a style sheet: a sheet per label costs ~0.2 ms each
        layout.addWidget(when, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(_Rail(line, first, last))
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 2, 0, 10)
        texts.setSpacing(1)
        title = QLabel(line.title)
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        texts.addWidget(title)
        if line.detail:
            detail = QLabel(line.detail)
            detail.setTextFormat(Qt.TextFormat.PlainText)
            detail.setWordWrap(True)
            _grey(detail)
            texts.addWidget(detail)
        layout.addLayout(texts, 1)
        row.setAccessibleName(f"{short_date(line.day)}: {title.text()}")
        return row
