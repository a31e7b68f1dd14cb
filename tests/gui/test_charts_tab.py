"""Charts tab: plotted data (getData, never pixels), ranges, and statistics that match values
computed independently here and the ``stats --json`` command."""

from __future__ import annotations

import datetime as dt
import json
import math
import statistics as stdlib_statistics

import numpy as np
import pytest
from charts_support import ZONE, fill, open_tab, random_nights, wait_idle

from rls_diary.app import main as cli_main
from rls_diary.domain.night import Night
from rls_diary.services.diary import Diary
from rls_diary.services.stats import EXPLORATORY_NOTE, stats_report
from rls_diary.ui.charts.series import SECONDS_PER_DAY, date_x
from rls_diary.ui.charts.text import correlation_text

pytestmark = pytest.mark.gui

FIRST = dt.date(2024, 1, 1)


def day(offset: int) -> dt.date:
    return FIRST + dt.timedelta(days=offset)


def x_of(offset: int) -> float:
    return date_x(day(offset))


# --- independent statistics: ranks by counting, Pearson by hand, Fisher z ----------------------


def hand_ranks(values: list[float]) -> list[float]:
    return [1 + sum(w < v for w in values) + (sum(w == v for w in values) - 1) / 2 for v in values]


def hand_spearman(xs: list[float], ys: list[float]) -> tuple[float, tuple[float, float]]:
    rx, ry = hand_ranks(xs), hand_ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    sxx = sum((a - mx) ** 2 for a in rx)
    syy = sum((b - my) ** 2 for b in ry)
    rho = sxy / math.sqrt(sxx * syy)
    z = math.atanh(rho)
    half = stdlib_statistics.NormalDist().inv_cdf(0.975) * 1.06 / math.sqrt(len(xs) - 3)
    return rho, (math.tanh(z - half), math.tanh(z + half))


def hand_pairs(
    nights: list[Night], x: str, y: str, lag: int, start: dt.date, end: dt.date
) -> tuple[list[float], list[float]]:
    by_date = {n.date: n for n in nights if start <= n.date <= end}
    xs, ys = [], []
    for date, night in sorted(by_date.items()):
        later = by_date.get(date + dt.timedelta(days=lag))
        if later is None:
            continue
        a, b = night.get(x), later.get(y)
        if a is not None and b is not None:
            xs.append(float(a))
            ys.append(float(b))
    return xs, ys


# --- plotted data -----------------------------------------------------------------------------


def test_blank_nights_are_gaps_never_zeros(qtbot, diary: Diary) -> None:
    nights = [
        Night(day(0), timezone=ZONE, rls_severity=0, sleep_quality=4),
        Night(day(1), timezone=ZONE, rls_severity=None, sleep_quality=3),
        # no entry on day 2
        Night(day(3), timezone=ZONE, rls_severity=6, sleep_quality=None),
    ]
    fill(diary, nights)
    tab = open_tab(qtbot, diary)
    x, y = tab.over_time.nightly["rls_severity"].getData()
    assert x.tolist() == [x_of(i) for i in range(4)]
    assert y[0] == 0.0  # a recorded 0 is drawn at 0
    assert math.isnan(y[1])  # a blank severity is a gap
    assert math.isnan(y[2])  # so is a night without an entry
    assert y[3] == 6.0
    _, quality = tab.over_time.nightly["sleep_quality"].getData()
    assert quality[0] == 4.0
    assert math.isnan(quality[2])
    assert math.isnan(quality[3])
    # the total sleep of these nights is blank: nothing is drawn, certainly no zeros
    _, sleep = tab.over_time.nightly["total_sleep_min"].getData()
    assert sleep is None or np.isnan(sleep).all()


def test_range_change_changes_the_data(qtbot, diary: Diary) -> None:
    fill(diary, random_nights(1, 200, FIRST, gap_share=0.0, blank_share=0.0))
    tab = open_tab(qtbot, diary)
    last = day(199)
    item = tab.over_time.nightly["rls_severity"]
    assert tab.range_key == "3m"
    x, _ = item.getData()
    assert x[0] == date_x(last - dt.timedelta(days=90))
    assert x[-1] == date_x(last)
    assert len(x) == 91

    tab.set_range("4w")
    x, y = item.getData()
    assert len(x) == 28
    assert x[0] == date_x(last - dt.timedelta(days=27))
    expected = [float(n.rls_severity) for n in diary.nights(last - dt.timedelta(days=27), last)]
    assert y.tolist() == expected
    assert (tab.start, tab.end) == (last - dt.timedelta(days=27), last)
    assert tab.from_edit.date().toPython() == last - dt.timedelta(days=27)

    tab.set_range("all")
    x, _ = item.getData()
    assert len(x) == 200
    assert x[0] == x_of(0)
    view_low, view_high = tab.over_time.master.vb.viewRange()[0]
    assert view_low == pytest.approx(x_of(0) - SECONDS_PER_DAY / 2)
    assert view_high == pytest.approx(date_x(last) + SECONDS_PER_DAY / 2)

    tab.set_custom_range(day(50), day(59))
    assert tab.range_box.currentData() == "custom"
    x, _ = item.getData()
    assert x.tolist() == [x_of(i) for i in range(50, 60)]
    wait_idle(qtbot, tab)
    assert (tab.report["from"], tab.report["to"]) == (day(50).isoformat(), day(59).isoformat())


def test_rolling_median_is_plotted_beside_each_night(qtbot, diary: Diary) -> None:
    fill(diary, [Night(day(i), timezone=ZONE, rls_severity=i) for i in range(10)])
    tab = open_tab(qtbot, diary)
    _, median = tab.over_time.median["rls_severity"].getData()
    assert np.isnan(median[:3]).all()  # fewer than 4 nights so far
    assert median[3] == 1.5
    assert median[9] == 6.0  # 3 … 9


def test_onset_is_minutes_from_midnight_and_sleep_in_hours(qtbot, diary: Diary) -> None:
    t = dt.time.fromisoformat
    nights = [
        Night(
            day(0),
            timezone=ZONE,
            bedtime=t("23:00"),
            lights_out=t("23:00"),
            sleep_latency_min=30,
            wake_after_sleep_onset_min=30,
            final_wake=t("07:00"),
            out_of_bed=t("07:00"),
            rls_onset=t("21:30"),
        ),
        Night(day(1), timezone=ZONE, rls_onset=t("02:00"), final_wake=t("06:00")),
        Night(day(2), timezone=ZONE, rls_onset=t("11:00")),
    ]
    fill(diary, nights)
    tab = open_tab(qtbot, diary)
    _, onset = tab.over_time.nightly["rls_onset_min"].getData()
    assert onset.tolist() == [-150.0, 120.0, -780.0]
    _, sleep = tab.over_time.nightly["total_sleep_min"].getData()
    assert sleep[0] == 7.0  # 480 − 60 minutes, in hours
    axis = tab.over_time.plots["rls_onset_min"].getAxis("left")
    assert axis.tickStrings([-180.0, 0.0, 120.0, -780.0], 1, 60) == [
        "21:00",
        "00:00",
        "02:00",
        "11:00",
    ]


def test_scatter_plots_the_nights_with_jitter_only_on_integer_scales(qtbot, diary: Diary) -> None:
    t = dt.time.fromisoformat
    nights = [
        Night(
            day(i),
            timezone=ZONE,
            rls_severity=i % 4,
            sleep_quality=1 + i % 5,
            bedtime=t("23:00"),
            lights_out=t("23:00"),
            sleep_latency_min=10 * (i % 3),
            wake_after_sleep_onset_min=0,
            final_wake=t("07:00"),
            out_of_bed=t("07:00"),
        )
        for i in range(30)
    ]
    fill(diary, nights)
    tab = open_tab(qtbot, diary)
    tab.show_panel("scatter")
    x, y = tab.scatter.points["sleep_quality"].getData()
    assert len(x) == 30
    severity = np.asarray([i % 4 for i in range(30)], dtype=float)
    quality = np.asarray([1 + i % 5 for i in range(30)], dtype=float)
    assert np.all(np.abs(x - severity) <= 0.22)
    assert np.all(np.abs(y - quality) <= 0.22)
    assert not np.array_equal(x, severity)  # spread, so that equal nights do not hide
    _, sleep = tab.scatter.points["total_sleep_min"].getData()
    assert sleep.tolist() == [(480 - 10 * (i % 3)) / 60 for i in range(30)]  # no jitter


# --- statistics -------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [3, 8])
def test_shown_rho_n_and_interval_match_independent_values(qtbot, diary: Diary, seed: int) -> None:
    nights = random_nights(seed, 150, FIRST)
    fill(diary, nights)
    tab = open_tab(qtbot, diary)
    tab.set_range("all")
    wait_idle(qtbot, tab)
    start, end = tab.start, tab.end
    assert (start, end) == (nights[0].date, nights[-1].date)
    for key in (("rls_severity", "sleep_quality", 0),):
        xs, ys = hand_pairs(nights, *key, start, end)
        assert len(set(xs)) < len(xs)  # ties
        rho, (low, high) = hand_spearman(xs, ys)
        shown = tab.scatter.shown[key]
        assert shown is not None
        assert shown["n"] == len(xs)
        assert shown["rho"] == pytest.approx(rho, abs=1e-9)
        assert shown["ci95"][0] == pytest.approx(low, abs=1e-9)
        assert shown["ci95"][1] == pytest.approx(high, abs=1e-9)
        assert tab.scatter.stats_text[key] == correlation_text(shown)
        assert f"n = {len(xs)}" in tab.scatter.plots["sleep_quality"].titleLabel.text
    # the lifestyle panel: caffeine → severity the next night (lag 1, calendar days)
    tab.show_panel("lifestyle")
    index = tab.lifestyle.factor.outcomes.index(("rls_severity", 1))
    xs, ys = hand_pairs(nights, "caffeine_drinks", "rls_severity", 1, start, end)
    rho, (low, high) = hand_spearman(xs, ys)
    shown = tab.lifestyle.shown[index]
    assert shown is not None
    assert shown["n"] == len(xs)
    assert shown["rho"] == pytest.approx(rho, abs=1e-9)
    assert shown["ci95"] == pytest.approx([low, high], abs=1e-9)


def test_the_tab_shows_the_numbers_of_stats_json(qtbot, diary: Diary, data_dir, capsys) -> None:
    nights = random_nights(5, 120, FIRST)
    fill(diary, nights)
    tab = open_tab(qtbot, diary)
    tab.set_range("1y")
    wait_idle(qtbot, tab)
    capsys.readouterr()
    assert (
        cli_main(
            [
                "--data-dir",
                str(data_dir),
                "stats",
                "--from",
                tab.start.isoformat(),
                "--to",
                tab.end.isoformat(),
                "--json",
            ]
        )
        == 0
    )
    printed = json.loads(capsys.readouterr().out)
    assert json.loads(json.dumps(tab.report)) == printed
    for key, shown in tab.scatter.shown.items():
        (entry,) = [c for c in printed["correlations"] if (c["x"], c["y"], c["lag_nights"]) == key]
        assert shown is not None
        assert (shown["n"], shown["rho"], shown["ci95"]) == (
            entry["n"],
            entry["rho"],
            entry["ci95"],
        )
    # and the service itself, called here, agrees
    assert tab.report == stats_report(nights, tab.start, tab.end, ZONE)


def test_too_few_nights_say_so_with_the_count(qtbot, diary: Diary) -> None:
    fill(
        diary,
        [
            Night(day(i), timezone=ZONE, rls_severity=i % 5, sleep_quality=1 + i % 3)
            for i in range(12)
        ],
    )
    tab = open_tab(qtbot, diary)
    key = ("rls_severity", "sleep_quality", 0)
    assert tab.scatter.shown[key]["rho"] is None
    assert tab.scatter.stats_text[key] == "not enough data yet (n = 12 of 20 needed)"
    assert "not enough data yet (n = 12 of 20 needed)" in (
        tab.scatter.plots["sleep_quality"].titleLabel.text
    )


def test_a_constant_series_gives_the_reason(qtbot, diary: Diary) -> None:
    fill(
        diary,
        [Night(day(i), timezone=ZONE, rls_severity=3, sleep_quality=1 + i % 5) for i in range(25)],
    )
    tab = open_tab(qtbot, diary)
    key = ("rls_severity", "sleep_quality", 0)
    assert tab.scatter.shown[key]["n"] == 25
    assert tab.scatter.shown[key]["rho"] is None
    assert tab.scatter.stats_text[key] == (
        "no association computed: one of the series is constant (n = 25)"
    )


def test_findings_are_ranked_by_distance_from_zero_and_labelled_exploratory(
    qtbot, diary: Diary
) -> None:
    fill(diary, random_nights(11, 200, FIRST))
    tab = open_tab(qtbot, diary)
    tab.show_panel("lifestyle")
    assert tab.lifestyle.note.text() == f"<b>{EXPLORATORY_NOTE.capitalize()}</b>"
    assert "not adjusted for multiple comparisons" in tab.lifestyle.note.text()
    rows = [
        tab.lifestyle.findings.item(i).data(0x0100) for i in range(tab.lifestyle.findings.count())
    ]
    by_key = {(c["x"], c["y"], c["lag_nights"]): c for c in tab.report["correlations"]}
    assert sorted(rows) == sorted(by_key)  # every association is listed
    distances = [
        max(by_key[k]["ci95"][0], -by_key[k]["ci95"][1])
        for k in rows
        if by_key[k]["ci95"] is not None
    ]
    assert distances == sorted(distances, reverse=True)
    with_interval = [k for k in rows if by_key[k]["ci95"] is not None]
    assert rows[: len(with_interval)] == with_interval  # those without an interval come last


def test_statistics_fill_in_after_the_plots(qtbot, diary: Diary) -> None:
    fill(diary, random_nights(2, 60, FIRST))
    from rls_diary.ui.charts.tab import ChartsTab

    tab = ChartsTab(diary)
    qtbot.addWidget(tab, before_close_func=lambda widget: widget.shutdown())
    order: list[str] = []
    tab.dataLoaded.connect(lambda: order.append("plots"))
    tab.statsReady.connect(lambda: order.append("statistics"))
    assert tab.scatter.stats_text[("rls_severity", "sleep_quality", 0)].startswith("statistics")
    with qtbot.waitSignal(tab.statsReady, timeout=60_000):
        tab.show()
    assert order == ["plots", "statistics"]
    x, _ = tab.over_time.nightly["rls_severity"].getData()
    assert len(x) == 60
    wait_idle(qtbot, tab)


def test_an_empty_diary_says_so(qtbot, diary: Diary) -> None:
    tab = open_tab(qtbot, diary)
    assert "No nights in the diary yet" in tab.status.text()
    x, _ = tab.over_time.nightly["rls_severity"].getData()
    assert x is None or len(x) == 0


def test_reload_picks_up_new_nights(qtbot, diary: Diary) -> None:
    fill(diary, random_nights(6, 30, FIRST, gap_share=0.0))
    tab = open_tab(qtbot, diary)
    diary.save_night(Night(day(30), timezone=ZONE, rls_severity=9))
    with qtbot.waitSignal(tab.dataLoaded, timeout=60_000):
        tab.reload()
    wait_idle(qtbot, tab)
    x, y = tab.over_time.nightly["rls_severity"].getData()
    assert x[-1] == x_of(30)
    assert y[-1] == 9.0


def test_plots_keep_a_readable_height_and_the_chart_scrolls_when_short(qtbot, diary) -> None:
    fill(diary, random_nights(3, 60, FIRST))
    tab = open_tab(qtbot, diary)
    panel = tab.over_time
    rows = [plot.geometry().height() for plot in panel.plots.values()]
    assert min(rows) >= panel.row_minimum()  # roomy enough at 1200×800: no scrolling
    assert panel.scroll.verticalScrollBar().maximum() == 0
    tab.resize(1200, 420)  # a small window (or a large font): scroll, never squeeze
    qtbot.waitUntil(lambda: panel.scroll.verticalScrollBar().maximum() > 0)
    assert panel.view.height() >= len(panel.plots) * panel.row_minimum()
    rows = [plot.geometry().height() for plot in panel.plots.values()]
    assert min(rows) >= panel.row_minimum()
