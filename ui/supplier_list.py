"""The supplier list on the left of the main window: a row per supplier with its
open signals and agreements, its last meeting and its annual report's state.

It is the first thing the app shows, so it is filled from the folder's index
(``isv_dialogue.supplier_list``) and imports nothing that reads a dossier
(docs/performance.md, launch).
"""

from __future__ import annotations

from datetime import date

from PySide6 import QtCore
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from isv_dialogue.reporting import status_from
from isv_dialogue.supplier_list import SupplierRow

from .dates import short_date
from .i18n import tr
from .report_labels import report_sentence, report_state_colour, report_state_text

NAME, SIGNALS, AGREEMENTS, LAST_MEETING, REPORT = range(5)
COUNTS = (SIGNALS, AGREEMENTS)
# Qt's own numbers for a cell's alignment and colour. Naming any member of PySide's
# ``Qt`` namespace (or calling an overload that takes one, like ``setForeground``) builds
# all of its 93 enums: 12 ms of launch (docs/performance.md). The list is the first
# screen, so it names none; tests/test_ui_main.py holds these equal to Qt's.
TEXT_ALIGNMENT_ROLE = 7  # Qt.ItemDataRole.TextAlignmentRole
FOREGROUND_ROLE = 9  # Qt.ItemDataRole.ForegroundRole
ALIGN_RIGHT = 0x82  # Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# Room beside a narrow column's text: the header's two margins (up to 4 px each in the
# platforms' styles) and a little air. A number, not ``style().pixelMetric(PM_HeaderMargin)``:
# the first use of QStyle's enums costs launch 4 ms in PySide (docs/performance.md).
_HEADER_PAD = 14


class SupplierList(QTreeWidget):
    def __init__(self, today: date):
        super().__init__()
        self.today = today
        # Short headers (each explained in its tooltip) leave the width to the names.
        self.setHeaderLabels([tr("Leverancier"), tr("Sign."), tr("Afspr."),
                              tr("Gesprek"), tr("Jaarrapp.")])
        header = self.headerItem()
        for column, tip in ((SIGNALS, tr("Open signalen")), (AGREEMENTS, tr("Open afspraken")),
                            (LAST_MEETING, tr("Laatste gesprek")),
                            (REPORT, tr("Jaarrapportage: besproken, binnenkort verwacht of te "
                                        "laat? Wijs een regel aan voor de datum."))):
            header.setToolTip(column, tip)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)

    def enable_sorting(self) -> None:
        """Sorting by a click on a column's header, by name to begin with; once on,
        the buyer's choice of column stays. Not in ``__init__``: sorting names Qt's
        namespace (see ``TEXT_ALIGNMENT_ROLE``), and at launch the rows come in by
        name already, so it waits until the list is on screen."""
        if self.isSortingEnabled():
            return
        self.sortByColumn(NAME, QtCore.Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)

    def fill(self, rows: list[SupplierRow]) -> None:
        """The rows, given in the order of their names."""
        sorting = self.isSortingEnabled()
        self.setSortingEnabled(False)
        self.clear()
        self.addTopLevelItems([self._item(row) for row in rows])
        self.setSortingEnabled(sorting)

    def _item(self, row: SupplierRow) -> QTreeWidgetItem:
        s = row.summary
        item = _Row([s.name, str(s.open_signals), str(s.open_agreements),
                     short_date(s.last_meeting), ""])
        item.supplier_id = s.id
        item.last_meeting = s.last_meeting.isoformat() if s.last_meeting else ""
        item.setToolTip(NAME, s.name)  # a long name is elided in the column
        for column in COUNTS:
            item.setData(column, TEXT_ALIGNMENT_ROLE, ALIGN_RIGHT)
        status = status_from(row.report, self.today)
        item.setText(REPORT, report_state_text(status))
        item.setToolTip(REPORT, report_sentence(status, self.today))
        if report_state_colour(status):
            item.setData(REPORT, FOREGROUND_ROLE, QColor(report_state_colour(status)))
        if s.open_signals:
            item.setToolTip(SIGNALS, tr("{count} signalen staan open", count=s.open_signals))
        return item

    def current_id(self) -> str | None:
        item = self.currentItem()
        return item.supplier_id if item else None

    def select(self, supplier_id: str | None) -> bool:
        """Make the supplier current (with None: the first one shown); False if not listed."""
        for n in range(self.topLevelItemCount()):
            item = self.topLevelItem(n)
            if supplier_id is None and not item.isHidden() or item.supplier_id == supplier_id:
                self.setCurrentItem(item)
                return True
        return False

    def filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for n in range(self.topLevelItemCount()):
            item = self.topLevelItem(n)
            item.setHidden(bool(needle) and needle not in item.text(NAME).casefold())

    def preferred_width(self, window_width: int) -> int:
        """Narrow columns sized to their short header or widest value, and about
        34 characters of name (a Dutch company name with its "B.V.") beside a
        scroll bar: some 470 px at 1280 wide and the usual font, more at a large
        font, but never more than 43 % of the window, so the supplier view keeps
        room for its five tabs. A name that is longer still shows in full in its tooltip."""
        metrics = self.fontMetrics()
        header, item = self.header(), self.headerItem()
        others = 0
        for column, sample in ((SIGNALS, "999"), (AGREEMENTS, "999"), (LAST_MEETING, "00-00-0000"),
                               (REPORT, tr("Binnenkort"))):
            width = max(metrics.horizontalAdvance(item.text(column)),
                        metrics.horizontalAdvance(sample)) + _HEADER_PAD
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
            others += width
        name = metrics.averageCharWidth() * 34
        header.setMinimumSectionSize(min(header.minimumSectionSize(), metrics.averageCharWidth() * 3))
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        wanted = name + others + scroll_bar + 2 * self.frameWidth() + 4
        return min(max(420, wanted), int(window_width * 0.43))


class _Row(QTreeWidgetItem):
    """A supplier's row: sorts counts as numbers and dates by their ISO form."""

    supplier_id: str
    last_meeting: str  # ISO, or "" when there has been none

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else NAME
        if column in COUNTS:
            return int(self.text(column)) < int(other.text(column))
        if column == LAST_MEETING:
            return self.last_meeting < other.last_meeting
        return self.text(column).casefold() < other.text(column).casefold()
