"""The packaging files stay in step with the tree (the build itself is
scripts/build-app: minutes, not seconds, so not part of this suite)."""

from __future__ import annotations

import ast
import re
import shutil
import struct
import subprocess
from configparser import ConfigParser
from pathlib import Path

import isv_dialogue

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "isv-dialogue.spec"
DESKTOP = ROOT / "packaging" / "isv-dialogue.desktop"
ICONS = ROOT / "resources" / "icons"


def spec_value(name: str):
    """A literal assigned at the spec's top level (the spec is Python)."""
    for node in ast.parse(SPEC.read_text()).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == name for t in node.targets):
            return node.value
    raise AssertionError(f"{name} not in the spec")


def test_the_spec_bundles_existing_data_folders_and_the_entry_script():
    folders = ast.literal_eval(spec_value("DATA_FOLDERS"))
    assert set(folders) >= {"questionnaires", "resources"}
    for folder in folders:
        assert (ROOT / folder).is_dir(), folder
    assert (ROOT / "questionnaires" / "dialoog.toml").is_file()
    assert (ROOT / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    text = SPEC.read_text()
    assert 'ROOT / "main.py"' in text and (ROOT / "main.py").is_file()
    for icon in re.findall(r'"(isv-dialogue[^"]*\.(?:ico|icns|png))"', text):
        assert (ICONS / icon).is_file(), icon


def test_the_spec_excludes_no_qt_module_the_app_imports():
    excluded = set(re.findall(r'"(Qt\w+)"', SPEC.read_text()))
    used = set()
    for path in list((ROOT / "ui").glob("*.py")) + [ROOT / "main.py"]:
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text()))
    assert used and not (used & excluded)


def test_the_desktop_entry_names_the_app_and_its_icon():
    entry = ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name"] == "ISV-dialoog"
    assert section["Type"] == "Application" and section["Exec"].split()[0] == "isv-dialogue"
    assert "Office" in section["Categories"].split(";")
    assert section["Comment"] and section["Terminal"] == "false"
    assert (ICONS / f"{section['Icon']}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                                text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_icons_exist_in_every_size():
    for size in (16, 24, 32, 48, 64, 128, 256):
        data = (ICONS / f"isv-dialogue-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (size, size)
    ico = (ICONS / "isv-dialogue.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 7)
    assert (ICONS / "isv-dialogue.icns").read_bytes()[:4] == b"icns"


def test_the_build_script_is_executable_and_smoke_tests():
    script = ROOT / "scripts" / "build-app"
    assert script.stat().st_mode & 0o111
    text = script.read_text()
    assert "packaging/isv-dialogue.spec" in text and "ISV_DIALOGUE_SMOKE_EXIT_MS" in text
    assert "suppliers" in text and "demo" in text


def test_the_macos_bundle_version_is_read_from_the_package():
    assert '__version__ = "' in (ROOT / "isv_dialogue" / "__init__.py").read_text()
    assert isv_dialogue.__version__ and "VERSION" in SPEC.read_text()
