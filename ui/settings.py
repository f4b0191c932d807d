"""The app's own settings, declared once, with their defaults and a schema version.

Stored with QSettings in an INI file in the user's configuration folder
(Linux: ``~/.config/ISV-dialoog/ISV-dialoog.ini``; Windows: ``%APPDATA%``;
macOS: ``~/Library/Preferences``). A test moves that folder with
``QSettings.setPath``. A value that cannot be used (an unknown language, a
wrong type) reads as its default; nothing here ever stops the app.

    settings = load()          # Settings(language="nl", data_dir="", ...)
    save(replace(settings, language="en"))
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QSettings

from isv_dialogue import paths

from .i18n import DEFAULT_LANGUAGE, LANGUAGES

ORGANISATION = "ISV-dialoog"
APPLICATION = "ISV-dialoog"
SCHEMA = 1
SCHEMA_KEY = "schema"


@dataclass(frozen=True)
class Settings:
    """Every setting, with its default. The INI key is ``group/name``."""

    language: str = DEFAULT_LANGUAGE   # interface/language: nl or en; applies on next start
    data_dir: str = ""                 # data/folder: empty = the platform's per-user folder
    buyer_name: str = ""               # buyer/name: put among those present in a new meeting
    buyer_organisation: str = ""       # buyer/organisation: recorded in each new meeting


KEYS = {"language": "interface/language", "data_dir": "data/folder",
        "buyer_name": "buyer/name", "buyer_organisation": "buyer/organisation"}


def store() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def load(settings: QSettings | None = None) -> Settings:
    settings = settings or store()
    _migrate(settings)
    values = {}
    for f in fields(Settings):
        value = settings.value(KEYS[f.name], f.default)
        values[f.name] = value.strip() if isinstance(value, str) else f.default
    if values["language"] not in LANGUAGES:
        values["language"] = DEFAULT_LANGUAGE
    return Settings(**values)


def save(value: Settings, settings: QSettings | None = None) -> None:
    settings = settings or store()
    settings.setValue(SCHEMA_KEY, SCHEMA)
    for f in fields(Settings):
        settings.setValue(KEYS[f.name], getattr(value, f.name))
    settings.sync()


def _migrate(settings: QSettings) -> None:
    """Where a later schema renames or reshapes a key. Version 1 is the first."""
    version = settings.value(SCHEMA_KEY, SCHEMA)
    del version  # nothing to migrate yet


def choose_data_dir(given: Path | None, value: Settings) -> tuple[Path, bool]:
    """The data folder to open, and whether it is an override: the one the user
    named on the command line (``--data-dir`` or ``ISV_DIALOGUE_DATA``) wins, then
    the one in the settings, then the platform's per-user folder."""
    if given is not None:
        return Path(given).expanduser(), True
    if value.data_dir:
        return Path(value.data_dir).expanduser(), False
    return paths.default_data_dir(), False
