"""The one atomic writer: every byte the app puts on disk goes through here.

A write reaches disk whole or not at all: the data goes to a temporary file in
the same folder, is fsync'd, and replaces the target in one rename; the folder
is fsync'd so the rename itself survives a power cut. The temporary file is
created owner-only (0600), so the result is too.
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
from contextlib import suppress
from pathlib import Path

from .i18n import _

TEMP_SUFFIX = ".tmp"


def atomic_write(path: Path, data: bytes) -> None:
    folder = path.parent
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    _fsync_folder(folder)


def _reasons() -> dict[int, str]:
    """Built when asked, so the words are in the language of the moment."""
    return {
        # Where EDQUOT does not exist the next line is overwritten by ENOSPC's.
        getattr(errno, "EDQUOT", errno.ENOSPC): _("de schijf is vol (quotum bereikt)"),
        errno.ENOSPC: _("de schijf is vol"),
        errno.EACCES: _("geen toestemming om hier te schrijven"),
        errno.EPERM: _("geen toestemming om hier te schrijven"),
        errno.EROFS: _("de map staat op een alleen-lezen schijf"),
    }


def os_error_reason(exc: OSError) -> str:
    """Why a write failed, in words a buyer understands (in the core's language,
    see i18n.py; no period)."""
    return _reasons().get(exc.errno or 0) or str(exc.strerror or exc)


def leftover_temp_files(folder: Path) -> list[Path]:
    """Temporary files a killed writer left behind; the target files are intact."""
    return sorted(folder.glob(f".*{TEMP_SUFFIX}"))


def remove_own_temp_files(path: Path) -> list[Path]:
    """Remove what a killed or powered-off writer of ``path`` left behind.

    Only the caller that holds ``path``'s lock may call this: then no live
    writer of ``path`` exists, so every temp file of it is debris. Temp files
    of the lock itself (``.<name>.lock.….tmp``) are not matched.
    """
    # mkstemp names: the prefix, 8 characters of [a-z0-9_], the suffix.
    own = re.compile(re.escape(f".{path.name}.") + r"[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX))
    removed = []
    for temp in path.parent.glob(f".*{TEMP_SUFFIX}"):
        if own.fullmatch(temp.name):
            with suppress(OSError):  # best effort: debris never blocks opening
                temp.unlink()
                removed.append(temp)
    return removed


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
