"""``isv-dialogue check``: the integrity of every file in a data folder.

A fault is something that keeps data from being read (a damaged supplier file,
broken questionnaire content); a note is harmless debris a crash can leave
(a stale lock, a lock's break marker, a temporary file). ``check_folder`` writes
nothing; ``repair_folder`` (``check --repair``) puts the newest good backup in
place of each damaged supplier file, after renaming the damaged file aside, and
``clean_debris`` removes the debris whose owner is provably gone.
"""

from __future__ import annotations

import re
import socket
import time
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from . import backups

from .atomic import TEMP_SUFFIX, leftover_temp_files, remove_own_temp_files
from .dossier import check_references
from .errors import IsvError, LockedError
from .folder import SUFFIX, DataFolder
from .i18n import _
from .locking import (BREAK_SUFFIX, LOCK_SUFFIX, UNREADABLE_LOCK_GRACE_SECONDS, FileLock, pid_alive,
                      read_holder)
from .questionnaires import load_content
from .storage import SupplierFile


@dataclass
class CheckReport:
    ok: list[str] = field(default_factory=list)
    faults: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    damaged: list[Path] = field(default_factory=list)  # supplier files among the faults
    debris: list[Path] = field(default_factory=list)  # what clean_debris may remove

    def lines(self) -> list[str]:
        lines = [f"OK     {line}" for line in self.ok]
        lines += [f"FOUT   {line}" for line in self.faults]
        lines += [f"LET OP {line}" for line in self.notes]
        verdict = "geen fouten" if not self.faults else f"{len(self.faults)} fout(en)"
        lines.append(f"{len(self.ok)} bestand(en) in orde, {verdict}.")
        return lines


def check_folder(folder: DataFolder) -> CheckReport:
    report = CheckReport()
    try:
        load_content()
    except IsvError as exc:
        report.faults.append(f"vragenlijsten: {exc}")
    if not folder.root.is_dir():
        report.faults.append(f"de gegevensmap {folder.root} bestaat niet.")
        return report
    for path in folder.supplier_files():
        _check_supplier_file(path, report)
    _check_debris(folder, report)
    return report


def _check_supplier_file(path, report: CheckReport) -> None:
    try:
        with SupplierFile(path, writable=False) as file:
            dossier = file.load()
        check_references(dossier, path.name)
        if path.name != f"{dossier.supplier.id}{SUFFIX}":
            raise IsvError(_("{name}: bestandsnaam past niet bij leverancier-id {id}.",
                             name=path.name, id=dossier.supplier.id))
    except IsvError as exc:
        report.faults.append(str(exc))
        report.damaged.append(path)
        return
    report.ok.append(f"{path.name}  {dossier.supplier.name}")


# mkstemp names: "." + the target's name + "." + 8 characters of [a-z0-9_] + ".tmp".
_TEMP = re.compile(r"\.(?P<target>.+)\.[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX))
_LOCK_TARGET = re.compile(r".+" + re.escape(LOCK_SUFFIX) + f"(?:{re.escape(BREAK_SUFFIX)})?")


def _check_debris(folder: DataFolder, report: CheckReport) -> None:
    _check_locks(folder, report)
    for aside in sorted(folder.root.glob(f"*{backups.DAMAGED}*")):
        report.notes.append(f"{aside.name}: beschadigd bestand, bewaard bij een herstel; "
                            "het kan weg zodra u de teruggezette gegevens hebt nagekeken.")
    _check_temp_files(folder, report)
    for copy in sync_conflict_copies(folder):
        report.notes.append(f"{copy.name}: lijkt een conflictkopie van een synchronisatiedienst "
                            f"(twee laptops wijzigden {_conflict_original(copy.name)} tegelijk); "
                            "ISV-dialoog leest haar niet. Vergelijk en ruim haar zelf op; "
                            "check --repair laat haar staan.")


def _check_locks(folder: DataFolder, report: CheckReport) -> None:
    for lock in sorted(folder.root.glob(f"*{LOCK_SUFFIX}")):
        holder = read_holder(lock)
        if holder and (holder.host != socket.gethostname() or pid_alive(holder.pid)):
            report.notes.append(f"{lock.name}: in gebruik door {holder.describe()}.")
        else:
            report.notes.append(f"{lock.name}: verouderd slot van een afgebroken sessie; "
                                "het wordt opgeruimd bij het volgende openen.")
    for breaker in sorted(folder.root.glob(f"*{LOCK_SUFFIX}{BREAK_SUFFIX}")):
        if owner_gone(breaker):
            report.debris.append(breaker)
            report.notes.append(f"{breaker.name}: achtergebleven markering van een sessie die "
                                "afbrak terwijl ze een verouderd slot opruimde; "
                                "check --repair ruimt haar op.")
        else:
            report.notes.append(f"{breaker.name}: een andere sessie ruimt op dit moment "
                                "een verouderd slot op.")


def _check_temp_files(folder: DataFolder, report: CheckReport) -> None:
    for temp in leftover_temp_files(folder.root):
        match = _TEMP.fullmatch(temp.name)
        if match and _LOCK_TARGET.fullmatch(match["target"]):
            if owner_gone(temp):
                report.debris.append(temp)
                report.notes.append(f"{temp.name}: tijdelijk bestand van een slot, achtergelaten "
                                    "door een afgebroken sessie; check --repair ruimt het op.")
            else:
                report.notes.append(f"{temp.name}: tijdelijk bestand van een slot dat op dit "
                                    "moment wordt genomen.")
            continue
        if match and match["target"].endswith(SUFFIX):
            report.debris.append(temp)
        report.notes.append(f"{temp.name}: tijdelijk bestand van een afgebroken opslag; "
                            "de gegevens zelf zijn intact en dit bestand kan weg"
                            + (" (check --repair ruimt het op)." if temp in report.debris else "."))
    backup_folder = folder.root / backups.FOLDER
    if backup_folder.is_dir():
        for temp in leftover_temp_files(backup_folder):
            report.debris.append(temp)
            report.notes.append(f"{backups.FOLDER}/{temp.name}: tijdelijk bestand van een "
                                "afgebroken reservekopie; check --repair ruimt het op.")


# What sync clients make of "<id>.isv.json" when two laptops changed it offline:
# "<id>.isv (Anna's conflicted copy 2025-03-10).json" (Dropbox, Nextcloud),
# "<id>.isv.sync-conflict-20250310-091500-ABC.json" (Syncthing),
# "<id>.isv-LAPTOP-12.json" (OneDrive), "<id>.isv (1).json" (Google Drive).
_CONFLICT_COPY = re.compile(r"(?P<id>[a-z0-9][a-z0-9_-]{0,63})\.isv\b.*\.json", re.DOTALL)


def _conflict_original(name: str) -> str:
    match = _CONFLICT_COPY.fullmatch(name)
    return f"{match['id']}{SUFFIX}" if match else name


def sync_conflict_copies(folder: DataFolder) -> list[Path]:
    """Files beside the supplier files that look like a sync client's conflict copy
    of one: the app never reads them (they do not end in .isv.json), so say so."""
    return sorted(p for p in folder.root.iterdir()
                  if p.is_file() and _CONFLICT_COPY.fullmatch(p.name)
                  and p.name != _conflict_original(p.name))


def owner_gone(path: Path) -> bool:
    """Whether the process that made this lock file, break marker or lock temp file
    (each names its maker, as a lock does) is provably gone: a dead process on
    this host, or no readable name after the time a live maker needs to write it.
    A maker on another host is never judged: we cannot see its processes."""
    holder = read_holder(path)
    if holder is None:
        try:
            return time.time() - path.stat().st_mtime > UNREADABLE_LOCK_GRACE_SECONDS
        except FileNotFoundError:
            return False
    return holder.host == socket.gethostname() and not pid_alive(holder.pid)


def clean_debris(folder: DataFolder, report: CheckReport) -> list[str]:
    """``check --repair``: remove the debris ``check`` found, only where its owner
    is gone. Break markers and lock temp files are looked at again just before
    removal. A supplier's own temp files (in the folder and in backups/) are
    removed under that supplier's lock, so no live writer can own them: a
    supplier that someone has open is left alone."""
    lines, by_supplier = [], {}
    for path in report.debris:
        match = _TEMP.fullmatch(path.name)
        target = match["target"] if match else ""
        if path.parent == folder.root and (not match or _LOCK_TARGET.fullmatch(target)):
            if owner_gone(path):  # looked at again: a live breaker may have come since
                with suppress(FileNotFoundError):
                    path.unlink()
                    lines.append(f"OPGERUIMD {path.name}")
            continue
        # A data temp file, or a backup's: <id>.isv.json[.<time>.bak]
        supplier = target.split(SUFFIX)[0] + SUFFIX if SUFFIX in target else ""
        if supplier:
            by_supplier.setdefault(folder.root / supplier, []).append(path)
    for data_path, temps in sorted(by_supplier.items()):
        lines += _clean_supplier_temps(folder, data_path, temps)
    return lines


def _clean_supplier_temps(folder: DataFolder, data_path: Path, temps: list[Path]) -> list[str]:
    """Remove one supplier's temp files (in the folder and in backups/) under its lock."""
    lock = FileLock(data_path)
    try:
        lock.acquire()  # takes over a stale lock too
    except (LockedError, OSError) as exc:
        reason = str(exc) if isinstance(exc, LockedError) else str(exc.strerror or exc)
        return [f"NIET OPGERUIMD {', '.join(t.name for t in temps)}: {reason}"]
    try:
        removed = set(remove_own_temp_files(data_path))
        own = re.compile(re.escape(f".{data_path.name}.") + r".+\.[a-z0-9_]{8}"
                         + re.escape(TEMP_SUFFIX))
        for temp in temps:
            if temp.parent != folder.root and own.fullmatch(temp.name):
                with suppress(FileNotFoundError):
                    temp.unlink()
                    removed.add(temp)
    finally:
        lock.release()
    return [f"OPGERUIMD {_shown(t, folder)}" for t in temps if t in removed]


def _shown(path: Path, folder: DataFolder) -> str:
    return path.name if path.parent == folder.root else f"{path.parent.name}/{path.name}"


def repair_folder(damaged: list[Path]) -> list[str]:
    """Put the newest backup that reads cleanly in place of each damaged file;
    the damaged file is renamed aside, never deleted. One line per file."""
    lines = []
    for path in damaged:
        good = backups.newest_good(path)
        if good is None:
            lines.append(f"NIET HERSTELD {path.name}: er is geen leesbare reservekopie.")
            continue
        try:
            kept = backups.restore(path, good.path)
        except IsvError as exc:  # someone has it open, or the disk refuses
            lines.append(f"NIET HERSTELD {path.name}: {exc}")
            continue
        where = f"; het beschadigde bestand staat als {kept.name}" if kept else ""
        lines.append(f"HERSTELD {path.name}: teruggezet uit de reservekopie van "
                     f"{good.taken_at.astimezone():%Y-%m-%d %H:%M}{where}.")
    return lines
