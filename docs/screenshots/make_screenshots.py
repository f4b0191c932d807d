"""Screenshots of the main window and every wizard page at 1280x720.

    xvfb-run -s "-screen 0 1280x720x24" .venv/bin/python docs/screenshots/make_screenshots.py [OUT_DIR]

Uses the demo supplier (isv_dialogue.demo) in a temporary data folder, fills a
new meeting through the widgets and grabs each page. The main window's image
is docs/screenshots/main-window.png; the rest go to OUT_DIR (default: the same folder).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QDate  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from isv_dialogue.demo import create_demo  # noqa: E402
from isv_dialogue.folder import DataFolder  # noqa: E402
from isv_dialogue.model import Contact, MeetingKind, Supplier  # noqa: E402
from isv_dialogue.questionnaires import load_content  # noqa: E402
from ui.i18n import install_translations  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

HERE = Path(__file__).resolve().parent


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translations(app)
    content = load_content()
    folder = DataFolder(Path(tempfile.mkdtemp()) / "data")
    folder.ensure()
    demo = create_demo(folder, content)
    for name, category in (("Steengoed Natuursteen B.V.", "natuursteen"),
                           ("Van Dijk ICT Hardware", "ict_werkomgeving")):
        folder.create(Supplier(id=name[:6].lower().replace(" ", ""), name=name, category=category,
                               contacts=[Contact("J. de Boer", "accountmanager")])).close()
    window = MainWindow(folder, content)
    window.resize(1280, 720)
    window.show()
    window.refresh(select=demo.supplier.id)
    settle(app)
    window.grab().save(str(HERE / "main-window.png"))

    wizard = window.open_meeting(None)
    wizard.resize(1280, 720)
    fill_start(wizard)
    shots = 0
    for kind in (MeetingKind.DIALOGUE, MeetingKind.ANNUAL_REVIEW, MeetingKind.SIGNAL):
        wizard.go_to("start")
        wizard.start.kind_group.button(list(MeetingKind).index(kind)).setChecked(True)
        settle(app)
        for key in wizard.sequence():
            if kind is not MeetingKind.DIALOGUE and key in ("start", "agreements", "review"):
                continue
            wizard.go_to(key)
            if key.startswith("topic:") and kind is MeetingKind.DIALOGUE:
                fill_topic(wizard.pages[key])
            if key == "agreements" and shots < 20:
                page = wizard.pages[key]
                if not page.new_rows:
                    row = page.add_agreement()
                    row.text.setText("Klachtenmechanisme vertalen naar het Turks en Bengaals")
                    row.owner.setText("Brinkhorst (A. Yılmaz)")
                    row.due.setDate(QDate(date.today().year + 1, 3, 1))
                if page.carried:
                    page.carried[0].status.setCurrentIndex(2)
                    page.carried[0].note.setText("Verbeterplan ontvangen op 12 november")
            settle(app)
            shots += 1
            name = f"wizard-{shots:02d}-{kind.value}-{key.replace(':', '-')}.png"
            wizard.grab().save(str(out / name))
            if key.startswith("topic:") and kind is MeetingKind.DIALOGUE and shots < 4:
                scroll_down(wizard.pages[key])
                settle(app)
                wizard.grab().save(str(out / name.replace(".png", "-onder.png")))
    wizard.go_to("start")
    wizard.start.kind_group.button(0).setChecked(True)
    wizard.close()
    window.close()
    print(f"{shots} wizard pages in {out}")
    return 0


def fill_start(wizard) -> None:
    wizard.start.location.setText("Kantoor Brinkhorst, Tilburg")
    wizard.start.buyers.setPlainText("M. Jansen, contractmanager\nP. de Vries, inkoper")
    wizard.start.suppliers.setPlainText("A. Yılmaz, MVO-manager\nR. Brinkhorst, directeur")


def fill_topic(page) -> None:
    first = page.rows[0]
    if not first.answer.value():
        first.answer.setPlainText("Jaarlijkse audits door een externe partij; rapporten gedeeld.")
        first.assessment.setCurrentIndex(1)
        first.previous_button.setChecked(first.previous_button.isEnabled())
        if len(page.rows) > 1:
            page.rows[1].check.setChecked(True)
            page.rows[1].answer.setPlainText("Klachtenlijn in drie talen; nog weinig meldingen.")
            page.rows[1].assessment.setCurrentIndex(2)


def scroll_down(page) -> None:
    area = page.findChild(type(page.body.parentWidget().parentWidget()))
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum())


if __name__ == "__main__":
    sys.exit(main())
