"""Chart data preparation (rls_diary.ui.charts.series and .text) without Qt widgets."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random
import statistics as stdlib_statistics
import subprocess
import sys

import numpy as np
import pytest

from rls_diary.domain.night import Night
from rls_diary.domain.records import Condition, Lab, Medication
from rls_diary.domain.statistics import paired_by_lag
from rls_diary.services.stats import CORRELATION_PAIRS, night_values
from rls_diary.ui.charts import series, text
from rls_diary.ui.charts.series import (
    FACTORS,
    SECONDS_PER_DAY,
    Group,
    box,
    box_outline,
    build_chart_data,
    build_table,
    clamp_range,
    date_x,
    group_index,
    iv_iron_windows,
    lab_marks,
    lagged,
    lanes,
    median_key,
    preset_range,
    rolling_median,
    x_date,
)

D0 = dt.date(2024, 3, 1)
ZONE = "Europe/Berlin"


def day(offset: int) -> dt.date:
    return D0 + dt.timedelta(days=offset)


def t(clock: str) -> dt.time:
    return dt.time.fromisoformat(clock)


def full_night(offset: int, **fields: object) -> Night:
    values: dict[str, object] = {
        "timezone": ZONE,
        "bedtime": t("22:30"),
        "lights_out": t("23:00"),
        "sleep_latency_min": 20,
        "wake_after_sleep_onset_min": 40,
        "final_wake": t("06:30"),
        "out_of_bed": t("07:00"),
        "sleep_quality": 3,
        "rls_severity": 4,
        "rls_onset": t("21:30"),
    }
    values.update(fields)
    return Night(day(offset), **values)  # type: ignore[arg-type]


# --- the dense table --------------------------------------------------------------------------


def test_missing_entries_and_blank_fields_are_nan_and_zero_stays_zero() -> None:
    nights = [
        full_night(0, rls_severity=0, caffeine_drinks=0),
        full_night(1, rls_severity=None),
        # no entry on day 2
        full_night(3, rls_severity=7),
    ]
    table = build_table(nights, ZONE)
    assert table.size == 4
    assert table.first == day(0)
    assert table.last == day(3)
    assert table.entry.tolist() == [True, True, False, True]
    severity = table["rls_severity"]
    assert severity[0] == 0.0  # a recorded 0 is a 0 …
    assert math.isnan(severity[1])  # … a blank is a gap …
    assert math.isnan(severity[2])  # … and so is a night without an entry
    assert severity[3] == 7.0
    assert table["caffeine_drinks"][0] == 0.0
    assert np.isnan(table["caffeine_drinks"][1:]).all()


def test_values_are_those_of_the_stats_service() -> None:
    night = full_night(0, sleep_latency_min=17, wake_after_sleep_onset_min=33)
    table = build_table([night], ZONE)
    expected = night_values(night, ZONE)
    for name in ("total_sleep_min", "sleep_efficiency_pct", "rls_onset_min", "rls_severity"):
        assert table[name][0] == expected[name]
    # 23:00 → 06:30 is 450 min − 17 − 33 = 400; TIB 22:30 → 07:00 = 510; SE unrounded
    assert table["total_sleep_min"][0] == 400.0
    assert table["sleep_efficiency_pct"][0] == pytest.approx(400 / 510 * 100, abs=0)
    assert table["rls_onset_min"][0] == -150.0  # 21:30 the evening before


def test_an_empty_diary_gives_an_empty_table() -> None:
    table = build_table([], ZONE)
    assert table.size == 0
    assert table.first is None
    assert table.window(day(0), day(5)).size == 0


def test_x_is_midnight_utc_of_the_morning_date() -> None:
    table = build_table([full_night(0), full_night(2)], ZONE)
    x = table.x()
    assert x[0] == date_x(day(0)) == (day(0) - dt.date(1970, 1, 1)).days * SECONDS_PER_DAY
    assert np.diff(x).tolist() == [SECONDS_PER_DAY, SECONDS_PER_DAY]
    assert x_date(x[2] + 3600) == day(2)


def test_window_is_clipped_and_keeps_alignment() -> None:
    table = build_table([full_night(i, rls_severity=i % 11) for i in range(30)], ZONE)
    window = table.window(day(10), day(19))
    assert window.size == 10
    assert window.first == day(10)
    assert window["rls_severity"].tolist() == [float(i % 11) for i in range(10, 20)]
    assert np.shares_memory(window["rls_severity"], table["rls_severity"])  # a view
    clipped = table.window(day(-5), day(100))
    assert (clipped.first, clipped.last) == (day(0), day(29))


def test_jitter_is_seeded_and_fixed_per_night() -> None:
    nights = [full_night(i) for i in range(40)]
    first = build_table(nights, ZONE)
    second = build_table(nights, ZONE)
    assert np.array_equal(first["jitter_x"], second["jitter_x"])
    assert np.abs(first["jitter_x"]).max() <= 1.0
    assert np.array_equal(first.window(day(5), day(9))["jitter_y"], first["jitter_y"][5:10])


# --- rolling median ---------------------------------------------------------------------------


def brute_rolling_median(values: list[float], window: int, min_values: int) -> list[float]:
    out = []
    for i in range(len(values)):
        chosen = [v for v in values[max(0, i - window + 1) : i + 1] if not math.isnan(v)]
        out.append(stdlib_statistics.median(chosen) if len(chosen) >= min_values else math.nan)
    return out


@pytest.mark.parametrize("seed", range(5))
def test_rolling_median_matches_brute_force_with_gaps(seed: int) -> None:
    rng = random.Random(seed)
    values = [math.nan if rng.random() < 0.3 else float(rng.randint(0, 10)) for _ in range(80)]
    ours = rolling_median(np.asarray(values))
    expected = brute_rolling_median(values, 7, 4)
    assert len(ours) == len(values)
    for got, want in zip(ours, expected, strict=True):
        assert (math.isnan(got) and math.isnan(want)) or got == want


def test_rolling_median_hand_worked() -> None:
    nan = math.nan
    values = np.asarray([1.0, 2.0, 3.0, nan, 10.0, nan, nan, nan, nan, 4.0])
    result = rolling_median(values)
    assert np.isnan(result[:3]).all()  # fewer than 4 recorded nights so far
    assert result[4] == 2.5  # 1, 2, 3, 10
    assert result[6] == 2.5  # the same four nights
    assert math.isnan(result[7])  # 2, 3, 10: only three recorded nights in the window
    assert math.isnan(result[9])  # 10, 4 only
    assert rolling_median(values, min_values=3)[7] == 3.0
    assert rolling_median(np.zeros(0)).size == 0


def test_table_carries_rolling_medians() -> None:
    nights = [full_night(i, rls_severity=i) for i in range(10)]
    table = build_table(nights, ZONE)
    assert table[median_key("rls_severity")][6] == 3.0  # median of 0 … 6


# --- ranges -----------------------------------------------------------------------------------


def test_preset_ranges_end_at_the_last_night() -> None:
    first, last = dt.date(2020, 1, 1), dt.date(2024, 12, 31)
    assert preset_range("4w", first, last) == (dt.date(2024, 12, 4), last)
    assert preset_range("3m", first, last) == (last - dt.timedelta(days=90), last)
    assert preset_range("1y", first, last) == (dt.date(2024, 1, 2), last)
    assert preset_range("all", first, last) == (first, last)
    assert preset_range("1y", dt.date(2024, 12, 1), last) == (dt.date(2024, 12, 1), last)


def test_custom_range_is_ordered_and_clamped() -> None:
    first, last = dt.date(2024, 1, 1), dt.date(2024, 6, 30)
    assert clamp_range(dt.date(2024, 3, 1), dt.date(2024, 2, 1), first, last) == (
        dt.date(2024, 2, 1),
        dt.date(2024, 3, 1),
    )
    assert clamp_range(dt.date(2023, 1, 1), dt.date(2025, 1, 1), first, last) == (first, last)


# --- pairs, groups, boxes ---------------------------------------------------------------------


def _random_nights(seed: int, count: int = 90) -> list[Night]:
    rng = random.Random(seed)
    nights = []
    for i in range(count):
        if rng.random() < 0.15:
            continue  # a calendar gap
        nights.append(
            Night(
                day(i),
                timezone=ZONE,
                rls_severity=None if rng.random() < 0.1 else rng.randint(0, 10),
                sleep_quality=None if rng.random() < 0.1 else rng.randint(1, 5),
                caffeine_drinks=None if rng.random() < 0.2 else rng.randint(0, 4),
                daytime_sleepiness=rng.randint(0, 4),
            )
        )
    return nights


@pytest.mark.parametrize(
    ("x", "y", "lag"),
    [
        ("caffeine_drinks", "rls_severity", 0),
        ("caffeine_drinks", "rls_severity", 1),
        ("rls_severity", "daytime_sleepiness", 1),
        ("caffeine_drinks", "sleep_quality", 3),
    ],
)
def test_lagged_pairs_are_those_of_the_statistics(x: str, y: str, lag: int) -> None:
    nights = _random_nights(4)
    table = build_table(nights, ZONE)
    index, xs, ys = lagged(table, x, y, lag)

    def value(night: Night, name: str) -> float | None:
        raw = night.get(name)
        return None if raw is None else float(raw)

    expected_x, expected_y = paired_by_lag(nights, x, y, lag, value)
    assert xs.tolist() == expected_x
    assert ys.tolist() == expected_y
    assert all(table.entry[i] and table.entry[i + lag] for i in index)


def test_lag_longer_than_the_table_gives_no_pairs() -> None:
    table = build_table([full_night(0)], ZONE)
    index, xs, ys = lagged(table, "rls_severity", "sleep_quality", 1)
    assert index.size == xs.size == ys.size == 0
    with pytest.raises(ValueError, match="negative"):
        lagged(table, "rls_severity", "sleep_quality", -1)


def test_group_index_uses_half_open_bounds_and_skips_blanks() -> None:
    groups = (Group("0", 0, 1), Group("1–29", 1, 30), Group("30+", 30, math.inf))
    values = np.asarray([0.0, 0.5, 1.0, 29.0, 30.0, 600.0, math.nan])
    assert group_index(values, groups).tolist() == [0, 0, 1, 1, 2, 2, -1]


def test_box_matches_numpy_quantiles_and_tukey_whiskers() -> None:
    values = np.asarray([1.0, 2.0, 2.0, 3.0, 4.0, 4.0, 5.0, 30.0, math.nan])
    result = box(values)
    assert result is not None
    present = values[~np.isnan(values)]
    assert result.n == 8
    assert (result.q1, result.median, result.q3) == tuple(np.quantile(present, [0.25, 0.5, 0.75]))
    # IQR = 4.25 − 2 = 2.25; upper fence 4.25 + 3.375 = 7.625: 30 is beyond the whisker
    assert result.high == 5.0
    assert result.low == 1.0
    assert box(np.asarray([math.nan])) is None


def test_box_outline_draws_each_present_box() -> None:
    boxes = [box(np.asarray([1.0, 2.0, 3.0])), None, box(np.asarray([5.0]))]
    x, _y, mx, my = box_outline(boxes)
    assert np.nanmin(x) == pytest.approx(-0.3)
    assert np.nanmax(x) == pytest.approx(2.3)
    assert not np.any((x > 0.5) & (x < 1.5))  # nothing drawn for the empty group
    assert my[~np.isnan(my)].tolist() == [2.0, 2.0, 5.0, 5.0]
    assert np.isnan(x).any()  # one path broken by NaN, not one item per line
    assert mx.size == my.size


def test_every_lifestyle_panel_pair_is_in_the_stats_report() -> None:
    reported = {(p.x, p.y, p.lag_nights) for p in CORRELATION_PAIRS}
    for factor in FACTORS:
        for y, lag in factor.outcomes:
            assert (factor.key, y, lag) in reported
        bounds = [(g.low, g.high) for g in factor.groups]
        assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))
        assert bounds[0][0] == 0


# --- courses, conditions, labs ----------------------------------------------------------------


def test_lanes_one_per_drug_with_doses_and_ongoing_to_the_last_night() -> None:
    medications = [
        Medication("pramipexole", "dopamine_agonist", day(10), 0.125, "mg", stop=day(40)),
        Medication("pramipexole", "dopamine_agonist", day(41), 0.25, "mg"),
        Medication("ferric carboxymaltose", "iron_iv", day(20), 1000, "mg", stop=day(20)),
    ]
    conditions = [Condition("kidney_disease", day(5))]
    result = lanes(medications, conditions, day(60))
    assert [lane.label for lane in result] == [
        "pramipexole",
        "ferric carboxymaltose",
        "kidney disease",
    ]
    first, second = result[0].bands
    assert (first.start, first.end, first.ongoing) == (day(10), day(40), False)
    assert first.text == "pramipexole 0.125 mg"
    assert (second.end, second.text, second.ongoing) == (day(60), "pramipexole 0.25 mg", True)
    assert result[0].bands[0].x_range == (date_x(day(10)), date_x(day(41)))
    assert result[2].role == "condition"
    assert result[2].bands[0].end == day(60)


def test_labs_after_iv_iron_and_during_kidney_disease_are_marked() -> None:
    infusion = Medication("ferric carboxymaltose", "iron_iv", day(10), 1000, "mg", stop=day(10))
    assert iv_iron_windows([infusion]) == ((day(10), day(10 + 56)),)
    labs = [
        Lab(day(10), ferritin_ng_ml=40),  # the infusion day counts, as in the iron insight
        Lab(day(11), ferritin_ng_ml=400, tsat_pct=45),
        Lab(day(66), ferritin_ng_ml=300),  # 8 weeks after: still marked
        Lab(day(67), tsat_pct=30),  # one day later: no longer
        Lab(day(200), ferritin_ng_ml=90),
    ]
    kidney = [Condition("kidney_disease", day(150), day(250)), Condition("travel", day(60))]
    marks = lab_marks(labs, [infusion], kidney, day(300))
    assert marks.dates == tuple(lab.date for lab in labs)
    assert marks.after_iv_iron.tolist() == [True, True, True, False, False]
    assert marks.kidney_disease.tolist() == [False, False, False, False, True]
    # an open kidney-disease period covers a test after the diary's last night too
    still = lab_marks(labs, [], [Condition("kidney_disease", day(190))], day(100))
    assert still.kidney_disease.tolist() == [False, False, False, False, True]
    assert math.isnan(marks.ferritin[3])
    assert marks.tsat[1] == 45.0
    assert math.isnan(marks.tsat[0])


def test_chart_data_collects_everything() -> None:
    data = build_chart_data(
        [full_night(3), full_night(1)],
        [Medication("iron", "iron_iv", day(2), 500, "mg", stop=day(2))],
        [Lab(day(30), ferritin_ng_ml=50)],
        [Condition("kidney_disease", day(0), day(1))],
        ZONE,
    )
    assert not data.empty
    assert [n.date for n in data.nights] == [day(1), day(3)]
    assert data.iv_iron[0].text == "IV iron 500 mg"
    assert data.kidney_disease[0].x_range == (date_x(day(0)), date_x(day(2)))
    assert len(data.labs) == 1


# --- words and numbers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes", "clock"),
    [
        (-150, "21:30"),
        (120, "02:00"),
        (-780, "11:00"),
        (0, "00:00"),
        (-1, "23:59"),
        (-180, "21:00"),
    ],
)
def test_clock_text(minutes: int, clock: str) -> None:
    assert text.clock_text(minutes) == clock


def test_numbers_and_durations() -> None:
    assert text.number(-0.456) == "−0.46"
    assert text.number(-0.001) == "0.00"
    assert text.number(0.5) == "0.50"
    assert text.duration_text(425) == "7 h 05 min"
    assert text.date_text(dt.date(2024, 3, 4)) == "Mon 4 Mar 2024"
    assert text.value_text("rls_onset_min", -780) == "11:00 the morning before"
    assert text.value_text("sleep_efficiency_pct", 78.4314) == "78.4 %"


def test_correlation_text() -> None:
    entry = {"n": 84, "rho": -0.6312, "ci95": [-0.751, -0.4701], "reason": None}
    assert text.correlation_text(entry) == (
        "Spearman ρ = −0.63 (95 % interval −0.75 to −0.47), n = 84"
    )
    assert text.correlation_text(entry, compact=True) == (
        "ρ = −0.63, 95 % interval −0.75 to −0.47, n = 84"
    )
    few = {"n": 12, "rho": None, "ci95": None, "reason": "not enough data: n = 12 of 20 needed"}
    assert text.correlation_text(few) == "not enough data yet (n = 12 of 20 needed)"
    flat = {"n": 25, "rho": None, "ci95": None, "reason": "one of the series is constant"}
    assert text.correlation_text(flat) == (
        "no association computed: one of the series is constant (n = 25)"
    )


def test_pair_and_night_text() -> None:
    assert text.pair_text("caffeine_drinks", "rls_severity", 1) == (
        "Caffeinated drinks during the day → RLS severity the next night"
    )
    assert text.pair_text("rls_severity", "low_mood", 1) == (
        "RLS severity at night → low mood the next day"
    )
    assert text.pair_text("rls_severity", "sleep_quality", 0) == (
        "RLS severity → sleep quality, the same night"
    )
    line = text.night_text(
        dt.date(2024, 3, 4), {"rls_severity": 0.0, "sleep_quality": math.nan}, True
    )
    assert line == "Mon 4 Mar 2024: RLS severity 0"
    assert text.night_text(dt.date(2024, 3, 5), {}, False) == "Tue 5 Mar 2024: no entry"


def test_the_pure_modules_load_no_qt_and_no_pyqtgraph() -> None:
    code = (
        "import sys, rls_diary.ui.charts.series, rls_diary.ui.charts.text; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'scipy'))]; "
        "sys.exit(1 if bad else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
    assert series.__name__ == "rls_diary.ui.charts.series"


def test_thin_keeps_a_stable_seeded_choice() -> None:
    keys = np.random.default_rng(1).uniform(-1, 1, 50)
    assert series.thin(keys, 60).tolist() == list(range(50))
    chosen = series.thin(keys, 10)
    assert len(chosen) == 10
    assert chosen.tolist() == sorted(chosen.tolist())
    assert set(keys[chosen]) == set(np.sort(keys)[:10])
    # the same nights are kept when more nights join the range
    wider = np.concatenate([keys, np.full(5, 0.99)])
    assert series.thin(wider, 10).tolist() == chosen.tolist()


def test_remissions_and_recurrences_come_from_the_remission_insight() -> None:
    nights = [Night(day(i), timezone=ZONE, rls_severity=0) for i in range(35)]
    nights += [Night(day(35 + i), timezone=ZONE, rls_severity=4) for i in range(5)]
    lane, recurrences = series.remission_marks(nights, [])
    assert lane is not None
    assert lane.role == "remission"
    ((band),) = lane.bands
    assert (band.start, band.end, band.text) == (day(0), day(34), "remission, 35 nights")
    assert [r.date for r in recurrences] == [day(35)]
    assert "Symptoms came back" in recurrences[0].message
    data = build_chart_data(nights, [], [], [], ZONE)
    assert data.lanes[-1] == lane
    assert series.remission_marks(nights[:20], [])[0] is None  # too short for a remission
