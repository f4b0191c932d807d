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


def settle() -> None:
    """Once the first frame is on screen: collect what launch left behind, then move
    every object still alive into the permanent generation (``gc.freeze``), which
    later collections skip. What launch made (modules, classes, the main window and
    its list) lives as long as the app, so a full collection while the buyer types
    looks only at what came since: with a ten-year meeting open ~1 ms instead of
    ~8 (docs/performance.md, typing). Frozen objects are still freed when their last
    reference goes; only a cycle among them would stay."""
    gc.collect()
    gc.freeze()


class Collector(QObject):
    """Collects on the UI thread while the app runs."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        thresholds = take_over()
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: collect_due(thresholds))
        self._timer.start(INTERVAL_MS)
