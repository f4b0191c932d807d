"""The one atomic writer: every byte the app puts on disk goes through here.

A write reaches disk whole or not at all: the data goes to a temporary file in
the same folder, is fsync'd, and replaces the target in one rename; the folder
is fsync'd so the rename itself survives a power cut. The temporary file is
created owner-only (0600), so the result is too.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from pathlib import Path

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


def leftover_temp_files(folder: Path) -> list[Path]:
    """Temporary files a killed writer left behind; the target files are intact."""
    return sorted(folder.glob(f".*{TEMP_SUFFIX}"))


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
