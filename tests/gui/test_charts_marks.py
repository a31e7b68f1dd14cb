"""Charts tab, "Over time": the A/B blocks of experiments shaded on the time axis, sleep
measured by other apps as its own series by source, and the insights' flags — checked through
the plotted items' data (getData, regions, blocks), never pixels."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from charts_support import ZONE, fill, open_tab, wait_idle
from samples import slept_night

from rls_diary.domain.experiments import new_experiment
from rls_diary.domain.night import Night
from rls_diary.services.diary import Diary
from rls_diary.services.importing import apply_import, plan_import
from rls_diary.services.insights import diary_insights_report, local_today
from rls_diary.storage import records
from rls_diary.ui.charts import tab as tab_module
from rls_diary.ui.charts.series import SECONDS_PER_DAY, TIME_SERIES, date_x

pytestmark = pytest.mark.gui

FIRST = dt.date(2024, 1, 1)
HALF = SECONDS_PER_DAY / 2
DATA = Path(__file__).resolve().parent.parent / "data"
FACTOR = "no coffee after 12:00"


def day(offset: int) -> dt.date:
    return FIRST + dt.timedelta(days=offset)


def slept(offset: int, **values: object) -> Night:
    """23:00 → 07:00, 30 min to fall asleep: 7 h 30 min of total sleep."""
    return slept_night(day(offset), ZONE, rls_severity=offset % 5, **values)


def add_experiment(diary: Diary, start: dt.date, **design: int) -> object:
    experiment = new_experiment(1, FACTOR, "rls_severity", start, seed=3, **design)
    with diary.transaction() as conn:
        records.EXPERIMENTS.insert(conn, experiment)
    return experiment


# --- experiment blocks ------------------------------------------------------------------------


def test_experiment_blocks_are_shaded_behind_every_series_and_labelled(qtbot, diary: Diary) -> None:
    fill(diary, [slept(i) for i in range(40)])
    experiment = add_experiment(diary, day(10), block_nights=4, pairs=2, washout_nights=1)
    order = "".join(experiment.schedule)  # type: ignore[attr-defined]
    tab = open_tab(qtbot, diary)
    tab.set_range("all")
    panel = tab.over_time

    # the lane: each block labelled; blocks centred on their nights' points, washout lighter
    texts = {"A": f"A: {FACTOR}", "B": "B: as usual"}
    expected_shade = []
    for index, condition in enumerate(order):
        first, last = day(10 + 4 * index), day(13 + 4 * index)
        expected_shade += [
            (date_x(first) - HALF, date_x(first) + HALF, f"{condition} washout"),
            (date_x(first) + HALF, date_x(last) + HALF, condition),
        ]
    assert [band.text for band in panel.experiment_bands] == [texts[c] for c in order]
    assert [band.short for band in panel.experiment_bands] == list(order)
    lane = panel.experiment_blocks
    assert lane is not None and lane in panel.lanes_plot.items
    assert lane.blocks == expected_shade
    assert lane.brushes["B"].style() != lane.brushes["A"].style()  # pattern, not only colour
    ticks = {label: row for row, label in panel.lanes_plot.getAxis("left")._tickLevels[0]}
    assert "experiment" in ticks
    assert lane.span == (ticks["experiment"] - 0.38, ticks["experiment"] + 0.38)

    # the same blocks shaded behind each of the five series, washout nights lighter
    for name in TIME_SERIES:
        shading = panel.shading[name]
        assert shading in panel.plots[name].items
        assert shading.isVisible()
        assert shading.blocks == expected_shade
    brushes = panel.shading["rls_severity"].brushes
    assert brushes["A washout"].color().alpha() < brushes["A"].color().alpha()
    assert brushes["A"].color() != brushes["B"].color()
    # the shading never changes what the plots autorange to
    assert panel.shading["total_sleep_min"].dataBounds(1) is None

    # the hover names the block and says when a night is a washout night
    window_index = (day(10) - tab.start).days  # type: ignore[operator]
    assert panel.hover_text(window_index).endswith(
        f"— {texts[order[0]]} (washout night, not counted)"
    )
    assert panel.hover_text(window_index + 1).endswith(f"— {texts[order[0]]}")


def test_block_names_fit_or_shorten_to_a_and_b(qtbot, diary: Diary) -> None:
    fill(diary, [slept(i) for i in range(120)])
    add_experiment(diary, day(20), block_nights=2, pairs=12)
    tab = open_tab(qtbot, diary)
    panel = tab.over_time
    tab.set_custom_range(day(20), day(27))  # 8 nights: room for every name
    shown = [t.toPlainText() for t in panel.lanes_plot.items if _shown_text(t)]
    assert f"A: {FACTOR}" in shown and "B: as usual" in shown
    tab.set_range("all")  # 2-night blocks over 120 nights: no room for the names
    shown = [t.toPlainText() for t in panel.lanes_plot.items if _shown_text(t)]
    assert f"A: {FACTOR}" not in shown
    assert set(shown) >= {"A", "B"}


def _shown_text(item: object) -> bool:
    return isinstance(item, pg.TextItem) and item.isVisible()


def test_without_an_experiment_nothing_is_shaded(qtbot, diary: Diary) -> None:
    fill(diary, [slept(i) for i in range(10)])
    tab = open_tab(qtbot, diary)
    panel = tab.over_time
    assert panel.experiment_bands == []
    assert panel.experiment_blocks is None
    assert all(not s.isVisible() and s.blocks == [] for s in panel.shading.values())
    assert not panel.lanes_plot.isVisible()


def test_a_new_experiment_shows_after_reload(qtbot, diary: Diary) -> None:
    fill(diary, [slept(i) for i in range(30)])
    tab = open_tab(qtbot, diary)
    assert tab.over_time.experiment_bands == []
    add_experiment(diary, day(20), block_nights=2, pairs=2)
    with qtbot.waitSignal(tab.dataLoaded):
        tab.reload()
    assert len(tab.over_time.experiment_bands) == 4


# --- tracked sleep ----------------------------------------------------------------------------


def test_tracked_sleep_is_its_own_series_per_source(qtbot, diary: Diary) -> None:
    nights = [
        slept(0, tracked_sleep_min=400, source="Sleep as Android"),
        slept(1, tracked_sleep_min=420, source="Sleep as Android"),
        slept(2),
        slept(3, tracked_sleep_min=390, source="Fitbit"),
        slept(4),
    ]
    fill(diary, nights)
    tab = open_tab(qtbot, diary)
    tab.set_range("all")
    panel = tab.over_time
    assert list(panel.tracked) == ["Sleep as Android", "Fitbit"]
    sleep_plot = panel.plots["total_sleep_min"]
    for item in panel.tracked.values():
        assert item in sleep_plot.items
    x, y = panel.tracked["Sleep as Android"].getData()
    assert x.tolist() == [date_x(day(i)) for i in range(5)]
    np.testing.assert_array_equal(y, [400 / 60, 420 / 60, np.nan, np.nan, np.nan])
    _, fitbit = panel.tracked["Fitbit"].getData()
    np.testing.assert_array_equal(fitbit, [np.nan, np.nan, np.nan, 6.5, np.nan])
    # total sleep stays the diary's own: 7 h 30 min every night, never the device's
    _, tst = panel.nightly["total_sleep_min"].getData()
    assert tst.tolist() == [7.5] * 5
    labels = [label.text for _sample, label in panel.legend.items]
    assert "sleep measured by Sleep as Android" in labels
    assert "sleep measured by Fitbit" in labels
    # the two sources differ by line style, not only by name
    styles = {item.opts["pen"].style() for item in panel.tracked.values()}
    assert len(styles) == 2
    assert "sleep measured by Fitbit 6 h 30 min" in panel.hover_text(3)
    assert "sleep measured by Sleep as Android 6 h 40 min" in panel.hover_text(0)


def test_a_source_without_values_in_the_range_leaves_the_legend(qtbot, diary: Diary) -> None:
    nights = [slept(0, tracked_sleep_min=400, source="Plees Tracker")]
    nights += [slept(i) for i in range(1, 60)]
    fill(diary, nights)
    tab = open_tab(qtbot, diary)
    panel = tab.over_time
    tab.set_range("4w")
    labels = [label.text for _sample, label in panel.legend.items]
    assert not any("Plees Tracker" in label for label in labels)
    x, _ = panel.tracked["Plees Tracker"].getData()
    assert x is None or len(x) == 0
    tab.set_range("all")
    labels = [label.text for _sample, label in panel.legend.items]
    assert "sleep measured by Plees Tracker" in labels


def test_tracked_sleep_without_a_source_is_named_plainly(qtbot, diary: Diary) -> None:
    fill(diary, [slept(0, tracked_sleep_min=400), slept(1)])
    tab = open_tab(qtbot, diary)
    tab.set_range("all")
    labels = [label.text for _sample, label in tab.over_time.legend.items]
    assert "sleep measured by another app or device" in labels


# --- the insights' flags ----------------------------------------------------------------------


def import_course(diary: Diary) -> None:
    plan = plan_import(diary, DATA / "augmentation_course.json")
    assert plan.report.ok, plan.report.problems
    apply_import(diary, plan)


def test_augmentation_and_iron_flags_are_marked_on_the_time_axis(qtbot, diary: Diary) -> None:
    import_course(diary)
    tab = open_tab(qtbot, diary)
    qtbot.waitUntil(lambda: tab.insights is not None)
    tab.set_range("all")
    panel = tab.over_time
    report = diary_insights_report(diary, local_today(ZONE))
    flags = [
        f
        for section in ("augmentation", "iron")
        for f in report[section]
        if f["kind"]
        in ("possible_augmentation", "paradoxical_response", "iron_low", "iron_iv_band")
    ]
    expected = sorted(
        (date_x(dt.date.fromisoformat(f.get("from") or f["date"])), f["message"]) for f in flags
    )
    x, y = panel.insight_markers.getData()
    assert x.tolist() == [x for x, _ in expected]
    row = {label: r for r, label in panel.lanes_plot.getAxis("left")._tickLevels[0]}
    assert set(y.tolist()) == {row["insights"]}
    tips = [panel._insight_tip(0, 0, index) for index in range(len(x))]
    assert tips == [message for _, message in expected]
    assert panel.insight_markers in panel.lanes_plot.items
    periods = [(band.text, region.getRegion()) for band, region in panel.insight_periods]
    assert periods == [
        (
            "worse after a dose increase",
            (date_x(dt.date(2024, 7, 16)) - HALF, date_x(dt.date(2024, 7, 29)) + HALF),
        ),
        (
            "possible augmentation",
            (date_x(dt.date(2024, 9, 17)) - HALF, date_x(dt.date(2024, 9, 30)) + HALF),
        ),
    ]
    index = (dt.date(2024, 9, 20) - tab.start).days  # type: ignore[operator]
    assert "possible augmentation" in panel.hover_text(index)


def test_flagged_periods_are_named_in_the_window_language(qtbot, diary: Diary, german: str) -> None:
    import_course(diary)
    tab = open_tab(qtbot, diary)
    qtbot.waitUntil(lambda: tab.insights is not None)
    tab.set_range("all")
    names = [band.text for band, _region in tab.over_time.insight_periods]
    assert names == ["schlechter nach einer Dosiserhöhung", "mögliche Augmentation"]


def test_flags_are_prepared_in_the_worker_once_per_load(
    qtbot, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_course(diary)
    threads: list[str] = []
    real = tab_module.insight_marks

    def recording(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(tab_module, "insight_marks", recording)
    tab = open_tab(qtbot, diary)
    qtbot.waitUntil(lambda: tab.insights is not None)
    first = tab.insights
    for key in ("4w", "1y", "all"):
        tab.set_range(key)
        wait_idle(qtbot, tab)
    assert tab.insights is first  # a range change only slices: no new flags
    assert len(threads) == 1
    assert threads[0] != threading.main_thread().name
    with qtbot.waitSignal(tab.statsReady):
        tab.reload()
    qtbot.waitUntil(lambda: tab.insights is not None and tab.insights is not first)
    assert len(threads) == 2


def test_a_diary_without_tests_or_dopaminergic_courses_has_no_flag_row(qtbot, diary: Diary) -> None:
    fill(diary, [slept(i) for i in range(20)])
    tab = open_tab(qtbot, diary)
    assert tab.insights is None
    x, _ = tab.over_time.insight_markers.getData()
    assert x is None or len(x) == 0
    assert tab.over_time.insight_periods == []
