"""The core runs without a display: nothing in isv_dialogue imports Qt."""

from __future__ import annotations

import subprocess
from pathlib import Path
import sys

ROOT = Path(__file__).resolve().parent.parent


def test_core_imports_no_qt():
    """Importing every core module in a fresh interpreter loads no PySide6."""
    modules = sorted(p.stem for p in (ROOT / "isv_dialogue").glob("*.py") if p.stem != "__init__")
    code = ("import sys, importlib\n"
            f"for m in {modules!r}: importlib.import_module('isv_dialogue.' + m)\n"
            "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
