"""The lock that keeps a second writer off a supplier file, and its recovery."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from isv_dialogue import locking
from isv_dialogue.atomic import leftover_temp_files
from isv_dialogue.errors import LockedError
from isv_dialogue.locking import FileLock, lock_path, read_holder

ROOT = Path(__file__).resolve().parent.parent
posix_only = pytest.mark.skipif(os.name != "posix", reason="uses os.fork and signals")


def dead_pid() -> int:
    """The pid of a process that has exited and been reaped."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def write_lock(target: Path, pid: int, host: str | None = None) -> Path:
    path = lock_path(target)
    path.write_text(json.dumps({"pid": pid, "host": host or socket.gethostname(),
                                "user": "anna", "since": "2024-05-01 09:30"}), encoding="utf-8")
    return path


def test_acquire_writes_who_holds_it_and_release_removes_it(tmp_path: Path):
    """The lock file names this process, host and user; release removes it."""
    target = tmp_path / "s.isv.json"
    lock = FileLock(target)
    lock.acquire()
    holder = read_holder(lock_path(target))
    assert holder is not None
    assert (holder.pid, holder.host) == (os.getpid(), socket.gethostname())
    lock.release()
    assert not lock_path(target).exists()
    assert leftover_temp_files(tmp_path) == []


def test_second_writer_in_the_same_process_is_refused(tmp_path: Path):
    """Two windows of one app on one file: the second is refused and told who has it."""
    target = tmp_path / "s.isv.json"
    first = FileLock(target)
    first.acquire()
    try:
        with pytest.raises(LockedError) as caught:
            FileLock(target).acquire()
        message = str(caught.value)
        assert "s.isv.json" in message
        assert str(os.getpid()) in message and socket.gethostname() in message
        assert lock_path(target).exists(), "the refused writer must not remove the lock"
    finally:
        first.release()
    second = FileLock(target)
    second.acquire()  # free again once released
    second.release()


def test_release_of_a_lock_never_held_does_not_remove_anothers(tmp_path: Path):
    """A refused writer closing down must not delete the holder's lock."""
    target = tmp_path / "s.isv.json"
    holder = FileLock(target)
    holder.acquire()
    refused = FileLock(target)
    with pytest.raises(LockedError):
        refused.acquire()
    refused.release()
    assert lock_path(target).exists()
    holder.release()


def test_second_writer_in_another_process_is_refused(tmp_path: Path):
    """Another process holding the lock refuses us, naming its pid; once it lets go,
    we get the lock."""
    target = tmp_path / "s.isv.json"
    script = ("import sys; from pathlib import Path; from isv_dialogue.locking import FileLock\n"
              "lock = FileLock(Path(sys.argv[1])); lock.acquire(); print('held', flush=True)\n"
              "sys.stdin.read(); lock.release()\n")
    child = subprocess.Popen([sys.executable, "-c", script, str(target)], cwd=ROOT,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "held"
        with pytest.raises(LockedError) as caught:
            FileLock(target).acquire()
        assert f"proces {child.pid}" in str(caught.value)
    finally:
        child.communicate("")
    assert child.returncode == 0
    lock = FileLock(target)
    lock.acquire()
    lock.release()


@posix_only
def test_lock_of_a_killed_process_is_taken_over(tmp_path: Path):
    """A writer killed outright (SIGKILL, no cleanup) leaves its lock; the next
    writer sees the process is gone and takes the lock over."""
    target = tmp_path / "s.isv.json"
    script = ("import sys, time; from pathlib import Path; from isv_dialogue.locking import FileLock\n"
              "FileLock(Path(sys.argv[1])).acquire(); print('held', flush=True); time.sleep(60)\n")
    child = subprocess.Popen([sys.executable, "-c", script, str(target)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "held"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert read_holder(lock_path(target)).pid == child.pid  # the stale lock is there
    lock = FileLock(target)
    lock.acquire()
    assert read_holder(lock_path(target)).pid == os.getpid()
    lock.release()
    assert not lock_path(target).exists()


def test_stale_lock_of_a_dead_pid_on_this_host_is_recovered(tmp_path: Path):
    """A lock naming a dead process on this host is broken and taken, no debris left."""
    target = tmp_path / "s.isv.json"
    write_lock(target, dead_pid())
    lock = FileLock(target)
    lock.acquire()
    assert read_holder(lock_path(target)).pid == os.getpid()
    lock.release()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_breaker_left_by_a_killed_breaker_does_not_block_forever(tmp_path: Path):
    """A process killed while breaking a stale lock leaves its breaker file; the
    next writer recovers both it and the stale lock."""
    target = tmp_path / "s.isv.json"
    stale = dead_pid()
    write_lock(target, stale)
    breaker = lock_path(target).with_name(lock_path(target).name + locking.BREAK_SUFFIX)
    breaker.write_text(json.dumps({"pid": stale, "host": socket.gethostname(),
                                   "user": "anna", "since": "2024-05-01 09:30"}))
    lock = FileLock(target)
    lock.acquire()
    assert read_holder(lock_path(target)).pid == os.getpid()
    assert not breaker.exists()
    lock.release()


def test_lock_from_another_host_is_respected(tmp_path: Path):
    """We cannot see processes on another computer (shared folder): its lock holds,
    and the message names that computer and user."""
    target = tmp_path / "s.isv.json"
    write_lock(target, dead_pid(), host="other-laptop.invalid")
    with pytest.raises(LockedError) as caught:
        FileLock(target).acquire()
    assert "anna op other-laptop.invalid" in str(caught.value)
    assert read_holder(lock_path(target)).host == "other-laptop.invalid"


def test_lock_of_a_live_process_is_respected(tmp_path: Path):
    """A lock naming a running process on this host (here: our parent) is not stale."""
    target = tmp_path / "s.isv.json"
    write_lock(target, os.getppid() if os.name == "posix" else os.getpid())
    with pytest.raises(LockedError):
        FileLock(target).acquire()


def test_fresh_unreadable_lock_is_respected_but_an_old_one_recovered(tmp_path: Path):
    """An empty or garbled lock file may be a writer just starting: respected for a
    grace period, then recovered. The message then says 'another process'."""
    target = tmp_path / "s.isv.json"
    path = lock_path(target)
    path.write_bytes(b"{\"pid\": 12")
    with pytest.raises(LockedError) as caught:
        FileLock(target).acquire()
    assert "een ander proces" in str(caught.value)
    old = time.time() - locking.UNREADABLE_LOCK_GRACE_SECONDS - 5
    os.utime(path, (old, old))
    lock = FileLock(target)
    lock.acquire()
    assert read_holder(path).pid == os.getpid()
    lock.release()
    assert not path.exists()


def test_a_failed_acquire_leaves_no_empty_lock(tmp_path: Path, monkeypatch):
    """A writer that dies between creating the lock and filling it must not leave
    an empty lock that blocks everyone (here: filling it fails)."""
    target = tmp_path / "s.isv.json"

    def crash() -> dict:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(locking, "_me", crash)
    with pytest.raises(OSError):
        FileLock(target).acquire()
    monkeypatch.undo()
    assert not lock_path(target).exists()
    assert leftover_temp_files(tmp_path) == []
    lock = FileLock(target)
    lock.acquire()  # not blocked for the grace period
    lock.release()


def test_lock_file_never_seen_without_its_holder(tmp_path: Path, monkeypatch):
    """At the moment the lock file appears under its name it already names its
    holder: no window in which a second writer reads it as unreadable."""
    target = tmp_path / "s.isv.json"
    seen: list[object] = []
    real_link = os.link

    def watching_link(src, dst, *args, **kwargs):
        real_link(src, dst, *args, **kwargs)
        seen.append(read_holder(Path(dst)))

    monkeypatch.setattr(locking.os, "link", watching_link)
    lock = FileLock(target)
    lock.acquire()
    lock.release()
    assert len(seen) == 1 and seen[0] is not None and seen[0].pid == os.getpid()


def test_falls_back_where_hard_links_are_not_supported(tmp_path: Path, monkeypatch):
    """On a file system without hard links (FAT) locking still works and still refuses."""
    def no_links(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(locking.os, "link", no_links)
    target = tmp_path / "s.isv.json"
    lock = FileLock(target)
    lock.acquire()
    assert read_holder(lock_path(target)).pid == os.getpid()
    with pytest.raises(LockedError):
        FileLock(target).acquire()
    lock.release()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def _race_round(target: Path, contenders: int) -> int:
    """Fork processes that all try to take the same stale lock at once; each
    holds what it got until told to stop. Returns how many got it."""
    go_r, go_w = os.pipe()
    done_r, done_w = os.pipe()
    results = []
    children = []
    for _ in range(contenders):
        res_r, res_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: wait for the start, try, report, hold until done
            code = 0
            try:
                os.close(go_w)
                os.close(done_w)
                os.read(go_r, 1)
                lock = FileLock(target)
                try:
                    lock.acquire()
                    os.write(res_w, b"1")
                except LockedError:
                    os.write(res_w, b"0")
                os.read(done_r, 1)
                lock.release()
            except BaseException:
                code = 1
            os._exit(code)
        os.close(res_w)
        results.append(res_r)
        children.append(pid)
    os.close(go_r)
    os.close(done_r)
    os.close(go_w)  # everyone starts now
    won = 0
    for res_r in results:
        won += os.read(res_r, 1) == b"1"
        os.close(res_r)
    os.close(done_w)
    for pid in children:
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
    return won


@posix_only
def test_processes_racing_for_a_stale_lock_get_one_winner(tmp_path: Path):
    """Several processes breaking the same stale lock at the same moment: exactly
    one ends up holding it, never two (two writers would lose each other's words)."""
    target = tmp_path / "s.isv.json"
    stale = dead_pid()
    for round_no in range(60):
        write_lock(target, stale)
        won = _race_round(target, contenders=4)
        assert won == 1, f"round {round_no}: {won} processes hold the lock"
        assert not lock_path(target).exists()
