"""Round trips of the exchange formats over generated diaries (DESIGN §4).

CSV: ``read_csv(write_csv(nights))`` gives the nights back exactly, each on the line where
its row starts. JSON: export → import → export is byte-identical, whatever the importing
machine's zone.
"""

from __future__ import annotations

import random
import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import ZONES, documents, night_lists, nights, zones

from rls_diary.domain.csv_format import escape_formula, read_csv, unescape_formula, write_csv
from rls_diary.domain.json_format import Document, read_json, write_json
from rls_diary.domain.night import Night
from rls_diary.domain.validation import errors, validate

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _as_csv_gives_back(night: Night, zone: str) -> Night:
    """What a CSV round trip must return: the zone filled in, JSON-only fields blank."""
    return night.replace(timezone=night.timezone or zone)


@given(nights(), st.sampled_from(ZONES))
def test_generated_nights_are_valid(night: Night, zone: str) -> None:
    assert errors(validate(night, zone)) == []


@settings(max_examples=150)
@given(night_lists(json_only=False), zones)
def test_csv_round_trip_is_exact(generated: list[Night], zone: str) -> None:
    text = write_csv(generated, zone)
    result = read_csv(text, "f.csv", zone)
    assert result.problems == []
    assert [night for _, night in result.nights] == [
        _as_csv_gives_back(night, zone) for night in generated
    ]


@given(night_lists(json_only=False), zones)
def test_csv_rows_are_found_on_their_physical_lines(generated: list[Night], zone: str) -> None:
    text = write_csv(generated, zone)
    physical = _LINE_BREAK.split(text)
    for line, night in read_csv(text, "f.csv", zone).nights:
        assert physical[line - 1].startswith(night.date.isoformat() + ",")


@given(night_lists(json_only=False), zones, st.sampled_from(ZONES))
def test_csv_written_zones_do_not_depend_on_the_reader(
    generated: list[Night], writer_zone: str, reader_zone: str
) -> None:
    """Export always writes the zone, so another machine reads the same nights."""
    text = write_csv(generated, writer_zone)
    again = read_csv(text, "f.csv", reader_zone)
    assert write_csv((night for _, night in again.nights), reader_zone) == text


@given(st.text())
def test_formula_escaping_is_undone_exactly(cell: str) -> None:
    escaped = escape_formula(cell)
    assert unescape_formula(escaped) == cell
    assert escaped[:1] not in set("=+-@\t\r")


@settings(max_examples=100)
@given(documents(), st.sampled_from(ZONES), st.sampled_from(ZONES))
def test_json_export_import_export_is_byte_identical_across_zones(
    doc: Document, zone_a: str, zone_b: str
) -> None:
    first = write_json(doc)
    read_a, problems_a = read_json(first, "x.json", zone_a)
    read_b, problems_b = read_json(first, "x.json", zone_b)
    assert problems_a == problems_b == []
    assert write_json(read_a) == first
    assert write_json(read_b) == first


@given(documents())
def test_json_import_gives_back_every_record(doc: Document) -> None:
    back, problems = read_json(write_json(doc), "x.json", "UTC")
    assert problems == []
    for section in ("nights", "medications", "labs", "assessments", "conditions", "questions"):
        assert Counter(getattr(back, section)) == Counter(getattr(doc, section)), section
    assert sorted(back.experiments, key=lambda e: e.id) == sorted(
        doc.experiments, key=lambda e: e.id
    )
    assert back.settings == doc.settings


@given(documents(), st.randoms(use_true_random=False))
def test_json_output_does_not_depend_on_record_order(doc: Document, rng: random.Random) -> None:
    shuffled = Document(
        **{
            section: rng.sample(records, len(records))
            for section, records in vars(doc).items()
            if isinstance(records, list)
        },
        settings=dict(reversed(doc.settings.items())),
    )
    assert write_json(shuffled) == write_json(doc)
