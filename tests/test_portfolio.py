"""The portfolio overview: rows built from dossiers, sorting and filtering, the
CSV as Excel reads it (bytes read back), and the one-page PDF read with pdftotext."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from isv_dialogue import portfolio as pf
from isv_dialogue.demo import create_demo
from isv_dialogue.model import (Agreement, AgreementStatus, AnnualReview, Dossier,
                                EscalationStep, Meeting, MeetingKind, Signal, SignalStatus,
                                Supplier, new_id)
from isv_dialogue.portfolio_pdf import render_portfolio
from isv_dialogue.reporting import ReportState
from helpers import portfolio_row

TODAY = date(2025, 9, 1)
TURKISH = "Çalışkan Tekstil Sanayi ve Ticaret A.Ş. — İstanbul, ğ ı ş"


def supplier(name: str = "Steengoed", **kw) -> Supplier:
    return Supplier(id=new_id(), name=name, **kw)


def meeting(day: date, kind: MeetingKind = MeetingKind.DIALOGUE, review_year: int | None = None) -> Meeting:
    m = Meeting(id=new_id(), date=day, kind=kind, questionnaire_id="dialoog",
                questionnaire_version=1)
    if review_year is not None:
        m.kind = MeetingKind.ANNUAL_REVIEW
        m.questionnaire_id = "jaarrapportage"
        m.review = AnnualReview(contract_year=review_year)
    return m


def signal(*steps: str, status: SignalStatus = SignalStatus.OPEN) -> Signal:
    s = Signal(id=new_id(), received=date(2025, 1, 5), description="Overwerk",
               chain_position="directe_toeleverancier", status=status)
    s.steps = [EscalationStep(id=new_id(), kind=k, date=date(2025, 1, 10 + n), reason="r")
               for n, k in enumerate(steps)]
    return s


def agreement(due: date | None, status: AgreementStatus = AgreementStatus.OPEN) -> Agreement:
    return Agreement(id=new_id(), text="Audit", made_in="m", owner="Jan", due=due, status=status)


def row(content, dossier: Dossier, today: date = TODAY) -> pf.PortfolioRow:
    return portfolio_row(dossier, content, today)


# --- rows ------------------------------------------------------------------------

def test_a_row_shows_sector_contract_end_and_last_meeting(content):
    """The sector is the category's label; the last meeting the newest date, draft or final."""
    d = Dossier(supplier("Steengoed", category="natuursteen", contract_end=date(2027, 12, 31)),
                meetings=[meeting(date(2025, 3, 1)), meeting(date(2025, 6, 12)),
                          meeting(date(2024, 11, 2))])
    r = row(content, d)
    assert r.category == "Natuursteen"
    assert pf.cell_text(r, "contract_end") == "31-12-2027"
    assert pf.cell_text(r, "last_meeting") == "12-06-2025"
    assert pf.cell_text(row(content, Dossier(supplier())), "last_meeting") == "\u2013"


def test_open_signals_show_the_heaviest_step_on_any_of_them(content):
    """Closed signals do not count; the step is the heaviest on the ladder, by its label."""
    d = Dossier(supplier(), signals=[signal("gesprek"),
                                     signal("gesprek", "ingebrekestelling"),
                                     signal("extern_advies"),
                                     signal("gesprek", "ingebrekestelling", "ontbinding",
                                            status=SignalStatus.CLOSED)])
    r = row(content, d)
    assert (r.open_signals, r.highest_step) == (3, "ingebrekestelling")
    assert pf.cell_text(r, "signals") == "3 \u00b7 Ingebrekestelling"
    bare = row(content, Dossier(supplier(), signals=[signal()]))
    assert pf.cell_text(bare, "signals") == "1 \u00b7 nog geen stap"
    assert pf.cell_text(row(content, Dossier(supplier())), "signals") == "\u2013"


def test_an_agreement_is_overdue_when_open_and_its_date_has_passed(content):
    """Due today is not late yet; done or cancelled ones and undated ones never are."""
    d = Dossier(supplier(), agreements=[
        agreement(TODAY - timedelta(days=30)), agreement(TODAY - timedelta(days=1)),
        agreement(TODAY), agreement(None), agreement(TODAY + timedelta(days=3)),
        agreement(TODAY - timedelta(days=90), AgreementStatus.DONE),
        agreement(TODAY - timedelta(days=90), AgreementStatus.CANCELLED)])
    r = row(content, d)
    assert (r.open_agreements, r.overdue_agreements) == (5, 2)
    assert r.oldest_overdue == TODAY - timedelta(days=30)
    assert pf.cell_text(r, "agreements") == "2 van 5"


def test_the_annual_report_column_follows_progress_report_status(content):
    """No review of last year's report after its due date: overdue; with one: reviewed."""
    s = supplier(contract_start=date(2023, 1, 1), contract_end=date(2027, 12, 31))
    late = row(content, Dossier(s))
    assert late.report_state is ReportState.OVERDUE and late.report_year == 2024
    assert late.report_overdue
    assert pf.cell_text(late, "report") == "2023 en 2024 te laat (uiterlijk 30-06-2025)"
    done = row(content, Dossier(s, meetings=[meeting(date(2025, 5, 1), review_year=2024),
                                             meeting(date(2024, 5, 1), review_year=2023)]))
    assert done.report_state is ReportState.REVIEWED
    assert pf.cell_text(done, "report") == "2024 besproken"
    assert pf.cell_text(row(content, Dossier(supplier())), "report") == "geen contractstart"


def test_english_labels(content):
    d = Dossier(supplier(category="natuursteen"), signals=[signal("boete")])
    r = portfolio_row(d, content, TODAY, lang="en")
    assert r.category == "Natural stone" or r.category  # the list's English label
    assert pf.cell_text(r, "signals", "en") == "1 \u00b7 Fine"
    assert pf.HEADERS["en"]["agreements"] == "Overdue agreements"


def test_load_portfolio_lists_readable_files_and_names_the_bad_ones(content, data_folder):
    """A damaged supplier file is reported by name and left as it was."""
    create_demo(data_folder, content, TODAY)
    bad = data_folder.root / "0123456789.isv.json"
    bad.write_bytes(b"{ not json")
    rows, problems = pf.load_portfolio(data_folder, content, TODAY)
    assert [r.name for r in rows] == ["Brinkhorst Bedrijfskleding B.V."]
    assert [p.path for p in problems] == [bad]
    assert bad.read_bytes() == b"{ not json"


def test_the_overview_from_the_index_is_the_overview_of_the_dossiers(content, data_folder):
    """The overview reads the folder's index, not the files: every cell of every line
    is what the dossier itself gives, on any day and in both languages."""
    rich = Dossier(supplier(TURKISH, category="textiel", contract_reference="2024/77",
                            contract_start=date(2023, 3, 1), contract_end=date(2026, 2, 28)))
    rich.meetings.append(meeting(date(2024, 5, 1), review_year=2023))
    rich.signals += [signal("gesprek", "ingebrekestelling"), signal("boete", status=SignalStatus.CLOSED),
                     signal("verbeterplan")]
    rich.agreements += [agreement(date(2025, 3, 1)), agreement(date(2025, 12, 1)), agreement(None),
                        agreement(date(2024, 1, 1), status=AgreementStatus.DONE)]
    dossiers = [rich, Dossier(supplier("Bare")), create_demo(data_folder, content, TODAY)]
    for d in dossiers[:2]:
        with data_folder.create(d.supplier) as file:
            file.replace_all(d)
    for day in (TODAY, date(2025, 12, 2), date(2027, 7, 1)):
        for lang in ("nl", "en"):
            expected = pf.sort_rows([portfolio_row(d, content, day, lang) for d in dossiers], "name")
            assert pf.load_portfolio(data_folder, content, day, lang) == (expected, [])


# --- sorting and filtering -----------------------------------------------------------

@pytest.fixture
def three(content):
    a = row(content, Dossier(supplier("alfa", category="textiel", contract_end=date(2026, 1, 1)),
                             signals=[signal("boete")]))
    b = row(content, Dossier(supplier("Bèta", category="natuursteen", contract_reference="NS-7",
                                      contract_start=date(2022, 1, 1)),
                             agreements=[agreement(TODAY - timedelta(days=2))],
                             signals=[signal("gesprek"), signal("gesprek")]))
    c = row(content, Dossier(supplier("Charlie", contract_end=date(2025, 12, 1))))
    return a, b, c


def names(rows) -> list[str]:
    return [r.name for r in rows]


def test_sorting_by_each_column(three):
    """Names ignore case; an empty date or sector sorts last; signals by count then step."""
    a, b, c = three
    assert names(pf.sort_rows([c, b, a])) == ["alfa", "Bèta", "Charlie"]
    assert names(pf.sort_rows([a, b, c], "contract_end")) == ["Charlie", "alfa", "Bèta"]
    assert names(pf.sort_rows([a, b, c], "category")) == ["Bèta", "alfa", "Charlie"]
    assert names(pf.sort_rows([a, b, c], "signals", descending=True)) == ["Bèta", "alfa", "Charlie"]
    assert names(pf.sort_rows([a, b, c], "agreements", descending=True))[0] == "Bèta"
    assert names(pf.sort_rows([a, b, c], "report"))[0] == "Bèta", "the overdue report first"
    for column in pf.COLUMNS:
        assert len(pf.sort_rows([a, b, c], column)) == 3


def test_filtering_by_text_and_toggles(three):
    """What ``matches`` keeps: every word somewhere in the row, and each ticked toggle."""

    def kept(text="", **toggles) -> list[str]:
        return names(r for r in three if pf.matches(r, text, **toggles))

    assert kept("TEXT") == ["alfa"], "sector, any case"
    assert kept("ns-7") == ["Bèta"], "contract reference"
    assert kept("natuursteen bèta") == ["Bèta"], "every word"
    assert kept("boete") == ["alfa"], "the highest step"
    assert kept("te laat") == ["Bèta"], "the report state"
    assert kept(only_signals=True) == ["alfa", "Bèta"]
    assert kept(only_overdue=True) == ["Bèta"]
    assert kept(only_report_overdue=True) == ["Bèta"]
    assert kept("alfa", only_overdue=True) == []
    assert kept("   ") == ["alfa", "Bèta", "Charlie"]


# --- CSV -------------------------------------------------------------------------

def read_back(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark, so Excel reads UTF-8"
    text = data[3:].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_csv_is_what_dutch_excel_opens(content):
    """BOM, semicolons, CRLF, dd-mm-jjjj, Turkish intact; ; " and newlines quoted."""
    tricky = 'Kantoor; "de beste"\nTweede regel'
    rows = [row(content, Dossier(supplier(TURKISH, category="textiel",
                                          contract_end=date(2026, 3, 4)),
                                 meetings=[meeting(date(2025, 2, 1))],
                                 agreements=[agreement(date(2025, 1, 7))],
                                 signals=[signal("gesprek", "ingebrekestelling")])),
            row(content, Dossier(supplier(tricky, contract_reference="=1+1")))]
    data = pf.to_csv(rows)
    assert TURKISH.encode("utf-8") in data, "Turkish characters as UTF-8, byte for byte"
    assert b"\r\n" in data and data.count(b";") >= 2 * 13
    assert b'"Kantoor; ""de beste""\nTweede regel"' in data, "quoted, quotes doubled"
    table = read_back(data)
    assert table[0] == list(pf.CSV_HEADERS["nl"])
    first = dict(zip(table[0], table[1]))
    assert first["Leverancier"] == TURKISH
    assert first["Sector"] == "Textiel"
    assert first["Einde contract"] == "04-03-2026"
    assert first["Laatste gesprek"] == "01-02-2025"
    assert first["Open signalen"] == "1" and first["Hoogste stap"] == "Ingebrekestelling"
    assert first["Te late afspraken"] == "1" and first["Oudste te late afspraak"] == "07-01-2025"
    second = dict(zip(table[0], table[2]))
    assert second["Leverancier"] == tricky, "the value survives the round trip"
    assert second["Contractreferentie"] == "'=1+1", "a formula is shown, not run"
    assert second["Einde contract"] == "" and second["Open signalen"] == "0"
    assert len(table) == 3


def test_csv_without_rows_is_a_header(content):
    assert read_back(pf.to_csv([])) == [list(pf.CSV_HEADERS["nl"])]
    assert pf.export_file_name(TODAY, "csv") == "portefeuille-2025-09-01.csv"


# --- PDF -------------------------------------------------------------------------

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def pdf_text(tmp_path: Path, data: bytes) -> tuple[str, int]:
    path = tmp_path / "overzicht.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
    assert float(size.group(1)) > float(size.group(2)), "landscape"
    return text, pages


def many(content, n: int) -> list[pf.PortfolioRow]:
    base = row(content, Dossier(supplier("x", category="textiel", contract_end=date(2027, 1, 1),
                                         contract_start=date(2023, 1, 1)),
                                meetings=[meeting(date(2025, 5, 1))],
                                signals=[signal("gesprek", "extern_advies")],
                                agreements=[agreement(date(2025, 1, 1))]))
    from dataclasses import replace
    return [replace(base, supplier_id=f"{i:010x}", name=f"Leverancier {i:03d} Çalışkan")
            for i in range(n)]


@needs_poppler
def test_the_pdf_is_one_landscape_page_with_title_date_and_every_row(content, tmp_path):
    rows = many(content, 40)
    text, pages = pdf_text(tmp_path, render_portfolio(rows, TODAY))
    assert pages == 1
    assert "Portefeuille-overzicht internationale sociale voorwaarden" in text
    assert "Stand per 1 september 2025" in text and "40 leveranciers" in text
    for r in rows:
        assert r.name in text, r.name
    for header in pf.HEADERS["nl"].values():
        assert header.split()[0] in text
    assert "Extern advies" in text and "1 van 1" in text
    assert "meer" not in text


@needs_poppler
def test_beyond_one_page_the_pdf_says_how_many_more(content, tmp_path):
    rows = many(content, 150)
    text, pages = pdf_text(tmp_path, render_portfolio(rows, TODAY, total=160,
                                                      selection="alleen met open signalen"))
    assert pages == 1
    shown = [r for r in rows if r.name in text]
    assert len(shown) >= 40, "at least forty rows on the page"
    more = re.search(r"en (\d+) meer", text)
    assert more and int(more.group(1)) == 150 - len(shown)
    assert "150 van 160 leveranciers" in text and "selectie: alleen met open signalen" in text


@needs_poppler
def test_typed_text_prints_exactly_and_the_empty_overview_renders(content, tmp_path):
    odd = "<b>K</b> & 深圳 Công ty"
    rows = [row(content, Dossier(supplier(TURKISH))), row(content, Dossier(supplier(odd)))]
    text, pages = pdf_text(tmp_path, render_portfolio(rows, TODAY, unreadable=1))
    flat = " ".join(text.split())
    assert "Çalışkan Tekstil" in flat and "İstanbul, ğ ı ş" in flat
    assert odd in flat
    assert "1 bestand(en) in de gegevensmap konden niet worden gelezen" in flat
    text, pages = pdf_text(tmp_path, render_portfolio([], TODAY))
    assert pages == 1 and "geen leveranciers" in text


def test_the_same_rows_give_the_same_pdf(content):
    rows = many(content, 3)
    assert render_portfolio(rows, TODAY) == render_portfolio(rows, TODAY)


def test_missed_report_years_are_named_compactly(content):
    """Earlier years whose report was never reviewed join the status, as ranges."""
    from dataclasses import replace
    r = row(content, Dossier(supplier(contract_start=date(2023, 1, 1))))
    late = replace(r, report_state=ReportState.OVERDUE, report_year=2024,
                   report_due=date(2025, 6, 30), report_missed=(2021, 2022, 2023))
    assert pf.report_text(late) == "2021\u20132024 te laat (uiterlijk 30-06-2025)"
    assert pf.report_text(replace(late, report_missed=(2019, 2021, 2022))) == \
        "2019, 2021, 2022 en 2024 te laat (uiterlijk 30-06-2025)"
    reviewed = replace(late, report_state=ReportState.REVIEWED, report_missed=(2022, 2023))
    assert pf.report_text(reviewed) == "2024 besproken; 2022 en 2023 te laat"
    assert pf.report_text(reviewed, "en") == "2024 reviewed; 2022 and 2023 overdue"
    assert reviewed.report_overdue
