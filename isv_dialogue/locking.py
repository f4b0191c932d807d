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
import time
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from .errors import LockedError

LOCK_SUFFIX = ".lock"
# A lock file without readable contents is a writer that died between
# creating and filling it; after this long it cannot still be starting up.
UNREADABLE_LOCK_GRACE_SECONDS = 30


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    user: str
    since: str

    def describe(self) -> str:
        return f"{self.user} op {self.host} (proces {self.pid}, sinds {self.since})"


def lock_path(target: Path) -> Path:
    return target.with_name(target.name + LOCK_SUFFIX)


class FileLock:
    def __init__(self, target: Path):
        self.target = target
        self.path = lock_path(target)
        self.held = False

    def acquire(self) -> None:
        for _ in range(3):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:
                if not self._is_stale():
                    raise self._locked_error() from None
                self._break_stale()
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(_me(), handle)
                handle.flush()
                os.fsync(handle.fileno())
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

    def _is_stale(self) -> bool:
        holder = self.holder()
        if holder is None:
            try:
                age = time.time() - self.path.stat().st_mtime
            except FileNotFoundError:
                return True
            return age > UNREADABLE_LOCK_GRACE_SECONDS
        return holder.host == socket.gethostname() and not pid_alive(holder.pid)

    def _break_stale(self) -> None:
        # Rename first so that two processes breaking the same stale lock
        # cannot both succeed: only one rename of the original can happen.
        grave = self.path.with_name(f"{self.path.name}.stale-{os.getpid()}")
        with suppress(FileNotFoundError):
            os.replace(self.path, grave)
            grave.unlink()

    def _locked_error(self) -> LockedError:
        holder = self.holder()
        who = holder.describe() if holder else "een ander proces"
        return LockedError(f"{self.target.name} is al geopend door {who}.")


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
