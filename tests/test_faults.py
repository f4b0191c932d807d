"""Faults from outside: a full disk, a read-only data folder, a power cut
between the temp write and the rename, a second app instance, a stale lock,
and damaged supplier files as `check` sees them. Each leaves the data on disk
as it was, says what happened in one sentence naming the file, and leaves the
buyer a way to keep what was typed."""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import tempfile
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from isv_dialogue import atomic
from isv_dialogue.atomic import leftover_temp_files
from isv_dialogue.cli import main
from isv_dialogue.dossier import import_dossier, write_dossier
from isv_dialogue.errors import LockedError, SupplierFileError
from isv_dialogue.folder import DataFolder
from isv_dialogue.locking import lock_path
from isv_dialogue.model import Answer, Meeting, MeetingKind, Supplier

from test_storage import BAD_KINDS, _bad_files, add_supplier, snapshot

ROOT = Path(__file__).resolve().parent.parent
T0 = datetime(2024, 3, 1, 9, 0, tzinfo=timezone.utc)


def meeting(mid: str, notes: str = "") -> Meeting:
    return Meeting(id=mid, date=date(2024, 3, 1), kind=MeetingKind.DIALOGUE,
                   questionnaire_id="dialoog", questionnaire_version=1, notes=notes, created_at=T0)


def files_under(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


# --- a full disk -------------------------------------------------------------

@pytest.mark.parametrize("step", ["mkstemp", "fsync"])
def test_disk_full_keeps_the_file_says_so_and_the_buyer_can_save_elsewhere(
        data_folder: DataFolder, tmp_path: Path, monkeypatch, step: str):
    """ENOSPC while creating or syncing the temp file: one sentence naming the
    file and saying the disk is full, the supplier file byte-identical, no
    temp file left; the typed meeting, still in memory, can be written as a
    dossier to another place and imported later; once there is room, saving
    works again."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    before = path.read_bytes()
    with data_folder.open("abc", writable=True) as file:
        dossier = file.load()
        typed = meeting("m2", "Wat de inkoper net typte — ş ğ 中文")
        dossier.meetings.append(typed)
        real_fsync, real_mkstemp = os.fsync, tempfile.mkstemp

        def full(*args, **kwargs):
            raise OSError(errno.ENOSPC, "No space left on device")

        def fsync(fd):  # data files only; the folder's fsync comes after the rename
            if stat.S_ISDIR(os.fstat(fd).st_mode):
                return real_fsync(fd)
            full()

        def mkstemp(*args, dir=None, **kwargs):
            if Path(dir) == data_folder.root:
                full()
            return real_mkstemp(*args, dir=dir, **kwargs)

        if step == "fsync":
            monkeypatch.setattr(atomic.os, "fsync", fsync)
        else:
            monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)
        with pytest.raises(SupplierFileError) as caught:
            file.save_meeting(typed)
        message = str(caught.value)
        assert message == "abc.isv.json kon niet worden opgeslagen: de schijf is vol."
        assert path.read_bytes() == before
        assert leftover_temp_files(data_folder.root) == []
        if step == "mkstemp":  # the data folder is full; another disk is not
            elsewhere = tmp_path / "usb" / "textiel.json"
            elsewhere.parent.mkdir()
            write_dossier(dossier, elsewhere)
        monkeypatch.undo()
        file.save_meeting(typed)  # room again: the same save now lands
    assert data_folder.load("abc").meeting("m2").notes == typed.notes
    if step == "mkstemp":
        other = DataFolder(tmp_path / "other")
        import_dossier(other, elsewhere)
        assert other.load("abc").meeting("m2").notes == typed.notes


def test_disk_full_while_creating_a_supplier_leaves_no_file(data_folder: DataFolder, monkeypatch):
    """A new supplier that cannot be written leaves neither a data file nor a lock."""
    real = atomic.tempfile.mkstemp
    calls = []

    def mkstemp(*args, **kwargs):
        calls.append(kwargs.get("prefix"))
        if ".lock." not in kwargs.get("prefix", ""):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    with pytest.raises(SupplierFileError, match="nieuw.isv.json.*schijf is vol"):
        data_folder.create(Supplier(id="nieuw", name="Nieuw BV"))
    monkeypatch.undo()
    assert list(data_folder.root.iterdir()) == []


# --- a read-only data folder -------------------------------------------------

@pytest.fixture(params=[errno.EACCES, errno.EROFS], ids=["no-permission", "read-only-disk"])
def read_only(request, data_folder: DataFolder, monkeypatch):
    """Make the data folder unwritable. chmod does not stop root (as in CI), so
    as root every way of creating a file in the folder is made to fail with
    the errno a read-only folder gives; otherwise the folder is chmod 0500."""
    code = request.param
    add_supplier(data_folder, "abc", "Textiel BV")
    root = data_folder.root
    if os.geteuid() != 0 and code == errno.EACCES:
        root.chmod(0o500)
        yield code
        root.chmod(0o700)
        return
    real_mkstemp, real_open = tempfile.mkstemp, os.open

    def inside(path) -> bool:
        return Path(path).resolve().is_relative_to(root.resolve())

    def mkstemp(*args, dir=None, **kwargs):
        if dir is not None and inside(dir):
            raise OSError(code, os.strerror(code), str(dir))
        return real_mkstemp(*args, dir=dir, **kwargs)

    def os_open(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and inside(path):
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    monkeypatch.setattr(os, "open", os_open)
    yield code
    monkeypatch.undo()


def test_read_only_folder_opens_read_only_and_says_why(read_only, data_folder: DataFolder,
                                                       tmp_path: Path):
    """In a folder that cannot be written, opening for editing gives the file
    read-only with a reason naming it; reading works; a new supplier is
    refused in one sentence; the dossier can still be written elsewhere;
    nothing in the folder changes."""
    root = data_folder.root
    before = snapshot(root)
    with pytest.raises(SupplierFileError) as caught:
        data_folder.open("abc", writable=True)
    assert "abc.isv.json kan niet worden geopend om te bewerken" in str(caught.value)
    assert ("alleen-lezen" if read_only == errno.EROFS else "toestemming") in str(caught.value)
    file, reason = data_folder.open_for_editing("abc")
    with file:
        assert not file.writable and reason and "abc.isv.json" in reason
        dossier = file.load()
        with pytest.raises(SupplierFileError, match="alleen-lezen"):
            file.save_meeting(meeting("m9"))
    with pytest.raises(SupplierFileError, match="nieuw.isv.json"):
        data_folder.create(Supplier(id="nieuw", name="Nieuw BV"))
    out = tmp_path / "elders" / "abc.json"
    out.parent.mkdir()
    write_dossier(dossier, out)
    assert out.stat().st_size > 0
    assert snapshot(root) == before


# --- a power cut between the temp write and the rename -----------------------

def test_power_cut_before_the_rename_keeps_the_old_file_and_the_next_writer_cleans_up(
        data_folder: DataFolder):
    """A writer whose data reached the temp file (fsync'd) but died before the
    rename, holding the lock: the supplier file is the old one, whole; `check`
    reports the temp file as harmless debris (exit 0); the next writer takes
    over the lock and removes that temp file only (not another supplier's,
    not a lock's), and its own save lands."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    add_supplier(data_folder, "xyz", "Ander BV")
    before = data_folder.load("abc")
    foreign = data_folder.root / ".xyz.isv.json.abcd1234.tmp"  # another file's debris
    foreign.write_bytes(b"{")
    code = ("import os, sys\n"
            "from pathlib import Path\n"
            "from isv_dialogue import atomic\n"
            "from isv_dialogue.folder import DataFolder\n"
            "from test_faults import meeting\n"
            "real = os.replace\n"
            "def replace(src, dst):  # the power goes here, for the data file\n"
            "    if b'nooit hernoemd' in Path(src).read_bytes():\n"
            "        os._exit(0)\n"
            "    real(src, dst)\n"
            "atomic.os.replace = replace\n"
            "with DataFolder(Path(sys.argv[1])).open('abc', writable=True) as f:\n"
            "    f.save_meeting(meeting('m2', 'nooit hernoemd'))\n"
            "os._exit(3)\n")
    done = subprocess.run([sys.executable, "-c", code, str(data_folder.root)], cwd=ROOT / "tests",
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert done.returncode == 0, "the writer did not reach the rename"
    # A save is one write, and that write died before its rename.
    assert data_folder.load("abc") == before
    temps = [p for p in leftover_temp_files(data_folder.root) if p != foreign]
    assert len(temps) == 1 and b"nooit hernoemd" in temps[0].read_bytes()
    assert lock_path(path).exists(), "the lock of the dead writer is still there"
    assert [m.id for m in data_folder.load("abc").meetings] == ["m1"]

    assert main(["check", "--data-dir", str(data_folder.root)]) == 0

    with data_folder.open("abc", writable=True) as file:  # stale lock taken over
        assert not temps[0].exists(), "the dead writer's temp file was cleaned up"
        assert foreign.exists(), "another supplier's temp file is not ours to remove"
        file.save_meeting(meeting("m3", "na de stroomstoring"))
    assert [m.id for m in data_folder.load("abc").meetings] == ["m1", "m3"]


# --- two app instances, and a stale lock -------------------------------------

def test_a_second_instance_opens_read_only_and_says_who_has_it(data_folder: DataFolder):
    """Another process holds the supplier: opening for editing here gives a
    read-only file and a reason naming the file and the holder's process; it
    cannot save; once the other process is gone, editing works again."""
    add_supplier(data_folder, "abc", "Textiel BV")
    code = ("import sys\nfrom pathlib import Path\nfrom isv_dialogue.folder import DataFolder\n"
            "f = DataFolder(Path(sys.argv[1])).open('abc', writable=True)\n"
            "print('open', flush=True)\nsys.stdin.readline()\nf.close()\n")
    other = subprocess.Popen([sys.executable, "-c", code, str(data_folder.root)], cwd=ROOT,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "open"
        file, reason = data_folder.open_for_editing("abc")
        with file:
            assert not file.writable
            assert reason.startswith("Alleen-lezen geopend: abc.isv.json is al geopend door")
            assert f"proces {other.pid}" in reason
            assert file.load().supplier.name == "Textiel BV"
            with pytest.raises(SupplierFileError, match="alleen-lezen"):
                file.save_meeting(meeting("m2"))
        with pytest.raises(LockedError):
            data_folder.open("abc", writable=True)
    finally:
        other.communicate("\n", timeout=30)
    file, reason = data_folder.open_for_editing("abc")
    with file:
        assert file.writable and reason is None


def test_a_stale_lock_after_a_crash_is_taken_over(data_folder: DataFolder):
    """A lock naming a process on this host that no longer exists is recovered
    on the next opening, without asking and without losing data."""
    path = add_supplier(data_folder, "abc", "Textiel BV")
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    lock_path(path).write_text(json.dumps({"pid": gone.pid, "host": os.uname().nodename,
                                           "user": "anna", "since": "2024-05-01 09:30"}))
    file, reason = data_folder.open_for_editing("abc")
    with file:
        assert reason is None and file.writable
        file.save_meeting(meeting("m2"))
    assert not lock_path(path).exists()
    assert [m.id for m in data_folder.load("abc").meetings] == ["m1", "m2"]


# --- damaged supplier files as `check` sees them -------------------------------

@pytest.mark.parametrize("kind", BAD_KINDS)
def test_check_names_each_damaged_file_and_leaves_it(kind: str, data_folder: DataFolder, capsys):
    """`check` gives exit 1 and a FOUT line naming the damaged file, an OK line
    for the good one, and changes nothing in the folder."""
    add_supplier(data_folder, "aaa", "Alpha")
    good = add_supplier(data_folder, "bad", "Bravo").read_bytes()
    bad = data_folder.path_for("bad")
    bad.write_bytes(_bad_files(good)[kind])
    before = snapshot(data_folder.root)
    assert main(["check", "--data-dir", str(data_folder.root)]) == 1
    out = capsys.readouterr().out.splitlines()
    faults = [line for line in out if line.startswith("FOUT")]
    assert len(faults) == 1 and "bad.isv.json" in faults[0] and len(faults[0]) < 300
    assert any(line.startswith("OK") and "aaa.isv.json" in line for line in out)
    assert snapshot(data_folder.root) == before


def test_a_ten_megabyte_answer_in_a_supplier_file_is_kept_whole(data_folder: DataFolder):
    """A very long text is data, not damage: saved and read back whole."""
    big = "ş" * (5 * 1024 * 1024)  # 10 MB of UTF-8
    with data_folder.create(Supplier(id="big", name="Groot BV")) as file:
        m = meeting("m1")
        m.answers["q1"] = Answer(True, big)
        file.save_meeting(m)
    assert data_folder.load("big").meeting("m1").answers["q1"].supplier_answer == big


# --- lock debris: break markers and lock temp files ---------------------------

def test_check_notes_lock_debris_and_repair_removes_only_what_a_dead_process_left(
        data_folder: DataFolder, capsys):
    """A writer killed while breaking a stale lock leaves `<name>.lock.break`; one
    killed while taking a lock leaves `.<name>.lock.XXXXXXXX.tmp`; one killed while
    saving or backing up leaves a data or backup temp file. `check` names each as a
    note (exit 0) and changes nothing; `check --repair` removes those whose maker
    is gone, and keeps a live process's marker and the temp files of a supplier
    that another process has open."""
    import socket
    import time as _time

    add_supplier(data_folder, "abc", "Textiel BV")
    add_supplier(data_folder, "xyz", "Ander BV")
    root = data_folder.root
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    host = socket.gethostname()

    def maker(pid: int) -> str:
        return json.dumps({"pid": pid, "host": host, "user": "anna", "since": "2024-05-01 09:30"})

    dead_break = root / "abc.isv.json.lock.break"
    dead_break.write_text(maker(gone.pid))
    live_break = root / "xyz.isv.json.lock.break"
    live_break.write_text(maker(os.getpid()))
    dead_lock_temp = root / ".abc.isv.json.lock.k2j4h5g6.tmp"
    dead_lock_temp.write_text(maker(gone.pid))
    empty_lock_temp = root / ".abc.isv.json.lock.break.a1b2c3d4.tmp"  # killed before writing
    empty_lock_temp.write_bytes(b"")
    old = _time.time() - 3600
    os.utime(empty_lock_temp, (old, old))
    fresh_lock_temp = root / ".xyz.isv.json.lock.z9y8x7w6.tmp"  # being written right now
    fresh_lock_temp.write_bytes(b"")
    data_temp = root / ".abc.isv.json.q1w2e3r4.tmp"
    data_temp.write_bytes(b"{")
    (root / "backups").mkdir(exist_ok=True)
    backup_temp = root / "backups" / ".abc.isv.json.20250301T090000000000Z.bak.t5y6u7i8.tmp"
    backup_temp.write_bytes(b"{")
    held_temp = root / ".xyz.isv.json.o9p8i7u6.tmp"
    held_temp.write_bytes(b"{")
    before = files_under(root)

    assert main(["check", "--data-dir", str(root)]) == 0
    out = capsys.readouterr().out
    for path in (dead_break, live_break, dead_lock_temp, empty_lock_temp, fresh_lock_temp,
                 data_temp, backup_temp, held_temp):
        assert f"LET OP {'backups/' if path.parent.name == 'backups' else ''}{path.name}: " in out
    assert "abc.isv.json.lock.break: achtergebleven markering" in out
    assert "xyz.isv.json.lock.break: een andere sessie ruimt" in out
    assert files_under(root) == before, "check changes nothing"

    code = ("import sys\nfrom pathlib import Path\nfrom isv_dialogue.locking import FileLock\n"
            "lock = FileLock(Path(sys.argv[1]))\nlock.acquire()\n"
            "print('open', flush=True)\nsys.stdin.readline()\nlock.release()\n")
    other = subprocess.Popen([sys.executable, "-c", code, str(root / "xyz.isv.json")], cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)},
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "open"
        assert main(["check", "--data-dir", str(root), "--repair"]) == 0
    finally:
        other.communicate("\n", timeout=30)
    out = capsys.readouterr().out
    for path in (dead_break, dead_lock_temp, empty_lock_temp, data_temp, backup_temp):
        assert not path.exists(), path.name
    for path in (live_break, fresh_lock_temp, held_temp):
        assert path.exists(), path.name
    assert "OPGERUIMD abc.isv.json.lock.break" in out
    assert "OPGERUIMD backups/" + backup_temp.name in out
    assert f"NIET OPGERUIMD {held_temp.name}: xyz.isv.json is al geopend door" in out
    assert not (root / "abc.isv.json.lock").exists(), "the repair let go of the lock it took"
    assert data_folder.load("abc").supplier.name == "Textiel BV"
