"""Python's cyclic garbage collection, on the UI thread only.

The autosave writes on a thread of its own (``ui/autosave.py``). Left to itself,
Python collects cyclic garbage on whichever thread happens to allocate when a
threshold is passed: at times the writer's. A Qt object in that garbage (a closed
dialog whose slots refer back to it, say) is then destroyed on the writer's
thread, where Qt cannot stop its timers; one fires later at freed memory and the
app crashes. So automatic collection is switched off, and the UI thread does what
it would have done, by the same thresholds, a few times a second (as calibre does
for the same reason). The test suite does the same after each test (tests/conftest.py).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250


def take_over() -> tuple[int, int, int]:
    """Switch automatic collection off; returns the thresholds it used."""
    gc.disable()
    return gc.get_threshold()


def collect_due(thresholds: tuple[int, int, int]) -> None:
    """Collect the oldest generation whose count passed its threshold, as Python
    itself would have by now (collecting a generation collects the younger ones)."""
    count = gc.get_count()
    if count[0] <= thresholds[0]:
        return
    oldest = 0
    while oldest < 2 and count[oldest + 1] > thresholds[oldest + 1]:
        oldest += 1
    gc.collect(oldest)


class Collector(QObject):
    """Collects on the UI thread while the app runs."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        thresholds = take_over()
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: collect_due(thresholds))
        self._timer.start(INTERVAL_MS)
