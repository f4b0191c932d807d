"""Every benchmark with its target, in one table.

    .venv/bin/python -m benchmarks            the full run (about four minutes)
    .venv/bin/python -m benchmarks --quick    smallest size, few repeats: a smoke run
    .venv/bin/python -m benchmarks --plot docs/performance-growth.svg
                                              the full run, and the growth chart

Each row has its figure, a baseline measured in the same run, the ratio, the
target and whether it is met. Data is generated fresh in a temporary folder on
the same disk as the user's data folder would be (never tmpfs), at three
sizes: one supplier with two meetings; one supplier with ten years of history;
200 suppliers of five years each. See docs/performance.md.
"""

from __future__ import annotations

import copy
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from benchmarks.timing import median_seconds  # noqa: E402
from isv_dialogue.codec import encode  # noqa: E402
from isv_dialogue.folder import DataFolder  # noqa: E402
from isv_dialogue.model import Dossier  # noqa: E402
from isv_dialogue.questionnaires import Content, load_content  # noqa: E402

from . import data  # noqa: E402

TODAY = date(2025, 6, 2)
LAUNCH = Path(__file__).with_name("launch.py")
PYCACHE = Path(tempfile.gettempdir()) / "isv-bench-pycache"  # set per run in main()


@dataclass
class Row:
    name: str
    figure: float
    baseline: float | None
    unit: str
    target: str
    ok: bool | None  # None: no target, or skipped
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.figure / self.baseline if self.baseline else None


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ms(seconds: float) -> float:
    return seconds * 1000


# --- startup and memory --------------------------------------------------------------

def _launch(args: list[str]) -> tuple[float, int]:
    """Seconds from process start to READY, and the peak RSS in MB it reported."""
    ready, _opened, rss = _launch_marks(args)
    return ready, rss


def _launch_marks(args: list[str]) -> tuple[float, float | None, int]:
    """Seconds from process start to READY (usable: the list filled and painted) and
    to OPENED (the app only: the first supplier read and shown), and the peak RSS in MB."""
    # An installed app runs from bytecode (pip compiles it); this shell may say
    # not to write any, so the children keep theirs in the benchmark's folder.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(PYCACHE))
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(LAUNCH), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    ready = opened = None
    rss = 0
    for line in proc.stdout:
        if line.startswith("READY") and ready is None:
            ready = time.perf_counter() - start
        elif line.startswith("OPENED") and opened is None:
            opened = time.perf_counter() - start
        elif line.startswith("EMPTY"):
            raise RuntimeError("the app showed an empty list")
        elif line.startswith("RSS"):
            rss = int(line.split()[1]) // 1024
    err = proc.stderr.read()
    if proc.wait(timeout=120) != 0 or ready is None:
        raise RuntimeError(f"launch {args} failed: {err[-2000:]}")
    return ready, opened, rss


def startup_rows(folder: DataFolder, suppliers: int, runs: int) -> list[Row]:
    from isv_dialogue.index import index_path

    index_path(folder).unlink(missing_ok=True)
    _launch(["bare"])  # compiles Python's and PySide6's bytecode for both
    cold, _ = _launch(["app", str(folder.root)])  # builds the index and compiles ours
    warm, opened, bare, same_screen = [], [], [], []
    for _ in range(runs):  # interleaved, so machine noise hits all alike
        bare.append(_launch(["bare"])[0])
        ready, first, _ = _launch_marks(["app", str(folder.root)])
        warm.append(ready)
        opened.append(first)
        same_screen.append(_launch(["list", str(folder.root)])[0])
    bare_s, warm_s = statistics.median(bare), statistics.median(warm)
    opened_s, list_s = statistics.median(opened), statistics.median(same_screen)
    _, rss = _launch(["app", str(folder.root), "20"])
    _, bare_rss = _launch(["bare"])
    return [
        Row(f"launch to usable main window, {suppliers} suppliers (median of {runs})",
            ms(warm_s), ms(bare_s), "ms", "≤ 1.5× bare QMainWindow", warm_s <= 1.5 * bare_s,
            "until its first frame is drawn, with the list filled from the index; the bare "
            "window until its first frame too"),
        Row("  same, vs a bare QMainWindow showing the same list from the same index", ms(warm_s),
            ms(list_s), "ms", "(none: what the app adds to the least that shows this screen)", None),
        Row("  same, until the first supplier is read and shown beside the list", ms(opened_s),
            ms(bare_s), "ms", "(none: after usable)", None),
        Row(f"  same, first launch (index built from {suppliers} files)", ms(cold), ms(bare_s),
            "ms", "(none: once per folder)", None),
        Row(f"peak memory, {suppliers} suppliers, 20 supplier views opened", rss, bare_rss, "MB",
            "≤ 250 MB RSS", rss <= 250),
    ]


# --- autosave ----------------------------------------------------------------------

def autosave_rows(folder: DataFolder, dossier: Dossier, label: str, samples: int) -> list[Row]:
    """One save of the meeting being typed in, as the autosave writes it, against
    TinyDB's own (unsafe, in-place, not fsync'd) JSONStorage writing the same document."""
    from tinydb.storages import JSONStorage

    with folder.open(dossier.supplier.id, writable=True) as file:
        meeting = file.load().meetings_newest_first()[0]
        answer = next(iter(meeting.answers.values()))
        ours = []
        for n in range(samples):
            answer.supplier_answer += "abcdefghij"[n % 10]
            start = time.perf_counter()
            file.save_meeting(meeting)
            ours.append(time.perf_counter() - start)
        document = file._storage.read()
    plain = folder.root / "tinydb-jsonstorage.json"
    storage = JSONStorage(str(plain), encoding="utf-8")
    theirs = []
    try:
        for _ in range(samples):
            start = time.perf_counter()
            storage.write(document)
            theirs.append(time.perf_counter() - start)
    finally:
        storage.close()
        plain.unlink()
    size = data_size(folder, dossier)
    return [Row(f"one autosave, {label} ({size // 1024} KB file), p95 of {samples}",
                ms(p95(ours)), ms(p95(theirs)), "ms", "p95 ≤ 16 ms and ≤ 2× TinyDB JSONStorage",
                ms(p95(ours)) <= 16 and p95(ours) <= 2 * p95(theirs),
                f"median {ms(statistics.median(ours)):.1f} ms")]


def data_size(folder: DataFolder, dossier: Dossier) -> int:
    return folder.path_for(dossier.supplier.id).stat().st_size


# --- typing while autosave runs -------------------------------------------------------

def typing_rows(folder: DataFolder, dossier: Dossier, content: Content, label: str,
                bursts: int, chars: int) -> list[Row]:
    """Type into an answer of the real MeetingWizard in bursts, pausing so that the
    autosave fires after each burst; a 1 ms heartbeat timer records the longest
    time the event loop was busy. The baseline is the same run with saving off."""
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from ui import autosave as autosave_module
    from ui.collector import Collector, settle
    from ui.meeting_wizard import MeetingWizard

    app = QApplication.instance() or QApplication([])
    # As in the app: cyclic garbage is collected on the UI thread, so the heartbeat
    # sees those pauses too, and what lives before the meeting opens is frozen out of
    # later collections (the app does so at its first frame; here that also sets aside
    # this process's own generated data, which the app would not hold). The other rows
    # run with Python's own collection.
    collector = Collector()
    settle()

    def run(save: bool) -> tuple[float, list[float]]:
        draft = next(m for m in dossier.meetings_newest_first() if not m.is_final)
        wizard = MeetingWizard.open(folder, dossier.supplier.id, content, draft.id, TODAY)
        wizard.show()
        wizard.resume()
        wizard.go_to("topic:managementproces")
        saves: list[float] = []     # the UI thread's part: collect the pages, copy
        writes: list[float] = []    # the writer thread's part: TinyDB, JSON, fsync
        prepare = wizard.autosave._prepare

        def timed_prepare():
            start = time.perf_counter()
            job = prepare() if save else (lambda file: None)
            saves.append(time.perf_counter() - start)

            def timed_job(file) -> None:
                begin = time.perf_counter()
                job(file)
                writes.append(time.perf_counter() - begin)
            return timed_job

        wizard.autosave._prepare = timed_prepare
        box = wizard.pages["topic:managementproces"].rows[0].answer
        box.setFocus()
        app.processEvents()
        gaps: list[float] = []
        last = [time.perf_counter()]

        def beat() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        heart = QTimer()
        heart.setTimerType(Qt.TimerType.PreciseTimer)
        heart.timeout.connect(beat)
        heart.start(1)
        text = "Wij hebben één auditrapport per atelier ontvangen — ş ğ ı İ. "
        for burst in range(bursts):
            for n in range(chars):
                ch = text[(burst * chars + n) % len(text)]
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    app.postEvent(box, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
                _spin(app, 0.035)  # about 30 keystrokes a second: a fast typist
            _spin(app, autosave_module.DELAY_MS / 1000 + 0.25)  # the pause that lets it save
        heart.stop()
        wizard.close()
        app.processEvents()
        return max(gaps[1:] or [0.0]), saves, writes

    base_stall, _, _ = run(save=False)
    stall, saves, writes = run(save=True)
    del collector
    gc.unfreeze()
    gc.enable()
    return [
        Row(f"longest UI stall while typing with autosave, {label} ({len(saves)} saves)",
            ms(stall), ms(base_stall), "ms", "≤ 16 ms", ms(stall) <= 16,
            f"UI-thread part of a save ≤ {ms(max(saves or [0])):.1f} ms; the write itself, "
            f"on the writer thread, ≤ {ms(max(writes or [0])):.1f} ms"),
    ]


def _spin(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.0005)


# --- minutes --------------------------------------------------------------------------

def biggest_meeting(dossier: Dossier) -> str:
    return max(dossier.meetings, key=lambda m: len(json.dumps(encode(m)))).id


def minutes_rows(dossier: Dossier, content: Content, runs: int, libreoffice: bool) -> list[Row]:
    from benchmarks.bench_minutes import bare, pages, text_of

    from isv_dialogue.minutes import render_minutes

    meeting_id = biggest_meeting(dossier)
    pdf = render_minutes(dossier, meeting_id, content)  # fonts loaded outside the timing
    text = text_of(pdf)
    ours = median_seconds(lambda: render_minutes(dossier, meeting_id, content), runs)
    plain = median_seconds(lambda: bare(text), runs)
    rows = [Row(f"minutes of the biggest meeting ({pages(pdf)} pages)", ms(ours), ms(plain), "ms",
                "≤ 1.5× bare reportlab", ours <= 1.5 * plain)]
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not libreoffice:
        return rows
    if soffice is None:
        rows.append(Row("  same vs LibreOffice (soffice --convert-to pdf)", ms(ours), None, "ms",
                        "≥ 10× faster", None, "skipped: LibreOffice is not installed"))
        return rows
    with tempfile.TemporaryDirectory() as tmp:
        odt = Path(tmp) / "verslag.odt"
        write_odt(odt, text)
        profile = Path(tmp) / "profile"
        command = [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                   "--convert-to", "pdf", "--outdir", tmp, str(odt)]
        subprocess.run(command, capture_output=True, check=True, timeout=300)  # first run: profile
        office = median_seconds(lambda: subprocess.run(command, capture_output=True, check=True,
                                                timeout=300), max(1, runs // 3))
    rows.append(Row("  same vs LibreOffice converting it as .odt (warm profile)", ms(ours),
                    ms(office), "ms", "≥ 10× faster", ours * 10 <= office))
    return rows


def write_odt(path: Path, text: str) -> None:
    """The minutes' text as a minimal OpenDocument text file, one paragraph per block."""
    body = "".join(f"<text:p>{escape(block)}</text:p>" for block in text.split("\n\n") if block.strip())
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f"<office:body><office:text>{body}</office:text></office:body>"
               "</office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as odt:
        odt.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        odt.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        odt.writestr("content.xml", content, zipfile.ZIP_DEFLATED)


# --- the portfolio overview -------------------------------------------------------------

def portfolio_row(folder: DataFolder, content: Content, suppliers: int, runs: int) -> Row:
    """The overview of every supplier, as the app loads it (from the folder's index),
    against reading every supplier file, as it was loaded before run F."""
    from isv_dialogue.portfolio import load_portfolio

    load_portfolio(folder, content, TODAY)  # the index up to date, as after a launch
    ours = median_seconds(lambda: load_portfolio(folder, content, TODAY), runs)
    every_file = median_seconds(folder.scan, 1)
    return Row(f"portfolio overview, {suppliers} suppliers (baseline: every file read)", ms(ours),
               ms(every_file), "ms", "≤ 100 ms (ours: feels instant)", ours <= 0.1)


# --- the supplier view ----------------------------------------------------------------

def view_rows(folder: DataFolder, big: Dossier, small: Dossier, content: Content, label: str,
              runs: int) -> list[Row]:
    """Clicking a supplier: its file is read (the list came from the index) and
    SupplierDetail.set_dossier fills the view. Baseline: the two-meeting supplier."""
    from PySide6.QtWidgets import QApplication

    from ui.supplier_detail import SupplierDetail

    app = QApplication.instance() or QApplication([])
    detail = SupplierDetail(content)
    detail.resize(660, 600)
    detail.show()

    def open_view(dossier: Dossier) -> None:
        detail.set_dossier(folder.load(dossier.supplier.id))
        app.processEvents()  # painted

    open_view(small)
    figure = median_seconds(lambda: open_view(big), runs)
    baseline = median_seconds(lambda: open_view(small), runs)
    detail.close()
    rows = [Row(f"open the supplier view (read + set_dossier), {label}", ms(figure), ms(baseline),
                "ms", "≤ 100 ms", ms(figure) <= 100, "baseline: the 2-meeting supplier")]
    if (ROOT / "ui" / "timeline_view.py").exists():
        rows.append(timeline_row(big, content, runs))
    else:
        rows.append(Row("  its timeline (ui/timeline_view.py)", 0, None, "ms", "≤ 100 ms", None,
                        "not measured: ui/timeline_view.py does not exist yet"))
    return rows


def timeline_row(dossier: Dossier, content: Content, runs: int) -> Row:
    """The timeline tab (another engineer's TimelineView), filled as SupplierDetail does."""
    try:
        from PySide6.QtWidgets import QApplication

        from isv_dialogue import progress
        from ui.i18n import LANGUAGE
        from ui.timeline_view import TimelineView

        view = TimelineView()
        view.resize(660, 600)
        view.show()
        supplier = dossier.supplier

        def fill() -> None:
            view.set_timeline(progress.timeline(dossier, content, TODAY, LANGUAGE),
                              progress.report_status(dossier, TODAY), TODAY,
                              supplier.contract_start, supplier.contract_end)
            QApplication.processEvents()

        fill()
        figure = median_seconds(fill, runs)
        view.close()
    except Exception as exc:  # noqa: BLE001 - another part's API may change; say so
        return Row("  its timeline", 0, None, "ms", "≤ 100 ms", None,
                   f"not measured: {type(exc).__name__}: {exc}"[:120])
    return Row("  its \"Verloop\" tab when shown (built lazily: progress.timeline + set_timeline)",
               ms(figure), None, "ms", "≤ 100 ms", ms(figure) <= 100)


# --- growth ---------------------------------------------------------------------------

def growth(folder: DataFolder, dossiers: dict[str, Dossier], content: Content,
           samples: int) -> list[tuple[str, int, float, float, float]]:
    """Per size: file KB, autosave median ms, view ms, minutes ms."""
    from PySide6.QtWidgets import QApplication

    from isv_dialogue.minutes import render_minutes
    from ui.supplier_detail import SupplierDetail

    app = QApplication.instance() or QApplication([])
    detail = SupplierDetail(content)
    detail.show()
    out = []
    for label, dossier in dossiers.items():
        with folder.open(dossier.supplier.id, writable=True) as file:
            meeting = file.load().meetings_newest_first()[0]
            saves = []
            for n in range(samples):
                meeting.notes += "x"
                start = time.perf_counter()
                file.save_meeting(meeting)
                saves.append(time.perf_counter() - start)
        view = median_seconds(lambda: (detail.set_dossier(folder.load(dossier.supplier.id)),
                                app.processEvents()), 3)
        mid = biggest_meeting(dossier)
        minutes = median_seconds(lambda: render_minutes(dossier, mid, content), 3)
        out.append((label, data_size(folder, dossier) // 1024, ms(statistics.median(saves)),
                    ms(view), ms(minutes)))
    detail.close()
    return out


# --- the table ------------------------------------------------------------------------

def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}")


def _ratio_text(ratio: float) -> str:
    """1.34×; a figure far below its baseline reads better the other way round."""
    return f"{ratio:.2f}×" if ratio >= 0.5 else f"{1 / ratio:.1f}× faster"


def table(rows: list[Row]) -> str:
    lines = ["| Benchmark | Figure | Baseline | Ratio | Target | Met |",
             "|---|---:|---:|---:|---|---|"]
    for r in rows:
        figure = f"{r.figure:.1f} {r.unit}" if r.figure else "—"
        baseline = f"{r.baseline:.1f} {r.unit}" if r.baseline else "—"
        ratio = _ratio_text(r.ratio) if r.ratio and r.figure else "—"
        met = {True: "yes", False: "**NO**", None: "—"}[r.ok]
        note = f" ({r.note})" if r.note else ""
        lines.append(f"| {r.name}{note} | {figure} | {baseline} | {ratio} | {r.target} | {met} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="smallest size only, few repeats: proves the benchmarks still run")
    parser.add_argument("--dir", type=Path, default=None,
                        help="where to generate the data (default: a temporary folder in the "
                             "user's home, so it is on a real disk)")
    parser.add_argument("--plot", type=Path, default=None, metavar="FILE.svg",
                        help="also draw how cost grows with file size (docs/performance-growth.svg)")
    args = parser.parse_args(argv)
    if args.quick and args.plot:
        parser.error("--plot needs the full run: --quick measures one size only")
    content = load_content()
    base = args.dir or Path.home()
    base.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".isv-bench-", dir=base))
    global PYCACHE
    PYCACHE = work / "pycache"
    try:
        return _run(content, work, args.quick, args.plot)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run(content: Content, work: Path, quick: bool, plot: Path | None = None) -> int:
    print(f"Machine: {machine()}", flush=True)
    singles = DataFolder(work / "singles")
    singles.ensure()
    small = data.small(content, TODAY)
    data.write(singles, small)
    rows: list[Row] = []
    if quick:
        many = DataFolder(work / "many")
        many.ensure()
        data.write(many, copy.deepcopy(small))
        rows += startup_rows(many, 1, runs=1)
        rows.append(portfolio_row(many, content, 1, runs=1))
        rows += autosave_rows(singles, small, "2-meeting supplier", samples=5)
        rows += typing_rows(singles, small, content, "2-meeting supplier", bursts=1, chars=5)
        rows += minutes_rows(small, content, runs=1, libreoffice=False)
        rows += view_rows(singles, small, small, content, "2-meeting supplier", runs=1)
        print(table(rows))
        return 0
    five = data.history(content, 5, TODAY, name="Vijf Jaar B.V.")
    big = data.decade(content, TODAY)
    for dossier in (five, big):
        data.write(singles, dossier)
    many = DataFolder(work / "many")
    many.ensure()
    print("Generating 200 suppliers of 5 years…", flush=True)
    data.fill_folder(many, content, TODAY)
    print("Measuring…", flush=True)
    rows += startup_rows(many, 200, runs=5)
    rows.append(portfolio_row(many, content, 200, runs=5))
    rows += autosave_rows(singles, big, "10-year supplier", samples=100)
    rows += typing_rows(singles, big, content, "10-year supplier", bursts=8, chars=25)
    rows += minutes_rows(big, content, runs=7, libreoffice=True)
    rows += view_rows(singles, big, small, content, "10-year supplier", runs=7)
    print()
    print(table(rows))
    print()
    print("How cost grows with the size of one supplier's file:")
    print("| Supplier | File | Autosave (median) | Open view | Minutes, biggest meeting |")
    print("|---|---:|---:|---:|---:|")
    points = []
    for label, kb, save, view, minutes in growth(singles, {"2 meetings": small, "5 years": five,
                                                           "10 years, long answers": big},
                                                 content, samples=30):
        print(f"| {label} | {kb} KB | {save:.1f} ms | {view:.1f} ms | {minutes:.1f} ms |")
        points.append((kb, save, view, minutes))
    if plot is not None:
        from benchmarks.plot import growth_svg

        plot.write_text(growth_svg(points), encoding="utf-8")
    return 0 if all(r.ok is not False for r in rows) else 1
