"""The dossier file: one supplier's whole record as a documented JSON file.

``export`` writes it, ``import`` reads it back after strict validation and
never replaces existing data silently. The format is described by the JSON
Schema in ``docs/dossier.schema.json``, generated from ``DossierDocument``.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from . import audit, migrations
from .atomic import atomic_write, os_error_reason
from .codec import decode, encode, json_schema, shown
from .errors import DataError, ImportRefusedError, IsvError
from .folder import DataFolder, valid_id
from .i18n import _
from .model import Agreement, AuditEntry, Dossier, Meeting, Signal, Supplier, utc_now
from .storage import SupplierFile, backup_copy

FORMAT = "isv-dialogue-dossier"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 200 * 1024 * 1024


@dataclass
class DossierDocument:
    """An ISV-dialoog dossier: one supplier with its meetings, agreements and signals,
    and the audit trail of who changed what (oldest first; absent in older dossiers)."""

    format: str
    format_version: int
    schema: int
    updated_at: datetime
    supplier: Supplier
    meetings: list[Meeting] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)

    @property
    def dossier(self) -> Dossier:
        return Dossier(self.supplier, self.meetings, self.agreements, self.signals, self.audit)


def dossier_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    root = json_schema(DossierDocument, defs)
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://isv-dialogue.invalid/dossier.schema.json",
        "title": "ISV-dialoog dossier",
        **root,
        "$defs": defs,
    }
    props = defs["DossierDocument"]["properties"]
    props["format"] = {"const": FORMAT}
    props["format_version"] = {"const": FORMAT_VERSION}
    return schema


def to_document(dossier: Dossier, updated_at: datetime) -> DossierDocument:
    ordered = sorted(dossier.meetings, key=lambda m: (m.date, m.created_at, m.id))
    return DossierDocument(FORMAT, FORMAT_VERSION, migrations.SCHEMA_VERSION, updated_at,
                           dossier.supplier,
                           ordered, list(dossier.agreements), list(dossier.signals),
                           list(dossier.audit))


def dumps(document: DossierDocument) -> bytes:
    return (json.dumps(encode(document), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def parse(raw: bytes, name: str) -> DossierDocument:
    """Validate a dossier file's bytes; every problem becomes one DataError sentence."""
    try:
        data = json.loads(raw)
    except RecursionError:
        raise DataError(_("{name}: te diep geneste gegevens.", name=name)) from None
    except (ValueError, UnicodeDecodeError):
        raise DataError(_("{name} is geen geldig JSON-bestand.", name=name)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DataError(_("{name} is geen dossier van ISV-dialoog.", name=name))
    if data.get("format_version") != FORMAT_VERSION:
        raise DataError(_("{name} heeft dossierformaat {found}; deze versie leest formaat {expected}.",
                          name=name, found=shown(repr(data.get("format_version"))),
                          expected=FORMAT_VERSION))
    try:
        document = decode(DossierDocument, data)
    except DataError as exc:
        raise DataError(_("{name}: {problem}", name=name, problem=exc)) from None
    except RecursionError:
        raise DataError(_("{name}: te diep geneste gegevens.", name=name)) from None
    check_document(document, name)
    check_references(document.dossier, name)
    return document


def check_document(document: DossierDocument, name: str) -> None:
    """Data from a newer app is refused rather than half-understood, and the
    moments that are compared must carry an offset (naive ones cannot be)."""
    if document.schema > migrations.SCHEMA_VERSION:
        raise DataError(_("{name} is gemaakt door een nieuwere versie van ISV-dialoog "
                          "(schema {schema}); werk de app bij.", name=name, schema=document.schema))
    moments = [("updated_at", document.updated_at)]
    moments += [(f"meetings[{i}].created_at", m.created_at)
                for i, m in enumerate(document.meetings)]
    moments += [(f"audit[{i}].at", e.at) for i, e in enumerate(document.audit)]
    for where, moment in moments:
        if moment.tzinfo is None:
            raise DataError(_("{name}: {where}: het tijdstip mist de UTC-afwijking.",
                              name=name, where=where))


def check_references(dossier: Dossier, name: str) -> None:
    """Ids unique, ids safe as file names, agreements pointing at real meetings."""
    if not valid_id(dossier.supplier.id):
        raise DataError(_("{name}: leverancier-id '{id}' is ongeldig.", name=name,
                          id=shown(dossier.supplier.id)))
    if not dossier.supplier.name.strip():
        raise DataError(_("{name}: de leverancier heeft geen naam.", name=name))
    groups = {"meetings": dossier.meetings, "agreements": dossier.agreements,
              "signals": dossier.signals,
              "steps": [step for s in dossier.signals for step in s.steps]}
    for label, rows in groups.items():
        bad = next((r.id for r in rows if not valid_id(r.id)), None)
        if bad is not None:
            raise DataError(_("{name}: {label} bevat ongeldige id '{id}'.", name=name, label=label,
                              id=shown(bad)))
        dupes = [i for i, n in Counter(r.id for r in rows).items() if n > 1]
        if dupes:
            raise DataError(_("{name}: {label} bevat id '{id}' meer dan eens.", name=name,
                              label=label, id=shown(dupes[0])))
    meeting_ids = {m.id for m in dossier.meetings}
    for agreement in dossier.agreements:
        if agreement.made_in and agreement.made_in not in meeting_ids:
            raise DataError(_("{name}: afspraak '{id}' verwijst naar een onbekend gesprek.",
                              name=name, id=agreement.id))


class Situation(StrEnum):
    """How a dossier compares with what the data folder holds."""

    NEW = "new"            # not in the folder: it is simply read in
    SAME = "same"          # identical: nothing to do
    OLDER_HERE = "older"   # the folder's copy is older: replace or copy
    NEWER_HERE = "newer"   # the folder's copy is newer: only a copy is allowed


def situation(current: DossierDocument, incoming: DossierDocument) -> Situation:
    """How ``incoming`` compares with ``current``, the folder's copy of its supplier."""
    if encode(current) == encode(incoming):
        return Situation.SAME
    if current.updated_at > incoming.updated_at:
        return Situation.NEWER_HERE
    return Situation.OLDER_HERE


def document_of(file: SupplierFile) -> DossierDocument:
    """The dossier of an open supplier file, stamped with its last change."""
    return to_document(file.load(), file.header().updated_at)


def export_dossier(folder: DataFolder, supplier_id: str, out: Path) -> None:
    with folder.open(supplier_id, writable=False) as file:
        document = document_of(file)
    _write(document, out)


def write_dossier(dossier: Dossier, out: Path) -> None:
    """Write a dossier held in memory to a file the user chose: the way out when
    the data folder cannot take a save (a full disk, a read-only folder); the
    file is imported again later like any export."""
    _write(to_document(dossier, utc_now()), out)


def _write(document: DossierDocument, out: Path) -> None:
    try:
        atomic_write(out, dumps(document))
    except OSError as exc:
        raise IsvError(_("Kan {path} niet schrijven: {reason}.", path=out,
                         reason=os_error_reason(exc))) from None


def read_limited(path: Path, limit: int) -> bytes:
    """A file's bytes, refused in one sentence when missing, unreadable or over ``limit``."""
    try:
        if path.stat().st_size > limit:
            raise DataError(_("{name} is groter dan {size} MB.", name=path.name,
                              size=limit // 2**20))
        return path.read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from None


def unreadable(path: Path, exc: OSError) -> DataError:
    """The one sentence for a file that cannot be read: missing, or why not."""
    if isinstance(exc, FileNotFoundError):
        return DataError(_("{path} bestaat niet.", path=path))
    return DataError(_("{path} kan niet gelezen worden: {reason}.", path=path,
                       reason=exc.strerror))


def read_dossier_file(path: Path) -> DossierDocument:
    return parse(read_limited(path, MAX_IMPORT_BYTES), path.name)


def import_dossier(folder: DataFolder, path: Path, *, replace: bool = False) -> str:
    """Bring a dossier file into the folder; returns what happened, in one sentence."""
    return import_document(folder, read_dossier_file(path), path, replace=replace)


def import_document(folder: DataFolder, document: DossierDocument, path: Path, *,
                    replace: bool = False) -> str:
    """``import_dossier`` for a dossier already read and validated (from a dossier
    file or a dossier package, see dossier_package.py); ``path`` is where it came from."""
    incoming = document.dossier
    target = folder.path_for(incoming.supplier.id)
    name = incoming.supplier.name
    folder.ensure()
    # Lock first, then look: a new supplier is written in one atomic write, so
    # a crash leaves no half-imported file that would later pass for newer.
    with SupplierFile(target, writable=True) as file:
        if not target.exists():
            file.replace_all(incoming, document.updated_at)
            return _("{name} ingelezen.", name=name)
        current = document_of(file)
        compared = situation(current, document)
        if compared is Situation.SAME:
            return _("{name} is al gelijk aan het dossier; niets gewijzigd.", name=name)
        if compared is Situation.NEWER_HERE:
            raise ImportRefusedError(_(
                "De gegevensmap heeft nieuwere gegevens van {name} "
                "({ours:%Y-%m-%d %H:%M}) dan het dossier "
                "({theirs:%Y-%m-%d %H:%M}); niets ingelezen.", name=name,
                ours=current.updated_at, theirs=document.updated_at))
        if not replace:
            raise ImportRefusedError(_(
                "{name} bestaat al met andere gegevens; gebruik --replace om te vervangen "
                "(er wordt eerst een reservekopie gemaakt).", name=name))
        backup = backup_copy(target, "voor-import")
        # A new supplier arrives as an exact copy, history included (so export,
        # import, export gives the same bytes); replacing data is itself a change.
        incoming.audit.append(audit.entry(audit.IMPORTED, audit.DOSSIER,
                                          f"vervangen door {path.name}; vorige versie in {backup.name}"))
        file.replace_all(incoming, document.updated_at)
    return _("{name} vervangen; de vorige versie staat in {backup}.", name=name,
             backup=backup.name)
