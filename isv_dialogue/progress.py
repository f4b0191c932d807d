"""Progress over the contract period: when the annual report is due, how the
reviews compare year on year, and a timeline of everything that happened.

The annual report and its due date
----------------------------------
The guidance says the supplier reports "jaarlijks (of bij afronding in geval van
een korter lopende opdracht)". This module makes that a rule:

* A **reporting year** is a calendar year in which the contract runs. The
  report over year *Y* covers the contract's part of *Y*;
  ``AnnualReview.contract_year`` holds that *Y* (a calendar year, not "the
  second contract year"). A review held in 2026 is, by default, of the report
  over 2025 (``meetings.change_kind``).
* The report over *Y* is **due by 30 June of Y+1**: half a year after the year
  closes, the time companies take for their own annual and sustainability
  reports (Dutch annual accounts must be drawn up within five months).
* **At the end of the contract** no report waits that long: every report is
  due at the latest **three months after the contract ends**. So the final
  report over the last (part) year is due three months after the end date.
* A contract that **starts after June** reports on its first months together
  with the next calendar year (the report over *start year + 1*), so no
  report covers only a few weeks.
* A **short contract** (twelve months or less) has a single report over the
  whole contract, filed under the year it ends, due three months after the end.
* A report counts as **reviewed** when an annual-report review (draft or final)
  exists for its year. From sixty days before its due date an unreviewed report
  is **due soon**; after the due date it is **overdue**.
* Without a contract start date no report is ever claimed to be due: the
  status is ``NO_CONTRACT`` unless last year's report was reviewed anyway.

Nothing here imports Qt; the timeline is plain data the interface draws.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .model import (AgreementStatus, AnnualReview, Dossier, Meeting, MeetingKind, Presence,
                    Supplier, Verdict)
from .questionnaires import Content, label

REPORT_DUE_MONTH, REPORT_DUE_DAY = 6, 30   # the report over Y is due 30 June of Y+1
FINAL_REPORT_MONTHS = 3                    # ... and never later than 3 months after the end
SHORT_CONTRACT_MONTHS = 12                 # up to this long: one report at completion
LATE_START_MONTH = 6                       # started after June: first report with next year's
DUE_SOON_DAYS = 60


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


# --- reporting years and due dates --------------------------------------------

def is_short_contract(supplier: Supplier) -> bool:
    start, end = supplier.contract_start, supplier.contract_end
    return bool(start and end and end < _add_months(start, SHORT_CONTRACT_MONTHS))


def reporting_years(supplier: Supplier, until: int) -> list[int]:
    """The calendar years a report is owed for, up to and including ``until``
    (an open-ended contract has no last year). Empty without a start date."""
    start, end = supplier.contract_start, supplier.contract_end
    if start is None:
        return []
    if is_short_contract(supplier):
        assert end is not None
        return [end.year] if end.year <= until else []
    first = start.year if start.month <= LATE_START_MONTH else start.year + 1
    last = min(end.year, until) if end else until
    return list(range(first, last + 1))


def report_due(supplier: Supplier, year: int) -> date:
    """When the report over ``year`` must be in (see the module's rule)."""
    due = date(year + 1, REPORT_DUE_MONTH, REPORT_DUE_DAY)
    end = supplier.contract_end
    if end is not None and year <= end.year:
        due = min(due, _add_months(end, FINAL_REPORT_MONTHS))
    return due


def _year_closed(supplier: Supplier, year: int, today: date) -> bool:
    """Whether the period a report covers is over, so the report can be asked for."""
    end = supplier.contract_end
    return year < today.year or (end is not None and end < today and year <= end.year)


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


class ReportState(StrEnum):
    NO_CONTRACT = "no_contract"   # no contract start: nothing can be said to be due
    NOT_DUE = "not_due"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    REVIEWED = "reviewed"


@dataclass(frozen=True)
class ReviewFact:
    """The review that counts for one reporting year."""

    year: int
    meeting_id: str
    final: bool
    verdict: Verdict | None


@dataclass(frozen=True)
class ReportFacts:
    """All ``report_status`` needs from a dossier, small enough to keep in the
    folder's index so the supplier list needs no dossier to show it."""

    start: date | None
    end: date | None
    reviews: tuple[ReviewFact, ...] = ()

    @classmethod
    def of(cls, dossier: Dossier) -> ReportFacts:
        years = sorted({m.review.contract_year for m in reviews(dossier)})
        chosen = [review_for(dossier, y) for y in years]
        return cls(dossier.supplier.contract_start, dossier.supplier.contract_end,
                   tuple(ReviewFact(m.review.contract_year, m.id, m.is_final, m.review.verdict)
                         for m in chosen if m is not None))

    def to_json(self) -> dict:
        return {"start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None,
                "reviews": [[r.year, r.meeting_id, r.final, r.verdict.value if r.verdict else None]
                            for r in self.reviews]}

    @classmethod
    def from_json(cls, data: dict) -> ReportFacts:
        """Raises KeyError, TypeError or ValueError on data that is not ours."""
        def day(value):
            return date.fromisoformat(value) if value is not None else None
        reviews = tuple(ReviewFact(int(y), str(i), bool(f), Verdict(v) if v is not None else None)
                        for y, i, f, v in data["reviews"])
        return cls(day(data["start"]), day(data["end"]), reviews)

    def review(self, year: int) -> ReviewFact | None:
        return next((r for r in self.reviews if r.year == year), None)


@dataclass(frozen=True)
class ReportStatus:
    """Where the buyer stands with the annual report that matters now.

    ``year`` is the reporting year concerned (None for NO_CONTRACT, or when the
    contract starts after next year); ``missed`` are earlier reporting years
    whose due date passed without a review."""

    state: ReportState
    year: int | None = None
    due: date | None = None
    review_id: str = ""
    review_final: bool = False
    verdict: Verdict | None = None
    missed: tuple[int, ...] = ()
    final_report: bool = False

    def days_left(self, today: date) -> int | None:
        return (self.due - today).days if self.due else None


def report_status(dossier: Dossier, today: date) -> ReportStatus:
    return status_from(ReportFacts.of(dossier), today)


def status_from(facts: ReportFacts, today: date) -> ReportStatus:
    """The report status from the facts alone (see the module's rule)."""
    if facts.start is None:
        review = facts.review(today.year - 1)
        return (ReportStatus(ReportState.NO_CONTRACT) if review is None
                else _reviewed(review, None))
    supplier = Supplier(id="", name="", contract_start=facts.start, contract_end=facts.end)
    end = facts.end
    years = reporting_years(supplier, end.year if end else max(today.year, facts.start.year) + 1)
    closed = [y for y in years if _year_closed(supplier, y, today)]
    year = max(closed) if closed else min((y for y in years if y >= today.year), default=None)
    if year is None:
        return ReportStatus(ReportState.NOT_DUE)
    missed = tuple(y for y in years if y < year and facts.review(y) is None
                   and report_due(supplier, y) < today)
    final = end is not None and year == end.year
    due = report_due(supplier, year)
    review = facts.review(year)
    if review is not None:
        return _reviewed(review, due, missed, final)
    if year not in closed:
        state = ReportState.NOT_DUE
    elif today > due:
        state = ReportState.OVERDUE
    elif (due - today).days <= DUE_SOON_DAYS:
        state = ReportState.DUE_SOON
    else:
        state = ReportState.NOT_DUE
    return ReportStatus(state, year, due, missed=missed, final_report=final)


def _reviewed(review: ReviewFact, due: date | None, missed: tuple[int, ...] = (),
              final: bool = False) -> ReportStatus:
    return ReportStatus(ReportState.REVIEWED, review.year, due, review.meeting_id, review.final,
                        review.verdict, missed, final)


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

