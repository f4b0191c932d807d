"""The installed Qt binding survives a long meeting's worth of signal emits."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
class Probe(QObject):
    edited = Signal()
    text = Signal(str)
app = QCoreApplication([])
probe = Probe()
for _ in range(20000):
    probe.edited.emit()
    probe.text.emit("x")
print("ok")
"""


def test_twenty_thousand_emits_do_not_abort_the_interpreter():
    """PySide6 6.12.0 lost a reference to True per emit and aborted after a few thousand
    keystrokes; pyproject excludes it, and this catches any binding that does the same."""
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-500:]
