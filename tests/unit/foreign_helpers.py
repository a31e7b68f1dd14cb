"""Shared by the foreign-format tests: the sample folder and records → nights for an empty
diary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rls_diary.domain.foreign.common import ForeignRead, build_entries
from rls_diary.domain.foreign.filling import Status, fill
from rls_diary.domain.night import Night

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "foreign"


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def nights_of(read: ForeignRead, default_zone: str) -> dict[dt.date, Night]:
    """The nights an import into an empty diary would add (skipped ones left out)."""
    assert read.problems == []
    nights = {}
    for entry in build_entries(read.records):
        outcome = fill(entry, None, default_zone)
        if outcome.status is Status.ADDED and outcome.night is not None:
            nights[entry.date] = outcome.night
    return nights


def clock(night: Night) -> tuple[str, str]:
    """Bedtime and final wake as HH:MM (lights out / out of bed are the same)."""
    assert night.bedtime == night.lights_out and night.final_wake == night.out_of_bed
    assert night.bedtime is not None and night.final_wake is not None
    return f"{night.bedtime:%H:%M}", f"{night.final_wake:%H:%M}"
