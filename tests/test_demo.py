"""The demo supplier: complete, consistent with the content, and written like real data."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from isv_dialogue.codec import encode
from isv_dialogue.demo import build_demo, create_demo
from isv_dialogue.dossier import check_references
from isv_dialogue.meetings import GapKind, gaps
from isv_dialogue.model import (AgreementStatus, Dossier, MeetingKind, Presence, Side,
                                SignalStatus)
from isv_dialogue.questionnaires import Content
from isv_dialogue.signals import check_step, close_signal

TODAY = date(2026, 11, 25)
# Leap day, year ends and month ends: the calendar arithmetic must hold on all of them.
AWKWARD_DAYS = [date(2024, 2, 29), date(2027, 1, 1), date(2026, 8, 31), date(2028, 12, 31),
                date(2025, 3, 30)]


@pytest.fixture
def dossier(content: Content) -> Dossier:
    return build_demo(content, TODAY)


def _meetings(dossier: Dossier, kind: MeetingKind):
    return [m for m in dossier.meetings if m.kind is kind]


def _ids(items) -> set[str]:
    return {item.id for item in items}


def _unknown_ids(dossier: Dossier, content: Content) -> list[tuple[str, str]]:
    """Every (place, id) in the dossier that the content does not know."""
    lists, guide, supplier = content.lists, content.signals, dossier.supplier
    unknown = [("category", supplier.category)] if supplier.category not in _ids(lists.categories) \
        else []
    if supplier.covenant not in _ids(lists.covenants):
        unknown.append(("covenant", supplier.covenant))
    for meeting in dossier.meetings:
        unknown += _unknown_in_meeting(meeting, dossier, content)
    for signal in dossier.signals:
        for place, value, known in [("chain", signal.chain_position, guide.chain_positions),
                                    ("channel", signal.channel, guide.channels),
                                    ("norm", signal.norm, guide.norms)]:
            if value not in _ids(known):
                unknown.append((place, value))
        if signal.outcome and signal.outcome not in _ids(guide.outcomes):
            unknown.append(("outcome", signal.outcome))
        unknown += [("step", s.kind) for s in signal.steps if s.kind not in _ids(guide.steps)]
    return unknown


def _unknown_in_meeting(meeting, dossier: Dossier, content: Content) -> list[tuple[str, str]]:
    questionnaire = content.questionnaire(meeting.questionnaire_id, meeting.questionnaire_version)
    assert questionnaire.version == meeting.questionnaire_version
    topics = [questionnaire.topic(t) for t in meeting.topics]
    unknown = [("topic", t) for t, topic in zip(meeting.topics, topics) if topic is None]
    items = {i.id for topic in topics if topic for i in topic.questions + topic.points}
    unknown += [("answer", a) for a in meeting.answers if a not in items]
    unknown += [("topic notes", t) for t in meeting.topic_notes if t not in meeting.topics]
    unknown += [("signal", s) for s in meeting.signal_discussions
                if s not in _ids(dossier.signals)]
    if meeting.review:
        unknown += [("report part", r) for r in meeting.review.contents
                    if r not in _ids(questionnaire.required)]
        unknown += [("commitment", c) for c in meeting.review.commitments
                    if c not in _ids(dossier.supplier.commitments)]
    return unknown


def _text_outside_sources(dossier: Dossier) -> str:
    data = encode(dossier)
    for signal in data["signals"]:
        signal["source"] = ""
    return json.dumps(data, ensure_ascii=False)


# --- content and consistency -------------------------------------------------------------------

def test_the_demo_passes_the_reference_check(dossier):
    """Ids are unique and file-name safe; every agreement points at a meeting of the dossier."""
    check_references(dossier, "demo")


def test_every_id_the_demo_uses_exists_in_the_content(dossier, content):
    """Topics, points, questions, report parts, steps, norms, channels, chain positions,
    outcomes, category and covenant all come from questionnaires/ as shipped."""
    assert dossier.supplier.category and dossier.supplier.covenant
    assert all(s.channel and s.norm for s in dossier.signals)
    assert _unknown_ids(dossier, content) == []


def test_meetings_use_the_current_questionnaire_versions(dossier, content):
    """Old minutes render with their own version; the demo is made with today's."""
    current = {content.dialogue.id: content.dialogue.version,
               content.annual_review.id: content.annual_review.version}
    assert {(m.questionnaire_id, m.questionnaire_version) for m in dossier.meetings} \
        == set(current.items())


def test_the_supplier_is_a_workwear_importer_with_a_chain_and_a_plan(dossier):
    """Contract, contacts and plan-van-aanpak commitments are filled in, the contract is running."""
    supplier = dossier.supplier
    assert supplier.contract_start < TODAY < supplier.contract_end
    assert supplier.contract_start < supplier.plan_of_action_date < TODAY
    assert supplier.contract_reference.startswith(f"{supplier.contract_start.year}/")
    assert len(supplier.contacts) >= 2 and all(c.email and c.phone for c in supplier.contacts)
    assert 3 <= len(supplier.commitments) <= 5 and all(c.due for c in supplier.commitments)
    assert "Çalışkan Tekstil A.Ş." in supplier.notes and "Gazipur" in supplier.notes


# --- the meetings ------------------------------------------------------------------------------

def test_a_final_dialogue_meeting_covers_every_topic_and_answers_every_question(dossier, content):
    """The full dialogue meeting: all three topics, every question answered and assessed,
    notes and internal notes per topic and overall, both sides at the table."""
    full = [m for m in _meetings(dossier, MeetingKind.DIALOGUE)
            if m.topics == [t.id for t in content.dialogue.topics]]
    assert len(full) == 1
    meeting = full[0]
    assert meeting.is_final and meeting.finalised_at and meeting.location
    for topic in content.dialogue.topics:
        for question in topic.questions:
            answer = meeting.answers[question.id]
            assert answer.discussed and answer.supplier_answer and answer.assessment
        notes = meeting.topic_notes[topic.id]
        assert notes.notes and notes.internal_notes
    assert meeting.notes and meeting.internal_notes
    assert {p.side for p in meeting.participants} == {Side.BUYER, Side.SUPPLIER}


def test_one_or_two_points_are_left_undiscussed_and_carry_no_judgement(dossier, content):
    """Most points are discussed; the ones that were not have no answer and no assessment."""
    meeting = next(m for m in _meetings(dossier, MeetingKind.DIALOGUE) if len(m.topics) == 3)
    points = [p.id for t in content.dialogue.topics for p in t.points]
    skipped = [p for p in points if not meeting.answers.get(p) or not meeting.answers[p].discussed]
    assert 1 <= len(skipped) <= 2
    for point in skipped:
        answer = meeting.answers.get(point)
        assert answer is None or (answer.assessment is None and not answer.supplier_answer)


def test_every_meeting_is_final_in_the_past_with_both_sides(dossier):
    """Finalised after it was held and before today; buyer and supplier both present,
    except at the first report's review, done by the buyer at the desk."""
    for meeting in dossier.meetings:
        assert meeting.is_final
        assert meeting.created_at.date() <= meeting.date <= meeting.finalised_at.date() <= TODAY
        sides = {p.side for p in meeting.participants}
        desk = meeting.kind is MeetingKind.ANNUAL_REVIEW and sides == {Side.BUYER}
        assert desk or sides == {Side.BUYER, Side.SUPPLIER}
    assert sum(1 for m in dossier.meetings if m.kind is MeetingKind.ANNUAL_REVIEW) == 2


def test_final_meetings_show_no_gaps_but_the_deliberately_skipped_points(dossier, content):
    """Agreements carried into a meeting were all looked at, the open signal was discussed,
    the report review is complete: only undiscussed points remain as gaps."""
    for meeting in dossier.meetings:
        kinds = {gap.kind for gap in gaps(meeting, dossier, content)}
        assert kinds <= {GapKind.POINT_NOT_DISCUSSED}, (meeting.kind, kinds)


def test_the_annual_review_checks_the_report_and_gives_a_reasoned_verdict(dossier, content):
    """Every required part has a presence and comment, every commitment is checked, the review
    topics are answered, and the verdict has reasons and expectations for next year."""
    meeting = max(_meetings(dossier, MeetingKind.ANNUAL_REVIEW), key=lambda m: m.date)
    review = meeting.review
    assert meeting.questionnaire_id == content.annual_review.id
    assert set(review.contents) == _ids(content.annual_review.required)
    assert all(c.presence and c.comment for c in review.contents.values())
    assert Presence.PARTLY in {c.presence for c in review.contents.values()}
    assert set(review.commitments) == _ids(dossier.supplier.commitments)
    assert {c.met for c in review.commitments.values()} == {True, False, None}
    assert review.verdict is not None and review.verdict_reasons and review.expectations
    assert meeting.date.year - 1 == review.contract_year
    questions = [q for t in meeting.topics for q in content.annual_review.topic(t).questions]
    assert questions and all(meeting.answers[q.id].supplier_answer for q in questions)


def test_the_signal_meeting_discusses_the_open_signal(dossier):
    """What was said and decided about the open signal is recorded in its own meeting."""
    [meeting] = _meetings(dossier, MeetingKind.SIGNAL)
    [signal] = dossier.open_signals()
    discussion = meeting.signal_discussions[signal.id]
    assert discussion.said and discussion.decided
    assert signal.received <= meeting.date


# --- signals -----------------------------------------------------------------------------------

def test_the_open_signal_has_a_source_and_proportionate_steps(dossier, content):
    """Further up the chain, from an NGO contact; a conversation, then an improvement plan with
    a deadline, each step allowed by the ladder's rules and reasoned."""
    [signal] = dossier.open_signals()
    assert signal.source and signal.description and signal.norm
    assert [s.kind for s in signal.steps] == ["gesprek", "verbeterplan"]
    assert all(s.reason and s.who for s in signal.steps)
    assert signal.steps[1].deadline > TODAY
    _replay_steps(signal, content)


def test_the_closed_signal_was_remedied_and_closed_properly(dossier, content):
    """The older signal at the direct supplier ended in remedy, with a date and notes, and its
    steps and closure pass the ladder's rules."""
    [signal] = [s for s in dossier.signals if s.status is SignalStatus.CLOSED]
    assert signal.outcome == "herstel_en_verhaal" and signal.outcome_notes
    assert signal.received < signal.closed_on < TODAY
    _replay_steps(signal, content)
    close_signal(replace(signal, status=SignalStatus.OPEN), signal.outcome, signal.closed_on,
                 signal.outcome_notes, content.signals)


def _replay_steps(signal, content: Content) -> None:
    replay = replace(signal, status=SignalStatus.OPEN, steps=[])
    for step in signal.steps:
        check = check_step(replay, step, content.signals)
        assert check.allowed and check.warnings == [], (step.kind, check)
        replay.steps.append(step)


def test_a_confidential_source_appears_nowhere_but_in_its_own_field(dossier):
    """The NGO contact's name must not leak into notes, discussions or agreements, which may
    reach the supplier."""
    [signal] = dossier.open_signals()
    name = signal.source.split(",")[0]
    assert name and name not in _text_outside_sources(dossier)


# --- agreements --------------------------------------------------------------------------------

def test_agreements_are_made_carried_and_closed_across_meetings(dossier):
    """Some are done, with an update in a later meeting that closed them; several are still
    open, at least one overdue; each has an owner and a due date."""
    order = {m.id: m.date for m in dossier.meetings}
    assert len({a.made_in for a in dossier.agreements}) == len(dossier.meetings)
    for agreement in dossier.agreements:
        assert agreement.owner and agreement.due
        assert all(order[u.meeting_id] > order[agreement.made_in] for u in agreement.updates)
        if agreement.status is not AgreementStatus.OPEN:
            assert agreement.updates[-1].status is agreement.status
    done = [a for a in dossier.agreements if a.status is AgreementStatus.DONE]
    open_ = dossier.open_agreements()
    assert len(done) >= 2 and len(open_) >= 3
    assert any(a.due < TODAY for a in open_) and any(a.due > TODAY for a in open_)


# --- dates and ids -----------------------------------------------------------------------------

@pytest.mark.parametrize("today", AWKWARD_DAYS)
def test_the_demo_is_dated_around_any_today(content, today):
    """On any day: meetings on weekdays in the past, in order; the contract running; the
    reference and content checks holding."""
    dossier = build_demo(content, today)
    check_references(dossier, "demo")
    assert _unknown_ids(dossier, content) == []
    dates = [m.date for m in dossier.meetings]
    assert dates == sorted(dates) and len(set(dates)) == len(dates)
    assert all(d.weekday() < 5 and d < today for d in dates)
    assert all(m.finalised_at.date() <= today for m in dossier.meetings)
    assert dossier.supplier.contract_start < today < dossier.supplier.contract_end


def test_each_build_has_fresh_ids_and_shares_no_objects(content):
    """Two demos built on one day differ only in ids, and editing one leaves the other alone."""
    first, second = build_demo(content, TODAY), build_demo(content, TODAY)
    assert first.supplier.id != second.supplier.id
    assert not {m.id for m in first.meetings} & {m.id for m in second.meetings}
    first.meetings[0].participants[0].name = "Iemand anders"
    first.supplier.contacts[0].name = "Iemand anders"
    dialogue = next(m for m in first.meetings if "incidenten" in m.topic_notes)
    dialogue.topic_notes["incidenten"].notes = "gewijzigd"
    assert "Iemand anders" not in _text_outside_sources(second)
    assert "gewijzigd" not in _text_outside_sources(second)


# --- writing it --------------------------------------------------------------------------------

def test_create_demo_writes_a_file_the_folder_lists_with_its_open_counts(data_folder, content):
    """The written supplier shows in the folder scan with one open signal and its open
    agreements, reads back unchanged, and its file is no longer locked."""
    dossier = create_demo(data_folder, content, TODAY)
    scan = data_folder.scan()
    assert scan.problems == []
    [summary] = scan.suppliers
    assert (summary.id, summary.name) == (dossier.supplier.id, dossier.supplier.name)
    assert summary.open_signals == 1
    assert summary.open_agreements == len(dossier.open_agreements())
    assert summary.last_meeting == max(m.date for m in dossier.meetings)
    assert encode(data_folder.load(dossier.supplier.id)) == encode(dossier)
    with data_folder.open(dossier.supplier.id, writable=True):
        pass


def test_create_demo_twice_gives_two_suppliers(data_folder, content):
    """The demo may be created again in the same folder: each run is a separate supplier."""
    first = create_demo(data_folder, content)
    second = create_demo(data_folder, content)
    ids = {s.id for s in data_folder.scan().suppliers}
    assert ids == {first.supplier.id, second.supplier.id} and len(ids) == 2
