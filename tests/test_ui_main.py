"""The main window and the supplier dialog, driven through their widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from isv_dialogue.model import Supplier
from ui import app as app_module
from ui.asking import AsksTheUser
from ui.main_window import MainWindow
from ui.supplier_dialog import SupplierDialog

TODAY = date(2025, 3, 10)


def save_button(dialog: SupplierDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


@pytest.fixture
def window(qtbot, data_folder, content, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(MainWindow, "warn", staticmethod(lambda p, t, text: warnings.append(text)))
    main = MainWindow(data_folder, content, today=TODAY)
    main.warnings = warnings
    qtbot.addWidget(main)
    main.refresh()
    return main


def answering(qtbot, fill):
    """An ask() that fills the real dialog, presses Save, and reports what the dialog did."""
    def ask(parent, content, supplier=None):
        dialog = SupplierDialog(content, supplier, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        fill(dialog)
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        ask.dialog = dialog
        return dialog.value() if dialog.result() == QDialog.DialogCode.Accepted else None
    return ask


def test_a_supplier_without_a_name_is_refused(qtbot, window, monkeypatch, data_folder):
    ask = answering(qtbot, lambda d: qtbot.keyClicks(d.reference, "INK-1"))
    monkeypatch.setattr(SupplierDialog, "ask", ask)
    window.new_supplier()
    dialog = ask.dialog
    assert dialog.isVisible(), "the dialog stays open"
    assert dialog.errors["name"].isVisible()
    assert dialog.errors["name"].text() == "Vul de naam van de leverancier in."
    assert dialog.focusWidget() is dialog.name, "the cursor goes to the name"
    assert data_folder.supplier_files() == []


def test_a_contract_that_ends_before_it_starts_is_refused(qtbot, content):
    dialog = SupplierDialog(content)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Steengoed")
    dialog.start.setDate(QDate(2025, 1, 1))
    dialog.end.setDate(QDate(2024, 1, 1))
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["contract_end"].isVisible()
    dialog.end.setDate(QDate(2027, 1, 1))
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value().contract_end == date(2027, 1, 1)


def test_a_new_supplier_is_saved_listed_and_selected(qtbot, window, monkeypatch, data_folder):
    def fill(dialog):
        qtbot.keyClicks(dialog.name, "Steengoed Natuursteen")
        dialog.category.setCurrentIndex(dialog.category.findData("natuursteen"))
        qtbot.keyClicks(dialog.contacts, "Jan de Boer, accountmanager, jan@example.org")
    monkeypatch.setattr(SupplierDialog, "ask", answering(qtbot, fill))
    window.new_supplier()
    assert window.list.topLevelItemCount() == 1
    assert window.list.currentItem().text(0) == "Steengoed Natuursteen"
    assert window.detail.title.text() == "Steengoed Natuursteen"
    stored = window.rows[window.current_id()].dossier.supplier
    assert stored.category == "natuursteen"
    assert (stored.contacts[0].name, stored.contacts[0].email) == ("Jan de Boer", "jan@example.org")
    assert len(data_folder.supplier_files()) == 1


def test_editing_keeps_the_id_and_saves_the_change(qtbot, window, monkeypatch, data_folder):
    data_folder.create(Supplier(id="abc", name="Oud")).close()
    window.refresh(select="abc")

    def fill(dialog):
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Nieuw")
    monkeypatch.setattr(SupplierDialog, "ask", answering(qtbot, fill))
    window.edit_supplier()
    assert data_folder.load("abc").supplier.name == "Nieuw"
    assert window.list.currentItem().text(0) == "Nieuw"


def test_search_filters_the_list_by_name(qtbot, window, data_folder):
    for n, name in enumerate(("Alfa Textiel", "Beta Steen", "Gamma ICT")):
        data_folder.create(Supplier(id=f"s{n}", name=name)).close()
    window.refresh()
    qtbot.keyClicks(window.search, "steen")
    visible = [window.list.topLevelItem(n).text(0) for n in range(3)
               if not window.list.topLevelItem(n).isHidden()]
    assert visible == ["Beta Steen"]


def test_an_unreadable_file_is_named_without_stopping_the_rest(qtbot, window, data_folder):
    data_folder.create(Supplier(id="goed", name="Goed BV")).close()
    (data_folder.root / "kapot.isv.json").write_text("{ half")
    window.refresh()
    assert window.list.topLevelItemCount() == 1
    assert not window.notice.isHidden() and "kapot.isv.json" in window.notice.text()


def test_the_list_shows_open_counts_last_meeting_and_annual_review(qtbot, window, data_folder,
                                                                   content):
    from isv_dialogue import meetings as rules
    from isv_dialogue.model import Agreement, MeetingKind

    with data_folder.create(Supplier(id="x1", name="Xenon")) as file:
        meeting = rules.new_meeting(MeetingKind.ANNUAL_REVIEW, content, date(2025, 2, 1))
        file.save_meeting(meeting)
        file.save_agreement(Agreement("a1", "Iets doen", meeting.id))
    window.refresh(select="x1")
    item = window.list.currentItem()
    assert [item.text(c) for c in range(5)] == ["Xenon", "0", "1", "01-02-2025", "Besproken"]


def test_clicking_a_column_header_sorts_the_list_once_it_is_on_screen(qtbot, data_folder,
                                                                     content):
    """At launch the rows come in by name and sorting is switched on after the first
    paint (``MainWindow.start``); then a click on a header sorts by that column:
    counts as numbers, names regardless of capitals."""
    from isv_dialogue import meetings as rules
    from isv_dialogue.model import Agreement, MeetingKind

    for name, agreements in (("Alfa", 2), ("beta", 10), ("Gamma", 0)):
        with data_folder.create(Supplier(id=name.lower(), name=name)) as file:
            meeting = rules.new_meeting(MeetingKind.DIALOGUE, content, date(2025, 2, 1))
            file.save_meeting(meeting)
            for n in range(agreements):
                file.save_agreement(Agreement(f"a{n}", "Iets doen", meeting.id))
    window = MainWindow(data_folder, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.detail.dossier is not None)
    names = lambda: [window.list.topLevelItem(n).text(0) for n in range(3)]  # noqa: E731
    assert names() == ["Alfa", "beta", "Gamma"]
    header = window.list.header()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click(2)  # "Afspr."
    assert [window.list.topLevelItem(n).text(2) for n in range(3)] in (["0", "2", "10"],
                                                                      ["10", "2", "0"])
    click(0)
    assert names() in (["Alfa", "beta", "Gamma"], ["Gamma", "beta", "Alfa"])


def test_broken_questionnaires_stop_the_app_with_one_message(qtbot, tmp_path, monkeypatch):
    """The questionnaires are read once the list is on screen: the message comes
    over the main window, and the app ends with an error code."""
    messages: list[tuple[object, str]] = []
    monkeypatch.setenv("ISV_DIALOGUE_QUESTIONNAIRES", str(tmp_path / "leeg"))
    monkeypatch.setattr(AsksTheUser, "critical",
                        staticmethod(lambda parent, title, text: messages.append((parent, text))))
    assert app_module.run(tmp_path / "data") == 2
    assert len(messages) == 1 and "dialoog.toml" in messages[0][1]
    assert isinstance(messages[0][0], MainWindow)


def test_a_signal_registered_in_the_signals_tab_is_saved_to_disk(qtbot, window, data_folder,
                                                                  monkeypatch):
    """The Signalen tab's panel writes through the main window; the counts follow."""
    from ui.signal_dialog import SignalDialog

    from isv_dialogue.model import Signal, new_id

    supplier = Supplier(id=new_id(), name="Çalışkan Tekstil A.Ş.")
    data_folder.create(supplier).close()
    window.refresh(select=supplier.id)
    signal = Signal(id=new_id(), received=TODAY, description="Overuren niet uitbetaald",
                    chain_position="directe_toeleverancier", source="Vakbondscontact")
    monkeypatch.setattr(SignalDialog, "ask", classmethod(lambda cls, *a, **k: signal))
    window.detail.signals.new_signal()
    stored = data_folder.load(supplier.id).signals
    assert [s.description for s in stored] == ["Overuren niet uitbetaald"]
    assert stored[0].source == "Vakbondscontact"
    assert window.list.currentItem().text(1) == "1"
    assert "1 open" in window.detail.tabs.tabText(2)


def test_the_lists_numbers_for_qt_values_are_qts_own():
    """ui/supplier_list.py names Qt's values by number, to keep launch from building
    PySide's Qt namespace; these are the values Qt gives them."""
    from ui import supplier_list

    assert supplier_list.TEXT_ALIGNMENT_ROLE == Qt.ItemDataRole.TextAlignmentRole.value
    assert supplier_list.FOREGROUND_ROLE == Qt.ItemDataRole.ForegroundRole.value
    assert supplier_list.ALIGN_RIGHT == (Qt.AlignmentFlag.AlignRight
                                         | Qt.AlignmentFlag.AlignVCenter).value


def test_counts_are_right_aligned_and_a_late_report_is_red(qtbot, window, data_folder):
    from ui.palette import RED

    data_folder.create(Supplier(id="x1", name="Xenon", contract_start=date(2020, 1, 1),
                                contract_end=date(2024, 6, 1))).close()
    window.refresh(select="x1")
    item = window.list.currentItem()
    assert item.text(4) == "Te laat"
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert [Qt.AlignmentFlag(item.textAlignment(c)) for c in (1, 2)] == [right, right]
    assert item.foreground(4).color().name().lower() == RED.lower()


def test_the_app_sets_its_icon_once_the_first_frame_is_shown(qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    def leave_once_started(app, window):  # exit(), not quit(): quit closes the suite's windows
        window.started.connect(lambda: (QApplication.exit(0), window.close()))

    QApplication.setWindowIcon(QIcon())
    monkeypatch.setattr(app_module, "_smoke_exit", leave_once_started)
    assert app_module.run(tmp_path / "data") == 0
    assert not QApplication.windowIcon().isNull()
    assert QApplication.windowIcon().availableSizes(), "drawn from resources/icons/"


def test_a_folder_the_index_does_not_know_is_read_while_the_window_answers(
        qtbot, data_folder, monkeypatch):
    """More unknown files than are read before the first frame: the window says it is
    reading, the files are read on a worker thread, and then the list fills, the
    first supplier is shown, and a supplier added meanwhile is listed and chosen."""
    from ui import main_window

    monkeypatch.setattr(main_window, "READ_BEFORE_FIRST_FRAME", 2)
    for n, name in enumerate(("Alfa", "Bravo", "Charlie")):
        data_folder.create(Supplier(id=f"s{n}", name=name)).close()
    window = MainWindow(data_folder, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.start()
    assert window.list.topLevelItemCount() == 0
    assert "wordt bijgewerkt" in window.notice.text() and not window.notice.isHidden()
    assert not window.edit_action.isEnabled() and not window.meeting_action.isEnabled()
    assert not window.portfolio_action.isEnabled(), "it would read the folder too"
    data_folder.create(Supplier(id="s9", name="Delta")).close()
    window.refresh(select="s9")  # as "Nieuwe leverancier" does, while the reading goes on
    qtbot.waitUntil(lambda: window.detail.dossier is not None, timeout=5000)
    assert [window.list.topLevelItem(n).text(0) for n in range(4)] == [
        "Alfa", "Bravo", "Charlie", "Delta"]
    assert window.current_id() == "s9" and window.notice.isHidden()
    assert window.edit_action.isEnabled() and window.meeting_action.isEnabled()
    assert window.portfolio_action.isEnabled() and window.import_action.isEnabled()
    assert window.list.isSortingEnabled()


def launching_with(qtbot, data_folder, monkeypatch, read) -> MainWindow:
    """A window at launch whose list the worker reads with ``read`` (for ``overview``)."""
    from ui import folder_reading, main_window

    monkeypatch.setattr(main_window, "READ_BEFORE_FIRST_FRAME", 0)
    monkeypatch.setattr(folder_reading, "overview", read)
    data_folder.create(Supplier(id="s1", name="Alfa")).close()
    window = MainWindow(data_folder, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_reading_that_fails_is_named_and_the_window_goes_on(qtbot, data_folder, monkeypatch):
    def broken(folder, progress=None):
        raise RuntimeError("schijf weg")

    window = launching_with(qtbot, data_folder, monkeypatch, broken)
    with qtbot.waitSignal(window.started, timeout=5000):
        window.start()
        window.refresh(select="s1")  # asked for meanwhile: not tried again
    assert "kon niet worden gelezen: schijf weg" in window.notice.text()
    assert not window.notice.isHidden() and window.list.topLevelItemCount() == 0


def test_closing_the_window_while_the_list_is_read_stops_the_reading(qtbot, data_folder,
                                                                      monkeypatch):
    import time

    def slow(folder, progress=None):
        for done in range(1, 1001):
            time.sleep(0.005)
            progress(done, 1000)
        return [], []

    window = launching_with(qtbot, data_folder, monkeypatch, slow)
    window.start()
    reader = window._reader
    qtbot.waitUntil(lambda: "van 1000" in window.notice.text())
    window.close()
    assert not reader._thread.is_alive(), "stopped between two files, and waited for"
    finished: list[object] = []
    reader.finished.connect(finished.append)
    qtbot.wait(50)
    assert finished == []


def test_a_refresh_keeps_the_column_the_buyer_sorts_by(qtbot, window, data_folder):
    for n, name in enumerate(("Alfa", "Bravo")):
        data_folder.create(Supplier(id=f"s{n}", name=name)).close()
    window.refresh()
    window.list.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    window.refresh()  # as after every save
    header = window.list.header()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        3, Qt.SortOrder.DescendingOrder)
