"""Over ISV-dialoog: the version, the source of the content, and the licences
of the bundled fonts (from resources/fonts/) and libraries (from their metadata)."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtWidgets import QLabel

import isv_dialogue
from ui import about_dialog
from ui.about_dialog import AboutDialog, font_licences, library_licences
from ui.main_window import MainWindow


def test_the_dialog_shows_version_source_and_font_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    shown = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert isv_dialogue.__version__ in dialog.text()
    assert f"Versie {isv_dialogue.__version__}" in shown
    assert "Fase 3: Uitvoeren inkoopopdracht internationale sociale voorwaarden" in shown
    for name, licence in (("DejaVu Sans", "Bitstream Vera"), ("Droid Sans Fallback", "Apache-2.0"),
                          ("Symbola", "free for any use")):
        assert name in shown and licence in shown
    assert "LGPL-3.0" in shown and "MIT" in shown and "BSD" in shown


def test_every_font_licence_file_is_listed(tmp_path):
    """Each LICENSE file beside the fonts is named by a row of the README, or listed itself."""
    fonts = font_licences()
    files = {p.name for p in (about_dialog.paths.resources_dir() / "fonts").glob("LICENSE-*.txt")}
    assert files and files <= {f for item in fonts for f in item.detail.split(", ")}
    (tmp_path / "LICENSE-Nieuw.txt").write_text("x")
    assert [f.name for f in font_licences(tmp_path)] == ["Nieuw"]


def test_library_licences_come_from_the_installed_metadata():
    found = {item.name: item for item in library_licences()}
    assert found["TinyDB"].licence == "MIT"
    assert found["platformdirs"].licence == "MIT"
    assert found["ReportLab"].licence.startswith("BSD")
    assert "LGPL-3.0" in found["PySide6 (Qt for Python)"].licence
    assert metadata.version("tinydb") in found["TinyDB"].detail


def test_the_help_menu_opens_it(qtbot, data_folder, content, monkeypatch):
    opened = []
    monkeypatch.setattr(AboutDialog, "ask", classmethod(lambda cls, parent=None: opened.append(parent)))
    window = MainWindow(data_folder, content)
    qtbot.addWidget(window)
    assert window.about_action in window.help_menu.actions()
    assert window.about_action.text() == "Over ISV-dialoog"
    window.about_action.trigger()
    assert opened == [window]
