"""Which backups rotation keeps: 48 h of hourly, 14 daily, 8 weekly, 12 monthly (pure).

Backups are identified by the UTC instant they were taken. Buckets are UTC clock hours,
UTC days, ISO weeks and calendar months; in each bucket the *newest* backup stands for it.

- hourly: of the backups taken in the last 48 h, the newest of each clock hour;
- daily, weekly, monthly: the newest backup of each of the 14 (8, 12) most recent days
  (weeks, months) that hold a backup at all — so a diary left alone for a season still keeps
  its last fortnight of dailies, rather than losing them to the passing of time;
- pinned backups (the safety copies taken before an import, a migration or a restore, and
  those the user asked for) are all kept for the hourly window, then compete like any other;
- the newest backup is always kept, and so is any backup dated after ``now`` (the clock was
  set back: its age cannot be judged, so it is not deleted).

Because a bucket's newest backup stays its newest and buckets only ever fall out of range,
rotating after every backup keeps exactly what one rotation at the end would keep.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Policy:
    hourly_hours: int = 48
    daily: int = 14
    weekly: int = 8
    monthly: int = 12


POLICY = Policy()


def _hour(t: dt.datetime) -> Hashable:
    return (t.date(), t.hour)


def _day(t: dt.datetime) -> Hashable:
    return t.date()


def _week(t: dt.datetime) -> Hashable:
    year, week, _ = t.isocalendar()
    return (year, week)


def _month(t: dt.datetime) -> Hashable:
    return (t.year, t.month)


def _newest_per_bucket(
    ordered: list[dt.datetime], bucket: Callable[[dt.datetime], Hashable], limit: int | None
) -> set[dt.datetime]:
    """``ordered`` is newest first; the newest of each bucket, for the first ``limit`` buckets."""
    seen: set[Hashable] = set()
    kept: set[dt.datetime] = set()
    for taken in ordered:
        key = bucket(taken)
        if key in seen:
            continue
        if limit is not None and len(seen) >= limit:
            break
        seen.add(key)
        kept.add(taken)
    return kept


def to_keep(
    taken: Iterable[dt.datetime],
    now: dt.datetime,
    pinned: Iterable[dt.datetime] = (),
    policy: Policy = POLICY,
) -> set[dt.datetime]:
    """The instants (a subset of ``taken``) whose backups rotation keeps at ``now``.

    All instants must be timezone-aware (they are compared and bucketed in UTC).
    """
    instants = {t.astimezone(dt.UTC) for t in taken}
    if not instants:
        return set()
    now = now.astimezone(dt.UTC)
    window_start = now - dt.timedelta(hours=policy.hourly_hours)
    future = {t for t in instants if t > now}
    past = sorted(instants - future, reverse=True)
    kept = set(future)
    kept.add(max(instants))
    pinned_set = {t.astimezone(dt.UTC) for t in pinned}
    kept.update(t for t in past if t in pinned_set and t > window_start)
    recent = [t for t in past if t > window_start]
    kept |= _newest_per_bucket(recent, _hour, None)
    kept |= _newest_per_bucket(past, _day, policy.daily)
    kept |= _newest_per_bucket(past, _week, policy.weekly)
    kept |= _newest_per_bucket(past, _month, policy.monthly)
    return kept
