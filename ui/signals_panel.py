"""SignalsPanel: one supplier's register of signals, with the selected signal's
details and timeline, and the buttons that register, edit, escalate and close.

The panel works on plain data: ``load(signals, content)`` takes the supplier's
signals (it keeps copies), and every signal it creates or changes goes out as
``changed(Signal)``, so the owner saves it with ``SupplierFile.save_signal``.
It never touches storage. Every change goes through ``isv_dialogue.signals``.
"""

from __future__ import annotations

from copy import deepcopy
from datetime import date
from html import escape
from typing import Callable

from PySide6.QtCore import Qt, Signal as QtSignal
from PySide6.QtWidgets import (QAbstractItemView, QBoxLayout, QFormLayout, QFrame, QHBoxLayout, QHeaderView,
                               QLabel, QMessageBox, QPushButton, QScrollArea, QSplitter,
                               QStackedWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from isv_dialogue.model import Signal
from isv_dialogue.questionnaires import Content, label
from isv_dialogue.signals import EscalationError, add_step, expectation, highest_step

from .dates import short_date as show_date
from .dialog_parts import INFO_STYLE, confidential_frame, mute
from .i18n import LANGUAGE, tr
from .signal_timeline import SignalTimeline

COLUMNS = ("received", "description", "chain", "highest", "status")
# Below this width the details and the timeline are stacked instead of side by side.
SIDE_BY_SIDE_WIDTH = 860
_DESCRIPTION_CLIP = 120


def _order(signal: Signal) -> tuple[bool, int]:
    """Open signals first, newest first within each group."""
    return (not signal.is_open, -signal.received.toordinal())


def _heading(text: str, parent: QWidget) -> QLabel:
    title = QLabel(text, parent)
    font = title.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    title.setFont(font)
    return title


def _scroll(widget: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


class SignalsPanel(QWidget):
    """The signals of one supplier; emits ``changed(Signal)`` for every created or changed one."""

    changed = QtSignal(object)  # a copy of the created or changed Signal

    def __init__(self, parent: QWidget | None = None, who: str = "",
                 today: Callable[[], date] = date.today):
        super().__init__(parent)
        self._content: Content | None = None
        self._signals: list[Signal] = []
        self._who = who
        self._today = today
        self._build()
        self._show_selected()

    # -- replaceable question (tests replace it; they never exec() a dialog) --------------------

    @classmethod
    def show_error(cls, message: str, parent: QWidget | None) -> None:
        QMessageBox.warning(parent, tr("Niet mogelijk"), message)

    # -- public ---------------------------------------------------------------------------------

    def load(self, signals: list[Signal], content: Content) -> None:
        """Show these signals (copies are kept); the open ones first."""
        selected = self.current()
        self._content = content
        self._signals = sorted((deepcopy(s) for s in signals), key=_order)
        self._fill(selected.id if selected else None)

    def signals(self) -> list[Signal]:
        return deepcopy(self._signals)

    def current(self) -> Signal | None:
        """The selected signal (the panel's own object: copy it before changing it)."""
        item = self.list.currentItem()
        if item is None:
            return None
        return self._find(item.data(0, Qt.ItemDataRole.UserRole))

    def select(self, signal_id: str) -> None:
        for n in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(n)
            if item.data(0, Qt.ItemDataRole.UserRole) == signal_id:
                self.list.setCurrentItem(item)
                return

    def set_who(self, who: str) -> None:
        """The name a new step is prefilled with (the buyer using the app)."""
        self._who = who

    # -- actions --------------------------------------------------------------------------------

    def new_signal(self) -> None:
        if self._content is None:
            return
        from .signal_dialog import SignalDialog  # when it opens: not at startup

        signal = SignalDialog.ask(self._content, None, self)
        if signal is not None:
            self._store(signal)

    def edit_signal(self) -> None:
        current = self.current()
        if current is None:
            return
        from .signal_dialog import SignalDialog

        signal = SignalDialog.ask(self._content, deepcopy(current), self)
        if signal is not None:
            self._store(signal)

    def add_step(self) -> None:
        current = self.current()
        if current is None or not current.is_open:
            return
        from .step_dialog import StepDialog  # when it opens: not at startup

        step = StepDialog.ask(self._content, deepcopy(current), self, who=self._who)
        if step is None:
            return
        signal = deepcopy(current)
        try:
            add_step(signal, step, self._content.signals)
        except EscalationError as error:
            self.show_error(str(error), self)
            return
        self._store(signal)

    def close_or_reopen(self) -> None:
        current = self.current()
        if current is None:
            return
        if current.is_open:
            self.timeline.request_close()
        else:
            self.timeline.request_reopen()

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.new_button = QPushButton(tr("Nieuw signaa&l…"), self)
        self.edit_button = QPushButton(tr("Signaal w&ijzigen…"), self)
        self.step_button = QPushButton(tr("S&tap toevoegen…"), self)
        self.close_button = QPushButton(tr("Afsl&uiten…"), self)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addStretch(1)
        for button in (self.edit_button, self.step_button, self.close_button):
            actions.addWidget(button)

        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([tr("Ontvangen"), tr("Omschrijving"), tr("Plaats in de keten"),
                                   tr("Zwaarste stap"), tr("Status")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(tr("Signalen"))
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.details = QWidget(self)
        self._build_details(self.details)
        self.timeline = SignalTimeline(self, show_close_buttons=False, today=self._today)
        timeline_box = QWidget(self)
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(8, 4, 8, 8)
        timeline_layout.setSpacing(10)
        timeline_layout.addWidget(_heading(tr("Verloop"), timeline_box))
        timeline_layout.addWidget(self.timeline)
        timeline_layout.addStretch(1)

        # Details and timeline side by side when there is room, one below the other when not
        # (the supplier pane of the main window can be narrow); they scroll together.
        columns = QWidget(self)
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, columns)
        self._columns.setContentsMargins(0, 0, 0, 0)
        self._columns.setSpacing(12)
        self._columns.addWidget(self.details, 4)
        self._columns.addWidget(timeline_box, 5)
        below = _scroll(columns, self)

        self.empty = QLabel(self)
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        mute(self.empty)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(below)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.list)
        split.addWidget(self.stack)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([112, 420])
        self.list.setMinimumHeight(84)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(actions)
        layout.addWidget(split, 1)

        self.new_button.clicked.connect(self.new_signal)
        self.edit_button.clicked.connect(self.edit_signal)
        self.step_button.clicked.connect(self.add_step)
        self.close_button.clicked.connect(self.close_or_reopen)
        self.list.currentItemChanged.connect(self._show_selected)
        self.list.itemActivated.connect(lambda *_: self.edit_signal())
        self.timeline.changed.connect(self._store)

    def _build_details(self, box: QWidget) -> None:
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 4, 12, 8)
        layout.setSpacing(10)
        layout.addWidget(_heading(tr("Gegevens"), box))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)

        def value_label(name: str) -> QLabel:
            field = QLabel(box)
            field.setObjectName(name)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return field

        self.received_label = value_label("received")
        self.norm_label = value_label("norm")
        self.chain_label = value_label("chain")
        self.expectation = value_label("expectation")
        self.expectation.setTextFormat(Qt.TextFormat.RichText)
        self.expectation.setStyleSheet(INFO_STYLE)
        chain = QVBoxLayout()
        chain.setSpacing(4)
        chain.addWidget(self.chain_label)
        chain.addWidget(self.expectation)
        self.status_label = value_label("status")
        self.description = value_label("description")
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(tr("Ontvangen"), self.received_label)
        form.addRow(tr("Norm"), self.norm_label)
        form.addRow(tr("Keten"), chain)
        form.addRow(tr("Status"), self.status_label)
        form.addRow(tr("Wat er gebeurde"), self.description)
        layout.addLayout(form)

        self.source_frame, source_layout = confidential_frame(box)
        source_layout.setSpacing(4)
        self.source_title = QLabel(
            tr("<b>Bron — vertrouwelijk</b>, nooit in het verslag voor de leverancier"),
            self.source_frame)
        self.source_title.setWordWrap(True)
        self.source = value_label("source")
        self.source.setParent(self.source_frame)
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        source_layout.addWidget(self.source_title)
        source_layout.addWidget(self.source)
        layout.addWidget(self.source_frame)
        layout.addStretch(1)

    # -- behaviour ------------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)

    def _find(self, signal_id: str | None) -> Signal | None:
        return next((s for s in self._signals if s.id == signal_id), None)

    def _store(self, signal: Signal) -> None:
        """Put a created or changed signal in the list and tell the owner."""
        signal = deepcopy(signal)
        self._signals = [s for s in self._signals if s.id != signal.id] + [signal]
        self._signals.sort(key=_order)
        self._fill(signal.id)
        self.changed.emit(deepcopy(signal))

    def _fill(self, selected_id: str | None) -> None:
        guide = self._content.signals if self._content else None
        self.list.blockSignals(True)
        self.list.clear()
        for signal in self._signals:
            highest = highest_step(signal, guide)
            description = " ".join(signal.description.split())
            if len(description) > _DESCRIPTION_CLIP:
                description = description[:_DESCRIPTION_CLIP - 1] + "…"
            item = QTreeWidgetItem([
                show_date(signal.received), description,
                label(guide.chain_positions, signal.chain_position, LANGUAGE),
                label(guide.steps, highest, LANGUAGE) if highest else "—",
                tr("Open") if signal.is_open else tr("Afgesloten")])
            item.setData(0, Qt.ItemDataRole.UserRole, signal.id)
            item.setToolTip(1, signal.description)
            if not signal.is_open:
                muted = self.palette().placeholderText()
                for column in range(len(COLUMNS)):
                    item.setForeground(column, muted)
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        if self._signals:
            self.select(selected_id if self._find(selected_id) else self._signals[0].id)
        self._show_selected()

    def _show_selected(self, *_: object) -> None:
        signal = self.current()
        has_content = self._content is not None
        self.new_button.setEnabled(has_content)
        self.edit_button.setEnabled(signal is not None)
        self.step_button.setEnabled(signal is not None and signal.is_open)
        self.step_button.setToolTip(
            tr("Heropen het signaal om een stap toe te voegen.")
            if signal is not None and not signal.is_open else "")
        self.close_button.setEnabled(signal is not None)
        self.close_button.setText(tr("Her&openen…") if signal is not None and not signal.is_open
                                  else tr("Afsl&uiten…"))
        if signal is None:
            if has_content:
                self.timeline.load(None, self._content)
            intro = self._content.signals.intro.get(LANGUAGE) if has_content else ""
            self.empty.setText(
                (intro + "\n\n" if intro else "")
                + (tr("Nog geen signalen geregistreerd. Kies ‘Nieuw signaal’ om er een vast te "
                      "leggen.") if not self._signals else tr("Kies een signaal in de lijst.")))
            self.stack.setCurrentWidget(self.empty)
            return
        self._show_details(signal)
        self.timeline.load(signal, self._content)
        self.stack.setCurrentIndex(1)

    def _show_details(self, signal: Signal) -> None:
        guide = self._content.signals
        received = show_date(signal.received)
        if signal.channel:
            received = tr("{day}, via {channel}", day=received,
                          channel=label(guide.channels, signal.channel, LANGUAGE))
        self.received_label.setText(received)
        self.norm_label.setText(label(guide.norms, signal.norm, LANGUAGE) if signal.norm
                                else tr("(nog niet bepaald)"))
        self.chain_label.setText(label(guide.chain_positions, signal.chain_position, LANGUAGE))
        expected = expectation(guide, signal.chain_position)
        self.expectation.setText(tr("<b>Verwachting:</b> {expected}",
                                    expected=escape(expected.get(LANGUAGE))) if expected else "")
        self.expectation.setVisible(expected is not None)
        highest = highest_step(signal, guide)
        if signal.is_open:
            self.status_label.setText(
                tr("Open — zwaarste stap: {step}", step=label(guide.steps, highest, LANGUAGE))
                if highest else tr("Open — nog geen stappen"))
        else:
            self.status_label.setText(tr("Afgesloten op {day}: {outcome}",
                                         day=show_date(signal.closed_on),
                                         outcome=label(guide.outcomes, signal.outcome, LANGUAGE)))
        self.description.setText(signal.description)
        self.source.setText(signal.source or tr("(geen bron vastgelegd)"))
