"""Every rule of the escalation ladder, through the domain."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from isv_dialogue.model import EscalationStep, Signal, SignalStatus, new_id
from isv_dialogue.signals import (EscalationError, add_step, check_close, check_signal,
                                  check_step, close_signal, compliance_open, expectation,
                                  highest_step, record_compliance, unmet_notice)

DAY = date(2026, 3, 1)


def signal(**kw) -> Signal:
    return Signal(id=new_id(), received=DAY, description="Onbetaald overwerk",
                  chain_position="directe_toeleverancier", **kw)


def step(kind: str, days: int = 1, reason: str = "In verhouding: eerdere afspraken niet nagekomen.",
         **kw) -> EscalationStep:
    return EscalationStep(id=new_id(), kind=kind, date=DAY + timedelta(days=days), reason=reason, **kw)


def test_conversation_needs_no_reason_and_raises_no_warning(content):
    """Talking is always the first, free step."""
    check = check_step(signal(), step("gesprek", reason=""), content.signals)
    assert check.allowed and check.warnings == []


@pytest.mark.parametrize("kind", ["verbeterplan", "extern_advies", "nader_onderzoek", "boete"])
def test_a_measure_without_a_proportionality_reason_is_refused(content, kind):
    """A measure must say why it is in proportion to the breach."""
    s = signal(steps=[step("gesprek")])
    with pytest.raises(EscalationError, match="in verhouding staat"):
        add_step(s, step(kind, days=5, reason="  "), content.signals)
    assert len(s.steps) == 1


def test_a_measure_before_any_conversation_warns_to_try_dialogue_first(content):
    """The buyer is reminded to seek a solution in consultation first, not refused."""
    s = signal()
    warnings = add_step(s, step("extern_advies"), content.signals)
    assert any("eerst in overleg" in w for w in warnings)
    assert [x.kind for x in s.steps] == ["extern_advies"]


def test_a_notice_of_default_needs_a_deadline_after_its_date(content):
    """An ingebrekestelling without a term, or with a term in the past, is refused."""
    s = signal(steps=[step("gesprek")])
    with pytest.raises(EscalationError, match="termijn nodig"):
        add_step(s, step("ingebrekestelling", days=10), content.signals)
    with pytest.raises(EscalationError, match="na de datum"):
        add_step(s, step("ingebrekestelling", days=10, deadline=DAY + timedelta(days=10)),
                 content.signals)
    add_step(s, step("ingebrekestelling", days=10, deadline=DAY + timedelta(days=40)), content.signals)
    assert s.steps[-1].kind == "ingebrekestelling"


def test_termination_without_a_notice_of_default_is_refused(content):
    """Ontbinding is not open before an ingebrekestelling."""
    s = signal(steps=[step("gesprek"), step("boete", days=5)])
    with pytest.raises(EscalationError, match="pas na een ingebrekestelling"):
        add_step(s, step("ontbinding", days=60), content.signals)


def test_termination_while_the_notice_term_runs_is_refused(content):
    """Ontbinding must wait until the term of the notice is over."""
    notice = step("ingebrekestelling", days=10, deadline=DAY + timedelta(days=40))
    s = signal(steps=[step("gesprek"), notice])
    with pytest.raises(EscalationError, match="pas na een ingebrekestelling"):
        add_step(s, step("ontbinding", days=30), content.signals)


def test_termination_after_a_complied_notice_is_refused(content):
    """A supplier that complied within the term cannot be terminated on that notice."""
    notice = step("ingebrekestelling", days=10, deadline=DAY + timedelta(days=40), complied=True)
    s = signal(steps=[step("gesprek"), notice])
    with pytest.raises(EscalationError):
        add_step(s, step("ontbinding", days=60), content.signals)


def test_termination_after_an_unmet_notice_is_allowed(content):
    """After the term passed without compliance, ontbinding is legitimate."""
    notice = step("ingebrekestelling", days=10, deadline=DAY + timedelta(days=40))
    s = signal(steps=[step("gesprek"), notice])
    record_compliance(s, notice.id, False, today=DAY + timedelta(days=41))
    assert unmet_notice(s, DAY + timedelta(days=60)) is notice
    add_step(s, step("ontbinding", days=60), content.signals)
    assert highest_step(s, content.signals) == "ontbinding"


def test_compliance_cannot_be_recorded_before_the_term_ends(content):
    """Whether the supplier complied is known only after the deadline."""
    notice = step("ingebrekestelling", days=10, deadline=DAY + timedelta(days=40))
    s = signal(steps=[notice])
    with pytest.raises(EscalationError, match="loopt nog"):
        record_compliance(s, notice.id, False, today=DAY + timedelta(days=20))


def test_steps_on_a_closed_signal_or_before_it_came_in_are_refused(content):
    """A closed signal takes no new steps; no step predates the signal."""
    s = signal()
    assert not check_step(s, step("gesprek", days=-3), content.signals).allowed
    close_signal(s, "opgelost", DAY + timedelta(days=2), "Loon nabetaald.", content.signals)
    assert s.status is SignalStatus.CLOSED
    with pytest.raises(EscalationError, match="afgesloten"):
        add_step(s, step("gesprek", days=3), content.signals)


def test_contract_ended_outcome_needs_a_recorded_termination(content):
    """'Contract beëindigd' follows an ontbinding, never stands alone."""
    with pytest.raises(EscalationError, match="ontbinding"):
        close_signal(signal(), "contract_beeindigd", DAY, "", content.signals)


def test_steps_are_kept_in_date_order(content):
    """The timeline reads from first to last step whatever the entry order."""
    s = signal()
    add_step(s, step("gesprek", days=9), content.signals)
    add_step(s, step("gesprek", days=2), content.signals)
    assert [x.date for x in s.steps] == sorted(x.date for x in s.steps)


@pytest.mark.parametrize("position, words", [
    ("eigen_bedrijf", "onmiddellijk aanpakken"),
    ("directe_toeleverancier", "verbeterplan eisen"),
    ("verderop_in_keten", "druk uit te oefenen"),
])
def test_chain_position_tells_what_the_supplier_must_do(content, position, words):
    """The expectation shown to the buyer follows from where in the chain it happened."""
    assert words in expectation(content.signals, position).nl


def test_a_signal_needs_a_description_and_a_chain_position(content):
    """Without what happened and where in the chain, the buyer cannot judge the signal."""
    bare = Signal(id=new_id(), received=DAY, description="  ", chain_position="")
    errors = check_signal(bare, content.signals, today=DAY)
    assert any("Beschrijf" in e for e in errors)
    assert any("plaats" in e or "keten" in e for e in errors)
    assert check_signal(signal(), content.signals, today=DAY) == []


def test_a_signal_cannot_come_in_after_today_or_after_its_steps(content):
    """Editing the received date may not put it in the future or after the first step or closure."""
    assert any("toekomst" in e for e in check_signal(signal(), content.signals,
                                                      today=DAY - timedelta(days=1)))
    late = signal(steps=[step("gesprek", days=-2)])
    assert any("eerste stap" in e for e in check_signal(late, content.signals, today=DAY))
    closed = signal(closed_on=DAY - timedelta(days=1))
    assert any("afgesloten" in e for e in check_signal(closed, content.signals, today=DAY))


def test_check_close_explains_what_close_signal_refuses(content):
    """The live check in the close dialog and close_signal give the same reasons."""
    s = signal()
    assert check_close(s, "opgelost", DAY, content.signals) == []
    assert "ontbinding" in check_close(s, "contract_beeindigd", DAY, content.signals)[0]
    assert "vóór" in check_close(s, "opgelost", DAY - timedelta(days=1), content.signals)[0]
    assert "bekende uitkomst" in check_close(s, "weg", DAY, content.signals)[0]


def test_compliance_is_open_only_after_the_term_and_before_termination(content):
    """Nakoming is recorded once the term is over, and no longer once ontbinding relied on it."""
    notice = step("ingebrekestelling", days=10, deadline=DAY + timedelta(days=40))
    talk = step("gesprek")
    s = signal(steps=[talk, notice])
    assert not compliance_open(s, talk, DAY + timedelta(days=50))
    assert not compliance_open(s, notice, DAY + timedelta(days=40))
    assert compliance_open(s, notice, DAY + timedelta(days=41))
    record_compliance(s, notice.id, False, today=DAY + timedelta(days=41))
    add_step(s, step("ontbinding", days=60), content.signals)
    assert not compliance_open(s, notice, DAY + timedelta(days=61))
