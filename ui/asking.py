"""Message boxes behind names that tests replace: dialogs are never exec()ed there."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class AsksTheUser:
    @staticmethod
    def warn(parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    @staticmethod
    def confirm(parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes
