"""The English interface: the catalogue is complete and compiled, dates follow the
language, and no window or dialog shows a fixed Dutch text when English is chosen."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel,
                               QLineEdit, QMainWindow, QMenu, QPlainTextEdit, QTabWidget,
                               QTextEdit, QToolBar, QTreeWidget, QWidget, QWizard)

from ui import i18n
from helpers import catalogue_tool

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 25)


# --- the catalogue ------------------------------------------------------------------

def test_every_text_in_ui_is_in_the_catalogue_translated_with_the_same_placeholders(capsys):
    """scripts/update-translations --check: nothing new, nothing untranslated."""
    status = catalogue_tool().main(["--check"])
    assert status == 0, capsys.readouterr().out


def test_no_tr_call_hides_its_text_from_the_extractor():
    """tr(variable) cannot be extracted; constants are marked with N_() instead."""
    _, odd = catalogue_tool().extract()
    assert odd == []


def test_the_committed_qm_is_the_compiled_ts(tmp_path):
    tool = catalogue_tool()
    ts = tool.FOLDER / "isv_en.ts"
    copy = tmp_path / ts.name
    copy.write_bytes(ts.read_bytes())
    assert tool.compile_qm(copy).read_bytes() == (tool.FOLDER / "isv_en.qm").read_bytes(), \
        "run scripts/update-translations"


def test_extraction_finds_literals_and_merging_keeps_translations(tmp_path):
    tool = catalogue_tool()
    (tmp_path / "a.py").write_text('tr("Opslaan")\nN_("Nieuw")\ntr("Opslaan")\ntr(name)\n', encoding="utf-8")
    tool.ROOT = tmp_path
    found, odd = tool.extract(tmp_path)
    assert list(found) == ["Opslaan", "Nieuw"] and len(found["Opslaan"].locations) == 2
    assert len(odd) == 1 and "a.py:4" in odd[0]
    merged = tool.merge(found, {"Opslaan": tool.Message("Opslaan", "Save"),
                                "Weg": tool.Message("Weg", "Gone")})
    assert [(m.source, m.translation, m.kind) for m in merged] == [
        ("Opslaan", "Save", ""), ("Nieuw", "", "unfinished"), ("Weg", "Gone", "vanished")]
    assert tool.problems(merged) == ["untranslated: 'Nieuw'"]
    assert tool.problems([tool.Message("Van {name}", "Of {naam}")])[0].startswith("placeholders differ")
    ts = tmp_path / "x.ts"
    tool.write_ts(ts, "en", merged)
    assert {s: m.translation for s, m in tool.read_ts(ts).items()} == {
        "Opslaan": "Save", "Nieuw": "", "Weg": "Gone"}


# --- switching ----------------------------------------------------------------------

@pytest.fixture
def english(qapp):
    """The app as it starts with language "en" in the settings; Dutch again afterwards."""
    previous = QLocale()
    i18n.install_translations(qapp, i18n.set_language("en"))
    yield
    i18n.remove_translations(qapp)
    i18n.set_language("nl")
    QLocale.setDefault(previous)


def test_language_reaches_every_module_that_imported_it(english):
    from ui import labels, start_page, topic_page

    assert labels.LANGUAGE == start_page.LANGUAGE == topic_page.LANGUAGE == "en"
    assert i18n.tr("Opslaan") == "Save"


def test_an_unknown_language_falls_back_to_dutch():
    assert i18n.set_language("fr") == "nl" and i18n.LANGUAGE == "nl"


def test_dates_follow_the_language(english):
    from ui.dates import long_date, short_date

    assert long_date(date(2025, 3, 5)) == "5 March 2025"
    assert short_date(date(2025, 3, 5)) == "05/03/2025"
    i18n.set_language("nl")
    assert long_date(date(2025, 3, 5)) == "5 maart 2025"
    assert short_date(date(2025, 3, 5)) == "05-03-2025"


def test_qt_own_buttons_speak_english(english):
    assert QCoreApplication.translate("QWizard", "&Next >") == "&Next >"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


# --- no Dutch on screen in English ----------------------------------------------------

def dutch_patterns() -> list[re.Pattern]:
    """Every catalogue text whose English differs, as a pattern: {placeholders} match
    anything. Both catalogues: the interface's (isv_en.ts) and the core's sentences
    that windows show (core_en.po: rules, storage, locks)."""
    tool = catalogue_tool()
    patterns = []
    messages = [*tool.read_ts(tool.FOLDER / "isv_en.ts").values(),
                *tool.read_po(tool.FOLDER / "core_en.po").values()]
    for message in messages:
        if message.kind == "vanished" or message.translation == message.source:
            continue
        text = _plain(message.source)
        if not text:
            continue
        parts = re.split(r"{\w*(?::[^{}]*)?}", text)
        if len(re.findall(r"[^\W\d_]", "".join(parts))) < 4:
            continue  # "{day} om {time}": too little fixed text to tell the language by
        patterns.append(re.compile(".+".join(re.escape(p) for p in parts), re.DOTALL))
    return patterns


def _plain(text: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", "", text)).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def visible_texts(root: QWidget) -> set[str]:
    """Labels, buttons, tabs, group boxes, headers, placeholders, items, window
    titles, tooltips and actions of ``root`` and everything in it."""
    texts: set[str] = set()
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        texts |= {w.windowTitle(), w.toolTip(), w.accessibleName()}
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.add(w.text())
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.add(w.placeholderText())
        if isinstance(w, QTextEdit) and w.isReadOnly():
            texts.add(w.toPlainText())
        if isinstance(w, QGroupBox):
            texts.add(w.title())
        if isinstance(w, QTabWidget):
            texts |= {w.tabText(n) for n in range(w.count())} | {w.tabToolTip(n) for n in range(w.count())}
        if isinstance(w, QComboBox):
            texts |= {w.itemText(n) for n in range(w.count())}
        if isinstance(w, QTreeWidget):
            header = w.headerItem()
            texts |= {header.text(c) for c in range(header.columnCount())}
            texts |= {header.toolTip(c) for c in range(header.columnCount())}
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: one column
                columns = 1
            for column in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    texts.add(str(model.headerData(column, Qt.Orientation.Horizontal, role) or ""))
            for row in range(min(model.rowCount(QModelIndex()), 50)):
                for column in range(columns):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        texts.add(str(model.index(row, column).data(role) or ""))
        if isinstance(w, (QMenu, QToolBar, QMainWindow)):
            for action in w.actions():
                texts |= {action.text(), action.toolTip()}
                if action.menu():
                    texts.add(action.menu().title())
                    texts |= {a.text() for a in action.menu().actions()}
        if isinstance(w, QWizard):
            page = w.currentPage()
            if page is not None:
                texts |= {page.title(), page.subTitle()}
            texts |= {w.buttonText(b) for b in QWizard.WizardButton if b.value < 9}
    return {t for t in texts if t}


def dutch_on_screen(root: QWidget, patterns: list[re.Pattern]) -> list[str]:
    found = set()
    for text in visible_texts(root):
        plain = _plain(text)
        for line in {plain, *(_plain(part) for part in text.split("\n"))}:
            if line and any(p.fullmatch(line) for p in patterns):
                found.add(line)
    return sorted(found)


@pytest.fixture
def demo_window(english, qtbot, data_folder, content, monkeypatch):
    from isv_dialogue.demo import create_demo
    from ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "warn", staticmethod(lambda *a: None))
    demo = create_demo(data_folder, content, TODAY)
    window = MainWindow(data_folder, content, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.refresh(select=demo.supplier.id)
    window.demo = demo
    return window


def test_no_dutch_fixed_text_in_any_window_in_english(demo_window, qtbot, content, data_folder):
    """Main window (every tab), supplier dialog, the wizard on every page of every
    kind, signal dialogs, the final meeting view and its correction dialog, the
    portfolio, about, settings, backup and help: nothing equals a Dutch catalogue text."""
    from isv_dialogue import backups
    from isv_dialogue.model import MeetingKind
    from ui.about_dialog import AboutDialog
    from ui.backup_dialog import BackupDialog
    from ui.correction_dialog import CorrectionDialog
    from ui.help_dialog import HelpDialog
    from ui.settings import Settings
    from ui.settings_dialog import SettingsDialog
    from ui.signal_dialog import SignalDialog
    from ui.signal_timeline import CloseSignalDialog
    from ui.step_dialog import StepDialog
    from ui.supplier_dialog import SupplierDialog

    patterns = dutch_patterns()
    assert len(patterns) > 300
    window, demo = demo_window, demo_window.demo
    found: dict[str, list[str]] = {}

    def check(name: str, widget: QWidget) -> None:
        qtbot.addWidget(widget) if widget.parent() is None else None
        widget.show()
        dutch = dutch_on_screen(widget, patterns)
        if dutch:
            found[name] = dutch

    tabs = window.detail.findChild(QTabWidget)
    for n in range(tabs.count()):
        tabs.setCurrentIndex(n)
        check(f"main window, tab {n}", window)
    check("supplier dialog", SupplierDialog(content, demo.supplier))
    check("new supplier dialog", SupplierDialog(content))
    signal = demo.signals[0]
    check("signal dialog", SignalDialog(content, signal))
    check("new signal dialog", SignalDialog(content))
    check("step dialog", StepDialog(content, signal))
    check("close signal dialog", CloseSignalDialog(content, signal))

    wizard = window.open_meeting(None)
    for kind in (MeetingKind.DIALOGUE, MeetingKind.ANNUAL_REVIEW, MeetingKind.SIGNAL):
        wizard.go_to("start")
        wizard.start.kind_group.button(list(MeetingKind).index(kind)).setChecked(True)
        for key in wizard.sequence():
            wizard.go_to(key)
            assert wizard.current_key() == key
            check(f"wizard {kind.value} {key}", wizard)
    help_dialog = HelpDialog.show_for(wizard, content, wizard.current_key())
    for n in range(help_dialog.pages.count()):
        help_dialog.pages.setCurrentIndex(n)
        check(f"help {help_dialog.current_key()}", help_dialog)
    wizard.close()

    final = next(m for m in demo.meetings_newest_first() if m.is_final)
    view = window.view_meeting(final.id)
    check("final meeting view", view)
    check("correction dialog", CorrectionDialog(view))
    view.close()
    check("portfolio", window.show_portfolio())
    check("about", AboutDialog())
    check("settings", SettingsDialog(Settings(), data_dir_override=data_folder.root))
    path = data_folder.path_for(demo.supplier.id)
    infos = [backups.describe(b) for b in backups.list_backups(path)]
    check("backup dialog", BackupDialog(infos, demo.supplier.name))
    check("backup dialog, none yet", BackupDialog([], demo.supplier.name))
    assert not found, found


def test_core_messages_reach_the_windows_in_english(demo_window, qtbot, content, monkeypatch):
    """The rules and the storage speak the interface's language: a step refused on a
    closed signal, a supplier someone else has open, a meeting that cannot be final yet."""
    from isv_dialogue.locking import lock_path
    from ui.step_dialog import StepDialog

    patterns = dutch_patterns()
    window, demo = demo_window, demo_window.demo
    closed = next(s for s in demo.signals if not s.is_open)
    dialog = StepDialog(content, closed, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.notices.errors() == ["This signal is closed; reopen it to add a step."]
    assert "This signal is closed; reopen it to add a step." in visible_texts(dialog)
    assert dutch_on_screen(dialog, patterns) == []
    assert not dialog.ok_button.isEnabled()

    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "warn", lambda parent, title, text: warned.append((title, text)))
    lock = lock_path(window.folder.path_for(demo.supplier.id))
    lock.write_text("half written", encoding="utf-8")  # another process, still filling it
    try:
        window.edit_supplier()
    finally:
        lock.unlink()
    assert len(warned) == 1
    title, text = warned[0]
    assert text.startswith(f"Opened read-only: {demo.supplier.id}.isv.json is already opened "
                           "by another process."), text
    assert not any(p.search(text) for p in patterns), text

    wizard = window.open_meeting(None)
    monkeypatch.setattr(wizard, "confirm", lambda *a: True)
    monkeypatch.setattr(wizard, "warn", lambda parent, title, text: warned.append((title, text)))
    wizard.meeting.date = date(2099, 1, 1)  # not yet reached, whatever day the test runs
    assert wizard.finalise() is False
    assert warned[-1] == ("Not made final",
                          "A meeting dated in the future cannot be made final yet.")
    wizard.close()


def test_date_fields_take_the_language_short_form(english, qtbot):
    """dd/MM/yyyy in English, as dates.short_date writes dates; dd-MM-yyyy in Dutch."""
    from ui.dialog_parts import date_edit
    from ui.dates import short_date
    from ui.widgets import OptionalDateEdit

    edit, optional = date_edit(date(2025, 3, 5)), OptionalDateEdit()
    optional.set_value(date(2025, 3, 5))
    for widget in (edit, optional):
        qtbot.addWidget(widget)
        assert widget.displayFormat() == "dd/MM/yyyy"
        assert widget.text() == short_date(date(2025, 3, 5)) == "05/03/2025"
    i18n.set_language("nl")
    edit, optional = date_edit(date(2025, 3, 5)), OptionalDateEdit()
    optional.set_value(date(2025, 3, 5))
    for widget in (edit, optional):
        qtbot.addWidget(widget)
        assert widget.displayFormat() == "dd-MM-yyyy"
        assert widget.text() == short_date(date(2025, 3, 5)) == "05-03-2025"


def test_the_wizard_has_a_help_button_that_opens_the_page_help(demo_window):
    """Not only F1: a visible Help button, Qt's own (its label from Qt's catalogue)."""
    from ui.help_dialog import HelpDialog

    wizard = demo_window.open_meeting(None)
    button = wizard.button(QWizard.WizardButton.HelpButton)
    assert wizard.testOption(QWizard.WizardOption.HaveHelpButton) and button.isVisible()
    assert button.text() == QCoreApplication.translate("QWizard", "&Help") == "&Help"
    assert button.toolTip() == "Help for this page (F1)"
    wizard.next()
    button.click()
    dialog = wizard.findChild(HelpDialog)
    assert dialog is not None and dialog.isVisible() and dialog.current_key() == wizard.current_key()
    wizard.close()


def test_the_wizard_buttons_come_from_qt_own_english_catalogue(demo_window):
    wizard = demo_window.open_meeting(None)
    wizard.next()
    assert wizard.button(QWizard.WizardButton.BackButton).text() == "< &Back"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >"
    wizard.close()


def test_the_walk_does_see_dutch_when_dutch_is_on_screen(qtbot, data_folder, content):
    """The check above is only as good as its eyes: in Dutch it finds plenty."""
    from isv_dialogue.demo import create_demo
    from ui.main_window import MainWindow

    demo = create_demo(data_folder, content, TODAY)
    window = MainWindow(data_folder, content, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.refresh(select=demo.supplier.id)
    dutch = dutch_on_screen(window, dutch_patterns())
    for text in ("Nieuwe leverancier…", "Laatste gesprek", "Hulp bij deze pagina", "Instellingen…"):
        assert text.replace("&", "") in dutch
