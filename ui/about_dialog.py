"""Over ISV-dialoog: version, what the app is, where its content comes from, and
the licences of the fonts and libraries it ships with.

The font licences are read from ``resources/fonts/README.md`` (the table that
names each font and its licence file) and the library licences from the
installed packages' own metadata, so the dialog says what the bundle holds,
not what someone once typed here.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QScrollArea,
                               QVBoxLayout, QWidget)

import isv_dialogue
from isv_dialogue import paths

from .i18n import tr

SOURCE = "Fase 3: Uitvoeren inkoopopdracht internationale sociale voorwaarden"

# (shown name, distributions to look for, first found wins)
LIBRARIES = (
    ("PySide6 (Qt for Python)", ("PySide6_Essentials", "PySide6-Essentials", "PySide6")),
    ("Shiboken6", ("shiboken6",)),
    ("ReportLab", ("reportlab",)),
    ("TinyDB", ("tinydb",)),
    ("platformdirs", ("platformdirs",)),
)


@dataclass(frozen=True)
class Licence:
    name: str      # the font or library
    licence: str   # its licence, as its own files say
    detail: str = ""  # version, licence file


def font_licences(fonts_dir: Path | None = None) -> list[Licence]:
    """Each bundled font with its licence, from the fonts folder's README table;
    a licence file without a row in the table is still listed by its name."""
    folder = fonts_dir or paths.resources_dir() / "fonts"
    found: list[Licence] = []
    try:
        text = (folder / "README.md").read_text(encoding="utf-8")
    except OSError:
        text = ""
    named: set[str] = set()
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 4 or not cells[0].startswith("`"):
            continue
        licence, _, file_part = cells[3].partition("\u2014")
        files = re.findall(r"`([^`]+)`", file_part)
        named.update(files)
        found.append(Licence(cells[1], licence.strip(), ", ".join(files)))
    for path in sorted(folder.glob("LICENSE-*.txt")) if folder.is_dir() else []:
        if path.name not in named:
            found.append(Licence(path.stem.removeprefix("LICENSE-"), tr("zie {file}", file=path.name),
                                 path.name))
    return found


def _licence_of(meta: metadata.PackageMetadata) -> str:
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 120:
        return text.split(" (")[0].strip()
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    if classifiers:
        return ", ".join(classifiers)
    return text.splitlines()[0][:80] if text else ""


def library_licences() -> list[Licence]:
    """Each library the app is built on, with the version and licence its
    installed metadata gives (a frozen build carries that metadata along)."""
    found = []
    for shown, names in LIBRARIES:
        for name in names:
            try:
                meta = metadata.metadata(name)
            except metadata.PackageNotFoundError:
                continue
            version = meta.get("Version") or ""
            found.append(Licence(shown, _licence_of(meta) or tr("onbekend"),
                                 tr("versie {version}", version=version) if version else ""))
            break
        else:
            found.append(Licence(shown, tr("onbekend (geen pakketgegevens gevonden)")))
    return found


def _rows(items: list[Licence]) -> str:
    cell = "padding: 2px 14px 2px 0; vertical-align: top;"
    return "".join(
        f"<tr><td style='{cell}'><b>{html.escape(i.name)}</b></td>"
        f"<td style='{cell}'>{html.escape(i.licence)}</td>"
        f"<td style='{cell} color: #5c5c5c;'>{html.escape(i.detail)}</td></tr>" for i in items)


class AboutDialog(QDialog):
    @classmethod
    def ask(cls, parent: QWidget | None = None) -> None:
        """Replaceable in tests: dialogs are never exec()ed there."""
        cls(parent).exec()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Over ISV-dialoog"))
        self.fonts = font_licences()
        self.libraries = library_licences()

        icon = QLabel()
        pixmap = QPixmap(str(paths.resources_dir() / "icons" / "isv-dialogue-64.png"))
        if not pixmap.isNull():
            icon.setPixmap(pixmap)
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<span style='font-size: 16pt; font-weight: 600; color: #154273;'>"
                       f"ISV-dialoog</span><br>"
                       f"{html.escape(tr('Versie {version}', version=isv_dialogue.__version__))}")
        title.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(title, 1)

        self.body = QLabel(self._html())
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def _html(self) -> str:
        e = html.escape
        what = tr("ISV-dialoog helpt een inkoper van de overheid bij de gesprekken met een "
                  "leverancier over de internationale sociale voorwaarden (ISV): wat te vragen, "
                  "waar op te letten, wat is afgesproken. Van elk gesprek maakt de app een "
                  "verslag als PDF. Alles werkt zonder netwerk en blijft op deze computer.")
        source = tr("De vragen en aandachtspunten komen letterlijk uit de handreiking van de "
                    "Rijksoverheid:")
        where = tr("De licentieteksten staan bij de programmabestanden: de lettertypen in "
                   "resources/fonts/, de bibliotheken in hun pakketgegevens.")
        grey = "color: #5c5c5c;"
        return (f"<p>{e(what)}</p>"
                f"<p><b>{e(tr('Bron van de inhoud'))}</b><br>{e(source)} <i>{e(SOURCE)}</i>.</p>"
                f"<p><b>{e(tr('Lettertypen in de PDF-verslagen'))}</b></p>"
                f"<table>{_rows(self.fonts)}</table>"
                f"<p><b>{e(tr('Bibliotheken'))}</b> "
                f"<span style='{grey}'>{e(tr('Qt {version}', version=qVersion()))}</span></p>"
                f"<table>{_rows(self.libraries)}</table>"
                f"<p style='{grey}'>{e(where)}</p>")

    def text(self) -> str:
        """Everything the dialog says, as plain text (for tests and copying)."""
        return "\n".join([f"ISV-dialoog {isv_dialogue.__version__}",
                          *(f"{i.name}: {i.licence}" for i in self.fonts + self.libraries)])
