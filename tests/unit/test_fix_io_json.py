"""JSON import: repeated keys and unknown settings are problems at their paths (audit items
1 and 2)."""

from __future__ import annotations

from rls_diary.domain import json_format
from rls_diary.domain.json_format import read_json

HEAD = '{"format": "rls-diary", "version": 1, '


def problems(text: str) -> list[str]:
    return [str(p) for p in read_json(text, "x.json", "UTC")[1]]


def test_a_key_repeated_in_a_night_is_a_problem_at_the_night() -> None:
    # json.loads keeps the last value silently: this imported severity 4
    text = HEAD + '"nights": [{"date": "2024-01-01", "rls_severity": 3, "rls_severity": 4}]}'
    assert problems(text) == [
        "x.json: nights[0]: 'rls_severity' appears twice; a key may appear only once"
    ]
    assert read_json(text, "x.json", "UTC")[0].nights == []  # not among the good records


def test_repeated_keys_are_found_at_every_depth_with_their_count() -> None:
    text = (
        '{"format": "rls-diary", "version": 1, "version": 1, "nights": ['
        '{"date": "2024-01-01"},'
        '{"date": "2024-01-02", "remedies": {"walking": 1, "walking": 2, "walking": 3}}],'
        '"labs": [{"date": "2024-01-01", "note": "a", "note": "b", "tsat_pct": 20.0}],'
        '"settings": {"crisis_numbers": "112", "crisis_numbers": "110"}}'
    )
    assert problems(text) == [
        "x.json: 'version' appears twice; a key may appear only once",
        "x.json: nights[1].remedies: 'walking' appears 3 times; a key may appear only once",
        "x.json: labs[0]: 'note' appears twice; a key may appear only once",
        "x.json: settings: 'crisis_numbers' appears twice; a key may appear only once",
    ]


def test_the_same_key_in_different_objects_is_fine() -> None:
    text = HEAD + '"nights": [{"date": "2024-01-01"}, {"date": "2024-01-02"}]}'
    assert problems(text) == []


def test_the_settings_the_app_uses_are_known() -> None:
    assert getattr(json_format, "SETTING_KEYS", None) == (
        "augmentation_baseline_from",
        "augmentation_baseline_to",
        "crisis_numbers",
    )
    text = (
        HEAD + '"settings": {"crisis_numbers": "112", "augmentation_baseline_from": "2024-01-01", '
        '"augmentation_baseline_to": "2024-01-14"}}'
    )
    doc, found = read_json(text, "x.json", "UTC")
    assert found == []
    assert doc.settings == {
        "crisis_numbers": "112",
        "augmentation_baseline_from": "2024-01-01",
        "augmentation_baseline_to": "2024-01-14",
    }


def test_an_unknown_setting_is_a_problem_at_settings_naming_it() -> None:
    # it was stored and counted as "1 other record"
    text = HEAD + '"settings": {"xxxxxxxxxx": "y", "crisis_numbers": "112"}}'
    doc, found = read_json(text, "x.json", "UTC")
    assert [str(p) for p in found] == [
        "x.json: settings: unknown key 'xxxxxxxxxx' (known: augmentation_baseline_from, "
        "augmentation_baseline_to, crisis_numbers)"
    ]
    assert "xxxxxxxxxx" not in doc.settings


def test_the_augmentation_baseline_is_two_dates_in_order_or_none() -> None:
    def baseline(first: str | None, last: str | None) -> list[str]:
        pairs = {"augmentation_baseline_from": first, "augmentation_baseline_to": last}
        shown = ", ".join(f'"{k}": "{v}"' for k, v in pairs.items() if v is not None)
        return problems(HEAD + '"nights": [], "settings": {' + shown + "}}")

    at = "x.json: settings.augmentation_baseline_"
    assert baseline("2024-03-01", "2024-03-14") == []
    assert baseline(None, None) == [] and baseline("", "") == []  # cleared in the Treatment tab
    assert baseline("x", "2024-03-14") == [f"{at}from: 'x' is not a date like 2024-03-31"]
    assert baseline("2024-03-01", None) == [f"{at}to: give both dates, or leave both blank"]
    assert baseline("2024-03-14", "2024-03-01") == [
        f"{at}to: 2024-03-01 is before the first night 2024-03-14"
    ]
    assert baseline("0024-03-01", "2024-03-01") == [
        f"{at}from: 0024-03-01 is not a date between 1900-01-01 and 2200-12-31"
    ]
