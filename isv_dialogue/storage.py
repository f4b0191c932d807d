"""Supplier files: one TinyDB JSON file per supplier, written atomically.

TinyDB's own JSONStorage rewrites its file in place, so a crash mid-write
breaks it; ``AtomicStorage`` replaces it with whole-file atomic writes and
owns the schema header (version, last change) that every file carries.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, TypeVar

from tinydb import Query, TinyDB
from tinydb.storages import Storage

from . import __version__
from .atomic import atomic_write, os_error_reason, remove_own_temp_files
from .codec import decode, encode
from .errors import (DataError, FinalisedError, NotFoundError, SupplierFileError,
                     UnreadableFileError)
from .i18n import _
from .locking import FileLock
from . import audit, backups, migrations
from .model import Agreement, AuditEntry, Dossier, Meeting, Signal, Supplier, utc_now

T = TypeVar("T")

META = "_meta"
SUPPLIER, MEETINGS, AGREEMENTS, SIGNALS = "supplier", "meetings", "agreements", "signals"
# The audit trail (audit.py): rows appended by this module only, in the same
# write as the change they describe. A file without it (older) reads as empty.
AUDIT = "audit"
@dataclass(frozen=True)
class FileHeader:
    schema: int
    updated_at: datetime


def read_document(path: Path) -> dict[str, Any]:
    """Parse a supplier file and bring it to the current schema, in memory only."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise NotFoundError(_("{name} bestaat niet.", name=path.name)) from None
    except OSError as exc:
        raise UnreadableFileError(_("{name} kan niet gelezen worden: {reason}.", name=path.name,
                                     reason=exc.strerror)) from None
    if not raw.strip():
        raise UnreadableFileError(_("{name} is leeg.", name=path.name))
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise UnreadableFileError(_("{name} is geen geldig JSON-bestand (beschadigd of afgebroken).",
                                     name=path.name)) from None
    if not isinstance(data, dict) or not isinstance(data.get(META), dict):
        raise UnreadableFileError(_("{name} is geen leveranciersbestand van ISV-dialoog.", name=path.name))
    try:
        data = migrations.migrate(data, _schema_of(data))
        header_of(data)  # checked now, so header() on an open file cannot fail later
        return data
    except DataError as exc:
        raise UnreadableFileError(_("{name}: {problem}", name=path.name, problem=exc)) from None


def _schema_of(data: dict[str, Any]) -> int:
    meta = next(iter(data[META].values()), None)
    schema = meta.get("schema") if isinstance(meta, dict) else None
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise DataError(_("het schemanummer ontbreekt."))
    return schema


def header_of(data: dict[str, Any]) -> FileHeader:
    schema = _schema_of(data)
    try:
        updated_at = datetime.fromisoformat(next(iter(data[META].values()))["updated_at"])
    except (KeyError, TypeError, ValueError):
        updated_at = None
    # Without an offset the moment cannot be compared with others (import).
    if updated_at is None or updated_at.tzinfo is None:
        raise DataError(_("het tijdstip van de laatste wijziging ontbreekt."))
    return FileHeader(schema, updated_at)


class AtomicStorage(Storage):
    """TinyDB storage: atomic whole-file writes, a schema header, and (for the
    lock holder, the only writer) an in-memory copy so a save never re-reads."""

    def __init__(self, path: Path, writable: bool = False):
        self.path = path
        self.writable = writable
        self.stamp: datetime | None = None
        self._cache: dict[str, Any] | None = None
        # Set by SupplierFile on a file that existed: keeps a rolling backup
        # (backups.py) once, before this opening's first write changes it.
        self.before_first_write: Callable[[], str | None] | None = None
        self.backup_problem: str | None = None
        # Audit rows (JSON) that the next write appends: set by SupplierFile
        # around one change, so change and entry land in one atomic write.
        self.pending_audit: list[dict[str, Any]] = []
        self.writes = 0  # how many writes were tried: what was read before may be stale

    def read(self) -> dict[str, Any] | None:
        if self._cache is not None:
            return self._cache
        if not self.path.exists():
            return None
        data = read_document(self.path)
        if self.writable:
            self._cache = data
        return data

    def write(self, data: dict[str, Any]) -> None:
        if not self.writable:
            raise SupplierFileError(_("{name} is alleen-lezen geopend.", name=self.path.name))
        if self.before_first_write is not None:
            hook, self.before_first_write = self.before_first_write, None
            self.backup_problem = hook()
        self.writes += 1
        stamp = self.stamp or utc_now()
        self.stamp = None
        pending, self.pending_audit = self.pending_audit, []
        if pending:
            _append_rows(data.setdefault(AUDIT, {}), pending)
        data[META] = {"1": {"schema": migrations.SCHEMA_VERSION, "app": __version__,
                            "updated_at": stamp.isoformat()}}
        # ASCII with \u escapes: the same JSON values, but the encoder's fast path
        # (a third less time on a ten-year file; docs/performance.md).
        payload = json.dumps(data, separators=(",", ":")).encode("ascii")
        try:
            atomic_write(self.path, payload)
        except OSError as exc:
            self._cache = None  # TinyDB changed it in place; disk is the truth
            raise SupplierFileError(_("{name} kon niet worden opgeslagen: {reason}.",
                                      name=self.path.name, reason=os_error_reason(exc))) from None
        self._cache = data


class SupplierFile:
    """One supplier's file, open for reading, or for writing under a lock."""

    def __init__(self, path: Path, *, writable: bool):
        self.path = path
        self.writable = writable
        self._lock = FileLock(path) if writable else None
        self._checked: tuple[int, Dossier] | None = None  # see below: handed to the first load()
        if self._lock:
            try:
                self._lock.acquire()
            except OSError as exc:  # a read-only folder or a full disk: say so, plainly
                raise SupplierFileError(_("{name} kan niet worden geopend om te bewerken: {reason}.",
                                          name=path.name, reason=os_error_reason(exc))) from None
        try:
            if writable:  # under the lock, every temp file of ours is a dead writer's
                remove_own_temp_files(path)
            self._storage = AtomicStorage(path, writable)
            self._storage.read()
            self._db = TinyDB(storage=lambda: self._storage)
            if writable and path.exists():
                # A file whose records cannot be read is never opened for
                # writing: a save would rewrite what we could not understand.
                # What that check decoded is handed to the first load(), which
                # nearly always follows (a meeting opened: ~40 ms at ten years).
                self._checked = (self._storage.writes, self._decode())
                if self.header().schema < migrations.SCHEMA_VERSION:
                    backup_copy(path, f"schema{self.header().schema}")
                self._storage.before_first_write = lambda: backups.on_open(path)
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> SupplierFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._lock:
            self._lock.release()
            self._lock = None

    def header(self) -> FileHeader:
        data = self._storage.read()
        if data is None:
            raise NotFoundError(_("{name} bestaat niet.", name=self.path.name))
        return header_of(data)

    def load(self) -> Dossier:
        checked, self._checked = self._checked, None
        if checked is not None and checked[0] == self._storage.writes:
            return checked[1]
        return self._decode()

    def _decode(self) -> Dossier:
        data = self._storage.read() or {}
        where = self.path.name
        try:
            suppliers = list(self._rows(data, SUPPLIER).values())
            if len(suppliers) != 1:
                raise DataError(_("het bestand moet precies één leverancier bevatten."))
            return Dossier(
                supplier=decode(Supplier, suppliers[0], "supplier"),
                meetings=self._decode_all(data, MEETINGS, Meeting),
                agreements=self._decode_all(data, AGREEMENTS, Agreement),
                signals=self._decode_all(data, SIGNALS, Signal),
                audit=self._decode_all(data, AUDIT, AuditEntry),
            )
        except DataError as exc:
            raise UnreadableFileError(_("{name}: {problem}", name=where, problem=exc)) from None

    @staticmethod
    def _rows(data: dict[str, Any], table: str) -> dict[str, Any]:
        rows = data.get(table, {})
        if not isinstance(rows, dict):
            raise DataError(_("{table}: moet een object zijn.", table=table))
        return rows

    @classmethod
    def _decode_all(cls, data: dict[str, Any], table: str, row_cls: type[T]) -> list[T]:
        rows = cls._rows(data, table)
        return [decode(row_cls, row, f"{table}[{key}]") for key, row in rows.items()]

    def save_supplier(self, supplier: Supplier) -> None:
        self._upsert(SUPPLIER, supplier, audit.supplier_changes)

    def save_meeting(self, meeting: Meeting) -> None:
        self._upsert(MEETINGS, meeting, audit.meeting_changes)

    def save_agreement(self, agreement: Agreement) -> None:
        self._upsert(AGREEMENTS, agreement, audit.agreement_changes)

    def save_signal(self, signal: Signal) -> None:
        self._upsert(SIGNALS, signal, audit.signal_changes)

    def delete_meeting(self, meeting_id: str) -> None:
        stored = self._stored(MEETINGS, meeting_id)
        if stored is not None and stored.get("status") == "final":
            raise FinalisedError(_("Een definitief verslag kan niet worden verwijderd."))
        changes = [(audit.DELETED, audit.ref("meeting", meeting_id), "")] if stored else []
        with self._auditing(changes):
            self._db.table(MEETINGS).remove(Query().id == meeting_id)

    def delete_agreement(self, agreement_id: str) -> None:
        """An agreement recorded in final minutes stays; it can only be cancelled."""
        stored = self._stored(AGREEMENTS, agreement_id)
        made_in = self._stored(MEETINGS, stored.get("made_in", "")) if stored else None
        if made_in is not None and made_in.get("status") == "final":
            raise FinalisedError(_("Deze afspraak staat in een definitief verslag; "
                                   "zet haar op vervallen in plaats van haar te verwijderen."))
        changes = [(audit.DELETED, audit.ref("agreement", agreement_id), "")] if stored else []
        with self._auditing(changes):
            self._db.table(AGREEMENTS).remove(Query().id == agreement_id)

    def replace_all(self, dossier: Dossier, updated_at: datetime | None = None) -> None:
        """Write a whole dossier in one atomic write, keeping its timestamp if given.
        Its audit trail is written as it is: the caller adds an entry if one is due."""
        data = {SUPPLIER: {"1": encode(dossier.supplier)}}
        for table, rows in ((MEETINGS, dossier.meetings), (AGREEMENTS, dossier.agreements),
                            (SIGNALS, dossier.signals), (AUDIT, dossier.audit)):
            data[table] = {str(n): encode(row) for n, row in enumerate(rows, start=1)}
        self._storage.stamp = updated_at
        self._storage.write(data)
        self._db = TinyDB(storage=lambda: self._storage)

    def _stored(self, table: str, row_id: str) -> dict[str, Any] | None:
        return self._db.table(table).get(Query().id == row_id)  # type: ignore[return-value]

    def _upsert(self, table: str, row: Any,
                changes: Callable[[dict[str, Any] | None, dict[str, Any]], list[audit.Change]]
                ) -> None:
        stored = self._stored(table, row.id)
        new = encode(row)
        if table == MEETINGS and stored is not None and stored.get("status") == "final":
            _check_only_amended(stored, new)
        # Insert or update, not TinyDB's upsert: that writes twice for a new row
        # (an update matching nothing, then the insert), and the audit entry
        # must land in the write that holds the change.
        with self._auditing(changes(stored, new)):
            if stored is None:
                self._db.table(table).insert(new)
            else:
                self._db.table(table).update(new, Query().id == row.id)

    @contextmanager
    def _auditing(self, changes: list[audit.Change]) -> Iterator[None]:
        """Append the audit entries for ``changes`` in the write that the body makes."""
        if changes:
            rows = self._rows(self._storage.read() or {}, AUDIT)
            self._storage.pending_audit = [encode(e) for e in audit.entries_for(changes, rows)]
        try:
            yield
        finally:
            self._storage.pending_audit = []


def _append_rows(rows: dict[str, Any], new: list[dict[str, Any]]) -> None:
    """Add rows to a TinyDB table under the next free numeric keys."""
    n = len(rows)
    for row in new:
        n += 1
        while str(n) in rows:
            n += 1
        rows[str(n)] = row


def with_audit_entry(raw: bytes, entry: AuditEntry) -> bytes:
    """A supplier file's bytes with one audit entry appended, the rest as it was
    (a restore records itself this way, in the one write that puts the copy back).
    ``raw`` must be a readable supplier file."""
    data = json.loads(raw)
    _append_rows(data.setdefault(AUDIT, {}), [encode(entry)])
    return json.dumps(data, separators=(",", ":")).encode("ascii")


def _check_only_amended(stored: dict[str, Any], new: dict[str, Any]) -> None:
    """A final meeting may only gain amendments; everything else stays as it was."""
    old_amendments = stored.get("amendments", [])
    new_amendments = new.get("amendments", [])
    same_rest = ({k: v for k, v in stored.items() if k != "amendments"}
                 == {k: v for k, v in new.items() if k != "amendments"})
    if not same_rest or new_amendments[:len(old_amendments)] != old_amendments:
        raise FinalisedError(_(
            "Dit verslag is definitief; leg een wijziging vast als correctie met een reden."))


def backup_copy(path: Path, label: str) -> Path:
    """Keep a copy of a file before it is replaced wholesale (import, migration)."""
    target = backups.free_name(path.parent, f"{path.name}.{label}-{utc_now():%Y%m%dT%H%M%S}",
                               backups.SUFFIX)
    shutil.copy2(path, target)
    return target
