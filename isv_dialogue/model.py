"""The domain: suppliers, meetings, agreements and signals as plain dataclasses.

Ids of questionnaire items, topics, categories, norms and escalation steps are
the stable ids from ``questionnaires/``; the wording lives there, not here.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from enum import StrEnum

from .reporting import Verdict


def new_id() -> str:
    """A short random id; file names are made from these, never from user text."""
    return secrets.token_hex(5)


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


class MeetingKind(StrEnum):
    DIALOGUE = "dialogue"
    ANNUAL_REVIEW = "annual_review"
    SIGNAL = "signal"


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class Side(StrEnum):
    BUYER = "buyer"
    SUPPLIER = "supplier"


class Assessment(StrEnum):
    """The buyer's judgement of a point; an undiscussed point has none."""

    SUFFICIENT = "sufficient"
    NEEDS_IMPROVEMENT = "needs_improvement"
    INSUFFICIENT = "insufficient"


class Presence(StrEnum):
    PRESENT = "present"
    PARTLY = "partly"
    MISSING = "missing"


class AgreementStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class SignalStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass
class Contact:
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclass
class Commitment:
    """A commitment from the supplier's plan van aanpak."""

    id: str
    text: str
    due: date | None = None


@dataclass
class Supplier:
    id: str
    name: str
    contract_reference: str = ""
    category: str = ""
    covenant: str = ""
    contract_start: date | None = None
    contract_end: date | None = None
    plan_of_action_date: date | None = None
    contacts: list[Contact] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    notes: str = ""


@dataclass
class Participant:
    name: str
    side: Side
    role: str = ""


@dataclass
class Answer:
    """What was said about one question or aandachtspunt.

    ``discussed`` is kept apart from ``assessment`` so that a point that was
    not discussed never reads as a negative judgement.
    """

    discussed: bool = False
    supplier_answer: str = ""
    assessment: Assessment | None = None


@dataclass
class TopicNotes:
    notes: str = ""
    internal_notes: str = ""


@dataclass
class ContentCheck:
    """Whether the annual report holds one of its required parts."""

    presence: Presence | None = None
    comment: str = ""


@dataclass
class CommitmentCheck:
    """How a commitment stood in a review: met (True), not met (False) or not
    assessed (None); ``not_due`` marks one whose term had not yet passed."""

    met: bool | None = None
    comment: str = ""
    not_due: bool = False


@dataclass
class AnnualReview:
    contract_year: int
    contents: dict[str, ContentCheck] = field(default_factory=dict)
    commitments: dict[str, CommitmentCheck] = field(default_factory=dict)
    verdict: Verdict | None = None
    verdict_reasons: str = ""
    expectations: str = ""


@dataclass
class SignalDiscussion:
    said: str = ""
    decided: str = ""


@dataclass
class Amendment:
    """A correction to a finalised meeting, kept beside it rather than in it."""

    at: datetime
    reason: str
    text: str


@dataclass
class Meeting:
    id: str
    date: date
    kind: MeetingKind
    questionnaire_id: str
    questionnaire_version: int
    topics: list[str] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    location: str = ""
    answers: dict[str, Answer] = field(default_factory=dict)
    topic_notes: dict[str, TopicNotes] = field(default_factory=dict)
    notes: str = ""
    internal_notes: str = ""
    review: AnnualReview | None = None
    signal_discussions: dict[str, SignalDiscussion] = field(default_factory=dict)
    next_meeting: date | None = None
    next_meeting_notes: str = ""
    status: MeetingStatus = MeetingStatus.DRAFT
    finalised_at: datetime | None = None
    amendments: list[Amendment] = field(default_factory=list)
    created_at: datetime = field(default_factory=utc_now)
    # The wizard step the buyer was on (a page key such as "topic:incidenten"),
    # so an unfinished meeting reopens where it was left, on any machine.
    resume_page: str = ""
    # The buyer's organisation (the contracting authority), recorded when the meeting
    # is created from the settings, so the minutes read the same from the app and the CLI.
    buyer_organisation: str = ""

    @property
    def is_final(self) -> bool:
        return self.status is MeetingStatus.FINAL


@dataclass
class AgreementUpdate:
    """How an agreement stood when it was looked at again in a later meeting."""

    meeting_id: str
    status: AgreementStatus
    note: str = ""
    # Set when the wording, owner or date was changed in that meeting; the
    # agreement then stays open under its new terms.
    changed: bool = False


@dataclass
class Agreement:
    id: str
    text: str
    made_in: str
    owner: str = ""
    due: date | None = None
    status: AgreementStatus = AgreementStatus.OPEN
    updates: list[AgreementUpdate] = field(default_factory=list)

    @property
    def is_open(self) -> bool:
        return self.status is AgreementStatus.OPEN


@dataclass
class EscalationStep:
    """One measure on the ladder; ``kind`` is a step id from signalen.toml."""

    id: str
    kind: str
    date: date
    who: str = ""
    reason: str = ""
    deadline: date | None = None
    complied: bool | None = None
    notes: str = ""


@dataclass
class Signal:
    id: str
    received: date
    description: str
    chain_position: str
    channel: str = ""
    source: str = ""
    norm: str = ""
    status: SignalStatus = SignalStatus.OPEN
    steps: list[EscalationStep] = field(default_factory=list)
    outcome: str = ""
    closed_on: date | None = None
    outcome_notes: str = ""

    @property
    def is_open(self) -> bool:
        return self.status is SignalStatus.OPEN


@dataclass
class AuditEntry:
    """One line of the audit trail: who changed what, and when. Appended by the
    storage on each meaningful change (``isv_dialogue/audit.py``), never rewritten.
    ``ref`` names the record (``meeting:<id>``, ``signal:<id>``, ``agreement:<id>``,
    ``supplier:<id>`` or ``dossier``); ``detail`` is a short note, never typed text."""

    at: datetime
    user: str
    action: str
    ref: str
    detail: str = ""


@dataclass
class Dossier:
    """Everything known about one supplier: what one supplier file holds."""

    supplier: Supplier
    meetings: list[Meeting] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)

    def meeting(self, meeting_id: str) -> Meeting | None:
        return next((m for m in self.meetings if m.id == meeting_id), None)

    def meetings_newest_first(self) -> list[Meeting]:
        return sorted(self.meetings, key=lambda m: (m.date, m.created_at), reverse=True)

    def latest_meeting(self) -> Meeting | None:
        ordered = self.meetings_newest_first()
        return ordered[0] if ordered else None

    def open_agreements(self) -> list[Agreement]:
        return [a for a in self.agreements if a.is_open]

    def open_signals(self) -> list[Signal]:
        return [s for s in self.signals if s.is_open]

    def history(self, ref: str | None = None) -> list[AuditEntry]:
        """The audit trail, oldest first; only that of one record if ``ref`` is given."""
        return [e for e in self.audit if ref is None or e.ref == ref]
