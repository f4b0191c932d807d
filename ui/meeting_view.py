"""A final meeting, read-only: what was recorded, when it was made final, the
corrections recorded since, and the minutes in both editions.

Nothing here can be edited. A correction is asked for (``CorrectionDialog``)
and handed on with ``correction_requested``; whoever holds the supplier file
records it (``meetings.amend``) and calls ``set_dossier`` with the result.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QPushButton, QTextBrowser,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from isv_dialogue.model import Dossier, Meeting
from isv_dialogue.questionnaires import Content

from .correction_dialog import CorrectionDialog
from .dialog_parts import AsksTheUser
from .i18n import tr
from .labels import kind_label, long_date
from .minutes_file import MinutesFile
from .summary import meeting_summary_html
from .widgets import heading, muted


def moment(value: datetime | None) -> str:
    """'7 maart 2025 om 15:04', in the computer's time zone."""
    if value is None:
        return "—"
    local = value.astimezone() if value.tzinfo else value
    return tr("{day} om {time}", day=long_date(local.date()), time=local.strftime("%H:%M"))


class MeetingView(AsksTheUser, QDialog):
    correction_requested = Signal(str, str)  # reason, text

    def __init__(self, dossier: Dossier, meeting_id: str, content: Content,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.meeting_id, self.content = meeting_id, content
        self.dossier = dossier
        self.final_label = heading("", 1.2)
        self.final_label.setObjectName("finalLabel")
        self.final_label.setStyleSheet("#finalLabel { background: #e8f3ea; border: 1px solid #9cc5a1;"
                                       " border-radius: 4px; padding: 6px; }")
        self.summary = QTextBrowser()
        self.summary.setOpenLinks(False)
        self.summary.setAccessibleName(tr("Het gesprek"))
        self.corrections_title = heading("", 1.05)
        self.no_corrections = muted(tr("Nog geen correcties."))
        self.corrections = QTreeWidget()
        self.corrections.setHeaderLabels([tr("Tijdstip"), tr("Reden"), tr("Correctie")])
        self.corrections.setRootIsDecorated(False)
        self.corrections.setWordWrap(True)
        self.corrections.setAlternatingRowColors(True)
        self.corrections.setAccessibleName(tr("Correcties"))
        self.minutes_button = QPushButton(tr("&Verslag maken (intern)…"))
        self.supplier_minutes_button = QPushButton(tr("Verslag voor de &leverancier…"))
        self.correction_button = QPushButton(tr("&Correctie toevoegen…"))
        self.close_button = QPushButton(tr("Sluiten"))
        self.close_button.setDefault(True)
        self._lay_out()
        self.minutes_button.clicked.connect(lambda: self.make_minutes("internal"))
        self.supplier_minutes_button.clicked.connect(lambda: self.make_minutes("supplier"))
        self.correction_button.clicked.connect(self.add_correction)
        self.close_button.clicked.connect(self.accept)
        self.set_dossier(dossier)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.final_label)
        layout.addWidget(muted(tr("Dit verslag is definitief en kan niet meer worden gewijzigd. "
                                  "Een correctie wordt erbij vastgelegd, met reden en tijdstip.")))
        layout.addWidget(self.summary, 3)
        layout.addWidget(self.corrections_title)
        layout.addWidget(self.no_corrections)
        layout.addWidget(self.corrections, 1)
        buttons = QHBoxLayout()
        for button in (self.minutes_button, self.supplier_minutes_button, self.correction_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    def sizeHint(self):  # noqa: N802 - Qt override
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), 960))
        hint.setHeight(max(hint.height(), 640))
        return hint

    # --- plain data in -----------------------------------------------------------

    @property
    def meeting(self) -> Meeting:
        return self.dossier.meeting(self.meeting_id)

    def set_dossier(self, dossier: Dossier) -> None:
        self.dossier = dossier
        meeting = self.meeting
        self.setWindowTitle(tr("{kind} van {when} — {name} (definitief)",
                               kind=kind_label(meeting.kind), when=long_date(meeting.date),
                               name=dossier.supplier.name))
        self.final_label.setText(tr("Definitief vastgesteld op {moment}",
                                    moment=moment(meeting.finalised_at)))
        self.summary.setHtml(meeting_summary_html(meeting, dossier, self.content))
        self.corrections.clear()
        for amendment in sorted(meeting.amendments, key=lambda a: a.at):
            item = QTreeWidgetItem([moment(amendment.at), amendment.reason, amendment.text])
            item.setToolTip(2, amendment.text)
            self.corrections.addTopLevelItem(item)
        count = len(meeting.amendments)
        self.corrections_title.setText(tr("Correcties ({count})", count=count))
        self.no_corrections.setVisible(not count)
        self.corrections.setVisible(bool(count))
        for column in range(2):
            self.corrections.resizeColumnToContents(column)
            self.corrections.setColumnWidth(column, min(self.corrections.columnWidth(column), 320))

    # --- the buyer's actions -------------------------------------------------------

    def make_minutes(self, audience: str) -> Path | None:
        return MinutesFile.make(self, self.dossier, self.meeting_id, self.content, audience,
                                warn=self.warn, confirm=self.confirm)

    def add_correction(self) -> None:
        answer = CorrectionDialog.ask(self)
        if answer is None:
            return
        reason, text = answer
        if not (reason.strip() and text.strip()):
            self.warn(self, tr("Geen correctie vastgelegd"),
                      tr("Een correctie heeft een reden en een tekst nodig."))
            return
        self.correction_requested.emit(reason, text)
