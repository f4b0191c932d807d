"""Fonts for the minutes, and turning typed text into safe Paragraph markup.

The main family is DejaVu Sans (regular, bold, oblique, bold oblique): it has
every Latin letter a supplier name can hold (Turkish ş ğ ı İ, Polish, Vietnamese).
Characters it lacks fall back, one run at a time, to Droid Sans Fallback (Chinese,
Japanese, Korean) and then to Symbola (monochrome emoji and symbols). A character
no font has (an emoji newer than Unicode 9) is drawn as a white square, but keeps
its own code in the PDF's text layer, so copying or searching finds what was typed.

All four files live in ``resources/fonts/`` with their licences beside them.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from .. import paths
from ..errors import IsvError
from ..i18n import _

SANS = "IsvSans"
SANS_BOLD = "IsvSans-Bold"
SANS_ITALIC = "IsvSans-Italic"
SANS_BOLD_ITALIC = "IsvSans-BoldItalic"
CJK = "IsvCJK"
SYMBOLS = "IsvSymbols"

_FAMILY = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_FALLBACKS = {CJK: "DroidSansFallbackFull.ttf", SYMBOLS: "Symbola.ttf"}
FALLBACK_ORDER = (CJK, SYMBOLS)


def fonts_dir() -> Path:
    return paths.resources_dir() / "fonts"


class _Widths(dict[str, float]):
    """A face's advance widths keyed by the character itself, filled as characters are met."""

    def __init__(self, face: ttfonts.TTFontFace):
        super().__init__()
        self.face = face

    def __missing__(self, char: str) -> float:
        width = self[char] = self.face.charWidths.get(ord(char), self.face.defaultWidth)
        return width


class _Font(TTFont):
    """A TTFont that measures text faster, to the same widths.

    Breaking the lines of a paragraph measures every word (~8,000 for the minutes of a
    big meeting), and reportlab's own measure, in Python, calls ord() and looks up each
    character through a generator. Here the characters are looked up directly in a
    table of the same widths, summed in the same order: the same float, in less than
    half the time per word.
    """

    def __init__(self, name: str, filename: str):
        super().__init__(name, filename)
        self.widths = _Widths(self.face)

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        if not isinstance(text, str):
            text = text.decode(encoding or "utf8")
        return 0.001 * size * sum(map(self.widths.__getitem__, text))


def _register(name: str, filename: str) -> TTFont:
    try:
        return pdfmetrics.getFont(name)  # type: ignore[return-value]
    except KeyError:
        pass
    path = fonts_dir() / filename
    try:
        font = _Font(name, str(path))
    except (OSError, ttfonts.TTFError) as exc:
        raise IsvError(_("Het lettertype {name} kan niet geladen worden ({problem}).",
                         name=filename, problem=exc)) from None
    pdfmetrics.registerFont(font)
    return font


@cache
def register_main() -> None:
    """Register the main family so that <b> and <i> in markup find their faces."""
    _patch_to_unicode()
    for name, filename in _FAMILY.items():
        _register(name, filename)
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD,
                                  italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC)


@cache
def _fallback(name: str) -> frozenset[int]:
    """Register one fallback font (only when a text needs it) and return its coverage."""
    font = _register(name, _FALLBACKS[name])
    # Fallback faces have no bold or italic: <b> around them keeps the one face.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(name, bold, italic, name)
    return frozenset(font.face.charToGlyph)


@cache
def _main_coverage() -> frozenset[int]:
    register_main()
    font = pdfmetrics.getFont(SANS)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, writing code points above U+FFFF as UTF-16.

    reportlab 4 writes ``<%04X>``, which turns an emoji such as U+1F600 into five
    hex digits that PDF readers take as U+1F60: copying text from the PDF would then
    give the wrong character. This is the same CMap with correct UTF-16BE values.
    """
    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", "<00> <%02X>" % (len(subset) - 1), "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *("<%02X> <%s>" % (i, utf16(v)) for i, v in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ]
    return "\n".join(lines)


def _patch_to_unicode() -> None:
    if getattr(ttfonts.makeToUnicodeCMap, "__name__", "") != _to_unicode_cmap.__name__:
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap


# Characters that never need a font of their own: they join the run before them.
_JOINERS = frozenset({0x200C, 0x200D, *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)})


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(text: str) -> str:
    """Line ends to \\n, tabs to spaces; control characters (never visible) dropped,
    lone surrogates (not text at all) shown as U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    text = _CONTROL.sub("", text)
    return _SURROGATE.sub("\ufffd", text)


_BOX = 0x25A1  # WHITE SQUARE


@cache
def _substitute(code: int) -> None:
    """Let the main family draw a character no font has as a white square.

    Left alone, reportlab would draw the empty .notdef glyph, which PDF readers skip
    when copying text. Mapped to the square's glyph instead, the character still
    keeps its own code in the PDF's text layer: copying gives back what was typed.
    """
    for name in _FAMILY:
        font = pdfmetrics.getFont(name)
        face = font.face  # type: ignore[attr-defined]
        glyph = face.charToGlyph.get(_BOX)
        if glyph is not None:
            face.charToGlyph[code] = glyph
            face.charWidths[code] = face.charWidths.get(_BOX, face.defaultWidth)
            font.widths.pop(chr(code), None)  # type: ignore[attr-defined]


@cache
def _main_chars() -> frozenset[str]:
    """The characters the main family draws itself (and the line break), as strings,
    so that a whole text is checked in one set operation instead of a Python loop."""
    return frozenset(map(chr, _main_coverage())) | {"\n"}


def runs(text: str) -> list[tuple[str, str | None]]:
    """Split text into (chunk, font) runs: font None for the main family, else the first
    fallback font that has the characters. Joiners and variation selectors stay with the
    run before them."""
    if _main_chars().issuperset(text):  # the usual case: Latin, Turkish, Polish, Vietnamese
        return [(text, None)] if text else []
    main = _main_coverage()
    result: list[tuple[str, str | None]] = []
    run: list[str] = []
    run_font: str | None = None
    for char in text:
        code = ord(char)
        if code in main or char == "\n":
            font = None
        elif code in _JOINERS:
            run.append(char)
            continue
        else:
            font = next((name for name in FALLBACK_ORDER if code in _fallback(name)), None)
            if font is None:
                _substitute(code)
        if font != run_font and run:
            result.append(("".join(run), run_font))
            run.clear()
        run_font = font
        run.append(char)
    if run:
        result.append(("".join(run), run_font))
    return result


def markup(text: str) -> str:
    """Typed text as Paragraph markup: escaped once, newlines as <br/>, and every run
    of characters the main font lacks wrapped in the fallback font that has them."""
    text = _clean(text)
    if text.isascii():
        return escape(text).replace("\n", "<br/>")
    parts = []
    for chunk, font in runs(text):
        chunk = escape(chunk).replace("\n", "<br/>")
        parts.append(chunk if font is None else f'<font name="{font}">{chunk}</font>')
    return "".join(parts)
