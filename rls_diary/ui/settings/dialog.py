"""Edit ▸ Settings… (Ctrl+,): reminder and tray icon, clock, theme, language, report paper, and
where the diary is kept.

OK saves the preferences to QSettings and emits ``preferencesChanged``; the window applies
them (theme and clock at once, the language at the next start, as the dialog says).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSystemTrayIcon,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rls_diary.report.layout import paper_for_locale
from rls_diary.ui import i18n, theme
from rls_diary.ui.diary.sections import quiet
from rls_diary.ui.screen import resize_within_screen
from rls_diary.ui.settings.preferences import Preferences

TrayCheck = Callable[[], bool]


class SettingsDialog(QDialog):
    preferencesChanged = Signal(object)  # the new Preferences, after OK

    def __init__(
        self,
        preferences: Preferences,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        tray_available: TrayCheck = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.data_dir = data_dir
        self._initial = preferences
        # The groups scroll when large fonts make them taller than the screen.
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._reminder_group(preferences, tray_available()))
        column.addWidget(self._display_group(preferences))
        column.addWidget(self._folder_group(data_dir))
        column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        self._sync()
        self._fit(body, buttons)

    def _fit(self, body: QWidget, buttons: QWidget) -> None:
        """As large as the content needs, at most 90 % of the screen."""
        width = body.sizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width()
        height = body.sizeHint().height() + buttons.sizeHint().height()
        margins = self.layout().contentsMargins()
        width += margins.left() + margins.right()
        height += margins.top() + margins.bottom() + self.layout().spacing()
        resize_within_screen(self, width, height)

    # -- building ------------------------------------------------------------------------

    def _reminder_group(self, preferences: Preferences, tray: bool) -> QGroupBox:
        group = QGroupBox(self.tr("Reminder and tray icon"), self)
        self.reminder_box = QCheckBox(self.tr("&Remind me every day at"), group)
        self.reminder_box.setChecked(preferences.reminder)
        self.reminder_box.setAccessibleName(self.tr("Daily reminder"))
        self.reminder_box.setAccessibleDescription(
            self.tr("A notification asking how last night went; off by default")
        )
        self.reminder_time = QTimeEdit(group)
        self.reminder_time.setTime(
            QTime(preferences.reminder_time.hour, preferences.reminder_time.minute)
        )
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        row = QHBoxLayout()
        row.addWidget(self.reminder_box)
        row.addWidget(self.reminder_time)
        row.addStretch(1)
        self.tray_box = QCheckBox(
            self.tr("Show an icon in the system &tray (with “Symptoms started now”)"), group
        )
        self.tray_box.setChecked(preferences.tray_icon)
        self.tray_box.setAccessibleName(self.tr("Show a tray icon"))
        note = self.tr(
            "Reminders appear while RLS Diary is running, also without internet; nothing is "
            "sent anywhere."
        )
        if not tray:
            note += " " + self.tr(
                "This desktop has no system tray: the reminder shows in the window's status bar."
            )
            self.tray_box.setEnabled(False)
        self.tray_note = _note(note, group)
        box = QVBoxLayout(group)
        box.addLayout(row)
        box.addWidget(self.tray_box)
        box.addWidget(self.tray_note)
        self.reminder_box.toggled.connect(self._sync)
        return group

    def _display_group(self, preferences: Preferences) -> QGroupBox:
        group = QGroupBox(self.tr("Display and report"), self)
        form = QFormLayout(group)
        self.clock_combo = QComboBox(group)
        for key, text in (
            ("locale", self.tr("As usual in my region")),
            ("24h", self.tr("24-hour (23:30)")),
            ("12h", self.tr("12-hour (11:30 pm)")),
        ):
            self.clock_combo.addItem(text, key)
        _select(self.clock_combo, preferences.clock)
        self.clock_combo.currentIndexChanged.connect(self._sync)
        form.addRow(_label(self.tr("&Clock:"), self.clock_combo, group), self.clock_combo)

        self.theme_combo = QComboBox(group)
        for key in theme.THEMES:
            self.theme_combo.addItem(theme.theme_label(key), key)
        _select(self.theme_combo, preferences.theme)
        form.addRow(_label(self.tr("T&heme:"), self.theme_combo, group), self.theme_combo)

        self.language_combo = QComboBox(group)
        detected = i18n.LANGUAGE_NAMES[i18n.ui_language("system")]
        self.language_combo.addItem(self.tr("As the system ({0})").format(detected), "system")
        for key, name in i18n.LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, key)
        _select(self.language_combo, preferences.language)
        form.addRow(_label(self.tr("&Language:"), self.language_combo, group), self.language_combo)
        self.language_note = _note(
            self.tr("A new language takes effect when RLS Diary is started again."), group
        )
        form.addRow("", self.language_note)

        self.paper_combo = QComboBox(group)
        regional = "A4" if paper_for_locale() == "a4" else "US Letter"
        for key, text in (
            ("locale", self.tr("As usual in my region ({0})").format(regional)),
            ("a4", "A4"),
            ("letter", "US Letter"),
        ):
            self.paper_combo.addItem(text, key)
        _select(self.paper_combo, preferences.paper)
        form.addRow(
            _label(self.tr("&Paper for the PDF report:"), self.paper_combo, group),
            self.paper_combo,
        )
        return group

    def _folder_group(self, data_dir: Path) -> QGroupBox:
        group = QGroupBox(self.tr("Your diary"), self)
        self.folder_edit = QLineEdit(str(data_dir), group)
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setAccessibleName(self.tr("Data folder"))
        self.folder_edit.setCursorPosition(0)
        self.open_button = QPushButton(self.tr("&Open folder"), group)
        self.open_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.open_button)
        box = QVBoxLayout(group)
        box.addWidget(_label(self.tr("&Data folder:"), self.folder_edit, group))
        box.addLayout(row)
        box.addWidget(
            _note(
                self.tr(
                    "Your diary, its backups and nothing else are kept here. The settings on "
                    "this page hold preferences only, never diary entries."
                ),
                group,
            )
        )
        return group

    # -- behaviour -----------------------------------------------------------------------

    def _sync(self) -> None:
        self.reminder_time.setEnabled(self.reminder_box.isChecked())
        twelve = self.preferences().twelve_hour()
        self.reminder_time.setDisplayFormat("h:mm ap" if twelve else "HH:mm")

    def preferences(self) -> Preferences:
        """The preferences as the dialog shows them."""
        time = self.reminder_time.time()
        return Preferences(
            reminder=self.reminder_box.isChecked(),
            reminder_time=time.toPython(),
            # a tray icon asked for before stays asked for while no tray is found
            tray_icon=(
                self.tray_box.isChecked() if self.tray_box.isEnabled() else self._initial.tray_icon
            ),
            clock=str(self.clock_combo.currentData()),
            paper=str(self.paper_combo.currentData()),
            theme=str(self.theme_combo.currentData()),
            language=str(self.language_combo.currentData()),
        )

    def accept(self) -> None:
        self.preferencesChanged.emit(self.preferences())
        super().accept()

    def open_folder(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir))):
            QMessageBox.information(
                self,
                self.tr("Data folder"),
                self.tr("Your diary is kept in:\n{0}").format(self.data_dir),
            )


def _label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def _note(text: str, parent: QWidget) -> QLabel:
    label = quiet(QLabel(text, parent))
    label.setWordWrap(True)
    return label


def _select(combo: QComboBox, key: str) -> None:
    index = combo.findData(key)
    combo.setCurrentIndex(max(index, 0))
