"""Where the app's save dialogs open, and the file ending they make sure of."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def start_folder(last: Path | None) -> Path:
    """The folder the buyer last saved to, else Documents, else the home folder."""
    return last or Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def with_ending(path: Path, suffix: str) -> Path:
    """``path``, with ``suffix`` added unless its name already ends so (in any case)."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
