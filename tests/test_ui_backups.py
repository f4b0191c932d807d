"""The restore-a-backup dialog and its action in the main window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from isv_dialogue import backups
from isv_dialogue.backups import list_backups
from isv_dialogue.folder import DataFolder

from test_backups import T0, meeting_ids, save
from test_storage import add_supplier


@pytest.fixture
def folder_with_backups(data_folder: DataFolder, monkeypatch) -> DataFolder:
    """Supplier abc with two good backups (m1; m1+m2) and a damaged newest one."""
    now = [T0]
    monkeypatch.setattr(backups, "now", lambda: now[0])
    path = add_supplier(data_folder, "abc", "Textiel BV")
    for mid in ("m2", "m3", "m4"):
        save(data_folder, mid)
        now[0] += timedelta(hours=2)
    list_backups(path)[0].path.write_bytes(b"{")
    return data_folder


def test_dialog_lists_backups_with_meetings_and_marks_a_damaged_one(folder_with_backups, qtbot):
    """Newest first; a damaged backup is shown, says why, and cannot be chosen;
    the newest good one is preselected."""
    from ui.backup_dialog import BackupDialog

    path = folder_with_backups.path_for("abc")
    infos = [backups.describe(b) for b in list_backups(path)]
    dialog = BackupDialog(infos, "Textiel BV")
    qtbot.addWidget(dialog)
    rows = [[dialog.list.topLevelItem(n).text(c) for c in range(4)]
            for n in range(dialog.list.topLevelItemCount())]
    assert len(rows) == 3
    assert rows[0][1] == "" and rows[0][3].startswith("Onleesbaar")
    assert "JSON" in dialog.list.topLevelItem(0).toolTip(3)
    assert [r[1] for r in rows[1:]] == ["2", "1"]
    assert dialog.chosen() == infos[1].backup.path
    assert dialog.restore_button.isEnabled()


def test_the_main_window_action_restores_the_chosen_backup(folder_with_backups, qtbot,
                                                           content, monkeypatch):
    """"Reservekopie terugzetten…" → choose the oldest → confirm: the supplier
    has the old meetings again and the list shows it; cancelling changes nothing."""
    from ui.backup_dialog import BackupDialog
    from ui.main_window import MainWindow

    window = MainWindow(folder_with_backups, content, today=date(2025, 6, 1))
    qtbot.addWidget(window)
    window.refresh()
    oldest = list_backups(folder_with_backups.path_for("abc"))[-1].path
    asked = []
    monkeypatch.setattr(BackupDialog, "ask", classmethod(lambda cls, p, infos, name: oldest))
    monkeypatch.setattr(BackupDialog, "confirm",
                        staticmethod(lambda parent, text: asked.append(text) or False))
    window.restore_action.trigger()
    assert meeting_ids(folder_with_backups) == ["m1", "m2", "m3", "m4"]
    monkeypatch.setattr(BackupDialog, "confirm",
                        staticmethod(lambda parent, text: asked.append(text) or True))
    window.restore_action.trigger()
    assert meeting_ids(folder_with_backups) == ["m1"]
    assert "Textiel BV" in asked[-1] and "1 gesprekken" in asked[-1]
    assert window.list.topLevelItem(0).text(0) == "Textiel BV"


def test_no_restore_while_a_meeting_of_the_supplier_is_open(folder_with_backups, qtbot, content,
                                                           monkeypatch):
    """With the supplier's meeting open in a wizard, the action explains and does nothing."""
    from ui.backup_dialog import BackupDialog
    from ui.main_window import MainWindow

    window = MainWindow(folder_with_backups, content, today=date(2025, 6, 1))
    qtbot.addWidget(window)
    window.refresh()
    window.wizards["abc"] = object()  # what open_meeting records
    told = []
    monkeypatch.setattr(BackupDialog, "inform", staticmethod(lambda p, t, text: told.append(text)))
    monkeypatch.setattr(BackupDialog, "ask", classmethod(lambda *a: pytest.fail("asked")))
    window.restore_action.trigger()
    window.wizards.clear()
    assert told and "Sluit eerst het gesprek" in told[0]
    assert meeting_ids(folder_with_backups) == ["m1", "m2", "m3", "m4"]
