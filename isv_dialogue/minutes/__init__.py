"""The minutes of a meeting as a PDF (issue 4).

    from isv_dialogue.minutes import render_minutes
    pdf: bytes = render_minutes(dossier, meeting_id, content, lang="nl", audience="internal")

Two editions: ``internal`` (everything) and ``supplier`` (without internal notes,
the internal note on the supplier, and the source and channel of signals). Two
languages for every fixed text and the questionnaire wording: ``nl`` and ``en``.
A draft carries a CONCEPT (en: DRAFT) watermark; a final one renders to the same
bytes every time from the same data, dated ``meeting.finalised_at``.

Modules: ``fonts`` (embedded TTFs, per-character fallback, escaping typed text),
``strings`` (fixed text NL/EN, dates), ``layout`` (page, styles, furniture, tables),
``story`` (what each section says).
"""

from __future__ import annotations

from io import BytesIO

from reportlab.platypus.doctemplate import LayoutError

from ..errors import IsvError, NotFoundError, QuestionnaireError
from ..i18n import _
from ..model import Dossier, MeetingKind, utc_now
from ..questionnaires import Content
from . import layout
from .story import Story
from .strings import STRINGS, Words

__all__ = ["render_minutes", "LANGUAGES", "AUDIENCES"]

LANGUAGES = tuple(STRINGS)
AUDIENCES = ("internal", "supplier")


def render_minutes(dossier: Dossier, meeting_id: str, content: Content, *,
                   lang: str = "nl", audience: str = "internal") -> bytes:
    """Render the minutes of one meeting of the dossier; returns the PDF bytes."""
    if lang not in LANGUAGES:
        raise IsvError(_("Onbekende taal '{lang}' voor het verslag; kies nl of en.", lang=lang))
    if audience not in AUDIENCES:
        raise IsvError(_("Onbekende uitgave '{audience}' voor het verslag; kies internal of "
                         "supplier.", audience=audience))
    meeting = dossier.meeting(meeting_id)
    if meeting is None:
        raise NotFoundError(_("Gesprek '{id}' bestaat niet bij leverancier '{supplier}'.",
                              id=meeting_id, supplier=dossier.supplier.name))
    try:
        questionnaire = content.questionnaire(meeting.questionnaire_id, meeting.questionnaire_version)
    except QuestionnaireError:
        if meeting.kind is not MeetingKind.SIGNAL:
            raise
        questionnaire = None  # a signal discussion needs no questionnaire

    words = Words(lang)
    internal = audience == "internal"
    styles = layout.make_styles()
    story = Story(dossier, meeting, content, questionnaire, words, styles, internal).build()

    supplier = " ".join(dossier.supplier.name[:300].split())
    title = f"{words('kind.' + meeting.kind.value)} \u2013 {supplier}"
    furniture = layout.Furniture(
        header_left=f"{supplier}  \u00b7  {words('kind.' + meeting.kind.value)}",
        header_right=words.date(meeting.date),
        footer_left=(("" if meeting.is_final else f"{words('watermark')}  \u00b7  ")
                     + words("edition.internal_mark" if internal else "edition.supplier_mark")),
        page_format=words("page"),
        watermark=None if meeting.is_final else words("watermark"),
        internal=internal,
    )
    document_date = meeting.finalised_at if meeting.is_final else utc_now()
    buffer = BytesIO()
    doc = layout.MinutesDoc(buffer, furniture, title=title, subject=words("subtitle"), author="",
                            creator="ISV-dialoog", producer="ISV-dialoog (ReportLab)", lang=lang)
    try:
        doc.build(story, canvasmaker=layout.numbered_canvas(furniture, document_date))
    except LayoutError as exc:  # a safety net: every typed text is meant to fit (see tests)
        raise IsvError(_("Het verslag kan niet worden opgemaakt ({problem}).", problem=exc)) from None
    return buffer.getvalue()


