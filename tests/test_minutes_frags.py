"""The minutes' shared markup parse (isv_dialogue/minutes/frags.py) gives every
paragraph exactly the fragments reportlab's own parser gives it: same texts,
fonts, sizes and colours, and the same error for markup reportlab refuses. It
leans on reportlab's parser internals, so this is what catches a reportlab
release that changes them."""

from __future__ import annotations

import random

import pytest
from reportlab.platypus.paragraph import Paragraph

from isv_dialogue.minutes import fonts, layout, render_minutes
from test_minutes import full_dossier

PIECES = list("ab cd  EF\n\t&<>\"'.;#x/=") + [
    "\xa0", "&amp;", "中文", "😀", "👨\u200d👩", "e\u0301", "İş", "\u2028", "\r\n", "   ",
    "&#160;", "<br/>", "\x01", "\ue000", "\ue001", "&#57344;"]
WRAPPERS = ["{}", "<font color='#5c5c5c'>Leverancier:</font> {}",
            "{}<br/><font size='7.5' color='#5c5c5c'>x y</font>", "<b>{}</b>", "<i>{}</i> tail",
            "<b>Niet:</b> {}&#160;&#160;·&#160;&#160;{}", "  {}  ",
            "<font color='#5c5c5c'>{}</font> <font color='#1e6b34'><b>{}</b></font>"]


def fragments(paragraph: Paragraph) -> list[tuple[str, dict]]:
    return [(type(f).__name__, {k: repr(v) for k, v in f.__dict__.items()}) for f in paragraph.frags]


def assert_parsed_alike(text: str, style) -> None:
    try:
        expected = Paragraph(text, style)
    except ValueError as refused:
        with pytest.raises(ValueError) as ours:
            layout.Para(text, style)
        assert str(ours.value) == str(refused)
        return
    ours = layout.Para(text, style)
    assert ours.text == expected.text
    assert fragments(ours) == fragments(expected), text


def test_every_paragraph_of_real_minutes_is_parsed_as_reportlab_parses_it(content, monkeypatch):
    seen: list[tuple[str, object]] = []
    original = layout.Para.__init__

    def remember(self, text, style, *args, **kwargs):
        if text is not None and kwargs.get("frags") is None:
            seen.append((text, style))
        original(self, text, style, *args, **kwargs)

    monkeypatch.setattr(layout.Para, "__init__", remember)
    dossier = full_dossier()
    for lang, audience in (("nl", "internal"), ("en", "supplier")):
        render_minutes(dossier, dossier.meetings[0].id, content, lang=lang, audience=audience)
    monkeypatch.setattr(layout.Para, "__init__", original)
    assert len(seen) > 100
    for text, style in seen:
        assert_parsed_alike(text, style)


def test_random_markup_is_parsed_as_reportlab_parses_it():
    styles = layout.make_styles()
    choices = [getattr(styles, name) for name in styles.__dataclass_fields__]
    rng = random.Random(7)
    for _ in range(1500):
        wrapper = rng.choice(WRAPPERS)
        parts = []
        for _ in range(wrapper.count("{}")):
            raw = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))
            parts.append(fonts.markup(raw) if rng.random() < 0.8 else raw)
        assert_parsed_alike(wrapper.format(*parts), rng.choice(choices))
