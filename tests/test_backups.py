"""Rolling backups of supplier files, restoring one, and `check --repair`."""

from __future__ import annotations

import errno
import os
import stat
from datetime import datetime, timedelta, timezone

import pytest

from isv_dialogue import backups
from isv_dialogue.backups import KEEP, list_backups, restore
from isv_dialogue.cli import main
from isv_dialogue.errors import LockedError, SupplierFileError
from isv_dialogue.folder import DataFolder

from test_storage import add_supplier, meeting

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def clock(monkeypatch):
    """The backups' clock, moved by hand: clock.now += timedelta(...)."""
    class Clock:
        now = T0

    monkeypatch.setattr(backups, "now", lambda: Clock.now)
    return Clock


def save(folder: DataFolder, mid: str, notes: str = "") -> None:
    with folder.open("abc", writable=True) as file:
        file.save_meeting(meeting(mid, notes=notes))


def meeting_ids(folder: DataFolder) -> list[str]:
    return sorted(m.id for m in folder.load("abc").meetings)


def test_first_write_of_an_opening_keeps_a_copy_of_the_file_as_it_was(data_folder, clock):
    """Opening and writing keeps one backup of the state before the write; later
    writes of the same opening, and an opening without a write, keep none."""
    path = add_supplier(data_folder, "abc", "Textiel BV")  # a new file: nothing to back up
    assert list_backups(path) == []
    original = path.read_bytes()
    with data_folder.open("abc", writable=True) as file:
        assert list_backups(path) == []  # opening alone writes nothing
        file.save_meeting(meeting("m2"))
        file.save_meeting(meeting("m3"))
    (only,) = list_backups(path)
    assert only.path.read_bytes() == original
    assert only.path.parent == data_folder.root / "backups"
    assert only.taken_at == T0


def test_at_most_one_backup_an_hour_and_the_newest_five_are_kept(data_folder, clock):
    """Within an hour of the newest backup no new one is made; after, one per
    opening; identical bytes are not copied twice; only KEEP stay, the newest."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    save(data_folder, "m2")
    clock.now += timedelta(minutes=59)
    save(data_folder, "m3")
    assert len(list_backups(path)) == 1
    for n in range(KEEP + 2):
        clock.now += timedelta(hours=1, seconds=1)
        save(data_folder, f"x{n}")
    kept = list_backups(path)
    assert len(kept) == KEEP
    assert [b.taken_at for b in kept] == sorted((b.taken_at for b in kept), reverse=True)
    assert kept[0].taken_at == clock.now


def test_identical_state_is_not_backed_up_twice(data_folder, clock):
    """A backup equal to the newest one would only push an older state out."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    first = backups.take(path, force=True)
    clock.now += timedelta(hours=3)
    assert backups.take(path) is None
    assert list_backups(path)[0].path == first


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_backups_are_owner_only_even_in_a_wider_folder(data_folder, clock):
    """Backups hold the same confidential records: files 0600, folder 0700 (made
    narrower if it was wider)."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    (data_folder.root / "backups").mkdir(mode=0o755)
    (data_folder.root / "backups").chmod(0o755)
    save(data_folder, "m2")
    (only,) = list_backups(path)
    assert stat.S_IMODE(only.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(only.path.parent.stat().st_mode) == 0o700


def test_backups_are_not_suppliers_and_do_not_disturb_the_scan(data_folder, clock):
    """backups/ is not read as suppliers or problems."""
    add_supplier(data_folder, "abc", "Textiel BV")
    save(data_folder, "m2")
    scan = data_folder.scan()
    assert [s.id for s in scan.suppliers] == ["abc"] and scan.problems == []


def test_a_backup_that_cannot_be_written_does_not_stop_the_save(data_folder, clock, monkeypatch):
    """Disk full while backing up: the save still happens; the reason is kept
    for the window to show."""
    path = add_supplier(data_folder, "abc", "Textiel BV")

    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "atomic_write", full)
    with data_folder.open("abc", writable=True) as file:
        file.save_meeting(meeting("m2"))
        assert "reservekopie" in file._storage.backup_problem
        assert "schijf is vol" in file._storage.backup_problem
    assert meeting_ids(data_folder) == ["m1", "m2"]
    assert list_backups(path) == []


def test_describe_gives_meetings_and_last_change(data_folder, clock):
    """What the restore dialog shows of each backup."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    save(data_folder, "m2")
    info = backups.describe(list_backups(path)[0])
    assert info.problem is None and info.supplier_name == "Textiel BV"
    assert info.meetings == 1 and info.updated_at is not None


# --- restoring -----------------------------------------------------------------

def test_restore_puts_the_backup_back_and_keeps_the_current_file(data_folder, clock):
    """The chosen backup becomes the supplier file; what was there is kept as
    the newest backup first, so a restore can itself be undone."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    save(data_folder, "m2")  # backup of the state with m1 only
    current = path.read_bytes()
    (old,) = list_backups(path)
    clock.now += timedelta(minutes=5)
    kept = restore(path, old.path)
    assert meeting_ids(data_folder) == ["m1"]
    assert kept is not None and kept.read_bytes() == current
    assert list_backups(path)[0].path == kept
    restore(path, kept)
    assert meeting_ids(data_folder) == ["m1", "m2"]


def test_restore_is_refused_while_the_supplier_is_open(data_folder, clock):
    """A restore never pulls the file from under an open meeting."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    save(data_folder, "m2")
    before = path.read_bytes()
    with data_folder.open("abc", writable=True):
        with pytest.raises(LockedError):
            restore(path, list_backups(path)[0].path)
    assert path.read_bytes() == before


def test_a_damaged_backup_is_not_restored(data_folder, clock):
    """A backup that does not read cleanly is refused with the reason; nothing changes."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    save(data_folder, "m2")
    (old,) = list_backups(path)
    old.path.write_bytes(b"{\"half")
    before = path.read_bytes()
    with pytest.raises(SupplierFileError, match="kan niet worden teruggezet"):
        restore(path, old.path)
    assert path.read_bytes() == before


# --- check --repair --------------------------------------------------------------

def test_repair_restores_the_newest_good_backup_and_keeps_the_damaged_file(
        data_folder, clock, capsys):
    """A damaged supplier file is renamed aside (bytes untouched) and the newest
    backup that reads cleanly (skipping a damaged newer one) takes its place;
    exit 0; `check` afterwards passes and mentions the kept damaged file."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    add_supplier(data_folder, "zzz", "Zeta")
    save(data_folder, "m2")  # good backup: m1
    clock.now += timedelta(hours=2)
    save(data_folder, "m3")  # good backup: m1, m2
    clock.now += timedelta(hours=2)
    save(data_folder, "m4")
    list_backups(path)[0].path.write_bytes(b"")  # the newest backup is damaged too
    damaged = b"{\"supplier\": {\"1\": {\"id\": \"abc\""
    path.write_bytes(damaged)
    root = str(data_folder.root)

    assert main(["check", "--data-dir", root]) == 1
    capsys.readouterr()
    assert main(["check", "--data-dir", root, "--repair"]) == 0
    out = capsys.readouterr().out
    assert "HERSTELD abc.isv.json" in out and "FOUT" not in out
    assert meeting_ids(data_folder) == ["m1", "m2"]
    (aside,) = data_folder.root.glob("abc.isv.json.beschadigd-*")
    assert aside.read_bytes() == damaged
    assert [s.id for s in data_folder.scan().suppliers] == ["abc", "zzz"]
    assert main(["check", "--data-dir", root]) == 0
    assert "beschadigd" in capsys.readouterr().out


def test_repair_without_a_good_backup_changes_nothing_and_exits_1(data_folder, clock, capsys):
    """No readable backup: the damaged file stays exactly as it is; exit 1."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    path.write_bytes(b"kapot")
    assert main(["check", "--data-dir", str(data_folder.root), "--repair"]) == 1
    out = capsys.readouterr().out
    assert "NIET HERSTELD abc.isv.json" in out and "FOUT" in out
    assert path.read_bytes() == b"kapot"
    assert not list(data_folder.root.glob("*beschadigd*"))


def test_repair_leaves_a_supplier_that_is_open_alone(data_folder, clock, capsys):
    """A damaged file someone holds the lock on is not repaired under them."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    save(data_folder, "m2")
    from isv_dialogue.locking import FileLock

    lock = FileLock(path)
    lock.acquire()
    try:
        path.write_bytes(b"kapot")
        assert main(["check", "--data-dir", str(data_folder.root), "--repair"]) == 1
    finally:
        lock.release()
    assert path.read_bytes() == b"kapot"
    assert "NIET HERSTELD" in capsys.readouterr().out
