"""The audit trail as a list: when, who, what, and of which record.

Plain data in (``load(entries, dossier)``); the trail itself is written by the
storage (``isv_dialogue/audit.py``), never here.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from isv_dialogue import audit
from isv_dialogue.model import AuditEntry, Dossier

from .dates import long_date
from .i18n import tr
from .labels import kind_label


def action_label(action: str) -> str:
    return {audit.CREATED: tr("Aangemaakt"), audit.EDITED: tr("Gewijzigd"),
            audit.FINALISED: tr("Definitief gemaakt"), audit.AMENDED: tr("Correctie toegevoegd"),
            audit.DELETED: tr("Verwijderd"), audit.STATUS: tr("Status gewijzigd"),
            audit.STEP_ADDED: tr("Stap toegevoegd"), audit.IMPORTED: tr("Ingelezen uit een dossier"),
            audit.RESTORED: tr("Reservekopie teruggezet")}.get(action, action)


def what(entry: AuditEntry) -> str:
    return f"{action_label(entry.action)}: {entry.detail}" if entry.detail else action_label(entry.action)


def record_label(ref: str, dossier: Dossier | None) -> str:
    """'Gesprek van 5 maart 2025 (dialooggesprek)', 'Signaal van …', 'Leveranciersgegevens'."""
    kind, _, row_id = ref.partition(":")
    if kind == "supplier":
        return tr("Leveranciersgegevens")
    if kind == audit.DOSSIER:
        return tr("Het hele dossier")
    if dossier is not None and kind == "meeting" and (m := dossier.meeting(row_id)):
        return tr("Gesprek van {when} ({kind})", when=long_date(m.date), kind=kind_label(m.kind).lower())
    if dossier is not None and kind == "signal":
        signal = next((s for s in dossier.signals if s.id == row_id), None)
        if signal is not None:
            return tr("Signaal van {when}", when=long_date(signal.received))
    if dossier is not None and kind == "agreement":
        agreement = next((a for a in dossier.agreements if a.id == row_id), None)
        if agreement is not None:
            text = " ".join(agreement.text.split())
            return tr("Afspraak: {words}", words=text[:60] + ("…" if len(text) > 60 else ""))
    return {"meeting": tr("Gesprek (niet meer aanwezig)"), "signal": tr("Signaal"),
            "agreement": tr("Afspraak (niet meer aanwezig)")}.get(kind, ref)


def moment(value: datetime) -> str:
    local = value.astimezone() if value.tzinfo else value
    return tr("{day}, {time}", day=long_date(local.date()), time=local.strftime("%H:%M"))


class HistoryList(QTreeWidget):
    """Newest first. ``with_record`` adds the column naming the record, for a
    supplier's whole trail; a single meeting's trail leaves it out."""

    def __init__(self, with_record: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        headers = [tr("Tijdstip"), tr("Wie"), tr("Wat")] + ([tr("Onderdeel")] if with_record else [])
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setAccessibleName(tr("Geschiedenis"))
        self.with_record = with_record

    def load(self, entries: list[AuditEntry], dossier: Dossier | None = None) -> None:
        self.clear()
        for entry in reversed(entries):
            cells = [moment(entry.at), entry.user, what(entry)]
            if self.with_record:
                cells.append(record_label(entry.ref, dossier))
            item = QTreeWidgetItem(cells)
            item.setToolTip(2, what(entry))
            self.addTopLevelItem(item)
        for column in range(self.columnCount() - 1):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column), 320))
