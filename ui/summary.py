"""The review page's overview of a whole meeting, as escaped HTML."""

from __future__ import annotations

from html import escape

from isv_dialogue import meetings as rules
from isv_dialogue.model import Answer, Dossier, Meeting, Side, SignalDiscussion, TopicNotes
from isv_dialogue.questionnaires import Content

from .dates import long_date
from .i18n import LANGUAGE, tr
from .labels import assessment_label, kind_label, presence_label
from .report_labels import verdict_label

INTERNAL_STYLE = "background-color:#fff4d6;"


def _text(value: str) -> str:
    """Typed text, safe in HTML, with its line breaks."""
    return escape(value.strip()).replace("\n", "<br>") or "<i>—</i>"


def meeting_summary_html(meeting: Meeting, dossier: Dossier, content: Content) -> str:
    parts = [_header(meeting, dossier)]
    if meeting.review is not None and meeting.kind.value == "annual_review":
        parts.append(_review(meeting, content))
    parts += [_topic(meeting, topic) for topic in rules.topics_in_order(meeting, content)]
    parts.append(_signals(meeting, dossier))
    parts.append(_agreements(meeting, dossier))
    return "".join(parts)


def _header(meeting: Meeting, dossier: Dossier) -> str:
    people = {side: ", ".join(escape(p.name + (f" ({p.role})" if p.role else ""))
                              for p in meeting.participants if p.side is side) or "—"
              for side in Side}
    return (f"<h2>{escape(kind_label(meeting.kind))} — {escape(dossier.supplier.name)}</h2>"
            f"<p>{tr('Datum')}: {long_date(meeting.date)}"
            + (f" · {tr('Plaats')}: {escape(meeting.location)}" if meeting.location.strip() else "")
            + f"<br>{tr('Namens de opdrachtgever')}: {people[Side.BUYER]}"
            f"<br>{tr('Namens de leverancier')}: {people[Side.SUPPLIER]}</p>")


def _review(meeting: Meeting, content: Content) -> str:
    review = meeting.review
    rows = "".join(
        f"<li>{escape(part.text.get(LANGUAGE))}: <b>"
        f"{presence_label(review.contents[part.id].presence if part.id in review.contents else None)}"
        f"</b></li>" for part in content.annual_review.required)
    return (f"<h3>{tr('Jaarrapportage over {year}', year=review.contract_year)}</h3><ul>{rows}</ul>"
            f"<p>{tr('Redelijke inspanning')}: <b>{verdict_label(review.verdict)}</b><br>"
            f"{_text(review.verdict_reasons)}</p>")


def _topic(meeting: Meeting, topic) -> str:
    rows = []
    for point in topic.points:
        answer = meeting.answers.get(point.id, Answer())
        state = assessment_label(answer.assessment) if answer.discussed else tr("Niet besproken")
        said = f"<br>{_text(answer.supplier_answer)}" if answer.supplier_answer.strip() else ""
        rows.append(f"<li>{escape(point.text.get(LANGUAGE))}: <b>{state}</b>{said}</li>")
    notes = meeting.topic_notes.get(topic.id, TopicNotes())
    extra = f"<p>{_text(notes.notes)}</p>" if notes.notes.strip() else ""
    if notes.internal_notes.strip():
        extra += (f"<p style='{INTERNAL_STYLE}'><b>{tr('Intern')}:</b> "
                  f"{_text(notes.internal_notes)}</p>")
    return f"<h3>{escape(topic.title.get(LANGUAGE))}</h3><ul>{''.join(rows)}</ul>{extra}"


def _signals(meeting: Meeting, dossier: Dossier) -> str:
    if not meeting.signal_discussions:
        return ""
    rows = []
    for signal in dossier.signals:
        talk = meeting.signal_discussions.get(signal.id)
        if talk is None or talk == SignalDiscussion():
            continue
        rows.append(f"<li><b>{escape(signal.description)}</b><br>{tr('Gezegd')}: {_text(talk.said)}"
                    f"<br>{tr('Besloten')}: {_text(talk.decided)}</li>")
    return f"<h3>{tr('Signalen')}</h3><ul>{''.join(rows)}</ul>" if rows else ""


def _agreements(meeting: Meeting, dossier: Dossier) -> str:
    rows = []
    for agreement in rules.carried_agreements(dossier, meeting):
        update = rules.update_for(agreement, meeting.id)
        state = tr("Nog niet nagelopen") if update is None else (
            tr("Gewijzigd") if update.changed else
            {"open": tr("Loopt nog"), "done": tr("Afgerond"), "cancelled": tr("Vervallen")}[update.status])
        rows.append(f"<li>{escape(agreement.text)} — <b>{state}</b></li>")
    for agreement in rules.new_agreements(dossier, meeting):
        rows.append(f"<li>{tr('Nieuw')}: {escape(agreement.text) or '—'} · "
                    f"{tr('wie')}: {escape(agreement.owner) or '—'} · "
                    f"{tr('uiterlijk')}: {long_date(agreement.due)}</li>")
    body = "".join(rows) or f"<li>{tr('Geen afspraken.')}</li>"
    return f"<h3>{tr('Afspraken')}</h3><ul>{body}</ul>"
