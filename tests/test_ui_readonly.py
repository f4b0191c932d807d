"""A supplier held by another app instance: this window opens it read-only and
says so. An unfinished meeting is shown in the read-only meeting view with a
banner naming who has it; "Nieuw gesprek" and "Bewerken…" explain in one sentence
that the buyer can look but not change; the supplier view goes on working. Also
the history (audit trail) in the final-meeting view and the supplier's data tab.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from isv_dialogue import meetings as rules
from isv_dialogue.locking import FileLock
from isv_dialogue.model import Answer, Assessment, MeetingKind, Participant, Side, Supplier, utc_now
from ui.main_window import MainWindow
from ui.meeting_view import MeetingView
from ui.meeting_wizard import MeetingWizard
from ui.minutes_file import MinutesFile
from ui.supplier_dialog import SupplierDialog

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2025, 3, 10)


@pytest.fixture
def supplier_id(data_folder, content) -> str:
    """A supplier with an unfinished meeting and a final one."""
    draft = rules.new_meeting(MeetingKind.DIALOGUE, content, TODAY)
    draft.answers["incidenten.herstel"] = Answer(True, "Fonds voor herstel", Assessment.SUFFICIENT)
    final = rules.new_meeting(MeetingKind.DIALOGUE, content, date(2024, 11, 1))
    final.participants = [Participant("Piet", Side.BUYER), Participant("Ayşe", Side.SUPPLIER)]
    with data_folder.create(Supplier(id="textiel1", name="Çalışkan Tekstil")) as file:
        file.save_meeting(final)
        rules.finalise(final, utc_now())
        file.save_meeting(final)
        file.save_meeting(draft)
    return "textiel1"


@pytest.fixture
def window(qtbot, data_folder, content, supplier_id, monkeypatch):
    warnings: list[str] = []
    for cls in (MainWindow, MeetingWizard, MeetingView):
        monkeypatch.setattr(cls, "warn", staticmethod(lambda p, t, text: warnings.append(text)))
        monkeypatch.setattr(cls, "confirm", staticmethod(lambda p, t, text: False))
    main = MainWindow(data_folder, content, today=TODAY)
    main.warnings = warnings
    qtbot.addWidget(main)
    main.refresh(select=supplier_id)
    return main


@pytest.fixture
def other_instance(data_folder, supplier_id):
    """A second process that holds the supplier open for writing until told to stop."""
    code = ("import sys\nfrom pathlib import Path\nfrom isv_dialogue.folder import DataFolder\n"
            "f = DataFolder(Path(sys.argv[1])).open(sys.argv[2], writable=True)\n"
            "print('open', flush=True)\nsys.stdin.readline()\nf.close()\n")
    other = subprocess.Popen([sys.executable, "-c", code, str(data_folder.root), supplier_id],
                             cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert other.stdout.readline().strip() == "open"
    yield other
    if other.poll() is None:
        other.communicate("\n", timeout=30)


def views(window) -> list[MeetingView]:
    return [w for w in window.findChildren(MeetingView) if w.isVisible()]


def draft_id(data_folder, supplier_id) -> str:
    return rules.drafts(data_folder.load(supplier_id))[0].id


def test_an_unfinished_meeting_opens_read_only_with_a_banner_naming_the_holder(
        qtbot, window, data_folder, supplier_id, other_instance, tmp_path, monkeypatch):
    """Resuming the draft while another process has the supplier: no wizard, but the
    read-only view with who has it since when, no correction button, draft minutes
    possible; nothing in the data folder changes."""
    before = {p.name: p.read_bytes() for p in data_folder.root.iterdir()}
    qtbot.mouseClick(window.detail.resume_button, Qt.MouseButton.LeftButton)
    assert supplier_id not in window.wizards
    (view,) = views(window)
    qtbot.addWidget(view)
    banner = view.final_label.text()
    assert banner.startswith("Alleen-lezen: ") and "heeft deze leverancier open sinds" in banner
    assert f"proces {other_instance.pid}" in banner
    assert "(concept, alleen-lezen)" in view.windowTitle()
    assert not view.correction_button.isVisibleTo(view)
    assert "Fonds voor herstel" in view.summary.toPlainText()
    assert not window.warnings
    out = tmp_path / "concept.pdf"
    monkeypatch.setattr(MinutesFile, "ask_path", staticmethod(lambda parent, suggestion: out))
    assert view.make_minutes("internal") == out and out.read_bytes().startswith(b"%PDF")
    assert {p.name: p.read_bytes() for p in data_folder.root.iterdir()} == before
    view.close()


def test_new_meeting_and_edit_explain_in_one_sentence(qtbot, window, data_folder, supplier_id,
                                                      other_instance, monkeypatch):
    """'Nieuw gesprek' and 'Bewerken…' start nothing and say who has it and that the
    buyer can view but not change."""
    def never(*args, **kwargs):
        raise AssertionError("the supplier dialog must not open")

    monkeypatch.setattr(SupplierDialog, "ask", staticmethod(never))
    qtbot.mouseClick(window.detail.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.detail.edit_button, Qt.MouseButton.LeftButton)
    assert supplier_id not in window.wizards and not views(window)
    assert len(window.warnings) == 2
    for text in window.warnings:
        assert "heeft deze leverancier open sinds" in text
        assert "u kunt alles bekijken, maar niets wijzigen" in text
        assert text.count(". ") == 0  # one sentence
    assert [m.id for m in data_folder.load(supplier_id).meetings if not m.is_final] == \
        [draft_id(data_folder, supplier_id)]


def test_the_supplier_view_keeps_working_and_editing_returns_when_let_go(
        qtbot, window, data_folder, supplier_id, other_instance):
    """The list, the meetings and the final view still work while it is held; once
    the other process lets go, the draft opens in the wizard again."""
    window.refresh(select=supplier_id)
    assert window.detail.title.text() == "Çalışkan Tekstil"
    assert window.detail.meetings.topLevelItemCount() == 2
    final = next(m for m in data_folder.load(supplier_id).meetings if m.is_final)
    view = window.view_meeting(final.id)
    qtbot.addWidget(view)
    assert view.final_label.text().startswith("Definitief vastgesteld op ")
    view.close()
    other_instance.communicate("\n", timeout=30)
    wizard = window.open_meeting(draft_id(data_folder, supplier_id))
    assert wizard is not None and wizard.meeting.id == draft_id(data_folder, supplier_id)
    wizard.close()


def test_a_lock_held_in_this_process_counts_too(qtbot, window, data_folder, supplier_id):
    """Another window of this same app (a FileLock held here) is treated the same."""
    lock = FileLock(data_folder.path_for(supplier_id))
    lock.acquire()
    try:
        assert window.open_meeting(draft_id(data_folder, supplier_id)) is None
        (view,) = views(window)
        qtbot.addWidget(view)
        assert "heeft deze leverancier open sinds" in view.final_label.text()
        view.close()
    finally:
        lock.release()


def test_the_final_view_and_the_data_tab_show_the_history(qtbot, window, data_folder, supplier_id):
    """'Geschiedenis': the final meeting's own entries (newest first, no record
    column); the supplier's data tab lists every entry with the record it is about."""
    final = next(m for m in data_folder.load(supplier_id).meetings if m.is_final)
    view = window.view_meeting(final.id)
    qtbot.addWidget(view)
    rows = [[view.history.topLevelItem(n).text(c) for c in range(3)]
            for n in range(view.history.topLevelItemCount())]
    assert [r[2] for r in rows] == ["Definitief gemaakt", "Aangemaakt"]
    assert view.history.columnCount() == 3
    assert view.history_title.text() == "Geschiedenis (2)"
    window.amend_meeting(supplier_id, final.id, "Typefout", "november", view)
    assert view.history.topLevelItem(0).text(2) == "Correctie toegevoegd: correctie 1"
    view.close()
    window.refresh(select=supplier_id)
    history = window.detail.history
    assert window.detail.history_title.text() == "Geschiedenis (5)"
    records = [history.topLevelItem(n).text(3) for n in range(history.topLevelItemCount())]
    assert records[-1] == "Leveranciersgegevens"
    assert records[0] == "Gesprek van 1 november 2024 (dialooggesprek)"
