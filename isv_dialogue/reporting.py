"""The annual report: which years a supplier owes one for, when each is due,
and where the buyer stands with it, from a few facts a list row can keep.

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

The rules take any contract (a ``Supplier``, or the ``ReportFacts`` kept in the
folder's index) and import nothing of the dossier model, so the supplier list
shows every supplier's report status at launch without reading a supplier file
(docs/performance.md, launch). The reviews in a dossier are found in ``progress``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol


class Contract(Protocol):
    contract_start: date | None
    contract_end: date | None


class Verdict(StrEnum):
    """The buyer's verdict on the supplier's reasonable effort, in an annual-report review."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"


REPORT_DUE_MONTH, REPORT_DUE_DAY = 6, 30   # the report over Y is due 30 June of Y+1
FINAL_REPORT_MONTHS = 3                    # ... and never later than 3 months after the end
SHORT_CONTRACT_MONTHS = 12                 # up to this long: one report at completion
LATE_START_MONTH = 6                       # started after June: first report with next year's
DUE_SOON_DAYS = 60


def _add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day if it is shorter.
    (Not ``calendar.monthrange``: importing calendar costs launch 2 ms.)"""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    next_month = date(year + (month == 11), (month + 1) % 12 + 1, 1)
    return date(year, month + 1, min(day.day, (next_month - timedelta(days=1)).day))


# --- reporting years and due dates --------------------------------------------

def is_short_contract(contract: Contract) -> bool:
    start, end = contract.contract_start, contract.contract_end
    return bool(start and end and end < _add_months(start, SHORT_CONTRACT_MONTHS))


def reporting_years(contract: Contract, until: int) -> list[int]:
    """The calendar years a report is owed for, up to and including ``until``
    (an open-ended contract has no last year). Empty without a start date."""
    start, end = contract.contract_start, contract.contract_end
    if start is None:
        return []
    if is_short_contract(contract):
        assert end is not None
        return [end.year] if end.year <= until else []
    first = start.year if start.month <= LATE_START_MONTH else start.year + 1
    last = min(end.year, until) if end else until
    return list(range(first, last + 1))


def report_due(contract: Contract, year: int) -> date:
    """When the report over ``year`` must be in (see the module's rule)."""
    due = date(year + 1, REPORT_DUE_MONTH, REPORT_DUE_DAY)
    end = contract.contract_end
    if end is not None and year <= end.year:
        due = min(due, _add_months(end, FINAL_REPORT_MONTHS))
    return due


def _year_closed(contract: Contract, year: int, today: date) -> bool:
    """Whether the period a report covers is over, so the report can be asked for."""
    end = contract.contract_end
    return year < today.year or (end is not None and end < today and year <= end.year)


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
    """All ``status_from`` needs from a dossier (``progress.report_facts``), small
    enough to keep in the folder's index so the supplier list needs no dossier to
    show it. A contract itself: the rules above take it as one."""

    contract_start: date | None
    contract_end: date | None
    reviews: tuple[ReviewFact, ...] = ()

    def to_json(self) -> dict:
        start, end = self.contract_start, self.contract_end
        return {"start": start.isoformat() if start else None,
                "end": end.isoformat() if end else None,
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


def status_from(facts: ReportFacts, today: date) -> ReportStatus:
    """The report status from the facts alone (see the module's rule)."""
    if facts.contract_start is None:
        review = facts.review(today.year - 1)
        return (ReportStatus(ReportState.NO_CONTRACT) if review is None
                else _reviewed(review, None))
    end = facts.contract_end
    years = reporting_years(facts, end.year if end else max(today.year, facts.contract_start.year) + 1)
    closed = [y for y in years if _year_closed(facts, y, today)]
    year = max(closed) if closed else min((y for y in years if y >= today.year), default=None)
    if year is None:
        return ReportStatus(ReportState.NOT_DUE)
    missed = tuple(y for y in years if y < year and facts.review(y) is None
                   and report_due(facts, y) < today)
    final = end is not None and year == end.year
    due = report_due(facts, year)
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
