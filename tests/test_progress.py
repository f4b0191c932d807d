"""Progress over the contract period: the annual report's due date and status,
the year-on-year comparison of reviews, and the timeline, all without Qt."""

from __future__ import annotations

from datetime import date

import pytest

from isv_dialogue import meetings as rules
from isv_dialogue import progress as p
from isv_dialogue import reporting
from isv_dialogue.demo import build_demo
from isv_dialogue.model import (Agreement, AgreementStatus, AgreementUpdate, AnnualReview,
                                Commitment, CommitmentCheck, ContentCheck, Dossier,
                                EscalationStep, MeetingKind, MeetingStatus, Presence, Signal,
                                SignalStatus, Supplier, Verdict)
from isv_dialogue.progress import EventKind
from isv_dialogue.reporting import ReportState


def supplier(start: date | None = date(2024, 1, 1), end: date | None = date(2027, 12, 31),
             **more) -> Supplier:
    return Supplier(id="s1", name="Steengoed", contract_start=start, contract_end=end, **more)


def review(dossier: Dossier, content, held: date, year: int, verdict: Verdict | None = None,
           final: bool = True, **fields):
    meeting = rules.new_meeting(MeetingKind.ANNUAL_REVIEW, content, held)
    meeting.review = AnnualReview(contract_year=year, verdict=verdict, **fields)
    if final:
        meeting.status = MeetingStatus.FINAL
    dossier.meetings.append(meeting)
    return meeting


# --- the due-date rule ---------------------------------------------------------

def test_the_report_over_a_year_is_due_on_30_june_of_the_next_year():
    s = supplier()
    assert reporting.reporting_years(s, 2030) == [2024, 2025, 2026, 2027]
    assert reporting.report_due(s, 2024) == date(2025, 6, 30)
    assert reporting.report_due(s, 2026) == date(2027, 6, 30)


def test_at_the_end_of_the_contract_every_report_is_due_within_three_months():
    s = supplier(end=date(2027, 2, 28))
    assert reporting.report_due(s, 2027) == date(2027, 5, 28), "the final report: at completion"
    assert reporting.report_due(s, 2026) == date(2027, 5, 28), "never later than the final one"
    assert reporting.report_due(s, 2025) == date(2026, 6, 30)


def test_a_short_contract_has_one_report_at_completion():
    s = supplier(start=date(2025, 9, 1), end=date(2026, 6, 30))
    assert reporting.is_short_contract(s)
    assert reporting.reporting_years(s, 2030) == [2026]
    assert reporting.report_due(s, 2026) == date(2026, 9, 30)


def test_a_contract_starting_after_june_reports_its_first_months_with_the_next_year():
    assert reporting.reporting_years(supplier(start=date(2025, 11, 1)), 2030)[0] == 2026
    assert reporting.reporting_years(supplier(start=date(2025, 6, 30)), 2030)[0] == 2025


@pytest.mark.parametrize("today, state, year", [
    (date(2024, 8, 1), ReportState.NOT_DUE, 2024),     # first year still running
    (date(2025, 2, 1), ReportState.NOT_DUE, 2024),     # year over, report not yet due
    (date(2025, 5, 15), ReportState.DUE_SOON, 2024),   # within 60 days of 30 June
    (date(2025, 6, 30), ReportState.DUE_SOON, 2024),   # the due date itself is on time
    (date(2025, 7, 1), ReportState.OVERDUE, 2024),
    (date(2026, 1, 2), ReportState.NOT_DUE, 2025),     # a new reporting year began
    (date(2028, 2, 1), ReportState.DUE_SOON, 2027),    # the final report: due 31 March
    (date(2028, 4, 1), ReportState.OVERDUE, 2027),
])
def test_the_status_follows_the_calendar(today, state, year):
    status = p.report_status(Dossier(supplier()), today)
    assert (status.state, status.year) == (state, year)
    assert status.due == reporting.report_due(supplier(), year)


def test_a_review_of_that_year_makes_it_reviewed_with_its_verdict(content):
    dossier = Dossier(supplier())
    draft = review(dossier, content, date(2025, 5, 2), 2024, Verdict.NO, final=False)
    status = p.report_status(dossier, date(2025, 7, 10))
    assert status.state is ReportState.REVIEWED and status.review_id == draft.id
    assert not status.review_final
    final = review(dossier, content, date(2025, 6, 2), 2024, Verdict.PARTLY)
    status = p.report_status(dossier, date(2025, 7, 10))
    assert (status.review_id, status.review_final, status.verdict) == (final.id, True,
                                                                        Verdict.PARTLY)


def test_a_review_of_another_year_does_not_count(content):
    """A review held in 2025 of the report over 2023 is not the 2024 report."""
    dossier = Dossier(supplier(start=date(2023, 1, 1)))
    review(dossier, content, date(2025, 3, 1), 2023)
    status = p.report_status(dossier, date(2025, 7, 10))
    assert (status.state, status.year) == (ReportState.OVERDUE, 2024)


def test_earlier_years_without_a_review_are_listed_as_missed(content):
    dossier = Dossier(supplier())
    review(dossier, content, date(2026, 4, 1), 2025)
    status = p.report_status(dossier, date(2026, 8, 1))
    assert status.state is ReportState.REVIEWED and status.missed == (2024,)


def test_without_a_contract_start_nothing_is_claimed_to_be_due(content):
    dossier = Dossier(supplier(start=None, end=None))
    assert p.report_status(dossier, date(2025, 9, 1)).state is ReportState.NO_CONTRACT
    review(dossier, content, date(2025, 3, 1), 2024)
    assert p.report_status(dossier, date(2025, 9, 1)).state is ReportState.REVIEWED


def test_a_contract_that_has_not_started_is_not_due():
    status = p.report_status(Dossier(supplier(start=date(2027, 3, 1), end=None)), date(2025, 1, 1))
    assert status.state is ReportState.NOT_DUE


def test_the_new_review_default_year_is_the_year_whose_report_is_due(content):
    """The wizard's default (the year before the meeting) is the report the status asks for."""
    dossier = Dossier(supplier())
    meeting = rules.new_meeting(MeetingKind.ANNUAL_REVIEW, content, date(2025, 5, 20))
    assert meeting.review.contract_year == p.report_status(dossier, date(2025, 5, 20)).year


def test_report_facts_survive_json_and_give_the_same_status(content):
    dossier = Dossier(supplier())
    review(dossier, content, date(2025, 4, 1), 2024, Verdict.YES)
    facts = p.report_facts(dossier)
    again = reporting.ReportFacts.from_json(facts.to_json())
    assert again == facts
    for today in (date(2025, 5, 1), date(2026, 6, 1), date(2026, 7, 1)):
        assert reporting.status_from(again, today) == p.report_status(dossier, today)
    with pytest.raises((KeyError, TypeError, ValueError)):
        reporting.ReportFacts.from_json({"start": "gisteren", "end": None, "reviews": []})


# --- year on year ---------------------------------------------------------------

def test_compare_names_the_previous_verdict_changed_parts_and_newly_met_commitments(content):
    commitments = [Commitment("c1", "Ketenkaart"), Commitment("c2", "Audits tier 1"),
                   Commitment("c3", "Leefbaar loon")]
    dossier = Dossier(supplier(commitments=commitments))
    review(dossier, content, date(2025, 4, 1), 2024, Verdict.NO, contents={
        "rapport.risicoanalyse": ContentCheck(Presence.MISSING),
        "rapport.signalen": ContentCheck(Presence.PRESENT)},
        commitments={"c1": CommitmentCheck(True), "c2": CommitmentCheck(False),
                     "c3": CommitmentCheck(False)})
    now = review(dossier, content, date(2026, 4, 1), 2025, Verdict.PARTLY, contents={
        "rapport.risicoanalyse": ContentCheck(Presence.PARTLY),
        "rapport.signalen": ContentCheck(Presence.PRESENT)},
        commitments={"c1": CommitmentCheck(True), "c2": CommitmentCheck(True),
                     "c3": CommitmentCheck(False)})
    parts = [i.id for i in content.annual_review.required]
    result = p.compare(dossier, now, parts)
    assert result.previous_year == 2024 and result.previous_verdict is Verdict.NO
    assert [(c.part_id, c.before, c.after) for c in result.contents_changed] == [
        ("rapport.risicoanalyse", Presence.MISSING, Presence.PARTLY)]
    assert result.newly_met == ["c2"] and result.still_not_met == ["c3"]
    first = dossier.meetings[0]
    assert p.compare(dossier, first, parts) is None, "the first review has nothing to compare"


# --- the timeline -----------------------------------------------------------------

def test_the_timeline_holds_meetings_reviews_signals_steps_and_agreements(content):
    dossier = Dossier(supplier(plan_of_action_date=date(2024, 3, 1),
                               commitments=[Commitment("c1", "Ketenkaart", date(2024, 9, 1))]))
    talk = rules.new_meeting(MeetingKind.DIALOGUE, content, date(2024, 5, 1))
    dossier.meetings.append(talk)
    yearly = review(dossier, content, date(2025, 4, 1), 2024, Verdict.PARTLY,
                    verdict_reasons="Goed begin,\nmaar Bangladesh ontbreekt.",
                    commitments={"c1": CommitmentCheck(True, "Gepubliceerd")})
    dossier.agreements.append(Agreement("a1", "Auditplanning delen", talk.id, "Elif",
                                        status=AgreementStatus.DONE,
                                        updates=[AgreementUpdate(yearly.id, AgreementStatus.DONE)]))
    dossier.signals.append(Signal("g1", date(2024, 6, 3), "Overuren in Torbalı",
                                  "directe_toeleverancier", norm="werktijden",
                                  status=SignalStatus.CLOSED, outcome="opgelost",
                                  closed_on=date(2024, 11, 4),
                                  steps=[EscalationStep("st1", "gesprek", date(2024, 6, 10))]))
    events = p.timeline(dossier, content, date(2025, 5, 1))
    kinds = [e.kind for e in events]
    assert kinds == [EventKind.CONTRACT_START, EventKind.PLAN_OF_ACTION, EventKind.MEETING,
                     EventKind.AGREEMENT_MADE, EventKind.SIGNAL_RECEIVED,
                     EventKind.ESCALATION_STEP, EventKind.COMMITMENT_DUE,
                     EventKind.SIGNAL_CLOSED, EventKind.REVIEW, EventKind.AGREEMENT_CLOSED,
                     EventKind.REPORT_DUE, EventKind.CONTRACT_END]
    assert [e.date for e in events] == sorted(e.date for e in events)
    by_kind = {e.kind: e for e in events}
    assert by_kind[EventKind.REVIEW].verdict is Verdict.PARTLY
    assert by_kind[EventKind.REVIEW].detail == "Goed begin, maar Bangladesh ontbreekt."
    assert by_kind[EventKind.REVIEW].year == 2024
    assert by_kind[EventKind.COMMITMENT_DUE].status == "met"
    assert by_kind[EventKind.ESCALATION_STEP].title == "Gesprek"
    assert by_kind[EventKind.ESCALATION_STEP].signal_id == "g1"
    assert by_kind[EventKind.AGREEMENT_CLOSED].meeting_id == yearly.id
    assert by_kind[EventKind.REPORT_DUE].year == 2025, "2024 was reviewed; 2025 is next"
    en = {e.kind: e for e in p.timeline(dossier, content, date(2025, 5, 1), lang="en")}
    assert en[EventKind.ESCALATION_STEP].title != "Gesprek"


def test_an_overdue_unreviewed_report_is_on_the_timeline(content):
    events = p.timeline(Dossier(supplier()), content, date(2025, 8, 1))
    due = [e for e in events if e.kind is EventKind.REPORT_DUE]
    assert [(e.year, e.status) for e in due] == [(2024, "overdue"), (2025, "due")]


def test_the_demo_timeline_is_complete_and_ordered(content):
    today = date(2026, 11, 25)
    dossier = build_demo(content, today)
    events = p.timeline(dossier, content, today)
    assert [e.date for e in events] == sorted(e.date for e in events)
    assert {e.ref for e in events if e.kind is EventKind.MEETING} | \
        {e.ref for e in events if e.kind is EventKind.REVIEW} == {m.id for m in dossier.meetings}
    assert len([e for e in events if e.kind is EventKind.AGREEMENT_MADE]) == len(dossier.agreements)
    assert len([e for e in events if e.kind is EventKind.SIGNAL_RECEIVED]) == 2


def test_progress_imports_no_qt():
    import subprocess
    import sys
    code = "import isv_dialogue.progress, sys; print(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"
