"""Reading the supplier list on a worker thread, for when the folder's index knows
few of its files: a new data folder, a folder copied in, or an update that changed
what the index keeps. Then every file is parsed (~12 ms each at five years of
meetings), and the window keeps drawing and answering meanwhile, saying how far
the reading is.

The worker runs core code only (``supplier_list.overview``, which touches no Qt
object); what it finds comes back to the UI thread as queued Qt signals.
Cyclic garbage is collected on the UI thread only (``ui/collector.py``), so
nothing the worker leaves behind is destroyed there.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from isv_dialogue.folder import DataFolder
from isv_dialogue.supplier_list import overview

STOP_WAIT_S = 3.0  # a closing window waits this long at most for the file being read


class _Stopped(Exception):
    """Raised in the worker, between two files, once the window has closed."""


class FolderReader(QObject):
    """Reads the folder's overview once, on its own thread (``start``)."""

    progress = Signal(int, int)   # files parsed so far, files to parse
    finished = Signal(object)     # (rows, problems), as ``overview`` returns them
    failed = Signal(object)       # the exception that stopped the reading

    def __init__(self, folder: DataFolder, parent: QObject | None = None):
        super().__init__(parent)
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(folder,),
                                        name="isv-folder-reader", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop after the file being read, and wait for that (at most a few seconds,
        on a slow network folder); nothing is reported from then on. A result sent
        just before may still arrive: the window ignores it once it closes."""
        self._stopping.set()
        self._thread.join(timeout=STOP_WAIT_S)

    def _progress(self, done: int, total: int) -> None:
        if self._stopping.is_set():
            raise _Stopped
        self.progress.emit(done, total)

    def _run(self, folder: DataFolder) -> None:
        try:
            listed = overview(folder, progress=self._progress)
        except _Stopped:
            return
        except Exception as exc:  # noqa: BLE001 - else the window would wait for ever
            if not self._stopping.is_set():
                self.failed.emit(exc)
            return
        if not self._stopping.is_set():
            self.finished.emit(listed)
