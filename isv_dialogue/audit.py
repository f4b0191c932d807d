"""The audit trail: who changed what in a supplier file, and when.

``SupplierFile`` is the one place writes happen, so it asks this module what a
save changed (comparing the stored row with the new one, both as JSON values)
and appends the entries in the same atomic write as the change itself. The
trail is append-only: nothing here rewrites or removes an entry.

What is recorded: creating, finalising, amending and deleting; status changes
of signals and agreements; escalation steps added; supplier data edits; imports
and restores. Routine edits of a meeting (and of the agreements made in it),
which autosave writes every few seconds, are coalesced: at most one "edited"
entry per record per ``COALESCE`` per user. A ``detail`` names fields and
statuses, never what the buyer typed, so the trail can be shown anywhere
internal without repeating confidential text.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from .model import AuditEntry, utc_now

COALESCE = timedelta(minutes=10)

CREATED, EDITED, FINALISED, AMENDED, DELETED = "created", "edited", "finalised", "amended", "deleted"
STATUS, STEP_ADDED, IMPORTED, RESTORED = "status", "step_added", "imported", "restored"

DOSSIER = "dossier"

# Dutch words for stored values and fields, for ``detail`` (the app speaks Dutch).
_STATUS_WORDS = {"open": "open", "done": "afgerond", "cancelled": "vervallen", "closed": "gesloten"}
_SUPPLIER_FIELDS = {
    "name": "naam", "contract_reference": "contractkenmerk", "category": "productgroep",
    "covenant": "IMVO-convenant", "contract_start": "begin contract",
    "contract_end": "einde contract", "plan_of_action_date": "plan van aanpak",
    "contacts": "contactpersonen", "commitments": "toezeggingen", "notes": "notities",
}
_SIGNAL_FIELDS = {
    "received": "ontvangen", "description": "omschrijving", "chain_position": "plaats in de keten",
    "channel": "kanaal", "source": "bron", "norm": "norm", "steps": "stappen",
    "outcome": "afloop", "closed_on": "gesloten op", "outcome_notes": "toelichting afloop",
}
# What a meeting save may change without it being an edit of the record:
# where the wizard was, and what the finalise/amend entries already say.
_MEETING_BOOKKEEPING = ("resume_page", "status", "finalised_at", "amendments")

Change = tuple[str, str, str]  # action, ref, detail


def current_user() -> str:
    """The login name of whoever runs the app (the same one the lock file names)."""
    try:
        return getpass.getuser() or "onbekend"
    except (KeyError, OSError):
        return "onbekend"


def now() -> datetime:
    """The clock; a test replaces it."""
    return utc_now()


def ref(kind: str, row_id: str) -> str:
    return f"{kind}:{row_id}"


def entry(action: str, where: str, detail: str = "") -> AuditEntry:
    return AuditEntry(now(), current_user(), action, where, detail)


# --- what a save changed ------------------------------------------------------------

def meeting_changes(stored: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[Change]:
    where = ref("meeting", new["id"])
    if stored is None:
        changes = [(CREATED, where, "")]
        if new.get("status") == "final":
            changes.append((FINALISED, where, ""))
        return changes
    changes = []
    if _without(stored, _MEETING_BOOKKEEPING) != _without(new, _MEETING_BOOKKEEPING):
        changes.append((EDITED, where, ""))
    if stored.get("status") != "final" and new.get("status") == "final":
        changes.append((FINALISED, where, ""))
    before = len(stored.get("amendments") or [])
    for n in range(before, len(new.get("amendments") or [])):
        changes.append((AMENDED, where, f"correctie {n + 1}"))
    return changes


def agreement_changes(stored: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[Change]:
    where = ref("agreement", new["id"])
    if stored is None:
        return [(CREATED, where, "")]
    changes = []
    if _without(stored, ("status",)) != _without(new, ("status",)):
        changes.append((EDITED, where, ""))
    if stored.get("status") != new.get("status"):
        changes.append((STATUS, where, _status(stored.get("status"), new.get("status"))))
    return changes


def signal_changes(stored: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[Change]:
    where = ref("signal", new["id"])
    if stored is None:
        return [(CREATED, where, "")] + [(STEP_ADDED, where, s.get("kind", ""))
                                         for s in new.get("steps") or []]
    changes = []
    old_steps = {s.get("id"): s for s in stored.get("steps") or []}
    added = [s for s in new.get("steps") or [] if s.get("id") not in old_steps]
    kept_steps = [s for s in new.get("steps") or [] if s.get("id") in old_steps]
    fields = [label for key, label in _SIGNAL_FIELDS.items()
              if key != "steps" and stored.get(key) != new.get(key)]
    if (kept_steps != [old_steps[s.get("id")] for s in kept_steps]
            or len(kept_steps) != len(old_steps)):
        fields.append(_SIGNAL_FIELDS["steps"])
    if fields:
        changes.append((EDITED, where, ", ".join(fields)))
    changes += [(STEP_ADDED, where, s.get("kind", "")) for s in added]
    if stored.get("status") != new.get("status"):
        changes.append((STATUS, where, _status(stored.get("status"), new.get("status"))))
    return changes


def supplier_changes(stored: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[Change]:
    where = ref("supplier", new["id"])
    if stored is None:
        return [(CREATED, where, "")]
    fields = [label for key, label in _SUPPLIER_FIELDS.items() if stored.get(key) != new.get(key)]
    fields += [key for key in sorted(set(stored) | set(new))
               if key not in _SUPPLIER_FIELDS and key != "id" and stored.get(key) != new.get(key)]
    return [(EDITED, where, ", ".join(fields))] if fields else []


def _without(row: Mapping[str, Any], keys: Iterable[str]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in keys}


def _status(old: object, new: object) -> str:
    return f"{_STATUS_WORDS.get(str(old), str(old))} → {_STATUS_WORDS.get(str(new), str(new))}"


# --- coalescing -----------------------------------------------------------------------

# Edits of these records come from autosave while the buyer types.
_COALESCED = ("meeting:", "agreement:")


def entries_for(changes: list[Change], stored_rows: Mapping[str, Any]) -> list[AuditEntry]:
    """The entries to append for ``changes``, leaving out a routine edit when the
    same user already has an entry for that record within ``COALESCE``.

    ``stored_rows`` is the file's audit table (JSON rows in the order written)."""
    at, user = now(), current_user()
    out: list[AuditEntry] = []
    for action, where, detail in changes:
        if (action == EDITED and where.startswith(_COALESCED)
                and (_recent(stored_rows, where, user, at)
                     or any(e.ref == where and e.action in (CREATED, EDITED) for e in out))):
            continue
        out.append(AuditEntry(at, user, action, where, detail))
    return out


def _recent(rows: Mapping[str, Any], where: str, user: str, at: datetime) -> bool:
    """Whether the newest 'created' or 'edited' entry of ``where`` by ``user`` is
    less than ``COALESCE`` old."""
    for row in reversed(rows.values()):
        if (isinstance(row, dict) and row.get("ref") == where and row.get("user") == user
                and row.get("action") in (CREATED, EDITED)):
            try:
                then = datetime.fromisoformat(row["at"])
                return timedelta(0) <= at - then < COALESCE
            except (KeyError, TypeError, ValueError):
                return False
    return False
