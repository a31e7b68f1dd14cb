"""The ``stats --json`` report: shape, exact numbers on hand-made nights, blanks, lags."""

from __future__ import annotations

import datetime as dt
import json
import statistics as stdlib_statistics
from typing import Any

import pytest

from rls_diary.domain.night import Night
from rls_diary.services.stats import (
    CORRELATION_PAIRS,
    EXPLORATORY_NOTE,
    METRIC_NAMES,
    night_values,
    rank_findings,
    stats_report,
)

JAN = dt.date(2024, 1, 1)
SUMMARY_KEYS = ["n", "mean", "median", "p25", "p75", "min", "max"]
CORRELATION_KEYS = ["x", "y", "lag_nights", "n", "rho", "ci95", "reason"]
REQUIRED_PAIRS = [
    ("rls_severity", "sleep_quality", 0),
    ("rls_severity", "total_sleep_min", 0),
    ("rls_severity", "sleep_efficiency_pct", 0),
    *(
        (x, y, lag)
        for x in ("caffeine_drinks", "alcohol_drinks", "exercise_min")
        for y in ("rls_severity", "sleep_quality")
        for lag in (0, 1)
    ),
    *(
        (x, y, 1)
        for x in ("rls_severity", "total_sleep_min")
        for y in ("daytime_sleepiness", "low_mood", "anxiety", "concentration_problems")
    ),
]


def t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def night(offset: int, **fields: Any) -> Night:
    return Night(JAN + dt.timedelta(days=offset), timezone="UTC", **fields)


def sleep(bed: str, lights: str, latency: int, waso: int, wake: str, out: str) -> dict[str, Any]:
    return {
        "bedtime": t(bed),
        "lights_out": t(lights),
        "sleep_latency_min": latency,
        "wake_after_sleep_onset_min": waso,
        "final_wake": t(wake),
        "out_of_bed": t(out),
    }


def hand_nights() -> list[Night]:
    return [
        # TIB 23:00→07:30 = 510, TST (480 − 15 − 30) = 435, onset 22:00 → −120
        night(
            0,
            **sleep("23:00", "23:00", 15, 30, "07:00", "07:30"),
            sleep_quality=4,
            rls_severity=2,
            rls_onset=t("22:00"),
            times_up_to_move=1,
        ),
        # TIB 22:30→06:00 = 450, TST (420 − 30 − 60) = 330, onset 01:00 → +60
        night(
            1,
            **sleep("22:30", "23:00", 30, 60, "06:00", "06:00"),
            sleep_quality=2,
            rls_severity=6,
            rls_onset=t("01:00"),
            times_up_to_move=4,
        ),
        # severity 0 is a value; everything else blank
        night(3, rls_severity=0, caffeine_drinks=0),
        # onset only: does not count as recorded, but its onset is a value
        night(4, rls_onset=t("21:00"), notes="legs again"),
    ]


def test_report_shape_and_key_order() -> None:
    report = stats_report(hand_nights(), None, None, "UTC")
    assert list(report) == ["from", "to", "nights", "metrics", "correlations"]
    assert list(report["metrics"]) == list(METRIC_NAMES)
    assert list(METRIC_NAMES) == [
        "sleep_quality",
        "rls_severity",
        "time_in_bed_min",
        "total_sleep_min",
        "sleep_efficiency_pct",
        "sleep_latency_min",
        "wake_after_sleep_onset_min",
        "rls_onset_min",
        "times_up_to_move",
    ]
    for entry in report["metrics"].values():
        assert list(entry) == SUMMARY_KEYS
    for entry in report["correlations"]:
        assert list(entry) == CORRELATION_KEYS
    reported = [(c["x"], c["y"], c["lag_nights"]) for c in report["correlations"]]
    assert set(REQUIRED_PAIRS) <= set(reported)
    assert len(reported) == len(set(reported))
    assert reported == [(p.x, p.y, p.lag_nights) for p in CORRELATION_PAIRS]
    json.dumps(report, allow_nan=False)  # plain JSON, no NaN


def test_hand_computed_summaries() -> None:
    report = stats_report(hand_nights(), None, None, "UTC")
    assert report["from"] == "2024-01-01"
    assert report["to"] == "2024-01-05"
    assert report["nights"] == 3  # the onset-only entry does not count
    metrics = report["metrics"]
    assert metrics["sleep_quality"] == {
        "n": 2,
        "mean": 3.0,
        "median": 3.0,
        "p25": 2.5,
        "p75": 3.5,
        "min": 2.0,
        "max": 4.0,
    }
    assert metrics["rls_severity"] == {
        "n": 3,
        "mean": pytest.approx(8 / 3),
        "median": 2.0,
        "p25": 1.0,
        "p75": 4.0,
        "min": 0.0,
        "max": 6.0,
    }
    assert metrics["time_in_bed_min"] == {
        "n": 2,
        "mean": 480.0,
        "median": 480.0,
        "p25": 465.0,
        "p75": 495.0,
        "min": 450.0,
        "max": 510.0,
    }
    assert metrics["total_sleep_min"]["min"] == 330.0
    assert metrics["total_sleep_min"]["max"] == 435.0
    assert metrics["sleep_latency_min"]["mean"] == 22.5
    assert metrics["wake_after_sleep_onset_min"]["median"] == 45.0
    assert metrics["times_up_to_move"]["n"] == 2
    # onsets −120, +60 and the onset-only entry's 21:00 → −180
    assert metrics["rls_onset_min"] == {
        "n": 3,
        "mean": -80.0,
        "median": -120.0,
        "p25": -150.0,
        "p75": -30.0,
        "min": -180.0,
        "max": 60.0,
    }


def test_sleep_efficiency_uses_full_precision() -> None:
    se = stats_report(hand_nights(), None, None, "UTC")["metrics"]["sleep_efficiency_pct"]
    assert se["n"] == 2
    assert se["max"] == 435 / 510 * 100  # 85.294…, not the displayed 85.3
    assert se["min"] == 330 / 450 * 100
    assert se["mean"] == pytest.approx((435 / 510 + 330 / 450) * 50)


def test_range_and_defaults() -> None:
    nights = hand_nights()
    inside = stats_report(nights, JAN + dt.timedelta(days=1), JAN + dt.timedelta(days=3), "UTC")
    assert (inside["from"], inside["to"], inside["nights"]) == ("2024-01-02", "2024-01-04", 2)
    assert inside["metrics"]["rls_severity"]["n"] == 2
    assert inside["metrics"]["time_in_bed_min"]["n"] == 1
    only_end = stats_report(nights, None, JAN + dt.timedelta(days=1), "UTC")
    assert (only_end["from"], only_end["to"]) == ("2024-01-01", "2024-01-02")
    given = stats_report(nights, dt.date(2023, 12, 1), dt.date(2023, 12, 31), "UTC")
    assert (given["from"], given["to"], given["nights"]) == ("2023-12-01", "2023-12-31", 0)


def test_reversed_range_is_refused() -> None:
    with pytest.raises(ValueError, match="after it ends"):
        stats_report([], dt.date(2024, 2, 1), dt.date(2024, 1, 1), "UTC")


def test_empty_diary() -> None:
    report = stats_report([], None, None, "Europe/Berlin")
    assert (report["from"], report["to"], report["nights"]) == (None, None, 0)
    for entry in report["metrics"].values():
        assert entry == dict.fromkeys(SUMMARY_KEYS) | {"n": 0}
    for entry in report["correlations"]:
        assert entry["n"] == 0
        assert entry["rho"] is None
        assert entry["ci95"] is None
        assert entry["reason"] == "not enough data: n = 0 of 20 needed"


def _by_pair(report: dict[str, Any], x: str, y: str, lag: int) -> dict[str, Any]:
    correlations: list[dict[str, Any]] = report["correlations"]
    (entry,) = [c for c in correlations if (c["x"], c["y"], c["lag_nights"]) == (x, y, lag)]
    return entry


def test_fewer_than_twenty_pairs_give_a_reason() -> None:
    nights = [night(i, rls_severity=i % 10, sleep_quality=1 + i % 5) for i in range(10)]
    report = stats_report(nights, None, None, "UTC")
    same = _by_pair(report, "rls_severity", "sleep_quality", 0)
    assert same == {
        "x": "rls_severity",
        "y": "sleep_quality",
        "lag_nights": 0,
        "n": 10,
        "rho": None,
        "ci95": None,
        "reason": "not enough data: n = 10 of 20 needed",
    }


def long_diary(days: int = 30) -> list[Night]:
    """Severity i % 11; WASO rises with severity, so TST falls strictly with it."""
    nights = []
    for i in range(days):
        severity = i % 11
        nights.append(
            night(
                i,
                **sleep("23:00", "23:00", 10, 10 * severity, "07:00", "07:00"),
                rls_severity=severity,
                sleep_quality=5 - severity // 3,
                caffeine_drinks=0,
                exercise_min=(i * 7) % 60,
                daytime_sleepiness=min(4, (i - 1) % 11 // 2) if i else None,
            )
        )
    return nights


def test_exact_correlations() -> None:
    nights = long_diary()
    report = stats_report(nights, None, None, "UTC")
    tst = _by_pair(report, "rls_severity", "total_sleep_min", 0)
    assert (tst["n"], tst["rho"], tst["reason"]) == (30, -1.0, None)
    assert isinstance(tst["ci95"], list)
    assert len(tst["ci95"]) == 2
    assert tst["ci95"][0] == -1.0
    assert -1.0 < tst["ci95"][1] < -0.99
    severity = [n.rls_severity for n in nights]
    quality = [n.sleep_quality for n in nights]
    ranked = _by_pair(report, "rls_severity", "sleep_quality", 0)
    assert ranked["rho"] == pytest.approx(
        stdlib_statistics.correlation(brute_ranks(severity), brute_ranks(quality))
    )
    assert ranked["ci95"][0] < ranked["rho"] < ranked["ci95"][1]


def brute_ranks(values: list[Any]) -> list[float]:
    return [1 + sum(w < v for w in values) + (sum(w == v for w in values) - 1) / 2 for v in values]


def test_lag_one_pairs_tonight_with_the_next_entry() -> None:
    # entry d+1's sleepiness was built from entry d's severity: a strong lag-1 association
    report = stats_report(long_diary(), None, None, "UTC")
    lagged = _by_pair(report, "rls_severity", "daytime_sleepiness", 1)
    assert lagged["n"] == 29  # 30 entries, the last has no next entry
    assert lagged["rho"] > 0.9
    assert lagged["ci95"][0] > 0.5


def test_range_cuts_pairs_at_both_ends() -> None:
    nights = long_diary()
    report = stats_report(nights, JAN, JAN + dt.timedelta(days=24), "UTC")
    assert _by_pair(report, "rls_severity", "daytime_sleepiness", 1)["n"] == 24
    assert _by_pair(report, "rls_severity", "total_sleep_min", 0)["n"] == 25


def test_constant_series_gives_a_reason() -> None:
    report = stats_report(long_diary(), None, None, "UTC")
    caffeine = _by_pair(report, "caffeine_drinks", "rls_severity", 0)
    assert caffeine["n"] == 30
    assert caffeine["rho"] is None
    assert caffeine["reason"] == "one of the series is constant"


def test_blanks_are_skipped_never_counted_as_zero() -> None:
    nights = long_diary()
    for index in (2, 5, 9):
        nights[index] = nights[index].replace(
            wake_after_sleep_onset_min=None, caffeine_drinks=None, rls_severity=None
        )
    report = stats_report(nights, None, None, "UTC")
    assert report["metrics"]["total_sleep_min"]["n"] == 27
    assert report["metrics"]["rls_severity"]["n"] == 27
    assert report["metrics"]["time_in_bed_min"]["n"] == 30
    assert _by_pair(report, "rls_severity", "sleep_quality", 0)["n"] == 27
    assert _by_pair(report, "caffeine_drinks", "rls_severity", 0)["n"] == 27
    # a blank TST, not 0: the relation with severity stays perfect
    assert _by_pair(report, "rls_severity", "total_sleep_min", 0)["rho"] == -1.0
    assert report["metrics"]["total_sleep_min"]["min"] == 480 - 10 - 100


def test_night_values_blank_metrics_and_zone() -> None:
    values = night_values(Night(JAN, rls_onset=t("22:30")), "Europe/Berlin")
    assert values["rls_onset_min"] == -90.0
    assert values["time_in_bed_min"] is None
    assert values["sleep_efficiency_pct"] is None
    assert values["caffeine_drinks"] is None
    # DST: Europe/Berlin, the night to 2024-03-31 is an hour shorter (7 h, not 8 h)
    dst = Night(dt.date(2024, 3, 31), **sleep("23:00", "23:00", 0, 0, "07:00", "07:00"))
    assert night_values(dst, "Europe/Berlin")["time_in_bed_min"] == 420.0
    assert night_values(dst, "UTC")["time_in_bed_min"] == 480.0


def test_rank_findings_by_distance_of_the_interval_from_zero() -> None:
    strong_but_wide = {"x": "a", "rho": 0.9, "ci95": [-0.1, 0.99]}
    modest_but_clear = {"x": "b", "rho": 0.5, "ci95": [0.3, 0.65]}
    negative = {"x": "c", "rho": -0.4, "ci95": [-0.55, -0.2]}
    unknown = {"x": "d", "rho": None, "ci95": None}
    ranked = rank_findings([strong_but_wide, unknown, negative, modest_but_clear])
    assert [f["x"] for f in ranked] == ["b", "c", "a"]
    only = rank_findings(
        [strong_but_wide, unknown, negative, modest_but_clear], excluding_zero_only=True
    )
    assert [f["x"] for f in only] == ["b", "c"]


def test_exploratory_note() -> None:
    assert EXPLORATORY_NOTE == "exploratory — not adjusted for multiple comparisons"
