"""The core's own sentences (errors, rules' refusals and warnings) follow the chosen
language without Qt: gettext with resources/translations/core_en.po, compiled to
core_en.mo by scripts/update-translations. Dutch is the source and the default,
so the command line, which never chooses, speaks Dutch."""

from __future__ import annotations

import ast
import gettext
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from isv_dialogue import i18n
from isv_dialogue.errors import LockedError
from isv_dialogue.model import EscalationStep, Signal, SignalStatus
from isv_dialogue.signals import EscalationError, check_step, record_compliance
from helpers import catalogue_tool

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def english():
    """The core in English for one test; Dutch again afterwards, whatever happens."""
    assert i18n.set_language("en") == "en"
    yield
    i18n.set_language("nl")


def closed_signal() -> Signal:
    return Signal(id="s1", received=date(2025, 1, 6), chain_position="eigen_bedrijf",
                  description="Te lange werkdagen", status=SignalStatus.CLOSED,
                  outcome="opgelost", closed_on=date(2025, 3, 1))


def test_set_language_turns_a_known_error_into_english_and_back(content):
    signal = closed_signal()
    step = EscalationStep(id="t1", kind="gesprek", date=date(2025, 3, 5))
    dutch = "Dit signaal is afgesloten; heropen het om een stap toe te voegen."
    assert check_step(signal, step, content.signals).errors == [dutch]
    i18n.set_language("en")
    try:
        assert check_step(signal, step, content.signals).errors == [
            "This signal is closed; reopen it to add a step."]
        with pytest.raises(EscalationError, match="^Compliance is recorded only for a notice of default.$"):
            record_compliance(signal, "t1", True, date(2025, 4, 1))
    finally:
        i18n.set_language("nl")
    assert check_step(signal, step, content.signals).errors == [dutch]
    with pytest.raises(EscalationError, match="^Alleen bij een ingebrekestelling"):
        record_compliance(signal, "t1", True, date(2025, 4, 1))


def test_placeholders_are_filled_in_and_dates_take_the_language_form(english, content):
    signal = Signal(id="s1", received=date(2025, 3, 9), chain_position="eigen_bedrijf",
                    description="x", steps=[EscalationStep(id="t1", kind="gesprek",
                                                          date=date(2025, 3, 5))])
    from isv_dialogue.signals import check_signal

    assert "The signal cannot have come in later than the first step (05/03/2025)." in \
        check_signal(signal, content.signals, date(2025, 4, 1))
    assert i18n._("{name} is al geopend door {who}.", name="a.isv.json", who="b") == \
        "a.isv.json is already opened by b."


def test_a_locked_supplier_says_so_in_english(english, data_folder):
    from isv_dialogue.locking import lock_path
    from isv_dialogue.model import Supplier

    data_folder.create(Supplier(id="lev1", name="Leverancier")).close()
    lock = lock_path(data_folder.path_for("lev1"))
    lock.write_text("half written", encoding="utf-8")  # a live writer, still filling it
    with pytest.raises(LockedError) as raised:
        data_folder.open("lev1", writable=True)
    assert str(raised.value) == "lev1.isv.json is already opened by another process."
    file, reason = data_folder.open_for_editing("lev1")
    file.close()
    assert reason == "Opened read-only: lev1.isv.json is already opened by another process."


def test_an_unknown_language_or_a_missing_catalogue_falls_back_to_dutch(monkeypatch, tmp_path):
    assert i18n.set_language("fr") == "nl" and i18n.LANGUAGE == "nl"
    monkeypatch.setattr(i18n, "catalogue_path", lambda lang: tmp_path / "none.mo")
    assert i18n.set_language("en") == "nl"
    assert i18n._("{name} is leeg.", name="x") == "x is leeg."


def test_the_command_line_speaks_dutch():
    """The CLI never calls set_language: a fresh interpreter's core is Dutch."""
    code = ("from isv_dialogue.i18n import _, LANGUAGE\n"
            "from isv_dialogue import atomic\n"
            "import errno\n"
            "print(LANGUAGE, atomic.os_error_reason(OSError(errno.ENOSPC, 'x')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "nl de schijf is vol"


# --- the catalogue ------------------------------------------------------------------

def test_every_core_text_is_in_the_catalogue_translated_and_compiled(capsys):
    """scripts/update-translations --check covers core_en.po and core_en.mo too."""
    tool = catalogue_tool()
    assert tool.main(["--check"]) == 0, capsys.readouterr().out
    po = tool.FOLDER / "core_en.po"
    assert tool._mo_is_compiled(po), "run scripts/update-translations"
    assert len(tool.read_po(po)) > 100


def test_no_underscore_call_in_the_core_hides_its_text_from_the_extractor():
    _, odd = catalogue_tool().extract(ROOT / "isv_dialogue", ("_", "N_"))
    assert odd == []


def test_every_error_the_core_raises_is_a_translated_sentence():
    """No ``raise SomeError("Dutch")`` or ``raise SomeError(f"...")`` left in the core:
    the text goes through _(). The command line's own module may stay Dutch."""
    found = []
    for path in sorted((ROOT / "isv_dialogue").rglob("*.py")):
        if path.name == "cli.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                if ast.unparse(node.exc.func) in ("TypeError", "KeyError", "ValueError"):
                    continue  # a programmer's error, never shown to a buyer
                if any(isinstance(arg, ast.JoinedStr) or (isinstance(arg, ast.Constant)
                                                          and isinstance(arg.value, str) and arg.value)
                       for arg in node.exc.args):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


def test_translations_fill_in_the_same_placeholders():
    """Formatting every English text with the Dutch one's values gives no error."""
    tool = catalogue_tool()
    for message in tool.read_po(tool.FOLDER / "core_en.po").values():
        names = set(tool.PLACEHOLDER.findall(message.source))
        values = {n: date(2025, 3, 5) for n in names}
        assert message.source.format(**values) and message.translation.format(**values)


def test_po_round_trip_keeps_drafts_obsolete_entries_and_awkward_characters(tmp_path):
    tool = catalogue_tool()
    tricky = 'Een "aanhaling", een \\ en\neen tweede regel met {name}'
    found = {"Nieuw": tool.Message("Nieuw", locations=[("isv_dialogue/a.py", 3)]),
             tricky: tool.Message(tricky, locations=[("isv_dialogue/a.py", 4)]),
             "Klad": tool.Message("Klad", locations=[("isv_dialogue/b.py", 1)])}
    merged = tool.merge(found, {tricky: tool.Message(tricky, 'A "quote", a \\ and\na second line with {name}'),
                                "Klad": tool.Message("Klad", "Draft", "unfinished"),
                                "Weg": tool.Message("Weg", "Gone")})
    po = tmp_path / "core_en.po"
    tool.write_po(po, "en", merged)
    again = tool.read_po(po)
    assert {s: (m.translation, m.kind) for s, m in again.items()} == {
        "Nieuw": ("", "unfinished"),
        tricky: ('A "quote", a \\ and\na second line with {name}', ""),
        "Klad": ("Draft", "unfinished"),
        "Weg": ("Gone", "vanished")}
    assert "#, fuzzy" in po.read_text(encoding="utf-8") and "#~ msgid" in po.read_text(encoding="utf-8")
    with tool.compile_mo(po).open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    assert compiled.gettext(tricky) == 'A "quote", a \\ and\na second line with {name}'
    assert compiled.gettext("Klad") == "Klad", "a draft is not compiled: the Dutch shows"
    assert compiled.gettext("Weg") == "Weg"
    assert compiled.info()["content-type"] == "text/plain; charset=UTF-8"
    assert tool.compile_mo(po).read_bytes() == tool.compile_mo(po).read_bytes()
