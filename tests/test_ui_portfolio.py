"""The portfolio window, driven through its widgets: sort by a header click,
filter by typing and ticking, export both files through the buttons, and open
it from the main window."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence

from isv_dialogue import portfolio as pf
from isv_dialogue.demo import create_demo
from isv_dialogue.folder import FileProblem
from isv_dialogue.model import (Agreement, Dossier, EscalationStep, Signal, Supplier, new_id)
from ui.main_window import MainWindow
from ui.portfolio_view import PortfolioView
from helpers import portfolio_row

TODAY = date(2025, 9, 1)


def dossier(name: str, *, category: str = "", end: date | None = None, overdue: int = 0,
            steps: tuple[str, ...] | None = None) -> Dossier:
    d = Dossier(Supplier(id=new_id(), name=name, category=category, contract_end=end))
    d.agreements = [Agreement(new_id(), "Audit", "m", "Jan", TODAY - timedelta(days=n + 1))
                    for n in range(overdue)]
    if steps is not None:
        d.signals = [Signal(new_id(), date(2025, 1, 1), "Overwerk", "eigen_bedrijf",
                            steps=[EscalationStep(new_id(), k, date(2025, 2, 1), reason="r")
                                   for k in steps])]
    return d


@pytest.fixture
def rows(content):
    dossiers = [dossier("Alfa Textiel", category="textiel", end=date(2027, 1, 1),
                        steps=("gesprek",)),
                dossier("Bèta Steen", category="natuursteen", end=date(2025, 12, 31), overdue=2),
                dossier("Çalışkan Tekstil A.Ş.", category="textiel", overdue=1,
                        steps=("gesprek", "ingebrekestelling")),
                dossier("Delta; \"ICT\"", category="datacenter", end=date(2026, 6, 1))]
    return [portfolio_row(d, content, TODAY) for d in dossiers]


@pytest.fixture
def view(qtbot, rows, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(PortfolioView, "warn", staticmethod(lambda p, t, text: warnings.append(text)))
    v = PortfolioView(rows, TODAY)
    v.warnings = warnings
    qtbot.addWidget(v)
    v.show()
    return v


def shown(view: PortfolioView) -> list[str]:
    return [r.name for r in view.visible_rows()]


def click_header(qtbot, view: PortfolioView, column: str) -> None:
    header = view.table.horizontalHeader()
    section = pf.COLUMNS.index(column)
    pos = QPoint(header.sectionViewportPosition(section) + 8, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_rows_are_listed_by_name_with_a_summary(view):
    assert shown(view) == ["Alfa Textiel", "Bèta Steen", "Çalışkan Tekstil A.Ş.", 'Delta; "ICT"']
    assert view.summary.text().startswith("4 leveranciers  ·  2 met open signalen  ·  2 met te late")
    model = view.table.model()
    assert model.headerData(6, Qt.Orientation.Horizontal) == "Te late afspraken"
    third = [model.index(2, c).data() for c in range(len(pf.COLUMNS))]
    assert third[5] == "1 · Ingebrekestelling" and third[6] == "1 van 1"
    assert not view.notice.isVisible()


def test_a_header_click_sorts_and_a_second_click_reverses(qtbot, view):
    click_header(qtbot, view, "contract_end")
    assert shown(view) == ["Bèta Steen", 'Delta; "ICT"', "Alfa Textiel", "Çalışkan Tekstil A.Ş."]
    click_header(qtbot, view, "agreements")
    first = shown(view)
    click_header(qtbot, view, "agreements")
    assert shown(view) == list(reversed(first))
    assert shown(view)[0] == "Bèta Steen", "most overdue agreements first when reversed"
    view.sort_by("signals", descending=True)
    assert shown(view)[:2] == ["Çalışkan Tekstil A.Ş.", "Alfa Textiel"], "heavier step first"


def test_typing_and_ticking_filter_the_table(qtbot, view):
    qtbot.keyClicks(view.search, "textiel")
    assert shown(view) == ["Alfa Textiel", "Çalışkan Tekstil A.Ş."]
    assert view.shown.text() == "2 van 4 getoond"
    view.only_overdue.click()
    assert shown(view) == ["Çalışkan Tekstil A.Ş."]
    view.search.clear()
    assert shown(view) == ["Bèta Steen", "Çalışkan Tekstil A.Ş."]
    view.only_signals.click()
    assert shown(view) == ["Çalışkan Tekstil A.Ş."]
    qtbot.keyClicks(view.search, "zzz")
    assert shown(view) == []
    assert not view.csv_button.isEnabled() and not view.pdf_button.isEnabled()
    view.search.clear()
    view.only_signals.click()
    view.only_overdue.click()
    assert len(shown(view)) == 4 and view.csv_button.isEnabled()


def asking(monkeypatch, path: Path | None) -> list:
    asked: list = []

    def ask(parent, title, suggestion, file_filter):
        asked.append((title, suggestion, file_filter))
        return path
    monkeypatch.setattr(PortfolioView, "ask_path", staticmethod(ask))
    return asked


def test_csv_export_writes_the_shown_rows_in_their_order(qtbot, view, monkeypatch, tmp_path):
    """The file name gets .csv; the bytes are what Excel reads; the filter and order hold."""
    asked = asking(monkeypatch, tmp_path / "overzicht")
    click_header(qtbot, view, "name")  # sorted by name already: now descending
    assert view.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    view.only_overdue.click()
    qtbot.mouseClick(view.csv_button, Qt.MouseButton.LeftButton)
    assert asked[0][1].endswith("portefeuille-2025-09-01.csv")
    data = (tmp_path / "overzicht.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data[3:].decode("utf-8").split("\r\n")
    assert lines[1].startswith("Çalışkan Tekstil A.Ş.;") and lines[2].startswith("Bèta Steen;")
    assert lines[3] == "" and len(lines) == 4
    assert str(tmp_path / "overzicht.csv") in view.saved.text()
    assert view.warnings == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_export_says_which_selection_it_shows(qtbot, view, monkeypatch, tmp_path):
    asking(monkeypatch, tmp_path / "voor-manager.pdf")
    view.only_signals.click()
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    path = tmp_path / "voor-manager.pdf"
    assert path.read_bytes().startswith(b"%PDF-")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "2 van 4 leveranciers" in text
    assert "selectie: alleen met open signalen" in text
    assert "Çalışkan Tekstil A.Ş." in text and "Bèta Steen" not in text


def test_a_cancelled_or_failed_export_writes_nothing(qtbot, view, monkeypatch, tmp_path):
    asking(monkeypatch, None)
    assert view.export_csv() is None and list(tmp_path.iterdir()) == []
    asking(monkeypatch, tmp_path / "no-such-folder" / "x.csv")
    assert view.export_csv() is None
    assert view.warnings and "kan niet worden geschreven" in view.warnings[0]
    assert list(tmp_path.iterdir()) == []


def test_unreadable_files_are_named(qtbot, rows):
    v = PortfolioView(rows, TODAY, problems=[FileProblem(Path("abc.isv.json"), "kapot")])
    qtbot.addWidget(v)
    v.show()
    assert v.notice.isVisible() and "abc.isv.json: kapot" in v.notice.text()


# --- from the main window --------------------------------------------------------------

@pytest.fixture
def window(qtbot, data_folder, content, monkeypatch):
    monkeypatch.setattr(MainWindow, "warn", staticmethod(lambda p, t, text: None))
    create_demo(data_folder, content, TODAY)
    main = MainWindow(data_folder, content, today=TODAY)
    qtbot.addWidget(main)
    main.show()
    main.refresh()
    return main


def test_the_main_window_opens_the_overview_and_a_double_click_comes_back(qtbot, window,
                                                                          data_folder, content):
    action = window.portfolio_action
    assert action.text() == "Portefeuille-overzicht"
    assert action.shortcut() == QKeySequence("Ctrl+Shift+O")
    action.trigger()
    view = window.portfolio_view
    assert view.isVisible()
    assert shown(view) == ["Brinkhorst Bedrijfskleding B.V."]
    # a supplier added meanwhile shows when the overview is asked for again
    from isv_dialogue.model import Supplier as S
    data_folder.create(S(id=new_id(), name="Aardewerk B.V.")).close()
    action.trigger()
    assert window.portfolio_view is view
    assert shown(view) == ["Aardewerk B.V.", "Brinkhorst Bedrijfskleding B.V."]
    window.refresh()
    index = view.table.model().index(1, 0)
    rect = view.table.visualRect(index)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.list.currentItem().text(0) == "Brinkhorst Bedrijfskleding B.V."
