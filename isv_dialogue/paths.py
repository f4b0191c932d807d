"""The one place that resolves folders: data, questionnaires, resources.

A test, a frozen build or the user (``--data-dir``, ``ISV_DIALOGUE_DATA``)
can move each of them without touching the code that uses them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "isv-dialogue"
DATA_ENV = "ISV_DIALOGUE_DATA"
QUESTIONNAIRES_ENV = "ISV_DIALOGUE_QUESTIONNAIRES"


def install_root() -> Path:
    """The folder holding questionnaires/ and resources/.

    In a PyInstaller build this is the unpacked bundle; otherwise the source
    tree (the package sits one level below it).
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def questionnaires_dir() -> Path:
    override = os.environ.get(QUESTIONNAIRES_ENV)
    return Path(override) if override else install_root() / "questionnaires"


def resources_dir() -> Path:
    return install_root() / "resources"


def given_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The data folder the user named: the argument (``--data-dir``), then the
    environment; None if neither names one."""
    if explicit:
        return Path(explicit).expanduser()
    override = os.environ.get(DATA_ENV)
    return Path(override).expanduser() if override else None


def default_data_dir() -> Path:
    """The platform's per-user data folder, where the user named none."""
    import platformdirs  # only then: importing it costs a launch some 4 ms

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
