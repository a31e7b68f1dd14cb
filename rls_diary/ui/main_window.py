"""The main window: Diary, Charts, Treatment and Lifestyle tips tabs, menus, status bar.

The window owns the writer Diary it is given and closes it (releasing the data-folder lock)
when it closes. Geometry, state and the last tab live in QSettings (never diary content).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rls_diary.domain.night import Night
from rls_diary.services.diary import Diary
from rls_diary.storage.errors import StorageError
from rls_diary.ui import theme
from rls_diary.ui.diary import text as diary_text
from rls_diary.ui.diary.commands import DeleteNightCommand
from rls_diary.ui.diary.tab import DiaryTab
from rls_diary.ui.lazy_tab import LazyTab
from rls_diary.ui.screen import resize_within_screen
from rls_diary.ui.settings import Preferences, load_preferences, save_preferences

if TYPE_CHECKING:  # dialogs, pages and services used on demand are imported when first used
    from rls_diary.ui.dialogs.files import FileChooser
    from rls_diary.ui.dialogs.import_dialog import ImportDialog
    from rls_diary.ui.diary.form import NightForm
    from rls_diary.ui.tray import DiaryTray
    from rls_diary.ui.welcome import WelcomePage

# English source texts; shown through self.tr() (German: resources/translations).
TITLE: Final = QT_TRANSLATE_NOOP("MainWindow", "RLS Diary")
SAMPLE_TITLE: Final = QT_TRANSLATE_NOOP("MainWindow", "RLS Diary — SAMPLE DATA (not your diary)")
TAB_NAMES: Final = (
    QT_TRANSLATE_NOOP("MainWindow", "Diary"),
    QT_TRANSLATE_NOOP("MainWindow", "Charts"),
    QT_TRANSLATE_NOOP("MainWindow", "Treatment"),
    QT_TRANSLATE_NOOP("MainWindow", "Lifestyle tips"),
)
STATUS_MS: Final = 10_000
BACKUP_CHECK_MS: Final = 10 * 60 * 1000  # an hourly backup is due at most once an hour
DEFAULT_SIZE: Final = (1100, 760)


class MainWindow(QMainWindow):
    """The window on one open ``diary``; ``sample=True`` marks the sample-data window."""

    def __init__(
        self,
        diary: Diary,
        parent: QWidget | None = None,
        *,
        sample: bool = False,
        file_chooser: FileChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self.sample = sample
        self._file_chooser = file_chooser
        self.import_dialog: ImportDialog | None = None
        self.sample_window: MainWindow | None = None
        self._shut_down = False
        self._settings_group = "sample-window" if sample else "window"
        self.setWindowTitle(self.tr(SAMPLE_TITLE) if sample else self.tr(TITLE))
        self.setObjectName("sampleWindow" if sample else "mainWindow")

        preferences = load_preferences()
        diary_text.set_twelve_hour_clock(preferences.twelve_hour())  # before the form is built
        self.undo_stack = QUndoStack(self)
        self.diary_tab = DiaryTab(diary, self.undo_stack)
        self.diary_tab.statusMessage.connect(self.show_status)
        self.diary_tab.purgeRequested.connect(self.purge_deleted_night)
        self._welcome: WelcomePage | None = None  # made for an empty diary (see welcome)
        self.diary_pages = QStackedWidget()
        self.diary_pages.addWidget(self.diary_tab)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.addTab(self.diary_pages, self.tr(TAB_NAMES[0]))
        # Built when first opened: the Charts tab imports pyqtgraph only then (DESIGN §8).
        self.charts = LazyTab(self._make_charts)
        self.treatment = LazyTab(self._make_treatment)
        self.tips = LazyTab(self._make_tips)
        for lazy, name in zip((self.charts, self.treatment, self.tips), TAB_NAMES[1:], strict=True):
            self.tabs.addTab(lazy, self.tr(name))
        self._stale: set[LazyTab] = set()
        self.last_deleted: dt.date | None = None
        self.undo_stack.indexChanged.connect(self._diary_changed)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self._with_banner(self.tabs) if sample else self.tabs)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.hourly_backup)

        self._tray: DiaryTray | None = None  # made when wanted (see the tray property)
        self._preferences = preferences

        self._build_menus()
        self.statusBar().showMessage(self.tr("Diary folder: {0}").format(diary.data_dir), STATUS_MS)
        self._restore_settings()
        self.apply_preferences(preferences)

    # -- parts made when first wanted --------------------------------------------------------

    @property
    def file_chooser(self) -> FileChooser:
        """Asks for files to open and save (tests hand in one that answers by itself)."""
        if self._file_chooser is None:
            from rls_diary.ui.dialogs.files import FileChooser

            self._file_chooser = FileChooser()
        return self._file_chooser

    @file_chooser.setter
    def file_chooser(self, chooser: FileChooser) -> None:
        self._file_chooser = chooser

    @property
    def welcome(self) -> WelcomePage:
        """The first-run page over the Diary tab, for an empty diary."""
        if self._welcome is None:
            from rls_diary.ui.welcome import WelcomePage

            page = self._welcome = WelcomePage(sample_offered=not self.sample)
            page.addLastNight.connect(self.new_night)
            page.exploreSample.connect(self.open_sample)
            self.diary_pages.addWidget(page)
        return self._welcome

    # -- layout ------------------------------------------------------------------------------

    def _with_banner(self, content: QWidget) -> QWidget:
        banner = QLabel(
            self.tr(
                "SAMPLE DATA — a made-up diary to explore. It is kept apart from your own diary."
            ),
        )
        banner.setObjectName("sampleBanner")
        banner.setWordWrap(True)
        banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        banner.setStyleSheet(
            "#sampleBanner { background: #8a4b00; color: white; font-weight: bold; padding: 8px; }"
        )
        banner.setAccessibleName(self.tr("Sample data: not your diary"))
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(banner)
        layout.addWidget(content, 1)
        return holder

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        import_action = self._action(
            file_menu, self.tr("&Import nights…"), self.import_file, QKeySequence("Ctrl+I")
        )
        import_action.setStatusTip(
            self.tr(
                "Import an RLS Diary CSV or JSON file, or an export of Sleep as Android, "
                "Plees Tracker, Sleepmeter or Fitbit"
            )
        )
        import_action.setToolTip(import_action.statusTip())
        self._action(file_menu, self.tr("Export &CSV…"), lambda: self.export("csv"))
        self._action(file_menu, self.tr("Export &JSON…"), lambda: self.export("json"))
        self._action(
            file_menu,
            self.tr("PDF &report for my doctor…"),
            self.pdf_report,
            QKeySequence("Ctrl+P"),
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Back up now"), self.back_up_now, QKeySequence("Ctrl+B"))
        self._action(file_menu, self.tr("Back up to a &file…"), self.back_up_to_file)
        self._action(file_menu, self.tr("&Restore from a backup…"), self.restore_backup)
        self._action(
            file_menu, self.tr("Remove deleted night from backups…"), self.purge_deleted_night
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Open data &folder"), self.open_data_folder)
        file_menu.addSeparator()
        quit_action = self._action(
            file_menu, self.tr("&Quit"), self.quit_all, QKeySequence("Ctrl+Q")
        )
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Every key of the platform (Ctrl+Y and Ctrl+Shift+Z), not only the first one.
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&New night"), self.new_night, QKeySequence("Ctrl+N"))
        self._action(edit_menu, self.tr("&Save night"), self.save_night, QKeySequence("Ctrl+S"))
        self._action(edit_menu, self.tr("&Find…"), self.find_night, QKeySequence("Ctrl+F"))
        # Ctrl+Shift+Del: no standard key of Qt on any platform (Ctrl+Del deletes a word in a
        # field on Windows and Linux, Del a character), so typing is never taken for it.
        self._action(
            edit_menu, self.tr("&Delete night"), self.delete_night, QKeySequence("Ctrl+Shift+Del")
        )
        edit_menu.addSeparator()
        settings_action = self._action(
            edit_menu, self.tr("Se&ttings…"), self.open_settings, QKeySequence("Ctrl+,")
        )
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        view_menu = bar.addMenu(self.tr("&View"))
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        self.theme_actions = QActionGroup(self)
        current = theme.stored_theme(QSettings())
        for key in theme.THEMES:
            action = theme_menu.addAction(theme.theme_label(key))
            action.setCheckable(True)
            action.setChecked(key == current)
            action.setData(key)
            self.theme_actions.addAction(action)
        self.theme_actions.triggered.connect(self._theme_chosen)
        view_menu.addSeparator()
        self._action(
            view_menu,
            self.tr("&Previous night"),
            lambda: self.open_neighbour(-1),
            QKeySequence("Ctrl+PgUp"),
        )
        self._action(
            view_menu,
            self.tr("&Next night"),
            lambda: self.open_neighbour(1),
            QKeySequence("Ctrl+PgDown"),
        )
        view_menu.addSeparator()
        for index, name in enumerate(TAB_NAMES):  # Ctrl+1 … Ctrl+4 switch tabs
            self._action(
                view_menu,
                self.tr(name),
                lambda index=index: self.show_tab(index),
                QKeySequence(f"Ctrl+{index + 1}"),
            )

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Safety notice"), self._show_safety_notice)
        self._action(help_menu, self.tr("&Crisis numbers"), self.show_crisis_numbers)
        if not self.sample:
            self._action(help_menu, self.tr("&Explore sample data"), self.open_sample)
        help_menu.addSeparator()
        about_action = self._action(
            help_menu,
            self.tr("&About RLS Diary"),
            lambda: _about().show_about(self, self.diary.data_dir),
        )
        about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _action(
        self, menu: object, text: str, slot: object, shortcut: QKeySequence | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    # -- status and pages --------------------------------------------------------------------

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    def welcome_user(self) -> None:
        """First-run steps: the safety notice (once), then the welcome page if the diary is empty.

        The notice depends only on the acknowledgement flag, so someone whose first contact
        was a command-line import still sees it once. Not called in ``--self-test``.
        """
        from rls_diary.ui.dialogs import safety

        safety.ask_acknowledgement(self, QSettings())
        if self.diary.night_count() == 0:
            self.show_welcome()

    def show_welcome(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.diary_pages.setCurrentWidget(self.welcome)

    def _show_diary_page(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.diary_pages.setCurrentWidget(self.diary_tab)

    # -- Edit --------------------------------------------------------------------------------

    def new_night(self) -> None:
        self._show_diary_page()
        self.diary_tab.new_night()

    def save_night(self) -> None:
        self._show_diary_page()
        self.diary_tab.save()

    def find_night(self) -> None:
        self._show_diary_page()
        self.diary_tab.focus_find()

    def open_neighbour(self, step: int) -> None:
        """Ctrl+PgUp / Ctrl+PgDown: the recorded night before / after the one in the form."""
        self._show_diary_page()
        self.diary_tab.open_neighbour(step)

    def delete_night(self) -> None:
        """Edit ▸ Delete night (Ctrl+Shift+Del, from anywhere in the window): asks first."""
        self._show_diary_page()
        date = self.diary_tab.night_to_delete()
        if date is not None and not self._delete_ok(date):
            return
        self.diary_tab.delete_selected()

    def _delete_ok(self, date: dt.date) -> bool:
        from PySide6.QtWidgets import QMessageBox

        message = self.tr("Delete the night of {night}?\n\nUndo (Ctrl+Z) brings it back.").format(
            night=diary_text.night_span(date)
        )
        form = self.diary_tab.form
        if form.dirty and form.date() == date:
            message += "\n\n" + self.tr("The changes you have not saved are lost.")
        answer = QMessageBox.question(
            self,
            self.tr("Delete the night?"),
            message,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- File --------------------------------------------------------------------------------

    def import_file(self, path: Path | None = None) -> ImportDialog | None:
        """Choose a file (unless given) and open the import preview; nothing is written yet.
        Unsaved edits of the form are asked about when the import is confirmed: choosing
        "Discard" and then cancelling the file choice or the preview must keep them."""
        path = path or self.file_chooser.open_import_file(self)
        if path is None:
            return None
        if self.import_dialog is not None:
            self.import_dialog.deleteLater()
        from rls_diary.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.diary, path, self, ready=self.diary_tab.confirm_discard)
        dialog.imported.connect(self._imported)
        self.import_dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def _imported(self, report: object) -> None:
        self._reload_all()
        if self.diary.night_count() > 0:
            self._show_diary_page()
        summary = report.summary()  # type: ignore[attr-defined]
        self.show_status(self.tr("Imported: {0}").format(summary))

    def pdf_report(self) -> None:
        from rls_diary.ui.dialogs.report_dialog import ReportDialog  # QtGui drawing on demand

        dialog = ReportDialog(self.diary, self, paper=load_preferences().report_paper)
        dialog.saved.connect(
            lambda path: self.show_status(self.tr("Saved the PDF summary to {0}").format(path))
        )
        dialog.open()

    def back_up_now(self) -> None:
        self._status_of(_backup_actions().back_up_now(self, self.diary))

    def back_up_to_file(self) -> None:
        self._status_of(_backup_actions().back_up_to_file(self, self.diary, self.file_chooser))

    def restore_backup(self) -> None:
        # Unsaved edits are asked about once the restore is confirmed: choosing "Discard"
        # and then cancelling the file choice must not have thrown them away.
        message = _backup_actions().restore(
            self, self.diary, self.file_chooser, ready=self.diary_tab.confirm_discard
        )
        if message:
            self._reload_all()
            self.show_status(message)

    def purge_deleted_night(self, date: dt.date | None = None) -> None:
        """Remove a deleted night (``date``, else the last one deleted) from the backups."""
        chosen = date or self.last_deleted
        message = _backup_actions().purge_night(self, self.diary, chosen)
        if message is not None and chosen is not None:
            self.diary_tab.deleted_bar.withdraw(chosen)
        self._status_of(message)

    def hourly_backup(self) -> None:
        """At most one verified backup an hour (started once the window is shown)."""
        if self._shut_down:
            return
        try:
            from rls_diary.services.backups import maybe_hourly_backup

            made = maybe_hourly_backup(self.diary)
        except StorageError as exc:
            self.show_status(self.tr("The hourly backup did not work: {0}").format(exc))
            return
        if made is not None:
            self.show_status(self.tr("Backed up to {0}").format(made.name))

    def start_backups(self) -> None:
        """The first backup runs after the window is shown (start-up stays fast), then hourly."""
        QTimer.singleShot(2000, self.hourly_backup)
        self.backup_timer.start()

    def show_crisis_numbers(self) -> None:
        from rls_diary.services.tips import crisis_numbers

        try:
            numbers = crisis_numbers(self.diary)
        except StorageError:
            numbers = ""
        _about().show_crisis_numbers(self, numbers)

    def _status_of(self, message: str | None) -> None:
        if message:
            self.show_status(message)

    # -- tabs ------------------------------------------------------------------------------

    def _make_charts(self) -> QWidget:
        from rls_diary.ui.charts.tab import ChartsTab  # imports pyqtgraph: first open only

        tab = ChartsTab(self.diary)
        tab.openNight.connect(self.open_night)
        return tab

    def _make_treatment(self) -> QWidget:
        from rls_diary.ui.treatment import TreatmentTab

        tab = TreatmentTab(self.diary, self.undo_stack)
        tab.statusMessage.connect(self.show_status)
        tab.experiments.experimentChanged.connect(self.diary_tab.reload)
        tab.experiments.experimentChanged.connect(self._experiments_changed)
        tab.experiments.nightSaved.connect(self._answer_recorded)
        return tab

    def _answer_recorded(self, before: Night | None, night: Night) -> None:
        """An experiment answer was saved in Treatment ▸ My experiments: it joins the undo
        history, and a form with unsaved edits of that night keeps them and takes the answer
        over (so a later save does not put the form's older answer back)."""

        def take(form: NightForm) -> None:
            if form.in_experiment:
                form.experiment_box.answer.set_value(night.experiment_adherence)

        self.diary_tab.saved_elsewhere(before, night, take)

    def _make_tips(self) -> QWidget:
        from rls_diary.ui.tips import TipsTab

        return TipsTab(self.diary)

    def open_night(self, date: dt.date) -> None:
        """Show the night of ``date`` in the Diary tab (from a click on a chart point)."""
        self._show_diary_page()
        self.diary_tab.open_date(date)

    def _diary_changed(self, _index: int = 0) -> None:
        """Nights changed (save, delete, undo): other tabs refresh when next shown."""
        command = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(command, DeleteNightCommand):
            self.last_deleted = command.deleted.date
        self._stale.update(tab for tab in (self.charts, self.treatment, self.tips) if tab.built)
        self._tab_shown(self.tabs.currentIndex())

    def _experiments_changed(self) -> None:
        """An experiment started or stopped, or a night's adherence was answered: the Charts
        shade the experiment's blocks, so they read the diary again when next shown."""
        if self.charts.built:
            self._stale.add(self.charts)
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, LazyTab) and tab in self._stale and tab.content is not None:
            self._stale.discard(tab)
            tab.content.reload()  # type: ignore[attr-defined]

    def _reload_all(self) -> None:
        """After an import or a restore: every tab reads the diary again; undo starts over."""
        self.undo_stack.clear()
        self.diary_tab.reload()
        if self.diary.night_count() > 0:
            self._show_diary_page()
        self._stale.update(tab for tab in (self.charts, self.treatment, self.tips) if tab.built)
        self._tab_shown(self.tabs.currentIndex())

    def export(self, kind: str) -> None:
        from rls_diary.ui.dialogs.export import export_diary

        message = export_diary(self, self.diary, kind, self.file_chooser)
        if message:
            self.show_status(message)

    def _show_safety_notice(self) -> None:
        from rls_diary.ui.dialogs import safety

        safety.show_notice(self)

    def open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        url = QUrl.fromLocalFile(str(self.diary.data_dir))
        if not QDesktopServices.openUrl(url):
            QMessageBox.information(
                self,
                self.tr("Data folder"),
                self.tr("Your diary is kept in:\n{0}").format(self.diary.data_dir),
            )

    def quit_all(self) -> None:
        """Close every window (each asks about unsaved changes); stop at the first refusal."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() and not widget.close():
                return

    # -- sample data -------------------------------------------------------------------------

    def open_sample(self) -> MainWindow | None:
        """Open (creating it on first use) the sample diary in its own, labelled window."""
        if self.sample:
            return None
        window = self.sample_window
        if window is not None and not window.is_shut_down:
            window.raise_()
            window.activateWindow()
            return window
        from rls_diary.ui.sample import open_sample_diary  # demo service loaded on demand

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            diary = open_sample_diary(self.diary.data_dir, self.diary.default_zone)
        except (StorageError, OSError, ValueError) as exc:
            from PySide6.QtWidgets import QMessageBox

            QApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self,
                self.tr("Sample data"),
                self.tr("The sample diary cannot be opened.\n\n{0}").format(exc),
            )
            return None
        QApplication.restoreOverrideCursor()
        self.sample_window = MainWindow(diary, sample=True, file_chooser=self.file_chooser)
        self.sample_window.show()
        return self.sample_window

    # -- View --------------------------------------------------------------------------------

    def _theme_chosen(self, action: QAction) -> None:
        theme.choose_theme(QSettings(), str(action.data()))
        self.show_status(self.tr("Theme: {0}").format(action.text()))

    def show_tab(self, index: int) -> None:
        """Ctrl+1 … Ctrl+4: show a tab and put the keyboard on its first control."""
        self.tabs.setCurrentIndex(index)
        # A tab built just now shows its content on the next turn of the event loop.
        QTimer.singleShot(0, self, self._focus_first_control)

    def _focus_first_control(self) -> None:
        page = self.tabs.currentWidget()
        widget = page.nextInFocusChain() if page is not None else None
        while widget is not None and widget is not page:
            tab_stop = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            if tab_stop and widget.isVisible() and widget.isEnabled() and page.isAncestorOf(widget):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()

    # -- Settings, tray and reminder ------------------------------------------------------

    def open_settings(self) -> None:
        from rls_diary.ui.settings.dialog import SettingsDialog  # built on first use

        dialog = SettingsDialog(load_preferences(), self.diary.data_dir, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.preferencesChanged.connect(self.settings_chosen)
        dialog.open()

    def settings_chosen(self, preferences: Preferences) -> None:
        """Settings ▸ OK: store the preferences and apply them (the language at restart)."""
        before = load_preferences()
        save_preferences(preferences)
        if preferences.theme != before.theme:
            theme.apply_theme(preferences.theme)
        reformat = preferences.twelve_hour() != diary_text.twelve_hour_clock()
        for window in QApplication.topLevelWidgets():  # the sample window too, and its opener
            if isinstance(window, MainWindow) and not window.is_shut_down:
                window.apply_preferences(preferences, reformat=reformat)
        if preferences.language != before.language:
            self.show_status(self.tr("The new language is used from the next start."))

    def apply_preferences(self, preferences: Preferences, *, reformat: bool = False) -> None:
        """Clock format, the theme menu's check mark and the tray (not the theme itself:
        app.py applies it at start, ``settings_chosen`` when changed). ``reformat`` shows the
        times of the form and the list again (the clock format changed)."""
        diary_text.set_twelve_hour_clock(preferences.twelve_hour())
        if reformat:
            self.diary_tab.form.reformat_times()
            self.diary_tab.reload()  # the onset column of the list
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == preferences.theme)
        self._preferences = preferences
        if self._tray is not None:
            self._tray.apply(preferences)
        elif preferences.tray_wanted:
            _ = self.tray  # made now, with these preferences

    @property
    def tray(self) -> DiaryTray | None:
        """The tray icon, its menu and the reminder: one, for the user's own diary (none for
        the sample window), made when first wanted (a reminder or the icon switched on)."""
        if self._tray is None and not self.sample and not self._shut_down:
            from rls_diary.ui.tray import DiaryTray

            self._tray = tray = DiaryTray(self.diary, self)
            tray.openRequested.connect(self.show_and_raise)
            tray.quitRequested.connect(self.quit_all)
            tray.onsetRecorded.connect(self._onset_recorded)
            tray.typed_onset = self._typed_onset
            tray.reminderShown.connect(self._reminder_shown)
            tray.apply(self._preferences)
        return self._tray

    def show_and_raise(self) -> None:
        """The tray's "Open diary" (or a click on the icon or the reminder)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _typed_onset(self, date: dt.date) -> dt.time | str | None:
        """The onset typed into the form for the night of ``date`` and not saved yet (None
        when the form holds no other onset than the stored one): the tray asks before
        replacing it."""
        form = self.diary_tab.form
        if not form.dirty or form.date() != date:
            return None
        typed = form.rows["rls_onset"].input.raw_state()
        stored = form.loaded_night.rls_onset if form.loaded_night is not None else None
        if typed in (None, "") or typed == stored:
            return None
        return typed  # type: ignore[return-value]

    def _onset_recorded(self, night: Night, before: Night | None = None) -> None:
        """The tray saved an onset: the list shows it; a form with unsaved edits of that
        night keeps them and gains the onset (so a later save does not drop it). The change
        can be undone like a save."""
        self.diary_tab.saved_elsewhere(
            before, night, lambda form: form.rows["rls_onset"].input.set_value(night.rls_onset)
        )
        self.diary_tab.reload()
        self._stale.update(tab for tab in (self.charts, self.treatment, self.tips) if tab.built)
        self._tab_shown(self.tabs.currentIndex())
        from rls_diary.ui.tray import night_words

        onset = diary_text.clock_text(night.rls_onset) if night.rls_onset else ""
        self.show_status(
            self.tr("Symptoms started at {0}: saved for the night of {1}").format(
                onset, night_words(night.date)
            )
        )

    def _reminder_shown(self, message: str) -> None:
        """Without a tray the reminder shows here (status bar and a taskbar alert)."""
        if self._tray is not None and not self._tray.icon_visible:
            self.show_status(message.replace("\n", " "))
            QApplication.alert(self)

    # -- settings and closing ----------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        settings.beginGroup(self._settings_group)
        geometry = settings.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_size()
        state = settings.value("state")
        if state is not None:
            self.restoreState(state)
        tab = int(settings.value("tab", 0, type=int))  # type: ignore[call-overload]
        self.tabs.setCurrentIndex(tab if 0 <= tab < self.tabs.count() else 0)
        settings.endGroup()

    def _default_size(self) -> None:
        """1100×760, or 90 % of a smaller screen (large fonts, small laptops)."""
        width, height = DEFAULT_SIZE
        resize_within_screen(self, width, height)

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.beginGroup(self._settings_group)
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState())
        settings.setValue("tab", self.tabs.currentIndex())
        settings.endGroup()
        settings.sync()

    @property
    def is_shut_down(self) -> bool:
        return self._shut_down

    def shutdown(self) -> None:
        """Stop background work and close the Diary (releasing the lock); safe to repeat."""
        if not self._shut_down:
            self._shut_down = True
            self.backup_timer.stop()
            if self._tray is not None:
                self._tray.stop()
            for lazy in (self.charts, self.treatment, self.tips):
                stop = getattr(lazy.content, "shutdown", None)
                if stop is not None:
                    stop()
            self.diary.close()

    def open_dialog(self) -> QDialog | None:
        """A dialog of this window still open (a Treatment form, the import preview…)."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                return dialog
        return None

    def closeEvent(self, event: QCloseEvent) -> None:
        dialog = None if self._shut_down else self.open_dialog()
        if dialog is not None:  # e.g. the tray's Quit: what is typed there is not dropped
            dialog.raise_()
            dialog.activateWindow()
            self.show_status(
                self.tr("First finish or cancel “{0}”, then close the diary.").format(
                    dialog.windowTitle()
                )
            )
            event.ignore()
            return
        unsaved = not self._shut_down and self.diary_tab.has_unsaved_changes()
        if unsaved and not self.diary_tab.confirm_discard():
            event.ignore()
            return
        if not self._shut_down:
            self._save_settings()
        self.shutdown()
        event.accept()


def _about() -> ModuleType:
    from rls_diary.ui.dialogs import about

    return about


def _backup_actions() -> ModuleType:
    from rls_diary.ui import backup_actions

    return backup_actions
