"""Personal experiments (DESIGN §6.1): schedule, blocks, counted nights, the exact
randomisation p, the t-interval, refusals, the service and the JSON round trip."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random
from collections import Counter
from fractions import Fraction
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from rls_diary.domain import experiments as ex
from rls_diary.domain.night import Night
from rls_diary.domain.records import Experiment
from rls_diary.services import experiments as service
from rls_diary.services.diary import Diary
from rls_diary.services.exporting import export_text
from rls_diary.services.importing import apply_import, plan_import

BERLIN = ZoneInfo("Europe/Berlin")
T = dt.time


def experiment(
    start: dt.date = dt.date(2024, 3, 1),
    *,
    block: int = 2,
    pairs: int = 3,
    washout: int = 0,
    schedule: tuple[str, ...] | None = None,
    outcome: str = "rls_severity",
    stopped: dt.date | None = None,
    id: int = 1,
) -> Experiment:
    return Experiment(
        id=id,
        factor="no caffeine after 12:00",
        outcome=outcome,
        start=start,
        block_nights=block,
        pairs=pairs,
        washout_nights=washout,
        seed=0,
        schedule=schedule or ("AB",) * pairs,
        stopped=stopped,
    )


def severities(start: dt.date, values: list[int | None], **extra: object) -> list[Night]:
    """Nights from ``start`` on with these severities (``None``: no entry that night)."""
    return [
        Night(start + dt.timedelta(days=i), timezone="Europe/Berlin", rls_severity=v, **extra)  # type: ignore[arg-type]
        for i, v in enumerate(values)
        if v is not None
    ]


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=BERLIN)


# --- schedule -------------------------------------------------------------------------------


def test_the_schedule_is_repeatable_from_its_seed() -> None:
    assert ex.make_schedule(42, 12) == ex.make_schedule(42, 12)
    assert set(ex.make_schedule(42, 12)) <= {"AB", "BA"}
    # The draw is pinned: random.Random(seed).random() < 0.5 → "AB", one draw per pair.
    rng = random.Random(7)
    expected = tuple("AB" if rng.random() < 0.5 else "BA" for _ in range(6))
    assert ex.make_schedule(7, 6) == expected
    assert ex.make_schedule(7, 6) == ("AB", "AB", "BA", "AB", "BA", "AB")  # stable across runs
    # More pairs with the same seed extend the schedule; they never reshuffle it.
    assert ex.make_schedule(7, 9)[:6] == ex.make_schedule(7, 6)
    assert len({ex.make_schedule(seed, 12) for seed in range(50)}) > 40


def test_the_schedule_is_balanced_in_expectation() -> None:
    seeds = range(4000)
    schedules = [ex.make_schedule(seed, 3) for seed in seeds]
    for position in range(3):
        share = sum(s[position] == "AB" for s in schedules) / len(schedules)
        assert 0.47 < share < 0.53
    # Every one of the 2^3 orders is about equally likely (what the randomisation test assumes).
    counts = Counter(schedules)
    assert len(counts) == 8
    assert all(abs(n / len(schedules) - 1 / 8) < 0.02 for n in counts.values())
    # Within an experiment A and B nights balance on average over seeds.
    a_first = [sum(o == "AB" for o in ex.make_schedule(seed, 12)) for seed in seeds]
    assert abs(sum(a_first) / len(a_first) - 6) < 0.1


# --- design validation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"block_nights": 1}, "block nights must be 2–14"),
        ({"block_nights": 15}, "block nights must be 2–14"),
        ({"pairs": 1}, "pairs must be 2–12"),
        ({"pairs": 13}, "pairs must be 2–12"),
        ({"washout_nights": 4}, "washout nights must be 0–3"),
        ({"washout_nights": -1}, "washout nights must be 0–3"),
        ({"outcome": "mood"}, "unknown outcome 'mood'"),
        ({"factor": "   "}, "the factor is empty"),
    ],
)
def test_invalid_designs_are_refused(changes: dict[str, object], fragment: str) -> None:
    settings: dict[str, object] = {
        "factor": "no evening alcohol",
        "outcome": "sleep_quality",
        "block_nights": 4,
        "pairs": 6,
        "washout_nights": 0,
    }
    settings.update(changes)
    with pytest.raises(ex.ExperimentError, match=fragment):
        ex.new_experiment(
            1,
            str(settings["factor"]),
            str(settings["outcome"]),
            dt.date(2024, 1, 1),
            block_nights=int(settings["block_nights"]),  # type: ignore[call-overload]
            pairs=int(settings["pairs"]),  # type: ignore[call-overload]
            washout_nights=int(settings["washout_nights"]),  # type: ignore[call-overload]
            seed=1,
        )


def test_the_extremes_of_the_design_are_accepted() -> None:
    e = ex.new_experiment(
        1, "walk", "rls_onset_min", dt.date(2024, 1, 1), block_nights=14, pairs=12,
        washout_nights=13, seed=-5,
    )  # fmt: skip
    assert ex.planned_nights(e) == 336
    assert ex.end_date(e) == dt.date(2024, 1, 1) + dt.timedelta(days=335)
    assert ex.new_experiment(1, "x", "total_sleep_min", dt.date(2024, 1, 1), block_nights=2,
                             pairs=2, washout_nights=0, seed=0).schedule  # fmt: skip


# --- blocks ---------------------------------------------------------------------------------


def test_nights_fall_into_blocks_by_calendar_date() -> None:
    e = experiment(dt.date(2024, 3, 1), block=3, pairs=2, washout=1, schedule=("BA", "AB"))
    found = [(s.date.day, s.pair, s.block, s.index, s.condition, s.washout) for s in ex.slots(e)]
    assert found == [
        (1, 0, 0, 0, "B", True),
        (2, 0, 0, 1, "B", False),
        (3, 0, 0, 2, "B", False),
        (4, 0, 1, 0, "A", True),
        (5, 0, 1, 1, "A", False),
        (6, 0, 1, 2, "A", False),
        (7, 1, 0, 0, "A", True),
        (8, 1, 0, 1, "A", False),
        (9, 1, 0, 2, "A", False),
        (10, 1, 1, 0, "B", True),
        (11, 1, 1, 1, "B", False),
        (12, 1, 1, 2, "B", False),
    ]
    assert ex.end_date(e) == dt.date(2024, 3, 12)
    assert ex.slot(e, dt.date(2024, 2, 29)) is None
    assert ex.slot(e, dt.date(2024, 3, 13)) is None
    assert [(b.condition, b.first.day, b.last.day, b.washout_last) for b in ex.blocks(e)] == [
        ("B", 1, 3, dt.date(2024, 3, 1)),
        ("A", 4, 6, dt.date(2024, 3, 4)),
        ("A", 7, 9, dt.date(2024, 3, 7)),
        ("B", 10, 12, dt.date(2024, 3, 10)),
    ]


@pytest.mark.parametrize("dst_night", [dt.date(2024, 3, 31), dt.date(2024, 10, 27)])
def test_dst_nights_are_one_night_in_their_block(dst_night: dt.date) -> None:
    """Across a 23-hour and a 25-hour night the blocks keep their calendar dates, and the
    outcome of the DST night itself is measured in real minutes."""
    start = dst_night - dt.timedelta(days=3)
    e = experiment(start, block=2, pairs=2, outcome="total_sleep_min", schedule=("AB", "BA"))
    assert [s.condition for s in ex.slots(e)] == ["A", "A", "B", "B", "B", "B", "A", "A"]
    assert ex.slot(e, dst_night) == ex.Slot(dst_night, 0, 1, 1, "B", False)
    assert ex.slot(e, dst_night + dt.timedelta(days=1)) == ex.Slot(
        dst_night + dt.timedelta(days=1), 1, 0, 0, "B", False
    )
    nights = [
        Night(
            start + dt.timedelta(days=i),
            timezone="Europe/Berlin",
            bedtime=T(23),
            lights_out=T(23),
            sleep_latency_min=0,
            wake_after_sleep_onset_min=0,
            final_wake=T(7),
            out_of_bed=T(7),
        )
        for i in range(8)
    ]
    result = ex.analyse(e, nights, "Europe/Berlin")
    dst_minutes = 420 if dst_night.month == 3 else 540
    by_date = {u.slot.date: u.value for u in result.nights}
    assert by_date[dst_night] == dst_minutes
    assert all(v == 480 for d, v in by_date.items() if d != dst_night)
    # Pair 1's B block is the DST night and the one before it.
    assert result.pairs[0].mean_b == Fraction(480 + dst_minutes, 2)
    assert result.pairs[1].mean_b == result.pairs[1].mean_a == 480


def test_missing_nights_leave_gaps_and_do_not_shift_later_nights() -> None:
    e = experiment(dt.date(2024, 5, 1), block=2, pairs=3)  # AB AB AB
    # No entries on 05-03 and 05-04 (pair 1's whole B block) nor on 05-06.
    values: list[int | None] = [5, 5, None, None, 4, None, 2, 3, 6, 6, 1, 1]
    result = ex.analyse(e, severities(e.start, values))
    reasons = [u.reason for u in result.nights]
    assert reasons.count("not recorded") == 3
    assert [(p.n_a, p.n_b) for p in result.pairs] == [(2, 0), (1, 2), (2, 2)]
    assert [p.complete for p in result.pairs] == [False, True, True]
    assert result.pairs_complete == 2
    assert result.pair_differences == (4 - 2.5, 6 - 1)
    assert (result.nights_a, result.nights_b) == (3, 4)


def test_washout_nights_are_left_out() -> None:
    e = experiment(dt.date(2024, 5, 1), block=3, pairs=2, washout=1)  # AB AB
    # The first night of every block is 10: carried over, it must not count.
    values: list[int | None] = [10, 6, 6, 10, 2, 2, 10, 5, 7, 10, 3, 3]
    result = ex.analyse(e, severities(e.start, values))
    assert [u.reason for u in result.nights if not u.counted] == ["washout"] * 4
    assert result.pair_differences == (4.0, 3.0)
    assert result.mean_difference == 3.5
    assert (result.nights_a, result.nights_b) == (4, 4)


def test_nights_not_followed_are_left_out_and_blank_counts_as_followed() -> None:
    e = experiment(dt.date(2024, 5, 1), block=2, pairs=2)  # AB AB
    nights = severities(e.start, [4, 4, 2, 2, 5, 5, 1, 1])
    nights[0] = nights[0].replace(rls_severity=9, experiment_adherence=False)
    nights[1] = nights[1].replace(experiment_adherence=True)
    nights[6] = nights[6].replace(rls_severity=9, experiment_adherence=False)
    result = ex.analyse(e, nights)
    assert [u.reason for u in result.nights] == [
        "not followed", None, None, None, None, None, "not followed", None,
    ]  # fmt: skip
    assert result.pair_differences == (2.0, 4.0)


def test_a_night_without_the_outcome_is_left_out() -> None:
    e = experiment(dt.date(2024, 5, 1), block=2, pairs=2, outcome="rls_onset_min")
    nights = [
        Night(e.start + dt.timedelta(days=i), timezone="Europe/Berlin", rls_severity=0)
        for i in range(8)
    ]
    result = ex.analyse(e, nights)
    assert all(u.reason == "no value" for u in result.nights)
    assert result.pairs_complete == 0
    assert "no onset time" in result.message


def test_stopping_early_keeps_the_nights_before_the_stop() -> None:
    e = experiment(dt.date(2024, 5, 1), block=2, pairs=3, stopped=dt.date(2024, 5, 9))
    result = ex.analyse(e, severities(e.start, [4, 4, 2, 2, 5, 5, 1, 1, 7, 7, 0, 0]))
    assert [u.slot.date.day for u in result.nights][-1] == 9
    assert result.pair_differences == (2.0, 4.0)  # pair 3 has only its first A night
    assert [(b.first.day, b.last.day) for b in ex.blocks(e)][-1] == (9, 9)
    assert ex.last_night(e) == dt.date(2024, 5, 9)
    assert ex.condition_on(e, dt.date(2024, 5, 10)) is None
    assert ex.slot(e, dt.date(2024, 5, 10), planned=True) is not None
    cancelled = experiment(dt.date(2024, 5, 1), stopped=dt.date(2024, 4, 30))
    assert ex.last_night(cancelled) is None and ex.blocks(cancelled) == []


def test_tonight_is_the_current_entry() -> None:
    e = experiment(dt.date(2024, 5, 2), block=2, pairs=2, schedule=("BA", "AB"))
    assert ex.tonight(e, at(dt.date(2024, 5, 1), 7, 59)) is None  # entry 05-01
    assert ex.tonight(e, at(dt.date(2024, 5, 1), 8, 0)) == "B"  # entry 05-02
    assert ex.tonight(e, at(dt.date(2024, 5, 3), 23, 30)) == "A"  # entry 05-04
    assert ex.tonight(e, at(dt.date(2024, 5, 9), 7, 0)) == "B"  # entry 05-09, the last night
    assert ex.tonight(e, at(dt.date(2024, 5, 9), 8, 0)) is None


# --- statistics -----------------------------------------------------------------------------


def brute_force_p(differences: list[float]) -> float:
    """Enumerate every sign pattern with plain floats and a tolerance for ties."""
    observed = abs(sum(differences) / len(differences))
    hits = 0
    patterns = list(itertools.product((1, -1), repeat=len(differences)))
    for signs in patterns:
        value = abs(sum(s * d for s, d in zip(signs, differences, strict=True)) / len(signs))
        if value >= observed - 1e-9:
            hits += 1
    return hits / len(patterns)


@pytest.mark.parametrize("seed", range(25))
def test_the_randomisation_p_equals_a_brute_force_enumeration(seed: int) -> None:
    rng = random.Random(seed)
    k = rng.randint(2, 10)
    # Quarter steps make exact ties (and zero differences) common.
    differences = [rng.randint(-12, 12) / 4 for _ in range(k)]
    assert ex.randomisation_p(differences) == pytest.approx(brute_force_p(differences), abs=0)


def test_the_randomisation_p_by_relabelling_the_nights() -> None:
    """Independent of the sign trick: swap A and B in every subset of pairs, recompute the
    result from the nights, and count the relabellings at least as extreme."""
    rng = random.Random(3)
    e = experiment(dt.date(2024, 1, 1), block=3, pairs=5, schedule=("AB", "BA", "BA", "AB", "AB"))
    nights = severities(e.start, [rng.randint(0, 10) for _ in range(30)])
    observed = ex.analyse(e, nights)
    assert observed.mean_difference is not None
    swap = {"AB": "BA", "BA": "AB"}
    extreme = 0
    for mask in range(2**5):
        schedule = tuple(swap[o] if mask >> i & 1 else o for i, o in enumerate(e.schedule))
        relabelled = ex.analyse(experiment(e.start, block=3, pairs=5, schedule=schedule), nights)
        assert relabelled.mean_difference is not None
        if abs(relabelled.mean_difference) >= abs(observed.mean_difference) - 1e-12:
            extreme += 1
    assert observed.p_value == extreme / 2**5


def test_randomisation_p_known_values_and_ties() -> None:
    assert ex.randomisation_p([1, 1, 1]) == 2 / 8  # only all-plus and all-minus reach 1
    assert ex.randomisation_p([1, 2, 3, 4, 5, 6]) == 2 / 64  # the smallest p of 6 pairs
    assert ex.randomisation_p([0, 0]) == 1.0
    # Sums of ±1 ±1 ±2: 2, -2, 4, 0, 0, -4, 2, -2; six reach |2| (ties included).
    assert ex.randomisation_p([1, -1, 2, 0]) == 6 / 8
    # Swapping the last two pairs of 0.2, 0.1, −0.1 gives exactly the observed sum (a tie,
    # counted): 0.2 + 0.1 − 0.1 = 0.2 − 0.1 + 0.1. Values are exact, so ties are exact.
    exact = [Fraction(2, 10), Fraction(1, 10), Fraction(-1, 10)]
    assert ex.randomisation_p(exact) == 6 / 8
    assert ex.randomisation_p([Fraction(1, 10), Fraction(2, 10), Fraction(-3, 10)]) == 1.0
    assert ex.min_possible_p(6) == 2 / 64
    assert ex.min_possible_p(4) == 0.125
    assert ex.min_possible_p(1) == 1.0
    with pytest.raises(ValueError, match="at least one pair"):
        ex.randomisation_p([])


# Student's t, 97.5 % quantiles, from printed tables (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2).
T_TABLE = {
    1: 12.706,
    2: 4.303,
    3: 3.182,
    4: 2.776,
    5: 2.571,
    6: 2.447,
    7: 2.365,
    8: 2.306,
    9: 2.262,
    10: 2.228,
    11: 2.201,
}


@pytest.mark.parametrize(("df", "value"), T_TABLE.items())
def test_the_t_quantile_matches_the_printed_table(df: int, value: float) -> None:
    assert round(ex.t_quantile(0.975, df), 3) == value


def test_the_t_interval_by_hand() -> None:
    # d = 1, 2, 3, 4: mean 2.5, sd √(5/3), se sd/2, t(3) 3.182 → 2.5 ± 2.054
    low, high = ex.t_interval([1, 2, 3, 4])
    half = 3.182446305284263 * math.sqrt(5 / 3) / 2
    assert low == pytest.approx(2.5 - half, abs=1e-9)
    assert high == pytest.approx(2.5 + half, abs=1e-9)
    assert (round(low, 3), round(high, 3)) == (0.446, 4.554)
    # Two pairs: t(1) = 12.706; d = 1, 3: mean 2, sd √2, se 1 → 2 ± 12.706
    low, high = ex.t_interval([1, 3])
    assert (round(low, 3), round(high, 3)) == (-10.706, 14.706)
    assert ex.t_interval([2, 2, 2]) == (2.0, 2.0)
    with pytest.raises(ValueError, match="two values"):
        ex.t_interval([1])


def test_fewer_than_two_complete_pairs_give_no_numbers() -> None:
    e = experiment(dt.date(2024, 5, 1), block=2, pairs=3)
    result = ex.analyse(e, severities(e.start, [4, 4, 2, 2]), finished=False)
    assert result.pairs_complete == 1
    assert result.pair_differences == (2.0,)
    assert (result.mean_difference, result.ci95, result.p_value) == (None, None, None)
    assert result.min_possible_p == 1.0
    assert "Not enough data" in result.message and "Keep recording" in result.message


def test_the_reading_never_claims_more_than_the_numbers() -> None:
    six = experiment(dt.date(2024, 5, 1), block=2, pairs=6)
    # Severity 2 points lower on every A night of six pairs: p = 2/64.
    values = [3, 3, 5, 5] * 6
    clear = ex.analyse(six, severities(six.start, values))
    assert clear.mean_difference == -2.0 and clear.p_value == 2 / 64
    assert "on average 2 points lower on “no caffeine after 12:00” nights" in clear.message
    assert "would be unlikely by chance (p = 0.031)" in clear.message
    assert "doctor" in clear.message

    mixed = ex.analyse(six, severities(six.start, [3, 3, 5, 5, 5, 5, 3, 3] * 3))
    assert mixed.p_value == 1.0
    assert "about the same" in mixed.message and "unlikely" not in mixed.message

    noisy_values = [3, 3, 5, 5, 5, 5, 4, 4, 3, 3, 5, 5, 6, 6, 5, 5, 2, 2, 5, 5, 5, 5, 4, 4]
    noisy = ex.analyse(six, severities(six.start, noisy_values))
    assert noisy.p_value is not None and noisy.p_value >= 0.05
    assert "could arise by chance" in noisy.message
    assert "does not show that" in noisy.message

    four = experiment(dt.date(2024, 5, 1), block=2, pairs=4)
    small = ex.analyse(four, severities(four.start, [3, 3, 5, 5] * 4))
    assert small.p_value == small.min_possible_p == 0.125
    assert "cannot show a difference below p = 0.125" in small.message
    assert "unlikely" not in small.message
    for result in (clear, mixed, noisy, small):
        for word in ("prove", "caused", "significant", "works"):
            assert word not in result.message.lower()


def test_the_interval_in_words_keeps_its_sign() -> None:
    e = experiment(dt.date(2024, 5, 1), block=2, pairs=2)
    message = ex.reading(e, 6, 0.92, (-0.03, 1.86), 0.062, 0.031)
    assert "−0.03 to +1.86 points" in message
    assert ex.format_p(0.0498) == "0.0498"
    assert ex.format_p(0.25) == "0.25"
    assert ex.format_p(0.125) == "0.125"
    assert ex.format_p(2 / 64) == "0.031"
    assert ex.format_p(1.0) == "1"


def test_outcome_values() -> None:
    night = Night(
        dt.date(2024, 5, 2),
        timezone="Europe/Berlin",
        bedtime=T(22),
        lights_out=T(23),
        sleep_latency_min=30,
        wake_after_sleep_onset_min=30,
        final_wake=T(6),
        out_of_bed=T(7),
        sleep_quality=3,
        rls_severity=6,
        rls_onset=T(21, 30),
    )
    assert ex.outcome_value(night, "rls_severity") == 6
    assert ex.outcome_value(night, "sleep_quality") == 3
    assert ex.outcome_value(night, "total_sleep_min") == 360
    assert ex.outcome_value(night, "sleep_efficiency_pct") == Fraction(360 * 100, 540)
    assert ex.outcome_value(night, "rls_onset_min") == -150
    with pytest.raises(ex.ExperimentError, match="unknown outcome"):
        ex.outcome_value(night, "mood")


def test_json_shapes() -> None:
    e = experiment(dt.date(2024, 5, 1), block=2, pairs=2, schedule=("BA", "AB"))
    status = ex.status_json(e, at(dt.date(2024, 5, 1), 6))
    assert list(status) == [
        "id", "factor", "outcome", "start", "end", "block_nights", "pairs",
        "washout_nights", "schedule", "tonight",
    ]  # fmt: skip
    assert status["end"] == "2024-05-08" and status["tonight"] == "B"
    assert status["schedule"] == ["BA", "AB"]
    result = ex.result_json(ex.analyse(e, severities(e.start, [2, 2, 4, 4, 5, 5, 2, 2])))
    assert list(result) == [
        "id", "factor", "outcome", "pairs_complete", "nights_a", "nights_b",
        "pair_differences", "mean_difference", "ci95", "p_value", "min_possible_p", "message",
    ]  # fmt: skip
    assert result["pair_differences"] == [2.0, 3.0]
    assert result["mean_difference"] == 2.5
    assert result["p_value"] == 0.5 == result["min_possible_p"]
    assert isinstance(result["ci95"], list) and len(result["ci95"]) == 2


# --- refusals and the service ---------------------------------------------------------------

NOW = at(dt.date(2024, 6, 10), 21)  # the next night is the one to 06-11


def test_start_defaults_and_a_second_concurrent_experiment_is_refused(diary: Diary) -> None:
    first = service.start_experiment(diary, "no caffeine after 12:00", "rls_severity", now=NOW)
    assert (first.id, first.start, first.block_nights, first.pairs, first.washout_nights) == (
        1,
        dt.date(2024, 6, 11),
        4,
        6,
        0,
    )
    assert first.schedule == ex.make_schedule(first.seed, 6)
    assert service.current_experiment(diary, NOW) == first
    with pytest.raises(ex.ExperimentError, match="one experiment runs at a time"):
        service.start_experiment(diary, "no evening alcohol", "sleep_quality", now=NOW)
    # Later on, while it runs, still refused; nothing was stored.
    with pytest.raises(ex.ExperimentError, match="running until 2024-07-28"):
        service.start_experiment(
            diary,
            "walk",
            "sleep_quality",
            start=dt.date(2024, 9, 1),
            now=NOW + dt.timedelta(days=5),
        )
    assert len(service.experiments(diary)) == 1


def test_overlapping_dates_are_refused_even_before_either_runs(diary: Diary) -> None:
    later = service.start_experiment(
        diary, "walk", "sleep_quality", start=dt.date(2024, 8, 1), pairs=2, now=NOW, seed=1
    )
    with pytest.raises(ex.ExperimentError, match="overlap experiment 1"):
        service.start_experiment(
            diary, "stockings", "rls_severity", start=dt.date(2024, 7, 20), now=NOW, seed=2
        )
    # One that ends before the planned one begins is fine (16 nights: 07-01 to 07-16).
    early = service.start_experiment(
        diary, "stockings", "rls_severity", start=dt.date(2024, 7, 1), pairs=2, now=NOW, seed=3
    )
    assert (early.id, ex.end_date(early)) == (2, dt.date(2024, 7, 16))
    assert ex.end_date(later) == dt.date(2024, 8, 16)


def test_unknown_outcomes_bad_designs_and_past_starts_are_refused(diary: Diary) -> None:
    with pytest.raises(ex.ExperimentError, match="unknown outcome 'mood'"):
        service.start_experiment(diary, "walk", "mood", now=NOW)
    with pytest.raises(ex.ExperimentError, match="pairs must be 2–12"):
        service.start_experiment(diary, "walk", "rls_severity", pairs=20, now=NOW)
    with pytest.raises(ex.ExperimentError, match="has already begun or passed"):
        service.start_experiment(diary, "walk", "rls_severity", start=NOW.date(), now=NOW)
    assert service.experiments(diary) == []


def test_a_read_only_diary_cannot_start(diary: Diary, data_dir: Path) -> None:
    with (
        Diary.open_reader(data_dir, "Europe/Berlin") as reader,
        pytest.raises(Exception, match="read-only"),
    ):
        service.start_experiment(reader, "walk", "rls_severity", now=NOW)


def test_stop_keeps_the_data_and_allows_a_new_experiment(diary: Diary) -> None:
    e = service.start_experiment(
        diary, "no caffeine after 12:00", "rls_severity", block_nights=2, pairs=4, seed=5, now=NOW
    )
    for i, value in enumerate([4, 4, 2, 2, 5, 5, 1, 1, 3]):
        diary.save_night(Night(e.start + dt.timedelta(days=i), rls_severity=value, bedtime=T(23)))
    stop_time = at(e.start + dt.timedelta(days=8), 9)  # after the 9th night, before the 10th
    stopped = service.stop_experiment(diary, stop_time)
    assert stopped.stopped == stop_time.date()
    assert service.current_experiment(diary, stop_time) is None
    assert service.experiment_status(diary, stop_time) is None
    result = service.experiment_result(diary, now=stop_time)
    assert result.experiment == stopped
    assert len(result.nights) == 9
    assert result.pairs_complete == 2
    with pytest.raises(ex.ExperimentError, match="no experiment is running"):
        service.stop_experiment(diary, stop_time)
    again = service.start_experiment(diary, "walk", "sleep_quality", seed=1, now=stop_time)
    assert again.id == 2 and again.start == stop_time.date() + dt.timedelta(days=1)
    assert service.experiment_result(diary, 1, stop_time).experiment == stopped
    with pytest.raises(ex.ExperimentError, match="no experiment 9"):
        service.experiment_result(diary, 9, stop_time)


def test_stopping_a_planned_experiment_cancels_it(diary: Diary) -> None:
    e = service.start_experiment(
        diary, "walk", "rls_severity", start=dt.date(2024, 7, 1), seed=1, now=NOW
    )
    stopped = service.stop_experiment(diary, NOW)
    assert stopped.stopped == NOW.date() and ex.last_night(stopped) is None
    assert ex.blocks(stopped) == []
    assert service.start_experiment(diary, "x", "rls_severity", start=e.start, now=NOW).id == 2


def test_tonight_status_adherence_and_blocks(diary: Diary) -> None:
    e = service.start_experiment(
        diary, "no evening alcohol", "sleep_quality", block_nights=2, pairs=2, seed=7, now=NOW
    )
    tonight = service.tonight(diary, NOW)
    assert tonight is not None
    assert tonight.condition == e.schedule[0][0] and tonight.entry == e.start
    assert "pair 1 of 2, night 1 of 2" in tonight.text
    status = service.experiment_status(diary, NOW)
    assert status is not None and status["tonight"] == e.schedule[0][0]
    assert service.tonight(diary, NOW - dt.timedelta(hours=14)) is not None  # 07:00: upcoming
    assert service.tonight(diary, NOW - dt.timedelta(hours=14)).condition is None  # type: ignore[union-attr]

    saved = service.set_adherence(diary, e.start, False)
    assert saved.experiment_adherence is False and not saved.is_recorded
    assert diary.night(e.start) == saved
    diary.save_night(saved.replace(sleep_quality=4))
    assert service.set_adherence(diary, e.start, None).sleep_quality == 4

    found = service.condition_on(diary, e.start + dt.timedelta(days=2))
    assert found is not None and found[1].pair == 0 and found[1].block == 1
    blocks = service.experiment_blocks(diary)
    assert [(b.first, b.last) for _, b in blocks] == [
        (e.start + dt.timedelta(days=i), e.start + dt.timedelta(days=i + 1)) for i in (0, 2, 4, 6)
    ]
    assert [b.condition for _, b in blocks] == [c for order in e.schedule for c in order]
    window = service.experiment_blocks(
        diary, e.start + dt.timedelta(days=3), e.start + dt.timedelta(days=4)
    )
    assert len(window) == 2


# --- JSON export and import -----------------------------------------------------------------


def test_experiments_and_adherence_round_trip_through_json(diary: Diary, tmp_path: Path) -> None:
    first = service.start_experiment(
        diary, "no caffeine after 12:00", "rls_severity", block_nights=2, pairs=2, seed=3, now=NOW
    )
    for i, (value, followed) in enumerate([(4, True), (4, None), (2, False), (2, True)]):
        diary.save_night(
            Night(
                first.start + dt.timedelta(days=i),
                rls_severity=value,
                experiment_adherence=followed,
            )
        )
    service.stop_experiment(diary, at(first.start + dt.timedelta(days=3), 9))
    second = service.start_experiment(
        diary, "30-minute evening walk", "total_sleep_min", washout_nights=1, seed=9,
        now=at(first.start + dt.timedelta(days=3), 9),
    )  # fmt: skip
    text, _ = export_text(diary, "json")
    assert '"experiment_adherence": false' in text and '"stopped": "2024-06-14"' in text
    csv_text, _ = export_text(diary, "csv")
    assert "experiment" not in csv_text.splitlines()[0]

    path = tmp_path / "export.json"
    path.write_text(text, encoding="utf-8")
    with Diary.open_writer(tmp_path / "other", "UTC", "tests") as other:
        plan = plan_import(other, path)
        assert plan.report.ok, plan.report.problems
        apply_import(other, plan)
        assert service.experiments(other) == service.experiments(diary)
        assert {e.id for e in service.experiments(other)} == {first.id, second.id}
        assert [n.experiment_adherence for n in other.nights()] == [True, None, False, True]
        assert export_text(other, "json")[0] == text  # byte-identical
        again = plan_import(other, path)
        assert again.report.ok and again.report.changes == 0  # re-import changes nothing


def test_an_imported_experiment_that_overlaps_is_refused(diary: Diary, tmp_path: Path) -> None:
    service.start_experiment(diary, "walk", "rls_severity", seed=1, now=NOW)
    text, _ = export_text(diary, "json")
    path = tmp_path / "clash.json"
    path.write_text(text.replace('"id": 1', '"id": 2').replace('"walk"', '"stockings"'), "utf-8")
    plan = plan_import(diary, path)
    assert not plan.report.ok
    assert "experiments[0].start: experiment 2 overlaps the nights of experiment 1" in str(
        plan.report.problems[0]
    )
