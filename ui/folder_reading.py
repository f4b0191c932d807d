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


class FolderReader(QObject):
    """Reads the folder's overview once, on its own thread (``start``)."""

    progress = Signal(int, int)   # files parsed so far, files to parse
    finished = Signal(object)     # (rows, problems), as ``overview`` returns them
    failed = Signal(object)       # the exception that stopped the reading

    def __init__(self, folder: DataFolder, parent: QObject | None = None):
        super().__init__(parent)
        self._thread = threading.Thread(target=self._run, args=(folder,),
                                        name="isv-folder-reader", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        self._thread.join()

    def _run(self, folder: DataFolder) -> None:
        try:
            listed = overview(folder, progress=self.progress.emit)
        except Exception as exc:  # noqa: BLE001 - else the window would wait for ever
            self.failed.emit(exc)
            return
        self.finished.emit(listed)
