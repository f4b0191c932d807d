"""What every page of the meeting wizard shares: a scrolling body, a
``changed`` signal for autosave, and ``load``/``save`` of the meeting."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizardPage

from isv_dialogue.model import Dossier, Meeting

from .widgets import scrolling


def big_title(text: str) -> str:
    """A page title one step larger than the system font (the wizard shows rich text)."""
    return f"<big>{escape(text)}</big>"


class MeetingPage(QWizardPage):
    """A wizard page that edits part of a meeting. ``key`` names it in
    ``Meeting.resume_page`` and in the wizard's page sequence."""

    changed = Signal()
    key = ""

    def __init__(self, title: str, subtitle: str = ""):
        super().__init__()
        self.setTitle(big_title(title))
        if subtitle:
            self.setSubTitle(subtitle)
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.column.setSpacing(10)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(self.body))

    def load(self, meeting: Meeting, dossier: Dossier) -> None:
        """Show the meeting's values in the widgets."""

    def save(self, meeting: Meeting, dossier: Dossier) -> None:
        """Put the widgets' values into the meeting (and dossier, for agreements)."""
