"""Autosave on the writer thread: typing never waits for a save, "Opgeslagen"
means on disk, every access to an open supplier file goes through the one
writer, and a save that keeps failing offers to save the dossier elsewhere."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from PySide6.QtCore import QTimer

from isv_dialogue import meetings as rules
from isv_dialogue.dossier import read_dossier_file
from isv_dialogue.errors import SupplierFileError
from isv_dialogue.model import Agreement, MeetingKind, Signal, Supplier
from isv_dialogue.storage import SupplierFile
from ui.autosave import REPEATED_FAILURES, Autosave, FileWriter
from ui.main_window import MainWindow
from ui.meeting_wizard import MeetingWizard
from helpers import type_text

TODAY = date(2025, 3, 10)
SLOW = 0.2


@pytest.fixture
def supplier_id(data_folder, content) -> str:
    supplier = Supplier(id="steen1", name="Natuursteen Ağrı")
    earlier = rules.new_meeting(MeetingKind.DIALOGUE, content, date(2024, 9, 2))
    with data_folder.create(supplier) as file:
        file.save_meeting(earlier)
        file.save_agreement(Agreement("afspr1", "Audit laten doen", earlier.id, "Ayşe",
                                      date(2024, 12, 1)))
    return supplier.id


@pytest.fixture
def window(qtbot, data_folder, content, supplier_id, monkeypatch):
    messages: list[str] = []
    for cls in (MainWindow, MeetingWizard):
        monkeypatch.setattr(cls, "warn", staticmethod(lambda p, t, text: messages.append(text)))
    monkeypatch.setattr(MeetingWizard, "confirm", staticmethod(lambda p, t, text: True))
    main = MainWindow(data_folder, content, today=TODAY)
    main.messages = messages
    qtbot.addWidget(main)
    main.refresh(select=supplier_id)
    return main


def slow_saves(monkeypatch, seconds: float = SLOW) -> list[float]:
    """Every meeting save takes ``seconds`` (a slow disk); returns when each ran."""
    calls: list[float] = []
    real = SupplierFile.save_meeting

    def slow(self, meeting):
        calls.append(time.perf_counter())
        time.sleep(seconds)
        real(self, meeting)

    monkeypatch.setattr(SupplierFile, "save_meeting", slow)
    return calls


def answer_box(wizard):
    wizard.go_to("topic:managementproces")
    return wizard.pages["topic:managementproces"].rows[0].answer


def test_a_slow_save_does_not_block_the_ui_thread(qtbot, window, monkeypatch, data_folder,
                                                  supplier_id):
    """While a 200 ms write is in flight the event loop keeps turning: a 5 ms timer
    ticks well within 50 ms of each other, and typing goes on; flush() then waits."""
    wizard = window.open_meeting(None)
    box = answer_box(wizard)
    wizard.autosave.flush()
    calls = slow_saves(monkeypatch)
    type_text(box, "Audits elk jaar")
    started = time.perf_counter()
    wizard.autosave.save_now()
    assert time.perf_counter() - started < 0.05, "handing over a save must not wait for it"
    assert wizard.autosave.pending
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    qtbot.waitUntil(lambda: bool(calls), timeout=2000)
    qtbot.wait(int(SLOW * 1000 * 0.6))  # well inside the write
    type_text(box, ", ook onaangekondigd")  # typing while the write runs
    timer.stop()
    in_flight = [t for t in ticks if calls[0] <= t <= calls[0] + SLOW]
    assert len(in_flight) >= 5, "the event loop ran while the file was written"
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert max(gaps) < 0.05, f"the UI thread stalled for {max(gaps) * 1000:.0f} ms"
    assert not wizard.save_button.text().startswith("Opgeslagen")
    assert wizard.autosave.flush()
    assert wizard.save_button.text().startswith("Opgeslagen")
    saved = data_folder.load(supplier_id).meeting(wizard.meeting.id)
    assert saved.answers["managementproces.audit"].supplier_answer == \
        "Audits elk jaar, ook onaangekondigd"
    wizard.close()


def test_saved_is_shown_only_once_the_write_is_on_disk(qtbot, window, monkeypatch, data_folder,
                                                       supplier_id):
    wizard = window.open_meeting(None)
    box = answer_box(wizard)
    wizard.autosave.flush()
    gate = threading.Event()
    real = SupplierFile.save_meeting
    monkeypatch.setattr(SupplierFile, "save_meeting",
                        lambda self, meeting: (gate.wait(5), real(self, meeting)))
    type_text(box, "Wacht even")
    wizard.autosave.save_now()
    qtbot.wait(100)
    assert "worden opgeslagen" in wizard.save_button.text()
    gate.set()
    qtbot.waitUntil(lambda: wizard.save_button.text().startswith("Opgeslagen"), timeout=3000)
    saved = data_folder.load(supplier_id).meeting(wizard.meeting.id)
    assert saved.answers["managementproces.audit"].supplier_answer == "Wacht even"
    wizard.close()


def test_saves_queued_behind_a_slow_one_are_coalesced(qtbot, window, monkeypatch, data_folder,
                                                      supplier_id):
    wizard = window.open_meeting(None)
    box = answer_box(wizard)
    wizard.autosave.flush()
    calls = slow_saves(monkeypatch)
    type_text(box, "een")
    wizard.autosave.save_now()
    # The first save must be under way before the others queue behind it.
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5000)
    for word in (" twee", " drie", " vier"):
        type_text(box, word)
        wizard.autosave.save_now()
    assert wizard.autosave.flush()
    assert len(calls) == 2, "the first save, then only the newest of those queued behind it"
    saved = data_folder.load(supplier_id).meeting(wizard.meeting.id)
    assert saved.answers["managementproces.audit"].supplier_answer == "een twee drie vier"
    wizard.close()


def test_agreements_changed_in_saves_that_were_coalesced_all_land(qtbot, window, monkeypatch,
                                                                   data_folder, supplier_id):
    wizard = window.open_meeting(None)
    wizard.autosave.flush()
    slow_saves(monkeypatch)
    wizard.dossier.agreements.append(Agreement("nieuw1", "Eerste", wizard.meeting.id, "Ayşe"))
    wizard.autosave.touch()
    wizard.autosave.save_now()
    wizard.dossier.agreements.append(Agreement("nieuw2", "Tweede", wizard.meeting.id, "Ayşe"))
    wizard.autosave.touch()
    wizard.autosave.save_now()
    wizard.dossier.agreements[:] = [a for a in wizard.dossier.agreements if a.id != "nieuw1"]
    wizard.dossier.agreements.append(Agreement("nieuw3", "Derde", wizard.meeting.id, "Ayşe"))
    wizard.autosave.touch()
    assert wizard.autosave.flush()
    ids = {a.id for a in data_folder.load(supplier_id).agreements}
    assert ids == {"afspr1", "nieuw2", "nieuw3"}
    wizard.close()


def test_a_failure_comes_back_from_the_writer_and_the_text_stays(qtbot, window, monkeypatch,
                                                                 data_folder, supplier_id):
    wizard = window.open_meeting(None)
    box = answer_box(wizard)
    wizard.autosave.flush()

    full = [True]
    real = SupplierFile.save_meeting

    def broken(self, meeting):
        if full[0]:
            raise SupplierFileError("De schijf is vol.")
        real(self, meeting)

    monkeypatch.setattr(SupplierFile, "save_meeting", broken)
    type_text(box, "Belangrijk")
    wizard.autosave.save_now()  # not flush: the outcome arrives as a queued signal
    qtbot.waitUntil(lambda: bool(window.messages), timeout=3000)
    assert "De schijf is vol." in window.messages[0]
    assert wizard.save_button.text() == "Niet opgeslagen"
    assert box.value() == "Belangrijk" and wizard.autosave.dirty
    full[0] = False
    assert wizard.autosave.flush()
    assert data_folder.load(supplier_id).meeting(wizard.meeting.id) \
        .answers["managementproces.audit"].supplier_answer == "Belangrijk"
    wizard.close()


def test_repeated_failures_offer_to_save_the_dossier_elsewhere(qtbot, window, monkeypatch,
                                                               data_folder, supplier_id, tmp_path):
    wizard = window.open_meeting(None)
    box = answer_box(wizard)
    wizard.autosave.flush()
    window.save_signal(Signal("sig1", TODAY, "Signaal van een vakbond", "eigen_bedrijf"))
    monkeypatch.setattr(SupplierFile, "save_meeting",
                        lambda self, meeting: (_ for _ in ()).throw(SupplierFileError("Vol.")))
    offers: list[str] = []
    told: list[str] = []
    target = tmp_path / "usb" / "dossier.json"
    target.parent.mkdir()
    monkeypatch.setattr(MeetingWizard, "offer_elsewhere",
                        staticmethod(lambda p, t, text: offers.append(text) or True))
    monkeypatch.setattr(MeetingWizard, "ask_path", staticmethod(lambda p, suggestion: target))
    monkeypatch.setattr(MeetingWizard, "tell", staticmethod(lambda p, t, text: told.append(text)))
    for n in range(REPEATED_FAILURES):
        type_text(box, f"woord{n} ")
        assert not wizard.autosave.flush()
    assert len(window.messages) == 1, "the first failure is told once, as before"
    assert len(offers) == 1 and "Elders opslaan" in offers[0]
    assert told and str(target) in told[0]
    document = read_dossier_file(target)
    meeting = next(m for m in document.meetings if m.id == wizard.meeting.id)
    assert meeting.answers["managementproces.audit"].supplier_answer == "woord0 woord1 woord2 "
    assert [s.id for s in document.signals] == ["sig1"], "what the file held is kept"
    assert {a.id for a in document.agreements} == {"afspr1"}
    monkeypatch.setattr(MeetingWizard, "confirm", staticmethod(lambda p, t, text: True))
    wizard.close()


def test_save_elsewhere_can_be_cancelled(qtbot, window, monkeypatch):
    wizard = window.open_meeting(None)
    monkeypatch.setattr(MeetingWizard, "ask_path", staticmethod(lambda p, suggestion: None))
    assert wizard.save_elsewhere() is None
    wizard.close()


def test_other_writes_wait_for_the_writer(qtbot, window, monkeypatch, data_folder, supplier_id):
    """A signal saved from the supplier view while a slow autosave runs: both land,
    one after the other, through the one writer."""
    wizard = window.open_meeting(None)
    box = answer_box(wizard)
    wizard.autosave.flush()
    calls = slow_saves(monkeypatch)
    type_text(box, "Eerst dit")
    wizard.autosave.save_now()
    qtbot.waitUntil(lambda: bool(calls), timeout=2000)
    window.save_signal(Signal("sig1", TODAY, "Signaal", "eigen_bedrijf"))
    assert time.perf_counter() >= calls[0] + SLOW * 0.9, "waited for the write in flight"
    dossier = data_folder.load(supplier_id)
    assert [s.id for s in dossier.signals] == ["sig1"]
    assert dossier.meeting(wizard.meeting.id).answers["managementproces.audit"].supplier_answer == \
        "Eerst dit"
    assert not window.messages
    wizard.close()


def test_closing_waits_for_the_write_in_flight_and_lets_go_of_the_file(
        qtbot, window, monkeypatch, data_folder, supplier_id):
    wizard = window.open_meeting(None)
    box = answer_box(wizard)
    wizard.autosave.flush()
    calls = slow_saves(monkeypatch)
    type_text(box, "Tot slot")
    wizard.autosave.save_now()
    qtbot.waitUntil(lambda: bool(calls), timeout=2000)
    wizard.close()
    assert wizard.writer.closed
    saved = data_folder.load(supplier_id).meeting(wizard.meeting.id)
    assert saved.answers["managementproces.audit"].supplier_answer == "Tot slot"
    with data_folder.open(supplier_id, writable=True):
        pass  # the lock is free again


def test_the_writer_runs_jobs_in_order_and_reports_each(qtbot):
    done: list[tuple[int, str, str]] = []
    seen: list[str] = []
    writer = FileWriter(file=seen)
    writer.finished.connect(lambda *args: done.append(args))
    gate = threading.Event()
    writer.submit("a", lambda f: (gate.wait(5), f.append("a1")))
    writer.submit("b", lambda f: f.append("b"))
    writer.submit("c", lambda f: (_ for _ in ()).throw(SupplierFileError("kapot")))
    writer.submit("b", lambda f: f.append("b2"))  # replaces the waiting "b", queued last
    gate.set()
    writer.wait()
    assert seen == ["a1", "b2"]
    assert writer.outcome("c")[1] == "kapot"
    qtbot.waitUntil(lambda: len(done) == 3, timeout=2000)
    assert [key for _, key, _ in done] == ["a", "c", "b"]
    with writer.exclusive() as file:
        assert file is seen
    writer.close()
    assert writer.closed


def test_autosave_without_changes_saves_nothing(qtbot):
    writer = FileWriter(file=None)
    autosave = Autosave(lambda: pytest.fail("nothing to save"), writer)
    assert autosave.flush()
    writer.close()
