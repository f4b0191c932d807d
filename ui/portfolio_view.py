"""The portfolio overview: every supplier in one sortable, filterable table,
exported to CSV (for Excel) or a one-page PDF (for a manager).

Takes plain rows in (``set_rows``); reading the data folder is the caller's
business, through the ``reload`` function it passes. The rules of sorting,
filtering and both file formats live in ``isv_dialogue.portfolio``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt, Signal)
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from isv_dialogue import portfolio as pf
from isv_dialogue.atomic import atomic_write, os_error_reason
from isv_dialogue.errors import IsvError
from isv_dialogue.folder import FileProblem

from .asking import AsksTheUser
from .i18n import LANGUAGE, tr
from .palette import NOTICE_STYLE
from .save_dialogs import start_folder, with_ending

Reload = Callable[[], tuple[list[pf.PortfolioRow], list[FileProblem]]]
RED = QColor("#a3231c")
AMBER = QColor("#8a5a00")


class _Model(QAbstractTableModel):
    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang
        self.rows: list[pf.PortfolioRow] = []

    def set_rows(self, rows: Sequence[pf.PortfolioRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(pf.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return pf.HEADERS.get(self.lang, pf.HEADERS["nl"])[pf.COLUMNS[section]]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], pf.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return pf.cell_text(row, column, self.lang)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "report" and row.report_overdue:
                return RED
            if column == "report" and row.report_state is pf.ReportState.DUE_SOON:
                return AMBER
            if column == "agreements" and row.overdue_agreements:
                return RED
        if role == Qt.ItemDataRole.FontRole and column == "signals" and row.open_signals:
            font = QFont()
            font.setBold(True)
            return font
        return None


class _Proxy(QSortFilterProxyModel):
    """Sorts and filters by the domain's rules, not by the shown text."""

    def __init__(self, model: _Model):
        super().__init__()
        self.setSourceModel(model)
        self.text = ""
        self.toggles = {"only_signals": False, "only_overdue": False,
                        "only_report_overdue": False}

    def set_filter(self, text: str, **toggles: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateFilter is deprecated there
            self.beginFilterChange()
            self.text = text
            self.toggles.update(toggles)
            self.endFilterChange()
        else:
            self.text = text
            self.toggles.update(toggles)
            self.invalidateFilter()

    def _row(self, source_row: int) -> pf.PortfolioRow:
        return self.sourceModel().rows[source_row]

    def filterAcceptsRow(self, source_row, source_parent) -> bool:  # noqa: N802 - Qt override
        model: _Model = self.sourceModel()
        return pf.matches(self._row(source_row), self.text, lang=model.lang, **self.toggles)

    def lessThan(self, left, right) -> bool:  # noqa: N802 - Qt override
        column = pf.COLUMNS[left.column()]
        return pf.sort_key(self._row(left.row()), column) < pf.sort_key(self._row(right.row()), column)


class PortfolioView(AsksTheUser, QDialog):
    """A window of its own (non-modal), so the buyer can keep it beside the main window."""

    supplier_chosen = Signal(str)

    @staticmethod
    def ask_path(parent: QWidget, title: str, suggestion: str, file_filter: str) -> Path | None:
        """Replaceable in tests: the save dialog."""
        name, _ = QFileDialog.getSaveFileName(parent, title, suggestion, file_filter)
        return Path(name) if name else None

    def __init__(self, rows: Sequence[pf.PortfolioRow], today: date,
                 problems: Sequence[FileProblem] = (), reload: Reload | None = None,
                 parent: QWidget | None = None, lang: str | None = None):
        super().__init__(parent)
        self.today, self.lang, self.reload = today, lang or LANGUAGE, reload
        self.problems: list[FileProblem] = []
        self.last_folder: Path | None = None
        self.setWindowTitle(tr("Portefeuille-overzicht"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.model = _Model(self.lang)
        self.proxy = _Proxy(self.model)
        self._build()
        self.set_rows(rows, problems)
        self.resize(1180, 620)

    # --- building -------------------------------------------------------------

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Filter op naam, sector, contract of status (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.only_signals = QCheckBox(tr("Alleen met open signalen"))
        self.only_overdue = QCheckBox(tr("Alleen met te late afspraken"))
        self.only_report = QCheckBox(tr("Alleen met te late jaarrapportage"))
        self.search.textChanged.connect(self._apply_filter)
        for box in (self.only_signals, self.only_overdue, self.only_report):
            box.toggled.connect(self._apply_filter)
        QShortcut(QKeySequence.StandardKey.Find, self,
                  lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for box in (self.only_signals, self.only_overdue, self.only_report):
            filters.addWidget(box)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in zip(range(1, len(pf.COLUMNS)), (130, 100, 110, 270, 180, 120)):
            # At least as wide as the column's title, also at a large font.
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(width, header.fontMetrics().horizontalAdvance(title) + 16)
            self.table.setColumnWidth(column, width)
        header.setToolTip(tr("Klik op een kolomkop om te sorteren; nog eens klikken draait de "
                             "volgorde om."))
        self.table.doubleClicked.connect(self._choose)
        for keys in ("Return", "Enter"):
            QShortcut(QKeySequence(keys), self.table, lambda: self._choose(self.table.currentIndex()),
                      context=Qt.ShortcutContext.WidgetShortcut)

        self.shown = QLabel()
        self.shown.setTextFormat(Qt.TextFormat.PlainText)
        self.saved = QLabel()
        self.saved.setTextFormat(Qt.TextFormat.PlainText)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reload_button = QPushButton(tr("Vernieuwen"))
        self.reload_button.clicked.connect(self.refresh)
        self.reload_button.setVisible(self.reload is not None)
        self.csv_button = QPushButton(tr("Exporteren naar Excel (CSV)…"))
        self.csv_button.setToolTip(tr("De getoonde regels, in deze volgorde, als CSV-bestand "
                                      "dat Excel direct opent"))
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button = QPushButton(tr("PDF voor een manager…"))
        self.pdf_button.setToolTip(tr("De getoonde regels op één liggende A4-pagina"))
        self.pdf_button.clicked.connect(self.export_pdf)
        close = QPushButton(tr("Sluiten"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.shown)
        buttons.addWidget(self.saved, 1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # --- data -----------------------------------------------------------------

    def set_rows(self, rows: Sequence[pf.PortfolioRow],
                 problems: Sequence[FileProblem] = ()) -> None:
        self.model.set_rows(rows)
        self.problems = list(problems)
        rows = self.model.rows
        self.summary.setText(tr(
            "{total} leveranciers  ·  {signals} met open signalen  ·  {overdue} met te late "
            "afspraken  ·  {reports} met een te late jaarrapportage  ·  stand per {today}",
            total=len(rows), signals=sum(1 for r in rows if r.open_signals),
            overdue=sum(1 for r in rows if r.overdue_agreements),
            reports=sum(1 for r in rows if r.report_overdue),
            today=self.today.strftime("%d-%m-%Y")))
        self.notice.setVisible(bool(self.problems))
        lines = [tr("Deze bestanden konden niet worden gelezen en ontbreken in het overzicht:")]
        lines += [f"• {p.path.name}: {p.message}" for p in self.problems]
        self.notice.setText("\n".join(lines))
        self._update_count()

    def refresh(self) -> None:
        if self.reload is not None:
            self.set_rows(*self.reload())

    def visible_rows(self) -> list[pf.PortfolioRow]:
        """The rows as shown: filtered, in the table's order."""
        return [self.model.rows[self.proxy.mapToSource(self.proxy.index(n, 0)).row()]
                for n in range(self.proxy.rowCount())]

    def sort_by(self, column: str, descending: bool = False) -> None:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(pf.COLUMNS.index(column), order)

    def _apply_filter(self) -> None:
        self.proxy.set_filter(self.search.text(), only_signals=self.only_signals.isChecked(),
                              only_overdue=self.only_overdue.isChecked(),
                              only_report_overdue=self.only_report.isChecked())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.shown.setText(tr("{shown} van {total} getoond", shown=shown, total=total)
                           if shown != total else tr("{total} getoond", total=total))
        self.csv_button.setEnabled(shown > 0)
        self.pdf_button.setEnabled(shown > 0)

    def selection_words(self) -> str:
        """The active filter in a few words, for the PDF's subtitle."""
        parts = []
        if self.search.text().strip():
            parts.append(tr("“{text}”", text=self.search.text().strip()))
        for box in (self.only_signals, self.only_overdue, self.only_report):
            if box.isChecked():
                parts.append(box.text().lower())
        return ", ".join(parts)

    def _choose(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            row = self.model.rows[self.proxy.mapToSource(index).row()]
            self.supplier_chosen.emit(row.supplier_id)

    # --- export ---------------------------------------------------------------

    def _suggestion(self, suffix: str) -> str:
        return str(start_folder(self.last_folder) / pf.export_file_name(self.today, suffix))

    def export_csv(self) -> Path | None:
        path = self.ask_path(self, tr("Overzicht opslaan als CSV"), self._suggestion("csv"),
                             tr("CSV-bestanden (*.csv)"))
        return self._write(path, ".csv", lambda: pf.to_csv(self.visible_rows(), self.lang))

    def export_pdf(self) -> Path | None:
        path = self.ask_path(self, tr("Overzicht opslaan als PDF"), self._suggestion("pdf"),
                             tr("PDF-bestanden (*.pdf)"))

        def render() -> bytes:
            from isv_dialogue.portfolio_pdf import render_portfolio  # reportlab loads when needed

            shown = self.visible_rows()
            return render_portfolio(shown, self.today, self.lang, total=self.model.rowCount(),
                                    selection=self.selection_words(),
                                    unreadable=len(self.problems))
        return self._write(path, ".pdf", render)

    def _write(self, path: Path | None, suffix: str, make: Callable[[], bytes]) -> Path | None:
        """Write what ``make`` returns to ``path`` whole or not at all; None when
        cancelled or failed (the buyer has been told why)."""
        if path is None:
            return None
        path = with_ending(path, suffix)
        try:
            atomic_write(path, make())
        except IsvError as exc:
            self.warn(self, tr("Niet opgeslagen"), str(exc))
            return None
        except OSError as exc:
            self.warn(self, tr("Niet opgeslagen"),
                      tr("{path} kan niet worden geschreven: {reason}.", path=path,
                         reason=os_error_reason(exc)))
            return None
        self.last_folder = path.parent
        self.saved.setText(tr("Opgeslagen: {path}", path=path))
        return path
