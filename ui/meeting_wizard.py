"""The meeting wizard: the stepped flow a buyer fills in across the table.

It holds the supplier file open for writing (under its lock) for as long as it
is open, collects the pages' plain data into the meeting, and lets the
autosave controller write it. Which pages appear, what is missing and when a
meeting may become final are asked of ``isv_dialogue.meetings``.
"""

from __future__ import annotations

import copy
import importlib.util
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget, QWizard, QWizardPage

from isv_dialogue import meetings as rules
from isv_dialogue.codec import decode, encode
from isv_dialogue.errors import FinalisedError, IsvError
from isv_dialogue.folder import DataFolder
from isv_dialogue.model import (Agreement, Dossier, Meeting, MeetingKind, MeetingStatus,
                                utc_now)
from isv_dialogue.questionnaires import Content
from isv_dialogue.storage import SupplierFile

from .agreements_page import AgreementsPage
from .asking import AsksTheUser
from .autosave import Autosave, FileWriter
from .help_dialog import HelpDialog
from .i18n import LANGUAGE, tr
from .meeting_page import MeetingPage
from .minutes_file import MinutesFile
from .report_page import ReportPage
from .review_page import ReviewPage
from .signals_page import SignalsPage
from .start_page import StartPage
from .topic_page import TopicPage
from .verdict_page import VerdictPage
from .widgets import open_at_size

SAVE_BUTTON = QWizard.WizardButton.CustomButton1


def minutes_available() -> bool:
    """The PDF module is another part of the app; the button shows only if it is there."""
    return importlib.util.find_spec("isv_dialogue.minutes") is not None


class MeetingWizard(AsksTheUser, QWizard):
    @classmethod
    def open(cls, folder: DataFolder, supplier_id: str, content: Content,
             meeting_id: str | None = None, today: date | None = None,
             parent: QWidget | None = None) -> MeetingWizard:
        """Take the supplier file (LockedError if someone has it) and show a new or
        unfinished meeting in a wizard."""
        file = folder.open(supplier_id, writable=True)
        try:
            dossier = file.load()
            meeting = dossier.meeting(meeting_id) if meeting_id else None
            if meeting_id and meeting is None:
                raise IsvError(tr("Dit gesprek bestaat niet meer."))
            if meeting is not None and meeting.is_final:
                raise FinalisedError(tr("Dit gesprek is definitief en kan niet meer worden bewerkt."))
            if meeting is None:
                meeting = rules.new_meeting(MeetingKind.DIALOGUE, content, today or date.today(), dossier)
                dossier.meetings.append(meeting)
            return cls(file, dossier, meeting, content, parent)
        except BaseException:
            file.close()
            raise

    def __init__(self, file: SupplierFile, dossier: Dossier, meeting: Meeting, content: Content,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.file, self.dossier, self.meeting, self.content = file, dossier, meeting, content
        self._closed = False
        # Until resume() has run, page changes must not overwrite where the buyer left off.
        self._resuming = True
        self._resume_target = meeting.resume_page
        self.finalised = False
        self._saved = {a.id: encode(a) for a in dossier.agreements}  # the writer's only
        self.writer = FileWriter(file, parent=self)
        self.autosave = Autosave(self._prepare_save, self.writer, parent=self)
        self.setWindowTitle(tr("Gesprek met {name} — ISV-dialoog", name=dossier.supplier.name))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setTitleFormat(Qt.TextFormat.RichText)
        self._set_up_buttons()
        self._add_pages()
        self._set_up_shortcuts()
        self.currentIdChanged.connect(self._on_page)
        self.autosave.state_changed.connect(self.save_button.setText)
        self.autosave.failed.connect(self._on_save_failed)
        self.autosave.failing_repeatedly.connect(self._on_save_failing)
        self.save_button.setText(tr("Alles is opgeslagen"))
        open_at_size(self, 1200, 680)  # room for a topic's points, also on a 1280x720 screen

    # --- building -------------------------------------------------------------

    def _set_up_buttons(self) -> None:
        self.save_button = QPushButton()
        self.save_button.setFlat(True)
        self.save_button.setToolTip(tr("Wordt vanzelf opgeslagen; nu opslaan: Ctrl+S"))
        self.setButton(SAVE_BUTTON, self.save_button)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # Help, as F1 does: QWizard's own button, so its label comes from Qt's catalogue.
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.setButtonLayout([QWizard.WizardButton.HelpButton, SAVE_BUTTON,
                              QWizard.WizardButton.Stretch,
                              QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                              QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton])
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Sluiten"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Sluiten, later verder"))
        self.button(QWizard.WizardButton.NextButton).setToolTip(tr("Volgende stap (Alt+→)"))
        self.button(QWizard.WizardButton.BackButton).setToolTip(tr("Vorige stap (Alt+←)"))
        self.button(QWizard.WizardButton.HelpButton).setToolTip(tr("Hulp bij deze pagina (F1)"))
        self.helpRequested.connect(self.show_help)
        self.save_button.clicked.connect(self.autosave.save_now)

    def _add_pages(self) -> None:
        self.start = StartPage(self.content)
        pages: list[QWizardPage] = [self.start, SignalsPage(self.content), ReportPage(self.content)]
        for questionnaire in (self.content.dialogue, self.content.annual_review):
            title = questionnaire.title.get(LANGUAGE)
            pages += [TopicPage(topic, title) for topic in questionnaire.topics]
        self.review = ReviewPage(self.content, minutes_available())
        pages += [VerdictPage(self.content), AgreementsPage(), self.review]
        self.ids: dict[str, int] = {}
        self.pages: dict[str, QWizardPage] = {}
        for page in pages:
            self.ids[page.key] = self.addPage(page)
            self.pages[page.key] = page
            if isinstance(page, MeetingPage):
                page.load(self.meeting, self.dossier)
                page.changed.connect(self.autosave.touch)
        self.start.kind_chosen.connect(self._on_kind)
        self.review.gap_chosen.connect(self.go_to_gap)
        self.review.minutes_requested.connect(self._on_minutes)
        self.review.finalise_requested.connect(self._on_finalise)

    def _set_up_shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.HelpContents, self,  # F1: help for this page
                  activated=self.show_help)
        for keys, slot in ((("Alt+Right", "Ctrl+PgDown"), self.next),
                           (("Alt+Left", "Ctrl+PgUp"), self.back),
                           ((QKeySequence.StandardKey.Save,), self.autosave.save_now)):
            for key in keys:
                QShortcut(QKeySequence(key), self, activated=slot)

    def show_help(self) -> HelpDialog:
        """The help for the page on screen (F1, or the Help button)."""
        return HelpDialog.show_for(self, self.content, self.current_key())

    def sizeHint(self):  # noqa: N802 - Qt override
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), 1100))
        hint.setHeight(max(hint.height(), 660))
        return hint

    # --- the page sequence, asked of the meeting --------------------------------

    def sequence(self) -> list[str]:
        self.start.save(self.meeting, self.dossier)  # topics ticked a moment ago count
        kind = self.meeting.kind
        signals = rules.shows_signals_page(self.meeting, self.dossier)
        keys = ["start"]
        if signals and kind is MeetingKind.SIGNAL:
            keys.append("signals")  # what the meeting is about comes first
        if kind is MeetingKind.ANNUAL_REVIEW:
            keys.append("report")
        questionnaire = rules.questionnaire_for(kind, self.content)
        keys += [f"topic:{t.id}" for t in questionnaire.topics if t.id in self.meeting.topics]
        if signals and kind is not MeetingKind.SIGNAL:
            keys.append("signals")  # open signals, after the topics, before any verdict
        if kind is MeetingKind.ANNUAL_REVIEW:
            keys.append("verdict")
        return keys + ["agreements", "review"]

    def nextId(self) -> int:  # noqa: N802 - Qt override
        keys = self.sequence()
        current = self.current_key()
        if current not in keys or current == keys[-1]:
            return -1
        return self.ids[keys[keys.index(current) + 1]]

    def current_key(self) -> str:
        return next((k for k, i in self.ids.items() if i == self.currentId()), "")

    def go_to(self, key: str) -> None:
        """Walk back or forward to a page, keeping the wizard's history intact."""
        keys = self.sequence()
        if key not in keys:
            return
        while self.current_key() != key:
            before = self.currentId()
            if keys.index(key) < keys.index(self.current_key()):
                self.back()
            else:
                self.next()
            if self.currentId() == before:
                break

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._resuming:
            QTimer.singleShot(0, self.resume)

    def resume(self) -> None:
        """Open on the page the buyer was on when the meeting was last closed."""
        if not self._resuming:
            return
        target = self._resume_target
        try:
            if target and target != self.current_key():
                self.go_to(target)
        finally:
            self._resuming = False
        self._on_page(self.currentId())

    def go_to_gap(self, gap: rules.Gap) -> None:
        kinds = rules.GapKind
        target = {kinds.NO_BUYER: "start", kinds.NO_SUPPLIER: "start", kinds.NO_TOPICS: "start",
                  kinds.REPORT_PART_UNCHECKED: "report", kinds.NO_VERDICT: "verdict",
                  kinds.SIGNAL_NOT_DISCUSSED: "signals"}.get(gap.kind, "agreements")
        if gap.topic:
            target = f"topic:{gap.topic}"
        self.go_to(target)
        if gap.topic:
            self.pages[target].row(gap.ref).check.setFocus()

    # --- reacting to the buyer --------------------------------------------------

    def _on_kind(self, kind: MeetingKind) -> None:
        self.collect()
        rules.change_kind(self.meeting, kind, self.content, self.dossier)
        for key in ("signals", "report", "verdict"):
            self.pages[key].load(self.meeting, self.dossier)
        self.start.show_topics(self.meeting)
        self.autosave.touch()

    def _on_page(self, page_id: int) -> None:
        if self._resuming or page_id < 0 or self._closed:
            return
        key = self.current_key()
        if key == "review":
            self.collect()
            self.review.show_meeting(self.meeting, self.dossier)
        elif key == "agreements":
            self.pages[key].load(self.meeting, self.dossier)
        if not self.meeting.is_final and self.meeting.resume_page != key:
            self.meeting.resume_page = key
            self.autosave.touch()
        self.autosave.flush()  # a page change is a natural moment to be safe

    def _on_save_failed(self, message: str) -> None:
        self.warn(self, tr("Niet opgeslagen"),
                  tr("{message}\n\nUw tekst staat nog in het venster; er wordt opnieuw "
                     "geprobeerd op te slaan zodra u verder typt.", message=message))

    def _on_save_failing(self, message: str) -> None:
        """Saving keeps failing: offer to write the whole dossier somewhere else."""
        text = tr("Opslaan mislukt al {count} keer: {message}\n\nUw tekst staat nog in het "
                  "venster. Met “Elders opslaan…” bewaart u het hele dossier als "
                  "bestand op een plek die u kiest (bijvoorbeeld een USB-stick); het is later "
                  "terug te zetten met het commando isv-dialogue import.",
                  count=self.autosave.failures, message=message)
        if self.offer_elsewhere(self, tr("Niet opgeslagen"), text):
            self.save_elsewhere()

    @staticmethod
    def offer_elsewhere(parent: QWidget | None, title: str, text: str) -> bool:
        """The failure message with an "Elders opslaan…" button; True when it was chosen."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          parent)
        elsewhere = box.addButton(tr("Elders opslaan…"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        return box.clickedButton() is elsewhere

    @staticmethod
    def ask_path(parent: QWidget | None, suggestion: str) -> Path | None:
        """Where to write the dossier; None if the buyer cancelled."""
        path, _ = QFileDialog.getSaveFileName(parent, tr("Dossier elders opslaan"),
                                              str(Path.home() / suggestion),
                                              tr("Dossier (*.json)"))
        return Path(path) if path else None

    @staticmethod
    def tell(parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def save_elsewhere(self) -> Path | None:
        """Write the whole dossier, as it stands in the window, to a file the buyer
        picks (the way out of a full disk or a folder that went read-only)."""
        from isv_dialogue.dossier import write_dossier

        dossier = self._dossier_now()
        suggestion = f"{dossier.supplier.id}-{date.today().isoformat()}.json"
        path = self.ask_path(self, suggestion)
        if path is None:
            return None
        try:
            write_dossier(dossier, path)
        except IsvError as exc:
            self.warn(self, tr("Niet opgeslagen"), str(exc))
            return None
        self.tell(self, tr("Elders opgeslagen"),
                  tr("Het hele dossier staat in {path}. Het venster blijft proberen in de "
                     "gegevensmap op te slaan.", path=str(path)))
        return path

    def _dossier_now(self) -> Dossier:
        """What the file holds (signals saved from the main window meanwhile), with
        this meeting and the agreements as they stand in the window."""
        self.collect()
        try:
            with self.writer.exclusive() as file:
                on_disk = file.load()
        except IsvError:
            return self.dossier
        meetings = [self.meeting if m.id == self.meeting.id else m for m in on_disk.meetings]
        if on_disk.meeting(self.meeting.id) is None:  # new, and never saved
            meetings.append(self.meeting)
        return replace(on_disk, meetings=meetings, agreements=list(self.dossier.agreements))

    # --- saving -----------------------------------------------------------------

    def collect(self) -> None:
        """Pull every page's plain data into the meeting and dossier."""
        if self.meeting.is_final:
            return
        for page in self.pages.values():
            if isinstance(page, MeetingPage):
                page.save(self.meeting, self.dossier)

    def _prepare_save(self):
        """On the UI thread: the pages into the meeting, and copies of what to
        write; the returned job writes them on the writer's thread."""
        self.collect()
        meeting = copy.deepcopy(self.meeting)
        current = {a.id: encode(a) for a in self.dossier.agreements}

        def job(file: SupplierFile) -> None:
            self._write(file, meeting, current)
        return job

    def _write(self, file: SupplierFile, meeting: Meeting, current: dict) -> None:
        """On the writer's thread: ``_saved`` (what is on disk) is touched only here."""
        file.save_meeting(meeting)
        for removed in set(self._saved) - set(current):
            file.delete_agreement(removed)
        for agreement_id, encoded in current.items():
            if self._saved.get(agreement_id) != encoded:
                file.save_agreement(decode(Agreement, encoded, "agreement"))
        self._saved = current

    # --- minutes and finalising ---------------------------------------------------

    def _on_minutes(self, audience: str) -> None:
        self.make_minutes(audience)

    def _on_finalise(self) -> None:
        self.finalise()

    def make_minutes(self, audience: str = "internal") -> Path | None:
        """The minutes as they stand now (a draft: watermarked CONCEPT), for the
        file (``internal``) or for the supplier (``supplier``)."""
        if not self.autosave.flush():
            return None
        return MinutesFile.make(self, self.dossier, self.meeting.id, self.content, audience,
                                warn=self.warn, confirm=self.confirm)

    def finalise(self) -> bool:
        if not self.autosave.flush():
            return False
        found = rules.gaps(self.meeting, self.dossier, self.content)
        text = tr("Een definitief verslag kan daarna niet meer worden gewijzigd, alleen "
                  "gecorrigeerd met een reden.")
        if found:
            text = tr("Er staan nog {count} punten open in het overzicht.", count=len(found)) + "\n\n" + text
        if not self.confirm(self, tr("Definitief maken"), text + "\n\n" + tr("Nu definitief maken?")):
            return False
        try:
            rules.finalise(self.meeting, utc_now())
            with self.writer.exclusive() as file:
                file.save_meeting(self.meeting)
        except IsvError as exc:
            self.meeting.status, self.meeting.finalised_at = MeetingStatus.DRAFT, None
            self.warn(self, tr("Niet definitief gemaakt"), str(exc))
            return False
        self.finalised = True
        self.accept()
        return True

    # --- closing: save everything, then let go of the file ------------------------

    def done(self, result: int) -> None:
        if self._shut_down():
            super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._shut_down():
            super().closeEvent(event)
        else:
            event.ignore()

    def _shut_down(self) -> bool:
        if self._closed:
            return True
        if not self.autosave.flush() and not self.confirm(
                self, tr("Niet opgeslagen"),
                tr("De laatste wijzigingen konden niet worden opgeslagen. Toch sluiten? "
                   "Wat niet is opgeslagen, gaat dan verloren.")):
            return False
        self.writer.close()  # what is queued is written first
        self.file.close()
        self._closed = True
        return True
