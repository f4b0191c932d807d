"""The main window: the supplier list on the left, the chosen supplier on the right."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING

# Qt's namespace is named as ``QtCore.Qt`` and only where it is used after launch:
# its first use costs 12 ms (ui/supplier_list.py, ``TEXT_ALIGNMENT_ROLE``).
from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QLabel, QLineEdit, QMainWindow, QMenu, QSplitter, QToolBar,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from isv_dialogue.errors import (IsvError, LockedError, QuestionnaireError, SupplierFileError,
                                 UnreadableFileError)
from isv_dialogue.folder import DataFolder, FileProblem
from isv_dialogue.supplier_list import SupplierRow, overview

from .asking import AsksTheUser
from .i18n import tr
from .palette import NOTICE_STYLE
from .supplier_list import SupplierList

if TYPE_CHECKING:
    from isv_dialogue.questionnaires import Content
    from isv_dialogue.storage import SupplierFile

    from .folder_reading import FolderReader
    from .supplier_detail import SupplierDetail


class _Lazy:
    """A module, or a class in one, imported when first used, not at startup.

    The first screen needs only the list (the supplier view is built when the
    first supplier is shown); the wizard and its pages, the dialogs, the portfolio
    (and reportlab behind the minutes) load when the buyer first asks for them
    (docs/performance.md, launch).
    Attribute access and calls go to the real object, so ``MeetingWizard.open``
    and ``MeetingView(...)`` read as before."""

    def __init__(self, module: str, name: str | None = None):
        self._module, self._name, self._target = module, name, None

    def _resolve(self):
        if self._target is None:
            import importlib

            module = importlib.import_module(self._module, __package__)
            self._target = getattr(module, self._name) if self._name else module
        return self._target

    def __getattr__(self, attribute: str):
        return getattr(self._resolve(), attribute)

    def __call__(self, *args, **kwargs):
        return self._resolve()(*args, **kwargs)


AboutDialog = _Lazy(".about_dialog", "AboutDialog")
BackupDialog = _Lazy(".backup_dialog", "BackupDialog")
HelpDialog = _Lazy(".help_dialog", "HelpDialog")
MeetingView = _Lazy(".meeting_view", "MeetingView")
MeetingWizard = _Lazy(".meeting_wizard", "MeetingWizard")
PortfolioView = _Lazy(".portfolio_view", "PortfolioView")
SettingsDialog = _Lazy(".settings_dialog", "SettingsDialog")
SupplierDialog = _Lazy(".supplier_dialog", "SupplierDialog")
DossierTransfer = _Lazy(".dossier_transfer", "DossierTransfer")
portfolio = _Lazy("isv_dialogue.portfolio")
questionnaires = _Lazy("isv_dialogue.questionnaires")
rules = _Lazy("isv_dialogue.meetings")


def _key_sequences(keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    """A shortcut's key sequences: every binding the platform has for a standard key.
    Not ``setShortcut(QKeySequence(keys))``: PySide builds the whole ``Qt`` namespace
    to choose between those overloads (12 ms of launch; ui/supplier_list.py)."""
    if isinstance(keys, str):
        return [QKeySequence.fromString(keys)]
    return QKeySequence.keyBindings(keys)


# At launch, at most this many files the index does not know yet are read before the
# first frame (~12 ms each at five years of meetings); more go to a worker thread.
READ_BEFORE_FIRST_FRAME = 20


class MainWindow(AsksTheUser, QMainWindow):
    """Built without the questionnaires when ``content`` is None: they are read
    after the first frame at launch (``_started``), or when first needed."""

    # At launch (``start``): the first frame is on screen.
    shown = Signal()
    # At launch: the list is there, the questionnaires read and the first supplier shown.
    started = Signal()

    def __init__(self, folder: DataFolder, content: Content | None = None,
                 today: date | None = None):
        super().__init__()
        self.folder, self._content = folder, content
        self.today = today or date.today()
        self.rows: dict[str, SupplierRow] = {}
        self.wizards: dict[str, MeetingWizard] = {}
        self._reader: FolderReader | None = None  # reading the list at launch (``start``)
        self._refresh_when_read: tuple[str | None] | None = None
        self._list_awaited = False  # the questionnaires are read; the list is still coming
        self.setWindowTitle(tr("ISV-dialoog"))
        self._build_actions()
        self._build_body()
        self.resize(1200, 680)

    # --- building -------------------------------------------------------------

    def _build_actions(self) -> None:
        bar = QToolBar(tr("Werkbalk"))
        bar.setMovable(False)  # its actions have no icons, so each button shows its text
        self.addToolBar(bar)
        specs = ((tr("Nieuwe leverancier…"), QKeySequence.StandardKey.New, self.new_supplier),
                 (tr("Leverancier bewerken…"), "Ctrl+E", self.edit_supplier),
                 (tr("Nieuw gesprek"), "Ctrl+G", self.new_meeting),
                 (tr("Vernieuwen"), QKeySequence.StandardKey.Refresh, self.refresh))
        self.actions_by_name: dict[str, QAction] = {}
        for text, keys, slot in specs:
            action = QAction(text, self)
            action.setShortcuts(_key_sequences(keys))
            action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            action.triggered.connect(slot)
            bar.addAction(action)
            self.actions_by_name[text] = action
        self.edit_action = self.actions_by_name[tr("Leverancier bewerken…")]
        self.meeting_action = self.actions_by_name[tr("Nieuw gesprek")]
        for needs_a_supplier in (self.edit_action, self.meeting_action):
            needs_a_supplier.setEnabled(False)  # until one is chosen (``_on_select``)
        self.restore_action = QAction(tr("Reservekopie terugzetten…"), self)
        self.restore_action.setToolTip(tr("Zet een eerdere versie van de gekozen leverancier terug"))
        self.restore_action.triggered.connect(self.restore_backup)
        bar.addAction(self.restore_action)
        self.actions_by_name[self.restore_action.text()] = self.restore_action
        self.portfolio_action = QAction(tr("Portefeuille-overzicht"), self)
        self.portfolio_action.setShortcuts(_key_sequences("Ctrl+Shift+O"))
        self.portfolio_action.setToolTip(tr("Alle leveranciers in één overzicht, te exporteren "
                                            "naar Excel of PDF (Ctrl+Shift+O)"))
        self.portfolio_action.triggered.connect(self.show_portfolio)
        bar.addAction(self.portfolio_action)
        self.actions_by_name[self.portfolio_action.text()] = self.portfolio_action
        self.about_action = QAction(tr("Over ISV-dialoog"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(lambda: AboutDialog.ask(self))
        self.help_menu = self.menuBar().addMenu(tr("&Help"))
        self.help_menu.addAction(self.about_action)
        self._build_settings_and_help()
        self._build_dossier_transfer()

    def _build_body(self) -> None:
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Zoek op naam (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        find = QAction(self)
        find.setShortcuts(_key_sequences(QKeySequence.StandardKey.Find))
        find.triggered.connect(
            lambda: self.search.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason))
        self.addAction(find)
        self.list = SupplierList(self.today)
        self.list.currentItemChanged.connect(self._on_select)
        self.search.textChanged.connect(self.list.filter)
        # The supplier view is built when the first supplier is shown: the list
        # comes first at launch (docs/performance.md, launch).
        self._detail: SupplierDetail | None = None
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.list)
        splitter = QSplitter()  # side by side
        splitter.addWidget(left)
        # The supplier view goes in here when it is built (``detail``).
        self._right = QWidget()
        QVBoxLayout(self._right).setContentsMargins(0, 0, 0, 0)
        splitter.addWidget(self._right)
        splitter.setStretchFactor(0, 0)  # a wider window widens the supplier view
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        left_width = self.list.preferred_width(1280)
        splitter.setSizes([left_width, max(1280 - left_width, 600)])
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(body)
        self.statusBar().showMessage(tr("Gegevensmap: {path}", path=self.folder.root))

    @property
    def content(self) -> Content:
        """The questionnaires, read when first needed (QuestionnaireError if broken)."""
        if self._content is None:
            self._content = questionnaires.load_content()
        return self._content

    @property
    def detail(self) -> SupplierDetail:
        """The supplier view, built on first use."""
        if self._detail is None:
            from .supplier_detail import SupplierDetail

            detail = SupplierDetail(self.content, today=self.today)
            detail.new_meeting_requested.connect(self.new_meeting)
            detail.edit_requested.connect(self.edit_supplier)
            detail.resume_requested.connect(self.open_meeting)
            detail.view_requested.connect(self.view_meeting)
            detail.signal_changed.connect(self.save_signal)
            self._right.layout().addWidget(detail)
            self._detail = detail
        return self._detail

    # --- the list -------------------------------------------------------------

    def start(self) -> None:
        """At launch, with the window on screen: the list from the folder's index;
        once that frame is drawn, the rest (``_started``). When the index does not
        know many of the files (a new folder, an update), they are read on a worker
        thread meanwhile, and the window says how far it is."""
        listed = overview(self.folder, read_at_most=READ_BEFORE_FIRST_FRAME)
        if listed is None:
            self._read_in_background()
        else:
            self._show_rows(*listed)
        QTimer.singleShot(0, self, self._started)

    def _started(self) -> None:
        """After the first frame: the questionnaires (broken ones stop the app), and,
        once the list is there, sorting and the first supplier (``_list_ready``)."""
        self.shown.emit()
        try:
            self.content
        except QuestionnaireError as exc:
            self.critical(self, tr("ISV-dialoog kan niet starten"),
                          tr("De vragenlijsten bevatten een fout:\n\n{error}", error=exc))
            QtCore.QCoreApplication.exit(2)
            return
        if self._reader is None:
            self._list_ready()
        else:
            self._list_awaited = True  # _reading_done goes on

    def _list_ready(self) -> None:
        """Sorting by column, and the first supplier read and shown, unless the buyer
        has chosen one by then."""
        self.list.enable_sorting()
        if self.list.currentItem() is None:
            self._select(None)
        self.started.emit()

    def _read_in_background(self) -> None:
        from .folder_reading import FolderReader

        self._reader = FolderReader(self.folder, self)
        self._reader.progress.connect(lambda done, total: self._say(tr(
            "Het overzicht van de leveranciers wordt bijgewerkt: {done} van {total} "
            "bestanden gelezen…", done=done, total=total)))
        self._reader.finished.connect(lambda listed: self._read(*listed))
        self._reader.failed.connect(self._read_failed)
        self._wait_for_the_list(True)
        self._say(tr("Het overzicht van de leveranciers wordt bijgewerkt…"))
        self._reader.start()

    def _wait_for_the_list(self, waiting: bool) -> None:
        """While the list is read at launch, what would read the folder itself waits."""
        for action in (self.portfolio_action, self.import_action):
            action.setEnabled(not waiting)

    def _read(self, rows: list[SupplierRow], problems: list[FileProblem]) -> None:
        if self._reader is None:  # sent just before the window closed
            return
        self._show_rows(rows, problems)
        self._reading_done()

    def _read_failed(self, error: Exception) -> None:
        if self._reader is None:
            return
        self._say(tr("Het overzicht van de leveranciers kon niet worden gelezen: {error}",
                     error=error))
        self._refresh_when_read = None  # it would fail the same way; "Vernieuwen" tries again
        self._reading_done()

    def _reading_done(self) -> None:
        self._reader = None
        self._wait_for_the_list(False)
        pending, self._refresh_when_read = self._refresh_when_read, None
        if pending is not None:  # a supplier was added while reading
            self.refresh(*pending)
        if self._list_awaited:
            QTimer.singleShot(0, self, self._list_ready)  # after the filled list's frame

    def refresh(self, select: str | None = None) -> None:
        """Fill the list from the folder's index again and choose a supplier (after
        the reading at launch, if that is still going on)."""
        if self._reader is not None:
            self._refresh_when_read = (select,)
            return
        select = select or self.current_id()
        self._show_rows(*overview(self.folder))
        self.list.enable_sorting()  # if launch has not yet
        self._select(select)

    def _show_rows(self, rows: list[SupplierRow], problems: list[FileProblem]) -> None:
        self.rows = {r.summary.id: r for r in rows}
        self.list.fill(rows)
        self._show_problems(problems)
        if self.search.text():  # new rows are all shown
            self.list.filter(self.search.text())

    def _show_problems(self, problems: list[FileProblem]) -> None:
        """Unreadable files are named, not hidden, and never block the rest."""
        lines = [tr("Deze bestanden konden niet worden gelezen en zijn niet aangeraakt:")]
        lines += [f"• {p.path.name}: {p.message}" for p in problems]
        self._say("\n".join(lines) if problems else "")

    def _say(self, text: str) -> None:
        """The notice above the list: plain text (a file's name is never markup), hidden when empty."""
        if text:
            self.notice.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _select(self, supplier_id: str | None) -> None:
        if not self.list.select(supplier_id):
            self._on_select(None)

    def current_id(self) -> str | None:
        return self.list.current_id()

    def _on_select(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        row = self.rows.get(self.list.current_id()) if item else None
        dossier = None
        if row is not None:
            try:  # the list was made from the index; the dossier is read now
                dossier = row.dossier
            except IsvError as exc:
                self._show_problems([FileProblem(row.summary.path, str(exc))])
                row = None
        self.detail.set_dossier(dossier)
        self.edit_action.setEnabled(row is not None)
        self.meeting_action.setEnabled(row is not None)

    # --- suppliers --------------------------------------------------------------

    def new_supplier(self) -> None:
        supplier = SupplierDialog.ask(self, self.content)
        if supplier is None:
            return
        try:
            self.folder.create(supplier).close()
        except IsvError as exc:
            self.warn(self, tr("Niet opgeslagen"), str(exc))
            return
        self.search.clear()
        self.refresh(select=supplier.id)

    def edit_supplier(self) -> None:
        supplier_id = self.current_id()
        if supplier_id is None:
            return
        try:  # held for as long as the dialog is open, so no one else edits meanwhile
            file, reason = self.folder.open_for_editing(supplier_id)
        except IsvError as exc:
            self.warn(self, tr("Kan niet openen"), str(exc))
            return
        if reason is not None:  # someone else has it, or the folder cannot be written
            file.close()
            self._read_only_notice(supplier_id, reason)
            return
        try:
            edited = SupplierDialog.ask(self, self.content, file.load().supplier)
            if edited is not None:
                file.save_supplier(edited)
        except IsvError as exc:
            self.warn(self, tr("Niet opgeslagen"), str(exc))
        finally:
            file.close()
        self.refresh()

    @contextmanager
    def _writable(self, supplier_id: str) -> Iterator[SupplierFile]:
        """The supplier's file for a write. An open meeting already holds its lock,
        and its writer thread owns the file: we wait for its queued saves and use
        the file under the writer's lock (ui/autosave.py, ``FileWriter.exclusive``)."""
        wizard = self.wizards.get(supplier_id)
        if wizard is not None:
            with wizard.writer.exclusive() as file:
                yield file
            return
        with self.folder.open(supplier_id, writable=True) as file:
            yield file

    # --- signals ----------------------------------------------------------------

    def save_signal(self, signal) -> None:
        """Save a signal the panel created or changed; the list then shows what is on disk."""
        supplier_id = self.current_id()
        if supplier_id is None:
            return
        try:
            with self._writable(supplier_id) as file:
                file.save_signal(signal)
        except LockedError as exc:
            self._locked(exc)
        except IsvError as exc:
            self.warn(self, tr("Niet opgeslagen"), str(exc))
        self.refresh(select=supplier_id)

    # --- meetings ---------------------------------------------------------------

    def new_meeting(self) -> None:
        self.open_meeting(None)

    def open_meeting(self, meeting_id: str | None) -> MeetingWizard | None:
        supplier_id = self.current_id()
        if supplier_id is None:
            return None
        if supplier_id in self.wizards:  # one meeting per supplier at a time
            wizard = self.wizards[supplier_id]
            wizard.raise_()
            wizard.activateWindow()
            return wizard
        try:
            wizard = MeetingWizard.open(self.folder, supplier_id, self.content, meeting_id,
                                        self.today, parent=self)
        except UnreadableFileError as exc:
            self.warn(self, tr("Kan het gesprek niet openen"), str(exc))
            return None
        except SupplierFileError:  # someone else has it, or the folder cannot be written
            self.view_read_only(supplier_id, meeting_id)
            return None
        except IsvError as exc:
            self.warn(self, tr("Kan het gesprek niet openen"), str(exc))
            return None
        wizard.setWindowModality(QtCore.Qt.WindowModality.NonModal)
        wizard.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizards[supplier_id] = wizard
        wizard.finished.connect(lambda _result: self._wizard_closed(supplier_id))
        wizard.show()
        wizard.resume()
        return wizard

    def view_meeting(self, meeting_id: str) -> MeetingView | None:
        """Show a final meeting read-only, with its minutes and corrections."""
        supplier_id = self.current_id()
        if supplier_id is None:
            return None
        try:
            dossier = self.folder.load(supplier_id)
        except IsvError as exc:
            self.warn(self, tr("Kan het gesprek niet openen"), str(exc))
            return None
        if dossier.meeting(meeting_id) is None:
            self.warn(self, tr("Kan het gesprek niet openen"), tr("Dit gesprek bestaat niet meer."))
            return None
        view = MeetingView(dossier, meeting_id, self.content, parent=self)
        view.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        view.correction_requested.connect(
            lambda reason, text: self.amend_meeting(supplier_id, meeting_id, reason, text, view))
        view.show()
        return view

    def amend_meeting(self, supplier_id: str, meeting_id: str, reason: str, text: str,
                      view: MeetingView | None = None) -> bool:
        """Record a correction beside a final meeting; the storage refuses any other change."""
        try:
            with self._writable(supplier_id) as file:
                dossier = self._amend(file, meeting_id, reason, text)
        except LockedError as exc:
            self._locked(exc)
            return False
        except IsvError as exc:
            self.warn(self, tr("Correctie niet vastgelegd"), str(exc))
            return False
        if view is not None:
            view.set_dossier(dossier)
        self.refresh(select=supplier_id)
        return True

    @staticmethod
    def _amend(file, meeting_id: str, reason: str, text: str):
        dossier = file.load()
        meeting = dossier.meeting(meeting_id)
        if meeting is None:
            raise IsvError(tr("Dit gesprek bestaat niet meer."))
        from isv_dialogue.model import utc_now

        rules.amend(meeting, reason, text, utc_now())
        file.save_meeting(meeting)
        return file.load()  # as saved, with the audit entry the save added

    def _wizard_closed(self, supplier_id: str) -> None:
        self.wizards.pop(supplier_id, None)
        self.refresh()

    def restore_backup(self) -> None:
        """Put back one of the chosen supplier's rolling backups (ui/backup_dialog.py)."""
        supplier_id = self.current_id()
        if supplier_id is not None and BackupDialog.run(self, self.folder, supplier_id,
                                                        busy=supplier_id in self.wizards):
            self.refresh(select=supplier_id)

    def _locked(self, exc: LockedError) -> None:
        supplier_id = self.current_id()
        if supplier_id is not None:
            self._read_only_notice(supplier_id, str(exc))
        else:
            self.warn(self, tr("Leverancier is al geopend"), str(exc))

    # --- someone else has the supplier: view, do not change ------------------------

    def view_read_only(self, supplier_id: str, meeting_id: str | None) -> MeetingView | None:
        """The supplier cannot be written (another window or computer has it, or the
        folder is read-only): an unfinished meeting is shown read-only, with why;
        a new meeting is not started, and the buyer is told so in one sentence."""
        try:
            file, reason = self.folder.open_for_editing(supplier_id)
            with file:
                dossier = file.load()
        except IsvError as exc:
            self.warn(self, tr("Kan het gesprek niet openen"), str(exc))
            return None
        if reason is None:  # let go of in the meantime: it can be edited after all
            self.open_meeting(meeting_id)
            return None
        meeting = dossier.meeting(meeting_id) if meeting_id else None
        if meeting is None:
            self._read_only_notice(supplier_id, reason)
            return None
        view = MeetingView(dossier, meeting.id, self.content, parent=self,
                           read_only=self._read_only_banner(supplier_id, reason))
        view.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show()
        return view

    def _read_only_banner(self, supplier_id: str, reason: str) -> str:
        holder = self.folder.lock_holder(supplier_id)
        if holder is None:
            return reason
        return tr("Alleen-lezen: {user} heeft deze leverancier open sinds {since} "
                  "(op {host}, proces {pid}).", user=holder.user, since=holder.since,
                  host=holder.host, pid=holder.pid)

    def _read_only_notice(self, supplier_id: str, reason: str) -> None:
        holder = self.folder.lock_holder(supplier_id)
        if holder is None:
            text = tr("{reason} U kunt deze leverancier bekijken, maar niet wijzigen.", reason=reason)
        else:
            text = tr("{user} heeft deze leverancier open sinds {since} (op {host}); u kunt alles "
                      "bekijken, maar niets wijzigen tot het daar is gesloten.",
                      user=holder.user, since=holder.since, host=holder.host)
        self.warn(self, tr("Alleen bekijken"), text)

    # --- portfolio ----------------------------------------------------------------

    portfolio_view: PortfolioView | None = None

    def show_portfolio(self) -> PortfolioView:
        """Every supplier in one overview, in a window of its own (one at a time),
        read afresh each time it is asked for."""
        view = self.portfolio_view
        if view is None:
            view = PortfolioView([], self.today, parent=self, reload=lambda: portfolio.load_portfolio(
                self.folder, self.content, self.today, view.lang))
            view.supplier_chosen.connect(self._show_supplier)
            self.portfolio_view = view
        view.refresh()
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def _show_supplier(self, supplier_id: str) -> None:
        """A row double-clicked in the overview: show that supplier here."""
        self.search.clear()
        self._select(supplier_id)
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Close open meetings first; each saves itself and may refuse if it cannot."""
        for wizard in list(self.wizards.values()):
            if not wizard.close():
                event.ignore()
                return
        if self._reader is not None:  # still reading the list at launch
            reader, self._reader = self._reader, None
            reader.stop()
        super().closeEvent(event)


    # --- settings and help ----------------------------------------------------------

    # The folder given with --data-dir or ISV_DIALOGUE_DATA (ui/app.py), which wins
    # over the one in the settings.
    data_dir_override = None

    def _build_settings_and_help(self) -> None:
        self.settings_action = QAction(tr("Instellingen…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.setShortcuts(_key_sequences("Ctrl+,"))
        self.settings_action.triggered.connect(self.edit_settings)
        extra = QMenu(tr("&Extra"), self)
        extra.addAction(self.settings_action)
        self.menuBar().insertMenu(self.help_menu.menuAction(), extra)
        self.help_action = QAction(tr("Hulp bij deze pagina"), self)
        self.help_action.setShortcuts(_key_sequences(QKeySequence.StandardKey.HelpContents))
        self.help_action.triggered.connect(self.show_help)
        self.help_menu.insertAction(self.about_action, self.help_action)
        self.help_menu.insertSeparator(self.about_action)

    def edit_settings(self) -> None:
        edited = SettingsDialog.ask(self, self.data_dir_override)
        if edited is not None:
            self.statusBar().showMessage(tr("Instellingen opgeslagen."), 5000)

    def show_help(self) -> HelpDialog:
        """F1 here: the help for the overview; each meeting page has its own."""
        return HelpDialog.show_for(self, self.content, "main")

    # --- moving and keeping dossiers (ui/dossier_transfer.py) ---------------------------

    def _build_dossier_transfer(self) -> None:
        self.export_action = QAction(tr("Dossier exporteren…"), self)
        self.export_action.setToolTip(tr("Het dossier van de gekozen leverancier met de "
                                         "definitieve verslagen in één bestand, voor een collega "
                                         "of het archief"))
        self.export_action.triggered.connect(self.export_dossier)
        self.import_action = QAction(tr("Dossier importeren…"), self)
        self.import_action.setToolTip(tr("Lees een dossier van een collega of uit het archief in"))
        self.import_action.triggered.connect(self.import_dossier)
        menu = QMenu(tr("&Dossier"), self)
        menu.addAction(self.export_action)
        menu.addAction(self.import_action)
        menu.aboutToShow.connect(lambda: self.export_action.setEnabled(self.current_id() is not None))
        self.menuBar().insertMenu(self.menuBar().actions()[0], menu)  # first, before Extra
        self.dossier_menu = menu
        for action in (self.export_action, self.import_action):
            self.actions_by_name[action.text()] = action

    def export_dossier(self):
        """The chosen supplier's dossier package, to a file the buyer names."""
        supplier_id = self.current_id()
        if supplier_id is None:
            self.warn(self, tr("Dossier exporteren"), tr("Kies eerst een leverancier in de lijst."))
            return None
        return DossierTransfer.export(self, self.folder, supplier_id, self.content, self.today)

    def import_dossier(self) -> str | None:
        """A dossier from a colleague or the archive; the list then shows it, chosen."""
        supplier_id = DossierTransfer.import_(self, self.folder, set(self.wizards))
        if supplier_id is not None:
            self.search.clear()
            self.refresh(select=supplier_id)
        return supplier_id
