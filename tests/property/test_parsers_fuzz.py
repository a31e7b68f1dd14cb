"""The exchange-format readers never raise on what a file may hold (DESIGN §4, issue 9).

Whatever the text — random characters, CSV-shaped rows with hostile cells, JSON of any shape,
deeply nested or with out-of-range numbers — ``read_csv`` and ``read_json`` return their
result with problems located in the file; they raise nothing (the only ``ValueError`` they
document is for an unknown *default zone*, which comes from the program, not the file).
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rls_diary.domain.csv_format import read_csv
from rls_diary.domain.json_format import NIGHT_KEYS, TOP_KEYS, read_json
from rls_diary.domain.night import CSV_FIELDS
from rls_diary.domain.problems import LocatedProblem

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ZONE = "Europe/Berlin"

COLUMNS = [spec.name for spec in CSV_FIELDS] + ["time_in_bed_min", "unknown_column", ""]
NASTY_CELLS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "",
            " ",
            "'",
            "'=1+1",
            "=cmd|' /C calc'!A0",
            '"',
            '""',
            '"a"b"',
            "2024-02-30",
            "2024-13-01",
            "0001-01-01",
            "9999-12-31",
            "24:00",
            "23:60",
            "7:5",
            "-1",
            "1e400",
            "nan",
            "inf",
            "٣",  # a non-ASCII digit
            "legs;legs",
            "walking:9",
            "walking:",
            ":2",
            "yes",
            "No",
            "Europe/Nowhere",
            "UTC",
            "../../etc/passwd",
            "\x00",
            "\r",
            "\n",
            "a\r\nb",
            ";",
            ",",
        ]
    ),
)


def _csv_line(cells: list[str], separator: str) -> str:
    quoted = []
    for cell in cells:
        needs = any(ch in cell for ch in (separator, '"', "\n", "\r"))
        quoted.append('"' + cell.replace('"', '""') + '"' if needs else cell)
    return separator.join(quoted)


@st.composite
def csv_texts(draw: st.DrawFn) -> str:
    separator = draw(st.sampled_from([",", ";"]))
    header = draw(st.lists(st.sampled_from(COLUMNS), min_size=0, max_size=8))
    if draw(st.booleans()):
        header = ["date", *header]
    rows = draw(
        st.lists(
            st.lists(NASTY_CELLS, min_size=0, max_size=len(header) + 2), min_size=0, max_size=6
        )
    )
    ending = draw(st.sampled_from(["\n", "\r\n", "\r", ""]))
    text = ending.join(_csv_line(row, separator) for row in [header, *rows])
    if draw(st.booleans()):
        # break the quoting somewhere: an unterminated quote, a stray one
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.sampled_from(['"', '""', "\x00", "\ufeff"])) + text[cut:]
    if draw(st.booleans()):
        text = "\ufeff" + text
    return text


def _check_problems(problems: list[LocatedProblem], file: str) -> None:
    for problem in problems:
        assert isinstance(problem, LocatedProblem)
        assert str(problem).startswith(file)
        assert problem.message


@FUZZ
@given(st.text(max_size=400))
def test_read_csv_takes_any_text(text: str) -> None:
    result = read_csv(text, "f.csv", ZONE)
    _check_problems(result.problems, "f.csv")


@FUZZ
@given(csv_texts())
def test_read_csv_takes_any_csv_shaped_text(text: str) -> None:
    result = read_csv(text, "f.csv", ZONE)
    _check_problems(result.problems, "f.csv")
    for line, night in result.nights:
        assert line >= 2
        assert night.timezone  # every returned night has its zone filled in


@FUZZ
@given(st.binary(max_size=300))
def test_read_csv_takes_any_decoded_bytes(raw: bytes) -> None:
    text = raw.decode("utf-8", errors="replace")
    _check_problems(read_csv(text, "f.csv", ZONE).problems, "f.csv")


JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["2024-03-31", "23:05", "2024-03-31T06:45:00Z", "AB", "legs", "UTC"]),
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.text(max_size=8), inner, max_size=4),
    ),
    max_leaves=20,
)
KNOWN_KEYS = sorted({*NIGHT_KEYS, *TOP_KEYS, "name", "class", "start", "stop", "items"})


@st.composite
def rls_documents(draw: st.DrawFn) -> dict[str, Any]:
    """Objects that pass the header check, with sections of any shape."""
    doc: dict[str, Any] = {"format": "rls-diary", "version": draw(st.sampled_from([1, 1, 2, "1"]))}
    for section in draw(st.lists(st.sampled_from(sorted(TOP_KEYS)), max_size=5)):
        if section in ("format", "version"):
            continue
        records = st.dictionaries(st.sampled_from(KNOWN_KEYS), JSON_VALUES, max_size=8)
        doc[section] = draw(st.one_of(st.lists(records, max_size=3), JSON_VALUES))
    return doc


@FUZZ
@given(st.text(max_size=400))
def test_read_json_takes_any_text(text: str) -> None:
    _, problems = read_json(text, "x.json", ZONE)
    _check_problems(problems, "x.json")


@FUZZ
@given(JSON_VALUES)
def test_read_json_takes_any_json_value(value: Any) -> None:
    _, problems = read_json(json.dumps(value), "x.json", ZONE)
    _check_problems(problems, "x.json")


@FUZZ
@given(rls_documents())
def test_read_json_takes_any_document_shape(doc: dict[str, Any]) -> None:
    document, problems = read_json(json.dumps(doc), "x.json", ZONE)
    _check_problems(problems, "x.json")
    assert all(night.timezone for night in document.nights)


def test_read_json_survives_deep_nesting() -> None:
    for depth in (1_000, 100_000):
        _, problems = read_json("[" * depth + "]" * depth, "x.json", ZONE)
        assert problems
        _, problems = read_json('{"nights": ' + "[" * depth, "x.json", ZONE)
        assert problems
