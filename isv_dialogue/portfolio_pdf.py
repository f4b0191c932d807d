"""The portfolio overview as a one-page PDF for a manager.

    pdf: bytes = render_portfolio(rows, today, lang="nl")

Landscape A4, the same columns and words as the table on screen
(``portfolio.cell_text``), a title with the date. It is always one page: the
font shrinks (down to ``MIN_FONT_SIZE``) until every row fits; beyond that the
rows that fit are shown and a last line says how many more there are ("en 12
meer"). Typed text goes through the minutes' fonts (``minutes.fonts``: the
embedded DejaVu family with per-character fallback), so any supplier name
prints exactly as typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timezone
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table
from reportlab.platypus import TableStyle
from reportlab.platypus.doctemplate import LayoutError

from .errors import IsvError
from .i18n import _
from .minutes import fonts
from .minutes.layout import BLUE, GREY, HEAD_BG, INK, RULE
from .minutes.strings import Words
from .portfolio import COLUMNS, HEADERS, PortfolioRow, ReportState, cell_text

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN_X = 14 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 14 * mm
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
BODY_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

FONT_SIZES = (8.5, 8, 7.5, 7, 6.5, 6)
MIN_FONT_SIZE = FONT_SIZES[-1]
NAME_LIMIT = 90    # characters of a typed name shown; a PDF line is no place for more

# Shares of the body width, in the order of portfolio.COLUMNS.
_WIDTHS = (0.24, 0.115, 0.085, 0.085, 0.235, 0.15, 0.09)
RED = colors.HexColor("#a3231c")
AMBER = colors.HexColor("#8a5a00")

_WORDS = {
    "nl": {"title": "Portefeuille-overzicht internationale sociale voorwaarden",
           "as_of": "Stand per {date}",
           "count": "{n} leveranciers", "count_one": "1 leverancier",
           "of": "{shown} van {total} leveranciers", "selection": "selectie: {what}",
           "more": "\u2026 en {n} meer (niet op deze pagina; de CSV-export bevat alle regels).",
           "more_one": "\u2026 en 1 meer (niet op deze pagina; de CSV-export bevat alle regels).",
           "none": "Er zijn geen leveranciers om te tonen.",
           "problems": "{n} bestand(en) in de gegevensmap konden niet worden gelezen en "
                       "ontbreken hier.",
           "footer": "ISV-dialoog \u00b7 intern overzicht \u00b7 {date}"},
    "en": {"title": "Portfolio overview international social conditions",
           "as_of": "As of {date}",
           "count": "{n} suppliers", "count_one": "1 supplier",
           "of": "{shown} of {total} suppliers", "selection": "selection: {what}",
           "more": "\u2026 and {n} more (not on this page; the CSV export holds every row).",
           "more_one": "\u2026 and 1 more (not on this page; the CSV export holds every row).",
           "none": "There are no suppliers to show.",
           "problems": "{n} file(s) in the data folder could not be read and are missing here.",
           "footer": "ISV-dialoog \u00b7 internal overview \u00b7 {date}"},
}


def _styles(size: float) -> tuple[ParagraphStyle, ParagraphStyle]:
    leading = round(size * 1.22, 2)
    cell = ParagraphStyle("pf_cell", fontName=fonts.SANS, fontSize=size, leading=leading,
                          textColor=INK, splitLongWords=1)
    head = ParagraphStyle("pf_head", cell, fontName=fonts.SANS_BOLD, textColor=BLUE)
    return cell, head


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= NAME_LIMIT else text[:NAME_LIMIT - 1].rstrip() + "\u2026"


def _cell(row: PortfolioRow, column: str, lang: str, style: ParagraphStyle) -> Paragraph:
    text = fonts.markup(_clip(cell_text(row, column, lang)))
    colour = None
    if column == "report":
        if row.report_overdue:
            colour = RED
        elif row.report_state is ReportState.DUE_SOON:
            colour = AMBER
    elif column == "agreements" and row.overdue_agreements:
        colour = RED
    if column == "name" or (column == "signals" and row.open_signals):
        text = f"<b>{text}</b>"
    if colour is not None:
        text = f'<font color="{colour.hexval()}">{text}</font>'
    return Paragraph(text, style)


def _table(rows: Sequence[PortfolioRow], lang: str, size: float) -> Table:
    cell, head = _styles(size)
    headers = HEADERS.get(lang, HEADERS["nl"])
    data = [[Paragraph(fonts.markup(headers[c]), head) for c in COLUMNS]]
    data += [[_cell(r, c, lang, cell) for c in COLUMNS] for r in rows]
    pad = max(1.2, size * 0.25)
    table = Table(data, colWidths=[w * BODY_WIDTH for w in _WIDTHS], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 0.6),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, BLUE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")]),
    ]))
    return table


def _height(flowables: list) -> float:
    total = 0.0
    for f in flowables:
        h = f.wrap(BODY_WIDTH, BODY_HEIGHT * 10)[1]
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _fit(rows: Sequence[PortfolioRow], lang: str, room: float,
         words: dict) -> tuple[list, int]:
    """The table (and the "en N meer" line) that fits ``room``; and how many rows it shows."""
    for size in FONT_SIZES:
        table = _table(rows, lang, size)
        if _height([table]) <= room:
            return [table], len(rows)
    cell = _styles(MIN_FONT_SIZE)[0]
    more_style = ParagraphStyle("pf_more", cell, textColor=GREY, spaceBefore=3)

    def attempt(n: int) -> list:
        rest = len(rows) - n
        note = words["more_one"] if rest == 1 else words["more"].format(n=rest)
        return [_table(rows[:n], lang, MIN_FONT_SIZE), Paragraph(note, more_style)]

    low, high = 0, len(rows) - 1          # the largest n whose attempt fits
    while low < high:
        mid = (low + high + 1) // 2
        if _height(attempt(mid)) <= room:
            low = mid
        else:
            high = mid - 1
    return attempt(low), low


def render_portfolio(rows: Sequence[PortfolioRow], today: date, lang: str = "nl", *,
                     total: int | None = None, selection: str = "",
                     unreadable: int = 0) -> bytes:
    """The rows, in the given order, on one landscape A4 page; the PDF's bytes.

    ``total`` is the number of suppliers before filtering (when a filter is
    on), ``selection`` a few words saying which filter, ``unreadable`` the
    number of files that could not be read."""
    fonts.register_main()
    words = _WORDS.get(lang, _WORDS["nl"])
    date_words = Words(lang if lang in ("nl", "en") else "nl")
    base = _styles(9)[0]
    title_style = ParagraphStyle("pf_title", base, fontName=fonts.SANS_BOLD, fontSize=15,
                                 leading=19, textColor=BLUE, spaceAfter=1)
    sub_style = ParagraphStyle("pf_sub", base, fontSize=9, leading=12, textColor=GREY,
                               spaceAfter=6)
    parts = [words["as_of"].format(date=date_words.date(today)),
             _count(words, len(rows), total)]
    if selection:
        parts.append(words["selection"].format(what=selection))
    if unreadable:
        parts.append(words["problems"].format(n=unreadable))
    head = [Paragraph(fonts.markup(words["title"]), title_style),
            Paragraph(fonts.markup("  \u00b7  ".join(parts)), sub_style)]
    room = BODY_HEIGHT - _height(head) - 2
    if rows:
        body = _fit(list(rows), lang, room, words)[0]
    else:
        body = [Spacer(1, 6), Paragraph(words["none"], base)]
    footer = words["footer"].format(date=date_words.short_date(today))
    return _build(head + body, today, lang, words["title"], footer)


def _count(words: dict, shown: int, total: int | None) -> str:
    if total is not None and total != shown:
        return words["of"].format(shown=shown, total=total)
    return words["count_one"] if shown == 1 else words["count"].format(n=shown)


def _build(story: list, today: date, lang: str, title: str, footer: str) -> bytes:
    """The one-page PDF of ``story``, with the page furniture; the same bytes for the same day."""
    def furniture(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(BLUE)
        canvas.rect(MARGIN_X, PAGE_HEIGHT - 8 * mm, 14 * mm, 2 * mm, stroke=0, fill=1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, 9 * mm + 8, PAGE_WIDTH - MARGIN_X, 9 * mm + 8)
        canvas.setFillColor(GREY)
        canvas.setFont(fonts.SANS, 7)
        canvas.drawString(MARGIN_X, 9 * mm, footer)
        canvas.restoreState()

    class _Canvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["invariant"] = 1
            kwargs["initialFontName"] = fonts.SANS  # no stray Helvetica reference
            super().__init__(*args, **kwargs)
            stamp = datetime(today.year, today.month, today.day, tzinfo=timezone.utc)
            self.setDateFormatter(lambda *_args: stamp.strftime("D:%Y%m%d%H%M%S+00'00'"))

    buffer = BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_X,
                          rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
                          title=title, author="", creator="ISV-dialoog",
                          producer="ISV-dialoog (ReportLab)", lang=lang, invariant=1)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, BODY_WIDTH, BODY_HEIGHT, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=furniture)])
    try:
        doc.build(story, canvasmaker=_Canvas)
    except LayoutError as exc:  # a safety net: _fit measures before building
        raise IsvError(_("Het overzicht kan niet worden opgemaakt ({problem}).",
                         problem=exc)) from None
    return buffer.getvalue()
