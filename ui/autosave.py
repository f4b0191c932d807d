"""Saving as the buyer types, without ever making the buyer wait.

Two parts:

``FileWriter`` — the one writer of a supplier file while a meeting is open.
A single worker thread takes jobs from a queue and runs them in order, each
under the writer's lock. A job that is queued again before it ran replaces the
waiting one (``key``): of two autosaves of the same meeting only the newest
matters. The outcome of each job comes back to the UI thread as a queued Qt
signal (``finished``). Every other access to the file while the meeting is
open (a signal saved from the supplier view, a correction of a final meeting,
finalising) takes the same lock through ``exclusive()``, which first waits for
the queue to drain, then runs on the calling thread. That is simpler than
sending those calls through the queue and just as safe: ``SupplierFile`` is
only ever touched by one thread at a time, in the order the buyer acted.

``Autosave`` — a debounce timer in front of the writer. Each keystroke
restarts the timer; once the buyer pauses, the UI thread collects the pages
into plain data (copies, cheap) and hands it to the writer; the whole-file
write (TinyDB, JSON, fsync, rename) runs on the worker. "Opgeslagen HH:MM"
is shown only once the write is on disk. A failed save keeps the changes
marked unsaved (the text stays in the widgets) and is retried on the next
edit or flush. ``flush()`` waits for the writer, with no timeout: closing a
meeting, making minutes or finalising must see everything on disk first.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from isv_dialogue.errors import IsvError

from .i18n import tr

DELAY_MS = 600
AUTOSAVE = "autosave"
# While a write runs, Python hands the GIL between threads this often (default
# 5 ms), so the UI thread waits at most about this long for the writer's Python
# parts (TinyDB's upsert, the audit diff) before handling the next keystroke.
WRITER_SWITCH_INTERVAL = 0.001
# After this many failed saves in a row the buyer is offered to save elsewhere.
REPEATED_FAILURES = 3

Job = Callable[[Any], None]  # runs on the worker with the file


class FileWriter(QObject):
    """One worker thread that owns every write of one file (see the module docstring)."""

    # ticket, key, error message ("" when the job succeeded); queued to the UI thread
    finished = Signal(int, str, str)

    def __init__(self, file: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.file = file
        self._lock = threading.RLock()  # held by whoever touches the file
        self._queue = threading.Condition()
        self._pending: dict[str, tuple[int, Job]] = {}  # in order of first queuing
        self._busy = False
        self._stopped = False
        self._tickets = 0
        self._outcomes: dict[str, tuple[int, str]] = {}
        self._thread = threading.Thread(target=self._run, name="isv-file-writer", daemon=True)
        self._thread.start()

    def submit(self, key: str, job: Job) -> int:
        """Queue ``job`` (replacing a waiting job of the same key); returns its ticket."""
        with self._queue:
            if self._stopped:
                raise RuntimeError("the writer is closed")
            self._tickets += 1
            if key in self._pending:
                del self._pending[key]  # the newest goes last, after what was queued meanwhile
            self._pending[key] = (self._tickets, job)
            self._queue.notify_all()
            return self._tickets

    def wait(self) -> None:
        """Block until every queued job has run (no timeout: correctness first)."""
        if threading.current_thread() is self._thread:
            return
        with self._queue:
            while self._pending or self._busy:
                self._queue.wait()

    def outcome(self, key: str) -> tuple[int, str] | None:
        """The ticket and error ("" for success) of the last job of ``key`` that ran."""
        with self._queue:
            return self._outcomes.get(key)

    @contextmanager
    def exclusive(self) -> Iterator[Any]:
        """The file, for use on the calling thread, once the queue is empty and
        while no job can run."""
        self.wait()
        with self._lock:
            yield self.file

    def close(self) -> None:
        """Finish what is queued, then stop the worker. The file stays open."""
        self.wait()
        with self._queue:
            self._stopped = True
            self._queue.notify_all()
        if threading.current_thread() is not self._thread:
            self._thread.join()

    @property
    def closed(self) -> bool:
        return self._stopped

    def _run(self) -> None:
        while True:
            with self._queue:
                while not self._pending and not self._stopped:
                    self._queue.wait()
                if not self._pending:
                    return
                key = next(iter(self._pending))
                ticket, job = self._pending.pop(key)
                self._busy = True
            error = ""
            interval = sys.getswitchinterval()
            sys.setswitchinterval(min(interval, WRITER_SWITCH_INTERVAL))
            try:
                with self._lock:
                    job(self.file)
            except IsvError as exc:
                error = str(exc) or type(exc).__name__
            except Exception as exc:  # noqa: BLE001 - reported, never a dead worker
                error = f"{type(exc).__name__}: {exc}"
            finally:
                sys.setswitchinterval(interval)
            with self._queue:
                self._busy = False
                self._outcomes[key] = (ticket, error)
                self._queue.notify_all()
            self.finished.emit(ticket, key, error)


class Autosave(QObject):
    """Debounced saves through a ``FileWriter``; see the module docstring.

    ``prepare`` runs on the UI thread and returns the job for the writer: it
    must copy what the job writes, since the buyer goes on typing meanwhile.
    """

    state_changed = Signal(str)
    failed = Signal(str)               # the first failure of a run of them
    failing_repeatedly = Signal(str)   # REPEATED_FAILURES in a row

    def __init__(self, prepare: Callable[[], Job], writer: FileWriter, delay_ms: int = DELAY_MS,
                 clock: Callable[[], datetime] = datetime.now, parent: QObject | None = None):
        super().__init__(parent)
        self._prepare = prepare
        self.writer = writer
        self._clock = clock
        self._dirty = False
        self._failing = False
        self.failures = 0           # failed saves in a row
        self._ticket = 0            # the newest save handed to the writer
        self._handled = 0           # the newest save whose outcome was shown
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)
        writer.finished.connect(self._on_finished)
        self.state = ""

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def pending(self) -> bool:
        """A save was handed to the writer and its outcome is not in yet."""
        return self._ticket > self._handled

    def touch(self) -> None:
        """Something changed: save soon, once typing pauses."""
        self._dirty = True
        self._timer.start()
        if not self._failing:
            self._show(tr("Wijzigingen worden opgeslagen…"))

    def save_now(self) -> None:
        """Hand the changes to the writer now; returns at once."""
        self._timer.stop()
        if self._dirty and not self.writer.closed:
            job = self._prepare()
            self._dirty = False
            self._ticket = self.writer.submit(AUTOSAVE, job)

    def flush(self) -> bool:
        """Save now if anything is unsaved and wait until it is on disk;
        False when the save failed."""
        self.save_now()
        self.writer.wait()
        done = self.writer.outcome(AUTOSAVE)
        if done is not None:
            self._on_finished(done[0], AUTOSAVE, done[1])
        return not self._dirty and not self._failing

    def _on_finished(self, ticket: int, key: str, error: str) -> None:
        if key != AUTOSAVE or ticket != self._ticket or ticket <= self._handled:
            return  # superseded by a newer save, or already shown by flush()
        self._handled = ticket
        if error:
            self._dirty = True  # retried on the next edit or flush
            self.failures += 1
            self._show(tr("Niet opgeslagen"))
            if not self._failing:  # tell once per failure, not on every keystroke
                self._failing = True
                self.failed.emit(error)
            elif self.failures == REPEATED_FAILURES:
                self.failing_repeatedly.emit(error)
            return
        self._failing = False
        self.failures = 0
        if not self._dirty:  # typed meanwhile: that is not on disk yet
            self._show(tr("Opgeslagen {time}", time=self._clock().strftime("%H:%M")))

    def _show(self, text: str) -> None:
        self.state = text
        self.state_changed.emit(text)
