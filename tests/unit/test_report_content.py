"""The PDF summary's content model (no Qt): period and previous period, late entries,
median and IQR with n, blanks never 0, notes only when asked, medications, labs, IRLS."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from rls_diary.domain.demo import generate
from rls_diary.domain.night import Night
from rls_diary.domain.records import Assessment, Lab, Medication, Question
from rls_diary.domain.statistics import Summary
from rls_diary.report import content as rc
from rls_diary.services.diary import Contents

ZONE = "Europe/Berlin"
D = dt.date
ONE_DAY = dt.timedelta(days=1)


def contents(**fields: object) -> Contents:
    base: dict[str, object] = {
        "medications": [],
        "labs": [],
        "assessments": [],
        "conditions": [],
        "questions": [],
        "experiments": [],
        "settings": {},
    }
    base.update(fields)
    return Contents(**base)  # type: ignore[arg-type]


def build(nights: list[Night], period: rc.Period, **kwargs: object) -> rc.ReportContent:
    stored = kwargs.pop("contents", None) or contents()
    return rc.build_content(
        nights,
        stored,  # type: ignore[arg-type]
        period,
        ZONE,
        generated=period.end,
        **kwargs,  # type: ignore[arg-type]
    )


def row(report: rc.ReportContent, name: str) -> rc.MetricRow:
    return next(r for r in report.metrics if r.metric.name == name)


def test_the_content_model_imports_no_qt() -> None:
    script = (
        "import sys, rls_diary.report.content; "
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_default_period_is_the_last_28_nights_and_the_previous_one_as_long() -> None:
    period = rc.default_period(D(2024, 3, 31))
    assert (period.start, period.end, period.nights) == (D(2024, 3, 4), D(2024, 3, 31), 28)
    before = period.previous()
    assert (before.start, before.end, before.nights) == (D(2024, 2, 5), D(2024, 3, 3), 28)
    assert rc.default_period(D(2024, 3, 31), end=D(2024, 1, 28)).start == D(2024, 1, 1)
    assert rc.default_period(D(2024, 3, 31), start=D(2024, 3, 1)).end == D(2024, 3, 31)
    assert rc.default_period(None, today=D(2024, 5, 1)).end == D(2024, 5, 1)
    with pytest.raises(ValueError, match=r"starts .* after it ends"):
        rc.Period(D(2024, 3, 2), D(2024, 3, 1))


def test_entered_late_is_more_than_a_day_after_the_morning_in_the_nights_zone() -> None:
    day = D(2024, 3, 10)

    def entered(stamp: str | None) -> Night:
        at = None if stamp is None else dt.datetime.fromisoformat(stamp)
        return Night(day, timezone=ZONE, rls_severity=2, entered_at=at)

    assert not rc.entered_late(entered("2024-03-10T06:00:00+00:00"), ZONE)
    # 23:59 on D + 1 in Berlin is still on time; 00:30 on D + 2 in Berlin is late, although
    # it is still D + 1 in UTC.
    assert not rc.entered_late(entered("2024-03-11T22:59:00+00:00"), ZONE)
    assert rc.entered_late(entered("2024-03-11T23:30:00+00:00"), ZONE)
    assert rc.entered_late(entered("2024-04-01T08:00:00+00:00"), ZONE)
    assert not rc.entered_late(entered(None), ZONE)  # imported: unknown is never late


def test_counts_of_recorded_and_late_nights() -> None:
    period = rc.Period(D(2024, 3, 1), D(2024, 3, 7))
    late = dt.datetime(2024, 3, 9, 12, 0, tzinfo=dt.UTC)
    nights = [
        Night(D(2024, 3, 1), timezone=ZONE, rls_severity=3, entered_at=late),  # late
        Night(D(2024, 3, 2), timezone=ZONE, rls_severity=3, entered_at=None),  # unknown
        Night(D(2024, 3, 3), timezone=ZONE, notes="only a note"),  # not recorded
        Night(D(2024, 3, 4), timezone=ZONE, rls_onset=dt.time(22, 0)),  # onset alone
        Night(D(2024, 3, 5), timezone=ZONE, sleep_quality=4),
        Night(D(2024, 2, 20), timezone=ZONE, rls_severity=3, entered_at=late),  # before
    ]
    report = build(nights, period)
    assert report.nights_in_period == 7
    assert report.nights_recorded == 3
    assert report.nights_late == 1


def test_summary_compares_with_the_previous_period_using_median_iqr_and_n() -> None:
    period = rc.Period(D(2024, 3, 8), D(2024, 3, 14))
    now = [2, 4, 6, 8, 10]  # median 6, p25 4, p75 8
    before = [1, 1, 2, 3, 3]  # median 2, p25 1, p75 3
    nights = [
        Night(D(2024, 3, 8) + i * ONE_DAY, timezone=ZONE, rls_severity=v) for i, v in enumerate(now)
    ] + [
        Night(D(2024, 3, 1) + i * ONE_DAY, timezone=ZONE, rls_severity=v)
        for i, v in enumerate(before)
    ]
    report = build(nights, period)
    assert report.previous == rc.Period(D(2024, 3, 1), D(2024, 3, 7))
    severity = row(report, "rls_severity")
    current, previous = severity.current, severity.previous
    assert (current.n, current.median, current.p25, current.p75) == (5, 6.0, 4.0, 8.0)
    assert (previous.n, previous.median, previous.p25, previous.p75) == (5, 2.0, 1.0, 3.0)
    assert rc.summary_text(severity.metric, current) == ("6", "4 – 8", "5")
    assert severity.change.difference == 4.0
    assert rc.delta_text(severity.metric, severity.change.difference) == "+4"


def test_interquartile_range_interpolates_linearly() -> None:
    period = rc.Period(D(2024, 3, 1), D(2024, 3, 4))
    nights = [
        Night(D(2024, 3, 1) + i * ONE_DAY, timezone=ZONE, times_up_to_move=v)
        for i, v in enumerate([1, 2, 4, 10])
    ]
    stats = row(build(nights, period), "times_up_to_move").current
    # numpy's linear method: positions 0.75 and 2.25 of the sorted values.
    assert (stats.p25, stats.median, stats.p75) == (1.75, 3.0, 5.5)


def test_blanks_are_left_out_never_counted_as_zero() -> None:
    period = rc.Period(D(2024, 3, 1), D(2024, 3, 4))
    nights = [
        Night(D(2024, 3, 1), timezone=ZONE, rls_severity=6),
        Night(D(2024, 3, 2), timezone=ZONE, rls_severity=None, sleep_quality=3),
        Night(D(2024, 3, 3), timezone=ZONE, rls_severity=8),
    ]
    report = build(nights, period)
    severity = row(report, "rls_severity")
    assert severity.current.n == 2
    assert severity.current.median == 7.0
    assert [d.severity for d in report.days] == [6.0, None, 8.0]
    # Nothing at all in the previous period: dashes and n = 0, never a 0 value.
    assert severity.previous == Summary(n=0)
    assert rc.summary_text(severity.metric, severity.previous) == ("–", "–", "0")
    assert rc.change_cells(severity) == ("–", "")
    # A sleep time needs every input: blank here, not 0 minutes.
    assert row(report, "total_sleep_min").current.n == 0


def test_sleep_metrics_and_the_onset_as_a_clock_time() -> None:
    period = rc.Period(D(2024, 3, 1), D(2024, 3, 2))
    common = {
        "timezone": ZONE,
        "bedtime": dt.time(22, 30),
        "lights_out": dt.time(23, 0),
        "sleep_latency_min": 30,
        "wake_after_sleep_onset_min": 30,
        "final_wake": dt.time(7, 0),
        "out_of_bed": dt.time(7, 30),
    }
    nights = [
        Night(D(2024, 3, 1), rls_onset=dt.time(21, 30), **common),  # type: ignore[arg-type]
        Night(D(2024, 3, 2), rls_onset=dt.time(23, 30), **common),  # type: ignore[arg-type]
    ]
    report = build(nights, period)
    tst = row(report, "total_sleep_min")
    assert tst.current.median == 420.0  # 8 h window − 30 − 30
    assert rc.summary_text(tst.metric, tst.current)[0] == "7:00"
    se = row(report, "sleep_efficiency_pct")
    assert se.current.median == pytest.approx(420 / 540 * 100)
    onset = row(report, "rls_onset_min")
    assert onset.current.median == -90.0  # between 21:30 (−150) and 23:30 (−30)
    assert rc.summary_text(onset.metric, onset.current) == ("22:30", "22:00 – 23:00", "2")


METRIC = {m.name: m for m in rc.METRICS}


def test_changes_read_in_the_measures_unit() -> None:
    metric = METRIC
    assert rc.delta_text(metric["rls_onset_min"], -300 - -150) == "2:30 earlier"
    assert rc.delta_text(metric["rls_onset_min"], -100 - -150) == "0:50 later"
    assert rc.delta_text(metric["total_sleep_min"], 400 - 430) == "−0:30"
    assert rc.delta_text(metric["times_up_to_move"], 4 - 3.5) == "+0.5"
    assert rc.delta_text(metric["sleep_latency_min"], 30 - 30) == "0 min"
    assert rc.delta_text(metric["sleep_efficiency_pct"], 80 - 85) == "−5 %"


def test_the_change_needs_ten_values_a_side_and_then_comes_with_its_interval() -> None:
    severity = METRIC["rls_severity"]
    blanks = [None] * 30  # blanks are no values: never counted, never 0
    few = rc.compared(severity, [7.0] * 9 + blanks, [2.0, 3.0] * 10)
    assert few.change.difference == 4.5  # 7 − 2.5: known, but not printed without an interval
    assert rc.change_cells(few) == ("–", "too few nights")
    enough = rc.compared(severity, [7.0, 8.0] * 5 + blanks, [2.0, 3.0] * 5)
    assert (enough.current.n, enough.previous.n) == (10, 10)
    change, interval = rc.change_cells(enough)
    assert change == "+5"
    low, high = enough.change.ci95 or (0.0, 0.0)
    assert low <= 5.0 <= high and low >= 4.0 and high <= 6.0  # medians of 7–8 minus 2–3
    assert interval == f"+{rc.number(low)} to +{rc.number(high)}"
    empty = rc.compared(severity, [5.0] * 12, blanks)
    assert rc.change_cells(empty) == ("–", "")


def test_the_change_is_the_same_whatever_the_run() -> None:
    sleep = METRIC["total_sleep_min"]
    values = [float(v) for v in range(380, 440, 3)]
    first = rc.compared(sleep, values, [v + 25 for v in values])
    again = rc.compared(sleep, values, [v + 25 for v in values])
    assert first.change == again.change  # seeded: a report reads the same each time


def test_intervals_read_in_the_measures_unit() -> None:
    assert rc.interval_text(METRIC["total_sleep_min"], -104.2, -34.0) == "−1:44 to −0:34"
    assert rc.interval_text(METRIC["sleep_efficiency_pct"], -22.0, 3.0) == "−22 % to +3 %"
    assert rc.interval_text(METRIC["sleep_latency_min"], 17.0, 36.0) == "+17 min to +36 min"
    assert rc.interval_text(METRIC["rls_severity"], 3.0, 5.5) == "+3 to +5.5"
    onset = METRIC["rls_onset_min"]
    assert rc.interval_text(onset, -323.0, -212.0) == "3:32–5:23 earlier"
    assert rc.interval_text(onset, 20.0, 70.0) == "0:20–1:10 later"
    assert rc.interval_text(onset, -50.0, 10.0) == "0:50 earlier to 0:10 later"
    assert rc.interval_text(onset, -50.0, 0.2) == "0:50 earlier to same"


def test_notes_are_left_out_unless_asked_for() -> None:
    period = rc.Period(D(2024, 3, 1), D(2024, 3, 2))
    nights = [
        Night(D(2024, 3, 1), timezone=ZONE, rls_severity=2, notes="secret note"),
        Night(D(2024, 2, 1), timezone=ZONE, rls_severity=2, notes="outside the period"),
    ]
    assert build(nights, period).notes == ()
    with_notes = build(nights, period, include_notes=True)
    assert with_notes.notes == (rc.Note(D(2024, 3, 1), "secret note"),)


def test_patient_name_only_when_given() -> None:
    period = rc.Period(D(2024, 3, 1), D(2024, 3, 2))
    assert build([], period).patient_name is None
    assert build([], period, patient_name="   ").patient_name is None
    assert build([], period, patient_name=" Ada L. ").patient_name == "Ada L."


def test_tracked_sleep_is_its_own_row_labelled_by_source() -> None:
    period = rc.Period(D(2024, 3, 1), D(2024, 3, 3))
    nights = [
        Night(D(2024, 3, 1), timezone=ZONE, tracked_sleep_min=400, source="Sleep as Android"),
        Night(D(2024, 3, 2), timezone=ZONE, tracked_sleep_min=440, source="Sleep as Android"),
    ]
    report = build(nights, period)
    assert report.tracked is not None
    assert report.tracked.metric.label == "Tracked sleep, Sleep as Android (h:mm)"
    assert report.tracked.current.median == 420.0
    assert row(report, "total_sleep_min").current.n == 0  # never mixed into TST
    assert [d.tracked_sleep_min for d in report.days] == [400.0, 440.0]
    assert build([Night(D(2024, 3, 1), rls_severity=1)], period).tracked is None


def test_medications_taken_in_the_period_and_their_changes() -> None:
    period = rc.Period(D(2024, 3, 1), D(2024, 3, 31))
    courses = [
        Medication(
            "Pramipexole", "dopamine_agonist", D(2024, 1, 1), 0.125, "mg", stop=D(2024, 3, 9)
        ),
        Medication("Pramipexole", "dopamine_agonist", D(2024, 3, 10), 0.25, "mg"),
        Medication("Gabapentin", "alpha2delta", D(2023, 1, 1), 300, "mg", stop=D(2023, 6, 1)),
        Medication("Iron", "iron_iv", D(2024, 4, 2), 1000, "mg"),  # after the period
    ]
    report = build([], period, contents=contents(medications=courses))
    assert [(m.name, m.dose_text, m.stop) for m in report.medications] == [
        ("Pramipexole", "0.125 mg", D(2024, 3, 9)),
        ("Pramipexole", "0.25 mg", None),
    ]
    # The new dose is taken from the evening of 2024-03-10: the first night is 2024-03-11.
    assert report.medication_events == (
        rc.MedicationEvent(D(2024, 3, 11), "Pramipexole 0.125 → 0.25 mg"),
    )


def test_latest_iron_result_and_irls_as_of_the_period_end() -> None:
    period = rc.Period(D(2024, 3, 1), D(2024, 3, 31))
    labs = [
        Lab(D(2023, 6, 1), ferritin_ng_ml=40.0, tsat_pct=15.0),
        Lab(D(2024, 2, 1), ferritin_ng_ml=90.0),
        Lab(D(2024, 2, 15), hemoglobin_g_dl=13.0),  # no iron figure
        Lab(D(2024, 5, 1), ferritin_ng_ml=150.0),  # after the period
    ]
    scores = [Assessment(D(2024, 1, 1), 24), Assessment(D(2024, 3, 20), 12)]
    report = build([], period, contents=contents(labs=labs, assessments=scores))
    assert [lab.date for lab in report.labs] == [D(2023, 6, 1), D(2024, 2, 1)]
    assert report.latest_lab is not None and report.latest_lab.ferritin_ng_ml == 90.0
    assert report.irls == rc.Irls(D(2024, 3, 20), 12, "moderate", D(2024, 1, 1), 24)
    # Ferritin 90 ng/mL is in the band where IV iron is sometimes considered.
    assert [f.kind for f in report.section("iron")] == ["iron_iv_band"]
    assert report.attention[0].kind == "iron_iv_band"


def test_open_questions_in_the_order_written() -> None:
    period = rc.Period(D(2024, 3, 1), D(2024, 3, 2))
    questions = [
        Question("Second?", D(2024, 2, 2)),
        Question("Done already", D(2024, 1, 1), done=True),
        Question("First?", D(2024, 1, 5)),
    ]
    report = build([], period, contents=contents(questions=questions))
    assert report.questions == ("First?", "Second?")


def test_chart_bins_group_calendar_nights() -> None:
    days = [rc.Day(D(2024, 3, 1) + i * ONE_DAY, severity=float(i)) for i in (0, 1, 8, 20)]
    groups = rc.binned(days, 7)
    assert [(first, last, [d.severity for d in g]) for first, last, g in groups] == [
        (D(2024, 3, 1), D(2024, 3, 7), [0.0, 1.0]),
        (D(2024, 3, 8), D(2024, 3, 14), [8.0]),
        (D(2024, 3, 15), D(2024, 3, 21), [20.0]),
    ]


def test_findings_for_a_doctor_from_an_augmenting_course() -> None:
    end = D(2024, 6, 30)
    sample = generate(240, 1, end, "UTC", "augmentation")
    stored = contents(
        medications=sample.medications, labs=sample.labs, assessments=sample.assessments
    )
    report = rc.build_content(sample.nights, stored, rc.default_period(end), "UTC", generated=end)
    flagged = {f.kind: f for f in report.section("augmentation")}
    assert "possible_augmentation" in flagged
    assert flagged["possible_augmentation"] in report.attention
    assert "do not raise the dose yourself" in flagged["possible_augmentation"].message
    lifestyle = report.section("lifestyle")
    assert 1 <= len(lifestyle) <= rc.MAX_LIFESTYLE
    assert all("exploratory" in f.message and "not proof of cause" in f.message for f in lifestyle)
    assert report.lifestyle_window == rc.Period(end - 364 * ONE_DAY, end)
    # A report of an earlier period knows nothing of what came after it.
    early = rc.Period(sample.nights[0].date + 60 * ONE_DAY, sample.nights[0].date + 87 * ONE_DAY)
    before = rc.build_content(sample.nights, stored, early, "UTC", generated=end)
    assert "possible_augmentation" not in [f.kind for f in before.section("augmentation")]
    assert all(lab.date <= early.end for lab in before.labs)
