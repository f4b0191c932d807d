"""The dossier package: one supplier's dossier and its final minutes in one ZIP file,
to hand to a colleague or to keep in an archive (issue 9, "Moving and keeping dossiers").

    dossier.json                                  the dossier file, byte for byte (dossier.py)
    verslagen/2025-03-07-dialoog-intern.pdf       every final meeting: the internal edition
    verslagen/2025-03-07-dialoog-leverancier.pdf  … and the supplier's edition (Dutch)
    LEESMIJ.txt                                   what this is, and how to read it in

Member names are made from dates and fixed words only, never from typed text.
The PDFs are for people; import reads ``dossier.json`` only (the minutes of a
final meeting render to the same bytes from the data, see minutes/).

Reading a package trusts nothing in it: the file's size, the number of members,
each member's size and their total (a ZIP bomb) are capped, and only the member
names above are accepted (so ``../`` or absolute names cannot occur), before
``dossier.json`` gets the dossier file's own strict validation.

When the supplier is already in the data folder, the buyer chooses (``Choice``):
refuse (the default), replace (with a backup; never with newer data, see
``dossier.import_document``), or add the dossier as a copy: a new supplier with
a new id and " (kopie)" after its name, which overwrites nothing.
"""

from __future__ import annotations

import copy
import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import StrEnum
from pathlib import Path

from . import audit
from .atomic import atomic_write, os_error_reason
from .dossier import (MAX_IMPORT_BYTES, DossierDocument, Situation, check_references,
                      document_of, dumps, import_document, parse, read_dossier_file,
                      read_limited, situation, unreadable)
from .errors import DataError, IsvError
from .folder import DataFolder
from .i18n import _
from .model import Meeting, MeetingKind, new_id, utc_now
from .questionnaires import Content
from .storage import SupplierFile
from .supplier_list import overview

PACKAGE_SUFFIX = ".isvdossier.zip"
DOSSIER_MEMBER = "dossier.json"
README_MEMBER = "LEESMIJ.txt"
MINUTES_FOLDER = "verslagen"
COPY_SUFFIX = " (kopie)"

# What a package may be: generous for a supplier with decades of meetings,
# small enough that reading one cannot fill a laptop's memory or disk.
MAX_PACKAGE_BYTES = MAX_IMPORT_BYTES
MAX_TOTAL_BYTES = 200 * 1024 * 1024   # all members together, uncompressed
MAX_MEMBER_BYTES = 50 * 1024 * 1024   # one PDF or the readme
MAX_MEMBERS = 2002                    # dossier, readme, two editions of 1,000 meetings

_KIND_WORDS = {MeetingKind.DIALOGUE: "dialoog", MeetingKind.ANNUAL_REVIEW: "jaarrapportage",
               MeetingKind.SIGNAL: "signaal"}
_EDITION_WORDS = {"internal": "intern", "supplier": "leverancier"}
_MINUTES_NAME = re.compile(r"verslagen/\d{4}-\d{2}-\d{2}-(dialoog|jaarrapportage|signaal)"
                           r"-(intern|leverancier)(-[2-9]|-[1-9][0-9]{1,3})?\.pdf")
# ZIP's own time stamps: from the data, so the same dossier gives the same bytes.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


class Choice(StrEnum):
    """What to do when the data folder already has the supplier."""

    REFUSE = "refuse"
    REPLACE = "replace"
    COPY = "copy"


@dataclass(frozen=True)
class Comparison:
    situation: Situation
    name: str
    updated_here: datetime | None = None
    updated_there: datetime | None = None
    meetings_here: int = 0
    meetings_there: int = 0


@dataclass(frozen=True)
class ExportResult:
    name: str            # the supplier's
    minutes: list[str]   # member names of the PDFs in the package
    skipped: list[str]   # one sentence per final meeting whose minutes could not be made


# --- writing -------------------------------------------------------------------------

def is_package_name(path: Path) -> bool:
    """A path the buyer gave for an export: a package when it ends in .zip."""
    return path.suffix.lower() == ".zip"


def minutes_member(meeting: Meeting, audience: str, taken: set[str]) -> str:
    """``verslagen/2025-03-07-dialoog-intern.pdf``; ``-2``, ``-3`` … for a second
    final meeting of the same kind on the same day."""
    stem = f"{MINUTES_FOLDER}/{meeting.date:%Y-%m-%d}-{_KIND_WORDS[meeting.kind]}" \
           f"-{_EDITION_WORDS[audience]}"
    name, n = f"{stem}.pdf", 1
    while name in taken:
        n += 1
        name = f"{stem}-{n}.pdf"
    taken.add(name)
    return name


def build_package(document: DossierDocument, content: Content) -> tuple[bytes, list[str], list[str]]:
    """The package's bytes, the PDF member names and the minutes that could not be
    made (a questionnaire version no longer installed, say): those are named in
    LEESMIJ.txt and returned, the data itself is always whole."""
    from .minutes import render_minutes  # reportlab loads only when a package is made

    dossier = document.dossier
    members: list[tuple[str, bytes]] = [(DOSSIER_MEMBER, dumps(document))]
    taken: set[str] = set()
    minutes: list[str] = []
    skipped: list[str] = []
    for meeting in document.meetings:  # ordered by date (to_document)
        if not meeting.is_final:
            continue
        for audience in ("internal", "supplier"):
            name = minutes_member(meeting, audience, taken)
            try:
                pdf = render_minutes(dossier, meeting.id, content, lang="nl", audience=audience)
            except IsvError as exc:
                skipped.append(_("{name} ontbreekt: {reason}", name=name, reason=exc))
                continue
            members.append((name, pdf))
            minutes.append(name)
    members.append((README_MEMBER, _readme(document, minutes, skipped).encode("utf-8")))
    stamp = _zip_time(document.updated_at)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            info.create_system = 3  # Unix, so the mode above means what it says
            archive.writestr(info, data)
    return buffer.getvalue(), minutes, skipped


def _zip_time(moment: datetime) -> tuple[int, int, int, int, int, int]:
    utc = moment.astimezone(timezone.utc)
    stamp = (utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second)
    return max(stamp, _ZIP_EPOCH)


def _readme(document: DossierDocument, minutes: list[str], skipped: list[str]) -> str:
    """A short Dutch note for whoever opens the ZIP (the package is Dutch, like its PDFs)."""
    supplier = document.supplier
    lines = [
        "ISV-dialoog - dossier van een leverancier",
        "",
        f"Leverancier: {supplier.name} (id {supplier.id})",
        f"Stand van de gegevens: {document.updated_at.isoformat()}",
        "",
        "VERTROUWELIJK: dit dossier bevat interne notities en de bronnen van signalen.",
        "Geef het alleen aan collega's of aan het archief, niet aan de leverancier.",
        "Voor de leverancier zijn alleen de verslagen '...-leverancier.pdf' bedoeld.",
        "",
        "Inhoud:",
        f"  {DOSSIER_MEMBER}  alle gegevens (het dossierformaat van ISV-dialoog)",
    ]
    lines += [f"  {name}" for name in minutes]
    if skipped:
        lines += ["", "Niet opgenomen:"] + [f"  {line}" for line in skipped]
    lines += [
        "",
        "Inlezen op een andere laptop: in ISV-dialoog via 'Dossier importeren...', of",
        "  isv-dialogue import <dit bestand>",
        "Bestaat de leverancier daar al, dan kiest u: vervangen (met reservekopie) of",
        "als kopie toevoegen (isv-dialogue import --replace of --as-copy).",
        "",
    ]
    return "\n".join(lines)


def export_package(folder: DataFolder, supplier_id: str, out: Path, content: Content) -> ExportResult:
    """Write the supplier's dossier package to ``out``, atomically and owner-only."""
    with folder.open(supplier_id, writable=False) as file:
        document = document_of(file)
    data, minutes, skipped = build_package(document, content)
    try:
        atomic_write(out, data)
    except OSError as exc:
        raise IsvError(_("Kan {path} niet schrijven: {reason}.", path=out,
                         reason=os_error_reason(exc))) from None
    return ExportResult(document.supplier.name, minutes, skipped)


# --- reading ---------------------------------------------------------------------------

def read_any(path: Path) -> DossierDocument:
    """A dossier package or a plain dossier file, whichever ``path`` is, validated."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4)
    except OSError as exc:
        raise unreadable(path, exc) from None
    if head.startswith(b"PK") or is_package_name(path):
        return read_package(path)
    return read_dossier_file(path)


def read_package(path: Path) -> DossierDocument:
    """Validate a package and the dossier in it; every problem is one DataError sentence."""
    name = path.name
    raw = read_limited(path, MAX_PACKAGE_BYTES)
    _check_directory(raw, name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise DataError(_("{name} is geen geldig ZIP-bestand.", name=name)) from None
    with archive:
        infos = archive.infolist()
        _check_members(infos, name)
        info = archive.getinfo(DOSSIER_MEMBER)
        try:
            with archive.open(info) as member:
                # Never more than the cap, whatever the header claims.
                data = member.read(MAX_IMPORT_BYTES + 1)
        except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError,
                RuntimeError, zlib.error):
            raise DataError(_("{name}: {member} is beschadigd.", name=name,
                              member=DOSSIER_MEMBER)) from None
        if len(data) > MAX_IMPORT_BYTES:
            raise DataError(_("{name}: {member} is groter dan {size} MB.", name=name,
                              member=DOSSIER_MEMBER, size=MAX_IMPORT_BYTES // 2**20))
    return parse(data, f"{name}/{DOSSIER_MEMBER}")


def _check_directory(raw: bytes, name: str) -> None:
    """Count the members before zipfile reads its directory: a small file can
    list millions of them, and zipfile would build an object for each."""
    end = raw.rfind(b"PK\x05\x06", max(0, len(raw) - 65_557))
    if end < 0 or len(raw) < end + 22:
        raise DataError(_("{name} is geen geldig ZIP-bestand.", name=name))
    entries, directory_size = struct.unpack("<HI", raw[end + 10:end + 16])
    # 0xFFFF: a ZIP64 directory, which a package (2,002 members, 200 MB) never needs.
    if entries > MAX_MEMBERS or directory_size > MAX_MEMBERS * 1024:
        raise DataError(_("{name} bevat meer dan {count} bestanden; dit is geen dossierpakket.",
                          name=name, count=MAX_MEMBERS))


def _check_members(infos: list[zipfile.ZipInfo], name: str) -> None:
    if len(infos) > MAX_MEMBERS:
        raise DataError(_("{name} bevat meer dan {count} bestanden; dit is geen dossierpakket.",
                          name=name, count=MAX_MEMBERS))
    seen: set[str] = set()
    total = 0
    for info in infos:
        member = info.filename
        if not (member in (DOSSIER_MEMBER, README_MEMBER) or _MINUTES_NAME.fullmatch(member)):
            raise DataError(_("{name} bevat een onverwacht bestand '{member}'; "
                              "dit is geen dossierpakket van ISV-dialoog.",
                              name=name, member=_shown(member)))
        if member in seen:
            raise DataError(_("{name} bevat '{member}' meer dan eens.", name=name,
                              member=_shown(member)))
        seen.add(member)
        if info.flag_bits & 0x1:
            raise DataError(_("{name} is versleuteld; een dossierpakket is dat nooit.", name=name))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise DataError(_("{name}: {member} is op een onbekende manier ingepakt.", name=name,
                              member=member))
        limit = MAX_IMPORT_BYTES if member == DOSSIER_MEMBER else MAX_MEMBER_BYTES
        if info.file_size > limit:
            raise DataError(_("{name}: {member} is groter dan {size} MB.", name=name,
                              member=member, size=limit // 2**20))
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise DataError(_("{name} pakt uit tot meer dan {size} MB; dit is geen dossierpakket.",
                              name=name, size=MAX_TOTAL_BYTES // 2**20))
    if DOSSIER_MEMBER not in seen:
        raise DataError(_("{name} bevat geen {member}; dit is geen dossierpakket van ISV-dialoog.",
                          name=name, member=DOSSIER_MEMBER))


def _shown(member: str) -> str:
    """A member name as it may be shown in one line: printable, and not endless."""
    text = "".join(c if c.isprintable() else "?" for c in member)
    return text if len(text) <= 80 else text[:77] + "..."


# --- importing ------------------------------------------------------------------------

def compare(folder: DataFolder, document: DossierDocument) -> Comparison:
    """How the dossier relates to the data folder, for the buyer to choose (the
    import itself looks again, under the supplier's lock)."""
    incoming = document.dossier
    name = incoming.supplier.name
    target = folder.path_for(incoming.supplier.id)  # a valid id: parse() checked it
    if not target.exists():
        return Comparison(Situation.NEW, name, meetings_there=len(incoming.meetings))
    with SupplierFile(target, writable=False) as file:
        current = document_of(file)
    return Comparison(situation(current, document), current.supplier.name, current.updated_at, document.updated_at,
                      len(current.meetings), len(incoming.meetings))


def import_file(folder: DataFolder, path: Path, choice: Choice = Choice.REFUSE) -> tuple[str, str]:
    """Read a package or dossier file into the folder as the buyer chose; returns
    the supplier id it went to and what happened, in one sentence."""
    return import_read(folder, read_any(path), path, choice)


def import_read(folder: DataFolder, document: DossierDocument, path: Path,
                choice: Choice = Choice.REFUSE) -> tuple[str, str]:
    """``import_file`` for a dossier already read (the app reads it first to compare)."""
    if choice is Choice.COPY:
        return import_copy(folder, document, path)
    message = import_document(folder, document, path, replace=choice is Choice.REPLACE)
    return document.supplier.id, message


def import_copy(folder: DataFolder, document: DossierDocument, path: Path) -> tuple[str, str]:
    """Add the dossier as a new supplier: a new id, " (kopie)" after its name (or
    " (kopie 2)" … when that name is taken too). Meeting, agreement and signal ids
    are per file and stay as they are. Nothing existing is touched."""
    incoming = copy.deepcopy(document.dossier)  # the document itself stays as it was read
    original_id = incoming.supplier.id
    taken = {row.summary.name for row in overview(folder)[0]}  # from the index: no file read
    name, n = incoming.supplier.name + COPY_SUFFIX, 1
    while name in taken:
        n += 1
        name = f"{incoming.supplier.name} (kopie {n})"
    incoming.supplier.name = name
    folder.ensure()
    while True:
        incoming.supplier.id = new_id()
        if not folder.path_for(incoming.supplier.id).exists():
            break
    check_references(incoming, path.name)
    incoming.audit.append(audit.entry(audit.IMPORTED, audit.DOSSIER,
                                      f"kopie van leverancier {original_id} uit {path.name}"))
    target = folder.path_for(incoming.supplier.id)
    with SupplierFile(target, writable=True) as file:
        if target.exists():  # appeared between our look and the lock: never overwrite
            raise IsvError(_("Er bestaat al een leverancier met id {id}.", id=incoming.supplier.id))
        file.replace_all(incoming, utc_now())
    return incoming.supplier.id, _("{name} als nieuwe leverancier toegevoegd.", name=name)
