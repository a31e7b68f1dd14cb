"""The diary's JSON format (DESIGN §4, §6.1): stable bytes, and every problem at its path."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from rls_diary.domain.json_format import NIGHT_KEYS, Document, read_json, write_json
from rls_diary.domain.night import Night
from rls_diary.domain.problems import LocatedProblem
from rls_diary.domain.records import (
    Assessment,
    Condition,
    Experiment,
    Lab,
    Medication,
    Question,
)

DAY = dt.date(2024, 3, 31)
UTC = dt.UTC


def doc_text(**sections: Any) -> str:
    return json.dumps({"format": "rls-diary", "version": 1, **sections})


def read(text: str, zone: str = "Europe/Berlin") -> tuple[Document, list[LocatedProblem]]:
    return read_json(text, "x.json", zone)


def messages(text: str, zone: str = "Europe/Berlin") -> list[str]:
    return [str(problem) for problem in read(text, zone)[1]]


def read_ok(text: str, zone: str = "Europe/Berlin") -> Document:
    doc, problems = read(text, zone)
    assert problems == []
    return doc


def full_document() -> Document:
    night = Night(
        DAY,
        timezone="Europe/Berlin",
        bedtime=dt.time(23, 0),
        lights_out=dt.time(23, 10),
        sleep_latency_min=15,
        wake_after_sleep_onset_min=20,
        final_wake=dt.time(6, 30),
        out_of_bed=dt.time(6, 45),
        no_sleep=False,
        rls_severity=6,
        rls_areas=("legs", "trunk"),
        remedies=(("walking", 2), ("massage", 0)),
        triggers=("stress",),
        nicotine=True,
        notes="Müde – „gut“ 😴",
        experiment_adherence=False,
        entered_at=dt.datetime(2024, 3, 31, 5, 0, 1, tzinfo=UTC),
        updated_at=dt.datetime(2024, 3, 31, 5, 10, tzinfo=UTC),
    )
    return Document(
        nights=[night, Night(dt.date(2024, 3, 30), timezone="Asia/Tokyo")],
        medications=[
            Medication(
                "Pramipexole",
                "dopamine_agonist",
                dt.date(2024, 1, 1),
                0.18,
                "mg",
                dt.time(20, 0),
                dt.date(2024, 2, 1),
                id=7,
            ),
            Medication("Ferrous sulfate", "iron_oral", dt.date(2023, 6, 1), 325, "mg"),
        ],
        labs=[Lab(dt.date(2024, 2, 1), ferritin_ng_ml=48, tsat_pct=19.5, fasting_morning=True)],
        assessments=[Assessment(dt.date(2024, 2, 1), 10, (1, 1, 1, 1, 1, 1, 1, 1, 1, 1))],
        conditions=[Condition("travel", dt.date(2024, 3, 1), dt.date(2024, 3, 8))],
        questions=[Question("Is my ferritin low?", dt.date(2024, 2, 2))],
        experiments=[
            Experiment(
                3,
                "no coffee after 12:00",
                "rls_severity",
                dt.date(2024, 4, 1),
                4,
                2,
                1,
                42,
                ("AB", "BA"),
                None,
            )
        ],
        settings={
            "crisis_numbers": "112",
            "augmentation_baseline_from": "2024-01-01",
            "augmentation_baseline_to": "2024-01-14",
        },
    )


# --- writing -------------------------------------------------------------------------------


def test_write_gives_the_documented_shape_with_every_night_key() -> None:
    data = json.loads(write_json(full_document()))
    assert list(data) == [
        "format",
        "version",
        "nights",
        "medications",
        "labs",
        "assessments",
        "conditions",
        "questions",
        "experiments",
        "settings",
    ]
    assert (data["format"], data["version"]) == ("rls-diary", 1)
    blank = data["nights"][0]
    assert tuple(blank) == NIGHT_KEYS
    expected = {"date": "2024-03-30", "timezone": "Asia/Tokyo"} | dict.fromkeys(NIGHT_KEYS[2:])
    assert blank == expected


def test_night_values_are_written_as_json_types() -> None:
    night = json.loads(write_json(full_document()))["nights"][1]
    assert night["bedtime"] == "23:00"
    assert night["rls_areas"] == ["legs", "trunk"]
    assert night["remedies"] == {"walking": 2, "massage": 0}
    assert night["triggers"] == ["stress"]
    assert (night["no_sleep"], night["nicotine"], night["experiment_adherence"]) == (
        False,
        True,
        False,
    )
    assert night["entered_at"] == "2024-03-31T05:00:01Z"
    assert night["updated_at"] == "2024-03-31T05:10:00Z"
    assert "time_in_bed_min" not in night  # computed metrics are not part of JSON


def test_write_is_indented_utf8_text_with_a_trailing_newline() -> None:
    text = write_json(full_document())
    assert text.startswith('{\n  "format": "rls-diary",\n  "version": 1,\n  "nights": [\n    {\n')
    assert text.endswith("}\n")
    assert "Müde – „gut“ 😴" in text
    assert "\\u" not in text


def test_records_are_written_in_the_documented_key_order() -> None:
    data = json.loads(write_json(full_document()))
    assert data["medications"][1] == {
        "name": "Pramipexole",
        "class": "dopamine_agonist",
        "dose": 0.18,
        "unit": "mg",
        "time": "20:00",
        "start": "2024-01-01",
        "stop": "2024-02-01",
    }
    assert list(data["labs"][0]) == [
        "date",
        "ferritin_ng_ml",
        "tsat_pct",
        "hemoglobin_g_dl",
        "weight_kg",
        "fasting_morning",
        "note",
    ]
    assert data["assessments"][0] == {"date": "2024-02-01", "irls_total": 10, "items": [1] * 10}
    assert data["conditions"][0] == {"kind": "travel", "start": "2024-03-01", "end": "2024-03-08"}
    assert data["questions"][0] == {
        "text": "Is my ferritin low?",
        "created": "2024-02-02",
        "done": False,
    }
    assert data["experiments"][0] == {
        "id": 3,
        "factor": "no coffee after 12:00",
        "outcome": "rls_severity",
        "start": "2024-04-01",
        "block_nights": 4,
        "pairs": 2,
        "washout_nights": 1,
        "seed": 42,
        "schedule": ["AB", "BA"],
        "stopped": None,
    }
    assert list(data["settings"]) == [
        "augmentation_baseline_from",
        "augmentation_baseline_to",
        "crisis_numbers",
    ]


def test_numbers_of_records_are_always_written_as_floats() -> None:
    data = json.loads(write_json(full_document()))
    assert data["medications"][0]["dose"] == 325.0
    assert '"dose": 325.0' in write_json(full_document())
    assert '"ferritin_ng_ml": 48.0' in write_json(full_document())


def test_records_are_sorted_by_date_then_content_whatever_the_input_order() -> None:
    doc = full_document()
    backwards = Document(
        nights=doc.nights[::-1],
        medications=doc.medications[::-1],
        questions=[Question("b", DAY), Question("a", DAY), Question("z", dt.date(2020, 1, 1))],
    )
    forwards = Document(
        nights=doc.nights,
        medications=doc.medications,
        questions=[Question("z", dt.date(2020, 1, 1)), Question("a", DAY), Question("b", DAY)],
    )
    assert write_json(backwards) == write_json(forwards)
    data = json.loads(write_json(backwards))
    assert [n["date"] for n in data["nights"]] == ["2024-03-30", "2024-03-31"]
    assert [m["start"] for m in data["medications"]] == ["2023-06-01", "2024-01-01"]
    assert [q["text"] for q in data["questions"]] == ["z", "a", "b"]


def test_timestamps_are_written_in_utc_with_z() -> None:
    berlin = dt.timezone(dt.timedelta(hours=2))
    nights = [
        Night(DAY, entered_at=dt.datetime(2024, 3, 31, 8, 0, tzinfo=berlin)),
        Night(DAY + dt.timedelta(days=1), entered_at=dt.datetime(2024, 4, 1, 6, 0)),  # naive=UTC
        Night(DAY + dt.timedelta(days=2), entered_at=dt.datetime(2024, 4, 2, 6, 0, 0, 5000, UTC)),
    ]
    stamps = [n["entered_at"] for n in json.loads(write_json(Document(nights)))["nights"]]
    assert stamps == ["2024-03-31T06:00:00Z", "2024-04-01T06:00:00Z", "2024-04-02T06:00:00.005000Z"]


def test_whitespace_only_text_is_written_as_null() -> None:
    data = json.loads(write_json(Document([Night(DAY, notes="  ")])))
    assert data["nights"][0]["notes"] is None


# --- round trips ---------------------------------------------------------------------------


def test_import_gives_back_the_exported_records_without_database_ids() -> None:
    original = full_document()
    doc = read_ok(write_json(original))
    assert sorted(doc.nights, key=lambda n: n.date) == sorted(original.nights, key=lambda n: n.date)
    assert set(doc.medications) == {
        Medication(
            "Pramipexole",
            "dopamine_agonist",
            dt.date(2024, 1, 1),
            0.18,
            "mg",
            dt.time(20, 0),
            dt.date(2024, 2, 1),
        ),
        Medication("Ferrous sulfate", "iron_oral", dt.date(2023, 6, 1), 325.0, "mg"),
    }
    assert doc.experiments == original.experiments  # experiment ids are kept
    assert doc.labs == original.labs
    assert doc.assessments == original.assessments
    assert doc.conditions == original.conditions
    assert doc.questions == original.questions
    assert doc.settings == original.settings


@pytest.mark.parametrize("zone", ["UTC", "Pacific/Kiritimati", "America/Adak"])
def test_export_import_export_is_byte_identical_in_any_default_zone(zone: str) -> None:
    first = write_json(full_document())
    assert write_json(read_ok(first, zone)) == first


# --- reading: the file as a whole ----------------------------------------------------------


def test_invalid_json_is_reported_with_its_line() -> None:
    text = '{\n  "format": "rls-diary",\n  "version": 1,\n  "nights": [}\n'
    assert messages(text) == ["x.json:4: not valid JSON: Expecting value (column 14)"]


def test_a_leading_bom_is_accepted() -> None:
    assert read_ok("\ufeff" + doc_text()) == Document()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[]", 'x.json: not an RLS Diary export (expected an object with "format": "rls-diary")'),
        ('{"version": 1}', "x.json: format: missing: not an RLS Diary export"),
        (
            '{"format": "sleep", "version": 1}',
            "x.json: format: 'sleep', not 'rls-diary': not an RLS Diary export",
        ),
        ('{"format": "rls-diary"}', "x.json: version: missing (this app reads version 1)"),
        (
            '{"format": "rls-diary", "version": 2}',
            "x.json: version: 2 is not supported (this app reads version 1)",
        ),
        (
            '{"format": "rls-diary", "version": true}',
            "x.json: version: True is not supported (this app reads version 1)",
        ),
        (
            '{"format": "rls-diary", "version": "1"}',
            "x.json: version: '1' is not supported (this app reads version 1)",
        ),
    ],
)
def test_a_file_of_another_format_or_version_is_refused(text: str, message: str) -> None:
    doc, problems = read(text)
    assert [str(p) for p in problems] == [message]
    assert doc == Document()


def test_missing_sections_are_empty_and_null_sections_too() -> None:
    assert read_ok(doc_text(nights=None, settings=None)) == Document()


def test_unknown_top_level_keys_are_one_problem() -> None:
    problems = messages(doc_text(extra=1, notes="x"))
    assert len(problems) == 1
    assert problems[0].startswith("x.json: unknown keys 'extra', 'notes' (known: format, version")


def test_a_section_of_the_wrong_type_is_reported() -> None:
    assert messages(doc_text(nights={}, labs="none", settings=[])) == [
        "x.json: nights: must be a list",
        "x.json: labs: must be a list",
        "x.json: settings: must be an object of names and texts",
    ]


def test_an_unknown_default_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="Atlantis"):
        read_json(doc_text(), "x.json", "Atlantis")


# --- reading: nights -----------------------------------------------------------------------


def test_missing_night_keys_are_blank_and_the_zone_defaults() -> None:
    doc = read_ok(doc_text(nights=[{"date": "2024-03-31", "rls_severity": 0}]), "Asia/Tokyo")
    assert doc.nights == [Night(DAY, timezone="Asia/Tokyo", rls_severity=0)]


def test_empty_lists_objects_and_texts_are_blank() -> None:
    night = {"date": "2024-03-31", "rls_areas": [], "remedies": {}, "notes": " ", "source": ""}
    assert read_ok(doc_text(nights=[night])).nights == [Night(DAY, timezone="Europe/Berlin")]


def test_night_timestamps_are_read_as_utc() -> None:
    night = {
        "date": "2024-03-31",
        "entered_at": "2024-03-31T08:00:00+02:00",
        "updated_at": "2024-03-31T06:00:00.250Z",
    }
    (read_night,) = read_ok(doc_text(nights=[night])).nights
    assert read_night.entered_at == dt.datetime(2024, 3, 31, 6, 0, tzinfo=UTC)
    assert read_night.entered_at.utcoffset() == dt.timedelta(0)
    assert read_night.updated_at == dt.datetime(2024, 3, 31, 6, 0, 0, 250000, tzinfo=UTC)


def test_bad_night_values_are_reported_with_their_paths() -> None:
    nights = [
        {"date": "2024-03-01"},
        {
            "date": "2024-03-02",
            "rls_severity": "7",
            "rls_areas": "legs",
            "remedies": [["walking", 2]],
            "no_sleep": "yes",
            "bedtime": 2300,
            "awakenings": 2.0,
            "entered_at": "2024-03-02 06:00",
            "mood": 3,
        },
        {"date": "01/03/2024", "sleep_quality": 11},
        {"rls_severity": 3},
        "2024-03-05",
    ]
    assert messages(doc_text(nights=nights)) == [
        "x.json: nights[1]: unknown key 'mood' (known: " + ", ".join(NIGHT_KEYS) + ")",
        "x.json: nights[1].bedtime: 2300 is not text",
        "x.json: nights[1].awakenings: 2.0 is not a whole number (0–50)",
        "x.json: nights[1].no_sleep: 'yes' is not true or false",
        "x.json: nights[1].rls_severity: '7' is not a whole number (0–10)",
        "x.json: nights[1].rls_areas: must be a list of names",
        'x.json: nights[1].remedies: must be an object like {"walking": 2}',
        "x.json: nights[1].entered_at: '2024-03-02 06:00' is not a UTC time like "
        "2024-03-31T06:45:00Z",
        "x.json: nights[2].date: '01/03/2024' is not a date like 2024-03-31",
        "x.json: nights[2].sleep_quality: 11 is outside 1–5",
        "x.json: nights[3].date: is required and must not be blank",
        "x.json: nights[4]: must be an object",
    ]


def test_only_nights_without_problems_are_in_the_document() -> None:
    nights = [{"date": "2024-03-01"}, {"date": "2024-03-02", "rls_severity": 11}]
    doc, problems = read(doc_text(nights=nights))
    assert [p.column for p in problems] == ["nights[1].rls_severity"]
    assert [n.date for n in doc.nights] == [dt.date(2024, 3, 1)]


def test_a_night_with_an_unknown_key_is_left_out() -> None:
    doc, problems = read(doc_text(nights=[{"date": "2024-03-01", "colour": "red"}]))
    assert len(problems) == 1
    assert doc.nights == []


def test_cross_field_night_errors_have_the_field_path() -> None:
    night = {"date": "2024-03-31", "no_sleep": True, "final_wake": "07:00"}
    assert messages(doc_text(nights=[night])) == [
        "x.json: nights[0].final_wake: must be blank when you did not sleep at all "
        "(final awakening)"
    ]


def test_an_unknown_zone_is_reported_once() -> None:
    night = {
        "date": "2024-03-31",
        "timezone": "Mars/Base",
        "lights_out": "23:00",
        "final_wake": "23:10",
        "sleep_latency_min": 30,
    }
    assert messages(doc_text(nights=[night])) == [
        "x.json: nights[0].timezone: 'Mars/Base' is not a known time zone (like Europe/Berlin)"
    ]


def test_a_night_date_used_twice_names_both_records() -> None:
    nights = [{"date": "2024-03-01"}, {"date": "2024-03-02"}, {"date": "2024-03-01"}]
    doc, problems = read(doc_text(nights=nights))
    assert [str(p) for p in problems] == [
        "x.json: nights[2].date: 2024-03-01 is also the date of nights[0]"
    ]
    assert [n.date for n in doc.nights] == [dt.date(2024, 3, 1), dt.date(2024, 3, 2)]


# --- reading: the other records ------------------------------------------------------------


def test_medication_problems_have_their_paths() -> None:
    meds = [
        {"name": "A", "class": "levodopa", "start": "2024-01-01"},
        {"name": "", "class": "vitamin", "start": "2024-01-01", "dose": -1, "time": "8"},
        {"name": "C", "class": "opioid", "start": "2024-02-01", "stop": "2024-01-31"},
        {"name": "D", "class": "other", "dose": "5 mg", "unit": 5, "id": 3},
    ]
    assert messages(doc_text(medications=meds)) == [
        "x.json: medications[1].name: is required and must not be blank",
        "x.json: medications[1].class: 'vitamin' is not one of dopamine_agonist, levodopa, "
        "alpha2delta, iron_oral, iron_iv, opioid, benzodiazepine, other",
        "x.json: medications[1].dose: -1 is below 0",
        "x.json: medications[1].time: '8' is not a time like 7:30 or 23:05",
        "x.json: medications[2].stop: 2024-01-31 is before the start 2024-02-01",
        "x.json: medications[3]: unknown key 'id' (known: name, class, dose, unit, time, start, "
        "stop)",
        "x.json: medications[3].dose: '5 mg' is not a number",
        "x.json: medications[3].unit: 5 is not text",
        "x.json: medications[3].start: is required and must not be blank",
    ]


def test_a_valid_medication_is_read_with_a_float_dose_and_no_id() -> None:
    meds = [
        {
            "name": "Gabapentin",
            "class": "alpha2delta",
            "dose": 300,
            "unit": "mg",
            "time": "21:00",
            "start": "2024-01-01",
            "stop": None,
        }
    ]
    assert read_ok(doc_text(medications=meds)).medications == [
        Medication("Gabapentin", "alpha2delta", dt.date(2024, 1, 1), 300.0, "mg", dt.time(21, 0))
    ]


def test_lab_problems_have_their_paths() -> None:
    labs = [
        {"date": "2024-01-01", "ferritin_ng_ml": -3, "tsat_pct": 120, "fasting_morning": "yes"},
        {"date": "2024-01-02", "hemoglobin_g_dl": True, "weight_kg": float("nan"), "note": 1},
    ]
    assert messages(doc_text(labs=labs)) == [
        "x.json: labs[0].ferritin_ng_ml: -3 is below 0",
        "x.json: labs[0].tsat_pct: 120 is above 100",
        "x.json: labs[0].fasting_morning: 'yes' is not true or false",
        "x.json: labs[1].hemoglobin_g_dl: True is not a number",
        "x.json: labs[1].weight_kg: nan is not a finite number",
        "x.json: labs[1].note: 1 is not text",
    ]


def test_a_lab_needs_only_its_date() -> None:
    assert read_ok(doc_text(labs=[{"date": "2024-01-01"}])).labs == [Lab(dt.date(2024, 1, 1))]


def test_assessment_items_must_be_ten_scores_adding_up_to_the_total() -> None:
    assessments = [
        {"date": "2024-01-01", "irls_total": 12, "items": [1] * 10},
        {"date": "2024-01-02", "irls_total": 5, "items": [1] * 5},
        {"date": "2024-01-03", "irls_total": 5, "items": [5, 0, 0, 0, 0, 0, 0, 0, 0, 0]},
        {"date": "2024-01-04", "irls_total": 41},
        {"date": "2024-01-05"},
    ]
    assert messages(doc_text(assessments=assessments)) == [
        "x.json: assessments[0].items: the item scores add up to 10, not the total 12",
        "x.json: assessments[1].items: must be a list of the 10 item scores (0–4)",
        "x.json: assessments[2].items: item 1: 5 is outside 0–4",
        "x.json: assessments[3].irls_total: 41 is outside 0–40",
        "x.json: assessments[4].irls_total: is required and must not be blank",
    ]


def test_an_assessment_without_items_is_valid() -> None:
    doc = read_ok(doc_text(assessments=[{"date": "2024-01-01", "irls_total": 22, "items": None}]))
    assert doc.assessments == [Assessment(dt.date(2024, 1, 1), 22)]


def test_condition_problems_have_their_paths() -> None:
    conditions = [
        {"kind": "pregnant", "start": "2024-01-01"},
        {"kind": "travel", "start": "2024-01-10", "end": "2024-01-09"},
    ]
    assert messages(doc_text(conditions=conditions)) == [
        "x.json: conditions[0].kind: 'pregnant' is not one of pregnancy, kidney_disease, "
        "iron_deficiency, neuropathy, travel, other",
        "x.json: conditions[1].end: 2024-01-09 is before the start 2024-01-10",
    ]


def test_question_problems_have_their_paths_and_done_defaults_to_false() -> None:
    questions = [
        {"text": "Ask about iron", "created": "2024-01-01"},
        {"text": "  ", "created": "2024-01-01", "done": 1},
    ]
    doc, problems = read(doc_text(questions=questions))
    assert [str(p) for p in problems] == [
        "x.json: questions[1].text: is required and must not be blank",
        "x.json: questions[1].done: 1 is not true or false",
    ]
    assert doc.questions == [Question("Ask about iron", dt.date(2024, 1, 1), done=False)]


def experiment(**changes: Any) -> dict[str, Any]:
    record = {
        "id": 1,
        "factor": "evening walk",
        "outcome": "sleep_quality",
        "start": "2024-04-01",
        "block_nights": 4,
        "pairs": 3,
        "washout_nights": 0,
        "seed": 7,
        "schedule": ["AB", "BA", "AB"],
        "stopped": None,
    }
    return record | changes


def test_a_valid_experiment_keeps_its_id() -> None:
    doc = read_ok(doc_text(experiments=[experiment(id=12, stopped="2024-04-05")]))
    assert doc.experiments == [
        Experiment(
            12,
            "evening walk",
            "sleep_quality",
            dt.date(2024, 4, 1),
            4,
            3,
            0,
            7,
            ("AB", "BA", "AB"),
            dt.date(2024, 4, 5),
        )
    ]


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"block_nights": 1}, "experiments[0].block_nights: 1 is outside 2–14"),
        ({"block_nights": 15}, "experiments[0].block_nights: 15 is outside 2–14"),
        ({"pairs": 1}, "experiments[0].pairs: 1 is outside 2–12"),
        ({"pairs": 13}, "experiments[0].pairs: 13 is outside 2–12"),
        ({"washout_nights": 4}, "experiments[0].washout_nights: 4 is outside 0–3"),
        ({"washout_nights": -1}, "experiments[0].washout_nights: -1 is outside 0–3"),
        ({"schedule": ["AB", "BA"]}, "experiments[0].schedule: has 2 entries for 3 pairs"),
        (
            {"schedule": ["AB", "AA", "BA"]},
            'experiments[0].schedule: must be a list of "AB" or "BA", one per pair',
        ),
        (
            {"outcome": "mood"},
            "experiments[0].outcome: 'mood' is not one of rls_severity, sleep_quality, "
            "total_sleep_min, sleep_efficiency_pct, rls_onset_min",
        ),
        ({"id": 0}, f"experiments[0].id: 0 is outside 1–{2**63 - 1}"),
        ({"id": None}, "experiments[0].id: is required and must not be blank"),
        ({"seed": 2**64}, f"experiments[0].seed: {2**64} is outside {-(2**63)}–{2**63 - 1}"),
        ({"factor": ""}, "experiments[0].factor: is required and must not be blank"),
        ({"stopped": "soon"}, "experiments[0].stopped: 'soon' is not a date like 2024-03-31"),
    ],
)
def test_experiment_ranges_follow_the_design(changes: dict[str, Any], problem: str) -> None:
    doc, problems = read(doc_text(experiments=[experiment(**changes)]))
    assert [str(p) for p in problems] == [f"x.json: {problem}"]
    assert doc.experiments == []


def test_washout_must_be_shorter_than_the_block() -> None:
    ok = experiment(block_nights=14, washout_nights=13)
    assert read_ok(doc_text(experiments=[ok])).experiments[0].washout_nights == 13


def test_an_experiment_id_used_twice_is_reported() -> None:
    experiments = [experiment(id=5), experiment(id=5, start="2024-06-01")]
    doc, problems = read(doc_text(experiments=experiments))
    assert [str(p) for p in problems] == [
        "x.json: experiments[1].id: 5 is also the id of experiments[0]"
    ]
    assert [e.start for e in doc.experiments] == [dt.date(2024, 4, 1)]


def test_settings_must_be_texts() -> None:
    doc, problems = read(
        doc_text(settings={"crisis_numbers": "112", "augmentation_baseline_from": 14})
    )
    assert [str(p) for p in problems] == [
        "x.json: settings.augmentation_baseline_from: 14 is not text"
    ]
    assert doc.settings == {"crisis_numbers": "112"}


def test_problems_in_several_sections_are_all_reported() -> None:
    text = doc_text(
        nights=[{"date": "2024-03-31", "anxiety": 5}],
        medications=[{"name": "X", "class": "x", "start": "2024-01-01"}],
        labs=[{"date": "2024-13-01"}],
        conditions=[{"kind": "other"}],
    )
    assert [p.column for p in read(text)[1]] == [
        "nights[0].anxiety",
        "medications[0].class",
        "labs[0].date",
        "conditions[0].start",
    ]


# --- located problems ----------------------------------------------------------------------


def test_located_problems_read_file_line_column_message() -> None:
    csv_problem = LocatedProblem("f.csv", 7, "rls_severity", "11 is outside 0–10")
    assert csv_problem.where == "f.csv:7"
    assert str(csv_problem) == "f.csv:7: rls_severity: 11 is outside 0–10"
    assert str(LocatedProblem("f.csv", 4, None, "bad row")) == "f.csv:4: bad row"


def test_located_problems_of_json_records_show_the_path_instead_of_a_line() -> None:
    problem = LocatedProblem.at_path("x.json", "nights[3].rls_severity", "11 is outside 0–10")
    assert (problem.line, problem.where) == (None, "x.json")
    assert str(problem) == "x.json: nights[3].rls_severity: 11 is outside 0–10"
    assert str(LocatedProblem.at_path("x.json", None, "not JSON")) == "x.json: not JSON"
