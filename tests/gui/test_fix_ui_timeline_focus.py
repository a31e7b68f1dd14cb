"""The Medicines time line's scroll area: a named Tab stop only when it scrolls (then the arrow
keys show the other episodes); otherwise the keyboard passes it by (nothing to operate)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import treatment_helpers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from treatment_helpers import day

from rls_diary.domain.records import Medication
from rls_diary.services.diary import Diary
from rls_diary.storage import records
from rls_diary.ui.treatment.tab import MAX_TIMELINE_ROWS, TreatmentTab

errors_shown = treatment_helpers.errors_shown
make_tab = treatment_helpers.make_tab


def add_medicines(diary: Diary, count: int) -> None:
    with diary.transaction() as conn:
        for number in range(count):
            records.MEDICATIONS.insert(
                conn, Medication(f"medicine {number}", "other", day(-30 + number), dose=1.0)
            )


def tab_stops(page: QWidget) -> list[QWidget]:
    """The widgets Tab reaches inside ``page``, in order."""
    stops = []
    widget = page.nextInFocusChain()
    while widget is not page:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
            and page.isAncestorOf(widget)
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def test_a_time_line_that_does_not_scroll_is_not_a_tab_stop(
    make_tab: Callable[..., TreatmentTab], diary: Diary
) -> None:
    add_medicines(diary, MAX_TIMELINE_ROWS)
    tab = make_tab()
    tab.show_section("medications")
    scroll = tab.timeline_scroll
    assert scroll.accessibleName() == "Medicine time line"
    stops = tab_stops(tab.medications)
    assert scroll not in stops
    assert not any(scroll.isAncestorOf(widget) for widget in stops)
    assert tab.medications.table in stops  # the courses are operated there


def test_a_scrolling_time_line_is_a_named_tab_stop_scrolled_with_the_keys(
    qtbot: QtBot, make_tab: Callable[..., TreatmentTab], diary: Diary
) -> None:
    add_medicines(diary, MAX_TIMELINE_ROWS + 2)
    tab = make_tab()
    tab.show_section("medications")
    scroll = tab.timeline_scroll
    assert scroll in tab_stops(tab.medications)
    assert scroll.accessibleName() == "Medicine time line"
    assert "medicine 5" in scroll.accessibleDescription()
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    scroll.setFocus()
    qtbot.keyClick(scroll, Qt.Key.Key_PageDown)
    assert bar.value() > 0


def test_the_timeline_speaks_german(german: str, qtbot: QtBot) -> None:
    from rls_diary.ui.treatment.timeline import EpisodeTimeline

    timeline = EpisodeTimeline()
    qtbot.addWidget(timeline)
    timeline.set_episodes([], dt.date(2026, 3, 1))
    assert timeline.accessibleName() == "Behandlungsphasen im Zeitverlauf"
    assert timeline.accessibleDescription().startswith("Noch keine Medikamente")
