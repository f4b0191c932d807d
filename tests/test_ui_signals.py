"""Every rule of the escalation ladder, through the signal widgets.

Dialogs are never exec()ed: each test replaces a dialog's ``ask()`` (or the
timeline's questions) with a function that drives the real dialog, reads what
it shows, and returns its value as the buyer's OK would.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from isv_dialogue.model import EscalationStep, Signal, SignalStatus, new_id
from ui.dialog_parts import to_qdate
from ui.signal_dialog import SignalDialog
from ui.signal_timeline import CloseSignalDialog, SignalTimeline
from ui.signals_panel import SignalsPanel
from ui.step_dialog import StepDialog
from ui.palette import INTERNAL_TINT
from helpers import type_text

TODAY = date.today()
REASON = "In verhouding: de leverancier kwam eerdere afspraken niet na."


# --- helpers ------------------------------------------------------------------------------------


def a_signal(*steps: EscalationStep, received: date = TODAY - timedelta(days=90),
             **kw) -> Signal:
    return Signal(id=new_id(), received=received, chain_position="directe_toeleverancier",
                  description="Onbetaald overwerk in de naaierij.", steps=list(steps), **kw)


def a_step(kind: str, days_ago: int, reason: str = REASON, who: str = "M. Jansen",
           **kw) -> EscalationStep:
    return EscalationStep(id=new_id(), kind=kind, date=TODAY - timedelta(days=days_ago),
                          who=who, reason=reason, **kw)


def step_dialog(qtbot, content, signal: Signal, kind: str, reason: str = REASON) -> StepDialog:
    dialog = StepDialog(content, signal, who="M. Jansen")
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.reason.setPlainText(reason)
    return dialog


def texts(widget: QWidget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


@pytest.fixture
def panel(qtbot, content) -> SignalsPanel:
    widget = SignalsPanel(who="M. Jansen")
    qtbot.addWidget(widget)
    widget.resize(1000, 560)
    return widget


# --- SignalDialog -------------------------------------------------------------------------------

def test_registering_a_signal_fills_every_field(qtbot, content):
    """Date, channel, confidential source, description, norm and chain position all come back."""
    dialog = SignalDialog(content, today=TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.received.setDate(to_qdate(TODAY - timedelta(days=3)))
    dialog.channel.setCurrentIndex(dialog.channel.findData("vakbond"))
    type_text(dialog.source, "Şükrü Yılmaz — vakbond İzmir")
    type_text(dialog.description, "Ontslag na vakbondsoprichting; 60 uur per week.")
    dialog.norm.setCurrentIndex(dialog.norm.findData("vakbondsvrijheid"))
    next(b for b in dialog.positions.buttons()
         if b.property("position") == "eigen_bedrijf").click()
    assert dialog.ok_button.isEnabled()

    signal = dialog.value()
    assert signal.id
    assert signal.received == TODAY - timedelta(days=3)
    assert signal.channel == "vakbond"
    assert signal.source == "Şükrü Yılmaz — vakbond İzmir"
    assert signal.description == "Ontslag na vakbondsoprichting; 60 uur per week."
    assert signal.norm == "vakbondsvrijheid"
    assert signal.chain_position == "eigen_bedrijf"
    assert signal.status is SignalStatus.OPEN and signal.steps == []


def test_a_signal_without_description_or_chain_position_is_refused_in_words(qtbot, content):
    """OK stays disabled and the dialog says what is missing."""
    dialog = SignalDialog(content, today=TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    shown = " ".join(dialog.notices.errors())
    assert "Beschrijf wat er is gebeurd" in shown
    assert "Kies waar in de keten" in shown


def test_editing_keeps_steps_and_id(qtbot, content):
    """Correcting a signal changes only its fields, not its history."""
    original = a_signal(a_step("gesprek", 80), channel="ngo", norm="lonen", source="X")
    dialog = SignalDialog(content, original, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.description.setPlainText("Gecorrigeerde omschrijving.")
    edited = dialog.value()
    assert edited.id == original.id and edited.steps == original.steps
    assert (edited.channel, edited.norm, edited.source) == ("ngo", "lonen", "X")
    assert edited.description == "Gecorrigeerde omschrijving."


def test_received_date_after_the_first_step_is_refused(qtbot, content):
    """A signal cannot have come in after a step taken on it."""
    dialog = SignalDialog(content, a_signal(a_step("gesprek", 80)), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.received.setDate(to_qdate(TODAY - timedelta(days=10)))
    assert not dialog.ok_button.isEnabled()
    assert any("eerste stap" in e for e in dialog.notices.errors())


@pytest.mark.parametrize("position, words", [
    ("eigen_bedrijf", "onmiddellijk aanpakken"),
    ("directe_toeleverancier", "verbeterplan eisen"),
    ("verderop_in_keten", "druk uit te oefenen"),
])
def test_chain_position_choice_shows_the_expectation(qtbot, content, position, words):
    """The expectation beneath the choice follows the chosen place in the chain, live."""
    dialog = SignalDialog(content, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert words not in dialog.expectation.text()
    next(b for b in dialog.positions.buttons() if b.property("position") == position).click()
    assert words in dialog.expectation.text()
    assert dialog.expectation.isVisible()


def test_the_confidential_source_is_visibly_marked(qtbot, content):
    """The source sits in a tinted frame that says it never goes into the supplier's minutes."""
    dialog = SignalDialog(content, a_signal(source="Naam van de melder"), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.resize(720, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.source.parent() is dialog.source_frame
    assert dialog.source_frame.property("confidential") is True
    marking = dialog.source_label.text()
    assert "Vertrouwelijk" in marking and "nooit in het verslag voor de leverancier" in marking
    image = dialog.source_frame.grab().toImage()
    assert image.pixelColor(4, image.height() // 2) == QColor(INTERNAL_TINT)


def test_escape_cancels_and_enter_does_not_accept_an_incomplete_signal(qtbot, content):
    """Keyboard only: Enter on a refused form does nothing, Escape cancels."""
    dialog = SignalDialog(content, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_tab_order_follows_the_form(qtbot, content):
    """Tab walks the fields top to bottom: date, channel, source, description, norm, chain."""
    dialog = SignalDialog(content, today=TODAY)
    qtbot.addWidget(dialog)
    wanted = [dialog.received, dialog.channel, dialog.source, dialog.description, dialog.norm,
              dialog.positions.buttons()[0]]
    order, widget = [], dialog.received
    for _ in range(60):
        if widget in wanted and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert order == wanted


# --- StepDialog ---------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["verbeterplan", "extern_advies", "nader_onderzoek", "boete"])
def test_a_measure_without_reason_disables_ok_with_the_proportionality_message(qtbot, content, kind):
    """A measure needs a recorded reason why it is proportionate; the dialog says so."""
    dialog = step_dialog(qtbot, content, a_signal(a_step("gesprek", 80)), kind, reason="   ")
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    assert any("in verhouding staat" in e for e in dialog.notices.errors())
    assert dialog.notices.isVisible()
    type_text(dialog.reason, "Ernstig: onderbetaling van 212 werknemers.")
    assert dialog.ok_button.isEnabled()


def test_a_conversation_needs_no_reason(qtbot, content):
    """Talking is always possible and free."""
    dialog = step_dialog(qtbot, content, a_signal(), "gesprek", reason="")
    assert dialog.ok_button.isEnabled() and dialog.notices.texts() == []
    assert dialog.value().kind == "gesprek"


def test_a_notice_of_default_without_deadline_is_refused(qtbot, content):
    """The term field appears only for an ingebrekestelling, and is required there."""
    dialog = step_dialog(qtbot, content, a_signal(a_step("gesprek", 80)), "boete")
    dialog.show()
    assert not dialog.has_deadline.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("ingebrekestelling"))
    assert dialog.has_deadline.isVisible() and dialog.deadline.isVisible()
    assert not dialog.ok_button.isEnabled()
    assert any("termijn nodig" in e for e in dialog.notices.errors())
    dialog.has_deadline.setChecked(True)
    dialog.deadline.setDate(dialog.day.date())
    assert any("na de datum" in e for e in dialog.notices.errors())
    dialog.deadline.setDate(dialog.day.date().addDays(30))
    assert dialog.ok_button.isEnabled()
    step = dialog.value()
    assert step.deadline == step.date + timedelta(days=30)


def test_the_dialogue_first_warning_is_visible_but_does_not_block(qtbot, content):
    """Before any conversation a measure is allowed, with the reminder to talk first."""
    dialog = step_dialog(qtbot, content, a_signal(), "extern_advies")
    dialog.show()
    assert dialog.ok_button.isEnabled()
    assert any("eerst in overleg" in w for w in dialog.notices.warnings())
    assert "eerst in overleg" in texts(dialog.notices)


def test_the_step_dialog_shows_what_the_supplier_is_expected_to_do(qtbot, content):
    """Where the buyer decides, the chain position's expectation is in view."""
    dialog = step_dialog(qtbot, content, a_signal(), "gesprek")
    assert "verbeterplan eisen" in dialog.context.text()


def test_termination_is_refused_before_an_unmet_notice_and_explained(qtbot, content):
    """Ontbinding is selectable, but OK stays off and the guidance says why."""
    running = a_step("ingebrekestelling", 20, deadline=TODAY + timedelta(days=10))
    dialog = step_dialog(qtbot, content, a_signal(a_step("gesprek", 80), running), "ontbinding")
    dialog.show()
    assert dialog.kind.currentData() == "ontbinding"
    assert not dialog.ok_button.isEnabled()
    assert any("pas na een ingebrekestelling" in e for e in dialog.notices.errors())
    assert "legitieme reden om de overeenkomst te ontbinden" in dialog.kind_help.text()
    assert dialog.kind_help.isVisible()


def test_termination_is_allowed_after_recording_non_compliance_past_the_deadline(
        qtbot, content, panel, monkeypatch):
    """Record 'niet nagekomen' on the timeline, then ontbinding opens in the step dialog."""
    notice = a_step("ingebrekestelling", 40, deadline=TODAY - timedelta(days=10))
    signal = a_signal(a_step("gesprek", 60), notice)
    panel.load([signal], content)

    shown: dict[str, StepDialog] = {}

    def ask_step(cls, content_, signal_, parent=None, who=""):
        dialog = step_dialog(qtbot, content_, signal_, "ontbinding",
                             reason="Termijn verstreken zonder nakoming.")
        shown["dialog"] = dialog
        return dialog.value() if dialog.ok_button.isEnabled() else None

    monkeypatch.setattr(StepDialog, "ask", classmethod(ask_step))
    panel.step_button.click()
    assert not shown["dialog"].ok_button.isEnabled()  # not yet: compliance not recorded

    monkeypatch.setattr(SignalTimeline, "ask_compliance", classmethod(lambda cls, step, parent: False))
    button = panel.timeline.compliance_buttons[notice.id]
    with qtbot.waitSignal(panel.changed) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert next(s for s in blocker.args[0].steps if s.id == notice.id).complied is False
    assert "niet nagekomen" in texts(panel.timeline)

    with qtbot.waitSignal(panel.changed) as blocker:
        panel.step_button.click()
    assert shown["dialog"].ok_button.isEnabled()
    assert [s.kind for s in blocker.args[0].steps][-1] == "ontbinding"
    assert panel.list.topLevelItem(0).text(3) == "Ontbinding"


def test_compliance_cannot_be_recorded_while_the_term_runs(qtbot, content):
    """Before the deadline there is no button to record compliance."""
    notice = a_step("ingebrekestelling", 5, deadline=TODAY + timedelta(days=9))
    timeline = SignalTimeline()
    qtbot.addWidget(timeline)
    timeline.load(a_signal(a_step("gesprek", 20), notice), content)
    assert notice.id not in timeline.compliance_buttons
    assert "loopt nog" in texts(timeline)


# --- SignalTimeline -----------------------------------------------------------------------------

def test_the_timeline_lists_steps_in_date_order(qtbot, content):
    """Whatever order the steps were stored in, the timeline reads first to last."""
    steps = [a_step("nader_onderzoek", 10), a_step("gesprek", 70), a_step("verbeterplan", 40)]
    timeline = SignalTimeline()
    qtbot.addWidget(timeline)
    timeline.load(a_signal(*steps), content)
    titles = [row.findChild(QLabel, "title").text() for row in timeline.entries]
    dates = [row.findChild(QLabel, "date").text() for row in timeline.entries]
    assert "Signaal ontvangen" in titles[0]
    assert ["Gesprek" in titles[1], "Verbeterplan" in titles[2], "Nader onderzoek" in titles[3]] \
        == [True, True, True]
    as_dates = [date(int(d[6:]), int(d[3:5]), int(d[:2])) for d in dates]
    assert as_dates == sorted(as_dates)
    assert "M. Jansen" in titles[1] and REASON in texts(timeline.entries[1])


def test_the_timeline_shows_a_notice_deadline_and_its_compliance(qtbot, content):
    notice = a_step("ingebrekestelling", 40, deadline=TODAY - timedelta(days=10), complied=True)
    timeline = SignalTimeline()
    qtbot.addWidget(timeline)
    timeline.load(a_signal(a_step("gesprek", 60), notice), content)
    shown = texts(timeline)
    assert (TODAY - timedelta(days=10)).strftime("%d-%m-%Y") in shown and "nagekomen" in shown


def test_closing_with_an_outcome(qtbot, content, monkeypatch):
    """The close dialog's outcome, date and notes close the signal; reopen clears the outcome."""
    timeline = SignalTimeline()
    qtbot.addWidget(timeline)
    timeline.load(a_signal(a_step("gesprek", 60)), content)

    def ask_close(cls, content_, signal, parent):
        dialog = CloseSignalDialog(content_, signal)
        qtbot.addWidget(dialog)
        assert not dialog.ok_button.isEnabled()  # no outcome chosen yet
        dialog.set_outcome("herstel_en_verhaal")
        type_text(dialog.notes, "Loon nabetaald aan 212 werknemers.")
        assert dialog.ok_button.isEnabled()
        return dialog.value()

    monkeypatch.setattr(SignalTimeline, "ask_close", classmethod(ask_close))
    with qtbot.waitSignal(timeline.changed) as blocker:
        timeline.close_button.click()
    closed = blocker.args[0]
    assert closed.status is SignalStatus.CLOSED and closed.outcome == "herstel_en_verhaal"
    assert closed.closed_on == TODAY and closed.outcome_notes == "Loon nabetaald aan 212 werknemers."
    assert "Hersteld (herstel en verhaal)" in texts(timeline)

    monkeypatch.setattr(SignalTimeline, "confirm_reopen", classmethod(lambda cls, s, p: True))
    with qtbot.waitSignal(timeline.changed) as blocker:
        timeline.reopen_button.click()
    assert blocker.args[0].is_open and blocker.args[0].outcome == ""


def test_contract_ended_is_refused_without_a_termination(qtbot, content):
    """'Contract beëindigd' is selectable but refused, with the reason, until ontbinding."""
    dialog = CloseSignalDialog(content, a_signal(a_step("gesprek", 60)), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_outcome("contract_beeindigd")
    assert not dialog.ok_button.isEnabled()
    assert any("ontbinding" in e for e in dialog.notices.errors())
    assert dialog.notices.isVisible()

    notice = a_step("ingebrekestelling", 40, deadline=TODAY - timedelta(days=20), complied=False)
    ended = a_signal(a_step("gesprek", 60), notice, a_step("ontbinding", 10))
    dialog = CloseSignalDialog(content, ended, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.set_outcome("contract_beeindigd")
    assert dialog.ok_button.isEnabled()


# --- SignalsPanel -------------------------------------------------------------------------------

def test_the_panel_lists_open_signals_first_with_highest_step_and_chain(qtbot, content, panel):
    closed = a_signal(a_step("gesprek", 80), received=TODAY - timedelta(days=10),
                      status=SignalStatus.CLOSED, outcome="opgelost", closed_on=TODAY)
    open_ = a_signal(a_step("gesprek", 80), a_step("boete", 20), received=TODAY - timedelta(days=100))
    panel.load([closed, open_], content)
    first, second = panel.list.topLevelItem(0), panel.list.topLevelItem(1)
    assert (first.text(4), second.text(4)) == ("Open", "Afgesloten")
    assert first.text(3) == "Boete" and first.text(2) == "Directe toeleverancier"


def test_the_panel_emits_changed_for_a_new_signal(qtbot, content, panel, monkeypatch):
    """'Nieuw signaal' registers through the dialog and hands the new signal to the owner."""
    panel.load([], content)
    assert not panel.step_button.isEnabled()

    def ask(cls, content_, signal=None, parent=None):
        dialog = SignalDialog(content_, signal)
        qtbot.addWidget(dialog)
        dialog.description.setPlainText("Kinderarbeid in de steengroeve.")
        dialog.positions.buttons()[2].click()
        return dialog.value()

    monkeypatch.setattr(SignalDialog, "ask", classmethod(ask))
    with qtbot.waitSignal(panel.changed) as blocker:
        panel.new_button.click()
    created = blocker.args[0]
    assert created.description == "Kinderarbeid in de steengroeve."
    assert created.chain_position == "verderop_in_keten"
    assert panel.current().id == created.id and panel.step_button.isEnabled()
    assert "druk uit te oefenen" in panel.expectation.text()


def test_the_panel_emits_changed_with_the_modified_signal(qtbot, content, panel, monkeypatch):
    """Adding a step, and closing, each reach the owner as the whole modified signal."""
    signal = a_signal()
    panel.load([signal], content)
    monkeypatch.setattr(StepDialog, "ask", classmethod(
        lambda cls, c, s, parent=None, who="": a_step("gesprek", 1, who=who or "?")))
    with qtbot.waitSignal(panel.changed) as blocker:
        panel.step_button.click()
    changed = blocker.args[0]
    assert changed.id == signal.id and [s.kind for s in changed.steps] == ["gesprek"]
    assert changed.steps[0].who == "M. Jansen"
    assert signal.steps == []  # the caller's object is left alone: plain data out

    monkeypatch.setattr(SignalTimeline, "ask_close", classmethod(
        lambda cls, c, s, parent: ("opgelost", TODAY, "Opgelost in gesprek.")))
    with qtbot.waitSignal(panel.changed) as blocker:
        panel.close_button.click()
    assert blocker.args[0].status is SignalStatus.CLOSED
    assert not panel.step_button.isEnabled()
    assert "Heropenen" in panel.close_button.text().replace("&", "")
    assert panel.list.topLevelItem(0).text(4) == "Afgesloten"


def test_the_panel_does_not_emit_when_a_dialog_is_cancelled(qtbot, content, panel, monkeypatch):
    panel.load([a_signal()], content)
    monkeypatch.setattr(StepDialog, "ask", classmethod(lambda cls, *a, **k: None))
    monkeypatch.setattr(SignalDialog, "ask", classmethod(lambda cls, *a, **k: None))
    with qtbot.assertNotEmitted(panel.changed):
        panel.step_button.click()
        panel.edit_button.click()
        panel.new_button.click()


def test_the_panel_marks_the_source_confidential(qtbot, content, panel):
    panel.load([a_signal(source="Naam van de melder")], content)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.source_frame.isVisible() and panel.source_frame.property("confidential")
    assert "vertrouwelijk" in panel.source_title.text()
    assert "nooit in het verslag voor de leverancier" in panel.source_title.text()
    assert panel.source.text() == "Naam van de melder"


def test_the_step_dialog_fits_a_720_pixel_screen_at_a_larger_font(qtbot, content, large_font):
    """The heaviest case: "Ontbinding" with its explanation and two refusals showing,
    the system font 4 pt larger. The fields scroll; the buttons stay on screen."""
    signal = a_signal(a_step("gesprek", 150), a_step("ingebrekestelling", 60))
    dialog = step_dialog(qtbot, content, signal, "ontbinding", reason="")
    dialog.show()
    assert "Ontbinding kan pas" in texts(dialog)
    assert dialog.minimumSizeHint().height() <= 720 - 40
    assert dialog.ok_button.isVisible()
