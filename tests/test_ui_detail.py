"""The supplier view: browsing many suppliers does not pile up widgets, and the
"Verloop" tab is built only when it is shown."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks import data
from isv_dialogue import progress
from ui.supplier_detail import SupplierDetail
from ui.timeline_view import TimelineView

TODAY = date(2025, 6, 2)


@pytest.fixture(scope="module")
def dossiers(content):
    return [data.history(content, 2, TODAY, name=f"Leverancier {n}") for n in range(3)]


@pytest.fixture
def detail(qtbot, content):
    view = SupplierDetail(content, today=TODAY)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    return view


def live_children(widget: QWidget) -> int:
    return len(widget.findChildren(QWidget))


@pytest.mark.parametrize("tab", ["meetings", "timeline"])
def test_opening_20_suppliers_one_after_another_does_not_grow_the_view(qtbot, detail, dossiers,
                                                                       tab):
    """As a buyer clicks down the list: each click, then the event loop idles briefly."""
    detail.set_dossier(dossiers[0])
    detail.tabs.setCurrentWidget(detail.meetings if tab == "meetings" else detail.timeline)
    counts, totals = [], []
    for n in range(20):
        detail.set_dossier(dossiers[n % len(dossiers)])
        qtbot.wait(1)
        counts.append(live_children(detail))
        totals.append(len(QApplication.allWidgets()))
    assert max(counts[3:]) <= max(counts[:3]), f"the view keeps widgets it no longer shows: {counts}"
    assert max(totals[3:]) <= max(totals[:3]), f"widgets are left behind, unparented: {totals}"


def test_a_refilled_timeline_creates_no_widgets_per_row(qtbot, content, dossiers):
    """The rows are painted by one widget: refilling it, without an idle event
    loop in between, neither adds nor leaves behind a widget."""
    view = TimelineView()
    qtbot.addWidget(view)
    view.show()
    totals = []
    for n in range(6):
        dossier = dossiers[n % len(dossiers)]
        view.set_timeline(progress.timeline(dossier, content, TODAY),
                          progress.report_status(dossier, TODAY), TODAY,
                          dossier.supplier.contract_start, dossier.supplier.contract_end)
        QApplication.processEvents()
        totals.append(len(QApplication.allWidgets()))
    assert len(set(totals)) == 1, totals
    assert len(view.lines) > 20 and view.today_line is not None
    assert len(view.findChildren(QWidget)) < 30, "no widget per row"


def test_the_timeline_is_built_only_when_its_tab_is_shown(qtbot, detail, dossiers, monkeypatch):
    built: list[str] = []
    real = TimelineView.set_timeline

    def counting(self, *args, **kwargs):
        built.append("x")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(TimelineView, "set_timeline", counting)
    detail.tabs.setCurrentWidget(detail.meetings)
    for dossier in dossiers:
        detail.set_dossier(dossier)
    assert built == [], "clicking through suppliers does not pay for the timeline"
    detail.tabs.setCurrentIndex(detail.tabs.indexOf(detail._timeline))
    assert len(built) == 1
    assert "Leverancier 2" in detail.dossier.supplier.name
    detail.set_dossier(dossiers[0])  # while it is in sight: rebuilt at once
    assert len(built) == 2
    detail.tabs.setCurrentWidget(detail.meetings)
    detail.tabs.setCurrentIndex(detail.tabs.indexOf(detail._timeline))
    assert len(built) == 2, "nothing changed: not rebuilt"
