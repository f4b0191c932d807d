"""Helpers several test modules share."""

from __future__ import annotations

import importlib.util
import sys
from importlib.machinery import SourceFileLoader
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent


def type_text(widget, text: str) -> None:
    """Type like a person, one key event per character: pytest-qt's keyClicks aborts
    the process on non-ASCII text."""
    widget.setFocus()
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def catalogue_tool():
    """scripts/update-translations, loaded as a module (it has no .py suffix)."""
    loader = SourceFileLoader("update_translations", str(ROOT / "scripts" / "update-translations"))
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader(loader.name, loader))
    sys.modules[loader.name] = module  # its dataclasses look themselves up there
    loader.exec_module(module)
    return module


def supplier_row(dossier):
    """A dossier's supplier-list row, as the folder's index would give it."""
    from isv_dialogue.folder import SUFFIX
    from isv_dialogue.supplier_list import row_from_summary, row_summary

    return row_from_summary(Path(dossier.supplier.id + SUFFIX), row_summary(dossier))


def portfolio_row(dossier, content, today, lang: str = "nl"):
    """A dossier's line in the portfolio overview, as the app builds it from the index."""
    from isv_dialogue.portfolio import line

    return line(supplier_row(dossier), content, today, lang)
