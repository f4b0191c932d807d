"""Screenshots of the main window and every wizard page at 1280x720.

    xvfb-run -s "-screen 0 1280x720x24" .venv/bin/python docs/screenshots/make_screenshots.py \
        [OUT_DIR] [--larger-font POINTS] [--lang en]

Uses the demo supplier (isv_dialogue.demo) in a temporary data folder, fills a
new meeting through the widgets and grabs each page. The main window's image
is docs/screenshots/main-window.png (and a copy in OUT_DIR); the rest go to OUT_DIR
(default: the same folder). ``--larger-font 4`` runs the app with the system font
four points larger, as a user with a larger font setting would see it; the
docs image is then left alone. ``--lang en`` shows the English interface (also
leaving the docs image alone).
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
from ui.correction_dialog import CorrectionDialog  # noqa: E402
from ui.i18n import install_translations, set_language  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

HERE = Path(__file__).resolve().parent


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    args = sys.argv[1:]
    larger = 0
    if "--larger-font" in args:
        at = args.index("--larger-font")
        larger = int(args[at + 1])
        del args[at:at + 2]
    lang = "nl"
    if "--lang" in args:
        at = args.index("--lang")
        lang = args[at + 1]
        del args[at:at + 2]
    out = Path(args[0]) if args else HERE
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    if larger:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() + larger)
        app.setFont(font)
    install_translations(app, set_language(lang))
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
    if not larger and lang == "nl":
        window.grab().save(str(HERE / "main-window.png"))
    window.grab().save(str(out / "main-window.png"))

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
    shoot_final_meeting(app, window, demo, out)
    window.close()
    print(f"{shots} wizard pages in {out}")
    return 0


def shoot_final_meeting(app: QApplication, window, demo, out: Path) -> None:
    """The read-only view of a final meeting, with a correction, and the correction dialog."""
    final = next(m for m in demo.meetings_newest_first() if m.is_final)
    window.amend_meeting(demo.supplier.id, final.id, "Naam verkeerd gespeld",
                         "De MVO-manager heet A. Yılmaz, niet A. Yilmaz.")
    view = window.view_meeting(final.id)
    view.resize(1280, 720)
    settle(app)
    view.grab().save(str(out / "final-meeting-view.png"))
    dialog = CorrectionDialog(view)
    dialog.reason.setText("Afspraak onvolledig")
    dialog.text.setPlainText("De termijn van de audit is 1 juni, niet 1 juli.")
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / "final-meeting-correction.png"))
    dialog.close()
    view.close()


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
