"""Names never become paths: whatever a supplier is called, its files are
named by generated ids, and exports and PDFs land only where the user chose."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from isv_dialogue.cli import main
from isv_dialogue.folder import DataFolder
from isv_dialogue.model import Supplier, new_id
from isv_dialogue.folder import SUFFIX

NAMES = ["../../etc", "../../etc/passwd", "CON", "con.txt", "a/b", "a\\b", "", " ", "x" * 500,
         "🧵🔥👩\u200d👩\u200d👧", "NUL:", "C:\\Windows\\x", "~/x", "$HOME", "a\x00b", ".", "..",
         "naam\nmet regel", "Çalışkan Tekstil A.Ş."]
ID_FILE = re.compile(r"[0-9a-f]{10}" + re.escape(SUFFIX))


def everything_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*"))


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_a_supplier_named_anything_is_stored_under_its_id(name: str, tmp_path: Path):
    """DataFolder.create with a hostile or odd name: exactly one new file, named
    <generated id>.isv.json inside the data folder, nothing outside it, and the
    name comes back exactly."""
    root = tmp_path / "data"
    folder = DataFolder(root)
    supplier = Supplier(id=new_id(), name=name)
    with folder.create(supplier) as file:
        file.save_supplier(supplier)  # a second write: still only the id-named file
    files = [p for p in everything_under(tmp_path) if p.is_file()]
    assert [p.relative_to(root).as_posix() for p in files] == [f"{supplier.id}{SUFFIX}"]
    assert ID_FILE.fullmatch(files[0].name)
    assert folder.load(supplier.id).supplier.name == name


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_import_and_export_of_a_supplier_named_anything(name: str, tmp_path: Path, capsys):
    """Through the command line: the demo supplier, renamed, exported and imported
    into another folder; the files are id-named; the export and the PDF are
    exactly the paths given, and nothing else appears anywhere."""
    data, other, out = tmp_path / "data", tmp_path / "other", tmp_path / "out"
    out.mkdir()
    assert main(["demo", "--data-dir", str(data)]) == 0
    (path,) = data.glob(f"*{SUFFIX}")
    sid = path.name[: -len(SUFFIX)]
    with DataFolder(data).open(sid, writable=True) as file:
        supplier = file.load().supplier
        supplier.name = name
        file.save_supplier(supplier)
    dossier = out / "dossier.json"
    pdf = out / "verslag.pdf"
    assert main(["export", "--data-dir", str(data), "--supplier", sid, "--out", str(dossier)]) == 0
    assert main(["minutes", "--data-dir", str(data), "--supplier", sid, "--meeting", "latest",
                 "--out", str(pdf)]) == 0
    assert json.loads(dossier.read_bytes())["supplier"]["name"] == name
    code = main(["import", "--data-dir", str(other), str(dossier)])
    if name.strip():
        assert code == 0
        assert [p.name for p in other.iterdir()] == [f"{sid}{SUFFIX}"]
    else:  # a dossier without a supplier name is refused, and nothing is written
        assert code == 1 and "geen naam" in capsys.readouterr().err
        assert not other.exists() or list(other.iterdir()) == []
    assert sorted(p.name for p in out.iterdir()) == ["dossier.json", "verslag.pdf"]
    made = {p.relative_to(tmp_path).as_posix() for p in everything_under(tmp_path) if p.is_file()}
    allowed = re.compile(rf"(data|other)/({sid}{re.escape(SUFFIX)}|backups/{sid}{re.escape(SUFFIX)}"
                         r"\.\d{8}T\d{12}Z\.bak)|out/(dossier\.json|verslag\.pdf)")
    assert [m for m in made if not allowed.fullmatch(m)] == []


def test_the_demo_supplier_is_stored_under_a_generated_id(tmp_path: Path):
    """`demo` twice: two suppliers, each file named by a fresh id."""
    for _ in range(2):
        assert main(["demo", "--data-dir", str(tmp_path)]) == 0
    names = sorted(p.name for p in tmp_path.iterdir() if p.is_file())
    assert len(names) == 2 and all(ID_FILE.fullmatch(n) for n in names)
