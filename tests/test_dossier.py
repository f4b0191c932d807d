"""The dossier file: export, strict import, and what import refuses."""

from __future__ import annotations

import copy
import json
import os
import stat
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isv_dialogue import dossier as dossier_mod
from isv_dialogue import storage
from isv_dialogue.dossier import dossier_schema, export_dossier, import_dossier, parse
from isv_dialogue.errors import DataError, ImportRefusedError, UnreadableFileError
from isv_dialogue.folder import DataFolder
from isv_dialogue.model import (Agreement, AgreementStatus, AgreementUpdate, Amendment,
                                AnnualReview, Answer, Assessment, Commitment, CommitmentCheck,
                                Contact, ContentCheck, EscalationStep, Meeting, MeetingKind,
                                MeetingStatus, Participant, Presence, Side, Signal,
                                SignalDiscussion, Supplier, TopicNotes, Verdict)

T0 = datetime(2024, 3, 1, 9, 0, tzinfo=timezone.utc)
TEXT = "Kinderarbeid <b>&amp; ş ğ ı İ — Łódź, Tiếng Việt, 中文 🧵\n\"quoted\" \\ back"


def rich_supplier(folder: DataFolder, sid: str = "3f9a01c2d4") -> str:
    """A supplier with every kind of record, saved out of date order."""
    supplier = Supplier(id=sid, name="Textiel BV", contract_reference="2024/17",
                        contract_start=date(2024, 1, 1),
                        contacts=[Contact("Anna", "CSR", "a@example.invalid")],
                        commitments=[Commitment("c1", "Audit bij toeleverancier", date(2024, 9, 1))],
                        notes=TEXT)
    later = Meeting(id="m2", date=date(2024, 9, 1), kind=MeetingKind.ANNUAL_REVIEW,
                    questionnaire_id="jaarrapportage", questionnaire_version=1, created_at=T0,
                    review=AnnualReview(2024, {"risicoanalyse": ContentCheck(Presence.PARTLY, TEXT)},
                                        {"c1": CommitmentCheck(True, "")}, Verdict.PARTLY, TEXT))
    first = Meeting(id="m1", date=date(2024, 3, 1), kind=MeetingKind.DIALOGUE,
                    questionnaire_id="dialoog", questionnaire_version=1, created_at=T0,
                    topics=["managementproces"],
                    participants=[Participant("Piet", Side.BUYER), Participant("Anna", Side.SUPPLIER)],
                    answers={"managementproces.audit": Answer(True, TEXT, Assessment.SUFFICIENT),
                             "managementproces.plan": Answer()},
                    topic_notes={"managementproces": TopicNotes(TEXT, "intern")},
                    signal_discussions={"s1": SignalDiscussion("gezegd", "besloten")},
                    internal_notes="alleen intern", status=MeetingStatus.FINAL, finalised_at=T0,
                    amendments=[Amendment(T0, "typefout", "juni")])
    with folder.create(supplier) as file:
        file.save_meeting(later)
        file.save_meeting(first)
        file.save_agreement(Agreement("a1", TEXT, "m1", "Anna", date(2024, 6, 1),
                                      AgreementStatus.DONE,
                                      [AgreementUpdate("m2", AgreementStatus.DONE, "klaar")]))
        file.save_signal(Signal("s1", date(2024, 2, 1), TEXT, "verderop_in_keten", source="NGO",
                                steps=[EscalationStep("e1", "gesprek", date(2024, 2, 5),
                                                      deadline=date(2024, 3, 5), complied=False)]))
    return sid


@pytest.fixture
def exported(data_folder: DataFolder, tmp_path: Path) -> Path:
    out = tmp_path / "dossier.json"
    export_dossier(data_folder, rich_supplier(data_folder), out)
    return out


def folder_state(folder: DataFolder) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.root.iterdir())}


def edited(source: Path, target: Path, change) -> Path:
    data = json.loads(source.read_bytes())
    change(data)
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


# --- export and round trip ---------------------------------------------------

def test_export_import_export_is_byte_identical(exported: Path, tmp_path: Path):
    """A dossier carried to an empty folder and exported again gives the same bytes."""
    empty = DataFolder(tmp_path / "elsewhere")
    message = import_dossier(empty, exported)
    assert "ingelezen" in message
    again = tmp_path / "again.json"
    export_dossier(empty, "3f9a01c2d4", again)
    assert again.read_bytes() == exported.read_bytes()


def test_export_orders_meetings_by_date_and_keeps_everything(exported: Path):
    """Meetings come out by date; internal notes and signal sources are in it (it is
    the whole record, not the supplier's version)."""
    data = json.loads(exported.read_bytes())
    assert [m["id"] for m in data["meetings"]] == ["m1", "m2"]
    assert data["meetings"][0]["internal_notes"] == "alleen intern"
    assert data["signals"][0]["source"] == "NGO"
    assert data["supplier"]["notes"] == TEXT


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_exported_file_is_owner_only(exported: Path):
    """The dossier holds confidential sources: readable by its owner only."""
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600


def test_exported_document_validates_against_the_schema(exported: Path):
    """What export writes is what the published JSON Schema (2020-12) describes."""
    schema = dossier_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    validator.validate(json.loads(exported.read_bytes()))
    broken = json.loads(exported.read_bytes())
    broken["meetings"][0]["status"] = "half"
    assert not validator.is_valid(broken)  # the schema is not vacuous


# --- what import refuses with existing data ----------------------------------

def test_identical_import_is_a_no_op(exported: Path, data_folder: DataFolder):
    """Importing what is already there changes nothing: no write, no backup."""
    before = folder_state(data_folder)
    assert "niets gewijzigd" in import_dossier(data_folder, exported)
    assert folder_state(data_folder) == before


def test_import_refuses_when_the_folder_is_newer(exported: Path, data_folder: DataFolder,
                                                 tmp_path: Path):
    """An older dossier never replaces newer data, not even with replace=True."""
    def older(data):
        data["updated_at"] = (T0 - timedelta(days=400)).isoformat()
        data["supplier"]["name"] = "Oude naam"

    old = edited(exported, tmp_path / "old.json", older)
    before = folder_state(data_folder)
    for replace in (False, True):
        with pytest.raises(ImportRefusedError, match="nieuwere gegevens"):
            import_dossier(data_folder, old, replace=replace)
    assert folder_state(data_folder) == before


def test_import_refuses_silent_overwrite_and_replaces_with_a_backup(exported: Path,
                                                                    data_folder: DataFolder,
                                                                    tmp_path: Path):
    """Different data is only replaced when asked (--replace), and then the old file
    is kept as a backup first."""
    def newer(data):
        data["updated_at"] = (datetime.now(timezone.utc) + timedelta(days=1)).isoformat()
        data["supplier"]["name"] = "Nieuwe naam"

    new = edited(exported, tmp_path / "new.json", newer)
    path = data_folder.path_for("3f9a01c2d4")
    original = path.read_bytes()
    before = folder_state(data_folder)
    with pytest.raises(ImportRefusedError, match="--replace"):
        import_dossier(data_folder, new)
    assert folder_state(data_folder) == before
    message = import_dossier(data_folder, new, replace=True)
    backups = list(data_folder.root.glob("*.voor-import-*.bak"))
    assert len(backups) == 1 and backups[0].read_bytes() == original
    assert backups[0].name in message
    assert data_folder.load("3f9a01c2d4").supplier.name == "Nieuwe naam"
    again = tmp_path / "again.json"
    export_dossier(data_folder, "3f9a01c2d4", again)
    result, expected = json.loads(again.read_bytes()), json.loads(new.read_bytes())
    imported = result["audit"].pop()  # replacing data is recorded in the audit trail
    assert result == expected
    assert imported["action"] == "imported" and backups[0].name in imported["detail"]


def test_import_over_an_unreadable_file_is_refused_and_leaves_it(exported: Path,
                                                                 data_folder: DataFolder):
    """A damaged supplier file is not overwritten by import, even with replace."""
    path = data_folder.path_for("3f9a01c2d4")
    path.write_bytes(b"{\"_meta\": ")
    before = folder_state(data_folder)
    with pytest.raises(UnreadableFileError, match="3f9a01c2d4.isv.json"):
        import_dossier(data_folder, exported, replace=True)
    assert folder_state(data_folder) == before


def test_new_supplier_is_imported_in_one_write(exported: Path, tmp_path: Path, monkeypatch):
    """A crash during import must not leave a half-imported supplier that a later
    import would take for newer data: the file is written once, whole."""
    writes: list[Path] = []
    real = storage.atomic_write

    def counting(path, data):
        writes.append(path)
        real(path, data)

    monkeypatch.setattr(storage, "atomic_write", counting)
    import_dossier(DataFolder(tmp_path / "elsewhere"), exported)
    assert len(writes) == 1


# --- what parse refuses ------------------------------------------------------

def _valid(exported: Path) -> dict:
    return json.loads(exported.read_bytes())


def _with(exported: Path, change) -> bytes:
    data = copy.deepcopy(_valid(exported))
    change(data)
    return json.dumps(data).encode()


BIG = "x" * (10 * 1024 * 1024)
INVALID = {
    "not-json": lambda e: b"{\"format\": ",
    "binary": lambda e: b"\xff\xfe\x00garbage",
    "empty": lambda e: b"",
    "a-list": lambda e: b"[]",
    "wrong-marker": lambda e: _with(e, lambda d: d.update(format="something-else")),
    "wrong-format-version": lambda e: _with(e, lambda d: d.update(format_version=2)),
    "format-version-is-bool": lambda e: _with(e, lambda d: d.update(format_version=True)),
    "huge-format-version": lambda e: _with(e, lambda d: d.update(format_version=BIG)),
    "future-schema": lambda e: _with(e, lambda d: d.update(schema=99)),
    "naive-updated-at": lambda e: _with(e, lambda d: d.update(updated_at="2024-03-01T09:00:00")),
    "naive-created-at": lambda e: _with(e, lambda d: d["meetings"][0].update(
        created_at="2024-03-01T09:00:00")),
    "name-is-number": lambda e: _with(e, lambda d: d["supplier"].update(name=5)),
    "discussed-is-string": lambda e: _with(e, lambda d: d["meetings"][0]["answers"][
        "managementproces.audit"].update(discussed="ja")),
    "version-is-float": lambda e: _with(e, lambda d: d["meetings"][0].update(
        questionnaire_version=1.0)),
    "bad-date": lambda e: _with(e, lambda d: d["meetings"][0].update(date="2024-02-30")),
    "bad-enum": lambda e: _with(e, lambda d: d["meetings"][0].update(kind="borrel")),
    "huge-enum": lambda e: _with(e, lambda d: d["meetings"][0].update(kind=BIG)),
    "unknown-field": lambda e: _with(e, lambda d: d["supplier"].update(hacked=True)),
    "huge-unknown-field": lambda e: _with(e, lambda d: d["supplier"].update({BIG: 1})),
    "missing-field": lambda e: _with(e, lambda d: d["supplier"].pop("name")),
    "blank-name": lambda e: _with(e, lambda d: d["supplier"].update(name="  ")),
    "duplicate-meeting": lambda e: _with(e, lambda d: d["meetings"].append(d["meetings"][0])),
    "duplicate-step": lambda e: _with(e, lambda d: d["signals"][0]["steps"].append(
        d["signals"][0]["steps"][0])),
    "unknown-meeting": lambda e: _with(e, lambda d: d["agreements"][0].update(made_in="zz")),
    "bad-meeting-id": lambda e: _with(e, lambda d: d["meetings"][1].update(id="../m2")),
    "deep-nesting": lambda e: b"[" * 100_000 + b"]" * 100_000,
    "deep-in-field": lambda e: _with(e, lambda d: None).replace(
        b'"notes": ', b'"notes": ' + b"[" * 50_000 + b"]" * 50_000 + b', "x": ', 1),
}
BAD_SUPPLIER_IDS = ["../../etc", "CON", "con", "a/b", "", "abc\n", "a\\b", "x" * 65]


def _check_refusal(raw: bytes, tmp_path: Path) -> str:
    """parse refuses with one short DataError sentence naming the file, and
    import of the same bytes leaves the folder and its surroundings empty."""
    with pytest.raises(DataError) as caught:
        parse(raw, "dossier.json")
    message = str(caught.value)
    assert "dossier.json" in message and "\n" not in message and len(message) < 300
    source = tmp_path / "in" / "dossier.json"
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_bytes(raw)
    folder = DataFolder(tmp_path / "deep" / "data")
    with pytest.raises(DataError):
        import_dossier(folder, source)
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p != source]
    assert written == [], f"import wrote {written}"
    return message


@pytest.mark.parametrize("kind", list(INVALID))
def test_invalid_dossier_is_refused_with_one_sentence(kind: str, data_folder: DataFolder,
                                                      tmp_path: Path):
    """Every kind of bad input gives one DataError sentence, nothing else escapes,
    and nothing is written."""
    out = tmp_path / "src" / "d.json"
    out.parent.mkdir()
    export_dossier(data_folder, rich_supplier(data_folder), out)
    raw = INVALID[kind](out)
    out.unlink()
    for p in data_folder.root.iterdir():  # only what import might write should be seen
        p.unlink()
    data_folder.root.rmdir()
    _check_refusal(raw, tmp_path)


@pytest.mark.parametrize("supplier_id", BAD_SUPPLIER_IDS)
def test_supplier_ids_never_reach_a_path(supplier_id: str, exported: Path, tmp_path: Path):
    """Ids that would escape the folder, name a device or be empty are refused
    before any file name is made from them."""
    raw = _with(exported, lambda d: d["supplier"].update(id=supplier_id))
    exported.unlink()
    message = _check_refusal(raw, tmp_path / "t")
    assert "leverancier-id" in message


def test_a_ten_megabyte_text_is_accepted_whole(exported: Path, tmp_path: Path):
    """A very long answer is data, not an attack: it is imported whole."""
    source = tmp_path / "big.json"
    source.write_bytes(_with(exported, lambda d: d["meetings"][0]["answers"][
        "managementproces.audit"].update(supplier_answer=BIG)))
    folder = DataFolder(tmp_path / "elsewhere")
    import_dossier(folder, source)
    answer = folder.load("3f9a01c2d4").meetings[0].answers["managementproces.audit"]
    assert answer.supplier_answer == BIG


# --- fuzzing -----------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12)


def _parse_only_data_errors(raw: bytes) -> None:
    try:
        parse(raw, "fuzz.json")
    except DataError as exc:
        assert "\n" not in str(exc)


@settings(max_examples=300, deadline=None)
@given(value=JSON_VALUES)
def test_fuzz_arbitrary_json_gives_only_data_errors(value):
    """Any JSON value at all: parse returns a document or raises DataError, nothing else."""
    _parse_only_data_errors(json.dumps(value).encode())
    _parse_only_data_errors(json.dumps({"format": "isv-dialogue-dossier", "format_version": 1,
                                        "x": value}).encode())


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=200))
def test_fuzz_arbitrary_bytes_gives_only_data_errors(raw: bytes):
    """Random bytes (bad UTF-8, BOMs, truncation): only DataError escapes."""
    _parse_only_data_errors(raw)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, prefix + (index,))


VALID_SAMPLE: dict = {}


@pytest.fixture
def valid_sample(exported: Path) -> dict:
    VALID_SAMPLE.clear()
    VALID_SAMPLE.update(json.loads(exported.read_bytes()))
    return VALID_SAMPLE


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzz_mutated_valid_dossiers_give_only_data_errors(valid_sample: dict, data):
    """A valid dossier with one part replaced, removed or added: parse accepts it
    or raises DataError; no other exception escapes."""
    document = copy.deepcopy(valid_sample)
    paths = [p for p in _paths(document) if p]
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(paths))
        parent = document
        try:
            for step in path[:-1]:
                parent = parent[step]
            key = path[-1]
            action = data.draw(st.sampled_from(["replace", "remove", "add"]))
            if action == "replace":
                parent[key] = data.draw(JSON_VALUES)
            elif action == "remove":
                del parent[key]
            elif isinstance(parent, dict):
                parent[data.draw(st.text(max_size=8))] = data.draw(JSON_VALUES)
            else:
                parent.insert(key, data.draw(JSON_VALUES))
        except (KeyError, IndexError, TypeError, AttributeError):
            continue  # an earlier mutation removed or replaced this path
    _parse_only_data_errors(json.dumps(document).encode())


def test_parse_accepts_the_valid_sample(exported: Path):
    """The fuzzers start from a dossier parse accepts (else they prove nothing)."""
    document = parse(exported.read_bytes(), "dossier.json")
    assert document.supplier.id == "3f9a01c2d4"
    assert dossier_mod.dumps(document) == exported.read_bytes()
