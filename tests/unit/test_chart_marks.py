"""What the time axis marks, prepared without Qt: tracked sleep by source (never mixed into
total sleep), the A/B blocks of experiments, and the insights' augmentation and iron flags."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from pathlib import Path

import numpy as np
import pytest
from samples import slept_night

from rls_diary.domain.experiments import blocks, new_experiment
from rls_diary.domain.night import Night
from rls_diary.domain.records import Lab, Medication
from rls_diary.services.diary import Diary
from rls_diary.services.importing import apply_import, plan_import
from rls_diary.services.insights import SECTIONS, compute_insights, diary_insights_report
from rls_diary.ui.charts.series import (
    SECONDS_PER_DAY,
    Band,
    block_band,
    build_chart_data,
    build_table,
    date_x,
    experiment_lane,
    has_insight_row,
    insight_marks,
    source_label,
    tracked_key,
    tracked_sources,
)

ZONE = "Europe/Berlin"
FIRST = dt.date(2024, 3, 1)
DATA = Path(__file__).resolve().parent.parent / "data"
HALF_DAY = SECONDS_PER_DAY / 2


def day(offset: int) -> dt.date:
    return FIRST + dt.timedelta(days=offset)


def slept(offset: int, **values: object) -> Night:
    """23:00 → 07:00 with 30 min latency: 450 min of total sleep by the diary's rules."""
    return slept_night(day(offset), ZONE, **values)


# --- tracked sleep ----------------------------------------------------------------------------


def test_tracked_sleep_gets_a_column_per_source_and_total_sleep_stays_the_diarys() -> None:
    nights = [
        slept(0, tracked_sleep_min=400, source="Sleep as Android"),
        slept(1),
        slept(2, tracked_sleep_min=380, source="Fitbit"),
        Night(day(4), timezone=ZONE, tracked_sleep_min=300),  # no source recorded
        slept(5, tracked_sleep_min=410, source="Sleep as Android"),
    ]
    table = build_table(nights, ZONE)
    assert tracked_sources(nights) == ("Sleep as Android", "Fitbit", "")
    saa = table[tracked_key("Sleep as Android")]
    np.testing.assert_array_equal(saa, [400, np.nan, np.nan, np.nan, np.nan, 410])
    np.testing.assert_array_equal(
        table[tracked_key("Fitbit")], [np.nan, np.nan, 380, np.nan, np.nan, np.nan]
    )
    assert table[tracked_key("")][4] == 300
    # total sleep is the diary's own (450 min), never the device's; day 4 has no TST
    np.testing.assert_array_equal(table["total_sleep_min"], [450, 450, 450, np.nan, np.nan, 450])
    assert source_label("") == "another app or device"
    assert source_label("Fitbit") == "Fitbit"
    # the per-source columns are sliced with the rest
    window = table.window(day(2), day(5))
    np.testing.assert_array_equal(window[tracked_key("Fitbit")], [380, np.nan, np.nan, np.nan])


def test_chart_data_names_the_sources_in_order_of_their_first_night() -> None:
    nights = [
        slept(3, tracked_sleep_min=400, source="Fitbit"),
        slept(1, tracked_sleep_min=390, source="Plees Tracker"),
    ]
    data = build_chart_data(nights, [], [], [], ZONE)
    assert data.tracked_sources == ("Plees Tracker", "Fitbit")
    assert build_chart_data([slept(0)], [], [], [], ZONE).tracked_sources == ()


# --- experiment blocks ------------------------------------------------------------------------


def test_experiment_blocks_become_labelled_bands_with_their_washout() -> None:
    experiment = new_experiment(
        1, "no coffee after 12:00", "rls_severity", day(10), block_nights=4, pairs=2,
        washout_nights=1, seed=3,
    )  # fmt: skip
    found = [(experiment, block) for block in blocks(experiment)]
    lane = experiment_lane(found)
    assert lane is not None and lane.role == "experiment"
    expected = []
    for index, order in enumerate("".join(experiment.schedule)):
        first = day(10 + 4 * index)
        text = "A: no coffee after 12:00" if order == "A" else "B: as usual"
        expected.append((first, first + dt.timedelta(days=3), text, order, order, first))
    got = [(b.start, b.end, b.text, b.kind, b.short, b.washout_end) for b in lane.bands]
    assert got == expected
    band = lane.bands[0]
    # centred on the nights' points: half a day either side
    assert band.nights_x_range == (date_x(day(10)) - HALF_DAY, date_x(day(13)) + HALF_DAY)
    assert band.washout_x_range == (date_x(day(10)) - HALF_DAY, date_x(day(10)) + HALF_DAY)
    assert experiment_lane([]) is None


def test_a_stopped_experiment_shades_only_its_nights() -> None:
    experiment = new_experiment(
        2, "evening walk", "sleep_quality", day(0), block_nights=3, pairs=2, seed=1
    )
    stopped = dataclasses.replace(experiment, stopped=day(4))
    band_list = [block_band(stopped, block) for block in blocks(stopped)]
    assert [(b.start, b.end) for b in band_list] == [(day(0), day(2)), (day(3), day(4))]
    assert all(b.washout_end is None and b.washout_x_range is None for b in band_list)


# --- insights' flags --------------------------------------------------------------------------


@pytest.fixture
def course(diary: Diary) -> Diary:
    plan = plan_import(diary, DATA / "augmentation_course.json")
    assert plan.report.ok, plan.report.problems
    apply_import(diary, plan)
    return diary


def test_flags_are_the_augmentation_and_iron_findings_of_the_insights(course: Diary) -> None:
    today = dt.date(2025, 8, 25)  # more than 12 months after the last iron test
    marks = insight_marks(course.nights(), course.contents(), today, ZONE)
    report = diary_insights_report(course, today)
    # the same findings as insights --json, dated as there
    assert list(zip(marks.kinds, marks.x, strict=True)) == [
        ("iron_iv_band", date_x(dt.date(2024, 2, 20))),
        ("paradoxical_response", date_x(dt.date(2024, 7, 16))),  # a period: its first night
        ("iron_low", date_x(dt.date(2024, 8, 20))),
        ("possible_augmentation", date_x(dt.date(2024, 9, 17))),
    ]
    assert "iron_test_overdue" in [f["kind"] for f in report["iron"]]  # dated today: not marked
    messages = {f["kind"]: f["message"] for s in ("augmentation", "iron") for f in report[s]}
    assert list(marks.messages) == [messages[kind] for kind in marks.kinds]
    assert marks.symbols == ("h", "star", "h", "star")
    assert [(b.start, b.end, b.text) for b in marks.periods] == [
        (dt.date(2024, 7, 16), dt.date(2024, 7, 29), "worse after a dose increase"),
        (dt.date(2024, 9, 17), dt.date(2024, 9, 30), "possible augmentation"),
    ]


def test_a_stable_course_has_no_flags(diary: Diary) -> None:
    plan = plan_import(diary, DATA / "stable_course.json")
    apply_import(diary, plan)
    marks = insight_marks(diary.nights(), diary.contents(), dt.date(2024, 10, 1), ZONE)
    assert not {"possible_augmentation", "paradoxical_response"} & set(marks.kinds)
    assert marks.periods == ()


def test_the_row_for_flags_needs_a_test_or_a_dopaminergic_course() -> None:
    agonist = Medication("ropinirole", "dopamine_agonist", day(0), 1, "mg")
    gabapentin = Medication("gabapentin", "alpha2delta", day(0), 300, "mg")
    assert not has_insight_row([], [])
    assert not has_insight_row([gabapentin], [])
    assert has_insight_row([agonist], [])
    assert has_insight_row([gabapentin], [Lab(day(3), ferritin_ng_ml=40)])


def test_insights_can_be_limited_to_some_sections(course: Diary) -> None:
    nights, contents, today = course.nights(), course.contents(), dt.date(2024, 10, 1)
    everything = compute_insights(nights, contents, today, ZONE)
    some = compute_insights(nights, contents, today, ZONE, sections=("iron", "augmentation"))
    assert tuple(everything) == SECTIONS
    assert tuple(some) == ("augmentation", "iron")  # in report order
    assert some["iron"] == everything["iron"]
    assert some["augmentation"] == everything["augmentation"]
    with pytest.raises(ValueError, match="unknown insight sections: mood"):
        compute_insights(nights, contents, today, ZONE, sections=("mood",))


def test_bands_keep_their_old_x_range() -> None:
    band = Band(day(0), day(2), "pramipexole", "dopamine_agonist")
    assert band.x_range == (date_x(day(0)), date_x(day(3)))
    assert band.washout_x_range is None
    assert not math.isnan(band.nights_x_range[0])
