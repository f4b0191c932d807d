"""Progress over the contract period: the annual-report reviews in a dossier,
how they compare year on year, and a timeline of everything that happened.
When a report is due is decided in ``reporting``.

Nothing here imports Qt; the timeline is plain data the interface draws.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .model import AgreementStatus, AnnualReview, Dossier, Meeting, MeetingKind, Presence, Verdict
from .questionnaires import Content, label
from .reporting import ReportFacts, ReportStatus, ReviewFact, report_due, reporting_years, status_from


# --- reviews --------------------------------------------------------------------

def reviews(dossier: Dossier) -> list[Meeting]:
    """Annual-report reviews, oldest reporting year first."""
    found = [m for m in dossier.meetings
             if m.kind is MeetingKind.ANNUAL_REVIEW and m.review is not None]
    return sorted(found, key=lambda m: (m.review.contract_year, m.date, m.created_at))


def review_for(dossier: Dossier, year: int) -> Meeting | None:
    """The review of the report over ``year``: a final one before a draft, then the latest."""
    found = [m for m in reviews(dossier) if m.review.contract_year == year]
    found.sort(key=lambda m: (m.is_final, m.date, m.created_at))
    return found[-1] if found else None


def previous_review(dossier: Dossier, meeting: Meeting) -> Meeting | None:
    """The review of the latest reporting year before this review's year."""
    if meeting.review is None:
        return None
    years = {m.review.contract_year for m in reviews(dossier)
             if m.id != meeting.id and m.review.contract_year < meeting.review.contract_year}
    return review_for(dossier, max(years)) if years else None


def report_facts(dossier: Dossier) -> ReportFacts:
    """What the report status needs of a dossier, for ``reporting.status_from``."""
    years = sorted({m.review.contract_year for m in reviews(dossier)})
    chosen = [review_for(dossier, y) for y in years]
    return ReportFacts(dossier.supplier.contract_start, dossier.supplier.contract_end,
                       tuple(ReviewFact(m.review.contract_year, m.id, m.is_final, m.review.verdict)
                             for m in chosen if m is not None))


def report_status(dossier: Dossier, today: date) -> ReportStatus:
    return status_from(report_facts(dossier), today)


# --- year on year -------------------------------------------------------------

@dataclass(frozen=True)
class ContentChange:
    part_id: str
    before: Presence | None
    after: Presence | None


@dataclass(frozen=True)
class ReviewComparison:
    """What changed since the previous review: its verdict, the report parts
    whose presence changed, and the commitments met now that were not then."""

    previous: Meeting
    previous_year: int
    previous_verdict: Verdict | None
    contents_changed: list[ContentChange] = field(default_factory=list)
    newly_met: list[str] = field(default_factory=list)
    still_not_met: list[str] = field(default_factory=list)


def compare(dossier: Dossier, meeting: Meeting, part_ids: list[str]) -> ReviewComparison | None:
    """This review against the previous year's; None when there is no earlier review."""
    previous = previous_review(dossier, meeting)
    if previous is None or meeting.review is None:
        return None
    before, now = previous.review, meeting.review
    changed = []
    for part_id in part_ids + [p for p in now.contents if p not in part_ids]:
        a, b = _presence(before, part_id), _presence(now, part_id)
        if a != b:
            changed.append(ContentChange(part_id, a, b))
    order = [c.id for c in dossier.supplier.commitments]
    order += [c for c in now.commitments if c not in order]
    newly = [c for c in order if _met(now, c) is True and _met(before, c) is not True]
    still = [c for c in order if _met(now, c) is False and _met(before, c) is False]
    return ReviewComparison(previous, before.contract_year, before.verdict, changed, newly, still)


def _presence(review: AnnualReview, part_id: str) -> Presence | None:
    check = review.contents.get(part_id)
    return check.presence if check else None


def _met(review: AnnualReview, commitment_id: str) -> bool | None:
    check = review.commitments.get(commitment_id)
    return check.met if check else None


# --- the timeline -------------------------------------------------------------

class EventKind(StrEnum):
    CONTRACT_START = "contract_start"
    PLAN_OF_ACTION = "plan_of_action"
    MEETING = "meeting"
    REVIEW = "review"
    COMMITMENT_DUE = "commitment_due"
    SIGNAL_RECEIVED = "signal_received"
    ESCALATION_STEP = "escalation_step"
    SIGNAL_CLOSED = "signal_closed"
    AGREEMENT_MADE = "agreement_made"
    AGREEMENT_CLOSED = "agreement_closed"
    REPORT_DUE = "report_due"
    CONTRACT_END = "contract_end"


_KIND_ORDER = {kind: n for n, kind in enumerate(EventKind)}


@dataclass(frozen=True)
class TimelineEvent:
    """One thing on the timeline. ``title`` and ``detail`` are the record's own
    words (or the content's labels in the asked language); the interface adds
    what kind of event it is. ``ref`` is the id of the record itself; ``meeting_id``
    the meeting it happened in and ``signal_id`` the signal of a step.
    ``status`` is a value the interface colours by: a meeting's status, a
    step's kind, an agreement's end status, a commitment's last check
    (met / not_met / not_due / "") or a report's state (overdue / due)."""

    date: date
    kind: EventKind
    title: str = ""
    detail: str = ""
    ref: str = ""
    meeting_id: str = ""
    signal_id: str = ""
    meeting_kind: MeetingKind | None = None
    verdict: Verdict | None = None
    year: int | None = None
    status: str = ""


def timeline(dossier: Dossier, content: Content, today: date, lang: str = "nl") -> list[TimelineEvent]:
    """Everything that happened over the contract period, oldest first."""
    events = _contract_events(dossier, today)
    events += _meeting_events(dossier, content, lang)
    events += _signal_events(dossier, content, lang)
    events += _agreement_events(dossier)
    return sorted(events, key=lambda e: (e.date, _KIND_ORDER[e.kind], e.title.casefold()))


def _contract_events(dossier: Dossier, today: date) -> list[TimelineEvent]:
    supplier = dossier.supplier
    events = []
    if supplier.contract_start:
        events.append(TimelineEvent(supplier.contract_start, EventKind.CONTRACT_START,
                                    supplier.contract_reference))
    if supplier.contract_end:
        events.append(TimelineEvent(supplier.contract_end, EventKind.CONTRACT_END,
                                    supplier.contract_reference))
    if supplier.plan_of_action_date:
        events.append(TimelineEvent(supplier.plan_of_action_date, EventKind.PLAN_OF_ACTION,
                                    detail=str(len(supplier.commitments))))
    latest = _latest_checks(dossier)
    for commitment in supplier.commitments:
        if commitment.due is None:
            continue
        check = latest.get(commitment.id)
        status = ("" if check is None else "met" if check.met is True
                  else "not_met" if check.met is False else "not_due" if check.not_due else "")
        events.append(TimelineEvent(commitment.due, EventKind.COMMITMENT_DUE, commitment.text,
                                    check.comment if check else "", ref=commitment.id,
                                    status=status))
    for year in reporting_years(supplier, today.year):  # up to the year now running
        due = report_due(supplier, year)
        if review_for(dossier, year) is None:
            events.append(TimelineEvent(due, EventKind.REPORT_DUE, str(year), year=year,
                                        status="overdue" if due < today else "due"))
    return events


def _latest_checks(dossier: Dossier) -> dict:
    """Per commitment, its check in the latest review that assessed it."""
    found = {}
    for meeting in reviews(dossier):
        for cid, check in meeting.review.commitments.items():
            if check.met is not None or check.not_due or cid not in found:
                found[cid] = check
    return found


def _meeting_events(dossier: Dossier, content: Content, lang: str) -> list[TimelineEvent]:
    events = []
    for meeting in dossier.meetings:
        try:
            questionnaire = content.questionnaire(meeting.questionnaire_id,
                                                  meeting.questionnaire_version)
            topics = ", ".join(t.title.get(lang) for t in questionnaire.topics
                               if t.id in meeting.topics)
        except Exception:  # an unknown questionnaire must not hide the meeting
            topics = ""
        status = meeting.status.value
        if meeting.kind is MeetingKind.ANNUAL_REVIEW and meeting.review is not None:
            review = meeting.review
            events.append(TimelineEvent(
                meeting.date, EventKind.REVIEW, str(review.contract_year),
                _first_line(review.verdict_reasons), ref=meeting.id, meeting_id=meeting.id,
                meeting_kind=meeting.kind, verdict=review.verdict, year=review.contract_year,
                status=status))
        else:
            events.append(TimelineEvent(meeting.date, EventKind.MEETING, topics,
                                        _first_line(meeting.notes), ref=meeting.id,
                                        meeting_id=meeting.id, meeting_kind=meeting.kind,
                                        status=status))
    return events


def _signal_events(dossier: Dossier, content: Content, lang: str) -> list[TimelineEvent]:
    guide = content.signals
    events = []
    for signal in dossier.signals:
        where = label(guide.chain_positions, signal.chain_position, lang)
        norm = label(guide.norms, signal.norm, lang) if signal.norm else ""
        events.append(TimelineEvent(signal.received, EventKind.SIGNAL_RECEIVED,
                                    _first_line(signal.description),
                                    " · ".join(p for p in (where, norm) if p),
                                    ref=signal.id, signal_id=signal.id))
        for step in signal.steps:
            events.append(TimelineEvent(step.date, EventKind.ESCALATION_STEP,
                                        label(guide.steps, step.kind, lang),
                                        _first_line(step.reason), ref=step.id, signal_id=signal.id,
                                        status=step.kind))
        if not signal.is_open and signal.closed_on is not None:
            events.append(TimelineEvent(signal.closed_on, EventKind.SIGNAL_CLOSED,
                                        label(guide.outcomes, signal.outcome, lang)
                                        if signal.outcome else "",
                                        _first_line(signal.description), ref=signal.id,
                                        signal_id=signal.id, status=signal.outcome))
    return events


def _agreement_events(dossier: Dossier) -> list[TimelineEvent]:
    events = []
    for agreement in dossier.agreements:
        made = dossier.meeting(agreement.made_in)
        if made is not None:
            events.append(TimelineEvent(made.date, EventKind.AGREEMENT_MADE,
                                        _first_line(agreement.text), agreement.owner,
                                        ref=agreement.id, meeting_id=made.id,
                                        status=AgreementStatus.OPEN.value))
        if agreement.is_open or not agreement.updates:
            continue
        last = agreement.updates[-1]
        closed_in = dossier.meeting(last.meeting_id)
        if closed_in is not None and last.status is not AgreementStatus.OPEN:
            events.append(TimelineEvent(closed_in.date, EventKind.AGREEMENT_CLOSED,
                                        _first_line(agreement.text), _first_line(last.note),
                                        ref=agreement.id, meeting_id=closed_in.id,
                                        status=last.status.value))
    return events


def _first_line(text: str, limit: int = 160) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"

