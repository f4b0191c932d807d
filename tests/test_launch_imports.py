"""Launch reads the supplier list from the folder's index without importing the
storage layer (TinyDB, locking, audit writing, backups): those load when a file is
first opened (docs/performance.md, launch)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from isv_dialogue import folder, storage

ROOT = Path(__file__).resolve().parent.parent


def test_folder_suffix_is_the_storage_suffix():
    assert folder.SUFFIX == storage.SUFFIX


def test_listing_from_the_index_does_not_import_storage(tmp_path):
    data = tmp_path / "data"
    code = f"""
import sys
from datetime import date
from pathlib import Path
from isv_dialogue.folder import DataFolder
from isv_dialogue.model import Supplier
DataFolder(Path({str(data)!r})).create(Supplier(id="s1", name="Eerste")).close()
"""
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)  # writes the file
    check = f"""
import sys
from pathlib import Path
from isv_dialogue import supplier_list
from isv_dialogue.folder import DataFolder
folder = DataFolder(Path({str(data)!r}))
folder.ensure()
rows, problems = supplier_list.overview(folder)  # builds the index: storage needed
assert [r.summary.name for r in rows] == ["Eerste"] and not problems
print("isv_dialogue.storage" in sys.modules)
"""
    first = subprocess.run([sys.executable, "-c", check], check=True, cwd=ROOT,
                           capture_output=True, text=True).stdout.split()
    again = subprocess.run([sys.executable, "-c", check], check=True, cwd=ROOT,
                           capture_output=True, text=True).stdout.split()
    assert first == ["True"], "a file not in the index yet is read with storage"
    assert again == ["False"], "from the index alone, storage is not imported"
