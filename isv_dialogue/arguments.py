"""The command line's grammar: every command and its options, read with argparse.

``cli.parse`` reads the app's own line (nothing, or only ``--data-dir DIR``)
itself and comes here for any other, so a launch does not import argparse.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import NoReturn

from . import PROG, __version__

EXIT_USAGE = 2  # argparse's own code for a usage mistake


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line rather than a usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{PROG}: {message} (zie {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    data_dir = _Parser(prog=PROG, add_help=False)
    data_dir.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                          help="gegevensmap (standaard: $ISV_DIALOGUE_DATA of de gebruikersmap)")
    parser = _Parser(prog=PROG, parents=[data_dir],
                     description="ISV-dialoog: gesprekken over internationale sociale voorwaarden "
                                 "voeren en vastleggen. Zonder opdracht start de app.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)

    commands.add_parser("demo", parents=[data_dir],
                        help="maak een voorbeeldleverancier met gesprekken, een signaal en afspraken")
    suppliers = commands.add_parser("suppliers", parents=[data_dir], help="toon de leveranciers")
    suppliers.add_argument("--json", action="store_true", help="als JSON")

    minutes = commands.add_parser("minutes", parents=[data_dir], help="maak het verslag van een gesprek (PDF)")
    minutes.add_argument("--supplier", required=True, metavar="ID")
    minutes.add_argument("--meeting", required=True, metavar="ID|latest")
    minutes.add_argument("--out", required=True, metavar="FILE.pdf", type=Path)
    minutes.add_argument("--lang", choices=("nl", "en"), default="nl")
    minutes.add_argument("--audience", choices=("internal", "supplier"), default="internal")

    export = commands.add_parser("export", parents=[data_dir], help="schrijf het dossier van een leverancier")
    export.add_argument("--supplier", required=True, metavar="ID")
    export.add_argument("--out", required=True, metavar="FILE.json|FILE.zip", type=Path,
                        help="eindigt de naam op .zip, dan een dossierpakket: het dossier met "
                             "de PDF-verslagen van alle definitieve gesprekken")

    importer = commands.add_parser("import", parents=[data_dir], help="lees een dossier in")
    importer.add_argument("file", metavar="FILE.json|FILE.zip", type=Path)
    choice = importer.add_mutually_exclusive_group()
    choice.add_argument("--replace", action="store_true",
                        help="vervang een bestaande leverancier met andere gegevens (met reservekopie)")
    choice.add_argument("--as-copy", action="store_true",
                        help="voeg het dossier toe als nieuwe leverancier (nieuwe id, naam met "
                             "' (kopie)'); er wordt niets overschreven")

    check = commands.add_parser("check", parents=[data_dir],
                                help="controleer elk bestand; exit 1 bij een fout")
    check.add_argument("--repair", action="store_true",
                       help="zet beschadigde leveranciersbestanden terug uit de nieuwste goede "
                            "reservekopie (het beschadigde bestand blijft bewaard)")
    return parser
