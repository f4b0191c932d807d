"""The look of the minutes: A4 page, styles, page furniture and table helpers.

Restrained on purpose: one dark blue for headings and rules, grey for labels,
black text, tinted boxes only for what is internal. Headings keep with what
follows; tables repeat their header row and may split inside a tall row, so no
typed text can be too long for a page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate, Flowable, Frame, KeepTogether, LongTable, PageTemplate, Paragraph, Spacer,
    Table, TableStyle,
)

from . import fonts
from .frags import parse as parse_frags

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 25 * mm
MARGIN_BOTTOM = 22 * mm
BODY_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

BLUE = colors.HexColor("#154273")       # headings, rules
INK = colors.HexColor("#1a1a1a")        # body text
GREY = colors.HexColor("#5c5c5c")       # labels, furniture
RULE = colors.HexColor("#b9c3cf")       # table lines
HEAD_BG = colors.HexColor("#e8eef5")    # table header rows
INTERNAL_BG = colors.HexColor("#fbf3e2")  # internal notes
INTERNAL_RULE = colors.HexColor("#c8962e")
WATERMARK = colors.HexColor("#c0392b")

ASSESSMENT_COLOURS = {
    "sufficient": "#1e6b34",
    "needs_improvement": "#8a5a00",
    "insufficient": "#a3231c",
}


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    kicker: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    question: ParagraphStyle
    answer: ParagraphStyle
    quiet: ParagraphStyle
    right: ParagraphStyle
    # One style per kind of paragraph, not one per paragraph: paragraphs of one style
    # share the parse of their markup's shape (see ``frags``).
    question_head: ParagraphStyle  # an answered question, beside its assessment
    point_head: ParagraphStyle     # an answered point of attention, likewise
    no_answer: ParagraphStyle      # "no details" under an answered item
    box_head: ParagraphStyle       # the heading of an internal note
    box_body: ParagraphStyle       # its text


def make_styles() -> Styles:
    fonts.register_main()
    base = ParagraphStyle("body", fontName=fonts.SANS, fontSize=9.5, leading=13.5,
                          textColor=INK, spaceAfter=4, splitLongWords=1, allowWidows=0,
                          allowOrphans=0)
    small = ParagraphStyle("small", base, fontSize=8.5, leading=11.5)
    question = ParagraphStyle("question", base, fontName=fonts.SANS_ITALIC, leftIndent=10,
                              bulletIndent=0, spaceAfter=2)
    quiet = ParagraphStyle("quiet", base, fontSize=8.5, leading=11.5, textColor=GREY)
    return Styles(
        body=base,
        small=small,
        label=ParagraphStyle("label", base, fontSize=8.5, leading=11.5, textColor=GREY, spaceAfter=0),
        cell=ParagraphStyle("cell", base, fontSize=8.5, leading=11.5, spaceAfter=0),
        cell_head=ParagraphStyle("cell_head", base, fontName=fonts.SANS_BOLD, fontSize=8.5,
                                 leading=11.5, textColor=BLUE, spaceAfter=0),
        kicker=ParagraphStyle("kicker", base, fontName=fonts.SANS_BOLD, fontSize=8.5, leading=11,
                              textColor=BLUE, spaceAfter=6),
        title=ParagraphStyle("title", base, fontName=fonts.SANS_BOLD, fontSize=19, leading=24,
                             textColor=BLUE, spaceAfter=4),
        subtitle=ParagraphStyle("subtitle", base, fontSize=12, leading=16, textColor=INK,
                                spaceAfter=14),
        h1=ParagraphStyle("h1", base, fontName=fonts.SANS_BOLD, fontSize=13, leading=17,
                          textColor=BLUE, spaceBefore=16, spaceAfter=7, keepWithNext=1),
        h2=ParagraphStyle("h2", base, fontName=fonts.SANS_BOLD, fontSize=10.5, leading=14,
                          textColor=BLUE, spaceBefore=11, spaceAfter=4, keepWithNext=1),
        h3=ParagraphStyle("h3", base, fontName=fonts.SANS_BOLD, fontSize=9.5, leading=13.5,
                          textColor=INK, spaceBefore=7, spaceAfter=2, keepWithNext=1),
        question=question,
        answer=ParagraphStyle("answer", base, leftIndent=10, spaceAfter=6),
        quiet=quiet,
        right=ParagraphStyle("right", base, fontSize=8.5, leading=11.5, alignment=TA_RIGHT,
                             spaceAfter=0),
        question_head=ParagraphStyle("question_head", question, leftIndent=0, spaceAfter=0),
        point_head=ParagraphStyle("point_head", base, fontName=fonts.SANS_BOLD, spaceAfter=0),
        no_answer=ParagraphStyle("no_answer", quiet, leftIndent=10),
        box_head=ParagraphStyle("box_head", small, textColor=INTERNAL_RULE, spaceAfter=2),
        box_body=ParagraphStyle("box_body", base, spaceAfter=0),
    )


def table(rows: Sequence[Sequence[Flowable]], widths: Sequence[float]) -> LongTable:
    """A ruled table of Paragraph cells: header row repeated, rows split when too tall."""
    t = LongTable([list(r) for r in rows], colWidths=list(widths), repeatRows=1,
                  splitInRow=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, BLUE),
    ]))
    return t


def facts(rows: Sequence[tuple[Flowable, Flowable]], label_width: float = 42 * mm) -> Table:
    """Label/value pairs without a header, as on the first page of a letter."""
    t = LongTable([list(r) for r in rows], colWidths=[label_width, BODY_WIDTH - label_width],
                  splitInRow=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return t


def boxed(content: list[Flowable], *, internal: bool) -> KeepTogether:
    """A tinted box (internal notes): kept on one page when it fits on one, else split
    across pages like any table."""
    t = LongTable([[content]], colWidths=[BODY_WIDTH], splitInRow=1, hAlign="LEFT")
    bg = INTERNAL_BG if internal else HEAD_BG
    rule = INTERNAL_RULE if internal else BLUE
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LINEBEFORE", (0, 0), (0, -1), 2, rule),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return KeepTogether([t])


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether([f for f in flowables if f is not None])


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)


@dataclass(frozen=True)
class Furniture:
    """What every page shows besides the content."""

    header_left: str      # plain text: supplier and kind of meeting
    header_right: str     # plain text: date
    footer_left: str      # edition mark
    page_format: str      # "pagina {page} van {pages}"
    watermark: str | None  # CONCEPT on drafts
    internal: bool


def _draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float,
               align: str = "left", max_width: float | None = None) -> None:
    """Draw one line of furniture text (may hold typed text: shortened to fit, with fallback
    fonts per run so a Chinese supplier name still shows)."""
    runs = _runs(text)
    width = sum(canvas.stringWidth(t, f or font, size) for t, f in runs)
    if max_width is not None and width > max_width:
        while runs and width > max_width - canvas.stringWidth("\u2026", font, size):
            t, f = runs[-1]
            runs[-1] = (t[:-1], f)
            if not runs[-1][0]:
                runs.pop()
            width = sum(canvas.stringWidth(t, f or font, size) for t, f in runs)
        runs.append(("\u2026", None))
        width = sum(canvas.stringWidth(t, f or font, size) for t, f in runs)
    if align == "right":
        x -= width
    for t, f in runs:
        canvas.setFont(f or font, size)
        canvas.drawString(x, y, t)
        x += canvas.stringWidth(t, f or font, size)


def _runs(text: str) -> list[tuple[str, str | None]]:
    """Split furniture text into (chunk, fallback font or None) runs."""
    text = " ".join(text[:400].split())  # furniture is one short line; the rest is cut anyway
    if text.isascii():
        return [(text, None)]
    return fonts.runs(text)


def page_callback(furniture: Furniture) -> Callable[[Canvas, BaseDocTemplate], None]:
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        if furniture.watermark:
            # A span whose actual text is empty, so copying or extracting the
            # page's text does not pick up stray letters of the rotated word.
            canvas._code.append("/Span <</ActualText ()>> BDC")
            canvas.setFillColor(WATERMARK)
            canvas.setFillAlpha(0.13)
            canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            canvas.rotate(50)
            canvas.setFont(fonts.SANS_BOLD, 104)
            canvas.drawCentredString(0, -36, furniture.watermark)
            canvas.setFillAlpha(1)
            canvas.rotate(-50)
            canvas.translate(-PAGE_WIDTH / 2, -PAGE_HEIGHT / 2)
            canvas._code.append("EMC")
        top = PAGE_HEIGHT - 13 * mm
        if doc.page > 1:
            canvas.setFillColor(GREY)
            half = BODY_WIDTH * 0.62
            _draw_text(canvas, MARGIN_LEFT, top, furniture.header_left, fonts.SANS, 8,
                       max_width=half)
            _draw_text(canvas, PAGE_WIDTH - MARGIN_RIGHT, top, furniture.header_right, fonts.SANS, 8,
                       align="right", max_width=BODY_WIDTH - half - 10)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.line(MARGIN_LEFT, top - 4, PAGE_WIDTH - MARGIN_RIGHT, top - 4)
        else:
            canvas.setFillColor(BLUE)
            canvas.rect(MARGIN_LEFT, PAGE_HEIGHT - 12 * mm, 14 * mm, 2.2 * mm, stroke=0, fill=1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        bottom = 12 * mm
        canvas.line(MARGIN_LEFT, bottom + 9, PAGE_WIDTH - MARGIN_RIGHT, bottom + 9)
        if furniture.internal:
            canvas.setFillColor(INTERNAL_RULE)
            _draw_text(canvas, MARGIN_LEFT, bottom, furniture.footer_left, fonts.SANS_BOLD, 7.5)
        else:
            canvas.setFillColor(GREY)
            _draw_text(canvas, MARGIN_LEFT, bottom, furniture.footer_left, fonts.SANS, 7.5)
        canvas.restoreState()
    return draw


def numbered_canvas(furniture: Furniture, document_date: datetime | None) -> type[Canvas]:
    """A canvas class that writes "pagina X van Y" once all pages are known, and fixes the
    document date and id so that the same final minutes give the same bytes."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["invariant"] = 1
            kwargs["initialFontName"] = fonts.SANS  # else an unused Helvetica is referenced
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            if document_date is not None:
                stamp = document_date.strftime("D:%Y%m%d%H%M%S+00'00'")
                self.setDateFormatter(lambda *_: stamp)

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFillColor(GREY)
                self.setFont(fonts.SANS, 7.5)
                self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, 12 * mm,
                                     furniture.page_format.format(page=self._pageNumber, pages=total))
                super().showPage()
            super().save()

    return NumberedCanvas


class MinutesDoc(BaseDocTemplate):
    def __init__(self, buffer, furniture: Furniture, **kwargs):
        super().__init__(buffer, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, invariant=1, **kwargs)
        frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, BODY_WIDTH,
                      PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                            onPage=page_callback(furniture))])


class Para(Paragraph):
    """A Paragraph that shares the parse of its markup's shape with other paragraphs of
    the same style (see ``frags``), and remembers its line breaks for the last width it
    was wrapped at.

    Tables, KeepTogether and keep-with-next groups wrap the same paragraph several
    times at the same width (a table cell: to size its row, again when the table is
    split or kept together, again to draw it). Breaking the lines depends only on the
    text, the style and the width, so the second and later wraps at that width give
    back what the first computed: the same lines, the same PDF, a third of the time.
    """

    _memo: tuple | None = None

    def __init__(self, text: str | None, style: ParagraphStyle, bulletText: str | None = None,
                 frags: list | None = None, **kwargs):
        if frags is None and text is not None:  # a split part comes with its fragments
            parsed = parse_frags(text, style)
            if parsed is not None:
                text, frags = parsed
        super().__init__(text, style, bulletText, frags, **kwargs)

    def wrap(self, availWidth, availHeight):
        memo = self._memo
        if memo is not None and memo[0] == availWidth:
            (_, self.width, self.height, self.blPara, self._wrapWidths,
             self._width_max) = memo
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._memo = (availWidth, width, height, self.blPara, self._wrapWidths,
                      getattr(self, "_width_max", 0))
        return width, height


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """Fixed or already-marked-up text."""
    return Para(text, style)


def user(text: str, style: ParagraphStyle) -> Paragraph:
    """Typed text, exactly as typed."""
    return Para(fonts.markup(text), style)
