"""The one atomic writer: whole or nothing, no debris, owner-only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from isv_dialogue import atomic
from isv_dialogue.atomic import atomic_write, leftover_temp_files


def test_write_creates_the_file_with_exactly_the_bytes(tmp_path: Path):
    """A new file holds exactly what was written, and nothing is left beside it."""
    target = tmp_path / "a.isv.json"
    atomic_write(target, b"{\"x\": 1}")
    assert target.read_bytes() == b"{\"x\": 1}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.isv.json"]


def test_write_replaces_the_whole_content(tmp_path: Path):
    """A shorter write leaves no tail of the longer old content (no in-place rewrite)."""
    target = tmp_path / "a.isv.json"
    atomic_write(target, b"x" * 10_000)
    atomic_write(target, b"short")
    assert target.read_bytes() == b"short"


def test_replace_is_a_new_inode(tmp_path: Path):
    """The target is replaced by rename, not rewritten in place: a reader holding
    the old file keeps seeing the complete old content."""
    target = tmp_path / "a.isv.json"
    atomic_write(target, b"old content")
    with open(target, "rb") as reader:
        atomic_write(target, b"new")
        assert reader.read() == b"old content"
    assert target.read_bytes() == b"new"


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_file_is_owner_only_even_with_a_lax_umask(tmp_path: Path):
    """Records are confidential: the file is 0600 whatever the umask and the old mode."""
    target = tmp_path / "a.isv.json"
    target.write_bytes(b"old")
    target.chmod(0o644)
    old_umask = os.umask(0o000)
    try:
        atomic_write(target, b"new")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.parametrize("failing", ["fsync", "replace", "write"])
def test_failure_mid_write_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path, monkeypatch,
                                                                 failing: str):
    """If any step before the rename fails (disk full, I/O error), the old file is
    intact byte for byte, the error reaches the caller, and no temp file is left."""
    target = tmp_path / "a.isv.json"
    atomic_write(target, b"the buyer's words")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if failing == "write":
        real_fdopen = os.fdopen

        class FailingHandle:
            def __init__(self, handle):
                self.handle = handle

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.handle.close()

            def write(self, data):
                self.handle.write(data[: len(data) // 2])
                boom()

        monkeypatch.setattr(atomic.os, "fdopen",
                            lambda fd, *a, **k: FailingHandle(real_fdopen(fd, *a, **k)))
    else:
        monkeypatch.setattr(atomic.os, failing, boom)
    with pytest.raises(OSError):
        atomic_write(target, b"a much longer replacement that never lands")
    monkeypatch.undo()
    assert target.read_bytes() == b"the buyer's words"
    assert leftover_temp_files(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.isv.json"]


def test_interrupt_mid_write_leaves_no_temp(tmp_path: Path, monkeypatch):
    """Even a KeyboardInterrupt (not an OSError) between write and rename cleans up."""
    target = tmp_path / "a.isv.json"
    atomic_write(target, b"old")

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert leftover_temp_files(tmp_path) == []


def test_data_is_fsynced_before_the_rename(tmp_path: Path, monkeypatch):
    """The order matters: fsync of the data, then replace, then fsync of the folder;
    a rename before the fsync could leave an empty file after a power cut."""
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        kind = "folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "data"
        calls.append(f"fsync-{kind}")
        real_fsync(fd)

    def replace(src, dst):
        calls.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    monkeypatch.setattr(atomic.os, "replace", replace)
    atomic_write(tmp_path / "a.isv.json", b"x")
    expected = ["fsync-data", "replace"] + (["fsync-folder"] if os.name == "posix" else [])
    assert calls == expected


def test_leftover_temp_files_finds_only_temp_files(tmp_path: Path):
    """A killed writer's temp file is recognised as such; data, lock and backup files are not."""
    for name in ("a.isv.json", "a.isv.json.lock", "a.isv.json.schema1-20240101T000000.bak"):
        (tmp_path / name).write_bytes(b"{}")
    temp = tmp_path / ".a.isv.json.k3j4h5.tmp"
    temp.write_bytes(b"{\"half")
    assert leftover_temp_files(tmp_path) == [temp]
