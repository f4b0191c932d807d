"""``isv-dialogue check``: the integrity of every file in a data folder.

A fault is something that keeps data from being read (a damaged supplier file,
broken questionnaire content); a note is harmless debris a crash can leave
(a stale lock, a temporary file). ``check_folder`` writes nothing;
``repair_folder`` (``check --repair``) puts the newest good backup in place of
each damaged supplier file, after renaming the damaged file aside.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass, field
from pathlib import Path

from . import backups

from .atomic import leftover_temp_files
from .dossier import check_references
from .errors import IsvError
from .folder import DataFolder
from .locking import LOCK_SUFFIX, pid_alive, read_holder
from .questionnaires import load_content
from .storage import SUFFIX, SupplierFile


@dataclass
class CheckReport:
    ok: list[str] = field(default_factory=list)
    faults: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    damaged: list[Path] = field(default_factory=list)  # supplier files among the faults

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
            raise IsvError(f"{path.name}: bestandsnaam past niet bij leverancier-id {dossier.supplier.id}.")
    except IsvError as exc:
        report.faults.append(str(exc))
        report.damaged.append(path)
        return
    report.ok.append(f"{path.name}  {dossier.supplier.name}")


def _check_debris(folder: DataFolder, report: CheckReport) -> None:
    for lock in sorted(folder.root.glob(f"*{LOCK_SUFFIX}")):
        holder = read_holder(lock)
        if holder and (holder.host != socket.gethostname() or pid_alive(holder.pid)):
            report.notes.append(f"{lock.name}: in gebruik door {holder.describe()}.")
        else:
            report.notes.append(f"{lock.name}: verouderd slot van een afgebroken sessie; "
                                "het wordt opgeruimd bij het volgende openen.")
    for aside in sorted(folder.root.glob(f"*{backups.DAMAGED}*")):
        report.notes.append(f"{aside.name}: beschadigd bestand, bewaard bij een herstel; "
                            "het kan weg zodra u de teruggezette gegevens hebt nagekeken.")
    for temp in leftover_temp_files(folder.root):
        report.notes.append(f"{temp.name}: tijdelijk bestand van een afgebroken opslag; "
                            "de gegevens zelf zijn intact en dit bestand kan weg.")


def repair_folder(folder: DataFolder, damaged: list[Path]) -> list[str]:
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
