"""The diary's own JSON exchange format (DESIGN §4, §6.1): full fidelity, stable bytes.

Reading checks every record and reports each problem with the record's path, such as
``nights[3].rls_severity`` or ``medications[2].class`` (indexes count from 0, as in the
array). A missing key is a blank (a missing list or object: empty); an unknown key is an error.

Writing is deterministic: records sorted by their date (then by their content), keys in a
fixed order with every night key present (``null`` for blanks), two-space indent, UTF-8 text
and a trailing newline. Nights carry their zone and timestamps are UTC, so
export → import → export gives the same bytes on any machine. Computed metrics are not part of
JSON.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, TypeVar

from rls_diary.domain.clock import is_valid_zone
from rls_diary.domain.insights.augmentation import BASELINE_FROM_KEY, BASELINE_TO_KEY
from rls_diary.domain.insights.safety import CRISIS_NUMBERS_KEY
from rls_diary.domain.night import NIGHT_FIELDS, FieldSpec, Kind, Night
from rls_diary.domain.problems import LocatedProblem
from rls_diary.domain.record_validation import (
    ASSESSMENT_RULES,
    CONDITION_RULES,
    LAB_RANGES,
    LAB_RULES,
    MEDICATION_RULES,
    QUESTION_RULES,
    RecordRules,
    baseline_problems,
    is_blank,
    item_scores,
)
from rls_diary.domain.records import (
    EXPERIMENT_OUTCOMES,
    Assessment,
    Condition,
    Experiment,
    Lab,
    Medication,
    Question,
)
from rls_diary.domain.validation import (
    FIRST_DATE,
    LAST_DATE,
    FieldError,
    check_date_range,
    cross_field_problems,
    errors,
    format_time,
    parse_date,
    parse_json,
    parse_time,
)

FORMAT: Final = "rls-diary"
VERSION: Final = 1

NIGHT_KEYS: Final[tuple[str, ...]] = (
    "date",
    *(spec.name for spec in NIGHT_FIELDS),
    "entered_at",
    "updated_at",
)
MEDICATION_KEYS: Final = ("name", "class", "dose", "unit", "time", "start", "stop")
LAB_KEYS: Final = (
    "date",
    "ferritin_ng_ml",
    "tsat_pct",
    "hemoglobin_g_dl",
    "weight_kg",
    "fasting_morning",
    "note",
)
ASSESSMENT_KEYS: Final = ("date", "irls_total", "items")
CONDITION_KEYS: Final = ("kind", "start", "end")
QUESTION_KEYS: Final = ("text", "created", "done")
EXPERIMENT_KEYS: Final = (
    "id",
    "factor",
    "outcome",
    "start",
    "block_nights",
    "pairs",
    "washout_nights",
    "seed",
    "schedule",
    "stopped",
)
SECTIONS: Final = (
    "nights",
    "medications",
    "labs",
    "assessments",
    "conditions",
    "questions",
    "experiments",
)
TOP_KEYS: Final = ("format", "version", *SECTIONS, "settings")
# The settings the app stores in the diary (crisis numbers, the augmentation watch's own
# baseline period); anything else in ``settings`` is an error, like an unknown key.
SETTING_KEYS: Final = tuple(sorted((BASELINE_FROM_KEY, BASELINE_TO_KEY, CRISIS_NUMBERS_KEY)))

BLOCK_NIGHTS: Final = (2, 14)
PAIRS: Final = (2, 12)
SCHEDULE_ORDERS: Final = ("AB", "BA")
_SQLITE_INT: Final = (-(2**63), 2**63 - 1)
_STAMP_RE: Final = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})"
)
_BOM: Final = "\ufeff"
# A JSON escape of a UTF-16 surrogate (\ud800–\udfff): only these can put a lone surrogate,
# which UTF-8 (and so the database) cannot hold, into a decoded text.
_SURROGATE_ESCAPE: Final = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE: Final = re.compile("[\ud800-\udfff]")

T = TypeVar("T")


@dataclass
class Document:
    """Everything a JSON export holds. Only ``Experiment.id`` is kept from the file: other
    records get their database ids when they are stored."""

    nights: list[Night] = field(default_factory=list)
    medications: list[Medication] = field(default_factory=list)
    labs: list[Lab] = field(default_factory=list)
    assessments: list[Assessment] = field(default_factory=list)
    conditions: list[Condition] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    experiments: list[Experiment] = field(default_factory=list)
    settings: dict[str, str] = field(default_factory=dict)


# --- writing -------------------------------------------------------------------------------


def write_json(doc: Document) -> str:
    """``doc`` as the §4 JSON text: sorted, every night key present, ending in a newline.

    A night without a zone is written with ``"timezone": null`` and so takes the importing
    machine's zone; nights from the database always carry theirs, which keeps the bytes equal
    across machines.
    """
    data = {
        "format": FORMAT,
        "version": VERSION,
        "nights": _sorted("date", map(night_json, doc.nights)),
        "medications": _sorted("start", map(_medication_json, doc.medications)),
        "labs": _sorted("date", map(_lab_json, doc.labs)),
        "assessments": _sorted("date", map(_assessment_json, doc.assessments)),
        "conditions": _sorted("start", map(_condition_json, doc.conditions)),
        "questions": _sorted("created", map(_question_json, doc.questions)),
        "experiments": _sorted("start", map(_experiment_json, doc.experiments)),
        "settings": dict(sorted(doc.settings.items())),
    }
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def _sorted(key: str, records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records by ``key`` (an ISO date, so text order is date order), then by content."""
    return sorted(records, key=lambda r: (r[key], json.dumps(r, sort_keys=True)))


def night_json(night: Night) -> dict[str, Any]:
    """The JSON object of a night, with every key of :data:`NIGHT_KEYS`."""
    return {
        "date": night.date.isoformat(),
        **{spec.name: json_value(spec, night.get(spec.name)) for spec in NIGHT_FIELDS},
        "entered_at": _stamp_text(night.entered_at),
        "updated_at": _stamp_text(night.updated_at),
    }


def json_value(spec: FieldSpec, value: Any) -> Any:
    """The JSON value of a night field: ``"HH:MM"``, a list, ``{"walking": 2}``, true/false.

    Text that is only white space is written as null, as reading would make it blank.
    """
    if value is None:
        return None
    kind = spec.kind
    if kind is Kind.TIME:
        return format_time(value)
    if kind is Kind.SET:
        return list(value)
    if kind is Kind.RELIEF:
        return dict(value)
    if kind is Kind.TEXT:
        return _blank_to_none(value)
    return value


def _stamp_text(value: dt.datetime | None) -> str | None:
    """ISO 8601 in UTC with ``Z``; a naive datetime is taken to be UTC already."""
    if value is None:
        return None
    utc = value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
    text = utc.strftime("%Y-%m-%dT%H:%M:%S")
    return f"{text}.{utc.microsecond:06d}Z" if utc.microsecond else f"{text}Z"


def _date_text(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _float(value: float | None) -> float | None:
    """Numbers always as floats, so ``40`` and ``40.0`` cannot give two different exports."""
    return None if value is None else float(value)


def _medication_json(m: Medication) -> dict[str, Any]:
    return {
        "name": m.name,
        "class": m.drug_class,
        "dose": _float(m.dose),
        "unit": m.unit,
        "time": None if m.time is None else format_time(m.time),
        "start": m.start.isoformat(),
        "stop": _date_text(m.stop),
    }


def _lab_json(lab: Lab) -> dict[str, Any]:
    return {
        "date": lab.date.isoformat(),
        "ferritin_ng_ml": _float(lab.ferritin_ng_ml),
        "tsat_pct": _float(lab.tsat_pct),
        "hemoglobin_g_dl": _float(lab.hemoglobin_g_dl),
        "weight_kg": _float(lab.weight_kg),
        "fasting_morning": lab.fasting_morning,
        "note": lab.note,
    }


def _assessment_json(a: Assessment) -> dict[str, Any]:
    return {
        "date": a.date.isoformat(),
        "irls_total": a.irls_total,
        "items": None if a.items is None else list(a.items),
    }


def _condition_json(c: Condition) -> dict[str, Any]:
    return {"kind": c.kind, "start": c.start.isoformat(), "end": _date_text(c.end)}


def _question_json(q: Question) -> dict[str, Any]:
    return {"text": q.text, "created": q.created.isoformat(), "done": q.done}


def _experiment_json(e: Experiment) -> dict[str, Any]:
    return {
        "id": e.id,
        "factor": e.factor,
        "outcome": e.outcome,
        "start": e.start.isoformat(),
        "block_nights": e.block_nights,
        "pairs": e.pairs,
        "washout_nights": e.washout_nights,
        "seed": e.seed,
        "schedule": list(e.schedule),
        "stopped": _date_text(e.stopped),
    }


# --- reading: value parsers (each raises FieldError with a message that names no field) ----


def _blank_to_none(text: str) -> str | None:
    return text if text.strip() else None


def _text(value: Any) -> str | None:
    """Free text, kept as written; white space only is blank."""
    if not isinstance(value, str):
        raise FieldError(f"{value!r} is not text")
    return _blank_to_none(value)


def _date(value: Any) -> dt.date:
    if not isinstance(value, str):
        raise FieldError(f"{value!r} is not a date like 2024-03-31")
    return check_date_range(parse_date(value))


def _time(value: Any) -> dt.time:
    if not isinstance(value, str):
        raise FieldError(f"{value!r} is not a time like 7:30 or 23:05")
    return parse_time(value)


def _stamp(value: Any) -> dt.datetime:
    """An ISO 8601 date-time with its offset (``Z`` preferred), as an aware UTC datetime."""
    if not isinstance(value, str) or not _STAMP_RE.fullmatch(value):
        raise FieldError(f"{value!r} is not a UTC time like 2024-03-31T06:45:00Z")
    try:
        stamp = dt.datetime.fromisoformat(value).astimezone(dt.UTC)
    except ValueError as exc:
        raise FieldError(f"{value!r} is not a real date and time") from exc
    except OverflowError:  # 0001-01-01T00:00:00+01:00 is before the first UTC instant
        stamp = None
    if stamp is None or not FIRST_DATE <= stamp.date() <= LAST_DATE:
        raise FieldError(f"{value!r} is not a time between {FIRST_DATE} and {LAST_DATE}")
    return stamp


def _int(low: int, high: int) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise FieldError(f"{value!r} is not a whole number ({low}–{high})")
        if not low <= value <= high:
            raise FieldError(f"{value} is outside {low}–{high}")
        return value

    return parse


def _choice(choices: tuple[str, ...]) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        if value not in choices:  # also rejects non-strings
            raise FieldError(f"{value!r} is not one of {', '.join(choices)}")
        assert isinstance(value, str)
        return value

    return parse


def _night_value(spec: FieldSpec) -> Callable[[Any], Any]:
    def parse(value: Any) -> Any:
        return parse_json(spec, value)  # white space only is blank there

    return parse


def _valid(
    rules: RecordRules,
    key: str,
    parse: Callable[[Any], Any] | None = None,
    convert: Callable[[Any], Any] | None = None,
) -> Callable[[Any], Any]:
    """``parse`` the JSON value to its type, check it with the shared record ``rules``
    (:mod:`record_validation`), then ``convert`` it; a blank gives ``None``."""

    def run(value: Any) -> Any:
        parsed = value if parse is None else parse(value)
        if is_blank(parsed):
            return None
        problem = rules.check(key, parsed)
        if problem is not None:
            raise FieldError(problem)
        return parsed if convert is None else convert(parsed)

    return run


def _cross(fields: _Fields, rules: RecordRules, values: Mapping[str, Any]) -> None:
    """Report the problems of the rules that tie fields together (blank fields skip them)."""
    for problem in rules.cross_problems(values):
        fields.fail(problem.field, problem.message)


def _schedule(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(v in SCHEDULE_ORDERS for v in value):
        raise FieldError('must be a list of "AB" or "BA", one per pair')
    return tuple(value)


# --- reading: records ----------------------------------------------------------------------


@dataclass(slots=True)
class _Sink:
    """Collects the problems of one file, each at a path."""

    file: str
    problems: list[LocatedProblem] = field(default_factory=list)

    def add(self, path: str | None, message: str) -> None:
        self.problems.append(LocatedProblem.at_path(self.file, path, message))


class _Fields:
    """Typed access to the keys of one JSON object; each bad value becomes a problem."""

    def __init__(self, obj: Mapping[str, Any], path: str, sink: _Sink) -> None:
        self.obj = obj
        self.path = path
        self.sink = sink
        self.failed: set[str] = set()

    def get(self, key: str, parse: Callable[[Any], T | None], required: bool = False) -> T | None:
        """The parsed value of ``key``; ``None`` when it is missing, null, blank or bad."""
        value = self.obj.get(key)
        parsed = None
        if value is not None:
            try:
                parsed = parse(value)
            except FieldError as exc:
                self.fail(key, str(exc))
                return None
        if parsed is None and required:
            self.fail(key, "is required and must not be blank")
        return parsed

    @property
    def ok(self) -> bool:
        return not self.failed

    def fail(self, key: str, message: str) -> None:
        """Report a problem with the value of ``key``."""
        self.failed.add(key)
        self.sink.add(f"{self.path}.{key}", message)

    def reject(self, message: str) -> None:
        """Report a problem with the record as a whole (at its own path)."""
        self.failed.add("")
        self.sink.add(self.path, message)


def _fields(value: Any, path: str, keys: tuple[str, ...], sink: _Sink) -> _Fields | None:
    """The record at ``path`` when it is an object; reports its unknown keys."""
    if not isinstance(value, dict):
        sink.add(path, "must be an object")
        return None
    fields = _Fields(value, path, sink)
    if isinstance(value, _Repeated):  # reported when the file was read: not a good record
        fields.failed.add("")
    unknown = [key for key in value if key not in keys]
    if unknown:
        fields.reject(_unknown_message(unknown, keys))
    return fields


def _unknown_message(unknown: list[str], known: tuple[str, ...]) -> str:
    noun = "key" if len(unknown) == 1 else "keys"
    return f"unknown {noun} {', '.join(map(repr, unknown))} (known: {', '.join(known)})"


def _night(fields: _Fields, default_zone: str) -> Night | None:
    day = fields.get("date", _date, required=True)
    values = {spec.name: fields.get(spec.name, _night_value(spec)) for spec in NIGHT_FIELDS}
    entered = fields.get("entered_at", _stamp)
    updated = fields.get("updated_at", _stamp)
    if day is None:
        return None
    zone_ok = "timezone" not in fields.failed
    values["timezone"] = values["timezone"] or default_zone
    night = Night(day, **values, entered_at=entered, updated_at=updated)
    if zone_ok:
        for problem in errors(cross_field_problems(night, default_zone)):
            fields.fail(problem.field, problem.message)
    return night


def _medication(fields: _Fields) -> Medication | None:
    rules = MEDICATION_RULES
    name = fields.get("name", _valid(rules, "name", _text), required=True)
    drug_class = fields.get("class", _valid(rules, "class"), required=True)
    dose = fields.get("dose", _valid(rules, "dose", convert=float))
    unit = fields.get("unit", _valid(rules, "unit", _text))
    time = fields.get("time", _valid(rules, "time", _time))
    start = fields.get("start", _valid(rules, "start", _date), required=True)
    stop = fields.get("stop", _valid(rules, "stop", _date))
    _cross(fields, rules, {"start": start, "stop": stop})
    if name is None or drug_class is None or start is None:
        return None
    return Medication(name, drug_class, start, dose, unit, time, stop)


def _lab(fields: _Fields) -> Lab | None:
    rules = LAB_RULES
    day = fields.get("date", _valid(rules, "date", _date), required=True)
    ferritin, tsat, hemoglobin, weight = (
        fields.get(key, _valid(rules, key, convert=float)) for key in LAB_RANGES
    )
    fasting = fields.get("fasting_morning", _valid(rules, "fasting_morning"))
    note = fields.get("note", _valid(rules, "note", _text))
    if day is None:
        return None
    return Lab(day, ferritin, tsat, hemoglobin, weight, fasting, note)


def _assessment(fields: _Fields) -> Assessment | None:
    rules = ASSESSMENT_RULES
    day = fields.get("date", _valid(rules, "date", _date), required=True)
    total = fields.get("irls_total", _valid(rules, "irls_total"), required=True)
    items = fields.get("items", _valid(rules, "items", convert=item_scores))
    _cross(fields, rules, {"irls_total": total, "items": items})
    if day is None or total is None:
        return None
    return Assessment(day, total, items)


def _condition(fields: _Fields) -> Condition | None:
    rules = CONDITION_RULES
    kind = fields.get("kind", _valid(rules, "kind"), required=True)
    start = fields.get("start", _valid(rules, "start", _date), required=True)
    end = fields.get("end", _valid(rules, "end", _date))
    _cross(fields, rules, {"start": start, "end": end})
    if kind is None or start is None:
        return None
    return Condition(kind, start, end)


def _question(fields: _Fields) -> Question | None:
    rules = QUESTION_RULES
    text = fields.get("text", _valid(rules, "text", _text), required=True)
    created = fields.get("created", _valid(rules, "created", _date), required=True)
    done = fields.get("done", _valid(rules, "done"))
    if text is None or created is None:
        return None
    return Question(text, created, bool(done))


def _experiment(fields: _Fields) -> Experiment | None:
    ident = fields.get("id", _int(1, _SQLITE_INT[1]), required=True)
    factor = fields.get("factor", _text, required=True)
    outcome = fields.get("outcome", _choice(EXPERIMENT_OUTCOMES), required=True)
    start = fields.get("start", _date, required=True)
    block = fields.get("block_nights", _int(*BLOCK_NIGHTS), required=True)
    pairs = fields.get("pairs", _int(*PAIRS), required=True)
    washout = fields.get("washout_nights", _int(0, (block or BLOCK_NIGHTS[1]) - 1), required=True)
    seed = fields.get("seed", _int(*_SQLITE_INT), required=True)
    schedule = fields.get("schedule", _schedule, required=True)
    stopped = fields.get("stopped", _date)
    if schedule is not None and pairs is not None and len(schedule) != pairs:
        fields.fail("schedule", f"has {len(schedule)} entries for {pairs} pairs")
    if (
        ident is None
        or factor is None
        or outcome is None
        or start is None
        or block is None
        or pairs is None
        or washout is None
        or seed is None
        or schedule is None
    ):
        return None
    return Experiment(ident, factor, outcome, start, block, pairs, washout, seed, schedule, stopped)


# Readers of the sections other than nights, and the key that must be unique in a section.
_READERS: Final[Mapping[str, tuple[tuple[str, ...], Callable[[_Fields], Any]]]] = {
    "medications": (MEDICATION_KEYS, _medication),
    "labs": (LAB_KEYS, _lab),
    "assessments": (ASSESSMENT_KEYS, _assessment),
    "conditions": (CONDITION_KEYS, _condition),
    "questions": (QUESTION_KEYS, _question),
    "experiments": (EXPERIMENT_KEYS, _experiment),
}
_UNIQUE: Final = {"nights": "date", "experiments": "id"}


# --- reading: the document -----------------------------------------------------------------


def read_json(text: str, filename: str, default_zone: str) -> tuple[Document, list[LocatedProblem]]:
    """The records of a JSON export and every problem found in them.

    The document holds only the records without problems; a caller that imports all or
    nothing stores it only when the problem list is empty. A night without ``timezone`` gets
    ``default_zone``. Raises ``ValueError`` when ``default_zone`` is not a known zone.
    """
    if not is_valid_zone(default_zone):
        raise ValueError(f"unknown time zone {default_zone!r}")
    sink = _Sink(filename)
    doc = Document()
    data = _load(text.removeprefix(_BOM), sink)
    if data is None or not _header_ok(data, sink):
        return doc, sink.problems
    if _SURROGATE_ESCAPE.search(text):
        for path in _lone_surrogates(data):
            sink.add(
                path, "holds a lone \\u escape of a UTF-16 surrogate, which is not a character"
            )
    unknown = [key for key in data if key not in TOP_KEYS]
    if unknown:
        sink.add(None, _unknown_message(unknown, TOP_KEYS))
    doc.nights = _read_section(
        data.get("nights"), "nights", NIGHT_KEYS, lambda f: _night(f, default_zone), sink
    )
    for section, (keys, reader) in _READERS.items():
        setattr(doc, section, _read_section(data.get(section), section, keys, reader, sink))
    doc.settings = _read_settings(data.get("settings"), sink)
    return doc, sink.problems


class _Repeated(dict[str, Any]):
    """A JSON object in which a key appears more than once (``json`` would keep the last
    value silently); ``counts`` holds how often each repeated key appears."""

    __slots__ = ("counts",)

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        super().__init__(pairs)
        counts = Counter(key for key, _ in pairs)
        self.counts = {key: n for key, n in counts.items() if n > 1}


def _load(text: str, sink: _Sink) -> dict[str, Any] | None:
    """The top-level object, or ``None`` after reporting why there is none.

    Every key that appears twice in one object is reported at the object's path.
    """
    repeated = False

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal repeated
        obj = dict(pairs)
        if len(obj) == len(pairs):  # the usual case: no counting, no second pass
            return obj
        repeated = True
        return _Repeated(pairs)

    try:
        data = json.loads(text, object_pairs_hook=hook)
    except json.JSONDecodeError as exc:
        sink.problems.append(
            LocatedProblem(
                sink.file, exc.lineno, None, f"not valid JSON: {exc.msg} (column {exc.colno})"
            )
        )
        return None
    except RecursionError:
        sink.add(None, "not valid JSON: nested too deeply")
        return None
    if not isinstance(data, dict):
        sink.add(None, f'not an RLS Diary export (expected an object with "format": "{FORMAT}")')
        return None
    if repeated:
        for path, obj in _containers(data):
            if isinstance(obj, _Repeated):
                for key, count in obj.counts.items():
                    times = "twice" if count == 2 else f"{count} times"
                    sink.add(path, f"{key!r} appears {times}; a key may appear only once")
    return data


def _walk(
    data: dict[str, Any], keep_key: Callable[[str], bool] = lambda key: True
) -> Iterator[tuple[str | None, Any]]:
    """Every value in ``data`` with its path, in file order, leaving out the values under a
    key ``keep_key`` refuses (without recursion: the JSON parser accepts nesting deeper than
    Python's stack)."""
    stack: list[tuple[str | None, Any]] = [(None, data)]
    while stack:
        path, value = stack.pop()
        yield path, value
        if isinstance(value, list):
            stack.extend((f"{path}[{i}]", item) for i, item in reversed(list(enumerate(value))))
        elif isinstance(value, dict):
            stack.extend(
                (key if path is None else f"{path}.{key}", item)
                for key, item in reversed(list(value.items()))
                if keep_key(key)
            )


def _containers(data: dict[str, Any]) -> Iterator[tuple[str | None, dict[str, Any] | list[Any]]]:
    """Every object and list in ``data`` with its path, in file order."""
    return ((path, value) for path, value in _walk(data) if isinstance(value, dict | list))


def _lone_surrogates(data: dict[str, Any]) -> Iterator[str | None]:
    """The path of every text (or key: the path of its object) holding a lone surrogate;
    nothing under such a key is looked at."""
    for path, value in _walk(data, keep_key=lambda key: not _SURROGATE.search(key)):
        if isinstance(value, str):
            if _SURROGATE.search(value):
                yield path
        elif isinstance(value, dict) and any(_SURROGATE.search(key) for key in value):
            yield path


def _header_ok(data: Mapping[str, Any], sink: _Sink) -> bool:
    """Whether ``format`` and ``version`` say this is a file this app can read."""
    found = data.get("format")
    if found != FORMAT:
        shown = "missing" if found is None else f"{found!r}, not {FORMAT!r}"
        sink.add("format", f"{shown}: not an RLS Diary export")
        return False
    version = data.get("version")
    if type(version) is not int or version != VERSION:
        shown = "missing" if version is None else f"{version!r} is not supported"
        sink.add("version", f"{shown} (this app reads version {VERSION})")
        return False
    return True


def _objects(value: Any, section: str, keys: tuple[str, ...], sink: _Sink) -> Iterator[_Fields]:
    """The objects of the list ``section``, one by one so that problems come in file order
    (an absent or null section is empty)."""
    if value is None:
        return
    if not isinstance(value, list):
        sink.add(section, "must be a list")
        return
    for index, item in enumerate(value):
        fields = _fields(item, f"{section}[{index}]", keys, sink)
        if fields is not None:
            yield fields


def _read_section(
    value: Any, section: str, keys: tuple[str, ...], reader: Callable[[_Fields], Any], sink: _Sink
) -> list[Any]:
    """The records of one section that have no problem.

    A night date or an experiment id used twice is a problem naming both records.
    """
    read = [(fields, reader(fields)) for fields in _objects(value, section, keys, sink)]
    read = [(fields, record) for fields, record in read if record is not None]
    unique = _UNIQUE.get(section)
    if unique is not None:
        first: dict[Any, str] = {}
        for fields, record in read:
            key = getattr(record, unique)
            if key in first:
                fields.fail(unique, f"{key} is also the {unique} of {first[key]}")
            else:
                first[key] = fields.path
    return [record for fields, record in read if fields.ok]


def _read_settings(value: Any, sink: _Sink) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        sink.add("settings", "must be an object of names and texts")
        return {}
    unknown = [key for key in value if key not in SETTING_KEYS]
    if unknown:
        sink.add("settings", _unknown_message(unknown, SETTING_KEYS))
    settings: dict[str, str] = {}
    for key, text in value.items():
        if key not in SETTING_KEYS:
            continue
        if isinstance(text, str):
            settings[key] = text
        else:
            sink.add(f"settings.{key}", f"{text!r} is not text")
    _check_baseline(settings, sink)
    return settings


def _check_baseline(settings: Mapping[str, str], sink: _Sink) -> None:
    """The augmentation watch's baseline: two dates in order, or neither (as the Treatment
    tab stores it); the watch would otherwise ignore it without a word."""
    dates: dict[str, dt.date | None] = {}
    for key in (BASELINE_FROM_KEY, BASELINE_TO_KEY):
        text = settings.get(key, "").strip()
        if not text:
            dates[key] = None
            continue
        try:
            dates[key] = check_date_range(parse_date(text))
        except FieldError as exc:
            sink.add(f"settings.{key}", str(exc))
            return
    for problem in baseline_problems(dates[BASELINE_FROM_KEY], dates[BASELINE_TO_KEY]):
        sink.add(f"settings.{problem.field}", problem.message)
