"""A small summary per supplier file, so the supplier list opens without
parsing every file.

The index is one JSON file in the data folder (``.isv-index.json``), written
through the atomic writer. Each entry is keyed by the supplier file's name and
remembers the file's size, modification time (ns) and inode number; atomic
writes give a file a new inode on every save, so a changed file is noticed
even where the clock is coarse. An entry that no longer matches is re-read, an
entry without a file is dropped, a file that cannot be read is reported as a
problem every time (and never remembered), and an index that is unreadable,
of another format, or made for another summary is rebuilt from the files.

What a summary holds is not decided here: the caller passes the function that
makes it (a JSON-able dict) and a version string for that function, so the
row-builder can add a field by bumping its version and the index rebuilds.
The index is a cache: if it cannot be written (a read-only folder) the list
still opens, it is just read the slow way again next time.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import IsvError
from .folder import DataFolder, FileProblem
from .migrations import SCHEMA_VERSION

INDEX_NAME = ".isv-index.json"
FORMAT = 1

Summary = dict[str, Any]
if TYPE_CHECKING:
    from collections.abc import Callable

    from .model import Dossier

    Summarise = Callable[[Dossier], Summary]
    Progress = Callable[[int, int], None]  # files parsed so far, files to parse


def index_path(folder: DataFolder) -> Path:
    return folder.root / INDEX_NAME


def _stamp(stat: os.stat_result) -> list[int]:
    return [stat.st_size, stat.st_mtime_ns, stat.st_ino]


def _read_index(path: Path, version: str) -> dict[str, Any]:
    """The remembered entries, or none at all if the index is not one we can trust."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        return {}
    if (not isinstance(data, dict) or data.get("format") != FORMAT
            or data.get("schema") != SCHEMA_VERSION or data.get("summary") != version
            or not isinstance(data.get("files"), dict)):
        return {}
    return {name: entry for name, entry in data["files"].items()
            if isinstance(entry, dict) and isinstance(entry.get("stamp"), list)
            and isinstance(entry.get("summary"), dict)}


def summaries(folder: DataFolder, summarise: Summarise, version: str, *, rebuild: bool = False,
              read_at_most: int | None = None, progress: Progress | None = None,
              ) -> tuple[list[tuple[Path, Summary]], list[FileProblem]] | None:
    """A summary of every readable supplier file, in file-name order, and the
    files that could not be read. Only files that changed since the last call
    are parsed (every file with ``rebuild``); the index is brought up to date
    on disk if anything changed. With ``read_at_most``: None, and nothing read,
    when more files than that must be parsed. ``progress(done, total)`` is told
    after each file parsed."""
    path = index_path(folder)
    known = {} if rebuild else _read_index(path, version)
    listed = _stamped(folder)
    stale = [(file_path, stamp) for file_path, stamp in listed
             if known.get(file_path.name, {}).get("stamp") != stamp]
    if read_at_most is not None and len(stale) > read_at_most:
        return None
    fresh = _parse(stale, summarise, progress)
    entries: dict[str, Any] = {}
    found: list[tuple[Path, Summary]] = []
    problems: list[FileProblem] = []
    for file_path, _ in listed:
        entry = fresh.get(file_path, known.get(file_path.name))
        if isinstance(entry, FileProblem):
            problems.append(entry)
            continue
        entries[file_path.name] = entry
        found.append((file_path, entry["summary"]))
    if entries != known or rebuild:
        _write_index(path, version, entries)
    return found, problems


def _stamped(folder: DataFolder) -> list[tuple[Path, list[int]]]:
    """Every supplier file with its stamp, in file-name order. Stamped before it is
    read: if a file changes meanwhile, the stamp kept is the older one, so the next
    call reads it again."""
    listed = []
    for file_path in folder.supplier_files():
        try:
            listed.append((file_path, _stamp(file_path.stat())))
        except OSError:
            continue  # gone since the folder was listed
    return listed


def _parse(stale: list[tuple[Path, list[int]]], summarise: Summarise,
           progress: Progress | None) -> dict[Path, dict[str, Any] | FileProblem]:
    """The new index entry of each file, or why it could not be read."""
    if not stale:
        return {}
    from .storage import SupplierFile  # only for a changed file: not at every launch

    parsed: dict[Path, dict[str, Any] | FileProblem] = {}
    for done, (file_path, stamp) in enumerate(stale, start=1):
        try:
            with SupplierFile(file_path, writable=False) as file:
                parsed[file_path] = {"stamp": stamp, "summary": summarise(file.load())}
        except IsvError as exc:
            parsed[file_path] = FileProblem(file_path, str(exc))
        if progress is not None:
            progress(done, len(stale))
    return parsed


def _write_index(path: Path, version: str, entries: dict[str, Any]) -> None:
    from .atomic import atomic_write  # a launch that finds the index current writes nothing

    document = {"format": FORMAT, "schema": SCHEMA_VERSION, "summary": version, "files": entries}
    try:
        atomic_write(path, json.dumps(document, ensure_ascii=False,
                                      separators=(",", ":")).encode("utf-8"))
    except OSError:
        pass  # a cache only: a read-only folder still opens, just slower
