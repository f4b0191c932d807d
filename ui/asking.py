"""Message boxes behind names that tests replace: dialogs are never exec()ed there.

QMessageBox is imported when a box is first shown, not with the main window
(1 ms of launch for a box most sessions never show; docs/performance.md)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def _boxes():
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox


class AsksTheUser:
    @staticmethod
    def warn(parent: QWidget | None, title: str, text: str) -> None:
        _boxes().warning(parent, title, text)

    @staticmethod
    def inform(parent: QWidget | None, title: str, text: str) -> None:
        _boxes().information(parent, title, text)

    @staticmethod
    def critical(parent: QWidget | None, title: str, text: str) -> None:
        _boxes().critical(parent, title, text)

    @staticmethod
    def confirm(parent: QWidget | None, title: str, text: str) -> bool:
        boxes = _boxes()
        return boxes.question(parent, title, text) == boxes.StandardButton.Yes
