"""The meeting wizard driven through its widgets, as a buyer would, with the
data checked on disk and in the widgets after closing and reopening."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from isv_dialogue import meetings as rules
from isv_dialogue.errors import SupplierFileError
from isv_dialogue.model import (Agreement, AgreementStatus, Answer, Assessment, MeetingKind,
                                Supplier)
from ui.main_window import MainWindow
from ui.meeting_wizard import MeetingWizard

TODAY = date(2025, 3, 10)
EARLIER = date(2024, 9, 2)


def type_text(widget, text: str) -> None:
    """One key event per character: pytest-qt's keyClicks aborts on non-ASCII."""
    widget.setFocus()
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def supplier_id(data_folder, content) -> str:
    """A supplier with one earlier meeting: an answer on record and an open agreement."""
    supplier = Supplier(id="textiel1", name="Çalışkan Tekstil")
    earlier = rules.new_meeting(MeetingKind.DIALOGUE, content, EARLIER)
    earlier.answers["incidenten.website"] = Answer(True, "Nog geen pagina", Assessment.INSUFFICIENT)
    with data_folder.create(supplier) as file:
        file.save_meeting(earlier)
        file.save_agreement(Agreement("afspr1", "Klachtenlijn openen", earlier.id, "Ayşe",
                                      date(2024, 12, 1)))
    return supplier.id


@pytest.fixture
def window(qtbot, data_folder, content, supplier_id, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(MainWindow, "warn", staticmethod(lambda p, t, text: warnings.append(text)))
    monkeypatch.setattr(MeetingWizard, "warn", staticmethod(lambda p, t, text: warnings.append(text)))
    monkeypatch.setattr(MeetingWizard, "confirm", staticmethod(lambda p, t, text: True))
    main = MainWindow(data_folder, content, today=TODAY)
    main.warnings = warnings
    qtbot.addWidget(main)
    main.refresh(select=supplier_id)
    return main


def fill_meeting(wizard: MeetingWizard, qtbot) -> dict:
    """Fill every field of a dialogue meeting; returns what was typed where."""
    typed: dict = {"answers": {}, "notes": {}, "internal": {}}
    start = wizard.start
    start.date.setDate(QDate(2025, 3, 7))
    type_text(start.location, "Kantoor in İzmir")
    type_text(start.buyers, "Marieke de Graaf, contractmanager")
    type_text(start.suppliers, "Ayşe Yılmaz, MVO\nŞükrü Öz")
    start.topic_boxes["negatieve_impact"].setChecked(False)
    choices = [Assessment.SUFFICIENT, Assessment.NEEDS_IMPROVEMENT, Assessment.INSUFFICIENT]
    for key in ("topic:managementproces", "topic:incidenten"):
        wizard.next()
        assert wizard.current_key() == key
        page = wizard.pages[key]
        for n, row in enumerate(page.rows):
            if n == len(page.rows) - 1:
                continue  # the last point of each topic stays "not discussed"
            text = f"{row.point.id}: ‘antwoord’ & <b>nr. {n}</b> — çğış"
            type_text(row.answer, text)
            assert row.check.isChecked(), "typing an answer marks the point discussed"
            assessment = choices[n % 3]
            row.assessment.setCurrentIndex(row.assessment.findData(assessment))
            typed["answers"][row.point.id] = (text, assessment)
        typed["notes"][key] = f"Notities over {key}"
        typed["internal"][key] = f"Intern: twijfel over {key}"
        type_text(page.notes, typed["notes"][key])
        type_text(page.internal.box, typed["internal"][key])
    wizard.next()
    assert wizard.current_key() == "agreements", "an unticked topic is skipped"
    page = wizard.pages["agreements"]
    assert [r.agreement_id for r in page.carried] == ["afspr1"]
    page.carried[0].status.setCurrentIndex(2)  # Afgerond
    type_text(page.carried[0].note, "Klachtenlijn werkt sinds januari")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    row = page.new_rows[0]
    type_text(row.text, "Audit bij de ververij")
    type_text(row.owner, "Şükrü Öz")
    row.due.setDate(QDate(2025, 6, 30))
    wizard.next()
    assert wizard.current_key() == "review"
    return typed


def test_a_whole_meeting_is_on_disk_and_back_in_every_field_after_reopening(
        qtbot, window, data_folder, supplier_id):
    wizard = window.open_meeting(None)
    typed = fill_meeting(wizard, qtbot)
    gaps = [wizard.review.gap_list.item(n).text() for n in range(wizard.review.gap_list.count())]
    assert any("Kritieke prestatie-indicatoren" in g for g in gaps), "undiscussed point flagged"
    meeting_id = wizard.meeting.id
    wizard.close()
    assert not window.wizards

    dossier = data_folder.load(supplier_id)
    meeting = dossier.meeting(meeting_id)
    assert meeting.date == date(2025, 3, 7) and meeting.location == "Kantoor in İzmir"
    assert [(p.name, p.role, p.side.value) for p in meeting.participants] == [
        ("Marieke de Graaf", "contractmanager", "buyer"), ("Ayşe Yılmaz", "MVO", "supplier"),
        ("Şükrü Öz", "", "supplier")]
    assert meeting.topics == ["managementproces", "incidenten"]
    for point_id, (text, assessment) in typed["answers"].items():
        assert meeting.answers[point_id] == Answer(True, text, assessment)
    assert "managementproces.kpi" not in meeting.answers or not meeting.answers["managementproces.kpi"].discussed
    assert meeting.topic_notes["incidenten"].internal_notes == "Intern: twijfel over topic:incidenten"
    carried = next(a for a in dossier.agreements if a.id == "afspr1")
    assert carried.status is AgreementStatus.DONE
    assert [(u.meeting_id, u.note) for u in carried.updates] == [(meeting_id, "Klachtenlijn werkt sinds januari")]
    new = next(a for a in dossier.agreements if a.made_in == meeting_id)
    assert (new.text, new.owner, new.due) == ("Audit bij de ververij", "Şükrü Öz", date(2025, 6, 30))
    assert meeting.resume_page == "review"

    window.refresh(select=supplier_id)
    assert window.detail.banner.isVisible() or not window.detail.banner.isHidden()
    reopened = window.open_meeting(meeting_id)
    assert reopened.current_key() == "review", "a draft reopens where it was left"
    start = reopened.start
    assert start.location.text() == "Kantoor in İzmir"
    assert start.suppliers.value() == "Ayşe Yılmaz, MVO\nŞükrü Öz"
    assert not start.topic_boxes["negatieve_impact"].isChecked()
    for key in ("topic:managementproces", "topic:incidenten"):
        page = reopened.pages[key]
        for row in page.rows:
            if row.point.id in typed["answers"]:
                text, assessment = typed["answers"][row.point.id]
                assert (row.answer.value(), row.assessment.currentData()) == (text, assessment)
            else:
                assert not row.check.isChecked() and not row.assessment.isEnabled()
        assert page.notes.value() == typed["notes"][key]
        assert page.internal.value() == typed["internal"][key]
    reopened.go_to("agreements")
    agreements = reopened.pages["agreements"]
    assert agreements.carried[0].status.currentText() == "Afgerond"
    assert agreements.new_rows[0].owner.text() == "Şükrü Öz"
    reopened.close()


def test_typing_is_saved_by_itself_shortly_after_a_pause(qtbot, window, data_folder, supplier_id):
    wizard = window.open_meeting(None)
    wizard.next()
    row = wizard.pages["topic:managementproces"].rows[0]
    type_text(row.answer, "Audits elk jaar")
    assert "worden opgeslagen" in wizard.save_button.text()
    qtbot.waitUntil(lambda: wizard.save_button.text().startswith("Opgeslagen"), timeout=3000)
    saved = data_folder.load(supplier_id).meeting(wizard.meeting.id)
    assert saved.answers["managementproces.audit"].supplier_answer == "Audits elk jaar"
    wizard.close()


def test_unticking_a_point_keeps_the_words_but_drops_the_judgement(qtbot, window, data_folder,
                                                                   supplier_id):
    wizard = window.open_meeting(None)
    wizard.next()
    row = wizard.pages["topic:managementproces"].rows[0]
    type_text(row.answer, "Gezegd, maar toch niet besproken")
    row.assessment.setCurrentIndex(row.assessment.findData(Assessment.INSUFFICIENT))
    row.check.setChecked(False)
    assert row.assessment.currentText() == "Niet besproken"
    wizard.close()
    answer = data_folder.load(supplier_id).meetings_newest_first()[0].answers["managementproces.audit"]
    assert answer == Answer(False, "Gezegd, maar toch niet besproken", None)


def test_last_time_is_one_click_away(qtbot, window):
    wizard = window.open_meeting(None)
    wizard.go_to("topic:incidenten")
    row = wizard.pages["topic:incidenten"].row("incidenten.website")
    other = wizard.pages["topic:incidenten"].row("incidenten.herstel")
    assert not other.previous_button.isEnabled(), "nothing said before about this point"
    assert row.previous.isHidden()
    qtbot.mouseClick(row.previous_button, Qt.MouseButton.LeftButton)
    assert row.previous.isVisible()
    assert "Nog geen pagina" in row.previous.text() and "Onvoldoende" in row.previous.text()
    wizard.close()


def test_resuming_a_draft_from_the_main_window(qtbot, window, data_folder, content, supplier_id):
    with data_folder.open(supplier_id, writable=True) as file:
        draft = rules.new_meeting(MeetingKind.DIALOGUE, content, TODAY)
        draft.answers["incidenten.herstel"] = Answer(True, "Fonds voor herstel", Assessment.SUFFICIENT)
        draft.resume_page = "topic:incidenten"
        file.save_meeting(draft)
    window.refresh(select=supplier_id)
    assert not window.detail.banner.isHidden()
    qtbot.mouseClick(window.detail.resume_button, Qt.MouseButton.LeftButton)
    wizard = window.wizards[supplier_id]
    assert wizard.meeting.id == draft.id and wizard.current_key() == "topic:incidenten"
    assert wizard.pages["topic:incidenten"].row("incidenten.herstel").answer.value() == "Fonds voor herstel"
    wizard.back()
    assert wizard.current_key() == "topic:managementproces", "history is intact after resuming"
    wizard.close()


def test_a_supplier_open_elsewhere_is_refused_with_a_clear_message(window, data_folder, supplier_id):
    with data_folder.open(supplier_id, writable=True):
        assert window.open_meeting(None) is None
    assert window.warnings and "Iemand anders heeft deze leverancier open" in window.warnings[0]


def test_a_failed_save_says_so_once_and_keeps_the_text(qtbot, window, monkeypatch, data_folder,
                                                       supplier_id):
    wizard = window.open_meeting(None)
    wizard.next()
    real_save = wizard.file.save_meeting

    def broken(meeting):
        raise SupplierFileError("De schijf is vol.")

    monkeypatch.setattr(wizard.file, "save_meeting", broken)
    row = wizard.pages["topic:managementproces"].rows[0]
    type_text(row.answer, "Belangrijk antwoord")
    assert not wizard.autosave.flush()
    type_text(row.answer, "!")
    assert not wizard.autosave.flush()
    assert window.warnings == [window.warnings[0]] and "De schijf is vol." in window.warnings[0]
    assert wizard.save_button.text() == "Niet opgeslagen"
    assert row.answer.value() == "Belangrijk antwoord!"
    monkeypatch.setattr(wizard.file, "save_meeting", real_save)
    assert wizard.autosave.flush()
    wizard.close()
    saved = data_folder.load(supplier_id).meetings_newest_first()[0]
    assert saved.answers["managementproces.audit"].supplier_answer == "Belangrijk antwoord!"


def test_finalising_from_the_review_page(qtbot, window, data_folder, supplier_id):
    wizard = window.open_meeting(None)
    type_text(wizard.start.buyers, "Marieke")
    type_text(wizard.start.suppliers, "Ayşe")
    wizard.go_to("review")
    qtbot.mouseClick(wizard.review.finalise_button, Qt.MouseButton.LeftButton)
    assert wizard.finalised and not window.wizards
    meeting = data_folder.load(supplier_id).meeting(wizard.meeting.id)
    assert meeting.is_final and meeting.finalised_at is not None


def test_finalising_without_participants_is_refused(qtbot, window, data_folder, supplier_id):
    wizard = window.open_meeting(None)
    wizard.go_to("review")
    qtbot.mouseClick(wizard.review.finalise_button, Qt.MouseButton.LeftButton)
    assert not wizard.finalised and "wie er bij het gesprek waren" in window.warnings[-1]
    wizard.close()
    assert not data_folder.load(supplier_id).meetings_newest_first()[0].is_final


def test_draft_minutes_are_written_where_the_buyer_chose(qtbot, window, monkeypatch, tmp_path):
    target = tmp_path / "verslag.pdf"
    monkeypatch.setattr(MeetingWizard, "ask_pdf_path", staticmethod(lambda parent, name: target))
    monkeypatch.setattr(MeetingWizard, "confirm", staticmethod(lambda p, t, text: False))
    wizard = window.open_meeting(None)
    wizard.go_to("review")
    assert wizard.review.minutes_button.isVisibleTo(wizard)
    qtbot.mouseClick(wizard.review.minutes_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    wizard.close()


def test_annual_review_pages_capture_report_parts_and_verdict(qtbot, window, data_folder,
                                                              supplier_id):
    wizard = window.open_meeting(None)
    wizard.start.kind_group.button(1).setChecked(True)
    assert wizard.sequence()[:2] == ["start", "report"] and "verdict" in wizard.sequence()
    wizard.next()
    report = wizard.pages["report"]
    presence, comment = report.parts["rapport.risicoanalyse"]
    presence.setCurrentIndex(2)  # Gedeeltelijk
    type_text(comment, "Alleen tier 1")
    wizard.go_to("verdict")
    verdict = wizard.pages["verdict"]
    verdict.group.button(1).setChecked(True)
    type_text(verdict.reasons, "Voortgang, maar traag")
    wizard.close()
    meeting = data_folder.load(supplier_id).meetings_newest_first()[0]
    assert meeting.kind is MeetingKind.ANNUAL_REVIEW and meeting.questionnaire_id == "jaarrapportage"
    assert meeting.review.contents["rapport.risicoanalyse"].comment == "Alleen tier 1"
    assert meeting.review.contents["rapport.risicoanalyse"].presence.value == "partly"
    assert meeting.review.verdict.value == "partly"
    assert meeting.review.verdict_reasons == "Voortgang, maar traag"


def test_keyboard_moves_between_pages(qtbot, window):
    wizard = window.open_meeting(None)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=2000)
    qtbot.keyClick(wizard, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_key() == "topic:managementproces"
    qtbot.keyClick(wizard, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_key() == "start"
    wizard.close()
