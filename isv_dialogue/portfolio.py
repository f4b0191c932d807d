"""The portfolio overview: every supplier on one line, for the buyer and a manager.

    rows, problems = load_portfolio(folder, content, today)
    shown = sort_rows([r for r in rows if matches(r, "textiel", only_signals=True)], "contract_end")
    data: bytes = to_csv(shown, lang="nl")        # opens in (Dutch) Excel as it is

A row is plain data built from what the folder's index keeps of a supplier
(``line``): the sector's label, the contract
end, the last meeting, where the annual report stands (``reporting.status_from``),
the open signals with the heaviest escalation step taken on any of them, and the
open agreements whose date has passed. The words
a cell shows come from ``cell_text`` in the asked language, so the table on
screen, the CSV and the PDF say the same thing.

The CSV is what Excel with Dutch regional settings opens without an import
wizard: UTF-8 with a byte-order mark (else ş and ğ come out garbled), a
semicolon between fields (the comma is the Dutch decimal sign), dates as
dd-mm-jjjj, CRLF line ends, and fields holding ``;``, ``"`` or a line break
quoted. A text that starts like a formula (``=``, ``+``, ``-``, ``@``) gets a
leading apostrophe, so Excel shows it instead of evaluating it.

Nothing here imports Qt.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .folder import DataFolder, FileProblem
from .questionnaires import Content, label
from .reporting import ReportState, status_from
from .signals import heaviest_step
from .supplier_list import SupplierRow, overview

# The columns of the table on screen and in the PDF, in order.
COLUMNS = ("name", "category", "contract_end", "last_meeting", "report", "signals",
           "agreements")

HEADERS = {
    "nl": {"name": "Leverancier", "category": "Sector", "contract_end": "Einde contract",
           "last_meeting": "Laatste gesprek", "report": "Jaarrapportage",
           "signals": "Open signalen", "agreements": "Te late afspraken"},
    "en": {"name": "Supplier", "category": "Sector", "contract_end": "Contract end",
           "last_meeting": "Last meeting", "report": "Annual report",
           "signals": "Open signals", "agreements": "Overdue agreements"},
}

# The CSV splits combined cells into one value per column, so Excel can filter
# and sum them.
CSV_HEADERS = {
    "nl": ("Leverancier", "Contractreferentie", "Sector", "Einde contract", "Laatste gesprek",
           "Jaarrapportage", "Rapportagejaar", "Rapportage uiterlijk",
           "Eerdere jaren niet besproken", "Open signalen",
           "Hoogste stap", "Open afspraken", "Te late afspraken", "Oudste te late afspraak"),
    "en": ("Supplier", "Contract reference", "Sector", "Contract end", "Last meeting",
           "Annual report", "Reporting year", "Report due",
           "Earlier years not reviewed", "Open signals",
           "Highest step", "Open agreements", "Overdue agreements", "Oldest overdue agreement"),
}

_WORDS = {
    "nl": {
        ReportState.REVIEWED: "{year} besproken",
        ReportState.OVERDUE: "{year} te laat (uiterlijk {due})",
        ReportState.DUE_SOON: "{year} binnenkort (uiterlijk {due})",
        ReportState.NOT_DUE: "{year} uiterlijk {due}",
        "not_expected": "nog niet verwacht",
        ReportState.NO_CONTRACT: "geen contractstart",
        "missed": "{years} te laat",
        "and": " en ",
        "no_step": "nog geen stap",
        "none": "\u2013",
        "of": "{overdue} van {open}",
    },
    "en": {
        ReportState.REVIEWED: "{year} reviewed",
        ReportState.OVERDUE: "{year} overdue (due {due})",
        ReportState.DUE_SOON: "{year} due soon (by {due})",
        ReportState.NOT_DUE: "{year} due by {due}",
        "not_expected": "not yet expected",
        ReportState.NO_CONTRACT: "no contract start",
        "missed": "{years} overdue",
        "and": " and ",
        "no_step": "no step yet",
        "none": "\u2013",
        "of": "{overdue} of {open}",
    },
}

# The report's state on its own, for the CSV's own column.
_STATE_WORDS = {
    "nl": {ReportState.REVIEWED: "besproken", ReportState.OVERDUE: "te laat",
           ReportState.DUE_SOON: "binnenkort", ReportState.NOT_DUE: "nog niet verwacht",
           ReportState.NO_CONTRACT: "geen contractstart"},
    "en": {ReportState.REVIEWED: "reviewed", ReportState.OVERDUE: "overdue",
           ReportState.DUE_SOON: "due soon", ReportState.NOT_DUE: "not yet expected",
           ReportState.NO_CONTRACT: "no contract start"},
}

# Most urgent first, for sorting the report column.
_REPORT_URGENCY = {ReportState.OVERDUE: 0, ReportState.DUE_SOON: 1, ReportState.NOT_DUE: 2,
                   ReportState.REVIEWED: 3, ReportState.NO_CONTRACT: 4}


@dataclass(frozen=True)
class PortfolioRow:
    """One supplier's line. Labels are in the language the row was built in;
    ``highest_step`` is the step id (``""`` when no open signal has a step)."""

    supplier_id: str
    name: str
    contract_reference: str
    category: str
    contract_end: date | None
    last_meeting: date | None
    report_state: ReportState
    report_year: int | None
    report_due: date | None
    report_missed: tuple[int, ...]
    open_signals: int
    highest_step: str
    highest_step_label: str
    highest_step_rank: int          # place on the ladder, 1 = the lightest; 0 = none
    open_agreements: int
    overdue_agreements: int
    oldest_overdue: date | None

    @property
    def report_overdue(self) -> bool:
        return self.report_state is ReportState.OVERDUE or bool(self.report_missed)


def line(row: SupplierRow, content: Content, today: date, lang: str = "nl") -> PortfolioRow:
    """A supplier's line from what the folder's index keeps of it, so the overview
    of a hundred suppliers reads no supplier file (docs/performance.md)."""
    summary, guide = row.summary, content.signals
    order = [s.id for s in guide.steps]
    heaviest = heaviest_step(row.open_steps, guide) or ""
    overdue = [due for due in row.open_due if due < today]
    status = status_from(row.report, today)
    return PortfolioRow(
        supplier_id=summary.id, name=summary.name, contract_reference=row.contract_reference,
        category=label(content.lists.categories, row.category, lang) if row.category else "",
        contract_end=row.report.contract_end, last_meeting=summary.last_meeting,
        report_state=status.state, report_year=status.year, report_due=status.due,
        report_missed=status.missed,
        open_signals=summary.open_signals, highest_step=heaviest,
        highest_step_label=label(guide.steps, heaviest, lang) if heaviest else "",
        highest_step_rank=order.index(heaviest) + 1 if heaviest else 0,
        open_agreements=summary.open_agreements, overdue_agreements=len(overdue),
        oldest_overdue=overdue[0] if overdue else None,
    )


def load_portfolio(folder: DataFolder, content: Content, today: date,
                   lang: str = "nl") -> tuple[list[PortfolioRow], list[FileProblem]]:
    """A line for every readable supplier, by name, from the folder's index (only
    files changed since it was written are read); unreadable files are listed as
    problems and left untouched."""
    rows, problems = overview(folder)
    return sort_rows([line(row, content, today, lang) for row in rows], "name"), problems


# --- words -------------------------------------------------------------------

def _words(lang: str) -> dict:
    return _WORDS.get(lang, _WORDS["nl"])


def short_date(value: date | None, lang: str = "nl") -> str:
    """dd-mm-jjjj, the form Dutch Excel reads as a date; a dash for none."""
    return value.strftime("%d-%m-%Y") if value else _words(lang)["none"]


def report_text(row: PortfolioRow, lang: str = "nl") -> str:
    words = _words(lang)
    if row.report_state is ReportState.NOT_DUE and (row.report_year is None
                                                    or row.report_due is None):
        return words["not_expected"]
    def years(values) -> str:  # 2022 · 2022 en 2023 · 2019, 2021–2024
        spans: list[list[int]] = []
        for y in sorted(values):
            if spans and y == spans[-1][1] + 1:
                spans[-1][1] = y
            else:
                spans.append([y, y])
        parts: list[str] = []
        for a, b in spans:
            parts += [f"{a}\u2013{b}"] if b > a + 1 else [str(y) for y in range(a, b + 1)]
        return (", ".join(parts[:-1]) + words["and"] + parts[-1]) if len(parts) > 1 else parts[0]

    year = row.report_year or ""
    missed = row.report_missed
    if row.report_state is ReportState.OVERDUE and missed:  # "2023 en 2024 te laat (…)"
        year, missed = years([*missed, row.report_year]), ()
    text = words[row.report_state].format(year=year, due=short_date(row.report_due, lang)).strip()
    if missed:
        text = f"{text}; {words['missed'].format(years=years(missed))}"
    return text


def signals_text(row: PortfolioRow, lang: str = "nl") -> str:
    if not row.open_signals:
        return _words(lang)["none"]
    step = row.highest_step_label or _words(lang)["no_step"]
    return f"{row.open_signals} \u00b7 {step}"


def agreements_text(row: PortfolioRow, lang: str = "nl") -> str:
    words = _words(lang)
    if not row.overdue_agreements:
        return words["none"]
    return words["of"].format(overdue=row.overdue_agreements, open=row.open_agreements)


def cell_text(row: PortfolioRow, column: str, lang: str = "nl") -> str:
    """What the table on screen and the PDF show in ``column``."""
    if column == "name":
        return row.name
    if column == "category":
        return row.category or _words(lang)["none"]
    if column == "contract_end":
        return short_date(row.contract_end, lang)
    if column == "last_meeting":
        return short_date(row.last_meeting, lang)
    if column == "report":
        return report_text(row, lang)
    if column == "signals":
        return signals_text(row, lang)
    if column == "agreements":
        return agreements_text(row, lang)
    raise KeyError(column)


# --- sorting and filtering ------------------------------------------------------

def _fold(text: str) -> str:
    """Text as a reader sorts it: any case, accents aside (Ç with C, É with E)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def sort_key(row: PortfolioRow, column: str) -> tuple:
    """An ascending key for ``column``; rows without a value sort last, ties by name."""
    name = (_fold(row.name), row.name, row.supplier_id)
    if column == "name":
        return name
    if column == "category":
        return (not row.category, _fold(row.category), *name)
    if column in ("contract_end", "last_meeting"):
        value = getattr(row, column)
        return (value is None, value or date.min, *name)
    if column == "report":
        return (_REPORT_URGENCY[row.report_state], not row.report_missed,
                row.report_due or date.max, *name)
    if column == "signals":
        return (row.open_signals, row.highest_step_rank, *name)
    if column == "agreements":
        return (row.overdue_agreements, row.open_agreements, *name)
    raise KeyError(column)


def sort_rows(rows: Iterable[PortfolioRow], column: str = "name",
              descending: bool = False) -> list[PortfolioRow]:
    return sorted(rows, key=lambda r: sort_key(r, column), reverse=descending)


def matches(row: PortfolioRow, text: str = "", *, only_signals: bool = False,
            only_overdue: bool = False, only_report_overdue: bool = False,
            lang: str = "nl") -> bool:
    """Whether a row passes the filter: every word of ``text`` occurs in its name,
    contract reference, sector, report status or highest step (any case), and
    each ticked toggle holds."""
    if only_signals and not row.open_signals:
        return False
    if only_overdue and not row.overdue_agreements:
        return False
    if only_report_overdue and not row.report_overdue:
        return False
    words = text.casefold().split()
    if not words:
        return True
    haystack = " ".join((row.name, row.contract_reference, row.category,
                         report_text(row, lang), row.highest_step_label)).casefold()
    return all(w in haystack for w in words)


# --- CSV ------------------------------------------------------------------------

BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    """Typed text for a spreadsheet cell: shown, never run as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_values(row: PortfolioRow, lang: str = "nl") -> list[str]:
    return [
        _text(row.name), _text(row.contract_reference), _text(row.category),
        short_date(row.contract_end, lang) if row.contract_end else "",
        short_date(row.last_meeting, lang) if row.last_meeting else "",
        _STATE_WORDS.get(lang, _STATE_WORDS["nl"])[row.report_state],
        str(row.report_year) if row.report_year else "",
        short_date(row.report_due, lang) if row.report_due else "",
        ", ".join(str(y) for y in row.report_missed),
        str(row.open_signals), _text(row.highest_step_label),
        str(row.open_agreements), str(row.overdue_agreements),
        short_date(row.oldest_overdue, lang) if row.oldest_overdue else "",
    ]


def to_csv(rows: Sequence[PortfolioRow], lang: str = "nl") -> bytes:
    """The rows as a CSV file's bytes, for Excel with Dutch settings (see the module)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                        lineterminator="\r\n")
    writer.writerow(CSV_HEADERS.get(lang, CSV_HEADERS["nl"]))
    for row in rows:
        writer.writerow(csv_values(row, lang))
    return (BOM + buffer.getvalue()).encode("utf-8")


def export_file_name(today: date, suffix: str) -> str:
    """A name to suggest: ``portefeuille-2025-03-10.csv``; from the date only."""
    return f"portefeuille-{today:%Y-%m-%d}.{suffix}"
