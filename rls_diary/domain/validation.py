"""Parsing field values and validating nights; every problem names its field.

Two inputs reach a night: text (CSV cells, form fields) and JSON values. Both are parsed here
into the typed values of :class:`Night`; :func:`validate` then checks ranges, list members and
the rules that tie fields together (DESIGN §3.2). Nothing is ever coerced: an empty text is a
blank, never 0.

Messages are English (the CLI and the importers print them as they are). Each is built from a
template with named placeholders, marked for translation in the ``validation`` context with
``QT_TRANSLATE_NOOP`` (here a plain function of that name, which lupdate finds: the domain
loads no Qt); a :class:`Problem` and a :class:`FieldError` carry the template and the values,
so the window can show the message in its language
(:func:`rls_diary.ui.problem_text.problem_text`). The values named in :data:`WORD_VALUES` are
field labels, marked here too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from dataclasses import field as _field
from operator import attrgetter
from typing import Any, Final

from rls_diary.domain.clock import (
    CLOCK_TIMES,
    MINUTE_OF_DAY,
    chain_minutes,
    is_valid_zone,
    resolve_exactly,
    steady_offsets,
    steady_over,
)
from rls_diary.domain.metrics import compute_resolved
from rls_diary.domain.night import (
    FIELDS_BY_NAME,
    NIGHT_FIELDS,
    FieldSpec,
    Kind,
    Night,
    NightColumns,
    canonical_remedies,
    canonical_set,
)
from rls_diary.domain.translatable import QT_TRANSLATE_NOOP

MAX_TIB_MIN: Final = 20 * 60
WARN_TIB_MIN: Final = 14 * 60
_TIME_RE: Final = re.compile(r"(\d{1,2}):(\d{2})")
_INT_RE: Final = re.compile(r"[+-]?\d+")
_YES: Final = {"yes": True, "no": False}

CONTEXT: Final = "validation"  # the translation context of every template below
Values = tuple[tuple[str, str], ...]  # a template's values, by placeholder name, as text


# -- the templates of the messages (placeholders are filled with text: see ``_values``) --------
NOT_A_TIME: Final = QT_TRANSLATE_NOOP("validation", "{value} is not a time like 7:30 or 23:05")
NOT_A_TIME_OF_DAY: Final = QT_TRANSLATE_NOOP(
    "validation", "{value} is not a time of day (00:00–23:59)"
)
NOT_A_DATE: Final = QT_TRANSLATE_NOOP("validation", "{value} is not a date like 2024-03-31")
NOT_A_REAL_DATE: Final = QT_TRANSLATE_NOOP("validation", "{value} is not a real date")
OUTSIDE_CALENDAR: Final = QT_TRANSLATE_NOOP(
    "validation", "{value} is not a date between {first} and {last}"
)
# The dates a night may have: a typo such as 0024-03-31 or 9024-03-31 is refused, and clock
# and statistics arithmetic stay far from the ends of Python's calendar.
FIRST_DATE: Final = dt.date(1900, 1, 1)
LAST_DATE: Final = dt.date(2200, 12, 31)
NOT_A_WHOLE_NUMBER: Final = QT_TRANSLATE_NOOP(
    "validation", "{value} is not a whole number ({range})"
)
NOT_YES_OR_NO: Final = QT_TRANSLATE_NOOP("validation", "{value} is not yes or no")
NOT_A_RELIEF: Final = QT_TRANSLATE_NOOP(
    "validation", "{value} is not a remedy with its relief, like walking:2"
)
NOT_TRUE_OR_FALSE: Final = QT_TRANSLATE_NOOP("validation", "{value} is not true or false")
NOT_A_LIST: Final = QT_TRANSLATE_NOOP("validation", "must be a list of names")
NOT_AN_OBJECT: Final = QT_TRANSLATE_NOOP("validation", "must be an object like {example}")
NOT_TEXT: Final = QT_TRANSLATE_NOOP("validation", "{value} is not text")
OUTSIDE: Final = QT_TRANSLATE_NOOP("validation", "{value} is outside {range}")
NOT_A_CHOICE: Final = QT_TRANSLATE_NOOP("validation", "{value} is not one of {choices}")
UNKNOWN_MEMBER: Final = QT_TRANSLATE_NOOP("validation", "unknown member {members} (known: {known})")
UNKNOWN_MEMBERS: Final = QT_TRANSLATE_NOOP(
    "validation", "unknown members {members} (known: {known})"
)
RELIEF_OUTSIDE: Final = QT_TRANSLATE_NOOP(
    "validation", "relief for {name} is {level}, outside {range}"
)
NOT_A_ZONE: Final = QT_TRANSLATE_NOOP(
    "validation", "{value} is not a known time zone (like Europe/Berlin)"
)
EMPTY_LIST: Final = QT_TRANSLATE_NOOP("validation", "an empty list is stored as blank (None)")
BLANK_WITHOUT_SLEEP: Final = QT_TRANSLATE_NOOP(
    "validation", "must be blank when you did not sleep at all ({label})"
)
AWAKE_LONGER_THAN_WINDOW: Final = QT_TRANSLATE_NOOP(
    "validation",
    "minutes to fall asleep ({latency}) plus minutes awake ({waso}) are more than "
    "the {window} minutes from trying to sleep to the final awakening",
)
IN_BED_TOO_LONG: Final = QT_TRANSLATE_NOOP(
    "validation", "time in bed would be {duration}, more than 20 hours"
)
IN_BED_LONG: Final = QT_TRANSLATE_NOOP(
    "validation", "time in bed is {duration}, more than 14 hours"
)
TIME_FAR_AFTER: Final = QT_TRANSLATE_NOOP(
    "validation",
    "{later} at {later_time} would be {gap} after {earlier} at {earlier_time}; check the times",
)
# The labels (of :data:`~rls_diary.domain.night.NIGHT_FIELDS`) that messages name.
FIELD_LABELS: Final = (
    QT_TRANSLATE_NOOP("validation", "into bed"),
    QT_TRANSLATE_NOOP("validation", "tried to sleep"),
    QT_TRANSLATE_NOOP("validation", "minutes to fall asleep"),
    QT_TRANSLATE_NOOP("validation", "minutes awake during the night"),
    QT_TRANSLATE_NOOP("validation", "final awakening"),
    QT_TRANSLATE_NOOP("validation", "out of bed"),
)
WORD_VALUES: Final = frozenset({"label", "earlier", "later"})  # values that are field labels


def _values(values: Mapping[str, object]) -> Values:
    return tuple((name, str(value)) for name, value in values.items())


def render(template: str, values: Values) -> str:
    """``template`` filled with ``values``: the English message."""
    return template.format(**dict(values))


@dataclass(frozen=True, slots=True)
class Problem:
    """A problem with one field. ``warning`` problems are shown but do not block saving."""

    field: str
    message: str
    warning: bool = False
    # How ``message`` was made (for translation): its template, its values and the context
    # the template is marked in; "" for a message made otherwise. Not compared: a problem is
    # its field, message and severity.
    template: str = _field(default="", compare=False)
    values: Values = _field(default=(), compare=False)
    context: str = _field(default=CONTEXT, compare=False)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"

    @classmethod
    def of(cls, field: str, template: str, *, warning: bool = False, **values: object) -> Problem:
        """The problem whose message is ``template`` filled with ``values``."""
        pairs = _values(values)
        return cls(field, render(template, pairs), warning, template, pairs)

    @classmethod
    def from_error(cls, field: str, error: FieldError) -> Problem:
        """The problem of a value of ``field`` that :class:`FieldError` refused."""
        return cls(field, str(error), False, error.template, error.values)


class FieldError(ValueError):
    """A value that cannot be read; the message says why, without the field name.

    Made with :meth:`of`, it also carries the template and values of its message
    (``FieldError(message)`` has none: ``template`` is "")."""

    def __init__(self, message: str, /, *, template: str = "", values: Values = ()) -> None:
        super().__init__(message)
        self.template = template
        self.values = values

    @classmethod
    def of(cls, template: str, /, **values: object) -> FieldError:
        pairs = _values(values)
        return cls(render(template, pairs), template=template, values=pairs)


def parse_time(text: str) -> dt.time:
    match = _TIME_RE.fullmatch(text.strip())
    if not match:
        raise FieldError.of(NOT_A_TIME, value=repr(text))
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        raise FieldError.of(NOT_A_TIME_OF_DAY, value=repr(text))
    return CLOCK_TIMES[hour * 60 + minute]  # dt.time(hour, minute), shared


def format_time(value: dt.time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def parse_date(text: str) -> dt.date:
    text = text.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise FieldError.of(NOT_A_DATE, value=repr(text))
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise FieldError.of(NOT_A_REAL_DATE, value=repr(text)) from exc


def check_date_range(day: dt.date) -> dt.date:
    """``day`` when it lies between :data:`FIRST_DATE` and :data:`LAST_DATE`; else
    :class:`FieldError`."""
    if not FIRST_DATE <= day <= LAST_DATE:
        raise FieldError.of(
            OUTSIDE_CALENDAR,
            value=day.isoformat(),
            first=FIRST_DATE.isoformat(),
            last=LAST_DATE.isoformat(),
        )
    return day


def parse_text(spec: FieldSpec, text: str) -> Any:
    """The typed value of a CSV cell or form text; ``None`` for an empty text."""
    raw = text.strip()
    if not raw:
        return None
    kind = spec.kind
    if kind is Kind.INT:
        if not (raw.isascii() and raw.isdigit()) and not _INT_RE.fullmatch(raw):
            raise FieldError.of(NOT_A_WHOLE_NUMBER, value=repr(raw), range=spec.range_text)
        return _checked_int(spec, int(raw))
    if kind is Kind.TIME:
        return parse_time(raw)
    if kind is Kind.BOOL:
        if raw.lower() not in _YES:
            raise FieldError.of(NOT_YES_OR_NO, value=repr(raw))
        return _YES[raw.lower()]
    if kind is Kind.CHOICE:
        return _checked_choice(spec, raw)
    if kind is Kind.SET:
        return _checked_set(spec, [part.strip() for part in raw.split(";") if part.strip()])
    if kind is Kind.RELIEF:
        relief: dict[str, int] = {}
        for part in (p.strip() for p in raw.split(";")):
            if not part:
                continue
            name, sep, level = part.partition(":")
            if not sep or not _INT_RE.fullmatch(level.strip()):
                raise FieldError.of(NOT_A_RELIEF, value=repr(part))
            relief[name.strip()] = int(level)
        return _checked_relief(spec, relief)
    if kind is Kind.ZONE:
        return _checked_zone(raw)
    return text  # TEXT keeps its spaces


def parse_json(spec: FieldSpec, value: Any) -> Any:
    """The typed value of a JSON value; ``None`` for null."""
    if value is None:
        return None
    kind = spec.kind
    if kind is Kind.INT:
        if isinstance(value, bool) or not isinstance(value, int):
            raise FieldError.of(NOT_A_WHOLE_NUMBER, value=repr(value), range=spec.range_text)
        return _checked_int(spec, value)
    if kind is Kind.BOOL:
        if not isinstance(value, bool):
            raise FieldError.of(NOT_TRUE_OR_FALSE, value=repr(value))
        return value
    if kind is Kind.SET:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise FieldError.of(NOT_A_LIST)
        return _checked_set(spec, value)
    if kind is Kind.RELIEF:
        if not isinstance(value, dict) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in value.values()
        ):
            raise FieldError.of(NOT_AN_OBJECT, example='{"walking": 2}')
        return _checked_relief(spec, value)
    if not isinstance(value, str):
        raise FieldError.of(NOT_TEXT, value=repr(value))
    if not value.strip():
        return None
    return parse_text(spec, value) if kind is not Kind.TEXT else value


def _checked_int(spec: FieldSpec, value: int) -> int:
    if not spec.in_range(value):
        raise FieldError.of(OUTSIDE, value=value, range=spec.range_text)
    return value


def _checked_choice(spec: FieldSpec, value: str) -> str:
    if value not in spec.choices:
        raise FieldError.of(NOT_A_CHOICE, value=repr(value), choices=", ".join(spec.choices))
    return value


def _checked_set(spec: FieldSpec, values: list[str]) -> tuple[str, ...] | None:
    unknown = [v for v in values if v not in spec.choices]
    if unknown:
        raise FieldError.of(
            UNKNOWN_MEMBER if len(unknown) == 1 else UNKNOWN_MEMBERS,
            members=", ".join(map(repr, unknown)),
            known=", ".join(spec.choices),
        )
    return canonical_set(values, spec.choices) or None


def _checked_relief(spec: FieldSpec, values: Mapping[str, int]) -> tuple[tuple[str, int], ...]:
    _checked_set(spec, list(values))
    for name, level in values.items():
        if not spec.in_range(level):
            raise FieldError.of(RELIEF_OUTSIDE, name=name, level=level, range=spec.range_text)
    return canonical_remedies(values) or None  # type: ignore[return-value]


def _checked_zone(value: str) -> str:
    if not is_valid_zone(value):
        raise FieldError.of(NOT_A_ZONE, value=repr(value))
    return value


def check_value(spec: FieldSpec, value: Any) -> str | None:
    """Why ``value`` is not acceptable for ``spec``, or ``None`` when it is."""
    error = value_error(spec, value)
    return None if error is None else str(error)


def value_error(spec: FieldSpec, value: Any) -> FieldError | None:
    """:func:`check_value` with the template and values of its message."""
    if value is None:
        return None
    try:
        if spec.kind is Kind.INT:
            if isinstance(value, bool) or not isinstance(value, int):
                raise FieldError.of(NOT_A_WHOLE_NUMBER, value=repr(value), range=spec.range_text)
            _checked_int(spec, value)
        elif spec.kind is Kind.CHOICE:
            _checked_choice(spec, value)
        elif spec.kind in (Kind.SET, Kind.RELIEF) and not value:
            raise FieldError.of(EMPTY_LIST)
        elif spec.kind is Kind.SET:
            _checked_set(spec, list(value))
        elif spec.kind is Kind.RELIEF:
            _checked_relief(spec, dict(value))
        elif spec.kind is Kind.ZONE:
            _checked_zone(value)
    except FieldError as exc:
        return exc
    return None


def validate(night: Night, default_zone: str) -> list[Problem]:
    """Every problem of ``night``: its date, ranges, list members, and the cross-field
    rules."""
    problems = [
        Problem.from_error(spec.name, error)
        for spec in NIGHT_FIELDS
        if (error := value_error(spec, getattr(night, spec.name))) is not None
    ]
    try:
        check_date_range(night.date)
    except FieldError as exc:
        problems.insert(0, Problem.from_error("date", exc))
    if any(p.field == "timezone" for p in problems):
        return problems
    return problems + cross_field_problems(night, default_zone)


def _clock_times_present(night: Night) -> int:
    """How many of the four clock times of the sleep chain are filled in."""
    return (
        (night.bedtime is not None)
        + (night.lights_out is not None)
        + (night.final_wake is not None)
        + (night.out_of_bed is not None)
    )


def cross_field_problems(night: Night, default_zone: str) -> list[Problem]:
    """The rules that tie fields together (DESIGN §3.2), for a night whose single fields are
    already known to be valid (as after :func:`parse_text` / :func:`parse_json`)."""
    problems = []
    if night.no_sleep:
        for name in ("sleep_latency_min", "final_wake", "wake_after_sleep_onset_min"):
            if getattr(night, name) is not None:
                label = FIELDS_BY_NAME[name].label
                problems.append(Problem.of(name, BLANK_WITHOUT_SLEEP, label=label))
    present = _clock_times_present(night)
    if present < 2:
        return problems  # nothing to compare: no need to resolve the clock times
    minutes = chain_minutes(night, default_zone)
    window: int | None
    tib: int | None
    if minutes is not None:  # the fast path: differences of wall minutes are real minutes
        times = [(name, m) for name, m in zip(_CHAIN, minutes, strict=True) if m is not None]
        per_minute = 1
        bedtime, lights_out, final_wake, out_of_bed = minutes
        window = None if lights_out is None or final_wake is None else final_wake - lights_out
        tib = None if bedtime is None or out_of_bed is None else out_of_bed - bedtime
    else:
        at = resolve_exactly(night, default_zone)
        instants = [(name, i) for name in _CHAIN if (i := getattr(at, name)) is not None]
        origin = instants[0][1]
        times = [(name, (i - origin) // _MICROSECOND) for name, i in instants]
        per_minute = 60_000_000
        metrics = compute_resolved(night, at, default_zone)
        window, tib = metrics.sleep_window_min, metrics.time_in_bed_min
    chain = _chain_problems(night, times, per_minute)
    problems.extend(chain)
    latency = night.sleep_latency_min or 0
    waso = night.wake_after_sleep_onset_min or 0
    if window is not None and not night.no_sleep and latency + waso > window:
        problems.append(
            Problem.of(
                "wake_after_sleep_onset_min" if waso else "sleep_latency_min",
                AWAKE_LONGER_THAN_WINDOW,
                latency=latency,
                waso=waso,
                window=window,
            )
        )
    if tib is not None and tib > MAX_TIB_MIN and not chain:
        problems.append(Problem.of("out_of_bed", IN_BED_TOO_LONG, duration=_hm(tib)))
    elif tib is not None and tib > WARN_TIB_MIN and not chain:
        problems.append(Problem.of("out_of_bed", IN_BED_LONG, warning=True, duration=_hm(tib)))
    return problems


def cross_field_clean(nights: Iterable[Night] | NightColumns, default_zone: str) -> list[bool]:
    """For each night, ``True`` when :func:`cross_field_problems` finds no error in it (a
    warning is possible), ``False`` when it may find one: then ask it.

    The quick first pass of an import of thousands of rows, a few times faster per night,
    on nights or on nights held column by column (none is built then, but for the few that
    need the rules one by one). The usual night, with all four sleep times, is checked in
    one go on the wall clock: there, where the zone's offset is steady around the night
    (:func:`~rls_diary.domain.clock.steady_offset`) or at least among its times
    (:func:`~rls_diary.domain.clock.steady_over`), time in bed is the sum of the three steps
    between the times (each the minutes to the next occurrence of the next time) and the
    window from trying to sleep to the final awakening the middle step; no step can pass
    20 hours unless time in bed does. Every other night takes :func:`_clean`, the rules one
    by one. A night the fast path does not cover (its zone changes its offset among its
    times, a time with seconds) answers ``False``, as does every night that breaks a rule.
    Raises ``ValueError`` for an unknown zone where :func:`cross_field_problems` would.
    """
    if isinstance(nights, NightColumns):
        values: Iterator[tuple[Any, ...]] = zip(*map(nights.column, _CROSS_NAMES), strict=True)
        night_at: Callable[[int], Night] = nights.night
    else:
        listed = list(nights)
        values = map(_CROSS, listed)
        night_at = listed.__getitem__
    clean: list[bool] = []
    append = clean.append
    minute_of = MINUTE_OF_DAY.get
    zone_year: tuple[str, int] | None = None  # the zone and year of ``offsets``
    offsets: tuple[int, tuple[int | None, ...]] | None = None
    for row, (
        no_sleep,
        latency,
        waso,
        bedtime,
        lights_out,
        final_wake,
        out_of_bed,
        name,
        day,
    ) in enumerate(values):
        if (
            not no_sleep
            and (bedtime_min := minute_of(bedtime)) is not None
            and (lights_min := minute_of(lights_out)) is not None
            and (wake_min := minute_of(final_wake)) is not None
            and (out_min := minute_of(out_of_bed)) is not None
        ):
            window = (wake_min - lights_min) % _DAY_MIN
            in_bed = (
                (lights_min - bedtime_min) % _DAY_MIN + window + (out_min - wake_min) % _DAY_MIN
            )
            if in_bed <= MAX_TIB_MIN and (latency or 0) + (waso or 0) <= window:
                key = (name or default_zone, day.year)
                if key != zone_year:
                    zone_year, offsets = key, steady_offsets(*key)
                if offsets is not None and offsets[1][day.toordinal() - offsets[0]] is not None:
                    append(True)
                    continue
                # near an offset change: the wall clock holds if none falls among the times
                first = bedtime_min - _DAY_MIN if bedtime_min >= _NOON_MIN else bedtime_min
                append(steady_over(key[0], day, first, first + in_bed))
                continue
        append(_clean(night_at(row), default_zone))
    return clean


_DAY_MIN: Final = 1440
_NOON_MIN: Final = 720
_CROSS_NAMES: Final = (
    "no_sleep",
    "sleep_latency_min",
    "wake_after_sleep_onset_min",
    "bedtime",
    "lights_out",
    "final_wake",
    "out_of_bed",
    "timezone",
    "date",
)
_CROSS: Final = attrgetter(*_CROSS_NAMES)


def _clean(night: Night, default_zone: str) -> bool:
    """:func:`cross_field_clean` of one night: the rules of :func:`cross_field_problems`, in
    its order, answering only whether an error can come out."""
    no_sleep = night.no_sleep
    latency = night.sleep_latency_min
    waso = night.wake_after_sleep_onset_min
    if no_sleep and (latency is not None or waso is not None or night.final_wake is not None):
        return False
    present = _clock_times_present(night)
    if present < 2:
        return True
    minutes = chain_minutes(night, default_zone)
    if minutes is None:
        return False  # the exact path decides
    previous: int | None = None
    for instant in minutes:
        if instant is not None:
            if previous is not None and instant - previous > MAX_TIB_MIN:
                return False  # a time more than 20 hours after the one before it
            previous = instant
    bedtime, lights_out, final_wake, out_of_bed = minutes
    if (
        lights_out is not None
        and final_wake is not None
        and not no_sleep
        and (latency or 0) + (waso or 0) > final_wake - lights_out
    ):
        return False
    return bedtime is None or out_of_bed is None or out_of_bed - bedtime <= MAX_TIB_MIN


_CHAIN: Final = ("bedtime", "lights_out", "final_wake", "out_of_bed")
_MICROSECOND: Final = dt.timedelta(microseconds=1)


def _chain_problems(night: Night, times: list[tuple[str, int]], per_minute: int) -> list[Problem]:
    """A time more than 20 hours after the one before it is named (usually it was meant to be
    earlier, like trying to sleep before going to bed); time in bed then needs no second
    message. ``times`` are the resolved times of the chain, in order, as whole numbers of a
    unit ``per_minute`` to the minute (minutes on the fast path, microseconds otherwise)."""
    problems = []
    previous: tuple[str, int] | None = None
    for name, instant in times:
        if previous is not None and instant - previous[1] > MAX_TIB_MIN * per_minute:
            before, after = FIELDS_BY_NAME[previous[0]].label, FIELDS_BY_NAME[name].label
            gap = _hm((instant - previous[1]) // per_minute)
            problems.append(
                Problem.of(
                    name,
                    TIME_FAR_AFTER,
                    later=after,
                    later_time=format_time(night.get(name)),
                    gap=gap,
                    earlier=before,
                    earlier_time=format_time(night.get(previous[0])),
                )
            )
        previous = (name, instant)
    return problems


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if not p.warning]


def _hm(minutes: int) -> str:
    return f"{minutes // 60} h {minutes % 60:02d} min"
