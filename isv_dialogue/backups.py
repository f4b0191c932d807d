"""Rolling backups of supplier files, and putting one back.

When a supplier file is opened for writing, a copy of it as it is goes to
``backups/`` in the data folder, unless the newest copy is younger than an
hour or holds the same bytes. The newest ``KEEP`` copies of each supplier are
kept. Backups are only written by the holder of the supplier's lock, through
the one atomic writer, so they are whole and owner-only (0600, folder 0700).

Restoring a backup (from the window or ``check --repair``) first keeps the
current file: a readable one as a new backup, a damaged one renamed aside to
``<name>.beschadigd-<time>``. Nothing here ever deletes a supplier file.

Only the opening of a file takes a backup, not each autosave: an hour-long
meeting writes hundreds of times, and those copies would push out the older
states a backup is for.
"""

from __future__ import annotations

import os
import re
import stat
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from .atomic import TEMP_SUFFIX, atomic_write, os_error_reason
from .errors import IsvError, SupplierFileError
from .i18n import _

FOLDER = "backups"
KEEP = 5
MIN_INTERVAL = timedelta(hours=1)
SUFFIX = ".bak"
DAMAGED = ".beschadigd-"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_STAMP_RE = r"(\d{8}T\d{12}Z)(?:-(\d+))?"


def now() -> datetime:
    """The clock; a test replaces it."""
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime


@dataclass(frozen=True)
class BackupInfo:
    """What the restore dialog shows of a backup; ``problem`` if it cannot be read."""

    backup: Backup
    supplier_name: str = ""
    meetings: int = 0
    updated_at: datetime | None = None
    problem: str | None = None


def folder_of(data_path: Path) -> Path:
    return data_path.parent / FOLDER


def ensure_private_folder(folder: Path) -> None:
    """Create ``folder`` 0700, or narrow it to 0700 if it is wider."""
    folder.mkdir(mode=0o700, exist_ok=True)
    if os.name == "posix":
        mode = stat.S_IMODE(folder.stat().st_mode)
        if mode & 0o077:
            folder.chmod(mode & 0o700)


def list_backups(data_path: Path) -> list[Backup]:
    """The backups of one supplier file, newest first."""
    folder = folder_of(data_path)
    if not folder.is_dir():
        return []
    pattern = re.compile(re.escape(data_path.name + ".") + _STAMP_RE + re.escape(SUFFIX))
    found = []
    for path in folder.iterdir():
        match = pattern.fullmatch(path.name)
        if match:
            taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=timezone.utc)
            found.append((taken, int(match.group(2) or 1), path))
    return [Backup(path, taken) for taken, _n, path in sorted(found, reverse=True)]


def take(data_path: Path, *, force: bool = False) -> Path | None:
    """Copy the supplier file into backups/ and prune to the newest KEEP.

    Without ``force``, nothing is copied when the newest backup is younger than
    MIN_INTERVAL or has the same bytes. The caller holds the file's lock.
    Returns the new backup, or None when none was needed.
    """
    folder = folder_of(data_path)
    ensure_private_folder(folder)
    for temp in folder.glob(f".{data_path.name}.*{TEMP_SUFFIX}"):  # a killed backup's debris
        with suppress(FileNotFoundError):
            temp.unlink()
    data = data_path.read_bytes()
    existing = list_backups(data_path)
    moment = now()
    if existing and not force:
        newest = existing[0]
        if moment - newest.taken_at < MIN_INTERVAL or newest.path.read_bytes() == data:
            return None
    target = free_name(folder, f"{data_path.name}.{moment.strftime(_STAMP)}", SUFFIX)
    atomic_write(target, data)
    for old in list_backups(data_path)[KEEP:]:
        with suppress(FileNotFoundError):
            old.path.unlink()
    return target


def on_open(data_path: Path) -> str | None:
    """The hook SupplierFile calls when it opens a readable file for writing.

    A backup that cannot be written (disk full) must not keep the buyer from
    working: the reason is returned, not raised.
    """
    try:
        take(data_path)
    except OSError as exc:
        return _("Er kon geen reservekopie van {name} worden gemaakt: {reason}.",
                 name=data_path.name, reason=os_error_reason(exc))
    return None


def describe(backup: Backup) -> BackupInfo:
    """Read a backup for the dialog: supplier, number of meetings, last change."""
    from .storage import SupplierFile

    try:
        with SupplierFile(backup.path, writable=False) as file:
            dossier = file.load()
            updated_at = file.header().updated_at
    except IsvError as exc:
        return BackupInfo(backup, problem=str(exc))
    return BackupInfo(backup, dossier.supplier.name, len(dossier.meetings), updated_at)


def readable(backup: Path, data_path: Path) -> str | None:
    """None if ``backup`` is a sound copy of the supplier in ``data_path``, else why not."""
    from .dossier import check_references
    from .folder import SUFFIX as DATA_SUFFIX
    from .storage import SupplierFile

    try:
        with SupplierFile(backup, writable=False) as file:
            dossier = file.load()
        check_references(dossier, backup.name)
    except IsvError as exc:
        return str(exc)
    if f"{dossier.supplier.id}{DATA_SUFFIX}" != data_path.name:
        return _("{name} hoort bij een andere leverancier.", name=backup.name)
    return None


def restore(data_path: Path, backup: Path) -> Path | None:
    """Put ``backup`` in place of the supplier file, keeping the current one first.

    Returns where the current file went (a new backup, or the damaged file's
    new name), or None when there was no current file. Raises LockedError
    while someone else has the supplier open, and IsvError for a bad backup.
    """
    from . import audit
    from .locking import FileLock
    from .storage import with_audit_entry

    problem = readable(backup, data_path)
    if problem:
        raise SupplierFileError(_("Deze reservekopie kan niet worden teruggezet: {problem}",
                                   problem=problem))
    # The restore records itself in the audit trail, in the same write.
    raw = with_audit_entry(backup.read_bytes(),
                           audit.entry(audit.RESTORED, audit.DOSSIER, f"uit {backup.name}"))
    lock = FileLock(data_path)
    lock.acquire()
    try:
        kept = _keep_current(data_path)
        try:
            atomic_write(data_path, raw)
        except OSError as exc:
            raise SupplierFileError(_("{name} kon niet worden teruggezet: {reason}.",
                                      name=data_path.name, reason=os_error_reason(exc))) from None
    finally:
        lock.release()
    return kept


def newest_good(data_path: Path) -> Backup | None:
    """The newest backup of the supplier file that reads cleanly."""
    return next((b for b in list_backups(data_path) if readable(b.path, data_path) is None), None)


def _keep_current(data_path: Path) -> Path | None:
    if not data_path.exists():
        return None
    if readable(data_path, data_path) is None:
        return take(data_path, force=True)
    aside = free_name(data_path.parent, f"{data_path.name}{DAMAGED}{now():%Y%m%dT%H%M%S}")
    os.rename(data_path, aside)  # the damaged bytes are kept as they are, never deleted
    return aside


def free_name(folder: Path, base: str, suffix: str = "") -> Path:
    """``folder/<base><suffix>``, or ``<base>-2<suffix>``, ``-3``... if that is taken.
    Two copies with the same time stamp must not overwrite each other: the first
    may hold the only copy of what the second replaced."""
    target = folder / f"{base}{suffix}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{base}-{n}{suffix}"
    return target
