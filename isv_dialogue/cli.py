"""The command line: ``isv-dialogue [--data-dir DIR] [COMMAND ...]``.

A stable contract (see the README). Every failure a user can cause ends in one
line on stderr and a non-zero exit; no traceback reaches the terminal.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace as Namespace
from typing import TYPE_CHECKING

from . import PROG, paths
from .errors import IsvError, NotFoundError

if TYPE_CHECKING:
    from .folder import DataFolder

# Each command imports what it needs when it runs: ``isv-dialogue`` without a
# command starts the app, whose launch should not pay for the others
# (docs/performance.md, launch).

EXIT_FAULT = 1

# The app is handed the data folder the user named, or None: then it chooses
# (the settings, else the platform's folder; ui/settings.py).
LaunchApp = Callable[[Path | None], int]


def parse(argv: Sequence[str]) -> Namespace:
    """The arguments. The app's own line (nothing, or only ``--data-dir DIR``) is
    read without argparse, which each launch would otherwise pay for (3 ms with its
    set-up; docs/performance.md, launch); any other line goes to argparse."""
    if not argv:
        return Namespace(command=None)
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        return Namespace(data_dir=argv[1], command=None)
    if len(argv) == 1 and argv[0].startswith("--data-dir="):
        return Namespace(data_dir=argv[0].removeprefix("--data-dir="), command=None)
    from .arguments import build_parser

    return build_parser().parse_args(argv)


def main(argv: Sequence[str], launch_app: LaunchApp | None = None) -> int:
    args = parse(list(argv))
    given = paths.given_data_dir(getattr(args, "data_dir", None))
    try:
        if args.command is None:
            if launch_app is None:
                raise IsvError("De app is niet beschikbaar in deze installatie.")
            return launch_app(given)
        from .folder import DataFolder

        return COMMANDS[args.command](DataFolder(given or paths.default_data_dir()), args)
    except IsvError as exc:
        return _fail(str(exc))
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        return _fail(f"Bestandsfout{where}: {exc.strerror or exc}.")
    except KeyboardInterrupt:
        return 130


def _fail(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return EXIT_FAULT


def _content():
    from .questionnaires import load_content

    return load_content()


def cmd_demo(folder: DataFolder, args: Namespace) -> int:
    from .demo import create_demo

    dossier = create_demo(folder, _content())
    print(f"Voorbeeldleverancier '{dossier.supplier.name}' aangemaakt met id {dossier.supplier.id} "
          f"in {folder.root}.")
    return 0


def cmd_suppliers(folder: DataFolder, args: Namespace) -> int:
    scan = folder.scan()
    for problem in scan.problems:
        print(f"{PROG}: overgeslagen: {problem.message}", file=sys.stderr)
    if args.json:
        import json

        rows = [{"id": s.id, "name": s.name, "open_signals": s.open_signals,
                 "open_agreements": s.open_agreements,
                 "last_meeting": s.last_meeting.isoformat() if s.last_meeting else None}
                for s in scan.suppliers]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not scan.suppliers:
        print(f"Geen leveranciers in {folder.root}.")
        return 0
    print(f"{'ID':<12} {'SIGNALEN':>8} {'AFSPRAKEN':>9}  {'LAATSTE GESPREK':<15}  NAAM")
    for s in scan.suppliers:
        last = s.last_meeting.isoformat() if s.last_meeting else "-"
        print(f"{s.id:<12} {s.open_signals:>8} {s.open_agreements:>9}  {last:<15}  {s.name}")
    return 0


def cmd_minutes(folder: DataFolder, args: Namespace) -> int:
    from .atomic import atomic_write
    from .minutes import render_minutes

    dossier = folder.load(args.supplier)
    meeting_id = args.meeting
    if meeting_id == "latest":
        latest = dossier.latest_meeting()
        if latest is None:
            raise NotFoundError(f"{dossier.supplier.name} heeft nog geen gesprekken.")
        meeting_id = latest.id
    pdf = render_minutes(dossier, meeting_id, _content(), lang=args.lang, audience=args.audience)
    atomic_write(args.out, pdf)
    print(f"Verslag geschreven naar {args.out}.")
    return 0


def cmd_export(folder: DataFolder, args: Namespace) -> int:
    from .dossier_package import export_package, is_package_name

    if is_package_name(args.out):
        result = export_package(folder, args.supplier, args.out, _content())
        for line in result.skipped:
            print(f"{PROG}: let op: {line}", file=sys.stderr)
        print(f"Dossier met {len(result.minutes)} verslag(en) geschreven naar {args.out}.")
        return 0
    from .dossier import export_dossier

    export_dossier(folder, args.supplier, args.out)
    print(f"Dossier geschreven naar {args.out}.")
    return 0


def cmd_import(folder: DataFolder, args: Namespace) -> int:
    from .dossier_package import Choice, import_file

    choice = Choice.COPY if args.as_copy else Choice.REPLACE if args.replace else Choice.REFUSE
    print(import_file(folder, args.file, choice)[1])
    return 0


def cmd_check(folder: DataFolder, args: Namespace) -> int:
    from .integrity import check_folder, clean_debris, repair_folder

    report = check_folder(folder)
    if getattr(args, "repair", False) and (report.damaged or report.debris):
        for line in repair_folder(report.damaged) + clean_debris(folder, report):
            print(line)
        report = check_folder(folder)
    for line in report.lines():
        print(line)
    return EXIT_FAULT if report.faults else 0


COMMANDS: dict[str, Callable[["DataFolder", Namespace], int]] = {
    "demo": cmd_demo, "suppliers": cmd_suppliers, "minutes": cmd_minutes,
    "export": cmd_export, "import": cmd_import, "check": cmd_check,
}
