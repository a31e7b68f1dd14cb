"""The optional system-tray icon: a daily reminder and "Symptoms started now" (issue 10).

The icon shows only when the reminder or the tray icon is switched on in Settings and the
desktop has a system tray. The reminder is scheduled with a QTimer towards the next
occurrence of the chosen time, computed from an injectable clock (tests pass their own); the
timer never waits longer than ``MAX_WAIT_MS`` and then checks the clock again, so a suspended
laptop or a changed clock cannot make it miss or repeat a day. Without a tray the reminder
goes to the window (``reminderShown``: status bar and taskbar alert). Everything works
offline: the notification is the desktop's own.

"Symptoms started now" records the current minute as ``rls_onset`` of the **current entry**
(DESIGN §6: before 08:00 today's date, from 08:00 tomorrow's), through ``Diary.save_night``,
keeping every other field. A blank onset is filled at once; a recorded one, or one typed into
the window's form for that night and not saved yet (``typed_onset``), is replaced only after
asking. An entry holding only an onset does not count as a recorded night (DESIGN §3).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QStyle, QSystemTrayIcon, QWidget

from rls_diary.domain.clock import MORNING_ANCHOR, current_entry_date, first_at_or_after
from rls_diary.domain.night import Night
from rls_diary.services import experiments
from rls_diary.services.diary import Diary, InvalidNight
from rls_diary.storage.errors import StorageError
from rls_diary.ui.diary import text
from rls_diary.ui.settings.preferences import Preferences

Clock = Callable[[], dt.datetime]  # aware local "now" (the diary's zone)
# The onset typed for a night and not saved yet: a time, or the text when it is not one yet.
TypedOnset = Callable[[dt.date], "dt.time | str | None"]
MAX_WAIT_MS: Final = 15 * 60 * 1000  # look at the clock again at least every 15 minutes
LATE_GRACE: Final = dt.timedelta(hours=2)  # a reminder missed by more (asleep) is skipped
MESSAGE_MS: Final = 30_000
_DOTTED: Final = (QLocale.Language.German,)  # languages that write the day as "12."


def next_occurrence(now: dt.datetime, at: dt.time) -> dt.datetime:
    """The first instant at or after ``now`` (aware, in the diary's zone) whose wall clock
    reads ``at``, as a UTC instant: on a daylight-saving day the wait is measured in real
    time, and a time in the spring gap resolves forward."""
    tz = now.tzinfo
    assert tz is not None, "now must be aware"
    return first_at_or_after(at, now.astimezone(dt.UTC), tz)  # type: ignore[arg-type]


def night_words(morning: dt.date) -> str:
    """``Tue 12 → Wed 13 Mar`` in the language's words and order (German: ``Di. 12 → Mi.
    13. März``), for messages next to translated text."""
    locale = QLocale()
    day, day_month = (
        ("ddd d.", "ddd d. MMM") if locale.language() in _DOTTED else ("ddd d", "ddd d MMM")
    )
    evening = morning - dt.timedelta(days=1)
    return f"{locale.toString(evening, day)} → {locale.toString(morning, day_month)}"


def milliseconds_until(now: dt.datetime, due: dt.datetime) -> int:
    return max(0, int((due - now.astimezone(dt.UTC)).total_seconds() * 1000))


class DiaryTray(QObject):
    """The tray icon, its menu and the reminder timer for one writer ``diary``.

    ``parent`` (the main window) is the parent of the question asked before replacing an
    onset; ``typed_onset`` (set by the window) tells the onset typed into its form for a
    night and not saved yet, which is not overwritten without asking either. Signals:
    ``openRequested``, ``quitRequested``, ``onsetRecorded(Night, Night |
    None)`` after a save (the night saved, and as it was before: the window puts the change
    on its undo history), ``reminderShown(str)`` with the reminder's text.
    """

    openRequested = Signal()
    quitRequested = Signal()
    onsetRecorded = Signal(object, object)  # the night saved, the night before (or None)
    reminderShown = Signal(str)

    def __init__(
        self,
        diary: Diary,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self._window = parent
        self.clock: Clock = clock or (lambda: experiments.local_now(diary))
        self._tray_available = tray_available
        self.typed_onset: TypedOnset = lambda _date: None
        self.preferences = Preferences()
        self.due: dt.datetime | None = None  # the next reminder (UTC), None when off
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.open_action = self._add(self.tr("Open diary"), self.openRequested.emit)
        self.onset_action = self._add(self.tr("Symptoms started now"), self.record_onset_now)
        self.onset_action.setToolTip(
            self.tr("Record the time your symptoms began tonight, in one click")
        )
        self.menu.addSeparator()
        self.quit_action = self._add(self.tr("Quit"), self.quitRequested.emit)
        self.icon: QSystemTrayIcon | None = None

    def _add(self, label: str, slot: Callable[[], object]) -> QAction:
        action = self.menu.addAction(label)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- settings ------------------------------------------------------------------------

    def apply(self, preferences: Preferences) -> None:
        """Show or hide the icon and (re)schedule the reminder for ``preferences``."""
        self.preferences = preferences
        wanted = preferences.tray_wanted and self._tray_available()
        if wanted and self.icon is None:
            self.icon = QSystemTrayIcon(_tray_icon(), self)
            self.icon.setToolTip(self.tr("RLS Diary"))
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self.openRequested)
        if self.icon is not None:
            self.icon.setVisible(wanted)
        self.due = None
        self.schedule()

    def stop(self) -> None:
        """No more reminders and no icon (the window is closing; the diary closes next)."""
        self.timer.stop()
        self.due = None
        self.preferences = Preferences()
        if self.icon is not None:
            self.icon.hide()

    @property
    def icon_visible(self) -> bool:
        return self.icon is not None and self.icon.isVisible()

    # -- the reminder ----------------------------------------------------------------------

    def schedule(self) -> None:
        """Start the timer towards the next reminder (at most ``MAX_WAIT_MS`` at a time)."""
        if not self.preferences.reminder:
            self.timer.stop()
            self.due = None
            return
        now = self.clock()
        if self.due is None:
            self.due = next_occurrence(now, self.preferences.reminder_time)
        self.timer.start(min(milliseconds_until(now, self.due), MAX_WAIT_MS))

    def check(self) -> None:
        """The timer fired: remind when due (unless hours late), then schedule the next."""
        if not self.preferences.reminder or self.due is None:
            return
        now = self.clock()
        now_utc = now.astimezone(dt.UTC)
        if now_utc >= self.due:
            if now_utc - self.due <= LATE_GRACE:
                self.remind(now)
            self.due = next_occurrence(
                now + dt.timedelta(seconds=1), self.preferences.reminder_time
            )
        self.schedule()

    def reminder_text(self, now: dt.datetime) -> str:
        """ "How did last night go?" (unless last night is recorded), and tonight's condition
        of a running experiment; empty when there is nothing to say."""
        lines = []
        try:
            last_night = self.diary.night(now.date())
            # Before 08:00 "tonight" would still be the night just slept: name the coming one.
            ahead = max(now, now.replace(hour=MORNING_ANCHOR.hour, minute=0, second=0))
            coming = experiments.tonight(self.diary, ahead)
        except StorageError:
            last_night, coming = None, None
        if last_night is None or not last_night.is_recorded:
            lines.append(self.tr("How did last night go?"))
        if coming is not None:
            from rls_diary.ui.experiments.words import tonight_text

            lines.append(tonight_text(coming))
        return "\n".join(lines)

    def remind(self, now: dt.datetime | None = None) -> str:
        message = self.reminder_text(now or self.clock())
        if not message:
            return ""
        if self.icon is not None and self.icon.isVisible():
            self.icon.showMessage(
                self.tr("RLS Diary"), message, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS
            )
        self.reminderShown.emit(message)
        return message

    # -- "Symptoms started now" ------------------------------------------------------------

    def record_onset_now(self) -> Night | None:
        """Record this minute as the onset of the current entry; the saved night, or None
        when nothing was saved (the user kept the recorded onset, or saving failed)."""
        now = self.clock()
        onset = dt.time(now.hour, now.minute)
        date = current_entry_date(now)
        try:
            existing = self.diary.night(date)
            recorded = existing.rls_onset if existing is not None else None
            typed = self.typed_onset(date)
            if typed is not None:  # the form's unsaved time is the one the user would lose
                agreed = typed == onset or self._replace_ok(date, typed, onset, typed=True)
            else:
                agreed = (
                    recorded is None or recorded == onset or self._replace_ok(date, recorded, onset)
                )
            if not agreed:
                return None
            if existing is not None and recorded == onset:
                saved = existing  # the same minute again: nothing to change
            else:
                night = (existing or Night(date)).replace(rls_onset=onset)
                saved = self.diary.save_night(night).night
        except (StorageError, InvalidNight) as exc:
            title = self.tr("The time was not saved")
            QMessageBox.warning(self._window, title, f"{title}.\n\n{exc}")
            return None
        self.onsetRecorded.emit(saved, existing)
        return saved

    def _replace_ok(
        self, date: dt.date, old: dt.time | str, onset: dt.time, *, typed: bool = False
    ) -> bool:
        """Ask before replacing the onset ``old`` of the night of ``date`` with ``onset``:
        the recorded one, or (``typed``) one typed into the form and not saved yet. No, the
        default, keeps it."""
        if typed:
            title = self.tr("Replace the time you typed?")
            body = self.tr(
                "For the night of {night}, you typed {old} as the time symptoms started; it is "
                "not saved yet.\n\nReplace it with {new}? (No keeps what you typed.)"
            )
        else:
            title = self.tr("Replace the recorded time?")
            body = self.tr(
                "For the night of {night}, symptoms are already recorded as starting at "
                "{old}.\n\nReplace it with {new}?"
            )
        answer = QMessageBox.question(
            self._window,
            title,
            body.format(
                night=night_words(date),
                old=old if isinstance(old, str) else text.clock_text(old),
                new=text.clock_text(onset),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.openRequested.emit()


def _tray_icon() -> QIcon:
    icon = QApplication.windowIcon()
    if icon.isNull():
        icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
    return icon
