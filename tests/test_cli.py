"""The command line contract from the README: output, exit codes, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from isv_dialogue.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, capsys) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_dir(tmp_path, capsys) -> Path:
    folder = tmp_path / "data"
    code, out, _ = run("demo", "--data-dir", str(folder), capsys=capsys)
    assert code == 0 and "aangemaakt" in out
    return folder


def _only_supplier(folder: Path, capsys) -> dict:
    code, out, _ = run("suppliers", "--data-dir", str(folder), "--json", capsys=capsys)
    assert code == 0
    (row,) = json.loads(out)
    return row


def test_suppliers_lists_the_demo_with_its_open_items(demo_dir, capsys):
    """`suppliers --json` gives id, name, open signals and open agreements."""
    row = _only_supplier(demo_dir, capsys)
    assert row["open_signals"] >= 1 and row["open_agreements"] >= 1
    code, out, _ = run("suppliers", "--data-dir", str(demo_dir), capsys=capsys)
    assert code == 0 and row["id"] in out and row["name"] in out


def test_export_import_round_trip_through_the_command_line(demo_dir, tmp_path, capsys):
    """export → import into an empty folder → export gives the same bytes."""
    supplier = _only_supplier(demo_dir, capsys)["id"]
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert run("export", "--data-dir", str(demo_dir), "--supplier", supplier, "--out", str(first),
               capsys=capsys)[0] == 0
    empty = tmp_path / "empty"
    code, out, _ = run("import", "--data-dir", str(empty), str(first), capsys=capsys)
    assert code == 0 and "ingelezen" in out
    assert run("export", "--data-dir", str(empty), "--supplier", supplier, "--out", str(second),
               capsys=capsys)[0] == 0
    assert first.read_bytes() == second.read_bytes()


def test_check_passes_on_good_data_and_fails_on_a_damaged_file(demo_dir, capsys):
    """`check` exits 0 on the demo, 1 naming a damaged file, and leaves that file alone."""
    code, out, _ = run("check", "--data-dir", str(demo_dir), capsys=capsys)
    assert code == 0 and "geen fouten" in out
    broken = demo_dir / "0badc0ffee.isv.json"
    broken.write_bytes(b'{"_meta": {"1": {"schema": 1')
    code, out, _ = run("check", "--data-dir", str(demo_dir), capsys=capsys)
    assert code == 1 and "FOUT   0badc0ffee.isv.json" in out
    assert broken.read_bytes() == b'{"_meta": {"1": {"schema": 1'


def test_suppliers_skips_a_damaged_file_and_names_it(demo_dir, capsys):
    """One unreadable file is reported on stderr; the others are still listed."""
    (demo_dir / "0badc0ffee.isv.json").write_text("niet json")
    code, out, err = run("suppliers", "--data-dir", str(demo_dir), "--json", capsys=capsys)
    assert code == 0 and len(json.loads(out)) == 1
    assert "0badc0ffee.isv.json" in err


@pytest.mark.parametrize("args, message", [
    (["export", "--supplier", "../../etc", "--out", "x.json"], "geen geldige leverancier-id"),
    (["export", "--supplier", "abcdef0123", "--out", "x.json"], "Geen leverancier met id"),
    (["import", "bestaat-niet.json"], "bestaat niet"),
    (["minutes", "--supplier", "abcdef0123", "--meeting", "latest", "--out", "x.pdf"],
     "Geen leverancier met id"),
])
def test_bad_input_gives_one_line_and_a_non_zero_exit(tmp_path, capsys, args, message):
    """Mistakes a user can make end in one clear line on stderr, exit 1."""
    code, out, err = run(*args[:1], "--data-dir", str(tmp_path), *args[1:], capsys=capsys)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and message in err


def test_an_import_of_garbage_names_the_file(tmp_path, capsys):
    """A non-JSON dossier is refused in one sentence, nothing is created."""
    garbage = tmp_path / "dossier.json"
    garbage.write_text("<html>")
    code, _, err = run("import", "--data-dir", str(tmp_path / "data"), str(garbage), capsys=capsys)
    assert code == 1 and "dossier.json is geen geldig JSON-bestand" in err
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").iterdir())


def test_usage_errors_exit_2_in_one_line_without_traceback(tmp_path):
    """The real entry point: unknown command and missing options, one line each."""
    for args in (["bogus"], ["minutes", "--data-dir", str(tmp_path)]):
        done = subprocess.run([sys.executable, "main.py", *args], cwd=ROOT,
                              capture_output=True, text=True)
        assert done.returncode == 2
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_data_dir_comes_from_the_environment(tmp_path, demo_dir, capsys, monkeypatch):
    """ISV_DIALOGUE_DATA is used when --data-dir is not given."""
    monkeypatch.setenv("ISV_DIALOGUE_DATA", str(demo_dir))
    code, out, _ = run("suppliers", "--json", capsys=capsys)
    assert code == 0 and len(json.loads(out)) == 1


def test_minutes_of_the_latest_meeting_for_the_supplier(demo_dir, tmp_path, capsys):
    """`minutes --meeting latest --audience supplier` writes a PDF without internal text."""
    supplier = _only_supplier(demo_dir, capsys)["id"]
    out = tmp_path / "verslag.pdf"
    code, stdout, _ = run("minutes", "--data-dir", str(demo_dir), "--supplier", supplier,
                          "--meeting", "latest", "--out", str(out), "--audience", "supplier",
                          capsys=capsys)
    assert code == 0 and str(out) in stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Brinkhorst" in text and "Uitgave voor de leverancier" in text
    assert "niet verstrekken aan de leverancier" not in text


def test_minutes_of_an_unknown_meeting_is_one_line(demo_dir, tmp_path, capsys):
    """A meeting id that does not exist is named, and no file is written."""
    supplier = _only_supplier(demo_dir, capsys)["id"]
    out = tmp_path / "verslag.pdf"
    code, _, err = run("minutes", "--data-dir", str(demo_dir), "--supplier", supplier,
                       "--meeting", "ffffffffff", "--out", str(out), capsys=capsys)
    assert code == 1 and err.count("\n") == 1 and not out.exists()


def test_without_a_command_the_app_gets_the_folder_the_user_named(tmp_path, monkeypatch, capsys):
    started: list[Path | None] = []

    def launch(folder: Path | None) -> int:
        started.append(folder)
        return 0

    monkeypatch.delenv("ISV_DIALOGUE_DATA", raising=False)
    assert main([], launch_app=launch) == 0
    assert main(["--data-dir", str(tmp_path / "a")], launch_app=launch) == 0
    monkeypatch.setenv("ISV_DIALOGUE_DATA", str(tmp_path / "b"))
    assert main([], launch_app=launch) == 0
    assert started == [None, tmp_path / "a", tmp_path / "b"], "None: the app chooses (settings)"
    with pytest.raises(SystemExit) as usage:
        main(["--data-dir"], launch_app=launch)
    assert usage.value.code == 2 and "--data-dir" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--help"], launch_app=launch)
    assert "minutes" in capsys.readouterr().out, "the help still lists every command"
    assert len(started) == 3


ARGVS = [[], ["--data-dir", "x"], ["--data-dir=x"], ["--data", "x"], ["--d", "x"], ["--dat=x"],
         ["--data-dir", "a", "--data-dir", "b"], ["--data-dir="], ["--data-dir"], ["--"],
         ["-h"], ["--help"], ["--vers"], ["--data-dir", "-x"], ["bogus"], ["demo"],
         ["demo", "--data-dir"], ["suppliers", "--json", "--data-dir"], ["--data-dir", "x", "demo"],
         ["check", "--data-dir", "--repair"], ["--data-dir", "x", "--json"], ["--nonsense"],
         ["--data-dir", ""], ["--data-dir", "-1"], ["--data-dir=-x"], ["--data-dir", "a b"],
         ["--data-dir=a=b"], ["--data-dir", "--"]]


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_the_quick_parse_reads_every_line_as_the_full_parser_does(argv, capsys):
    """``parse`` skips building every command's parser when no command is given;
    whatever is on the line, it must come to what the full parser makes of it."""
    from isv_dialogue.arguments import build_parser
    from isv_dialogue.cli import parse

    def outcome(read):
        try:
            return ("args", vars(read(list(argv))))
        except SystemExit as stop:
            out, err = capsys.readouterr()
            return ("exit", stop.code, out, err)

    assert outcome(parse) == outcome(build_parser().parse_args)
