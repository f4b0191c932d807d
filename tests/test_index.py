"""The folder index: the supplier list opens from small per-file summaries,
and never shows a summary of a file that has changed since."""

from __future__ import annotations

import json
import os
from datetime import date

import pytest

from isv_dialogue import atomic, index, meetings as rules, supplier_list
from isv_dialogue.folder import DataFolder
from isv_dialogue.model import Dossier, MeetingKind, Signal, Supplier
from isv_dialogue.storage import SupplierFile

VERSION = "test-1"


def add(folder: DataFolder, supplier_id: str, name: str) -> None:
    with folder.create(Supplier(id=supplier_id, name=name)):
        pass


def names(folder: DataFolder) -> list[str]:
    return [s["name"] for _, s in index.summaries(folder, supplier_list.row_summary, VERSION)[0]]


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The names of the supplier files parsed, in order."""
    seen: list[str] = []
    load = SupplierFile.load

    def counting(self):
        seen.append(self.path.name)
        return load(self)

    monkeypatch.setattr(SupplierFile, "load", counting)
    return seen


def test_second_scan_reads_no_file(data_folder: DataFolder, reads):
    """Unchanged files are not parsed again: their summaries come from the index."""
    add(data_folder, "aaa", "Alpha")
    add(data_folder, "bbb", "Bravo")
    assert names(data_folder) == ["Alpha", "Bravo"]
    assert reads == ["aaa.isv.json", "bbb.isv.json"]
    reads.clear()
    assert names(data_folder) == ["Alpha", "Bravo"]
    assert reads == []
    assert index.index_path(data_folder).stat().st_mode & 0o077 == 0, "owner-only, like the files"


def test_changed_file_is_read_again(data_folder: DataFolder, reads):
    """A save (new size, time and inode) makes the entry stale; only that file is re-read."""
    add(data_folder, "aaa", "Alpha")
    add(data_folder, "bbb", "Bravo")
    names(data_folder)
    reads.clear()
    with data_folder.open("bbb", writable=True) as file:
        file.save_signal(Signal(id="s1", received=date(2025, 1, 2), description="x",
                                chain_position="eigen_bedrijf"))
    reads.clear()
    found = dict((p.name, s) for p, s in index.summaries(data_folder, supplier_list.row_summary, VERSION)[0])
    assert reads == ["bbb.isv.json"]
    assert found["bbb.isv.json"]["open_signals"] == 1


def test_same_size_and_time_but_replaced_file_is_read_again(data_folder: DataFolder, reads):
    """Even where the clock is coarse, an atomic replace gives a new inode, which is noticed."""
    add(data_folder, "aaa", "Alpha")
    names(data_folder)
    path = data_folder.path_for("aaa")
    before = path.stat()
    text = path.read_text(encoding="utf-8").replace("Alpha", "Omega")
    replacement = path.with_name("new")
    replacement.write_text(text, encoding="utf-8")
    os.replace(replacement, path)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    reads.clear()
    assert names(data_folder) == ["Omega"]
    assert reads == ["aaa.isv.json"]


def test_deleted_file_is_dropped(data_folder: DataFolder):
    add(data_folder, "aaa", "Alpha")
    add(data_folder, "bbb", "Bravo")
    names(data_folder)
    data_folder.path_for("aaa").unlink()
    assert names(data_folder) == ["Bravo"]
    stored = json.loads(index.index_path(data_folder).read_text(encoding="utf-8"))
    assert list(stored["files"]) == ["bbb.isv.json"]


@pytest.mark.parametrize("damage", ["{niet af", "", "[]", '{"format": 99, "files": {}}',
                                    '{"format": 1, "schema": 1, "summary": "test-1", "files": 7}'])
def test_corrupt_or_foreign_index_is_rebuilt(data_folder: DataFolder, reads, damage):
    add(data_folder, "aaa", "Alpha")
    names(data_folder)
    index.index_path(data_folder).write_text(damage, encoding="utf-8")
    reads.clear()
    assert names(data_folder) == ["Alpha"]
    assert reads == ["aaa.isv.json"]
    reads.clear()
    assert names(data_folder) == ["Alpha"] and reads == [], "and written again, whole"


def test_index_of_another_summary_version_is_rebuilt(data_folder: DataFolder, reads):
    """The row-builder adds a field by bumping its version: every file is read once more."""
    add(data_folder, "aaa", "Alpha")
    names(data_folder)
    reads.clear()
    found, _ = index.summaries(data_folder, lambda d: {"name": d.supplier.name, "new": 1}, "test-2")
    assert reads == ["aaa.isv.json"] and found[0][1]["new"] == 1


def test_unreadable_file_is_reported_every_time_and_never_remembered(data_folder: DataFolder):
    add(data_folder, "aaa", "Alpha")
    bad = data_folder.root / "kapot.isv.json"
    bad.write_text("{niet af")
    for _ in range(2):
        found, problems = index.summaries(data_folder, supplier_list.row_summary, VERSION)
        assert [s["name"] for _, s in found] == ["Alpha"]
        assert [p.path for p in problems] == [bad] and "kapot.isv.json" in problems[0].message
    stored = json.loads(index.index_path(data_folder).read_text(encoding="utf-8"))
    assert list(stored["files"]) == ["aaa.isv.json"]
    assert bad.read_text() == "{niet af", "left untouched"


def test_a_file_that_goes_bad_after_indexing_is_reported(data_folder: DataFolder):
    add(data_folder, "aaa", "Alpha")
    names(data_folder)
    data_folder.path_for("aaa").write_text("{niet af")
    found, problems = index.summaries(data_folder, supplier_list.row_summary, VERSION)
    assert found == [] and [p.path.name for p in problems] == ["aaa.isv.json"]


def test_read_only_folder_still_lists(data_folder: DataFolder, monkeypatch):
    """The index is a cache: failing to write it is not an error."""
    add(data_folder, "aaa", "Alpha")

    def refuse(path, data):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic, "atomic_write", refuse)
    assert names(data_folder) == ["Alpha"]
    assert not index.index_path(data_folder).exists()


def test_overview_rows_come_from_the_index_and_load_the_dossier_on_demand(
        data_folder: DataFolder, content, reads):
    """The list needs no dossier; the one the buyer picks is read when asked for."""
    with data_folder.create(Supplier(id="aaa", name="Alpha")) as file:
        file.save_meeting(rules.new_meeting(MeetingKind.ANNUAL_REVIEW, content, date(2025, 3, 1)))
    supplier_list.overview(data_folder)
    reads.clear()
    rows, problems = supplier_list.overview(data_folder)
    assert reads == [] and problems == []
    row = rows[0]
    assert (row.summary.name, row.drafts) == ("Alpha", 1)
    assert row.report.review(2024) is not None, "the review of the report over 2024, from the index"
    assert isinstance(row.dossier, Dossier) and reads == ["aaa.isv.json"]
    assert row.dossier.meetings[0].kind is MeetingKind.ANNUAL_REVIEW and len(reads) == 1


@pytest.mark.parametrize("damage", [{"name": "half"}, {"open_due": ["2020-13-45"]},
                                    {"open_steps": "gesprek"}, {"open_due": None}])
def test_overview_survives_an_index_with_summaries_it_cannot_use(data_folder: DataFolder, damage):
    """An index changed by hand is not trusted: every file is read again."""
    add(data_folder, "aaa", "Alpha")
    supplier_list.overview(data_folder)
    path = index.index_path(data_folder)
    stored = json.loads(path.read_text(encoding="utf-8"))
    entry = stored["files"]["aaa.isv.json"]
    entry["summary"] = damage if "name" in damage else {**entry["summary"], **damage}
    path.write_text(json.dumps(stored), encoding="utf-8")
    rows, _ = supplier_list.overview(data_folder)
    assert [(r.summary.name, r.open_steps, r.open_due) for r in rows] == [("Alpha", (), ())]


def test_index_is_not_a_supplier_file(data_folder: DataFolder):
    add(data_folder, "aaa", "Alpha")
    names(data_folder)
    assert [p.name for p in data_folder.supplier_files()] == ["aaa.isv.json"]
    assert data_folder.scan().problems == []


def test_no_folder_no_index(tmp_path):
    """Listing a folder that does not exist creates nothing."""
    folder = DataFolder(tmp_path / "nog-niet")
    assert index.summaries(folder, supplier_list.row_summary, VERSION) == ([], [])
    assert not folder.root.exists()


def test_at_launch_too_many_unread_files_are_left_for_later(data_folder: DataFolder, reads):
    """``read_at_most``: with more files to parse than that, nothing is read and the
    caller is told (None), so the app can read them without holding up its window;
    ``progress`` counts each file parsed."""
    for n, name in enumerate(("Alpha", "Bravo", "Charlie")):
        add(data_folder, f"s{n}", name)
    assert supplier_list.overview(data_folder, read_at_most=2) is None
    assert reads == [] and not index.index_path(data_folder).exists()
    told: list[tuple[int, int]] = []
    rows, problems = supplier_list.overview(data_folder, read_at_most=3,
                                            progress=lambda done, total: told.append((done, total)))
    assert [r.summary.name for r in rows] == ["Alpha", "Bravo", "Charlie"] and problems == []
    assert told == [(1, 3), (2, 3), (3, 3)]
    reads.clear()
    with data_folder.open("s1", writable=True) as file:
        file.save_supplier(Supplier(id="s1", name="Bravo Twee"))
    rows, _ = supplier_list.overview(data_folder, read_at_most=1)
    assert reads == ["s1.isv.json"], "one changed file is within the limit"
    assert [r.summary.name for r in rows] == ["Alpha", "Bravo Twee", "Charlie"]
