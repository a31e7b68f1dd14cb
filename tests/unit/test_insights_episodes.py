"""Treatment episodes: courses of one drug joined across dose changes and short gaps."""

from __future__ import annotations

import datetime as dt

from insight_builders import course

from rls_diary.domain.episodes import MAX_GAP_DAYS, course_stop, episodes

D = dt.date(2024, 3, 1)
DAY = dt.timedelta(days=1)


def test_dose_change_stays_in_one_episode_across_case_and_spaces() -> None:
    first = course(D, D + 30 * DAY, name="Pramipexole", dose=0.125)
    second = course(D + 31 * DAY, None, name=" pramipexole ", dose=0.25)
    (episode,) = episodes([second, first])
    assert episode.courses == (first, second)
    assert (episode.name, episode.start, episode.stop) == ("Pramipexole", D, None)
    (change,) = episode.dose_changes()
    assert (change.date, change.before, change.after, change.is_increase) == (
        D + 31 * DAY,
        0.125,
        0.25,
        True,
    )
    assert episode.dose_increases() == [change]


def test_gap_of_seven_days_joins_eight_splits() -> None:
    stop = D + 10 * DAY
    joined = episodes([course(D, stop), course(stop + (MAX_GAP_DAYS + 1) * DAY)])
    assert len(joined) == 1
    split = episodes([course(D, stop), course(stop + (MAX_GAP_DAYS + 2) * DAY)])
    assert [(e.start, e.stop) for e in split] == [(D, stop), (stop + 9 * DAY, None)]


def test_other_drugs_are_other_episodes_and_overlaps_join() -> None:
    found = episodes(
        [
            course(D, D + 5 * DAY, name="ropinirole"),
            course(D + 2 * DAY, D + 40 * DAY, name="gabapentin", drug_class="alpha2delta"),
            course(D + 3 * DAY, D + 20 * DAY, name="Gabapentin", drug_class="alpha2delta"),
        ]
    )
    assert [(e.name, e.start, e.stop) for e in found] == [
        ("ropinirole", D, D + 5 * DAY),
        ("gabapentin", D + 2 * DAY, D + 40 * DAY),
    ]


def test_ongoing_course_keeps_the_episode_open() -> None:
    found = episodes([course(D), course(D + 200 * DAY, D + 210 * DAY, dose=0.25)])
    assert len(found) == 1
    assert found[0].stop is None


def test_iv_iron_is_a_one_day_course() -> None:
    infusion = course(D, D + 30 * DAY, name="ferric carboxymaltose", drug_class="iron_iv")
    assert course_stop(infusion) == D
    (episode,) = episodes([infusion])
    assert episode.stop == D
    assert episode.covers_night(D + DAY)
    assert not episode.covers_night(D + 2 * DAY)


def test_nights_of_an_episode_start_the_morning_after_the_first_day() -> None:
    (episode,) = episodes([course(D, D + 9 * DAY)])
    assert episode.first_night == D + DAY
    assert episode.last_night == D + 10 * DAY
    assert not episode.covers_night(D)
    assert episode.covers_night(D + DAY)
    assert episode.covers_night(D + 10 * DAY)
    assert not episode.covers_night(D + 11 * DAY)
    assert episode.covers_day(D) and episode.covers_day(D + 9 * DAY)
    assert not episode.covers_day(D + 10 * DAY)


def test_decrease_and_unit_change_are_not_increases() -> None:
    decrease = episodes([course(D, D + 9 * DAY, dose=0.25), course(D + 10 * DAY, dose=0.125)])
    assert decrease[0].dose_increases() == []
    assert len(decrease[0].dose_changes()) == 1
    units = episodes([course(D, D + 9 * DAY, unit="mg"), course(D + 10 * DAY, dose=125, unit="µg")])
    assert units[0].dose_changes() == []
    unknown = episodes([course(D, D + 9 * DAY, dose=None), course(D + 10 * DAY, dose=0.25)])
    assert unknown[0].dose_increases() == []
