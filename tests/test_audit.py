"""The audit trail: each kind of change leaves one entry naming who and when,
routine meeting edits are coalesced, and the trail survives old files, export,
import and restore."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from isv_dialogue import audit, backups
from isv_dialogue.dossier import export_dossier, import_dossier
from isv_dialogue.errors import FinalisedError
from isv_dialogue.folder import DataFolder
from isv_dialogue.meetings import amend
from isv_dialogue.model import (Agreement, AgreementStatus, Answer, EscalationStep, MeetingStatus,
                                Signal, SignalStatus, Supplier)
from isv_dialogue.storage import AUDIT, META

from test_storage import meeting

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def clock(monkeypatch):
    """The audit clock and user, set by hand: clock.now += timedelta(...)."""
    class Clock:
        now = T0
        user = "piet"

    monkeypatch.setattr(audit, "now", lambda: Clock.now)
    monkeypatch.setattr(audit, "current_user", lambda: Clock.user)
    return Clock


def trail(folder: DataFolder, sid: str = "abc") -> list[tuple[str, str, str, str]]:
    return [(e.user, e.action, e.ref, e.detail) for e in folder.load(sid).audit]


def finalise(m) -> None:
    m.status, m.finalised_at = MeetingStatus.FINAL, T0


def new_supplier(folder: DataFolder) -> None:
    folder.create(Supplier(id="abc", name="Textiel BV")).close()


def test_each_kind_of_change_leaves_one_entry(data_folder: DataFolder, clock):
    """Create, supplier edit, signal created/edited/step/status, agreement
    created/status/deleted, meeting created/finalised/amended/deleted: one entry
    each, with user and time, and no typed text in the details."""
    new_supplier(data_folder)
    with data_folder.open("abc", writable=True) as file:
        file.save_supplier(Supplier(id="abc", name="Textiel NV", notes="geheim"))
        signal = Signal("s1", date(2025, 2, 1), "Kinderarbeid?", "verderop_in_keten", source="NGO")
        file.save_signal(signal)
        signal.description = "Kinderarbeid bij toeleverancier"
        file.save_signal(signal)
        signal.steps.append(EscalationStep("e1", "gesprek", date(2025, 2, 5)))
        file.save_signal(signal)
        signal.status = SignalStatus.CLOSED
        file.save_signal(signal)
        draft = meeting("m1")
        file.save_meeting(draft)
        agreement = Agreement("a1", "Audit plannen", "m1")
        file.save_agreement(agreement)
        agreement.status = AgreementStatus.DONE
        file.save_agreement(agreement)
        file.save_agreement(Agreement("a2", "Weg ermee", "m1"))
        file.delete_agreement("a2")
        finalise(draft)
        file.save_meeting(draft)
        amend(draft, "typefout", "juni", T0)
        file.save_meeting(draft)
        file.save_meeting(meeting("m2"))
        file.delete_meeting("m2")
    assert trail(data_folder) == [
        ("piet", "created", "supplier:abc", ""),
        ("piet", "edited", "supplier:abc", "naam, notities"),
        ("piet", "created", "signal:s1", ""),
        ("piet", "edited", "signal:s1", "omschrijving"),
        ("piet", "step_added", "signal:s1", "gesprek"),
        ("piet", "status", "signal:s1", "open → gesloten"),
        ("piet", "created", "meeting:m1", ""),
        ("piet", "created", "agreement:a1", ""),
        ("piet", "status", "agreement:a1", "open → afgerond"),
        ("piet", "created", "agreement:a2", ""),
        ("piet", "deleted", "agreement:a2", ""),
        ("piet", "finalised", "meeting:m1", ""),
        ("piet", "amended", "meeting:m1", "correctie 1"),
        ("piet", "created", "meeting:m2", ""),
        ("piet", "deleted", "meeting:m2", ""),
    ]
    assert {e.at for e in data_folder.load("abc").audit} == {T0}


def test_routine_meeting_edits_are_coalesced_per_ten_minutes_per_user(data_folder, clock):
    """Autosave writes every pause in typing: at most one 'edited' entry per
    meeting per ten minutes per user; moving between pages is no edit at all."""
    new_supplier(data_folder)
    with data_folder.open("abc", writable=True) as file:
        draft = meeting("m1")
        file.save_meeting(draft)  # created: opens the window
        for n in range(30):  # nine minutes of typing
            clock.now += timedelta(seconds=18)
            draft.notes = f"notitie {n}"
            file.save_meeting(draft)
        draft.resume_page = "agreements"
        clock.now += timedelta(minutes=5)
        file.save_meeting(draft)  # only where the wizard was: not an edit
        draft.answers["q1"] = Answer(True, "ja")
        file.save_meeting(draft)  # 14 minutes after 'created': a new entry
        clock.now += timedelta(minutes=1)
        draft.notes = "nog een"
        file.save_meeting(draft)  # within ten minutes of that one: coalesced
        clock.user = "anna"
        draft.notes = "van anna"
        file.save_meeting(draft)  # another user: an entry of her own
    assert [(u, a) for u, a, _, _ in trail(data_folder)] == [
        ("piet", "created"), ("piet", "created"), ("piet", "edited"), ("anna", "edited")]


def test_a_failed_save_leaves_no_entry_and_the_retry_records_it(data_folder, clock, monkeypatch):
    """An entry lands in the same atomic write as its change, or not at all."""
    from isv_dialogue import storage
    from isv_dialogue.errors import SupplierFileError

    new_supplier(data_folder)
    real = storage.atomic_write

    def full(path, data):
        raise OSError(28, "No space left on device")

    with data_folder.open("abc", writable=True) as file:
        monkeypatch.setattr(storage, "atomic_write", full)
        with pytest.raises(SupplierFileError):
            file.save_signal(Signal("s1", date(2025, 2, 1), "x", "eigen_bedrijf"))
        assert [a for _, a, _, _ in trail(data_folder)] == ["created"]
        monkeypatch.setattr(storage, "atomic_write", real)
        file.save_signal(Signal("s1", date(2025, 2, 1), "x", "eigen_bedrijf"))
    assert [(a, r) for _, a, r, _ in trail(data_folder)] == [
        ("created", "supplier:abc"), ("created", "signal:s1")]


def test_a_refused_change_to_final_minutes_leaves_no_entry(data_folder, clock):
    new_supplier(data_folder)
    with data_folder.open("abc", writable=True) as file:
        final = meeting("m1")
        finalise(final)
        file.save_meeting(final)
        final.notes = "achteraf"
        with pytest.raises(FinalisedError):
            file.save_meeting(final)
        with pytest.raises(FinalisedError):
            file.delete_meeting("m1")
    assert [a for _, a, _, _ in trail(data_folder)] == ["created", "created", "finalised"]


def test_an_old_file_without_an_audit_table_reads_and_gains_one(data_folder, clock):
    """Files written before the trail existed have no 'audit' table: they read as
    an empty trail (no schema change), and the next change starts it."""
    new_supplier(data_folder)
    path = data_folder.path_for("abc")
    data = json.loads(path.read_bytes())
    del data[AUDIT]
    path.write_text(json.dumps(data))
    assert data_folder.load("abc").audit == []
    assert data[META]["1"]["schema"] == 1
    with data_folder.open("abc", writable=True) as file:
        file.save_meeting(meeting("m1"))
    assert trail(data_folder) == [("piet", "created", "meeting:m1", "")]


def test_export_and_import_keep_the_trail(data_folder, clock, tmp_path: Path):
    """The trail travels in the dossier; a new supplier arrives as an exact copy
    (export, import, export: the same bytes); replacing data adds one entry."""
    new_supplier(data_folder)
    with data_folder.open("abc", writable=True) as file:
        file.save_meeting(meeting("m1"))
    out = tmp_path / "abc.json"
    export_dossier(data_folder, "abc", out)
    assert [e["action"] for e in json.loads(out.read_bytes())["audit"]] == ["created", "created"]
    elsewhere = DataFolder(tmp_path / "elsewhere")
    import_dossier(elsewhere, out)
    again = tmp_path / "again.json"
    export_dossier(elsewhere, "abc", again)
    assert again.read_bytes() == out.read_bytes()

    data = json.loads(out.read_bytes())
    data["supplier"]["name"] = "Nieuwe naam"
    data["updated_at"] = (datetime.now(timezone.utc) + timedelta(days=1)).isoformat()
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(data))
    clock.user = "anna"
    import_dossier(elsewhere, newer, replace=True)
    last = elsewhere.load("abc").audit[-1]
    assert (last.user, last.action, last.ref) == ("anna", "imported", "dossier")
    assert "newer.json" in last.detail and "voor-import" in last.detail


def test_a_dossier_without_a_trail_imports(data_folder, clock, tmp_path: Path):
    """Dossiers exported before the trail existed have no 'audit' key."""
    new_supplier(data_folder)
    out = tmp_path / "abc.json"
    export_dossier(data_folder, "abc", out)
    data = json.loads(out.read_bytes())
    del data["audit"]
    out.write_text(json.dumps(data))
    import_dossier(DataFolder(tmp_path / "elsewhere"), out)
    assert DataFolder(tmp_path / "elsewhere").load("abc").audit == []


def test_a_naive_moment_in_an_imported_trail_is_refused(data_folder, clock, tmp_path: Path):
    from isv_dialogue.errors import DataError

    new_supplier(data_folder)
    out = tmp_path / "abc.json"
    export_dossier(data_folder, "abc", out)
    data = json.loads(out.read_bytes())
    data["audit"][0]["at"] = "2025-03-01T09:00:00"
    out.write_text(json.dumps(data))
    with pytest.raises(DataError, match=r"audit\[0\]\.at"):
        import_dossier(DataFolder(tmp_path / "elsewhere"), out)


def test_a_restore_is_recorded(data_folder, clock, monkeypatch):
    """Putting a backup back appends a 'restored' entry naming the copy, in the
    same write; the rest of the file is the backup's."""
    monkeypatch.setattr(backups, "now", lambda: clock.now)
    new_supplier(data_folder)
    path = data_folder.path_for("abc")
    with data_folder.open("abc", writable=True) as file:
        file.save_meeting(meeting("m1"))  # keeps a backup of the bare supplier
    (copy,) = backups.list_backups(path)
    clock.user = "anna"
    backups.restore(path, copy.path)
    dossier = data_folder.load("abc")
    assert dossier.meetings == []
    assert [(e.user, e.action, e.ref) for e in dossier.audit] == [
        ("piet", "created", "supplier:abc"), ("anna", "restored", "dossier")]
    assert copy.path.name in dossier.audit[-1].detail


def test_the_trail_of_one_record(data_folder, clock):
    new_supplier(data_folder)
    with data_folder.open("abc", writable=True) as file:
        file.save_meeting(meeting("m1"))
        file.save_meeting(meeting("m2"))
    dossier = data_folder.load("abc")
    assert [e.ref for e in dossier.history("meeting:m2")] == ["meeting:m2"]
    assert len(dossier.history()) == 3


def test_the_user_falls_back_to_onbekend(monkeypatch):
    def broken():
        raise KeyError("no such user")

    monkeypatch.setattr(audit.getpass, "getuser", broken)
    assert audit.current_user() == "onbekend"


@pytest.mark.skipif(__import__("shutil").which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("lang, heading, label", [("nl", "Geschiedenis van dit gesprek", "Definitief gemaakt"),
                                                  ("en", "History of this meeting", "Made final")])
def test_the_internal_minutes_list_the_meeting_history_and_the_supplier_edition_not(
        data_folder, clock, content, tmp_path, lang, heading, label):
    from isv_dialogue.minutes import render_minutes
    from test_minutes import flat, pdftext

    clock.user = "pjansen-audit"
    new_supplier(data_folder)
    with data_folder.open("abc", writable=True) as file:
        m = meeting("m1")
        file.save_meeting(m)
        finalise(m)
        file.save_meeting(m)
    dossier = data_folder.load("abc")
    internal = flat(pdftext(render_minutes(dossier, "m1", content, lang=lang), tmp_path))
    supplier = flat(pdftext(render_minutes(dossier, "m1", content, lang=lang, audience="supplier"),
                            tmp_path))
    assert heading in internal and "pjansen-audit" in internal and label in internal
    assert heading not in supplier and "pjansen-audit" not in supplier
