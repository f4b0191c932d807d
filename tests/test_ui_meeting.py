"""The meeting wizard driven through its widgets, as a buyer would, with the
data checked on disk and in the widgets after closing and reopening."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QComboBox,
                               QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget)

from isv_dialogue import cli
from isv_dialogue import meetings as rules
from isv_dialogue.errors import SupplierFileError
from isv_dialogue.model import (Agreement, AgreementStatus, Answer, Assessment, MeetingKind,
                                Side, Signal, Supplier)
from ui.correction_dialog import CorrectionDialog
from ui.main_window import MainWindow
from ui.meeting_view import MeetingView, moment
from ui.meeting_wizard import MeetingWizard
from ui.minutes_file import MinutesFile
from ui.start_page import format_people, parse_people
from helpers import type_text

TODAY = date(2025, 3, 10)
EARLIER = date(2024, 9, 2)


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
    monkeypatch.setattr(MeetingView, "warn", staticmethod(lambda p, t, text: warnings.append(text)))
    monkeypatch.setattr(MeetingView, "confirm", staticmethod(lambda p, t, text: True))
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
    """No new meeting while someone else has the supplier: one sentence says who,
    and that the buyer can look but not change (more in test_ui_readonly.py)."""
    with data_folder.open(supplier_id, writable=True):
        assert window.open_meeting(None) is None
    assert window.warnings and "heeft deze leverancier open sinds" in window.warnings[0]
    assert "bekijken, maar niets wijzigen" in window.warnings[0]


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


def minutes_to(monkeypatch, folder: Path) -> list[str]:
    """Answer every save dialog with ``folder``/<the suggested name>; returns the suggestions."""
    asked: list[str] = []

    def ask(parent, suggestion):
        asked.append(suggestion)
        return folder / Path(suggestion).name

    monkeypatch.setattr(MinutesFile, "ask_path", staticmethod(ask))
    monkeypatch.setattr(MinutesFile, "last_folder", None)
    monkeypatch.setattr(MinutesFile, "open_file", staticmethod(lambda path: None))
    return asked


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_draft_minutes_in_both_editions_are_named_for_what_they_are(qtbot, window, monkeypatch,
                                                                     tmp_path):
    asked = minutes_to(monkeypatch, tmp_path)
    wizard = window.open_meeting(None)
    wizard.go_to("topic:managementproces")
    page = wizard.pages["topic:managementproces"]
    type_text(page.notes, "Afgesproken: audits delen")
    type_text(page.internal.box, "Geheim: twijfel over eerlijkheid directeur")
    wizard.go_to("review")
    assert wizard.review.minutes_button.isVisibleTo(wizard)
    assert wizard.review.supplier_minutes_button.isVisibleTo(wizard)
    qtbot.mouseClick(wizard.review.minutes_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.review.supplier_minutes_button, Qt.MouseButton.LeftButton)
    day = f"{wizard.meeting.date:%Y-%m-%d}"
    assert [Path(a).name for a in asked] == [f"verslag-{day}-intern-concept.pdf",
                                             f"verslag-{day}-leverancier-concept.pdf"]
    internal = tmp_path / f"verslag-{day}-intern-concept.pdf"
    supplier = tmp_path / f"verslag-{day}-leverancier-concept.pdf"
    assert internal.read_bytes().startswith(b"%PDF") and supplier.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        assert "twijfel over eerlijkheid" in " ".join(pdf_text(internal).split())
        supplier_text = " ".join(pdf_text(supplier).split())
        assert "Afgesproken: audits delen" in supplier_text
        assert "twijfel" not in supplier_text and "Geheim" not in supplier_text
    assert not window.warnings
    wizard.close()


def test_a_failed_minutes_write_leaves_no_half_pdf(qtbot, window, monkeypatch, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    minutes_to(monkeypatch, out)
    target = out / f"verslag-{TODAY:%Y-%m-%d}-intern-concept.pdf"
    target.write_bytes(b"%PDF an earlier, whole file")

    def power_cut(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    wizard = window.open_meeting(None)
    wizard.go_to("review")
    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", power_cut)
        qtbot.mouseClick(wizard.review.minutes_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == b"%PDF an earlier, whole file", "the old file is untouched"
    assert sorted(p.name for p in out.iterdir()) == [target.name], "no temp file left"
    assert window.warnings and "de schijf is vol" in window.warnings[-1]
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


# --- a final meeting, read-only ---------------------------------------------------

def finalised_meeting(qtbot, window) -> str:
    """Hold and finalise a meeting through the wizard, with an internal note in it."""
    wizard = window.open_meeting(None)
    type_text(wizard.start.buyers, "Marieke de Graaf, contractmanager")
    type_text(wizard.start.suppliers, "Ayşe Yılmaz, MVO")
    wizard.go_to("topic:incidenten")
    page = wizard.pages["topic:incidenten"]
    type_text(page.rows[0].answer, "Klachtenlijn in het Turks")
    type_text(page.notes, "Leverancier deelt het klachtenoverzicht")
    type_text(page.internal.box, "Vertrouwelijk: eerdere klacht niet gemeld")
    wizard.go_to("review")
    qtbot.mouseClick(wizard.review.finalise_button, Qt.MouseButton.LeftButton)
    assert wizard.finalised
    return wizard.meeting.id


def open_final(qtbot, window, supplier_id: str, meeting_id: str):
    """Double-click the meeting in the supplier view, as the buyer would."""
    window.refresh(select=supplier_id)
    window.show()
    tree = window.detail.meetings
    item = next(tree.topLevelItem(n) for n in range(tree.topLevelItemCount())
                if tree.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole) == meeting_id)
    tree.scrollToItem(item)
    where = tree.visualItemRect(item).center()
    # QTest's double click alone has no press before it; an item view wants one.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    views = window.findChildren(MeetingView)
    assert len(views) == 1, "a final meeting opens read-only, not in the wizard"
    assert not window.wizards
    view = views[0]
    qtbot.addWidget(view)
    return view


def editable_widgets(view) -> list:
    found = []
    for widget in view.findChildren(QWidget):
        if isinstance(widget, (QTextEdit, QPlainTextEdit, QLineEdit)) and not widget.isReadOnly():
            found.append(widget)
        elif isinstance(widget, (QComboBox, QAbstractSpinBox)) and widget.isEnabled():
            found.append(widget)
        elif isinstance(widget, QAbstractButton) and widget.isCheckable() and widget.isEnabled():
            found.append(widget)
    tree = view.corrections
    found += [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())
              if tree.topLevelItem(n).flags() & Qt.ItemFlag.ItemIsEditable]
    return found


def test_a_final_meeting_opens_read_only_and_its_minutes_match_the_command_line(
        qtbot, window, monkeypatch, tmp_path, data_folder, supplier_id):
    meeting_id = finalised_meeting(qtbot, window)
    out = tmp_path / "out"
    out.mkdir()
    asked = minutes_to(monkeypatch, out)
    view = open_final(qtbot, window, supplier_id, meeting_id)
    meeting = data_folder.load(supplier_id).meeting(meeting_id)
    assert view.final_label.text().startswith("Definitief vastgesteld op ")
    assert moment(meeting.finalised_at) in view.final_label.text()
    assert "Klachtenlijn in het Turks" in view.summary.toPlainText()
    assert editable_widgets(view) == [], "no field of a final meeting can be edited"
    assert view.no_corrections.isVisibleTo(view) and not view.corrections.isVisibleTo(view)

    qtbot.mouseClick(view.minutes_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.supplier_minutes_button, Qt.MouseButton.LeftButton)
    day = f"{meeting.date:%Y-%m-%d}"
    assert [Path(a).name for a in asked] == [f"verslag-{day}-intern-definitief.pdf",
                                             f"verslag-{day}-leverancier-definitief.pdf"]
    for audience, edition in (("internal", "intern"), ("supplier", "leverancier")):
        cli_pdf = tmp_path / f"cli-{audience}.pdf"
        assert cli.main(["minutes", "--data-dir", str(data_folder.root), "--supplier", supplier_id,
                         "--meeting", meeting_id, "--audience", audience,
                         "--out", str(cli_pdf)]) == 0
        ui_pdf = out / f"verslag-{day}-{edition}-definitief.pdf"
        assert ui_pdf.read_bytes() == cli_pdf.read_bytes(), f"{audience}: same bytes as the CLI"
    if shutil.which("pdftotext"):
        internal = " ".join(pdf_text(out / f"verslag-{day}-intern-definitief.pdf").split())
        supplier = " ".join(pdf_text(out / f"verslag-{day}-leverancier-definitief.pdf").split())
        assert "eerdere klacht niet gemeld" in internal
        assert "Leverancier deelt het klachtenoverzicht" in supplier
        assert "Vertrouwelijk" not in supplier and "eerdere klacht" not in supplier
        assert "CONCEPT" not in supplier
    assert not window.warnings
    view.close()


def test_a_correction_from_the_read_only_view_lands_on_disk(qtbot, window, monkeypatch, tmp_path,
                                                            data_folder, supplier_id):
    meeting_id = finalised_meeting(qtbot, window)
    view = open_final(qtbot, window, supplier_id, meeting_id)
    answers = iter([("Naam verkeerd gespeld", "Ayşe Yılmaz is hoofd MVO, niet medewerker MVO."),
                    None])
    monkeypatch.setattr(CorrectionDialog, "ask", classmethod(lambda cls, parent: next(answers)))
    qtbot.mouseClick(view.correction_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.correction_button, Qt.MouseButton.LeftButton)  # cancelled: nothing
    meeting = data_folder.load(supplier_id).meeting(meeting_id)
    assert meeting.is_final
    assert [(a.reason, a.text) for a in meeting.amendments] == [
        ("Naam verkeerd gespeld", "Ayşe Yılmaz is hoofd MVO, niet medewerker MVO.")]
    assert view.corrections.topLevelItemCount() == 1 and view.corrections.isVisibleTo(view)
    row = view.corrections.topLevelItem(0)
    assert [row.text(n) for n in range(3)] == [
        moment(meeting.amendments[0].at), "Naam verkeerd gespeld",
        "Ayşe Yılmaz is hoofd MVO, niet medewerker MVO."]
    assert view.corrections_title.text() == "Correcties (1)"
    assert editable_widgets(view) == []

    out = tmp_path / "out"
    out.mkdir()
    minutes_to(monkeypatch, out)
    made = view.make_minutes("internal")
    cli_pdf = tmp_path / "cli.pdf"
    assert cli.main(["minutes", "--data-dir", str(data_folder.root), "--supplier", supplier_id,
                     "--meeting", meeting_id, "--out", str(cli_pdf)]) == 0
    assert made.read_bytes() == cli_pdf.read_bytes(), "the minutes carry the new correction"
    if shutil.which("pdftotext"):
        assert "niet medewerker MVO" in " ".join(pdf_text(made).split())
    assert not window.warnings
    view.close()


def test_a_correction_while_a_meeting_of_the_same_supplier_is_open(qtbot, window, monkeypatch,
                                                                   data_folder, supplier_id):
    """The open wizard holds the file's lock; the correction goes through it."""
    meeting_id = finalised_meeting(qtbot, window)
    view = open_final(qtbot, window, supplier_id, meeting_id)
    wizard = window.open_meeting(None)
    monkeypatch.setattr(CorrectionDialog, "ask", classmethod(lambda cls, parent: ("Reden", "Tekst")))
    qtbot.mouseClick(view.correction_button, Qt.MouseButton.LeftButton)
    assert not window.warnings
    wizard.close()
    meeting = data_folder.load(supplier_id).meeting(meeting_id)
    assert [(a.reason, a.text) for a in meeting.amendments] == [("Reden", "Tekst")]
    view.close()


def test_the_correction_dialog_needs_a_reason_and_a_text(qtbot):
    dialog = CorrectionDialog()
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    type_text(dialog.reason, "Tikfout")
    assert not save.isEnabled()
    type_text(dialog.text, "   ")
    assert not save.isEnabled()
    type_text(dialog.text, "Datum is 7 maart")
    assert save.isEnabled()
    assert dialog.value() == ("Tikfout", "Datum is 7 maart")


# --- signals in any meeting -----------------------------------------------------------

def test_open_signals_are_discussed_in_a_dialogue_meeting_too(qtbot, window, data_folder,
                                                               supplier_id):
    wizard = window.open_meeting(None)
    assert "signals" not in wizard.sequence(), "no open signals: no signals step"
    wizard.start.kind_group.button(2).setChecked(True)  # a signal meeting always has it
    assert wizard.sequence()[:2] == ["start", "signals"]
    assert "geen open signalen" in wizard.pages["signals"].body.findChildren(QLabel)[-1].text()
    wizard.start.kind_group.button(0).setChecked(True)
    wizard.close()

    with data_folder.open(supplier_id, writable=True) as file:
        file.save_signal(Signal("sig1", EARLIER, "Overuren niet uitbetaald bij de ververij",
                                "directe_toeleverancier"))
    window.refresh(select=supplier_id)
    wizard = window.open_meeting(None)
    assert wizard.meeting.kind is MeetingKind.DIALOGUE
    keys = wizard.sequence()
    assert keys.index("topic:negatieve_impact") < keys.index("signals") < keys.index("agreements")
    wizard.go_to("signals")
    page = wizard.pages["signals"]
    assert page.optional.isVisibleTo(page), "says the step may be left empty"
    said, decided = page.edits["sig1"]
    type_text(said, "Leverancier erkent het; loonstroken worden nagekeken")
    wizard.go_to("review")
    kinds = {g.kind for g in rules.gaps(wizard.meeting, wizard.dossier, wizard.content)}
    assert rules.GapKind.SIGNAL_NOT_DISCUSSED not in kinds
    assert "loonstroken worden nagekeken" in wizard.review.summary.toPlainText()
    wizard.close()
    meeting = data_folder.load(supplier_id).meeting(wizard.meeting.id)
    assert meeting.signal_discussions["sig1"].said == "Leverancier erkent het; loonstroken worden nagekeken"


def test_an_untouched_signal_in_another_meeting_records_nothing(qtbot, window, data_folder,
                                                                supplier_id):
    with data_folder.open(supplier_id, writable=True) as file:
        file.save_signal(Signal("sig1", EARLIER, "Signaal", "eigen_bedrijf"))
    window.refresh(select=supplier_id)
    wizard = window.open_meeting(None)
    wizard.go_to("signals")
    wizard.go_to("review")
    wizard.close()
    assert data_folder.load(supplier_id).meetings_newest_first()[0].signal_discussions == {}


# --- participants as "naam, rol" lines ------------------------------------------------

def test_participant_lines_are_read_sensibly_and_round_trip():
    text = ("  Ayşe   Yılmaz ,  hoofd MVO, inkoop  \n"
            "\n"
            "Şükrü Öz\n"
            "   \n"
            "Jan de Vries,\n"
            ", notulist\n"
            "\tPiet\t,\tdirecteur")
    people = parse_people(text, Side.SUPPLIER)
    assert [(p.name, p.role) for p in people] == [
        ("Ayşe Yılmaz", "hoofd MVO, inkoop"),  # the first comma ends the name
        ("Şükrü Öz", ""),                      # no comma: a name alone
        ("Jan de Vries", ""),                  # a trailing comma: no role
        ("", "notulist"),                      # a role alone is kept, not dropped
        ("Piet", "directeur")]
    assert all(p.side is Side.SUPPLIER for p in people)
    formatted = format_people(people, Side.SUPPLIER)
    assert formatted == ("Ayşe Yılmaz, hoofd MVO, inkoop\nŞükrü Öz\nJan de Vries\n, notulist\n"
                         "Piet, directeur")
    assert parse_people(formatted, Side.SUPPLIER) == people
    assert format_people(people, Side.BUYER) == ""
    assert parse_people("\n \n", Side.BUYER) == []


def test_participants_typed_loosely_come_back_tidy_after_reopening(qtbot, window, data_folder,
                                                                  supplier_id):
    wizard = window.open_meeting(None)
    type_text(wizard.start.buyers, "  Marieke  de Graaf ,contractmanager\n\n")
    type_text(wizard.start.suppliers, "Ayşe Yılmaz\n, tolk")
    meeting_id = wizard.meeting.id
    wizard.close()
    meeting = data_folder.load(supplier_id).meeting(meeting_id)
    assert [(p.name, p.role, p.side) for p in meeting.participants] == [
        ("Marieke de Graaf", "contractmanager", Side.BUYER), ("Ayşe Yılmaz", "", Side.SUPPLIER),
        ("", "tolk", Side.SUPPLIER)]
    gaps = {g.kind for g in rules.gaps(meeting, data_folder.load(supplier_id), window.content)}
    assert rules.GapKind.NO_SUPPLIER not in gaps and rules.GapKind.NO_BUYER not in gaps
    reopened = window.open_meeting(meeting_id)
    assert reopened.start.buyers.value() == "Marieke de Graaf, contractmanager"
    assert reopened.start.suppliers.value() == "Ayşe Yılmaz\n, tolk"
    reopened.close()


# --- a larger system font ----------------------------------------------------------------

def clipped(root: QWidget) -> list[str]:
    """Visible buttons, check boxes and one-line labels narrower than their text needs."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue  # wraps instead of clipping
        if isinstance(widget, (QAbstractButton, QLabel)) and widget.text():
            if widget.width() < widget.minimumSizeHint().width():
                found.append(f"{type(widget).__name__} {widget.text()!r}: "
                             f"{widget.width()} < {widget.minimumSizeHint().width()}")
    return found


def test_at_a_large_font_the_wizard_and_the_final_view_fit_without_clipping(
        qtbot, large_font, window, monkeypatch, tmp_path, data_folder, supplier_id):
    screen = QSize(1280, 720)
    wizard = window.open_meeting(None)
    assert wizard.font().pointSizeF() == large_font.pointSizeF()
    wizard.resize(screen)
    type_text(wizard.start.buyers, "Marieke de Graaf, contractmanager")
    type_text(wizard.start.suppliers, "Ayşe Yılmaz, MVO")
    for key in wizard.sequence():
        wizard.go_to(key)
        QApplication.processEvents()
        assert wizard.minimumSizeHint().width() <= screen.width(), key
        assert wizard.minimumSizeHint().height() <= screen.height(), key
        assert clipped(wizard) == [], key
    qtbot.mouseClick(wizard.review.finalise_button, Qt.MouseButton.LeftButton)
    view = open_final(qtbot, window, supplier_id, wizard.meeting.id)
    view.resize(screen)
    QApplication.processEvents()
    assert view.minimumSizeHint().width() <= screen.width()
    assert clipped(view) == []
    view.close()
