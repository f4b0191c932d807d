"""The PDF renderer under arbitrary typed text: whatever a person (or a pasted
document) puts in any free-text field, render_minutes returns a PDF or raises
IsvError; nothing else escapes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isv_dialogue.errors import IsvError
from isv_dialogue.minutes import render_minutes

from test_minutes import every_text_field, full_dossier

# Every Unicode character Python can put in a str and JSON can carry (lone
# surrogates cannot be saved as UTF-8), weighted towards markup and layout breakers.
NASTY_BITS = st.sampled_from(["<", ">", "&", "&amp;", "<b>", "</i>", "<br/>", "<para>", "\n",
                              "\t", "\r", "\x00", "\u200b", "\u202e", "\ufeff", "ı", "İ", "🧵",
                              "👨\u200d👩\u200d👧", "e\u0301", "中", "\U0010ffff", " " * 50,
                              "x" * 3000])
TEXT = st.lists(st.text(st.characters(exclude_categories=("Cs",)), max_size=40) | NASTY_BITS,
                max_size=6).map("".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(data=st.data(), lang=st.sampled_from(["nl", "en"]),
       audience=st.sampled_from(["internal", "supplier"]), final=st.booleans())
def test_any_text_in_any_field_renders_or_says_why(content, data, lang, audience, final):
    """A different random text in every free-text field of a full dossier."""
    dossier = full_dossier(final=final)
    every_text_field(dossier, lambda field: data.draw(TEXT, label=field))
    try:
        pdf = render_minutes(dossier, "m1", content, lang=lang, audience=audience)
    except IsvError:
        return
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
