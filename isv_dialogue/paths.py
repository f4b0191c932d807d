"""The one place that resolves folders: data, questionnaires, resources.

A test, a frozen build or the user (``--data-dir``, ``ISV_DIALOGUE_DATA``)
can move each of them without touching the code that uses them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

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


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: the explicit argument, then the environment, then the
    platform's per-user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
