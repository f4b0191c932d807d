"""The data folder: finding, creating and opening supplier files in it.

A file that cannot be read is reported by name and skipped, never touched,
so one damaged supplier never keeps the others from opening.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import IsvError, NotFoundError, SupplierFileError, UnreadableFileError
from .i18n import _

if TYPE_CHECKING:
    from .locking import LockHolder
    from .model import Dossier, Supplier
    from .storage import SupplierFile

# The supplier files' names: kept here, not in ``storage``, so that listing the folder at
# launch does not import storage (TinyDB, JSON, locking, audit, backups): the list comes
# from the index, and storage is imported when a file is first opened
# (docs/performance.md, launch).
SUFFIX = ".isv.json"
_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
# Windows opens a device, not a file, for these names whatever the extension.
_RESERVED_NAMES = frozenset(["con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)),
                             *(f"lpt{n}" for n in range(10))])


def valid_id(value: str) -> bool:
    """Ids become file names, so only plain lowercase ASCII is allowed in them."""
    # fullmatch: with match() and "$", a trailing newline would slip through.
    return bool(_ID_PATTERN.fullmatch(value)) and value not in _RESERVED_NAMES


def _storage():
    from . import storage

    return storage


@dataclass(frozen=True)
class SupplierSummary:
    """What the command line's ``suppliers`` lists of a supplier, and a list row shows."""

    id: str
    name: str
    open_signals: int
    open_agreements: int
    last_meeting: date | None
    path: Path

    @classmethod
    def of(cls, dossier: Dossier, path: Path) -> SupplierSummary:
        latest = dossier.latest_meeting()
        return cls(
            id=dossier.supplier.id, name=dossier.supplier.name,
            open_signals=len(dossier.open_signals()),
            open_agreements=len(dossier.open_agreements()),
            last_meeting=latest.date if latest else None, path=path,
        )


@dataclass(frozen=True)
class FileProblem:
    """A file that could not be read, and why: named to the user, never touched."""

    path: Path
    message: str


@dataclass(frozen=True)
class Scan:
    """Every readable supplier file read whole (``DataFolder.scan``), and the others."""

    suppliers: list[SupplierSummary]
    problems: list[FileProblem]


class DataFolder:
    def __init__(self, root: Path):
        self.root = root

    def ensure(self) -> None:
        try:
            self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise SupplierFileError(_("De gegevensmap {folder} kan niet worden aangemaakt: {reason}.",
                                      folder=self.root, reason=exc.strerror)) from None
        if not os.access(self.root, os.W_OK):
            raise SupplierFileError(_("In de gegevensmap {folder} kan niet worden geschreven.",
                                     folder=self.root))
        self._make_private()

    def _make_private(self) -> None:
        """The folder 0700 and its supplier files 0600, also when an older
        folder (or a copy from elsewhere) let others read them."""
        if os.name != "posix":
            return  # Windows: the per-user folder's ACL already keeps others out
        try:
            for path in (self.root, *self.supplier_files()):
                mode = stat.S_IMODE(path.stat().st_mode)
                if mode & 0o077:
                    path.chmod(mode & 0o700)
        except OSError as exc:
            raise SupplierFileError(_(
                "De rechten van de gegevensmap {folder} kunnen niet worden beperkt tot u: "
                "{reason}.", folder=self.root, reason=exc.strerror)) from None

    def path_for(self, supplier_id: str) -> Path:
        if not valid_id(supplier_id):
            raise NotFoundError(_("'{id}' is geen geldige leverancier-id.", id=supplier_id))
        return self.root / f"{supplier_id}{SUFFIX}"

    def lock_holder(self, supplier_id: str) -> LockHolder | None:
        """Who has the supplier open, as its lock file says; None when nobody does
        (or the lock file cannot be read)."""
        from .locking import lock_path, read_holder

        return read_holder(lock_path(self.path_for(supplier_id)))

    def supplier_files(self) -> list[Path]:
        """The supplier files, by name (none if the folder cannot be listed)."""
        try:  # scandir, not Path.glob: a third of the time, and the list is read at each launch
            with os.scandir(self.root) as entries:
                names = [e.name for e in entries if e.name.endswith(SUFFIX) and e.is_file()]
        except OSError:
            return []
        return [self.root / name for name in sorted(names)]

    def scan(self) -> Scan:
        suppliers, problems = [], []
        SupplierFile = _storage().SupplierFile
        for path in self.supplier_files():
            try:
                with SupplierFile(path, writable=False) as file:
                    suppliers.append(SupplierSummary.of(file.load(), path))
            except IsvError as exc:
                problems.append(FileProblem(path, str(exc)))
        suppliers.sort(key=lambda s: (s.name.casefold(), s.id))
        return Scan(suppliers, problems)

    def create(self, supplier: Supplier) -> SupplierFile:
        """A new supplier file, open for writing; the caller closes it."""
        self.ensure()
        path = self.path_for(supplier.id)
        if path.exists():
            raise SupplierFileError(_("Er bestaat al een leverancier met id {id}.", id=supplier.id))
        file = _storage().SupplierFile(path, writable=True)
        try:
            file.save_supplier(supplier)
        except BaseException:
            file.close()
            raise
        return file

    def open(self, supplier_id: str, *, writable: bool) -> SupplierFile:
        path = self.path_for(supplier_id)
        if not path.exists():
            raise NotFoundError(_("Geen leverancier met id '{id}' in {folder}.",
                                   id=supplier_id, folder=self.root))
        return _storage().SupplierFile(path, writable=writable)

    def open_for_editing(self, supplier_id: str) -> tuple[SupplierFile, str | None]:
        """Open a supplier for writing if possible, else read-only with the reason
        why (someone else has it, the folder cannot be written), for the window
        to show. A file that cannot be read at all still raises."""
        try:
            return self.open(supplier_id, writable=True), None
        except UnreadableFileError:
            raise
        except SupplierFileError as exc:  # LockedError, or a read-only folder or disk
            return self.open(supplier_id, writable=False), _("Alleen-lezen geopend: {reason}",
                                                              reason=exc)

    def load(self, supplier_id: str) -> Dossier:
        with self.open(supplier_id, writable=False) as file:
            return file.load()
