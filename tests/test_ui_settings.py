"""Settings: stored in an INI file and read back with their defaults, edited in the
settings dialog, and used by the app: the language at startup, the data folder
(unless overridden), the buyer's organisation and name in each new meeting and
so in its minutes. conftest.py points QSettings at a fresh folder per test."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt

from isv_dialogue import meetings as rules, paths
from isv_dialogue.minutes import render_minutes
from isv_dialogue.model import MeetingKind, Participant, Side, Supplier
from ui import i18n
from ui import settings as app_settings
from ui.settings import Settings
from ui.settings_dialog import SettingsDialog

TODAY = date(2025, 3, 10)


def test_defaults_when_nothing_is_stored():
    assert app_settings.load() == Settings(language="nl", data_dir="", buyer_name="",
                                           buyer_organisation="")


def test_round_trip_through_the_ini_file(app_settings_in_tmp):
    value = Settings(language="en", data_dir="/srv/isv data", buyer_name="Anna de Vries",
                     buyer_organisation="Gemeente Tilburg")
    app_settings.save(value)
    assert app_settings.load() == value
    ini = next(app_settings_in_tmp.rglob("*.ini")).read_text(encoding="utf-8")
    assert "[interface]" in ini and "language=en" in ini and "organisation=Gemeente Tilburg" in ini


def test_a_value_that_cannot_be_used_reads_as_its_default(tmp_path):
    store = QSettings(str(tmp_path / "x.ini"), QSettings.Format.IniFormat)
    store.setValue("interface/language", "fr")
    store.setValue("buyer/name", "  Anna  ")
    assert app_settings.load(store) == Settings(buyer_name="Anna")


def test_the_command_line_folder_wins_over_the_setting(tmp_path):
    chosen = Settings(data_dir=str(tmp_path / "from-settings"))
    platform = paths.default_data_dir()
    assert app_settings.choose_data_dir(None, chosen) == (tmp_path / "from-settings", False)
    assert app_settings.choose_data_dir(tmp_path / "cli", chosen) == (tmp_path / "cli", True)
    assert app_settings.choose_data_dir(None, Settings()) == (platform, False)
    assert app_settings.choose_data_dir(platform, chosen) == (platform, True), \
        "a folder named on the command line wins, even the platform's own"


def test_the_dialog_saves_what_was_typed_and_says_when_it_applies(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(SettingsDialog, "pick_folder", staticmethod(lambda parent, start: str(tmp_path)))
    dialog = SettingsDialog(app_settings.load())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restart_note.isVisible() and not dialog.override_note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.restart_note.isVisible()
    assert dialog.restart_note.text() == "Deze wijziging gaat in bij de volgende start van ISV-dialoog."
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.buyer_name, "Anna de Vries, contractmanager")
    qtbot.keyClicks(dialog.buyer_organisation, "Gemeente  Tilburg ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert app_settings.load() == Settings("en", str(tmp_path), "Anna de Vries, contractmanager",
                                           "Gemeente Tilburg")


def test_the_dialog_names_an_active_override(qtbot, tmp_path):
    dialog = SettingsDialog(Settings(), data_dir_override=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.override_note.isVisible() and str(tmp_path) in dialog.override_note.text()
    assert "--data-dir" in dialog.override_note.text()


def test_the_main_window_opens_the_settings(qtbot, data_folder, content, monkeypatch):
    from ui.main_window import MainWindow

    asked = []
    monkeypatch.setattr(SettingsDialog, "ask",
                        classmethod(lambda cls, parent, override=None: asked.append(override) or Settings()))
    window = MainWindow(data_folder, content, today=TODAY)
    qtbot.addWidget(window)
    window.data_dir_override = data_folder.root
    window.settings_action.trigger()
    assert asked == [data_folder.root]


def test_startup_takes_the_language_from_the_settings(qtbot, qapp, tmp_path, monkeypatch):
    """ui/app.py reads the settings before anything is built: even the first
    message (here: content that cannot be read) is in the chosen language."""
    from ui import app as app_module
    from ui.asking import AsksTheUser

    locale = QLocale()
    app_settings.save(Settings(language="en"))
    titles: list[str] = []
    monkeypatch.setenv("ISV_DIALOGUE_QUESTIONNAIRES", str(tmp_path / "none"))
    monkeypatch.setattr(AsksTheUser, "critical",
                        staticmethod(lambda parent, title, text: titles.append(title)))
    try:
        assert app_module.run(tmp_path / "data") != 0
        assert i18n.LANGUAGE == "en" and titles == ["ISV-dialoog cannot start"]
    finally:
        i18n.remove_translations(qapp)
        i18n.set_language("nl")
        QLocale.setDefault(locale)


# --- the buyer in each new meeting, and in its minutes --------------------------------

@pytest.fixture
def supplier_id(data_folder) -> str:
    data_folder.create(Supplier(id="steen1", name="Steengoed Natuursteen")).close()
    return "steen1"


def new_meeting_through_the_wizard(qtbot, data_folder, content, supplier_id):
    from ui.main_window import MainWindow

    window = MainWindow(data_folder, content, today=TODAY)
    qtbot.addWidget(window)
    window.refresh(select=supplier_id)
    wizard = window.open_meeting(None)
    shown = (wizard.start.organisation.text(), wizard.start.buyers.value())
    wizard.close()
    return data_folder.load(supplier_id).meetings[-1], shown


def test_a_new_meeting_records_the_buyer_from_the_settings(qtbot, data_folder, content, supplier_id):
    app_settings.save(Settings(buyer_name="Anna de Vries, contractmanager",
                               buyer_organisation="Gemeente Tilburg"))
    meeting, shown = new_meeting_through_the_wizard(qtbot, data_folder, content, supplier_id)
    assert shown == ("Gemeente Tilburg", "Anna de Vries, contractmanager")
    assert meeting.buyer_organisation == "Gemeente Tilburg"
    assert meeting.participants == [Participant("Anna de Vries", Side.BUYER, "contractmanager")]


def test_a_meeting_already_begun_is_left_as_it_is(qtbot, data_folder, content, supplier_id):
    earlier = rules.new_meeting(MeetingKind.DIALOGUE, content, TODAY)
    earlier.resume_page = "start"
    earlier.participants = [Participant("Piet", Side.SUPPLIER)]
    with data_folder.open(supplier_id, writable=True) as file:
        file.save_meeting(earlier)
    app_settings.save(Settings(buyer_name="Anna", buyer_organisation="Gemeente Tilburg"))
    from ui.meeting_wizard import MeetingWizard

    wizard = MeetingWizard.open(data_folder, supplier_id, content, earlier.id, TODAY)
    qtbot.addWidget(wizard)
    assert wizard.start.organisation.text() == "" and wizard.start.buyers.value() == ""
    wizard.close()


def test_no_settings_no_change(qtbot, data_folder, content, supplier_id):
    meeting, shown = new_meeting_through_the_wizard(qtbot, data_folder, content, supplier_id)
    assert shown == ("", "") and meeting.buyer_organisation == "" and meeting.participants == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_minutes_name_the_organisation_from_the_meeting(tmp_path, data_folder, content,
                                                            supplier_id):
    """From the meeting data, so the command line renders the same PDF as the app."""
    meeting = rules.new_meeting(MeetingKind.DIALOGUE, content, TODAY)
    meeting.buyer_organisation = "Gemeente Tilburg"
    meeting.participants = [Participant("Anna de Vries", Side.BUYER, "contractmanager")]
    with data_folder.open(supplier_id, writable=True) as file:
        file.save_meeting(meeting)
    dossier = data_folder.load(supplier_id)
    for lang, label in (("nl", "Opdrachtgever"), ("en", "Contracting authority")):
        pdf = tmp_path / f"{lang}.pdf"
        pdf.write_bytes(render_minutes(dossier, meeting.id, content, lang=lang))
        text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert re.search(rf"^{label} +Gemeente Tilburg$", text, re.MULTILINE), text[:600]
        assert text.count("Gemeente Tilburg") == 2, "in the facts and under the buyer's signature"
    without = replace(meeting, buyer_organisation="")
    dossier.meetings[-1] = without
    text_pdf = tmp_path / "none.pdf"
    text_pdf.write_bytes(render_minutes(dossier, meeting.id, content))
    assert b"Gemeente" not in subprocess.run(["pdftotext", str(text_pdf), "-"], capture_output=True,
                                             check=True).stdout


def test_the_organisation_reaches_the_cli_minutes(tmp_path, data_folder, content, supplier_id):
    """The CLI reads the same field: no setting needed, nothing of Qt involved."""
    from isv_dialogue import cli

    meeting = rules.new_meeting(MeetingKind.DIALOGUE, content, TODAY)
    meeting.buyer_organisation = "Provincie Utrecht"
    with data_folder.open(supplier_id, writable=True) as file:
        file.save_meeting(meeting)
    out = tmp_path / "m.pdf"
    assert cli.main(["minutes", "--data-dir", str(data_folder.root), "--supplier", supplier_id,
                     "--meeting", "latest", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert Path(out).stat().st_size > 1000
