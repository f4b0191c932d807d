"""Supplier files: what they hold, what happens to bad ones, locks, finalised
meetings, schema versions and migrations."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from isv_dialogue import migrations, storage
from isv_dialogue.errors import (DataError, FinalisedError, IsvError, LockedError,
                                 NotFoundError, SupplierFileError, UnreadableFileError)
from isv_dialogue.folder import DataFolder
from isv_dialogue.model import (Agreement, Amendment, Answer, Meeting, MeetingKind,
                                MeetingStatus, Signal, Supplier)
from isv_dialogue.folder import SUFFIX, valid_id
from isv_dialogue.storage import SupplierFile, backup_copy, read_document

T0 = datetime(2024, 3, 1, 9, 0, tzinfo=timezone.utc)


def meeting(mid: str = "m1", **changes) -> Meeting:
    values = dict(id=mid, date=date(2024, 3, 1), kind=MeetingKind.DIALOGUE,
                  questionnaire_id="dialoog", questionnaire_version=1, created_at=T0)
    values.update(changes)
    return Meeting(**values)


def add_supplier(folder: DataFolder, sid: str, name: str) -> Path:
    with folder.create(Supplier(id=sid, name=name)) as file:
        file.save_meeting(meeting(answers={"q1": Answer(True, f"antwoord van {name}")}))
        file.save_agreement(Agreement(id="a1", text="Audit plannen", made_in="m1"))
        file.save_signal(Signal(id="s1", received=date(2024, 2, 1), description="Kinderarbeid?",
                                chain_position="verderop_in_keten"))
    return folder.path_for(sid)


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


# --- what a file holds -------------------------------------------------------

def test_saved_records_come_back_exactly(data_folder: DataFolder):
    """Everything saved is read back equal by a fresh read-only open."""
    add_supplier(data_folder, "abc", "Textiel BV")
    dossier = data_folder.load("abc")
    assert dossier.supplier == Supplier(id="abc", name="Textiel BV")
    assert dossier.meetings == [meeting(answers={"q1": Answer(True, "antwoord van Textiel BV")})]
    assert [a.id for a in dossier.agreements] == ["a1"]
    assert [s.id for s in dossier.signals] == ["s1"]


def test_an_open_file_loads_what_it_holds_also_after_a_save_before_the_first_load(
        data_folder: DataFolder):
    """Opening for writing checks the file by decoding it, and hands that to the first
    load; a save in between makes load read the file as it is now."""
    add_supplier(data_folder, "abc", "Textiel BV")
    with data_folder.open("abc", writable=True) as file:
        first = file.load()
        assert first == data_folder.load("abc")
        assert file.load() is not first, "each load is the caller's own copy"
    with data_folder.open("abc", writable=True) as file:
        file.save_meeting(meeting("m2"))
        assert [m.id for m in file.load().meetings] == ["m1", "m2"]


def test_file_carries_schema_version_and_moment_of_change(data_folder: DataFolder):
    """Every file says which schema it has and when it last changed (with offset)."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    raw = json.loads(path.read_bytes())
    meta = raw[storage.META]["1"]
    assert meta["schema"] == migrations.SCHEMA_VERSION
    assert datetime.fromisoformat(meta["updated_at"]).tzinfo is not None
    with SupplierFile(path, writable=False) as file:
        assert file.header().schema == migrations.SCHEMA_VERSION


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_supplier_file_is_owner_only(data_folder: DataFolder):
    """Buyers' records are confidential: the supplier file is created 0600."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_read_only_file_refuses_to_write(data_folder: DataFolder):
    """A file opened for reading can never write, so it never needs the lock."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    before = path.read_bytes()
    with SupplierFile(path, writable=False) as file:
        with pytest.raises(SupplierFileError, match="alleen-lezen"):
            file.save_meeting(meeting("m2"))
    assert path.read_bytes() == before


def test_failed_save_reports_the_file_and_keeps_what_was_on_disk(data_folder: DataFolder,
                                                                 monkeypatch):
    """A disk error on save becomes one clear error naming the file; the file on
    disk keeps its last good state, and the next save works again."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    before = path.read_bytes()

    def disk_full(target, data):
        raise OSError(28, "No space left on device")

    with data_folder.open("abc", writable=True) as file:
        monkeypatch.setattr(storage, "atomic_write", disk_full)
        with pytest.raises(SupplierFileError, match="abc.isv.json.*schijf is vol"):
            file.save_meeting(meeting("m2", notes="lost?"))
        assert path.read_bytes() == before
        monkeypatch.undo()
        file.save_meeting(meeting("m3", notes="kept"))
    assert [m.id for m in data_folder.load("abc").meetings] == ["m1", "m3"]


# --- ids and paths -----------------------------------------------------------

@pytest.mark.parametrize("value", ["3f9a01c2d4", "abc", "a-b_c", "0" * 64])
def test_plain_ids_are_valid(value: str):
    """Generated ids and plain lowercase ids are accepted."""
    assert valid_id(value)


@pytest.mark.parametrize("value", ["", "../../etc", "a/b", "a\\b", "CON", "con", "nul", "com1",
                                   "lpt9", "abc\n", "Abc", "-abc", ".abc", "a b", "0" * 65,
                                   "ab\x00c", "é"])
def test_ids_that_could_misbehave_as_file_names_are_refused(value: str, data_folder: DataFolder):
    """Ids become file names: separators, traversal, Windows device names, a
    trailing newline and anything non-plain never reach a path."""
    assert not valid_id(value)
    with pytest.raises(NotFoundError):
        data_folder.path_for(value)


# --- files that cannot be read -----------------------------------------------

def _bad_files(good: bytes) -> dict[str, bytes]:
    valid = json.loads(good)
    future = json.loads(good)
    future[storage.META]["1"]["schema"] = migrations.SCHEMA_VERSION + 1
    list_table = json.loads(good)
    list_table["supplier"] = [list_table["supplier"]["1"]]
    two = json.loads(good)
    two["supplier"]["2"] = dict(two["supplier"]["1"], id="other")
    bad_row = json.loads(good)
    bad_row["meetings"]["1"]["date"] = "gisteren"
    naive = json.loads(good)
    naive[storage.META]["1"]["updated_at"] = "2024-03-01T09:00:00"
    no_stamp = json.loads(good)
    del no_stamp[storage.META]["1"]["updated_at"]
    bool_schema = json.loads(good)
    bool_schema[storage.META]["1"]["schema"] = True
    return {
        "truncated": good[: len(good) // 2],
        "empty": b"",
        "whitespace": b" \n\t ",
        "not-json": b"\x00\x01 dit is geen JSON",
        "not-utf8": b"{\"a\": \"\xff\xfe\"}",
        "list": b"[1, 2, 3]",
        "no-header": json.dumps({k: v for k, v in valid.items() if k != storage.META}).encode(),
        "header-not-object": json.dumps(dict(valid, _meta=[1])).encode(),
        "bool-schema": json.dumps(bool_schema).encode(),
        "future-schema": json.dumps(future).encode(),
        "supplier-table-is-list": json.dumps(list_table).encode(),
        "two-suppliers": json.dumps(two).encode(),
        "bad-row": json.dumps(bad_row).encode(),
        "naive-stamp": json.dumps(naive).encode(),
        "no-stamp": json.dumps(no_stamp).encode(),
        "deep-nesting": b"[" * 100_000 + b"]" * 100_000,
    }


BAD_KINDS = list(_bad_files(json.dumps({
    "_meta": {"1": {"schema": 1, "updated_at": "2024-03-01T09:00:00+00:00"}},
    "supplier": {"1": {}}, "meetings": {"1": {}}}).encode()))


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_unreadable_file_is_named_left_untouched_and_others_still_open(data_folder: DataFolder,
                                                                       kind: str):
    """One damaged supplier file is reported by name, never changed (bytes and
    mtime), refused for writing with a clear error, and the others still open."""
    add_supplier(data_folder, "aaa", "Alpha")
    add_supplier(data_folder, "zzz", "Zeta")
    good = add_supplier(data_folder, "bad", "Bravo").read_bytes()
    bad = data_folder.path_for("bad")
    bad.write_bytes(_bad_files(good)[kind])
    before = snapshot(data_folder.root)

    scan = data_folder.scan()
    assert [s.id for s in scan.suppliers] == ["aaa", "zzz"]
    assert [p.path for p in scan.problems] == [bad]
    assert "bad.isv.json" in scan.problems[0].message
    with pytest.raises(IsvError) as caught:
        data_folder.open("bad", writable=True)
    assert isinstance(caught.value, UnreadableFileError)
    assert "bad.isv.json" in str(caught.value)
    assert len(str(caught.value)) < 300, "one sentence, not a dump"
    if kind == "future-schema":
        assert "nieuwere versie" in str(caught.value)
    assert snapshot(data_folder.root) == before, "nothing written, no lock or backup left"
    with data_folder.open("aaa", writable=True) as file:  # the others still open for writing
        file.save_meeting(meeting("m2"))


def test_leftover_temp_and_backup_files_do_not_disturb_the_scan(data_folder: DataFolder):
    """Debris of a killed writer (a half temp file) is neither a supplier nor a problem."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    (data_folder.root / f".{path.name}.x1y2z3.tmp").write_bytes(path.read_bytes()[:10])
    backup_copy(path, "voor-import")
    scan = data_folder.scan()
    assert [s.id for s in scan.suppliers] == ["abc"] and scan.problems == []


def test_missing_file_is_not_found(data_folder: DataFolder):
    """Opening an id that has no file says so, rather than creating one."""
    with pytest.raises(NotFoundError):
        data_folder.open("nope", writable=True)
    assert list(data_folder.root.iterdir()) == []


# --- locking through SupplierFile --------------------------------------------

def test_second_writer_is_refused_but_readers_are_not(data_folder: DataFolder):
    """While one window writes a supplier, a second writer is refused (naming the
    file) and a reader still reads; closing lets the next writer in."""
    add_supplier(data_folder, "abc", "Textiel BV")
    first = data_folder.open("abc", writable=True)
    try:
        with pytest.raises(LockedError, match="abc.isv.json"):
            data_folder.open("abc", writable=True)
        assert data_folder.load("abc").supplier.name == "Textiel BV"
        first.save_meeting(meeting("m2"))  # the refusal did not break the holder
    finally:
        first.close()
    assert not (data_folder.root / ("abc" + SUFFIX + ".lock")).exists()
    with data_folder.open("abc", writable=True) as second:
        second.save_meeting(meeting("m3"))
    assert [m.id for m in data_folder.load("abc").meetings] == ["m1", "m2", "m3"]


def test_creating_an_existing_supplier_is_refused(data_folder: DataFolder):
    """create() never overwrites an existing supplier file."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    before = path.read_bytes()
    with pytest.raises(SupplierFileError):
        data_folder.create(Supplier(id="abc", name="Ander"))
    assert path.read_bytes() == before


# --- finalised meetings ------------------------------------------------------

@pytest.fixture
def final_file(data_folder: DataFolder):
    add_supplier(data_folder, "abc", "Textiel BV")
    file = data_folder.open("abc", writable=True)
    file.save_meeting(meeting("fin", notes="Afgesproken: audit in mei.",
                              status=MeetingStatus.FINAL, finalised_at=T0))
    yield file
    file.close()


def _stored(data_folder: DataFolder, mid: str) -> Meeting:
    return next(m for m in data_folder.load("abc").meetings if m.id == mid)


def test_changing_a_final_meeting_is_refused(final_file: SupplierFile, data_folder: DataFolder):
    """A finalised meeting's content does not change; the file keeps the original."""
    before = final_file.path.read_bytes()
    for change in ({"notes": "Afgesproken: niets."}, {"status": MeetingStatus.DRAFT},
                   {"answers": {"q1": Answer(True, "later toegevoegd")}}):
        changed = meeting("fin", **{"notes": "Afgesproken: audit in mei.",
                                    "status": MeetingStatus.FINAL, "finalised_at": T0, **change})
        with pytest.raises(FinalisedError):
            final_file.save_meeting(changed)
    assert final_file.path.read_bytes() == before
    assert _stored(data_folder, "fin").notes == "Afgesproken: audit in mei."


def test_amendments_may_be_appended_but_not_rewritten(final_file: SupplierFile,
                                                      data_folder: DataFolder):
    """A correction is recorded beside the final meeting, with time; earlier
    corrections cannot be changed or removed."""
    fin = _stored(data_folder, "fin")
    fin.amendments.append(Amendment(at=T0, reason="typefout", text="Audit in juni."))
    final_file.save_meeting(fin)
    assert _stored(data_folder, "fin").amendments == fin.amendments
    fin.amendments.append(Amendment(at=T0, reason="aanvulling", text="Ook in juli."))
    final_file.save_meeting(fin)
    assert len(_stored(data_folder, "fin").amendments) == 2
    rewritten = _stored(data_folder, "fin")
    rewritten.amendments[0].text = "Audit nooit."
    with pytest.raises(FinalisedError):
        final_file.save_meeting(rewritten)
    dropped = _stored(data_folder, "fin")
    dropped.amendments.pop(0)
    with pytest.raises(FinalisedError):
        final_file.save_meeting(dropped)
    assert [a.text for a in _stored(data_folder, "fin").amendments] == ["Audit in juni.",
                                                                         "Ook in juli."]


def test_deleting_a_final_meeting_is_refused_a_draft_is_not(final_file: SupplierFile,
                                                           data_folder: DataFolder):
    """A final meeting cannot be deleted; a draft can."""
    with pytest.raises(FinalisedError):
        final_file.delete_meeting("fin")
    final_file.delete_meeting("m1")
    assert [m.id for m in data_folder.load("abc").meetings] == ["fin"]


def test_a_draft_can_be_finalised(data_folder: DataFolder):
    """The guard is on final meetings only: a draft may change and become final."""
    add_supplier(data_folder, "abc", "Textiel BV")
    with data_folder.open("abc", writable=True) as file:
        file.save_meeting(meeting("m1", notes="bijgewerkt"))
        file.save_meeting(meeting("m1", notes="bijgewerkt", status=MeetingStatus.FINAL,
                                  finalised_at=T0))
    assert data_folder.load("abc").meetings[0].is_final


# --- schema versions and migration -------------------------------------------

def test_future_schema_is_refused_with_a_clear_message(data_folder: DataFolder):
    """A file from a newer app is refused, named, and not half-understood."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    raw = json.loads(path.read_bytes())
    raw[storage.META]["1"]["schema"] = migrations.SCHEMA_VERSION + 1
    path.write_text(json.dumps(raw))
    with pytest.raises(UnreadableFileError, match=r"abc\.isv\.json.*nieuwere versie"):
        read_document(path)


def test_migrate_refuses_nonsense_schema_numbers():
    """Schema 0 or below is not a schema."""
    with pytest.raises(DataError):
        migrations.migrate({}, 0)


@pytest.fixture
def schema_two(monkeypatch):
    """Pretend the app is at schema 2, with a 1->2 step that upper-cases the
    supplier's name; returns the list of calls to that step."""
    calls: list[int] = []

    def one_to_two(data: dict) -> dict:
        calls.append(1)
        for row in data["supplier"].values():
            row["name"] = row["name"].upper()
        return data

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: one_to_two})
    return calls


def test_old_file_is_migrated_on_read_without_touching_it(data_folder: DataFolder, schema_two):
    """Reading a schema-1 file in a schema-2 app migrates it in memory only:
    no write, no backup, the file stays schema 1."""
    path = data_folder.path_for("abc")
    path.write_text(json.dumps({
        "_meta": {"1": {"schema": 1, "updated_at": "2024-03-01T09:00:00+00:00"}},
        "supplier": {"1": {"id": "abc", "name": "Textiel BV"}}}))
    before = snapshot(data_folder.root)
    assert data_folder.load("abc").supplier.name == "TEXTIEL BV"
    assert schema_two, "the migration step ran"
    assert snapshot(data_folder.root) == before


def test_old_file_opened_for_writing_is_backed_up_then_saved_migrated(data_folder: DataFolder,
                                                                     schema_two):
    """Opening a schema-1 file for writing keeps a backup of the original bytes;
    the next save writes schema 2 with the migrated data, which is not migrated again."""
    path = data_folder.path_for("abc")
    original = json.dumps({
        "_meta": {"1": {"schema": 1, "updated_at": "2024-03-01T09:00:00+00:00"}},
        "supplier": {"1": {"id": "abc", "name": "Textiel BV"}}}).encode()
    path.write_bytes(original)
    with data_folder.open("abc", writable=True) as file:
        backups = list(data_folder.root.glob("abc.isv.json.schema1-*.bak"))
        assert len(backups) == 1 and backups[0].read_bytes() == original
        assert file.header().schema == 1  # on disk still schema 1 until the save
        file.save_meeting(meeting("m1"))
    stored = json.loads(path.read_bytes())
    assert stored["_meta"]["1"]["schema"] == 2
    assert stored["supplier"]["1"]["name"] == "TEXTIEL BV"
    assert data_folder.load("abc").supplier.name == "TEXTIEL BV"
    assert schema_two == [1], "a schema-2 file is not migrated again"
    with data_folder.open("abc", writable=True):
        assert len(list(data_folder.root.glob("*.bak"))) == 1  # no backup for a current file


def test_current_schema_is_looked_up_in_one_place(data_folder: DataFolder, monkeypatch):
    """Moving migrations.SCHEMA_VERSION moves what storage writes and accepts."""
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 7)
    monkeypatch.setattr(migrations, "MIGRATIONS", {n: (lambda d: d) for n in range(1, 7)})
    path = add_supplier(data_folder, "abc", "Textiel BV")
    assert json.loads(path.read_bytes())["_meta"]["1"]["schema"] == 7
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 6)
    with pytest.raises(UnreadableFileError, match="nieuwere versie"):
        data_folder.load("abc")


def test_backups_in_the_same_second_do_not_overwrite_each_other(tmp_path: Path, monkeypatch):
    """Two backups made within one second both survive: the first may hold the
    only copy of what the second replaced."""
    frozen = datetime(2024, 3, 1, 9, 0, tzinfo=timezone.utc)
    monkeypatch.setattr(storage, "utc_now", lambda: frozen)
    path = tmp_path / "abc.isv.json"
    path.write_bytes(b"version A")
    first = backup_copy(path, "voor-import")
    path.write_bytes(b"version B")
    second = backup_copy(path, "voor-import")
    assert first != second
    assert first.read_bytes() == b"version A" and second.read_bytes() == b"version B"
