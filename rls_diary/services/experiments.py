"""Personal experiments on a diary (DESIGN §6.1): plan, start, status, stop, result.

Starting and stopping write (a writer Diary, one transaction each); everything else reads and
works on a read-only diary. "Now" is the local time in the diary's zone unless given, so tests
and the window can pass their own clock.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Any

from rls_diary.domain import experiments as ex
from rls_diary.domain.clock import current_entry_date, zone
from rls_diary.domain.night import Night
from rls_diary.domain.records import Experiment
from rls_diary.services.diary import Diary
from rls_diary.storage import records

ExperimentError = ex.ExperimentError


def local_now(diary: Diary) -> dt.datetime:
    """The wall-clock time now in the diary's zone."""
    return dt.datetime.now(zone(diary.default_zone))


def new_seed() -> int:
    """A fresh random seed for a schedule (stored with the experiment, so it is repeatable)."""
    return secrets.randbelow(2**31)


def next_night(now_local: dt.datetime) -> dt.date:
    """The morning date of the next night that has not begun: tomorrow's, whatever the hour
    (at 07:00 the night to today has been slept; at 21:00 tonight is tomorrow's entry)."""
    return now_local.date() + dt.timedelta(days=1)


def experiments(diary: Diary) -> list[Experiment]:
    return records.EXPERIMENTS.load(diary.conn)


def get_experiment(diary: Diary, experiment_id: int) -> Experiment:
    for e in experiments(diary):
        if e.id == experiment_id:
            return e
    raise ExperimentError(f"there is no experiment {experiment_id}")


def plan_experiment(
    diary: Diary,
    factor: str,
    outcome: str,
    *,
    block_nights: int = ex.DEFAULT_BLOCK_NIGHTS,
    pairs: int = ex.DEFAULT_PAIRS,
    washout_nights: int = ex.DEFAULT_WASHOUT,
    seed: int | None = None,
    start: dt.date | None = None,
    now: dt.datetime | None = None,
) -> Experiment:
    """The experiment these settings would start, checked against the diary (nothing is
    written). Raises :class:`ExperimentError` naming every problem."""
    moment = now or local_now(diary)
    existing = experiments(diary)
    planned = ex.new_experiment(
        max((e.id for e in existing), default=0) + 1,
        factor,
        outcome,
        start or next_night(moment),
        block_nights=block_nights,
        pairs=pairs,
        washout_nights=washout_nights,
        seed=new_seed() if seed is None else seed,
    )
    problems = ex.start_problems(planned, existing, current_entry_date(moment), next_night(moment))
    if problems:
        raise ExperimentError("; ".join(problems))
    return planned


def start_experiment(
    diary: Diary,
    factor: str,
    outcome: str,
    *,
    block_nights: int = ex.DEFAULT_BLOCK_NIGHTS,
    pairs: int = ex.DEFAULT_PAIRS,
    washout_nights: int = ex.DEFAULT_WASHOUT,
    seed: int | None = None,
    start: dt.date | None = None,
    now: dt.datetime | None = None,
) -> Experiment:
    """Check and store a new experiment in one transaction (a writer diary); returns it."""
    with diary.transaction() as conn:
        planned = plan_experiment(
            diary,
            factor,
            outcome,
            block_nights=block_nights,
            pairs=pairs,
            washout_nights=washout_nights,
            seed=seed,
            start=start,
            now=now,
        )
        records.EXPERIMENTS.insert(conn, planned)
    return planned


def start_planned(diary: Diary, planned: Experiment, now: dt.datetime | None = None) -> Experiment:
    """Start exactly ``planned`` (as shown at set-up: its seed, schedule and start)."""
    return start_experiment(
        diary,
        planned.factor,
        planned.outcome,
        block_nights=planned.block_nights,
        pairs=planned.pairs,
        washout_nights=planned.washout_nights,
        seed=planned.seed,
        start=planned.start,
        now=now,
    )


def current_experiment(diary: Diary, now: dt.datetime | None = None) -> Experiment | None:
    """The experiment running now, else the next one planned; ``None`` when neither."""
    moment = now or local_now(diary)
    return ex.current(experiments(diary), current_entry_date(moment))


def latest_experiment(diary: Diary, now: dt.datetime | None = None) -> Experiment | None:
    """The current experiment, else the one that started last (``None``: there is none)."""
    found = current_experiment(diary, now)
    if found is not None:
        return found
    return max(experiments(diary), key=lambda e: (e.start, e.id), default=None)


def experiment_status(diary: Diary, now: dt.datetime | None = None) -> dict[str, Any] | None:
    """``experiment status --json`` of the current experiment; ``None`` when there is none."""
    moment = now or local_now(diary)
    found = current_experiment(diary, moment)
    return None if found is None else ex.status_json(found, moment)


def stop_experiment(diary: Diary, now: dt.datetime | None = None) -> Experiment:
    """Stop the current experiment today (a writer diary). Nights up to and including today's
    morning date stay in it; a planned one that has not begun is cancelled (no nights)."""
    moment = now or local_now(diary)
    with diary.transaction() as conn:
        found = ex.current(experiments(diary), current_entry_date(moment))
        if found is None:
            raise ExperimentError("no experiment is running")
        conn.execute(
            "UPDATE experiment SET stopped = ? WHERE id = ?",
            (moment.date().isoformat(), found.id),
        )
    return get_experiment(diary, found.id)


def experiment_result(
    diary: Diary, experiment_id: int | None = None, now: dt.datetime | None = None
) -> ex.Result:
    """The result of experiment ``experiment_id`` (default: the current or latest one)."""
    moment = now or local_now(diary)
    if experiment_id is None:
        found = latest_experiment(diary, moment)
        if found is None:
            raise ExperimentError("there is no experiment yet (start one with experiment start)")
    else:
        found = get_experiment(diary, experiment_id)
    return analyse(found, diary.nights(found.start, ex.end_date(found)), diary, moment)


def analyse(
    e: Experiment, nights: list[Night], diary: Diary, now: dt.datetime | None = None
) -> ex.Result:
    """:func:`domain.experiments.analyse` with the diary's zone and whether ``e`` is over."""
    moment = now or local_now(diary)
    finished = not ex.is_current(e, current_entry_date(moment))
    return ex.analyse(e, nights, diary.default_zone, finished=finished)


@dataclass(frozen=True, slots=True)
class Tonight:
    """What the Diary tab shows: tonight's condition in the running experiment."""

    experiment: Experiment
    entry: dt.date  # the current entry's morning date
    condition: str | None  # "A", "B", or None before the first night
    slot: ex.Slot | None

    @property
    def text(self) -> str:
        """One line for the Diary tab or the tray reminder."""
        e = self.experiment
        if self.slot is None:
            day = f"{e.start:%a} {e.start.day} {e.start:%b}"
            return f"Experiment “{e.factor}” starts on the night to {day}."
        where = (
            f"pair {self.slot.pair + 1} of {e.pairs}, "
            f"night {self.slot.index + 1} of {e.block_nights} in this block"
        )
        if self.slot.washout:
            where += "; a washout night, followed but not counted"
        if self.condition == "A":
            return f"Tonight: {e.factor} (A) — {where}."
        return f"Tonight: as usual (B), without “{e.factor}” — {where}."


def tonight(diary: Diary, now: dt.datetime | None = None) -> Tonight | None:
    """Tonight's condition for the Diary tab and the tray; ``None`` without a current
    experiment."""
    moment = now or local_now(diary)
    found = current_experiment(diary, moment)
    if found is None:
        return None
    entry = current_entry_date(moment)
    where = ex.slot(found, entry)
    return Tonight(found, entry, None if where is None else where.condition, where)


def condition_on(diary: Diary, date: dt.date) -> tuple[Experiment, ex.Slot] | None:
    """The experiment and place of the night ``date`` (for the Diary form's adherence
    question); ``None`` when no experiment covers it."""
    for e in experiments(diary):
        where = ex.slot(e, date)
        if where is not None:
            return e, where
    return None


def set_adherence(diary: Diary, date: dt.date, followed: bool | None) -> Night:
    """Record whether the night ``date`` followed its condition (``None``: blank). Creates an
    entry holding only that answer when the night has none yet (it does not count as
    recorded)."""
    existing = diary.night(date)
    night = (existing or Night(date)).replace(experiment_adherence=followed)
    return diary.save_night(night).night


def experiment_blocks(
    diary: Diary, start: dt.date | None = None, end: dt.date | None = None
) -> list[tuple[Experiment, ex.Block]]:
    """The A/B blocks of every experiment that touch ``start``–``end`` (inclusive), for
    shading charts; blocks after a stop are left out."""
    found = []
    for e in experiments(diary):
        for block in ex.blocks(e):
            if (start is None or block.last >= start) and (end is None or block.first <= end):
                found.append((e, block))
    return found
