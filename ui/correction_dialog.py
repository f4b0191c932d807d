"""Ask for a correction to a final meeting: why, and what the correction is.

The correction is kept beside the final minutes with its time; the minutes
themselves do not change. ``CorrectionDialog.ask`` is replaced in tests.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from .i18n import tr
from .widgets import TextBox, muted


class CorrectionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Correctie toevoegen"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Bijvoorbeeld: naam verkeerd gespeld, afspraak onvolledig"))
        self.text = TextBox(tr("Wat er had moeten staan, of wat eraan toegevoegd wordt."), lines=4)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(tr("Het definitieve verslag blijft zoals het is. De correctie wordt "
                                  "erbij vastgelegd, met de reden en het tijdstip, en staat in "
                                  "elk verslag dat u hierna maakt.")))
        for text, field in ((tr("&Reden:"), self.reason), (tr("&Correctie:"), self.text)):
            label = QLabel(text)
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._refresh)
        self.text.edited.connect(self._refresh)
        self._refresh()
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def value(self) -> tuple[str, str]:
        return self.reason.text().strip(), self.text.value().strip()

    def _refresh(self) -> None:
        reason, text = self.value()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(reason and text))

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, str] | None:
        """(reason, text), or None if the buyer cancelled."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()
