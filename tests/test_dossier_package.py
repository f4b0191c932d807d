"""The dossier package (a ZIP with dossier.json, the final minutes and LEESMIJ.txt):
export, the round trip, what reading a package refuses, and the import choices."""

from __future__ import annotations

import io
import json
import os
import stat
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from isv_dialogue import dossier_package as package
from isv_dialogue.cli import main
from isv_dialogue.dossier import export_dossier
from isv_dialogue.dossier_package import (Choice, Situation, compare, export_package,
                                          import_file, read_any)
from isv_dialogue.errors import DataError, ImportRefusedError
from isv_dialogue.folder import DataFolder
from isv_dialogue.minutes import render_minutes
from isv_dialogue.model import Meeting, MeetingKind, MeetingStatus

from test_dossier import T0, folder_state, rich_supplier

SID = "3f9a01c2d4"


@pytest.fixture
def packaged(data_folder: DataFolder, tmp_path: Path, content) -> Path:
    out = tmp_path / "uit" / "dossier.isvdossier.zip"
    out.parent.mkdir()
    export_package(data_folder, rich_supplier(data_folder), out, content)
    return out


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_zip(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


# --- export ---------------------------------------------------------------------------

def test_package_holds_the_dossier_json_the_final_minutes_and_a_readme(
        packaged: Path, data_folder: DataFolder, tmp_path: Path, content):
    """dossier.json is byte for byte the plain export; every final meeting has both
    Dutch editions, equal to render_minutes; drafts have none; names from dates and kinds."""
    inside = members(packaged)
    plain = tmp_path / "plain.json"
    export_dossier(data_folder, SID, plain)
    assert inside["dossier.json"] == plain.read_bytes()
    assert sorted(inside) == ["LEESMIJ.txt", "dossier.json",
                              "verslagen/2024-03-01-dialoog-intern.pdf",
                              "verslagen/2024-03-01-dialoog-leverancier.pdf"]
    dossier = data_folder.load(SID)
    for audience, edition in (("internal", "intern"), ("supplier", "leverancier")):
        expected = render_minutes(dossier, "m1", content, lang="nl", audience=audience)
        assert inside[f"verslagen/2024-03-01-dialoog-{edition}.pdf"] == expected
    readme = inside["LEESMIJ.txt"].decode("utf-8")
    assert "VERTROUWELIJK" in readme and "Textiel BV" in readme
    assert "verslagen/2024-03-01-dialoog-intern.pdf" in readme


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_package_is_owner_only_and_leaves_no_temp_file(packaged: Path):
    assert stat.S_IMODE(packaged.stat().st_mode) == 0o600
    assert [p.name for p in packaged.parent.iterdir()] == [packaged.name]


def test_same_data_gives_the_same_package_bytes(packaged: Path, data_folder, tmp_path, content):
    """No clock in the ZIP: the member times come from the data."""
    again = tmp_path / "again.zip"
    export_package(data_folder, SID, again, content)
    assert again.read_bytes() == packaged.read_bytes()


def test_two_finals_on_one_day_get_distinct_names(data_folder: DataFolder, tmp_path, content):
    rich_supplier(data_folder)
    with data_folder.open(SID, writable=True) as file:
        file.save_meeting(Meeting(id="m3", date=date(2024, 3, 1), kind=MeetingKind.DIALOGUE,
                                  questionnaire_id="dialoog", questionnaire_version=1,
                                  created_at=T0 + timedelta(hours=1), status=MeetingStatus.FINAL,
                                  finalised_at=T0 + timedelta(hours=2)))
    out = tmp_path / "p.zip"
    result = export_package(data_folder, SID, out, content)
    assert result.minutes == ["verslagen/2024-03-01-dialoog-intern.pdf",
                              "verslagen/2024-03-01-dialoog-leverancier.pdf",
                              "verslagen/2024-03-01-dialoog-intern-2.pdf",
                              "verslagen/2024-03-01-dialoog-leverancier-2.pdf"]
    assert read_any(out).supplier.id == SID  # and such a package reads back


# --- round trip ----------------------------------------------------------------------

def test_package_import_into_an_empty_folder_then_export_gives_the_same_bytes(
        packaged: Path, tmp_path: Path):
    empty = DataFolder(tmp_path / "elders")
    supplier_id, message = import_file(empty, packaged)
    assert supplier_id == SID and "ingelezen" in message
    again = tmp_path / "again.json"
    export_dossier(empty, SID, again)
    assert again.read_bytes() == members(packaged)["dossier.json"]


def test_read_any_takes_a_plain_dossier_json_too(data_folder, tmp_path):
    plain = tmp_path / "plain.json"
    export_dossier(data_folder, rich_supplier(data_folder), plain)
    assert read_any(plain).supplier.name == "Textiel BV"


# --- what reading a package refuses -------------------------------------------------

def _evil(kind: str, tmp_path: Path, good: dict[str, bytes]) -> Path:
    path = tmp_path / f"{kind}.zip"
    dossier = good["dossier.json"]
    if kind == "dotdot":
        return write_zip(path, [("dossier.json", dossier), ("../../evil.txt", b"x")])
    if kind == "absolute":
        return write_zip(path, [("dossier.json", dossier), ("/etc/evil", b"x")])
    if kind == "backslash":
        return write_zip(path, [("dossier.json", dossier), ("verslagen\\..\\..\\x.pdf", b"x")])
    if kind == "unexpected":
        return write_zip(path, [("dossier.json", dossier), ("verslagen/notes.exe", b"x")])
    if kind == "huge_member":  # a ZIP bomb: 60 MB of zeros packs into ~60 KB
        return write_zip(path, [("dossier.json", dossier),
                                ("verslagen/2024-03-01-dialoog-intern.pdf", bytes(60 * 2**20))])
    if kind == "huge_total":
        return write_zip(path, [("dossier.json", dossier)] + [
            (f"verslagen/2024-03-0{n}-dialoog-intern.pdf", bytes(45 * 2**20)) for n in range(1, 6)])
    if kind == "huge_dossier":
        return write_zip(path, [("dossier.json", b" " * (201 * 2**20))])
    if kind == "too_many":
        return write_zip(path, [("dossier.json", dossier)] + [
            (f"verslagen/2024-03-01-dialoog-intern-{n}.pdf", b"") for n in range(2, 2200)])
    if kind == "duplicate":
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
            return write_zip(path, [("dossier.json", dossier), ("dossier.json", b"{}")])
    if kind == "not_zip":
        path.write_bytes(b"dit is geen zip")
        return path
    if kind == "truncated":
        raw = (tmp_path / "good.zip").read_bytes()
        path.write_bytes(raw[: len(raw) // 2])
        return path
    if kind == "missing_dossier":
        return write_zip(path, [("LEESMIJ.txt", b"hallo")])
    if kind == "bad_dossier":
        return write_zip(path, [("dossier.json", b'{"format": "iets anders"}')])
    if kind == "encrypted":
        raw = bytearray(write_zip(path, [("dossier.json", dossier)]).read_bytes())
        # set the "encrypted" flag in the local and the central header
        for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            at = raw.find(signature)
            raw[at + offset] |= 0x1
        path.write_bytes(bytes(raw))
        return path
    raise AssertionError(kind)


EVIL = {"dotdot": "onverwacht bestand '../../evil.txt'",
        "absolute": "onverwacht bestand '/etc/evil'",
        "backslash": "onverwacht bestand",
        "unexpected": "onverwacht bestand 'verslagen/notes.exe'",
        "huge_member": "groter dan 50 MB",
        "huge_total": "pakt uit tot meer dan 200 MB",
        "huge_dossier": "groter dan 200 MB",
        "too_many": "meer dan 2002 bestanden",
        "duplicate": "meer dan eens",
        "not_zip": "geen geldig ZIP-bestand",
        "truncated": "geen geldig ZIP-bestand",
        "missing_dossier": "bevat geen dossier.json",
        "bad_dossier": "geen dossier van ISV-dialoog",
        "encrypted": "versleuteld"}


@pytest.mark.parametrize("kind", sorted(EVIL))
def test_a_malicious_or_broken_package_is_refused_in_one_sentence(
        kind, packaged: Path, tmp_path: Path, capsys):
    """Each is one DataError line naming the file; nothing is written anywhere, also
    not through the command line (exit 1, no traceback)."""
    (tmp_path / "good.zip").write_bytes(packaged.read_bytes())
    evil = _evil(kind, tmp_path, members(packaged))
    target = DataFolder(tmp_path / "doel")
    with pytest.raises(DataError) as caught:
        import_file(target, evil)
    message = str(caught.value)
    assert EVIL[kind] in message and evil.name in message
    assert "\n" not in message
    assert not target.root.exists()
    assert not (tmp_path.parent / "evil.txt").exists()
    code = main(["import", "--data-dir", str(target.root), str(evil)])
    _, err = capsys.readouterr()
    assert code == 1 and EVIL[kind] in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_a_zip_bomb_is_refused_on_the_header_without_inflating(packaged, tmp_path, monkeypatch):
    """The declared sizes are checked before any member is read."""
    (tmp_path / "good.zip").write_bytes(packaged.read_bytes())
    evil = _evil("huge_member", tmp_path, members(packaged))
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *a, **k: pytest.fail("read a member"))
    with pytest.raises(DataError, match="groter dan"):
        read_any(evil)


def test_a_member_lying_about_its_size_cannot_inflate_past_the_cap(packaged, tmp_path, monkeypatch):
    """zipfile never reads past the declared size; with a small cap, a dossier.json
    that is bigger than it says is cut off and then fails validation (or the CRC)."""
    monkeypatch.setattr(package, "MAX_IMPORT_BYTES", 10)
    with pytest.raises(DataError):
        read_any(packaged)


def test_a_zip_suffix_on_a_json_file_is_still_read_as_a_package_and_refused(data_folder, tmp_path):
    plain = tmp_path / "plain.zip"
    export_dossier(data_folder, rich_supplier(data_folder), plain)
    with pytest.raises(DataError, match="geen geldig ZIP-bestand"):
        read_any(plain)


# --- import choices ----------------------------------------------------------------

def _newer_package(packaged: Path, tmp_path: Path, change) -> Path:
    """The package with its dossier.json edited."""
    data = json.loads(members(packaged)["dossier.json"])
    change(data)
    return write_zip(tmp_path / "edited.isvdossier.zip",
                     [("dossier.json", json.dumps(data, ensure_ascii=False).encode())])


def test_replace_keeps_a_backup_and_refuses_without_the_choice(packaged, data_folder, tmp_path):
    def later(data):
        data["updated_at"] = (T0 + timedelta(days=3000)).isoformat()
        data["supplier"]["name"] = "Textiel BV (nieuw)"

    newer = _newer_package(packaged, tmp_path, later)
    assert compare(data_folder, read_any(newer)).situation is Situation.OLDER_HERE
    before = folder_state(data_folder)
    with pytest.raises(ImportRefusedError, match="bestaat al"):
        import_file(data_folder, newer)
    assert folder_state(data_folder) == before
    old_bytes = data_folder.path_for(SID).read_bytes()
    supplier_id, message = import_file(data_folder, newer, Choice.REPLACE)
    assert supplier_id == SID and "vervangen" in message
    assert data_folder.load(SID).supplier.name == "Textiel BV (nieuw)"
    (backup,) = data_folder.root.glob(f"{SID}.isv.json.voor-import-*.bak")
    assert backup.read_bytes() == old_bytes


def test_newer_data_here_is_never_replaced_but_may_be_copied(packaged, data_folder, tmp_path):
    def older(data):
        data["updated_at"] = (T0 - timedelta(days=400)).isoformat()
        data["supplier"]["name"] = "Oude naam"

    old = _newer_package(packaged, tmp_path, older)
    assert compare(data_folder, read_any(old)).situation is Situation.NEWER_HERE
    before = folder_state(data_folder)
    with pytest.raises(ImportRefusedError, match="nieuwere gegevens"):
        import_file(data_folder, old, Choice.REPLACE)
    assert folder_state(data_folder) == before
    copy_id, message = import_file(data_folder, old, Choice.COPY)
    assert copy_id != SID and "Oude naam (kopie)" in message
    assert data_folder.load(SID).supplier.name == "Textiel BV"  # untouched


def test_as_copy_adds_a_second_supplier_with_its_records(packaged, data_folder, capsys):
    """--as-copy: a new id, " (kopie)" after the name, the same meetings, agreements
    and signals (their ids are per file), an 'imported' audit entry; check is happy."""
    original = data_folder.load(SID)
    code = main(["import", "--data-dir", str(data_folder.root), "--as-copy", str(packaged)])
    out, _ = capsys.readouterr()
    assert code == 0 and "Textiel BV (kopie) als nieuwe leverancier toegevoegd" in out
    suppliers = {s.name: s.id for s in data_folder.scan().suppliers}
    assert set(suppliers) == {"Textiel BV", "Textiel BV (kopie)"}
    copy = data_folder.load(suppliers["Textiel BV (kopie)"])
    assert sorted(m.id for m in copy.meetings) == sorted(m.id for m in original.meetings)
    assert [a.id for a in copy.agreements] == [a.id for a in original.agreements]
    assert copy.audit[-1].action == "imported" and SID in copy.audit[-1].detail
    assert main(["check", "--data-dir", str(data_folder.root)]) == 0
    capsys.readouterr()
    # A second copy gets a name of its own.
    assert main(["import", "--data-dir", str(data_folder.root), "--as-copy", str(packaged)]) == 0
    assert "Textiel BV (kopie 2)" in capsys.readouterr().out


def test_cli_export_writes_a_package_only_for_a_zip_suffix(data_folder, tmp_path, capsys):
    rich_supplier(data_folder)
    zipped, plain = tmp_path / "d.zip", tmp_path / "d.json"
    assert main(["export", "--data-dir", str(data_folder.root), "--supplier", SID,
                 "--out", str(zipped)]) == 0
    assert "Dossier met 2 verslag(en) geschreven" in capsys.readouterr().out
    assert zipfile.is_zipfile(zipped)
    assert main(["export", "--data-dir", str(data_folder.root), "--supplier", SID,
                 "--out", str(plain)]) == 0
    assert plain.read_bytes() == members(zipped)["dossier.json"]


def test_replace_and_as_copy_exclude_each_other(tmp_path):
    with pytest.raises(SystemExit) as exit_:
        main(["import", "--data-dir", str(tmp_path), "--replace", "--as-copy", "x.zip"])
    assert exit_.value.code == 2


def test_package_in_memory_validates_names_on_building(content, data_folder):
    """Every name the builder makes is one the reader accepts."""
    from isv_dialogue.dossier import to_document

    rich_supplier(data_folder)
    with data_folder.open(SID, writable=False) as file:
        document = to_document(file.load(), file.header().updated_at)
    data, minutes, skipped = package.build_package(document, content)
    assert not skipped
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        package._check_members(archive.infolist(), "x.zip")
