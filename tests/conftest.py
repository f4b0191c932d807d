"""Shared fixtures. Qt is told to draw offscreen before anything imports it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from isv_dialogue.folder import DataFolder  # noqa: E402
from isv_dialogue.questionnaires import Content, load_content  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content()


@pytest.fixture
def data_folder(tmp_path: Path) -> DataFolder:
    folder = DataFolder(tmp_path / "data")
    folder.ensure()
    return folder


@pytest.fixture(autouse=True)
def app_settings_in_tmp(tmp_path_factory):
    """The app's settings (ui/settings.py, an INI file via QSettings) are read from a
    fresh folder in every test, never from the real user's configuration."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def large_font(qapp):
    """The system font four points larger, as a user with a large-font setting has it."""
    from PySide6.QtGui import QFont

    before = qapp.font()
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() + 4)
    qapp.setFont(font)
    yield font
    qapp.setFont(before)


@pytest.fixture(scope="session", autouse=True)
def garbage_thresholds():
    """As in the app (ui/collector.py): no automatic cyclic collection, which could
    run on an autosave writer's thread and destroy Qt objects there."""
    import gc

    from ui.collector import take_over

    thresholds = take_over()
    yield thresholds
    gc.enable()


@pytest.fixture(autouse=True)
def collect_on_the_main_thread(garbage_thresholds):
    yield
    import gc

    from ui.collector import collect_due

    gc.unfreeze()  # a test that started the app froze its launch (collector.settle)
    collect_due(garbage_thresholds)
