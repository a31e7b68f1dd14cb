"""Nights the tests build again and again."""

from __future__ import annotations

import datetime as dt

from rls_diary.domain.night import Night


def slept_night(date: dt.date, zone: str, **values: object) -> Night:
    """23:00 → 07:00 with 30 min to fall asleep: 450 min of total sleep by the diary's rules."""
    return Night(
        date,
        timezone=zone,
        bedtime=dt.time(23, 0),
        lights_out=dt.time(23, 0),
        sleep_latency_min=30,
        wake_after_sleep_onset_min=0,
        final_wake=dt.time(7, 0),
        out_of_bed=dt.time(7, 0),
        **values,  # type: ignore[arg-type]
    )
