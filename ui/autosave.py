"""Saving as the buyer types: a debounce timer in front of a save function.

Each keystroke restarts the timer; the save runs once the buyer pauses, so a
whole-file write never lands between two keystrokes. A failed save keeps the
changes marked unsaved (the text stays in the widgets) and is retried on the
next edit or flush.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from isv_dialogue.errors import IsvError

from .i18n import tr

DELAY_MS = 600


class Autosave(QObject):
    state_changed = Signal(str)
    failed = Signal(str)

    def __init__(self, save: Callable[[], None], delay_ms: int = DELAY_MS,
                 clock: Callable[[], datetime] = datetime.now, parent: QObject | None = None):
        super().__init__(parent)
        self._save = save
        self._clock = clock
        self._dirty = False
        self._failing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)
        self.state = ""

    @property
    def dirty(self) -> bool:
        return self._dirty

    def touch(self) -> None:
        """Something changed: save soon, once typing pauses."""
        self._dirty = True
        self._timer.start()
        if not self._failing:
            self._show(tr("Wijzigingen worden opgeslagen…"))

    def save_now(self) -> None:
        """Slot form of ``flush``: Qt slots here return nothing."""
        self.flush()

    def flush(self) -> bool:
        """Save now if anything is unsaved; False when the save failed."""
        self._timer.stop()
        if not self._dirty:
            return True
        try:
            self._save()
        except IsvError as exc:
            self._show(tr("Niet opgeslagen"))
            if not self._failing:  # tell once per failure, not on every keystroke
                self._failing = True
                self.failed.emit(str(exc))
            return False
        self._dirty = False
        self._failing = False
        self._show(tr("Opgeslagen {time}", time=self._clock().strftime("%H:%M")))
        return True

    def _show(self, text: str) -> None:
        self.state = text
        self.state_changed.emit(text)
