"""Moving and keeping dossiers through the main window: "Dossier exporteren…" and
"Dossier importeren…", the choice when the supplier exists, and a colleague on
another laptop holding the supplier through a synced or network folder (a lock
file naming another host is respected, never taken for stale, and the messages
name the colleague and the host)."""

from __future__ import annotations

import json
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from isv_dialogue.dossier_package import Choice, Situation
from isv_dialogue.errors import LockedError
from isv_dialogue.folder import DataFolder
from isv_dialogue.locking import FileLock, lock_path
from ui.dossier_transfer import DossierTransfer, ImportChoiceDialog
from ui.main_window import MainWindow
from ui.supplier_dialog import SupplierDialog

from test_dossier import T0, rich_supplier

SID = "3f9a01c2d4"
TODAY = date(2025, 3, 10)
# A pid that is surely not alive here: on its own host it would make the lock stale.
DEAD_PID = 2**22 + 12345


class Asked:
    """Records every question the flows ask, and gives the answers a test chose."""

    def __init__(self, monkeypatch, save: Path | None = None, open_: Path | None = None,
                 choice: Choice | None = None):
        self.warnings: list[str] = []
        self.infos: list[str] = []
        self.choices: list[tuple] = []
        self.suggestions: list[str] = []
        self.choice = choice

        def ask_save(parent, suggestion):
            self.suggestions.append(suggestion)
            return save

        def choose(parent, comparison, file_name, busy):
            self.choices.append((comparison, file_name, busy))
            return self.choice

        monkeypatch.setattr(DossierTransfer, "ask_save_path", staticmethod(ask_save))
        monkeypatch.setattr(DossierTransfer, "ask_open_path", staticmethod(lambda p, f: open_))
        monkeypatch.setattr(DossierTransfer, "choose", staticmethod(choose))
        monkeypatch.setattr(DossierTransfer, "warn",
                            staticmethod(lambda p, t, text: self.warnings.append(text)))
        monkeypatch.setattr(DossierTransfer, "inform",
                            staticmethod(lambda p, t, text: self.infos.append(text)))
        monkeypatch.setattr(MainWindow, "warn",
                            staticmethod(lambda p, t, text: self.warnings.append(text)))


@pytest.fixture
def window(qtbot, data_folder, content):
    rich_supplier(data_folder)
    main = MainWindow(data_folder, content, today=TODAY)
    qtbot.addWidget(main)
    main.refresh(select=SID)
    return main


@pytest.fixture
def package(window, tmp_path, monkeypatch) -> Path:
    """The supplier exported through the window."""
    out = tmp_path / "naar-collega.isvdossier.zip"
    asked = Asked(monkeypatch, save=out)
    assert window.export_dossier() == out
    assert asked.warnings == [] and "Textiel BV" in asked.infos[0]
    return out


def names(window: MainWindow) -> list[str]:
    return sorted(window.list.topLevelItem(n).text(0) for n in range(window.list.topLevelItemCount()))


def test_the_actions_are_in_a_dossier_menu(window):
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&Dossier"
    assert [a.text() for a in window.dossier_menu.actions()] == ["Dossier exporteren…",
                                                                 "Dossier importeren…"]


def test_export_writes_the_package_of_the_selected_supplier(window, tmp_path, monkeypatch):
    out = tmp_path / "d.isvdossier.zip"
    asked = Asked(monkeypatch, save=out)
    window.export_action.trigger()
    with zipfile.ZipFile(out) as archive:
        assert "dossier.json" in archive.namelist()
        assert "verslagen/2024-03-01-dialoog-leverancier.pdf" in archive.namelist()
    assert asked.suggestions[0].endswith(f"dossier-{SID}-2025-03-10.isvdossier.zip")
    assert "2 verslagen" in asked.infos[0]


def test_export_cancelled_or_without_a_supplier_writes_nothing(window, tmp_path, monkeypatch):
    asked = Asked(monkeypatch, save=None)
    assert window.export_dossier() is None
    assert list(tmp_path.glob("*.zip")) == [] and asked.infos == [] and asked.warnings == []
    window.list.setCurrentItem(None)
    assert window.export_dossier() is None
    assert "Kies eerst een leverancier" in asked.warnings[0]


def test_export_to_an_unwritable_place_says_why(window, tmp_path, monkeypatch):
    asked = Asked(monkeypatch, save=tmp_path / "bestaat-niet" / "d.zip")
    assert window.export_dossier() is None
    assert "kan niet" in asked.warnings[0].lower() or "schrijven" in asked.warnings[0]


def test_import_into_another_folder_shows_the_supplier(package, qtbot, content, tmp_path,
                                                       monkeypatch):
    """The colleague's laptop: an empty folder; no question is asked, the list shows it."""
    other = MainWindow(DataFolder(tmp_path / "collega"), content, today=TODAY)
    qtbot.addWidget(other)
    other.refresh()
    asked = Asked(monkeypatch, open_=package)
    other.import_action.trigger()
    assert asked.choices == [] and "ingelezen" in asked.infos[0]
    assert names(other) == ["Textiel BV"] and other.current_id() == SID


def test_identical_import_asks_nothing_and_changes_nothing(window, package, monkeypatch):
    asked = Asked(monkeypatch, open_=package)
    assert window.import_dossier() == SID
    assert asked.choices == [] and "niets gewijzigd" in asked.infos[0]


def _changed(package: Path, tmp_path: Path, days: int, name: str) -> Path:
    with zipfile.ZipFile(package) as archive:
        data = json.loads(archive.read("dossier.json"))
    data["updated_at"] = (T0 + timedelta(days=days)).isoformat()
    data["supplier"]["name"] = name
    out = tmp_path / f"{name}.zip"
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("dossier.json", json.dumps(data, ensure_ascii=False))
    return out


def test_existing_supplier_replace_keeps_a_backup(window, package, tmp_path, monkeypatch):
    newer = _changed(package, tmp_path, 4000, "Textiel BV nieuw")
    asked = Asked(monkeypatch, open_=newer, choice=Choice.REPLACE)
    assert window.import_dossier() == SID
    comparison, file_name, busy = asked.choices[0]
    assert comparison.situation is Situation.OLDER_HERE and file_name == newer.name and not busy
    assert "vervangen" in asked.infos[0]
    assert names(window) == ["Textiel BV nieuw"]
    assert list(window.folder.root.glob(f"{SID}.isv.json.voor-import-*.bak"))


def test_existing_supplier_as_copy_adds_a_second_one(window, package, tmp_path, monkeypatch):
    newer = _changed(package, tmp_path, 4000, "Textiel BV")
    asked = Asked(monkeypatch, open_=newer, choice=Choice.COPY)
    copy_id = window.import_dossier()
    assert copy_id not in (None, SID)
    assert names(window) == ["Textiel BV", "Textiel BV (kopie)"]
    assert window.current_id() == copy_id and "toegevoegd" in asked.infos[0]


def test_cancel_changes_nothing(window, package, tmp_path, monkeypatch):
    newer = _changed(package, tmp_path, 4000, "Anders")
    before = window.folder.path_for(SID).read_bytes()
    Asked(monkeypatch, open_=newer, choice=None)
    assert window.import_dossier() is None
    assert window.folder.path_for(SID).read_bytes() == before
    assert names(window) == ["Textiel BV"]


def test_a_broken_file_is_one_warning(window, tmp_path, monkeypatch):
    bad = tmp_path / "kapot.zip"
    bad.write_bytes(b"PK\x03\x04 nee")
    asked = Asked(monkeypatch, open_=bad)
    assert window.import_dossier() is None
    assert asked.warnings == ["kapot.zip is geen geldig ZIP-bestand."]


# --- the choice dialog ------------------------------------------------------------------

def _comparison(situation: Situation):
    from isv_dialogue.dossier_package import Comparison

    return Comparison(situation, "Textiel BV", T0 + timedelta(days=2), T0, 3, 2)


def test_choice_dialog_offers_replace_copy_and_cancel(qtbot):
    dialog = ImportChoiceDialog(_comparison(Situation.OLDER_HERE), "d.zip")
    qtbot.addWidget(dialog)
    assert dialog.offered() == [Choice.REPLACE, Choice.COPY]
    assert dialog.replace_button.title() == ("Vervangen (de huidige gegevens worden eerst als "
                                            "reservekopie bewaard)")
    assert dialog.copy_button.title() == "Als kopie toevoegen"
    assert dialog.cancel_button.text() == "Annuleren"
    dialog.copy_button.click()
    assert dialog.choice is Choice.COPY and dialog.result() == dialog.DialogCode.Accepted


def test_choice_dialog_with_newer_data_here_offers_only_copy(qtbot):
    dialog = ImportChoiceDialog(_comparison(Situation.NEWER_HERE), "d.zip")
    qtbot.addWidget(dialog)
    assert dialog.offered() == [Choice.COPY]
    assert "nieuwere gegevens" in dialog.reason.text()


def test_choice_dialog_while_a_meeting_is_open_here_offers_only_copy(qtbot):
    dialog = ImportChoiceDialog(_comparison(Situation.OLDER_HERE), "d.zip", busy=True)
    qtbot.addWidget(dialog)
    assert dialog.offered() == [Choice.COPY]
    assert "Sluit dat eerst" in dialog.reason.text()


def test_choice_dialog_cancel_returns_nothing(qtbot):
    dialog = ImportChoiceDialog(_comparison(Situation.OLDER_HERE), "d.zip")
    qtbot.addWidget(dialog)
    dialog.cancel_button.click()
    assert dialog.choice is None and dialog.result() == dialog.DialogCode.Rejected


# --- a colleague on another laptop, through a synced or network folder -----------------

def colleague_lock(folder: DataFolder, supplier_id: str = SID) -> Path:
    """The lock file a colleague's app on another host wrote into the shared folder;
    its process number means nothing here (and is not alive here)."""
    path = lock_path(folder.path_for(supplier_id))
    path.write_text(json.dumps({"pid": DEAD_PID, "host": "laptop-collega", "user": "anna",
                                "since": "2025-03-10 09:15"}), encoding="utf-8")
    return path


def test_core_respects_a_lock_from_another_host_and_names_it(data_folder):
    """Never stale: only a lock of this host can be judged dead."""
    rich_supplier(data_folder)
    lock = colleague_lock(data_folder)
    with pytest.raises(LockedError) as caught:
        FileLock(data_folder.path_for(SID)).acquire()
    assert "anna op laptop-collega" in str(caught.value)
    assert lock.exists()  # not broken
    _, reason = data_folder.open_for_editing(SID)
    assert "anna op laptop-collega" in reason


def test_main_window_names_the_colleague_and_the_host(window, monkeypatch):
    """Bewerken… with the supplier open on the colleague's laptop: one sentence
    naming both; the dialog is not opened and the lock stays."""
    lock = colleague_lock(window.folder)
    asked = Asked(monkeypatch)
    monkeypatch.setattr(SupplierDialog, "ask", classmethod(lambda *a, **k: pytest.fail("opened")))
    window.edit_supplier()
    assert len(asked.warnings) == 1
    assert "anna" in asked.warnings[0] and "laptop-collega" in asked.warnings[0]
    assert lock.exists()


def test_replace_while_a_colleague_has_it_open_names_them(window, package, tmp_path, monkeypatch):
    newer = _changed(package, tmp_path, 4000, "Textiel BV nieuw")
    colleague_lock(window.folder)
    before = window.folder.path_for(SID).read_bytes()
    asked = Asked(monkeypatch, open_=newer, choice=Choice.REPLACE)
    assert window.import_dossier() is None
    assert window.folder.path_for(SID).read_bytes() == before
    (warning,) = asked.warnings
    assert "anna heeft deze leverancier open op laptop-collega" in warning
    assert "kopie" in warning


@pytest.mark.parametrize("name", [
    f"{SID}.isv (Anna's conflicted copy 2025-03-10).json",
    f"{SID}.isv.sync-conflict-20250310-091500-ABCDEFG.json",
    f"{SID}.isv-LAPTOP-12.json",
    f"{SID}.isv (1).json",
])
def test_check_names_a_sync_conflict_copy_and_leaves_it(data_folder, name, capsys):
    """Two laptops that changed one supplier offline: the sync client keeps the other
    version beside it. The app does not read it; `check` names it (a note, exit 0)
    and `check --repair` leaves it alone."""
    from isv_dialogue.cli import main

    rich_supplier(data_folder)
    copy = data_folder.root / name
    copy.write_bytes(data_folder.path_for(SID).read_bytes())
    assert main(["check", "--data-dir", str(data_folder.root)]) == 0
    out = capsys.readouterr().out
    (line,) = [line for line in out.splitlines() if "conflictkopie" in line]
    assert line.startswith(f"LET OP {name}:") and f"{SID}.isv.json" in line
    assert main(["check", "--data-dir", str(data_folder.root), "--repair"]) == 0
    assert copy.exists()
    assert [s.id for s in data_folder.scan().suppliers] == [SID]


def test_choice_buttons_follow_a_larger_font_and_enter_takes_the_safe_choice(qtbot, large_font):
    dialog = ImportChoiceDialog(_comparison(Situation.OLDER_HERE), "d.zip")
    qtbot.addWidget(dialog)
    dialog.show()
    for button in (dialog.replace_button, dialog.copy_button):
        sizes = {label.font().pointSizeF() for label in button.findChildren(QLabel)}
        assert sizes == {large_font.pointSizeF()}, "the choices are written as large as the rest"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.choice is Choice.COPY, "Enter copies: the choice that never loses anything"
