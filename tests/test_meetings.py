"""The meeting rules the wizard relies on, without a display."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from isv_dialogue import meetings as rules
from isv_dialogue.errors import FinalisedError, IsvError
from isv_dialogue.meetings import GapKind, SupplierProblem
from isv_dialogue.model import (AgreementStatus, Answer, Assessment, ContentCheck, Dossier,
                                MeetingKind, MeetingStatus, Participant, Presence, Side, Signal,
                                Supplier, Verdict)
from isv_dialogue.supplier_list import overview

TODAY = date(2025, 3, 10)
NOW = datetime(2025, 3, 10, 15, 0, tzinfo=timezone.utc)


def dossier() -> Dossier:
    return Dossier(Supplier(id="s1", name="Textiel BV"))


def held(d: Dossier, content, day: date, kind=MeetingKind.DIALOGUE):
    meeting = rules.new_meeting(kind, content, day, d)
    d.meetings.append(meeting)
    return meeting


def with_people(meeting):
    meeting.participants = [Participant("Inkoper", Side.BUYER), Participant("Lev", Side.SUPPLIER)]
    return meeting


def test_new_dialogue_ticks_every_topic_and_records_the_questionnaire(content):
    meeting = rules.new_meeting(MeetingKind.DIALOGUE, content, TODAY)
    assert meeting.topics == ["managementproces", "incidenten", "negatieve_impact"]
    assert (meeting.questionnaire_id, meeting.questionnaire_version) == ("dialoog", 1)
    assert meeting.status is MeetingStatus.DRAFT and meeting.review is None


def test_annual_review_starts_with_a_review_of_last_contract_year(content):
    meeting = rules.new_meeting(MeetingKind.ANNUAL_REVIEW, content, TODAY)
    assert meeting.questionnaire_id == "jaarrapportage"
    assert meeting.topics == [t.id for t in content.annual_review.topics]
    assert meeting.review is not None and meeting.review.contract_year == 2024


def test_signal_meeting_preselects_incidents_and_lists_open_signals(content):
    d = dossier()
    d.signals.append(Signal("sig1", TODAY, "Kinderarbeid gemeld", "directe_toeleverancier"))
    meeting = rules.new_meeting(MeetingKind.SIGNAL, content, TODAY, d)
    assert meeting.topics == ["incidenten"]
    assert list(meeting.signal_discussions) == ["sig1"]


def test_previous_answer_is_the_latest_earlier_meeting_that_discussed_the_point(content):
    d = dossier()
    old = held(d, content, date(2024, 1, 5))
    old.answers["incidenten.website"] = Answer(True, "Nog geen website", Assessment.INSUFFICIENT)
    middle = held(d, content, date(2024, 6, 5))
    middle.answers["incidenten.website"] = Answer(False, "")  # not discussed: skipped
    now = held(d, content, TODAY)
    later = held(d, content, date(2025, 9, 1))
    later.answers["incidenten.website"] = Answer(True, "Later", Assessment.SUFFICIENT)
    found = rules.previous_answer(d, "incidenten.website", now)
    assert found is not None and found.meeting is old
    assert found.answer.supplier_answer == "Nog geen website"
    assert rules.previous_answer(d, "incidenten.herstel", now) is None


def test_open_agreements_are_carried_and_their_update_recorded_once_per_meeting(content):
    d = dossier()
    first = held(d, content, date(2024, 1, 5))
    agreement = rules.add_agreement(d, first, "Klachtenlijn opzetten", "Lev", date(2024, 6, 1))
    now = held(d, content, TODAY)
    assert rules.carried_agreements(d, now) == [agreement]
    assert rules.carried_agreements(d, first) == []

    rules.record_update(agreement, now.id, AgreementStatus.OPEN, "loopt")
    rules.record_update(agreement, now.id, AgreementStatus.DONE, "klaar")
    assert agreement.status is AgreementStatus.DONE
    assert [(u.status, u.note) for u in agreement.updates] == [(AgreementStatus.DONE, "klaar")]
    # Done in this meeting, so it still shows here, but not in a later one.
    assert rules.carried_agreements(d, now) == [agreement]
    assert rules.carried_agreements(d, held(d, content, date(2025, 9, 1))) == []

    rules.clear_update(agreement, now.id)
    assert agreement.status is AgreementStatus.OPEN and agreement.updates == []


def test_gaps_flag_undiscussed_points_and_incomplete_agreements(content):
    d = dossier()
    meeting = with_people(held(d, content, TODAY))
    meeting.topics = ["negatieve_impact"]
    meeting.answers["negatieve_impact.gap_analyse"] = Answer(True, "Gedaan", Assessment.SUFFICIENT)
    meeting.answers["negatieve_impact.samenwerking"] = Answer(True, "Loopt")
    new = rules.add_agreement(d, meeting, "Rapport sturen")
    found = rules.gaps(meeting, d, content)
    assert Gap_(GapKind.POINT_NOT_DISCUSSED, "negatieve_impact.maatregelen_convenant") in found
    assert Gap_(GapKind.POINT_NOT_ASSESSED, "negatieve_impact.samenwerking") in found
    assert rules.Gap(GapKind.AGREEMENT_NO_OWNER, new.id) in found
    assert rules.Gap(GapKind.AGREEMENT_NO_DUE, new.id) in found
    assert not any(g.ref == "negatieve_impact.gap_analyse" for g in found)
    assert not any(g.kind in (GapKind.NO_BUYER, GapKind.NO_SUPPLIER) for g in found)


def Gap_(kind, ref):  # noqa: N802 - reads like the constructor it stands for
    return rules.Gap(kind, ref, ref.split(".")[0])


def test_annual_review_gaps_name_unchecked_report_parts_and_missing_verdict(content):
    d = dossier()
    meeting = with_people(held(d, content, TODAY, MeetingKind.ANNUAL_REVIEW))
    meeting.review.contents["rapport.risicoanalyse"] = ContentCheck(Presence.PRESENT)
    kinds = {(g.kind, g.ref) for g in rules.gaps(meeting, d, content)}
    assert (GapKind.REPORT_PART_UNCHECKED, "rapport.maatregelen") in kinds
    assert (GapKind.REPORT_PART_UNCHECKED, "rapport.risicoanalyse") not in kinds
    assert (GapKind.NO_VERDICT, "") in kinds
    meeting.review.verdict = Verdict.PARTLY
    assert (GapKind.NO_VERDICT, "") not in {(g.kind, g.ref) for g in rules.gaps(meeting, d, content)}


def test_finalise_sets_status_and_time_and_refuses_twice(content):
    meeting = with_people(rules.new_meeting(MeetingKind.DIALOGUE, content, TODAY))
    meeting.resume_page = "review"
    rules.finalise(meeting, NOW)
    assert meeting.is_final and meeting.finalised_at == NOW and meeting.resume_page == ""
    with pytest.raises(FinalisedError):
        rules.finalise(meeting, NOW)
    with pytest.raises(FinalisedError):
        rules.change_kind(meeting, MeetingKind.SIGNAL, content)


def test_finalise_refuses_without_participants_or_before_the_date(content):
    empty = rules.new_meeting(MeetingKind.DIALOGUE, content, TODAY)
    with pytest.raises(IsvError, match="wie er bij het gesprek waren"):
        rules.finalise(empty, NOW)
    future = with_people(rules.new_meeting(MeetingKind.DIALOGUE, content, date(2025, 4, 1)))
    with pytest.raises(IsvError, match="toekomst"):
        rules.finalise(future, NOW)
    assert not empty.is_final and not future.is_final


def test_amend_only_a_final_meeting_and_only_with_reason_and_text(content):
    meeting = with_people(rules.new_meeting(MeetingKind.DIALOGUE, content, TODAY))
    with pytest.raises(IsvError):
        rules.amend(meeting, "typefout", "Naam is Jansen", NOW)
    rules.finalise(meeting, NOW)
    with pytest.raises(IsvError):
        rules.amend(meeting, "  ", "Naam is Jansen", NOW)
    rules.amend(meeting, "typefout", "Naam is Jansen", NOW)
    assert [(a.reason, a.text, a.at) for a in meeting.amendments] == [("typefout", "Naam is Jansen", NOW)]


def test_supplier_needs_a_name_and_sensible_dates():
    ok = Supplier(id="s", name="Stenen BV", contract_start=date(2024, 1, 1),
                  contract_end=date(2026, 1, 1))
    assert rules.supplier_problems(ok) == []
    bad = Supplier(id="s", name="  ", contract_start=date(2024, 1, 1), contract_end=date(2023, 1, 1))
    assert rules.supplier_problems(bad) == [("name", SupplierProblem.NO_NAME),
                                            ("contract_end", SupplierProblem.END_BEFORE_START)]


def test_overview_reads_each_supplier_and_reports_broken_files(data_folder, content):
    d = dossier()
    with data_folder.create(d.supplier) as file:
        meeting = rules.new_meeting(MeetingKind.ANNUAL_REVIEW, content, TODAY)
        file.save_meeting(meeting)
    (data_folder.root / "kapot.isv.json").write_text("{niet af")
    rows, problems = overview(data_folder)
    assert [(r.summary.name, r.drafts) for r in rows] == [("Textiel BV", 1)]
    assert [r.year for r in rows[0].report.reviews] == [TODAY.year - 1]
    assert [p.path.name for p in problems] == ["kapot.isv.json"]


def test_the_signals_step_shows_in_any_meeting_while_signals_are_open(content):
    d = dossier()
    dialogue = held(d, content, TODAY)
    signal_meeting = held(d, content, TODAY, MeetingKind.SIGNAL)
    assert not rules.shows_signals_page(dialogue, d), "nothing open, nothing to discuss"
    assert rules.shows_signals_page(signal_meeting, d), "a signal meeting always has the step"
    d.signals.append(Signal("sig1", TODAY, "Kinderarbeid gemeld", "directe_toeleverancier"))
    assert rules.shows_signals_page(dialogue, d)
    review = held(d, content, TODAY, MeetingKind.ANNUAL_REVIEW)
    assert rules.shows_signals_page(review, d)


def test_a_recorded_discussion_keeps_the_step_after_the_signal_closed(content):
    from isv_dialogue.model import SignalDiscussion, SignalStatus

    d = dossier()
    d.signals.append(Signal("sig1", TODAY, "Signaal", "eigen_bedrijf", status=SignalStatus.CLOSED))
    meeting = held(d, content, TODAY)
    meeting.signal_discussions["sig1"] = SignalDiscussion()
    assert not rules.shows_signals_page(meeting, d), "an empty record is not a discussion"
    meeting.signal_discussions["sig1"] = SignalDiscussion(decided="Afgesloten na audit")
    assert rules.shows_signals_page(meeting, d)


def test_only_a_signal_meeting_flags_an_undiscussed_signal(content):
    d = dossier()
    d.signals.append(Signal("sig1", TODAY, "Kinderarbeid gemeld", "directe_toeleverancier"))
    for kind in (MeetingKind.DIALOGUE, MeetingKind.ANNUAL_REVIEW):
        found = {g.kind for g in rules.gaps(held(d, content, TODAY, kind), d, content)}
        assert GapKind.SIGNAL_NOT_DISCUSSED not in found, kind
    found = rules.gaps(held(d, content, TODAY, MeetingKind.SIGNAL), d, content)
    assert rules.Gap(GapKind.SIGNAL_NOT_DISCUSSED, "sig1") in found


def test_minutes_file_names_say_edition_and_state(content):
    meeting = with_people(rules.new_meeting(MeetingKind.DIALOGUE, content, date(2025, 3, 7)))
    assert rules.minutes_file_name(meeting, "internal") == "verslag-2025-03-07-intern-concept.pdf"
    rules.finalise(meeting, NOW)
    assert rules.minutes_file_name(meeting, "supplier") == "verslag-2025-03-07-leverancier-definitief.pdf"


def test_an_annual_review_done_at_the_desk_can_be_finalised(content):
    """A report reviewed by the buyer alone is final without anyone from the supplier;
    a dialogue meeting still needs both sides."""
    now = datetime(2026, 5, 1, 12, tzinfo=timezone.utc)
    review = rules.new_meeting(MeetingKind.ANNUAL_REVIEW, content, now.date())
    review.participants = [Participant("M. Jansen", Side.BUYER, "contractmanager")]
    rules.finalise(review, now)
    assert review.is_final
    dialogue = rules.new_meeting(MeetingKind.DIALOGUE, content, now.date())
    dialogue.participants = [Participant("M. Jansen", Side.BUYER)]
    with pytest.raises(rules.MeetingIncompleteError, match="beide kanten"):
        rules.finalise(dialogue, now)
