"""Hypothesis strategies for diary data that passes validation, shared by the test suites.

``nights()`` draws nights that ``validation.validate`` accepts without errors: the four sleep
times follow each other in a realistic order (any of them may be blank), latency and WASO fit
inside the sleep window, and no_sleep blanks what it must. Every other field ranges over its
whole registry range, blank included. Texts favour the awkward cases of the exchange formats:
leading formula characters, quotes, separators and line breaks.

Strategies are built once at import: building them inside a draw makes generation slow.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from hypothesis import assume
from hypothesis import strategies as st

from rls_diary.domain.json_format import SETTING_KEYS, Document
from rls_diary.domain.night import (
    NIGHT_FIELDS,
    REMEDIES,
    FieldSpec,
    Kind,
    Night,
    canonical_remedies,
    canonical_set,
)
from rls_diary.domain.records import (
    CONDITION_KINDS,
    EXPERIMENT_OUTCOMES,
    IRLS_ITEMS,
    MEDICATION_CLASSES,
    Assessment,
    Condition,
    Experiment,
    Lab,
    Medication,
    Question,
)
from rls_diary.domain.validation import errors, validate

T = TypeVar("T")

# Zones with ordinary, half-hour and odd daylight-saving rules.
ZONES = (
    "UTC",
    "Europe/Berlin",
    "America/New_York",
    "America/St_Johns",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Pacific/Chatham",
)
_CHECK_ZONES = (*ZONES, "UTC")
# Awkward beginnings and ends of text cells: formula starters, quotes, separators, blanks.
_AFFIXES = ("", "=", "+", "-", "@", "'", "''", "'=", "\t", "\r", "\n", '"', ",", ";", " ")
_SLEEP_TIMES = ("bedtime", "lights_out", "final_wake", "out_of_bed")
_DRAWN_APART = frozenset({*_SLEEP_TIMES, "sleep_latency_min", "wake_after_sleep_onset_min"})


def maybe(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    """``strategy`` or a blank."""
    return st.none() | strategy


dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))
zones = st.sampled_from(ZONES)
clock_times = st.builds(dt.time, st.integers(0, 23), st.integers(0, 59))
stamps = st.datetimes(
    min_value=dt.datetime(2000, 1, 1),
    max_value=dt.datetime(2060, 12, 31),
    timezones=st.just(dt.UTC),
).map(lambda value: value.replace(microsecond=0))  # the database keeps whole seconds
# Non-blank text (blank text is ``None`` in the diary): the middle character is one that
# ``str.strip`` keeps, so no filter is needed.
texts = st.tuples(
    st.sampled_from(_AFFIXES),
    st.text(max_size=15),
    st.characters(exclude_categories=("Zs", "Zl", "Zp", "Cc", "Cs")),
    st.text(max_size=15),
    st.sampled_from(_AFFIXES),
).map("".join)


def _value(spec: FieldSpec) -> st.SearchStrategy[Any]:
    """Any valid value of ``spec`` (blank excluded)."""
    kind = spec.kind
    if kind is Kind.INT:
        assert spec.low is not None
        assert spec.high is not None
        return st.integers(spec.low, spec.high)
    if kind is Kind.TIME:
        return clock_times
    if kind is Kind.BOOL:
        return st.booleans()
    if kind is Kind.CHOICE:
        return st.sampled_from(spec.choices)
    if kind is Kind.SET:
        choices = spec.choices
        return st.lists(st.sampled_from(choices), min_size=1, unique=True).map(
            lambda values: canonical_set(values, choices)
        )
    if kind is Kind.RELIEF:
        return st.dictionaries(st.sampled_from(REMEDIES), st.integers(0, 3), min_size=1).map(
            canonical_remedies
        )
    if kind is Kind.ZONE:
        return zones
    return texts


_FIELD_VALUES = {
    spec.name: maybe(_value(spec))
    for spec in NIGHT_FIELDS
    if spec.name not in _DRAWN_APART and spec.kind is not Kind.ZONE
}
# Minutes from 18:00 to bedtime, bedtime to lights out, lights out to final wake, final wake
# to out of bed; and which of the four times are kept (the others are blank).
_SLEEP_STEPS = st.tuples(
    st.integers(0, 9 * 60 - 1),
    st.integers(0, 90),
    st.integers(3 * 60, 12 * 60),
    st.integers(0, 120),
)
_KEPT = st.tuples(st.booleans(), st.booleans(), st.booleans(), st.booleans())
_SHORT = maybe(st.integers(0, 60))
_LONG = maybe(st.integers(0, 720))
_OPTIONAL_STAMPS = maybe(stamps)


def _later(clock: dt.time, minutes: int) -> dt.time:
    """The clock time ``minutes`` after ``clock`` (wrapping past midnight)."""
    return dt.time(*divmod((clock.hour * 60 + clock.minute + minutes) % 1440, 60))


@st.composite
def _sleep(draw: st.DrawFn) -> dict[str, Any]:
    """Sleep times in order (bed 18:00–02:59, then ≤ 1.5 h, 3–12 h, ≤ 2 h), each maybe blank,
    with latency and WASO that fit in the window (their full range when there is none)."""
    clock = dt.time(18, 0)
    chain = []
    for step in draw(_SLEEP_STEPS):
        clock = _later(clock, step)
        chain.append(clock)
    kept = draw(_KEPT)
    values: dict[str, Any] = {
        name: time if keep else None
        for name, time, keep in zip(_SLEEP_TIMES, chain, kept, strict=True)
    }
    windowed = values["lights_out"] is not None and values["final_wake"] is not None
    durations = _SHORT if windowed else _LONG
    values["sleep_latency_min"] = draw(durations)
    values["wake_after_sleep_onset_min"] = draw(durations)
    return values


_SLEEP = _sleep()
optional_zones = maybe(zones)


@st.composite
def nights(
    draw: st.DrawFn,
    day: st.SearchStrategy[dt.date] = dates,
    zone: st.SearchStrategy[str | None] = optional_zones,
    json_only: bool = True,
) -> Night:
    """A night that validates without errors.

    ``json_only=False`` leaves blank what CSV cannot carry (experiment_adherence and the
    entered/updated timestamps).
    """
    values: dict[str, Any] = {name: draw(strategy) for name, strategy in _FIELD_VALUES.items()}
    values.update(draw(_SLEEP))
    if values["no_sleep"]:
        values.update(sleep_latency_min=None, final_wake=None, wake_after_sleep_onset_min=None)
    if json_only:
        values["entered_at"] = draw(_OPTIONAL_STAMPS)
        values["updated_at"] = draw(_OPTIONAL_STAMPS)
    else:
        values["experiment_adherence"] = None
    night = Night(draw(day), timezone=draw(zone), **values)
    # A clock time inside a daylight-saving gap moves forward and can then come after the
    # next time of the chain; such a night is (rightly) refused, so it is not drawn here.
    assume(all(not errors(validate(night, name)) for name in _CHECK_ZONES))
    return night


def night_lists(
    zone: st.SearchStrategy[str | None] = optional_zones, json_only: bool = True, max_size: int = 8
) -> st.SearchStrategy[list[Night]]:
    """Nights with distinct dates, in no particular order."""
    return st.lists(
        nights(zone=zone, json_only=json_only), max_size=max_size, unique_by=lambda n: n.date
    )


# --- the other records ----------------------------------------------------------------------

# Within the database's ranges, which the reader checks too (domain.record_validation).
_doses = st.floats(min_value=0, max_value=1e6, exclude_min=True, allow_nan=False)
_ferritin = st.floats(min_value=0, max_value=10000, allow_nan=False)
_SPAN_DAYS = maybe(st.integers(0, 800))


@st.composite
def _span(draw: st.DrawFn) -> tuple[dt.date, dt.date | None]:
    """A start date and an end on or after it (or blank)."""
    start = draw(dates)
    days = draw(_SPAN_DAYS)
    return start, None if days is None else start + dt.timedelta(days=days)


_SPAN = _span()


@st.composite
def _medication(draw: st.DrawFn) -> Medication:
    start, stop = draw(_SPAN)
    return Medication(
        name=draw(texts),
        drug_class=draw(st.sampled_from(MEDICATION_CLASSES)),
        start=start,
        dose=draw(maybe(_doses)),
        unit=draw(maybe(texts)),
        time=draw(maybe(clock_times)),
        stop=stop,
    )


medications = _medication()
labs = st.builds(
    Lab,
    date=dates,
    ferritin_ng_ml=maybe(_ferritin),
    tsat_pct=maybe(st.floats(0, 100)),
    hemoglobin_g_dl=maybe(st.floats(0, 25)),
    weight_kg=maybe(st.floats(0, 300)),
    fasting_morning=maybe(st.booleans()),
    note=maybe(texts),
)
_ITEMS = maybe(st.lists(st.integers(0, 4), min_size=IRLS_ITEMS, max_size=IRLS_ITEMS))


@st.composite
def _assessment(draw: st.DrawFn) -> Assessment:
    items = draw(_ITEMS)
    if items is None:
        return Assessment(draw(dates), draw(st.integers(0, 40)))
    return Assessment(draw(dates), sum(items), tuple(items))


assessments = _assessment()


@st.composite
def _condition(draw: st.DrawFn) -> Condition:
    start, end = draw(_SPAN)
    return Condition(draw(st.sampled_from(CONDITION_KINDS)), start, end)


conditions = _condition()
questions = st.builds(Question, text=texts, created=dates, done=st.booleans())
_ORDERS = st.sampled_from(("AB", "BA"))


@st.composite
def experiments(draw: st.DrawFn, ident: int) -> Experiment:
    """An experiment with the id ``ident`` and settings in the ranges of DESIGN §6.1."""
    block = draw(st.integers(2, 14))
    pairs = draw(st.integers(2, 12))
    return Experiment(
        id=ident,
        factor=draw(texts),
        outcome=draw(st.sampled_from(EXPERIMENT_OUTCOMES)),
        start=draw(dates),
        block_nights=block,
        pairs=pairs,
        washout_nights=draw(st.integers(0, block - 1)),
        seed=draw(st.integers(-(2**63), 2**63 - 1)),
        schedule=tuple(draw(_ORDERS) for _ in range(pairs)),
        stopped=draw(maybe(dates)),
    )


_IDS = st.lists(st.integers(1, 2**63 - 1), unique=True, max_size=3)


@st.composite
def _settings(draw: st.DrawFn) -> dict[str, str]:
    """Crisis numbers (any text) and an augmentation baseline: two dates in order, or
    neither (blank or absent), as the Treatment tab stores them."""
    settings: dict[str, str] = {}
    if draw(st.booleans()):
        settings["crisis_numbers"] = draw(st.text(max_size=20))
    baseline = draw(st.sampled_from(["absent", "blank", "dates"]))
    if baseline != "absent":
        first, last = sorted((draw(dates), draw(dates)))
        shown = (first.isoformat(), last.isoformat()) if baseline == "dates" else ("", "")
        settings["augmentation_baseline_from"], settings["augmentation_baseline_to"] = shown
    assert set(settings) <= set(SETTING_KEYS)
    return settings


@st.composite
def documents(draw: st.DrawFn, zone: st.SearchStrategy[str | None] = zones) -> Document:
    """A whole JSON document; its nights carry a zone unless ``zone`` says otherwise."""
    return Document(
        nights=draw(night_lists(zone=zone, max_size=5)),
        medications=draw(st.lists(medications, max_size=3)),
        labs=draw(st.lists(labs, max_size=3)),
        assessments=draw(st.lists(assessments, max_size=3)),
        conditions=draw(st.lists(conditions, max_size=3)),
        questions=draw(st.lists(questions, max_size=3)),
        experiments=[draw(experiments(ident)) for ident in draw(_IDS)],
        settings=draw(_settings()),
    )


# Zones whose offset changes (north and south daylight saving, a half-hour one, a midnight
# switch, Samoa's skipped day) and the mornings around their switches.
SWITCH_ZONES = (
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",
    "America/Havana",
    "America/Santiago",
    "Asia/Kathmandu",
    "Pacific/Apia",
    "UTC",
)
SWITCH_MORNINGS = (
    dt.date(2024, 3, 10),
    dt.date(2024, 3, 31),
    dt.date(2024, 4, 7),
    dt.date(2024, 9, 8),
    dt.date(2024, 10, 6),
    dt.date(2024, 10, 27),
    dt.date(2024, 11, 3),
    dt.date(2011, 12, 31),  # 2011-12-30 does not exist in Apia
)
