"""The right-hand side of the main window: one supplier's data, meetings,
signals and agreements, with the buttons that start or resume a meeting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton,
                               QStackedWidget, QTabWidget, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from isv_dialogue import meetings as rules
from isv_dialogue import progress
from isv_dialogue.model import Dossier, Meeting
from isv_dialogue.questionnaires import Content, label

from .dates import long_date, short_date
from .history_view import HistoryList
from .i18n import LANGUAGE, tr
from .labels import agreement_status_label, kind_label, status_label
from .signals_panel import SignalsPanel
from .timeline_view import TimelineView
from .widgets import heading, muted


def _tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    return tree


class SupplierDetail(QWidget):
    new_meeting_requested = Signal()
    resume_requested = Signal(str)
    view_requested = Signal(str)  # a final meeting, shown read-only
    edit_requested = Signal()
    signal_changed = Signal(object)

    def __init__(self, content: Content, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.content = content
        self.today = today or date.today()
        self.dossier: Dossier | None = None
        self.stack = QStackedWidget()
        self.empty = muted(tr("Kies links een leverancier, of maak een nieuwe leverancier aan "
                              "(Ctrl+N)."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _build_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.title = heading("", 1.5)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = muted("")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.new_button = QPushButton(tr("&Nieuw gesprek"))
        self.new_button.setDefault(True)
        self.edit_button = QPushButton(tr("&Bewerken…"))
        top = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        top.addLayout(names, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        column.addWidget(self._build_banner())
        self.tabs = QTabWidget()
        self.facts = QWidget()
        facts_column = QVBoxLayout(self.facts)
        self.facts_form = QFormLayout()
        facts_column.addLayout(self.facts_form)
        self.history_title = heading(tr("Geschiedenis"), 1.05)
        self.history = HistoryList()  # the audit trail: who changed what, and when
        facts_column.addWidget(self.history_title)
        facts_column.addWidget(self.history, 1)
        self.meetings = _tree([tr("Datum"), tr("Soort"), tr("Status"), tr("Onderwerpen")])
        self.signals = SignalsPanel()
        self.agreements = _tree([tr("Afspraak"), tr("Wie"), tr("Uiterlijk"), tr("Status")])
        for widget, text in ((self.meetings, tr("&Gesprekken")), (self.agreements, tr("&Afspraken")),
                             (self.signals, tr("&Signalen")), (self.facts, tr("Ge&gevens"))):
            self.tabs.addTab(widget, text)
        # The "Verloop" tab is filled when it is shown (or asked for), not on
        # every click in the supplier list: it is the costliest part of the view.
        self._timeline = TimelineView()
        self._timeline_stale = False
        self.tabs.insertTab(3, self._timeline, tr("&Verloop"))
        self.tabs.currentChanged.connect(self._on_tab)
        column.addWidget(self.tabs, 1)
        self.new_button.clicked.connect(self.new_meeting_requested)
        self.edit_button.clicked.connect(self.edit_requested)
        self.resume_button.clicked.connect(self._resume_latest)
        self.meetings.itemActivated.connect(self._on_meeting)
        self.signals.changed.connect(self.signal_changed)
        return page

    def _build_banner(self) -> QFrame:
        """Shown while a meeting is unfinished, so resuming it is one click."""
        self.banner = QFrame()
        self.banner.setObjectName("draftBanner")
        self.banner.setStyleSheet("#draftBanner { background: #eef3f8; border: 1px solid #c5d3e0;"
                                  " border-radius: 4px; }")
        row = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.resume_button = QPushButton(tr("Gesprek &hervatten"))
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.resume_button)
        return self.banner

    def set_dossier(self, dossier: Dossier | None) -> None:
        self.dossier = dossier
        self.stack.setCurrentIndex(0 if dossier is None else 1)
        if dossier is None:
            return
        supplier = dossier.supplier
        self.title.setText(supplier.name)
        category = label(self.content.lists.categories, supplier.category, LANGUAGE) if supplier.category else ""
        period = (f"{short_date(supplier.contract_start)} – {short_date(supplier.contract_end)}"
                  if supplier.contract_start or supplier.contract_end else "")
        self.subtitle.setText("  ·  ".join(p for p in (category, supplier.contract_reference, period) if p))
        drafts = rules.drafts(dossier)
        self.banner.setVisible(bool(drafts))
        if drafts:
            self.banner_text.setText(tr("Onafgerond gesprek van {when} ({kind}).",
                                        when=long_date(drafts[0].date),
                                        kind=kind_label(drafts[0].kind).lower()))
        self._fill_meetings(dossier)
        self._fill_signals(dossier)
        self._fill_agreements(dossier)
        self._fill_facts(dossier)
        self._fill_timeline(dossier)

    def _fill_meetings(self, dossier: Dossier) -> None:
        self.meetings.clear()
        for meeting in dossier.meetings_newest_first():
            questionnaire = self.content.questionnaire(meeting.questionnaire_id,
                                                       meeting.questionnaire_version)
            topics = ", ".join(t.title.get(LANGUAGE) for t in questionnaire.topics
                               if t.id in meeting.topics)
            item = QTreeWidgetItem([short_date(meeting.date), kind_label(meeting.kind),
                                    status_label(meeting.status), topics])
            item.setData(0, Qt.ItemDataRole.UserRole, meeting.id)
            item.setToolTip(3, topics)
            self.meetings.addTopLevelItem(item)
        self._fit(self.meetings)

    def _fill_signals(self, dossier: Dossier) -> None:
        self.signals.load(dossier.signals, self.content)
        self.tabs.setTabText(2, tr("&Signalen ({count} open)", count=len(dossier.open_signals())))

    def _fill_agreements(self, dossier: Dossier) -> None:
        self.agreements.clear()
        ordered = sorted(dossier.agreements, key=lambda a: (not a.is_open, a.due or date.max))
        for agreement in ordered:
            item = QTreeWidgetItem([" ".join(agreement.text.split()), agreement.owner,
                                    short_date(agreement.due), agreement_status_label(agreement.status)])
            item.setToolTip(0, agreement.text)
            self.agreements.addTopLevelItem(item)
        self.tabs.setTabText(1, tr("&Afspraken ({count} open)", count=len(dossier.open_agreements())))
        self._fit(self.agreements)

    def _fill_facts(self, dossier: Dossier) -> None:
        while self.facts_form.rowCount():
            self.facts_form.removeRow(0)
        supplier = dossier.supplier
        covenant = label(self.content.lists.covenants, supplier.covenant, LANGUAGE) if supplier.covenant else "—"
        contacts = "\n".join(", ".join(v for v in (c.name, c.role, c.email, c.phone) if v)
                             for c in supplier.contacts) or "—"
        for text, value in ((tr("Contractkenmerk"), supplier.contract_reference or "—"),
                            (tr("IMVO-convenant"), covenant),
                            (tr("Looptijd contract"), f"{long_date(supplier.contract_start)} – "
                                                      f"{long_date(supplier.contract_end)}"),
                            (tr("Plan van aanpak"), long_date(supplier.plan_of_action_date)),
                            (tr("Contactpersonen"), contacts), (tr("Notities"), supplier.notes or "—")):
            field = QLabel(value)
            field.setTextFormat(Qt.TextFormat.PlainText)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts_form.addRow(text + ":", field)
        self.history_title.setText(tr("Geschiedenis ({count})", count=len(dossier.audit)))
        self.history.load(dossier.history(), dossier)

    @property
    def timeline(self) -> TimelineView:
        """The "Verloop" tab, brought up to date first if it is behind."""
        self._refresh_timeline()
        return self._timeline

    def _fill_timeline(self, dossier: Dossier) -> None:
        """Rebuilt now only if its tab is the one showing; otherwise when it is."""
        self._timeline_stale = True
        if self.tabs.currentWidget() is self._timeline:
            self._refresh_timeline()

    def _on_tab(self, _index: int) -> None:
        if self.tabs.currentWidget() is self._timeline:
            self._refresh_timeline()

    def _refresh_timeline(self) -> None:
        dossier = self.dossier
        if not self._timeline_stale or dossier is None:
            return
        self._timeline_stale = False
        supplier = dossier.supplier
        self._timeline.set_timeline(progress.timeline(dossier, self.content, self.today, LANGUAGE),
                                    progress.report_status(dossier, self.today), self.today,
                                    supplier.contract_start, supplier.contract_end)

    @staticmethod
    def _fit(tree: QTreeWidget) -> None:
        for column in range(tree.columnCount() - 1):
            tree.resizeColumnToContents(column)
            tree.setColumnWidth(column, min(tree.columnWidth(column), 360))

    def selected_meeting(self) -> Meeting | None:
        item = self.meetings.currentItem()
        if item is None or self.dossier is None:
            return None
        return self.dossier.meeting(item.data(0, Qt.ItemDataRole.UserRole))

    def _on_meeting(self, item: QTreeWidgetItem) -> None:
        meeting = self.selected_meeting()
        if meeting is not None and not meeting.is_final:
            self.resume_requested.emit(meeting.id)
        elif meeting is not None:
            self.view_requested.emit(meeting.id)

    def _resume_latest(self) -> None:
        if self.dossier is not None and rules.drafts(self.dossier):
            self.resume_requested.emit(rules.drafts(self.dossier)[0].id)

