"""A lock file that keeps a second writer off a supplier file.

The lock is a file beside the data file, created exclusively, naming the
process, host and user that hold it, so the second window can say who has it.
A lock left by a crashed process on this host is detected and taken over.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import tempfile
import time
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from .atomic import TEMP_SUFFIX
from .errors import LockedError
from .i18n import _

LOCK_SUFFIX = ".lock"
BREAK_SUFFIX = ".break"
# A lock file without readable contents is a writer that died between
# creating and filling it (only possible where hard links are not); after
# this long it cannot still be starting up.
UNREADABLE_LOCK_GRACE_SECONDS = 30
# Waiting for another process that is breaking a stale lock takes at most
# this many tries of BREAK_WAIT_SECONDS; a break itself takes microseconds.
ATTEMPTS = 100
BREAK_WAIT_SECONDS = 0.01


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    user: str
    since: str

    def describe(self) -> str:
        return _("{user} op {host} (proces {pid}, sinds {since})", user=self.user,
                 host=self.host, pid=self.pid, since=self.since)


def lock_path(target: Path) -> Path:
    return target.with_name(target.name + LOCK_SUFFIX)


class FileLock:
    def __init__(self, target: Path):
        self.target = target
        self.path = lock_path(target)
        self.held = False

    def acquire(self) -> None:
        for _attempt in range(ATTEMPTS):
            try:
                _create_lock_file(self.path)
            except FileExistsError:
                if _is_stale(self.path):
                    self._break_stale()
                elif self.path.exists():
                    raise self._locked_error() from None
                continue  # broken, or let go of between our two looks: try again
            self.held = True
            return
        raise self._locked_error()

    def release(self) -> None:
        if self.held:
            self.held = False
            with suppress(FileNotFoundError):
                self.path.unlink()

    def holder(self) -> LockHolder | None:
        return read_holder(self.path)

    def _break_stale(self) -> None:
        """Remove a stale lock, one breaker at a time and only after looking
        again: between a look and a removal another process may have broken
        the lock and taken it, and removing that live lock would let two
        writers go on."""
        breaker = self.path.with_name(self.path.name + BREAK_SUFFIX)
        try:
            _create_lock_file(breaker)
        except FileExistsError:
            if _is_stale(breaker):  # a breaker killed mid-break
                with suppress(FileNotFoundError):
                    breaker.unlink()
            else:
                time.sleep(BREAK_WAIT_SECONDS)
            return
        try:
            # A stale lock can only go away through a breaker, i.e. us now,
            # so the one we look at is the one we remove.
            if _is_stale(self.path):
                with suppress(FileNotFoundError):
                    self.path.unlink()
        finally:
            with suppress(FileNotFoundError):
                breaker.unlink()

    def _locked_error(self) -> LockedError:
        holder = self.holder()
        who = holder.describe() if holder else _("een ander proces")
        return LockedError(_("{name} is al geopend door {who}.", name=self.target.name, who=who))


def _create_lock_file(path: Path) -> None:
    """Make the lock file appear already naming its holder, or not at all
    (FileExistsError): a writer killed half-way must not leave a lock that
    names nobody."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(_me(), handle)
            handle.flush()
            os.fsync(handle.fileno())
        _place_exclusively(Path(temp), path)
    finally:
        with suppress(FileNotFoundError):
            os.unlink(temp)


def _is_stale(path: Path) -> bool:
    """A lock (or breaker) whose holder is gone: a dead process on this host,
    or unreadable for longer than a writer needs to fill it. No file is not a
    stale lock: it may be created the next moment by a live winner."""
    holder = read_holder(path)
    if holder is None:
        try:
            age = time.time() - path.stat().st_mtime
        except FileNotFoundError:
            return False
        return age > UNREADABLE_LOCK_GRACE_SECONDS
    return holder.host == socket.gethostname() and not pid_alive(holder.pid)


def _place_exclusively(source: Path, target: Path) -> None:
    """Give ``target`` the contents of ``source`` unless it exists already
    (FileExistsError); the hard link makes it appear whole in one step."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        # File systems without hard links (FAT on a USB stick): exclusive
        # create, which can be seen for a moment before it is filled.
        with open(target, "xb") as handle:
            handle.write(source.read_bytes())
            handle.flush()
            os.fsync(handle.fileno())


def read_holder(path: Path) -> LockHolder | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return LockHolder(int(raw["pid"]), str(raw["host"]), str(raw["user"]), str(raw["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def pid_alive(pid: int) -> bool:
    if os.name == "nt":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _pid_alive_windows(pid: int) -> bool:
    import ctypes

    process_query_limited_information = 0x1000
    handle = ctypes.windll.kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return False
    ctypes.windll.kernel32.CloseHandle(handle)
    return True


def _me() -> dict[str, object]:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "onbekend"
    return {"pid": os.getpid(), "host": socket.gethostname(), "user": user,
            "since": time.strftime("%Y-%m-%d %H:%M")}
