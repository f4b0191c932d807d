"""Privacy: files readable by their owner only, internal text never in the
supplier's edition, nothing logged, and no network connection at all."""

from __future__ import annotations

import logging
import os
import re
import shutil
import socket
import stat
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isv_dialogue.cli import main
from isv_dialogue.folder import DataFolder
from isv_dialogue.minutes import render_minutes

from test_minutes import flat, full_dossier, pdftext
from test_storage import add_supplier

ROOT = Path(__file__).resolve().parent.parent
posix = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix
def test_an_existing_wider_data_folder_is_narrowed_on_ensure(tmp_path: Path):
    """A data folder someone made 0755 (or a copied-in file 0644) becomes 0700
    and 0600 when the app starts using it."""
    root = tmp_path / "data"
    folder = DataFolder(root)
    folder.ensure()
    path = add_supplier(folder, "abc", "Textiel BV")
    root.chmod(0o755)
    path.chmod(0o644)
    folder.ensure()
    assert mode(root) == 0o700 and mode(path) == 0o600


@posix
def test_every_file_the_command_line_writes_is_owner_only(tmp_path: Path, capsys):
    """Data folder 0700; supplier file, backups, export and PDF 0600, whatever the umask."""
    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    old = os.umask(0)
    try:
        assert main(["demo", "--data-dir", str(data)]) == 0
        sid = next(data.glob("*.isv.json")).name.split(".")[0]
        assert main(["minutes", "--data-dir", str(data), "--supplier", sid, "--meeting", "latest",
                     "--out", str(out / "v.pdf"), "--audience", "supplier"]) == 0
        assert main(["export", "--data-dir", str(data), "--supplier", sid,
                     "--out", str(out / "d.json")]) == 0
        with DataFolder(data).open(sid, writable=True) as file:  # a write keeps a backup
            file.save_supplier(file.load().supplier)
    finally:
        os.umask(old)
    assert mode(data) == 0o700 and mode(data / "backups") == 0o700
    written = [p for p in (*data.rglob("*"), *out.iterdir()) if p.is_file()]
    assert len(written) >= 4
    assert {p.name: mode(p) for p in written} == {p.name: 0o600 for p in written}


# --- the supplier's edition ----------------------------------------------------

SECRET = st.text(alphabet="BCDFGHJKLMNPQRSTVWXZ", min_size=10, max_size=16).map(lambda s: "QX" + s)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(secrets=st.lists(SECRET, min_size=5, max_size=5, unique=True),
       lang=st.sampled_from(["nl", "en"]))
def test_internal_text_never_reaches_the_supplier_edition(content, tmp_path, secrets, lang):
    """Random text in each internal field (meeting and topic internal notes, the
    note on the supplier, a signal's confidential source) is in the internal
    edition and never in the supplier's."""
    dossier = full_dossier()
    meeting = dossier.meeting("m1")
    signal = next(s for s in dossier.signals if s.is_open)
    meeting.internal_notes = secrets[0]
    meeting.topic_notes["managementproces"].internal_notes = secrets[1]
    meeting.topic_notes["incidenten"].internal_notes = secrets[2]
    dossier.supplier.notes = secrets[3]
    signal.source = secrets[4]
    internal = flat(pdftext(render_minutes(dossier, "m1", content, lang=lang), tmp_path))
    supplier = flat(pdftext(render_minutes(dossier, "m1", content, lang=lang,
                                           audience="supplier"), tmp_path, name="s.pdf"))
    for secret in secrets:
        assert secret in internal, "the marker must be findable, else the test proves nothing"
        assert secret not in supplier and secret[:8] not in supplier


# --- no logs, no network -------------------------------------------------------

NETWORK_MODULES = re.compile(r"^\s*(from|import)\s+(urllib|http|ftplib|smtplib|requests|"
                             r"socketserver|ssl|xmlrpc|asyncio|PySide6\.QtNetwork)\b", re.M)


def test_no_source_file_imports_a_network_module():
    """Nothing in the app imports a network library (socket is used for the
    host name in a lock only)."""
    offenders = [str(p.relative_to(ROOT)) for d in ("isv_dialogue", "ui")
                 for p in (ROOT / d).rglob("*.py") if NETWORK_MODULES.search(p.read_text("utf-8"))]
    assert offenders == []
    assert "QtNetwork" not in (ROOT / "main.py").read_text("utf-8")


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to connect, resolve a name or send a datagram fails the test."""
    calls: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            calls.append(name)
            raise AssertionError(f"network use: {name}{args!r}")
        return blocked

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(name))
    return calls


def test_no_command_and_not_the_main_window_touch_the_network_or_log(
        no_network, tmp_path, qtbot, capsys, caplog, content):
    """demo, suppliers, minutes, export, import, check (and --repair), and the
    main window shown with its list read, run with every socket call patched to
    fail; and not one log record is written (so no content either)."""
    caplog.set_level(logging.DEBUG)
    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    d = ["--data-dir", str(data)]
    assert main(["demo", *d]) == 0
    sid = next(data.glob("*.isv.json")).name.split(".")[0]
    assert main(["suppliers", *d, "--json"]) == 0
    assert main(["minutes", *d, "--supplier", sid, "--meeting", "latest",
                 "--out", str(out / "v.pdf")]) == 0
    assert main(["export", *d, "--supplier", sid, "--out", str(out / "d.json")]) == 0
    assert main(["import", "--data-dir", str(tmp_path / "other"), str(out / "d.json")]) == 0
    assert main(["check", *d]) == 0
    assert main(["check", *d, "--repair"]) == 0

    from ui.main_window import MainWindow

    window = MainWindow(DataFolder(data), content, today=date(2025, 6, 1))
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    assert window.list.topLevelItemCount() == 1
    window.close()
    assert no_network == []
    assert [r for r in caplog.records if r.name.startswith(("isv_dialogue", "ui"))] == []
