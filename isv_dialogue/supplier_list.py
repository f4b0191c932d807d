"""The supplier list: one row per supplier file, made from the folder's index.

The list is the first thing the app shows, so building it reads no supplier
file that has not changed since the index was written, and imports neither the
dossier model nor storage (tests/test_launch_imports.py): the row keeps what the
list shows, and the dossier behind a row is read when it is first used
(docs/performance.md, launch).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, overload

from .folder import DataFolder, FileProblem, SupplierSummary
from .index import summaries
from .reporting import ReportFacts

if TYPE_CHECKING:
    from .index import Progress
    from .model import Dossier

# What one row needs, kept per file in the folder's index: the list's columns and
# the portfolio overview's (isv_dialogue/portfolio.py). Add a field here, and bump
# the version so every index is rebuilt once; the row is then built from the
# summary alone.
ROW_SUMMARY_VERSION = "row-4"


def row_summary(dossier: Dossier) -> dict:
    """The JSON-able facts of a dossier the supplier list shows."""
    # Imported here, not with this module: a launch that finds the index up to
    # date reads no file and needs neither (docs/performance.md, launch).
    from .meetings import drafts
    from .progress import report_facts

    supplier, latest = dossier.supplier, dossier.latest_meeting()
    open_signals, open_agreements = dossier.open_signals(), dossier.open_agreements()
    return {
        "id": supplier.id, "name": supplier.name,
        "contract_reference": supplier.contract_reference, "category": supplier.category,
        "open_signals": len(open_signals),
        "open_agreements": len(open_agreements),
        "last_meeting": latest.date.isoformat() if latest else None,
        "drafts": len(drafts(dossier)),
        "report": report_facts(dossier).to_json(),  # for reporting.status_from
        # For the portfolio: the steps taken on open signals, and when the open
        # agreements are due.
        "open_steps": sorted({step.kind for signal in open_signals for step in signal.steps}),
        "open_due": sorted(a.due.isoformat() for a in open_agreements if a.due is not None),
    }


@dataclass(frozen=True)
class SupplierRow:
    """One line of the supplier list. The dossier behind it is read from its
    file on first use (``row.dossier``), not when the list is built."""

    summary: SupplierSummary
    drafts: int
    report: ReportFacts
    contract_reference: str = ""
    category: str = ""
    open_steps: tuple[str, ...] = ()   # the escalation steps taken on open signals
    open_due: tuple[date, ...] = ()    # the open agreements' due dates, in order

    @cached_property
    def dossier(self) -> Dossier:
        """Read now; raises IsvError if the file went bad since the list was made."""
        from .storage import SupplierFile

        with SupplierFile(self.summary.path, writable=False) as file:
            return file.load()


Overview = tuple[list[SupplierRow], list[FileProblem]]


@overload
def overview(folder: DataFolder, *, read_at_most: None = None,
             progress: Progress | None = None) -> Overview: ...
@overload
def overview(folder: DataFolder, *, read_at_most: int,
             progress: Progress | None = None) -> Overview | None: ...


def overview(folder: DataFolder, *, read_at_most: int | None = None,
             progress: Progress | None = None) -> Overview | None:
    """Every readable supplier, by name, and the files that could not be read
    (listed, never touched). Only files changed since the last time are parsed:
    with ``read_at_most``, None (and nothing read) when more than that many must
    be; ``progress(done, total)`` is told of each one parsed."""
    def rows(rebuild: bool) -> Overview | None:
        summarised = summaries(folder, row_summary, ROW_SUMMARY_VERSION, rebuild=rebuild,
                               read_at_most=read_at_most, progress=progress)
        if summarised is None:
            return None
        found, problems = summarised
        return [row_from_summary(path, s) for path, s in found], problems

    try:
        listed = rows(rebuild=False)
    except (KeyError, TypeError, ValueError):  # an index changed by hand: read every file
        listed = rows(rebuild=True)
    if listed is not None:
        listed[0].sort(key=lambda r: (r.summary.name.casefold(), r.summary.id))
    return listed


def row_from_summary(path: Path, s: dict) -> SupplierRow:
    """The row from its summary (``row_summary``); KeyError, TypeError or ValueError
    when the summary is not one ``row_summary`` wrote."""
    last = s["last_meeting"]
    summary = SupplierSummary(id=s["id"], name=s["name"], open_signals=int(s["open_signals"]),
                              open_agreements=int(s["open_agreements"]),
                              last_meeting=date.fromisoformat(last) if last else None, path=path)
    return SupplierRow(summary, int(s["drafts"]), ReportFacts.from_json(s["report"]),
                       str(s["contract_reference"]), str(s["category"]),
                       tuple(str(kind) for kind in _listed(s["open_steps"])),
                       tuple(map(date.fromisoformat, _listed(s["open_due"]))))


def _listed(value: object) -> list:
    if not isinstance(value, list):
        raise TypeError("a list was expected")
    return value
