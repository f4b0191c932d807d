"""How long the minutes take to render, against bare reportlab on the same text.

    .venv/bin/python benchmarks/bench_minutes.py

Prints the median of several runs for: a full realistic meeting (every topic,
agreements, a signal with steps), the same meeting final in English for the
supplier, and a meeting whose notes are one 60,000-character word. "Bare" is
reportlab's SimpleDocTemplate rendering the same text (taken from our PDF with
pdftotext, outside the timing) as plain Paragraphs in the same embedded font file,
loaded as reportlab's own TTFont,
measured in the same run; the ratio is ours / bare. No assertions: figures only.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from benchmarks.timing import median_seconds  # noqa: E402
from isv_dialogue.minutes import fonts, render_minutes  # noqa: E402
from isv_dialogue.questionnaires import load_content  # noqa: E402
from test_minutes import full_dossier  # noqa: E402

RUNS = 7


def text_of(pdf: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(pdf)
        handle.flush()
        return subprocess.run(["pdftotext", "-enc", "UTF-8", handle.name, "-"],
                              capture_output=True, text=True, check=True).stdout


BARE_SANS = "BareDejaVuSans"


def _bare_font() -> str:
    """The minutes' main font file as reportlab's own TTFont, not the app's faster
    measuring subclass (isv_dialogue/minutes/fonts.py): the baseline stays bare."""
    try:
        pdfmetrics.getFont(BARE_SANS)
    except KeyError:
        pdfmetrics.registerFont(TTFont(BARE_SANS, str(fonts.fonts_dir() / "DejaVuSans.ttf")))
    return BARE_SANS


def bare(text: str) -> bytes:
    style = ParagraphStyle("b", fontName=_bare_font(), fontSize=9.5, leading=13.5)
    story = [Paragraph(fonts.markup(block), style) for block in text.split("\n\n") if block.strip()]
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page ")


def main() -> None:
    content = load_content()
    start = time.perf_counter()
    render_minutes(full_dossier(), "m1", content)
    print(f"first render in this process (fonts loaded): {time.perf_counter() - start:.3f} s")

    long_word = full_dossier(final=True)
    long_word.meetings[1].notes = "".join(chr(97 + (i * 7) % 26) for i in range(60_000))
    cases = [
        ("full meeting, nl, internal, draft", full_dossier(), {}),
        ("full meeting, en, supplier, final", full_dossier(final=True),
         {"lang": "en", "audience": "supplier"}),
        ("notes of one 60,000-character word", long_word, {}),
    ]
    print(f"{'case':40} {'pages':>5} {'ours':>9} {'bare':>9} {'ratio':>6}")
    for name, dossier, kwargs in cases:
        pdf = render_minutes(dossier, "m1", content, **kwargs)
        text = text_of(pdf)
        ours = median_seconds(lambda: render_minutes(dossier, "m1", content, **kwargs), RUNS)
        plain = median_seconds(lambda: bare(text), RUNS)
        print(f"{name:40} {pages(pdf):>5} {ours * 1000:>7.1f}ms {plain * 1000:>7.1f}ms "
              f"{ours / plain:>6.2f}")


if __name__ == "__main__":
    main()
