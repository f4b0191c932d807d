"""The minutes measure text with a width table of their own (``fonts._Font``), for
speed; every width must be the float reportlab's own TTFont would give, or lines
would break elsewhere than reportlab would break them."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from isv_dialogue.minutes import fonts

NOBODY_HAS = "\U0010fffd"  # drawn as a white square by the main family (fonts._substitute)
SAMPLES = ["", "Verslag", "Çalışkan İş ğ ı ş", "Łódź żółć", "Tiếng Việt", "中文 😀",
           "a" * 500, "x\u00a0y\u2009z", NOBODY_HAS + "ab" + NOBODY_HAS]


def test_text_is_measured_as_reportlab_measures_it():
    fonts.register_main()
    family = [pdfmetrics.getFont(name) for name in
              (fonts.SANS, fonts.SANS_BOLD, fonts.SANS_ITALIC, fonts.SANS_BOLD_ITALIC)]
    for font in family:
        font.stringWidth(NOBODY_HAS, 9.5)  # remembered before ...
    fonts.runs(NOBODY_HAS)  # ... it is drawn as a square, with the square's width
    for font in family:
        for text in SAMPLES:
            for size in (7.5, 9.5, 14):
                assert font.stringWidth(text, size) == TTFont.stringWidth(font, text, size), text
        assert font.stringWidth("Verslag".encode(), 9.5) == TTFont.stringWidth(font, "Verslag", 9.5)
