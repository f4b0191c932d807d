"""The last page: the whole meeting at a glance, its gaps, minutes and finalising."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QListWidget, QListWidgetItem, QPushButton,
                               QSplitter, QTextBrowser, QVBoxLayout, QWidget, QWizardPage)

from isv_dialogue import meetings as rules
from isv_dialogue.meetings import Gap
from isv_dialogue.model import Dossier, Meeting
from isv_dialogue.questionnaires import Content

from .i18n import tr
from .labels import gap_sentence
from .meeting_page import big_title
from .summary import meeting_summary_html
from .widgets import heading


class ReviewPage(QWizardPage):
    """Not a MeetingPage: it edits nothing, it shows what the others hold."""

    key = "review"
    changed = Signal()
    gap_chosen = Signal(object)
    minutes_requested = Signal(str)  # the audience: "internal" or "supplier"
    finalise_requested = Signal()

    def __init__(self, content: Content, can_render_minutes: bool):
        super().__init__()
        self.setTitle(big_title(tr("Overzicht")))
        self.setSubTitle(tr("Controleer het gesprek. Dubbelklik op een punt in de lijst om er naartoe te gaan."))
        self.content = content
        self.summary = QTextBrowser()
        self.summary.setOpenLinks(False)
        self.gap_list = QListWidget()
        self.gap_list.setAccessibleName(tr("Ontbrekende punten"))
        self.gap_list.setWordWrap(True)
        self.gap_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.gap_title = heading(tr("Aandachtspunten voor het verslag"), 1.05)
        self.minutes_button = QPushButton(tr("&Verslag maken (intern)…"))
        self.minutes_button.setToolTip(tr("Conceptverslag met uw interne notities, voor het dossier"))
        self.supplier_minutes_button = QPushButton(tr("Verslag voor de &leverancier…"))
        self.supplier_minutes_button.setToolTip(
            tr("Conceptverslag zonder interne notities en zonder bron van signalen"))
        for button in (self.minutes_button, self.supplier_minutes_button):
            button.setVisible(can_render_minutes)
        self.finalise_button = QPushButton(tr("&Definitief maken…"))
        self._lay_out()
        self.gap_list.itemActivated.connect(self._on_gap)
        self.minutes_button.clicked.connect(lambda: self.minutes_requested.emit("internal"))
        self.supplier_minutes_button.clicked.connect(lambda: self.minutes_requested.emit("supplier"))
        self.finalise_button.clicked.connect(self.finalise_requested)

    def _lay_out(self) -> None:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.gap_title)
        column.addWidget(self.gap_list, 1)
        # Two rows, so a large system font never pushes a button out of sight.
        buttons = QGridLayout()
        buttons.addWidget(self.minutes_button, 0, 0)
        buttons.addWidget(self.supplier_minutes_button, 0, 1)
        buttons.addWidget(self.finalise_button, 1, 0)
        buttons.setColumnStretch(2, 1)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.summary)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)

    def show_meeting(self, meeting: Meeting, dossier: Dossier) -> list[Gap]:
        self.summary.setHtml(meeting_summary_html(meeting, dossier, self.content))
        found = rules.gaps(meeting, dossier, self.content)
        self.gap_list.clear()
        for gap in found:
            item = QListWidgetItem(gap_sentence(gap, dossier, self.content))
            item.setData(Qt.ItemDataRole.UserRole, gap)
            self.gap_list.addItem(item)
        if not found:
            self.gap_list.addItem(tr("Niets ontbreekt."))
        self.gap_title.setText(tr("Nog open voor het verslag ({count})", count=len(found))
                               if found else tr("Compleet"))
        return found

    def _on_gap(self, item: QListWidgetItem) -> None:
        gap = item.data(Qt.ItemDataRole.UserRole)
        if gap is not None:
            self.gap_chosen.emit(gap)
