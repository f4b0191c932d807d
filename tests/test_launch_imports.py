"""Launch reads the supplier list from the folder's index without importing the
storage layer (TinyDB, locking, audit writing, backups): those load when a file is
first opened (docs/performance.md, launch)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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


def test_the_main_window_shows_the_list_without_reading_a_dossier(tmp_path):
    """The first screen (the window and its filled list, painted) loads neither the
    dossier model, the meeting rules, storage, the supplier view nor the
    questionnaires, and builds no enum of PySide's ``Qt`` namespace (12 ms): those
    come once the list is on screen, with the first supplier shown."""
    data = tmp_path / "data"
    write = f"""
from pathlib import Path
from isv_dialogue.demo import create_demo
from isv_dialogue.folder import DataFolder
from isv_dialogue.questionnaires import load_content
from isv_dialogue.supplier_list import overview
folder = DataFolder(Path({str(data)!r}))
create_demo(folder, load_content())
overview(folder)  # the index, as the app's first launch leaves it
"""
    subprocess.run([sys.executable, "-c", write], check=True, cwd=ROOT)
    launch = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication
app = QApplication([])
from isv_dialogue.folder import DataFolder
from ui.main_window import MainWindow
window = MainWindow(DataFolder(Path({str(data)!r})))
window.show()

def first_screen():
    assert window.list.topLevelItemCount() == 1
    heavy = ("isv_dialogue.model", "isv_dialogue.meetings", "isv_dialogue.progress",
             "isv_dialogue.storage", "isv_dialogue.questionnaires", "ui.supplier_detail",
             "ui.labels")
    loaded = [name for name in heavy if name in sys.modules]
    if "Qt" in vars(QtCore):  # PySide adds it to the module when it builds it
        loaded.append("the Qt namespace")
    print(",".join(loaded) or "none")

QtCore.QTimer.singleShot(0, first_screen)  # queued before start() queues its second step
window.start()
QtCore.QTimer.singleShot(0, app.quit)
app.exec()  # first_screen, then start()'s second step: the questionnaires, the first supplier
print(window.detail.dossier.supplier.name if window.detail.dossier else "no supplier shown")
"""
    loaded, shown = subprocess.run([sys.executable, "-c", launch], check=True, cwd=ROOT,
                                   capture_output=True, text=True).stdout.splitlines()
    assert loaded == "none"
    assert shown != "no supplier shown"
