"""Making the minutes PDF from the interface: ask where, render, write atomically.

Used by the meeting wizard (drafts) and the read-only view of a final meeting,
so both editions come out of one place and byte-for-byte the same as
``isv-dialogue minutes`` for a final meeting.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from isv_dialogue.atomic import atomic_write, os_error_reason
from isv_dialogue.errors import IsvError
from isv_dialogue.meetings import minutes_file_name
from isv_dialogue.model import Dossier
from isv_dialogue.questionnaires import Content

from .i18n import LANGUAGE, tr
from .save_dialogs import start_folder, with_ending

AUDIENCES = ("internal", "supplier")

Warn = Callable[[QWidget, str, str], None]
Confirm = Callable[[QWidget, str, str], bool]


def edition_phrase(audience: str, final: bool) -> str:
    """'Het interne conceptverslag', 'Het definitieve verslag voor de leverancier', …"""
    return {("internal", False): tr("Het interne conceptverslag"),
            ("internal", True): tr("Het interne verslag (definitief)"),
            ("supplier", False): tr("Het conceptverslag voor de leverancier"),
            ("supplier", True): tr("Het definitieve verslag voor de leverancier")}[(audience, final)]


class MinutesFile:
    """Replaceable in tests: the save dialog and opening the PDF afterwards."""

    last_folder: Path | None = None

    @staticmethod
    def ask_path(parent: QWidget, suggestion: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, tr("Verslag opslaan"), suggestion,
                                              tr("PDF-bestanden (*.pdf)"))
        if not name:
            return None
        return with_ending(Path(name), ".pdf")

    @staticmethod
    def open_file(path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @classmethod
    def suggestion(cls, dossier: Dossier, meeting_id: str, audience: str) -> str:
        meeting = dossier.meeting(meeting_id)
        return str(start_folder(cls.last_folder) / minutes_file_name(meeting, audience))

    @classmethod
    def make(cls, parent: QWidget, dossier: Dossier, meeting_id: str, content: Content,
             audience: str, *, warn: Warn, confirm: Confirm) -> Path | None:
        """Ask for a file, render the minutes into it; None if cancelled or failed
        (the buyer has been told why). A failed write leaves no half PDF behind."""
        meeting = dossier.meeting(meeting_id)
        path = cls.ask_path(parent, cls.suggestion(dossier, meeting_id, audience))
        if path is None:
            return None
        from isv_dialogue.minutes import render_minutes  # reportlab loads only when needed

        try:
            pdf = render_minutes(dossier, meeting_id, content, lang=LANGUAGE, audience=audience)
            atomic_write(path, pdf)
        except IsvError as exc:
            warn(parent, tr("Verslag niet gemaakt"), str(exc))
            return None
        except OSError as exc:
            warn(parent, tr("Verslag niet gemaakt"),
                 tr("{path} kan niet worden geschreven: {reason}.", path=path,
                    reason=os_error_reason(exc)))
            return None
        cls.last_folder = path.parent
        if confirm(parent, tr("Verslag gemaakt"),
                   tr("{edition} staat in {path}.\n\nNu openen?",
                      edition=edition_phrase(audience, meeting.is_final), path=path)):
            cls.open_file(path)
        return path
