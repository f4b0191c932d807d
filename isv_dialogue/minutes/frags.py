"""Paragraph fragments for the minutes' markup, parsed once per shape and style.

reportlab parses every Paragraph's markup with an HTML parser: ~20 µs for a plain
cell, ~100 µs for a typed answer with a few line breaks, about a seventh of the whole
render. What the parser makes of a text between two tags does not depend on that text:
it becomes one fragment whose text is the data, unchanged, with the font, size and
colour that the tags around it and the style give. So paragraphs that differ only in
their texts (every plain cell of a table, every answer with two line breaks) share one
parse: the markup's *shape* (its tags and entities, each text between them replaced by
a placeholder) is parsed by reportlab itself, once per style, and each paragraph gets
copies of those fragments with its own texts in place of the placeholders.

Only the tags the minutes write (``b``, ``i``, ``br``, ``font`` with quoted attributes)
and complete entities are recognised; any other markup, and any shape whose placeholders
do not come back one per fragment, is parsed as reportlab always does.
"""

from __future__ import annotations

import re
import weakref

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaFrag, ParaParser

_TOKEN = re.compile(
    r"(</?(?:b|i|font)(?:\s+[a-z]+=(?:'[^'<>&]*'|\"[^\"<>&]*\"))*\s*>|<br\s*/>"
    r"|&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#x[0-9a-fA-F]+);)")

# Placeholders from the Private Use Area: they never occur in a shape's own markup,
# which holds only tags and entities.
_PLACEHOLDERS = range(0xE000, 0xF900)

# A fragment to copy, and which of the paragraph's texts it takes (None: its own text,
# from an entity or a line break).
Template = list[tuple[ParaFrag, int | None]]

# Per style, per shape: the parsed fragments, or None where the parser must see the text.
# Keyed weakly by the style object: the styles are made for each render, so what is
# remembered lasts one render and holds no typed text (a shape has none).
_SHAPES: weakref.WeakKeyDictionary[ParagraphStyle, dict[str, Template | None]] = (
    weakref.WeakKeyDictionary())


def parse(text: str, style: ParagraphStyle) -> tuple[str, list[ParaFrag]] | None:
    """The cleaned text and its fragments, as Paragraph would make them; None when the
    markup is not one this module can take apart (the caller lets reportlab parse it)."""
    text = cleanBlockQuotedText(text)
    split = _shape(text)
    if split is None:
        return None
    shape, texts = split
    per_style = _SHAPES.setdefault(style, {})
    if shape not in per_style:
        per_style[shape] = _template(shape, len(texts), style)
    template = per_style[shape]
    if template is None:
        return None
    # clone() is the shallow copy the parser itself makes of a fragment for each text:
    # the lists in it (links, underlines) are shared, and only read.
    frags = [frag.clone() if slot is None else frag.clone(text=texts[slot])
             for frag, slot in template]
    textTransformFrags(frags, style)
    return text, frags


def _shape(text: str) -> tuple[str, list[str]] | None:
    """The markup with each text between tags and entities replaced by a placeholder,
    and those texts; None if it holds a tag or an ampersand this module does not know."""
    shape, texts = [], []
    for i, part in enumerate(_TOKEN.split(text)):
        if i % 2:
            shape.append(part)
        elif "<" in part or "&" in part:
            return None
        elif part:
            if len(texts) == len(_PLACEHOLDERS):
                return None
            shape.append(chr(_PLACEHOLDERS[len(texts)]))
            texts.append(part)
    return "".join(shape), texts


def _template(shape: str, slots: int, style: ParagraphStyle) -> Template | None:
    """Parse a shape as Paragraph would; None unless each placeholder came back as the
    whole text of exactly one fragment, in order."""
    parser = ParaParser()
    parser.caseSensitive = 1  # as Paragraph sets it
    try:
        parsed_style, frags, bullets = parser.parse(shape, style)
    except ValueError:  # bad markup: reportlab says so again, about the real text
        return None
    if frags is None or bullets or parsed_style is not style:
        return None
    template: Template = []
    for frag in frags:
        code = ord(frag.text) - _PLACEHOLDERS[0] if len(frag.text) == 1 else -1
        template.append((frag, code if 0 <= code < slots else None))
    if [slot for _, slot in template if slot is not None] != list(range(slots)):
        return None
    return template
