"""The rules of a meeting: what it starts with, what it carries over, what is
missing, and when it may become final.

The wizard in ``ui/`` only asks these functions; nothing here knows about Qt.
Gaps are returned as data (a kind and the ids involved), not as sentences, so
the interface can word them in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from . import questionnaires as qn
from .errors import FinalisedError, IsvError
from .i18n import _
from .model import (Agreement, AgreementStatus, AgreementUpdate, Amendment, Answer,
                    AnnualReview, Dossier, Meeting, MeetingKind, MeetingStatus, Side,
                    SignalDiscussion, Supplier, new_id)
from .questionnaires import Content, Questionnaire

# A signal discussion has no questionnaire of its own: it uses the dialogue
# questions, of which "Incidenten" is the one that fits a signal.
KIND_QUESTIONNAIRE = {
    MeetingKind.DIALOGUE: qn.DIALOGUE,
    MeetingKind.ANNUAL_REVIEW: qn.ANNUAL_REVIEW,
    MeetingKind.SIGNAL: qn.DIALOGUE,
}
SIGNAL_TOPICS = ("incidenten",)
EARLIEST_YEAR = 2000


class MeetingIncompleteError(IsvError):
    """A meeting lacks what its minutes cannot do without."""


def questionnaire_for(kind: MeetingKind, content: Content) -> Questionnaire:
    return content.questionnaire(KIND_QUESTIONNAIRE[kind])


def default_topics(kind: MeetingKind, content: Content) -> list[str]:
    """Topics ticked when a meeting of this kind starts; the buyer may change them."""
    topics = [t.id for t in questionnaire_for(kind, content).topics]
    if kind is MeetingKind.SIGNAL:
        return [t for t in topics if t in SIGNAL_TOPICS]
    return topics


def new_meeting(kind: MeetingKind, content: Content, today: date,
                dossier: Dossier | None = None) -> Meeting:
    questionnaire = questionnaire_for(kind, content)
    meeting = Meeting(id=new_id(), date=today, kind=kind, questionnaire_id=questionnaire.id,
                      questionnaire_version=questionnaire.version)
    change_kind(meeting, kind, content, dossier)
    return meeting


def change_kind(meeting: Meeting, kind: MeetingKind, content: Content,
                dossier: Dossier | None = None) -> None:
    """Switch a draft to another kind. What was typed stays in the meeting; only
    the questionnaire, the ticked topics and the kind's own parts change."""
    _ensure_draft(meeting)
    questionnaire = questionnaire_for(kind, content)
    meeting.kind = kind
    meeting.questionnaire_id = questionnaire.id
    meeting.questionnaire_version = questionnaire.version
    meeting.topics = default_topics(kind, content)
    if kind is MeetingKind.ANNUAL_REVIEW and meeting.review is None:
        # The report reviewed in a year covers the contract year before it.
        meeting.review = AnnualReview(contract_year=meeting.date.year - 1)
    if kind is MeetingKind.SIGNAL and dossier is not None:
        for signal in dossier.open_signals():
            meeting.signal_discussions.setdefault(signal.id, SignalDiscussion())


def topics_in_order(meeting: Meeting, content: Content) -> list[qn.Topic]:
    """The ticked topics, in the questionnaire's order."""
    questionnaire = content.questionnaire(meeting.questionnaire_id, meeting.questionnaire_version)
    return [t for t in questionnaire.topics if t.id in meeting.topics]


@dataclass(frozen=True)
class PreviousAnswer:
    meeting: Meeting
    answer: Answer


def _order(meeting: Meeting) -> tuple[date, datetime]:
    return (meeting.date, meeting.created_at)


def previous_answer(dossier: Dossier, item_id: str, before: Meeting) -> PreviousAnswer | None:
    """What was said about a point the last time it was discussed before ``before``."""
    for meeting in dossier.meetings_newest_first():
        if meeting.id == before.id or _order(meeting) >= _order(before):
            continue
        answer = meeting.answers.get(item_id)
        if answer is not None and answer.discussed:
            return PreviousAnswer(meeting, answer)
    return None


# --- agreements --------------------------------------------------------------

def carried_agreements(dossier: Dossier, meeting: Meeting) -> list[Agreement]:
    """Agreements from earlier meetings to look at again in this one: the ones
    still open, and the ones whose state was already recorded in this meeting."""
    made_later = {m.id for m in dossier.meetings if _order(m) > _order(meeting)}
    carried = [a for a in dossier.agreements
               if a.made_in != meeting.id and a.made_in not in made_later
               and (a.is_open or update_for(a, meeting.id) is not None)]
    return sorted(carried, key=lambda a: (a.due or date.max, a.text.casefold()))


def new_agreements(dossier: Dossier, meeting: Meeting) -> list[Agreement]:
    return [a for a in dossier.agreements if a.made_in == meeting.id]


def update_for(agreement: Agreement, meeting_id: str) -> AgreementUpdate | None:
    return next((u for u in agreement.updates if u.meeting_id == meeting_id), None)


def record_update(agreement: Agreement, meeting_id: str, status: AgreementStatus,
                  note: str = "", changed: bool = False) -> None:
    """Record how an agreement stands in a meeting; one update per meeting, so
    changing one's mind during the meeting replaces it."""
    clear_update(agreement, meeting_id)
    agreement.updates.append(AgreementUpdate(meeting_id, status, note, changed))
    agreement.status = status


def clear_update(agreement: Agreement, meeting_id: str) -> None:
    """Forget this meeting's update; the agreement goes back to how it stood before."""
    agreement.updates = [u for u in agreement.updates if u.meeting_id != meeting_id]
    agreement.status = agreement.updates[-1].status if agreement.updates else AgreementStatus.OPEN


def add_agreement(dossier: Dossier, meeting: Meeting, text: str = "", owner: str = "",
                  due: date | None = None) -> Agreement:
    agreement = Agreement(id=new_id(), text=text, made_in=meeting.id, owner=owner, due=due)
    dossier.agreements.append(agreement)
    return agreement


# --- gaps --------------------------------------------------------------------

class GapKind(StrEnum):
    NO_BUYER = "no_buyer"
    NO_SUPPLIER = "no_supplier"
    NO_TOPICS = "no_topics"
    POINT_NOT_DISCUSSED = "point_not_discussed"
    POINT_NOT_ASSESSED = "point_not_assessed"
    AGREEMENT_NO_TEXT = "agreement_no_text"
    AGREEMENT_NO_OWNER = "agreement_no_owner"
    AGREEMENT_NO_DUE = "agreement_no_due"
    AGREEMENT_NOT_REVIEWED = "agreement_not_reviewed"
    REPORT_PART_UNCHECKED = "report_part_unchecked"
    NO_VERDICT = "no_verdict"
    SIGNAL_NOT_DISCUSSED = "signal_not_discussed"


@dataclass(frozen=True)
class Gap:
    """Something the minutes will show as missing. ``ref`` is the id of the
    point, agreement, report part or signal; ``topic`` the topic of a point."""

    kind: GapKind
    ref: str = ""
    topic: str = ""


def gaps(meeting: Meeting, dossier: Dossier, content: Content) -> list[Gap]:
    return (_participant_gaps(meeting) + _point_gaps(meeting, content)
            + _agreement_gaps(meeting, dossier) + _kind_gaps(meeting, dossier, content))


def _participant_gaps(meeting: Meeting) -> list[Gap]:
    """The buyer is always there; the supplier need not be when a report is reviewed
    at the desk."""
    sides = {p.side for p in meeting.participants if p.name.strip()}
    desk_review = meeting.kind is MeetingKind.ANNUAL_REVIEW
    return ([Gap(GapKind.NO_BUYER)] if Side.BUYER not in sides else []) + \
           ([Gap(GapKind.NO_SUPPLIER)] if Side.SUPPLIER not in sides and not desk_review else [])


def _point_gaps(meeting: Meeting, content: Content) -> list[Gap]:
    topics = topics_in_order(meeting, content)
    if not topics:
        return [Gap(GapKind.NO_TOPICS)]
    found = []
    for topic in topics:
        for point in topic.points:
            answer = meeting.answers.get(point.id, Answer())
            if not answer.discussed:
                found.append(Gap(GapKind.POINT_NOT_DISCUSSED, point.id, topic.id))
            elif answer.assessment is None:
                found.append(Gap(GapKind.POINT_NOT_ASSESSED, point.id, topic.id))
    return found


def _agreement_gaps(meeting: Meeting, dossier: Dossier) -> list[Gap]:
    found = [Gap(GapKind.AGREEMENT_NOT_REVIEWED, a.id)
             for a in carried_agreements(dossier, meeting) if update_for(a, meeting.id) is None]
    for agreement in new_agreements(dossier, meeting):
        if not agreement.text.strip():
            found.append(Gap(GapKind.AGREEMENT_NO_TEXT, agreement.id))
        if not agreement.owner.strip():
            found.append(Gap(GapKind.AGREEMENT_NO_OWNER, agreement.id))
        if agreement.due is None:
            found.append(Gap(GapKind.AGREEMENT_NO_DUE, agreement.id))
    return found


def _kind_gaps(meeting: Meeting, dossier: Dossier, content: Content) -> list[Gap]:
    found = []
    if meeting.kind is MeetingKind.ANNUAL_REVIEW:
        review = meeting.review or AnnualReview(contract_year=meeting.date.year - 1)
        for part in content.annual_review.required:
            check = review.contents.get(part.id)
            if check is None or check.presence is None:
                found.append(Gap(GapKind.REPORT_PART_UNCHECKED, part.id))
        if review.verdict is None:
            found.append(Gap(GapKind.NO_VERDICT))
    if meeting.kind is MeetingKind.SIGNAL:
        for signal in dossier.open_signals():
            said = meeting.signal_discussions.get(signal.id, SignalDiscussion())
            if not (said.said.strip() or said.decided.strip()):
                found.append(Gap(GapKind.SIGNAL_NOT_DISCUSSED, signal.id))
    return found


# --- finalising and amending -------------------------------------------------

def finalise(meeting: Meeting, now: datetime) -> None:
    """Make a draft final. Gaps are the buyer's call (the review page shows
    them); refused only are what makes minutes meaningless: no date yet
    reached, or nobody recorded on a side that must be there."""
    _ensure_draft(meeting)
    if meeting.date > now.date():
        raise MeetingIncompleteError(_(
            "Een gesprek met een datum in de toekomst kan nog niet definitief worden gemaakt."))
    missing = {g.kind for g in _participant_gaps(meeting)}
    if missing:
        raise MeetingIncompleteError(_(
            "Vul eerst in wie er bij het gesprek waren, van beide kanten van de tafel "
            "(bij een toets van de jaarrapportage volstaat de opdrachtgever)."))
    meeting.status = MeetingStatus.FINAL
    meeting.finalised_at = now
    meeting.resume_page = ""


def amend(meeting: Meeting, reason: str, text: str, now: datetime) -> Amendment:
    """Record a correction to a final meeting beside it, with its time."""
    if not meeting.is_final:
        raise IsvError(_("Een concept past u gewoon aan; een correctie is voor een definitief verslag."))
    if not reason.strip() or not text.strip():
        raise IsvError(_("Een correctie heeft een reden en een tekst nodig."))
    amendment = Amendment(at=now, reason=reason.strip(), text=text.strip())
    meeting.amendments.append(amendment)
    return amendment


def _ensure_draft(meeting: Meeting) -> None:
    if meeting.is_final:
        raise FinalisedError(_(
            "Dit verslag is definitief; leg een wijziging vast als correctie met een reden."))


def drafts(dossier: Dossier) -> list[Meeting]:
    """Unfinished meetings, newest first: the ones the buyer can resume."""
    return [m for m in dossier.meetings_newest_first() if not m.is_final]


# --- suppliers ---------------------------------------------------------------

class SupplierProblem(StrEnum):
    NO_NAME = "no_name"
    END_BEFORE_START = "end_before_start"
    DATE_OUT_OF_RANGE = "date_out_of_range"


def supplier_problems(supplier: Supplier) -> list[tuple[str, SupplierProblem]]:
    """What keeps a supplier from being saved, as (field name, problem)."""
    found = []
    if not supplier.name.strip():
        found.append(("name", SupplierProblem.NO_NAME))
    for name in ("contract_start", "contract_end", "plan_of_action_date"):
        value = getattr(supplier, name)
        if value is not None and not EARLIEST_YEAR <= value.year <= 2100:
            found.append((name, SupplierProblem.DATE_OUT_OF_RANGE))
    start, end = supplier.contract_start, supplier.contract_end
    if start and end and end < start:
        found.append(("contract_end", SupplierProblem.END_BEFORE_START))
    return found


# --- signals in any meeting ----------------------------------------------------

def shows_signals_page(meeting: Meeting, dossier: Dossier) -> bool:
    """Whether the wizard shows the signals step. A signal can be discussed in
    any meeting: always in a signal meeting, in any other while the supplier has
    open signals, and in a meeting that already recorded a discussion (so the
    words stay reachable after the signal closed)."""
    if meeting.kind is MeetingKind.SIGNAL or dossier.open_signals():
        return True
    return any(t.said.strip() or t.decided.strip() for t in meeting.signal_discussions.values())


# --- minutes files ---------------------------------------------------------------

def minutes_file_name(meeting: Meeting, audience: str) -> str:
    """A file name to suggest for a meeting's minutes, saying which edition and
    whether it is a draft: ``verslag-2025-03-07-intern-concept.pdf``. Built from
    the date and fixed words only, never from typed text."""
    edition = "leverancier" if audience == "supplier" else "intern"
    status = "definitief" if meeting.is_final else "concept"
    return f"verslag-{meeting.date:%Y-%m-%d}-{edition}-{status}.pdf"
