"""The rules of the escalation ladder for signals of violations.

From the guidance: always try to solve it in consultation first; a measure
must be proportionate to the breach; termination (*ontbinding*) is legitimate
only when the supplier, after a notice of default (*ingebrekestelling*), still
does not comply. Rules that would make a record wrong are errors; advice the
buyer may overrule with a reason is a warning. Both are one clear sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from .errors import IsvError
from .i18n import _
from .model import EscalationStep, Signal, SignalStatus
from .questionnaires import SignalGuide, Text

CONVERSATION = "gesprek"
NOTICE_OF_DEFAULT = "ingebrekestelling"
TERMINATION = "ontbinding"
# Steps that are measures against the supplier rather than talking with it.
COERCIVE = ("ingebrekestelling", "boete", "ontbinding")


class EscalationError(IsvError):
    """A step or closure that the guidance does not allow, with the reason."""


@dataclass
class StepCheck:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def allowed(self) -> bool:
        return not self.errors


def expectation(guide: SignalGuide, chain_position: str) -> Text | None:
    """What the supplier is expected to do, given where in the chain it happened."""
    return next((p.expectation for p in guide.chain_positions if p.id == chain_position), None)


def unmet_notice(signal: Signal, on: date) -> EscalationStep | None:
    """A notice of default whose deadline passed before ``on`` without compliance."""
    for step in signal.steps:
        if (step.kind == NOTICE_OF_DEFAULT and step.deadline is not None
                and step.deadline < on and step.complied is False):
            return step
    return None


def check_step(signal: Signal, step: EscalationStep, guide: SignalGuide) -> StepCheck:
    """Everything the guidance says about adding ``step`` to ``signal``."""
    check = StepCheck()
    known = {s.id for s in guide.steps}
    if step.kind not in known:
        check.errors.append(_("'{kind}' is geen bekende stap.", kind=step.kind))
        return check
    if not signal.is_open:
        check.errors.append(_("Dit signaal is afgesloten; heropen het om een stap toe te voegen."))
    if step.date < signal.received:
        check.errors.append(_("Een stap kan niet eerder zijn dan de datum waarop het signaal binnenkwam."))
    if step.kind != CONVERSATION and not step.reason.strip():
        check.errors.append(_("Leg vast waarom deze maatregel in verhouding staat tot de overtreding."))
    if step.kind == NOTICE_OF_DEFAULT:
        _check_notice(step, check)
    if step.kind == TERMINATION and unmet_notice(signal, step.date) is None:
        check.errors.append(_(
            "Ontbinding kan pas na een ingebrekestelling waarvan de termijn is verstreken "
            "zonder dat de leverancier de afspraken is nagekomen."))
    if step.kind != CONVERSATION and not any(s.kind == CONVERSATION for s in signal.steps):
        check.warnings.append(_(
            "Er is nog geen gesprek vastgelegd. Probeer altijd eerst in overleg tot een "
            "constructieve oplossing te komen."))
    if step.kind in COERCIVE and len(signal.steps) == 0:
        check.warnings.append(_("Dit is de eerste stap bij dit signaal; is een lichtere maatregel "
                                "niet in verhouding?"))
    return check


def _check_notice(step: EscalationStep, check: StepCheck) -> None:
    if step.deadline is None:
        check.errors.append(_("Een ingebrekestelling heeft een termijn nodig waarbinnen de "
                              "leverancier moet nakomen."))
    elif step.deadline <= step.date:
        check.errors.append(_("De termijn van de ingebrekestelling moet na de datum ervan liggen."))


def add_step(signal: Signal, step: EscalationStep, guide: SignalGuide) -> list[str]:
    """Add a step the rules allow and return the warnings; refuse one they do not."""
    check = check_step(signal, step, guide)
    if not check.allowed:
        raise EscalationError(check.errors[0])
    signal.steps.append(step)
    signal.steps.sort(key=lambda s: s.date)
    return check.warnings


def record_compliance(signal: Signal, step_id: str, complied: bool, today: date) -> None:
    """Record whether the supplier met a notice of default once its term is over."""
    step = next((s for s in signal.steps if s.id == step_id), None)
    if step is None or step.kind != NOTICE_OF_DEFAULT:
        raise EscalationError(_("Alleen bij een ingebrekestelling wordt nakoming vastgelegd."))
    if step.deadline is None or step.deadline >= today:
        raise EscalationError(_("De termijn van deze ingebrekestelling loopt nog."))
    step.complied = complied


def check_signal(signal: Signal, guide: SignalGuide, today: date) -> list[str]:
    """What keeps a registered or edited signal from being a sound record."""
    errors = []
    if not signal.description.strip():
        errors.append(_("Beschrijf wat er is gebeurd."))
    if signal.chain_position not in {p.id for p in guide.chain_positions}:
        errors.append(_("Kies waar in de keten de schending plaatsvindt."))
    if signal.received > today:
        errors.append(_("Een signaal kan niet in de toekomst zijn binnengekomen."))
    first = min((s.date for s in signal.steps), default=None)
    if first is not None and signal.received > first:
        errors.append(_("Het signaal kan niet later zijn binnengekomen dan de eerste stap "
                        "({day:%d-%m-%Y}).", day=first))
    if signal.closed_on is not None and signal.received > signal.closed_on:
        errors.append(_("Het signaal kan niet later zijn binnengekomen dan het werd afgesloten "
                        "({day:%d-%m-%Y}).", day=signal.closed_on))
    return errors


def check_close(signal: Signal, outcome: str, on: date, guide: SignalGuide) -> list[str]:
    """Why ``signal`` cannot be closed with ``outcome`` on ``on``; empty when it can."""
    if outcome not in {o.id for o in guide.outcomes}:
        return [_("'{outcome}' is geen bekende uitkomst.", outcome=outcome)]
    errors = []
    if on < signal.received:
        errors.append(_("Een signaal kan niet worden afgesloten vóór het binnenkwam."))
    if outcome == "contract_beeindigd" and not any(s.kind == TERMINATION for s in signal.steps):
        errors.append(_("'Contract beëindigd' vraagt eerst een vastgelegde ontbinding."))
    return errors


def compliance_open(signal: Signal, step: EscalationStep, today: date) -> bool:
    """Whether the buyer can (still) record if the supplier met this notice of default.

    Only for an ingebrekestelling whose term is over, on an open signal, and not
    once an ontbinding has been recorded on the strength of it.
    """
    return (signal.is_open and step.kind == NOTICE_OF_DEFAULT and step.deadline is not None
            and step.deadline < today
            and not any(s.kind == TERMINATION and s.date > step.deadline for s in signal.steps))


def close_signal(signal: Signal, outcome: str, on: date, notes: str, guide: SignalGuide) -> None:
    errors = check_close(signal, outcome, on, guide)
    if errors:
        raise EscalationError(errors[0])
    signal.status = SignalStatus.CLOSED
    signal.outcome = outcome
    signal.closed_on = on
    signal.outcome_notes = notes


def reopen_signal(signal: Signal) -> None:
    signal.status = SignalStatus.OPEN
    signal.outcome = ""
    signal.closed_on = None


def highest_step(signal: Signal, guide: SignalGuide) -> str | None:
    """The heaviest step taken so far, in the ladder's order from signalen.toml."""
    return heaviest_step((s.kind for s in signal.steps), guide)


def heaviest_step(kinds: Iterable[str], guide: SignalGuide) -> str | None:
    """The heaviest of these kinds of step on the ladder (unknown kinds count for nothing)."""
    order = [s.id for s in guide.steps]
    taken = [kind for kind in kinds if kind in order]
    return max(taken, key=order.index) if taken else None
