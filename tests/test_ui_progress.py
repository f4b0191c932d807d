"""Progress in the interface: commitments edited in the supplier dialog and
ticked off on the report page, the Verloop tab, and the list's report column."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from isv_dialogue import meetings as rules
from isv_dialogue import progress
from isv_dialogue.model import (AnnualReview, Commitment, CommitmentCheck, Dossier, MeetingKind,
                                MeetingStatus, Supplier, Verdict)
from ui.main_window import MainWindow
from ui.meeting_wizard import MeetingWizard
from ui.report_page import ReportPage
from ui.supplier_dialog import SupplierDialog
from ui.timeline_view import TimelineView
from helpers import type_text

TODAY = date(2025, 8, 4)


def textiel(**more) -> Supplier:
    return Supplier(id="tx1", name="Çalışkan Tekstil", contract_start=date(2024, 1, 1),
                    contract_end=date(2027, 12, 31),
                    commitments=[Commitment("c1", "Ketenkaart tot tier 3", date(2024, 6, 30)),
                                 Commitment("c2", "Leefbaar loon", date(2026, 6, 30))], **more)


def test_the_supplier_dialog_adds_edits_and_removes_commitments(qtbot, content):
    dialog = SupplierDialog(content, textiel())
    qtbot.addWidget(dialog)
    table = dialog.commitments
    assert [c.text for c in table.value()] == ["Ketenkaart tot tier 3", "Leefbaar loon"]
    row = table.add_row()
    table.table.item(row, 0).setText("Klachtenlijn in het Bengaals — ook voor de ververij")
    table.table.cellWidget(row, 1).setDate(QDate(2026, 3, 1))
    table.table.setCurrentCell(0, 0)
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    table.add_row()  # left empty: not a commitment
    value = dialog.value().commitments
    assert [(c.text, c.due) for c in value] == [
        ("Leefbaar loon", date(2026, 6, 30)),
        ("Klachtenlijn in het Bengaals — ook voor de ververij", date(2026, 3, 1))]
    assert value[0].id == "c2", "an edited commitment keeps its id, so reviews still point at it"


def test_the_report_page_ticks_off_commitments_into_the_review(qtbot, content):
    page = ReportPage(content)
    qtbot.addWidget(page)
    dossier = Dossier(textiel())
    meeting = rules.new_meeting(MeetingKind.ANNUAL_REVIEW, content, date(2025, 4, 1))
    meeting.review.commitments["gone"] = CommitmentCheck(True, "van een geschrapte toezegging")
    page.load(meeting, dossier)
    first, second = page.commitment_rows
    assert "termijn valt na het rapportagejaar 2024" in second.due.text()
    assert "termijn valt na" not in first.due.text()
    first.state.setCurrentIndex(1)  # Nagekomen
    type_text(first.comment, "Gepubliceerd op de website — ook in het Türkçe")
    second.state.setCurrentIndex(3)  # Nog niet opeisbaar
    page.save(meeting, dossier)
    assert meeting.review.commitments["c1"] == CommitmentCheck(
        True, "Gepubliceerd op de website — ook in het Türkçe", False)
    assert meeting.review.commitments["c2"] == CommitmentCheck(None, "", True)
    assert meeting.review.commitments["gone"].met is True, "checks of removed ones are kept"
    page.load(meeting, dossier)
    assert page.commitment_rows[1].state.currentText() == "Nog niet opeisbaar"


def test_a_supplier_without_commitments_is_told_where_to_add_them(qtbot, content):
    page = ReportPage(content)
    qtbot.addWidget(page)
    meeting = rules.new_meeting(MeetingKind.ANNUAL_REVIEW, content, date(2025, 4, 1))
    page.load(meeting, Dossier(Supplier(id="x", name="X")))
    assert page.commitment_rows == []
    page.save(meeting, Dossier(Supplier(id="x", name="X")))
    assert meeting.review.commitments == {}


def test_the_timeline_shows_the_reminder_events_and_verdict_colours(qtbot, content):
    dossier = Dossier(textiel())
    meeting = rules.new_meeting(MeetingKind.ANNUAL_REVIEW, content, date(2025, 4, 1))
    meeting.review = AnnualReview(2024, verdict=Verdict.NO, verdict_reasons="Te weinig gedaan")
    meeting.status = MeetingStatus.FINAL
    dossier.meetings.append(meeting)
    view = TimelineView()
    qtbot.addWidget(view)
    status = progress.report_status(dossier, TODAY)
    view.set_timeline(progress.timeline(dossier, content, TODAY), status, TODAY,
                      dossier.supplier.contract_start, dossier.supplier.contract_end)
    assert "over 2024 is besproken" in view.reminder.text() and "nee" in view.reminder.text()
    review = next(line for line in view.lines if "Jaarrapportage over 2024 besproken" in line.title)
    assert review.colour == "#b8432f" and "Te weinig gedaan" == review.detail
    assert [(run.text, run.bold, run.colour) for run in review.runs][-1] == \
        ("oordeel: nee", True, "#b8432f"), "the verdict in its colour"
    assert [line.day for line in view.lines] == sorted(line.day for line in view.lines)
    assert view.today_line is not None and view.today_line.title == "Vandaag"
    # What the list paints: a heading per year, then the rows with date, title and detail.
    rows = view.rows_text()
    assert rows[0] == "2024" and rows.index("2025") > 1
    assert "01-04-2025\nJaarrapportage over 2024 besproken — oordeel: nee\nTe weinig gedaan" in rows
    assert "04-08-2025\nVandaag" in rows
    commitment = next(r for r in rows if "Termijn toezegging" in r and "Leefbaar loon" in r)
    assert commitment.startswith("30-06-2026\nTermijn toezegging — nog niet getoetst\nLeefbaar loon")


def test_the_timeline_list_scrolls_to_today_by_keyboard_and_rewraps(qtbot, content):
    """Ten years in one painted list: it opens on "Vandaag", scrolls with the
    keyboard, says what it holds to assistive technology, and rewraps its text
    when it gets narrower (row heights are kept per width)."""
    from benchmarks import data

    today = date(2025, 6, 2)
    dossier = data.decade(content, today)
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(660, 600)
    view.show()
    view.set_timeline(progress.timeline(dossier, content, today), progress.report_status(dossier, today),
                      today, dossier.supplier.contract_start, dossier.supplier.contract_end)
    QApplication.processEvents()
    rows = view.list
    bar = rows.verticalScrollBar()
    assert len(view.rows_text()) > 200 and bar.maximum() > 10 * rows.viewport().height()
    today_item = rows._items.index((False, rows.today))
    top, bottom = rows._tops[today_item] - bar.value(), rows._tops[today_item + 1] - bar.value()
    assert 0 <= top and bottom <= rows.viewport().height(), "today is in sight"
    assert "gebeurtenissen" in rows.accessibleDescription() and rows.accessibleName() == "Verloop"
    assert rows.focusPolicy() & Qt.FocusPolicy.TabFocus
    start = bar.value()
    qtbot.keyClick(rows, Qt.Key.Key_PageUp)
    assert bar.value() == max(0, start - bar.pageStep())
    qtbot.keyClick(rows, Qt.Key.Key_Home)
    assert bar.value() == 0
    qtbot.keyClick(rows, Qt.Key.Key_Down)
    assert bar.value() == bar.singleStep()
    qtbot.keyClick(rows, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    wide = rows._tops[-1]
    view.resize(420, 600)
    QApplication.processEvents()
    assert rows._tops[-1] > wide, "narrower: the same text takes more lines"
    assert len(rows._heights) == 2
    view.resize(660, 600)
    QApplication.processEvents()
    assert rows._tops[-1] == wide


def test_an_overdue_report_is_red_in_the_list_and_in_the_timeline_tab(qtbot, data_folder,
                                                                       content, monkeypatch):
    monkeypatch.setattr(MainWindow, "warn", staticmethod(lambda *a: None))
    data_folder.create(textiel()).close()
    window = MainWindow(data_folder, content, today=TODAY)
    qtbot.addWidget(window)
    window.refresh(select="tx1")
    item = window.list.currentItem()
    assert item.text(4) == "Te laat"
    assert "30 juni 2025" in item.toolTip(4)
    timeline = window.detail.timeline
    assert window.detail.tabs.indexOf(timeline) >= 0
    assert window.detail.tabs.tabText(window.detail.tabs.indexOf(timeline)) == "&Verloop"
    assert "had uiterlijk 30 juni 2025 besproken moeten zijn" in timeline.reminder.text()


@pytest.mark.parametrize("today, text", [(date(2025, 5, 20), "Binnenkort"),
                                          (date(2025, 2, 1), "Nog niet")])
def test_the_list_column_says_when_the_report_is_due(qtbot, data_folder, content, today, text):
    data_folder.create(textiel()).close()
    window = MainWindow(data_folder, content, today=today)
    qtbot.addWidget(window)
    window.refresh(select="tx1")
    assert window.list.currentItem().text(4) == text


def test_a_review_in_the_wizard_turns_the_column_to_reviewed(qtbot, data_folder, content,
                                                             monkeypatch):
    monkeypatch.setattr(MainWindow, "warn", staticmethod(lambda *a: None))
    monkeypatch.setattr(MeetingWizard, "warn", staticmethod(lambda *a: None))
    monkeypatch.setattr(MeetingWizard, "confirm", staticmethod(lambda *a: True))
    data_folder.create(textiel()).close()
    window = MainWindow(data_folder, content, today=TODAY)
    qtbot.addWidget(window)
    window.refresh(select="tx1")
    wizard = window.open_meeting(None)
    wizard.start.kind_group.button(1).setChecked(True)
    wizard.go_to("report")
    report = wizard.pages["report"]
    assert report.year.value() == 2024
    report.commitment_rows[0].state.setCurrentIndex(2)  # Niet nagekomen
    wizard.close()
    window.refresh(select="tx1")
    assert window.list.currentItem().text(4) == "Besproken"
    saved = data_folder.load("tx1").meetings[0]
    assert saved.review.commitments["c1"].met is False


def test_the_supplier_dialog_fits_a_720_pixel_screen_with_its_buttons(qtbot, content):
    """With the demo's commitments, contacts and notes the dialog still fits 1280x720:
    the fields scroll, Save and Cancel stay on screen."""
    from isv_dialogue.demo import build_demo
    from ui.supplier_dialog import SupplierDialog

    dialog = SupplierDialog(content, build_demo(content, date(2026, 11, 25)).supplier)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.minimumSizeHint().height() <= 720 - 40
    assert dialog.height() <= int(dialog.screen().availableGeometry().height() * 0.9)
    assert dialog.buttons.isVisible()
