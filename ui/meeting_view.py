"""A final meeting, read-only: what was recorded, when it was made final, the
corrections recorded since, its history (audit trail), and the minutes in both
editions.

Nothing here can be edited. A correction is asked for (``CorrectionDialog``)
and handed on with ``correction_requested``; whoever holds the supplier file
records it (``meetings.amend``) and calls ``set_dossier`` with the result.

The same view shows an unfinished meeting that cannot be edited because someone
else has the supplier open (``read_only`` says who): then it says so in a banner
and offers no correction, only the summary and (draft) minutes.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QPushButton, QSizePolicy, QTextBrowser,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from isv_dialogue import audit

from isv_dialogue.model import Dossier, Meeting
from isv_dialogue.questionnaires import Content

from .asking import AsksTheUser
from .correction_dialog import CorrectionDialog
from .dates import long_date
from .history_view import HistoryList
from .i18n import tr
from .labels import kind_label
from .minutes_file import MinutesFile
from .summary import meeting_summary_html
from .widgets import heading, muted, open_at_size


def moment(value: datetime | None) -> str:
    """'7 maart 2025 om 15:04', in the computer's time zone."""
    if value is None:
        return "—"
    local = value.astimezone() if value.tzinfo else value
    return tr("{day} om {time}", day=long_date(local.date()), time=local.strftime("%H:%M"))


class MeetingView(AsksTheUser, QDialog):
    correction_requested = Signal(str, str)  # reason, text

    def __init__(self, dossier: Dossier, meeting_id: str, content: Content,
                 parent: QWidget | None = None, read_only: str | None = None):
        super().__init__(parent)
        self.meeting_id, self.content = meeting_id, content
        self.dossier = dossier
        self.read_only = read_only  # why it cannot be changed now, or None
        self.final_label = heading("", 1.2)
        self.final_label.setObjectName("finalLabel")
        self.final_label.setWordWrap(True)
        self.final_label.setTextFormat(Qt.TextFormat.PlainText)
        colours = ("#fff4d6", "#d9a400") if read_only else ("#e8f3ea", "#9cc5a1")
        self.final_label.setStyleSheet(f"#finalLabel {{ background: {colours[0]}; border: 1px solid "
                                       f"{colours[1]}; border-radius: 4px; padding: 6px; }}")
        self.intro = muted("")
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
        self.history_title = heading("", 1.05)
        self.history = HistoryList(with_record=False)
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
        open_at_size(self, 1000, 680)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.final_label)
        layout.addWidget(self.intro)
        layout.addWidget(self.summary, 3)
        below = QHBoxLayout()  # corrections and history side by side, under the summary
        self.corrections_box, history_box = QWidget(), QWidget()
        for box, widgets, stretch in (
                (self.corrections_box, (self.corrections_title, self.no_corrections, self.corrections), 3),
                (history_box, (self.history_title, self.history), 2)):
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                column.addWidget(widget, 1 if isinstance(widget, QTreeWidget) else 0)
            column.addStretch(0)
            below.addWidget(box, stretch)
        layout.addLayout(below, 1)
        # The minutes are what the buyer came for: the lists below take a quarter of the
        # height (some five rows, then they scroll), not their tall default.
        for tree in (self.corrections, self.history):
            tree.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            rows = tree.fontMetrics().lineSpacing() * 5
            tree.setMinimumHeight(rows + tree.header().sizeHint().height())
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
        state = tr("definitief") if meeting.is_final else tr("concept, alleen-lezen")
        self.setWindowTitle(tr("{kind} van {when} — {name} ({state})",
                               kind=kind_label(meeting.kind), when=long_date(meeting.date),
                               name=dossier.supplier.name, state=state))
        if meeting.is_final:
            self.final_label.setText(tr("Definitief vastgesteld op {moment}",
                                        moment=moment(meeting.finalised_at)))
            self.intro.setText(tr("Dit verslag is definitief en kan niet meer worden gewijzigd. "
                                  "Een correctie wordt erbij vastgelegd, met reden en tijdstip."))
        else:
            self.final_label.setText(self.read_only or tr("Alleen-lezen"))
            self.intro.setText(tr("Dit gesprek is nog niet afgerond. U ziet het zoals het het laatst "
                                  "is opgeslagen; u kunt het bekijken en er een conceptverslag van "
                                  "maken, maar niet wijzigen."))
        if self.read_only and meeting.is_final:
            self.final_label.setText(self.final_label.text() + "\n" + self.read_only)
        self.correction_button.setVisible(meeting.is_final and not self.read_only)
        entries = dossier.history(audit.ref("meeting", meeting.id))
        self.history_title.setText(tr("Geschiedenis ({count})", count=len(entries)))
        self.history.load(entries, dossier)
        self.summary.setHtml(meeting_summary_html(meeting, dossier, self.content))
        self.corrections.clear()
        for amendment in sorted(meeting.amendments, key=lambda a: a.at):
            item = QTreeWidgetItem([moment(amendment.at), amendment.reason, amendment.text])
            item.setToolTip(2, amendment.text)
            self.corrections.addTopLevelItem(item)
        count = len(meeting.amendments)
        self.corrections_title.setText(tr("Correcties ({count})", count=count))
        # An unfinished meeting has no corrections: it is changed, not corrected.
        self.corrections_box.setVisible(meeting.is_final)
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
