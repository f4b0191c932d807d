"""F1 help: every wizard page and the main window have help from the content
files, shown in a window that does not block the meeting and follows its page."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut

from isv_dialogue.model import MeetingKind, Supplier
from ui.help_dialog import HelpDialog, help_html, help_keys
from ui.main_window import MainWindow

TODAY = date(2025, 3, 10)


def make_window(qtbot, data_folder, content) -> MainWindow:
    data_folder.create(Supplier(id="s1", name="Steengoed")).close()
    window = MainWindow(data_folder, content, today=TODAY)
    qtbot.addWidget(window)
    window.refresh(select="s1")
    return window


def test_every_page_of_every_kind_of_meeting_has_help(qtbot, data_folder, content):
    window = make_window(qtbot, data_folder, content)
    wizard = window.open_meeting(None)
    seen = set()
    for kind in (MeetingKind.DIALOGUE, MeetingKind.ANNUAL_REVIEW, MeetingKind.SIGNAL):
        wizard.start.kind_group.button(list(MeetingKind).index(kind)).setChecked(True)
        for key in wizard.sequence():
            seen.add(key)
    for key in set(wizard.ids) | seen:
        assert content.help_page(key) is not None, key
        assert key in help_keys(content)
    wizard.close()


def test_f1_opens_the_help_of_the_current_page_and_it_follows_the_wizard(qtbot, data_folder,
                                                                        content):
    window = make_window(qtbot, data_folder, content)
    wizard = window.open_meeting(None)
    f1 = [s for s in wizard.findChildren(QShortcut)
          if s.key() == QKeySequence(QKeySequence.StandardKey.HelpContents)]
    assert len(f1) == 1
    f1[0].activated.emit()
    dialog = wizard.findChild(HelpDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert dialog.current_key() == "start"
    assert "Het gesprek voorbereiden" in dialog.text.toPlainText()
    wizard.next()
    key = wizard.current_key()
    assert key.startswith("topic:") and dialog.current_key() == key
    text = dialog.text.toPlainText()
    assert "Luister" in text and "Aandachtspunten" in text and "Klachtenmechanisme" in text
    f1[0].activated.emit()
    assert wizard.findChildren(HelpDialog) == [dialog], "one help window per meeting"
    wizard.close()


def test_the_signals_help_quotes_the_guidance_word_for_word(content):
    page = content.help_page("signals")
    html = help_html(page, "nl")
    for section in content.signals.sections:
        assert section.title.nl in html
    assert ("Als de opdrachtnemer na ingebrekestelling nog steeds geen invulling geeft aan de "
            "afspraken over de internationale sociale voorwaarden in het contract") in html


def test_the_help_menu_offers_help_for_this_page(qtbot, data_folder, content):
    window = make_window(qtbot, data_folder, content)
    texts = [a.text() for a in window.help_menu.actions()]
    assert texts[0] == "Hulp bij deze pagina" and "Over ISV-dialoog" in texts
    assert window.help_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.help_action.trigger()
    dialog = window.findChild(HelpDialog)
    assert dialog.current_key() == "main" and dialog.isVisible()
    dialog.pages.setCurrentIndex(dialog.pages.findData("review"))
    assert "CONCEPT" in dialog.text.toPlainText()
    dialog.close()
    assert not dialog.isVisible()
    window.help_action.trigger()
    assert window.findChild(HelpDialog) is dialog and dialog.isVisible() and dialog.current_key() == "main"


def test_typed_looking_text_in_the_help_is_shown_as_text(content):
    """The help is escaped: a '<' in a content file cannot break the page."""
    from isv_dialogue.questionnaires import HelpPage, Text

    page = HelpPage("x", Text("A <b> & c", "A <b> & c"), Text("één\n\ntwee", "one\n\ntwo"))
    assert help_html(page, "nl") == "<h2>A &lt;b&gt; &amp; c</h2><p>één</p><p>twee</p>"
