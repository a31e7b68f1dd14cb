"""Lifestyle tips (DESIGN §5 ``tips --json``, §6): the content is sourced plain text, the
ranking follows the diary's lifestyle findings, and the panel's lines carry their numbers."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from rls_diary.domain.insights.finding import NOT_ENOUGH_DATA, Finding
from rls_diary.domain.insights.lifestyle import LIFESTYLE_DIFFERENCE, lifestyle_findings
from rls_diary.domain.insights.safety import CRISIS_NUMBERS_KEY
from rls_diary.domain.night import Night
from rls_diary.services import tips as service
from rls_diary.services.diary import Diary
from rls_diary.services.insights import diary_insights_report
from rls_diary.storage import nights as night_store
from rls_diary.storage import records
from rls_diary.storage.errors import StorageError

D0 = dt.date(2024, 1, 1)
TODAY = dt.date(2024, 6, 1)
ZONE = "Europe/Berlin"


def make_nights(groups: Iterable[tuple[int, dict[str, Any]]]) -> list[Night]:
    """Consecutive nights from D0: for each group (count, fields) ``count`` nights."""
    out: list[Night] = []
    for count, fields in groups:
        for _ in range(count):
            out.append(Night(date=D0 + dt.timedelta(len(out)), timezone=ZONE, **fields))
    return out


def caffeine_nights(with_caffeine: int = 12, without: int = 31) -> list[Night]:
    """Severity 6–7 after 3 caffeinated drinks, 3–4 after none; nothing else recorded."""
    return make_nights(
        [(1, {"caffeine_drinks": 3, "rls_severity": 6 + i % 2}) for i in range(with_caffeine)]
        + [(1, {"caffeine_drinks": 0, "rls_severity": 3 + i % 2}) for i in range(without)]
    )


def store(diary: Diary, nights: Iterable[Night]) -> None:
    with diary.transaction() as conn:
        for night in nights:
            night_store.put(conn, night)


def ids(ranked: Iterable[service.RankedTip]) -> list[str]:
    return [r.tip.id for r in ranked]


def raw_tips() -> dict[str, Any]:
    path = Path(service.__file__).resolve().parent.parent.joinpath(*service.TIPS_FILE)
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


# -- content -----------------------------------------------------------------------------


def test_every_tip_has_a_source_with_a_year_and_plain_text() -> None:
    tips = service.load_tips()
    assert len(tips) >= 9
    for tip in tips:
        assert re.search(r"\b(19|20)\d\d\b", tip.source), tip.id
        for text in (tip.title, tip.text, tip.source):
            assert text == text.strip() and text
            assert not re.search(r"<[a-zA-Z/]|&[a-z]+;|https?:|www\.", text), tip.id
        assert tip.topics and all(re.fullmatch(r"[a-z0-9_]+", t) for t in tip.topics)
    assert len({tip.id for tip in tips}) == len(tips)


def test_every_tip_states_how_strong_its_evidence_is() -> None:
    for tip in service.load_tips():
        assert "How strong is the evidence?" in tip.text, tip.id


def test_the_content_covers_the_subjects_with_their_sources() -> None:
    tips = {tip.id: tip for tip in service.load_tips()}
    assert "Aukerman" in tips["exercise"].source and "2006" in tips["exercise"].source
    caffeine = tips["caffeine"].text.lower()
    for word in ("coffee", "tea", "cola", "chocolate", "energy drinks"):
        assert word in caffeine
    for tip_id in ("caffeine", "alcohol"):
        assert "AASM" in tips[tip_id].source and "2024" in tips[tip_id].source
    assert "mixed" in tips["nicotine"].text
    assert "Silber" in tips["mental-activity"].source and "2021" in tips["mental-activity"].source
    relief = tips["relief"]
    assert "Lettieri" in relief.source and "2009" in relief.source
    assert "anecdotal" in relief.text and "anecdotal" in relief.source
    iron = tips["iron"]
    assert "75 ng/mL" in iron.text and "20 %" in iron.text
    assert "AASM" in iron.source and "IRLSSG" in iron.source and "2018" in iron.source
    medicines = tips["medicines"].text
    for word in ("antihistamines", "metoclopramide", "antipsychotics", "antidepressants"):
        assert word in medicines
    assert "do not stop it on your own" in medicines
    assert {"pregnancy", "kidney_disease"} <= set(tips["pregnancy-kidney"].topics)
    doctor = tips["see-a-doctor"].text
    for phrase in ("earlier in the day", "spread", "hard to resist", "fall asleep suddenly"):
        assert phrase in doctor
    assert "feel low" in doctor and "crisis number" in doctor


def test_every_lifestyle_habit_has_a_tip() -> None:
    topics = {t for tip in service.load_tips() for t in tip.topics}
    assert set(service.EXPOSURE_TOPICS.values()) <= topics


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t[0].update(source="AASM guideline"), "with its year"),
        (lambda t: t[1].update(id=t[0]["id"]), "used twice"),
        (lambda t: t[0].update(text="See <b>this</b>"), "plain text"),
        (lambda t: t[0].update(text="More at https://example.org"), "plain text"),
        (lambda t: t[0].update(text="More at rls.org"), "plain text"),
        (lambda t: t[0].pop("source"), "missing keys"),
        (lambda t: t[0].update(topics=[]), "topics"),
        (lambda t: t[0].update(id="Caffeine Tip"), "lowercase"),
    ],
)
def test_invalid_content_is_refused(change: Any, message: str) -> None:
    data = copy.deepcopy(raw_tips())
    change(data["tips"])
    with pytest.raises(service.TipsError, match=message):
        service.parse_tips(data)


# -- ranking -----------------------------------------------------------------------------


def test_without_findings_the_default_order() -> None:
    tips = service.load_tips()
    ranked = service.rank_tips(tips, [])
    assert ids(ranked) == [tip.id for tip in tips]
    assert [r.rank for r in ranked] == list(range(1, len(tips) + 1))
    assert all(r.reason is None for r in ranked)
    assert service.tips_report(None) == {
        "tips": [service.tip_dict(r) for r in ranked],
    }


def test_caffeine_raising_severity_ranks_the_caffeine_tip_first() -> None:
    findings = lifestyle_findings(caffeine_nights())
    caffeine = next(f for f in findings if f.kind == LIFESTYLE_DIFFERENCE)
    assert caffeine.numbers["exposure"] == "caffeine_drinks"
    assert caffeine.numbers["ci95"][0] > 0  # clearly raises severity
    ranked = service.rank_tips(service.load_tips(), findings)
    assert ranked[0].tip.id == "caffeine"
    assert (ranked[0].reason, ranked[0].related) == (service.FINDING, ("caffeine",))
    # then the habits with too few nights, in the default order; then the rest
    assert ids(ranked)[1:4] == ["alcohol", "nicotine", "exercise"]
    assert {r.reason for r in ranked[1:4]} == {service.WAITING}
    default = [t.id for t in service.load_tips()]
    rest = [i for i in default if i not in {"caffeine", "alcohol", "nicotine", "exercise"}]
    assert ids(ranked)[4:] == rest


def difference(exposure: str, interval: tuple[float, float]) -> Finding:
    numbers = {"exposure": exposure, "outcome": "rls_severity", "ci95": interval}
    return Finding(LIFESTYLE_DIFFERENCE, "", numbers)


def waiting(exposure: str) -> Finding:
    return Finding(NOT_ENOUGH_DATA, "", {"exposure": exposure, "outcome": "rls_severity"})


def test_ranked_by_how_far_the_interval_sits_from_zero_not_by_size() -> None:
    findings = [
        difference("caffeine_drinks", (0.5, 6.0)),  # large difference, close to 0
        difference("exercise_min", (-2.0, -1.0)),  # smaller, but farther from 0
        difference("alcohol_drinks", (-1.0, 3.0)),  # contains 0: not promoted
        waiting("nicotine"),
    ]
    ranked = ids(service.rank_tips(service.load_tips(), findings))
    assert ranked[:3] == ["exercise", "caffeine", "nicotine"]
    default = [t.id for t in service.load_tips()]
    assert ranked[3:] == [i for i in default if i not in ranked[:3]]


def test_an_interval_touching_zero_does_not_count_as_a_difference() -> None:
    ranked = service.rank_tips(service.load_tips(), [difference("alcohol_drinks", (0.0, 2.0))])
    assert ids(ranked) == [t.id for t in service.load_tips()]


def test_the_stronger_outcome_of_a_habit_decides_and_beats_waiting() -> None:
    findings = [
        difference("caffeine_drinks", (1.0, 2.0)),
        Finding(
            LIFESTYLE_DIFFERENCE,
            "",
            {"exposure": "alcohol_drinks", "outcome": "sleep_quality", "ci95": (-3.0, -2.0)},
        ),
        waiting("alcohol_drinks"),  # the other outcome of alcohol had too few nights
    ]
    ranked = service.rank_tips(service.load_tips(), findings)
    assert ids(ranked)[:2] == ["alcohol", "caffeine"]
    assert ranked[0].reason == service.FINDING


# -- the panel's lines -------------------------------------------------------------------


def test_lines_say_the_numbers_of_the_findings() -> None:
    findings = lifestyle_findings(caffeine_nights())
    lines = service.diary_lines(findings)
    assert len(lines) == len(findings) == 8
    first = lines[0]
    numbers = findings[0].numbers
    assert first.numbers is numbers
    assert first.status == "difference"
    assert first.heading == "RLS severity was higher (worse) after 2 or more caffeinated drinks"
    low, high = numbers["ci95"]
    assert first.text.startswith(
        f"On the {numbers['n_with']} nights after 2 or more caffeinated drinks your median "
        f"RLS severity was 6.5 of 10, vs 3 on the {numbers['n_without']} nights without"
    )
    assert numbers["n_with"] == 12 and numbers["n_without"] == 31
    assert f"95 % interval +{low:g} to +{high:g}" in first.text
    short = [line for line in lines if line.topic == "alcohol"]
    assert [line.status for line in short] == [NOT_ENOUGH_DATA] * 2
    assert short[0].brief == "n = 0 of 10 needed"
    assert "not enough data yet" in short[0].heading


def test_a_small_group_says_how_many_nights_are_needed() -> None:
    findings = lifestyle_findings(caffeine_nights(with_caffeine=7))
    line = service.diary_lines(findings)[0]
    assert line.status == NOT_ENOUGH_DATA
    assert line.brief == "n = 7 of 10 needed"
    assert "7 nights after 2 or more caffeinated drinks and 31 without" in line.text


def test_no_clear_difference_is_said_so() -> None:
    data = make_nights(
        [(1, {"caffeine_drinks": 3 * (i % 2), "rls_severity": 3 + i % 3}) for i in range(40)]
    )
    lines = service.diary_lines(lifestyle_findings(data))
    line = next(line for line in lines if line.topic == "caffeine")
    assert line.status == "no_clear_difference"
    assert line.heading.endswith("no clear difference")
    assert "includes 0" in line.text


# -- one diary ---------------------------------------------------------------------------


def test_a_diary_ranks_like_its_insights(diary: Diary) -> None:
    store(diary, caffeine_nights())
    personal = service.personal_tips(diary, TODAY)
    report = diary_insights_report(diary, TODAY)
    assert [line.numbers["n_with"] for line in personal.lines] == [
        f["numbers"]["n_with"] for f in report["lifestyle"]
    ]
    tips = service.tips_report(diary, TODAY)["tips"]
    assert tips[0]["id"] == "caffeine"
    assert list(tips[0]) == ["id", "title", "text", "source", "topics", "rank"]
    assert [t["rank"] for t in tips] == list(range(1, len(tips) + 1))


def test_an_empty_diary_gives_the_default_order(diary: Diary) -> None:
    personal = service.personal_tips(diary, TODAY)
    assert personal.findings == [] and personal.lines == []
    assert ids(personal.tips) == [t.id for t in service.load_tips()]


def test_crisis_numbers_are_stored_in_the_diary(diary: Diary, data_dir: Path) -> None:
    assert service.crisis_numbers(diary) == ""
    stored = service.save_crisis_numbers(diary, "  Emergency: 112  \nCrisis line: 0800 111 0 111\n")
    assert stored == "Emergency: 112\nCrisis line: 0800 111 0 111"
    assert records.load_settings(diary.conn)[CRISIS_NUMBERS_KEY] == stored
    with Diary.open_reader(data_dir, ZONE) as reader:
        assert service.crisis_numbers(reader) == stored
        with pytest.raises(StorageError):
            service.save_crisis_numbers(reader, "x")
    assert service.save_crisis_numbers(diary, "   ") == ""
    assert CRISIS_NUMBERS_KEY not in records.load_settings(diary.conn)
    with pytest.raises(ValueError, match="at most"):
        service.save_crisis_numbers(diary, "1" * (service.CRISIS_NUMBERS_MAX + 1))


# -- German ------------------------------------------------------------------------------


def test_every_tip_has_complete_german_text() -> None:
    english, german = service.load_tips(), service.load_tips("de")
    assert [tip.id for tip in german] == [tip.id for tip in english]
    for en, de in zip(english, german, strict=True):
        assert (de.source, de.topics) == (en.source, en.topics)  # sources stay as written
        assert de.title and de.text and (de.title, de.text) != (en.title, en.text), de.id
        for text in (de.title, de.text):
            assert text == text.strip()
            assert not re.search(r"<[a-zA-Z/]|&[a-z]+;|https?:|www\.", text), de.id
            # formal "Sie", never "du"
            assert not re.search(r"\b(du|dich|dir|dein\w*)\b", text, re.IGNORECASE), de.id
        assert "Wie gut ist das belegt?" in de.text, de.id


def test_the_german_tips_keep_the_facts() -> None:
    tips = {tip.id: tip for tip in service.load_tips("de")}
    assert tips["caffeine"].title == "Weniger Koffein"
    for word in ("Kaffee", "Tee", "Cola", "Schokolade", "Energydrinks"):
        assert word in tips["caffeine"].text
    iron = tips["iron"].text
    assert "75 ng/mL" in iron and "20 %" in iron and "100 ng/mL" in iron
    assert "24 Stunden" in iron and "nicht auf eigene Faust" in iron
    medicines = tips["medicines"].text
    for word in ("Antihistaminika", "Metoclopramid", "Antipsychotika", "Antidepressiva"):
        assert word in medicines
    assert "setzen Sie es nicht auf eigene Faust ab" in medicines
    assert "uneinheitlich" in tips["nicotine"].text
    assert "12 Wochen" in tips["exercise"].text and "23 Personen" in tips["exercise"].text
    assert "35 Personen" in tips["relief"].text
    doctor = tips["see-a-doctor"].text
    assert "Krisennummer" in doctor and "Erhöhen Sie die Dosis nicht selbst" in doctor
    for tip in tips.values():  # the doctor pointer of the English tips, in German
        if "doctor" in tip.topics:
            assert "Ihre Ärztin" in tip.text or "Ihrer Ärztin" in tip.text, tip.id


def test_english_is_the_default() -> None:
    assert service.load_tips() is service.load_tips("en")
    assert service.load_tips("de") is service.load_tips("de")  # cached per language
    assert service.load_tips()[0].title == "Cut down on caffeine"
    assert ids(service.personal_tips(None).tips) == [t.id for t in service.load_tips()]
    assert service.personal_tips(None).tips[0].tip.title == "Cut down on caffeine"
    german = service.personal_tips(None, language="de").tips
    assert [r.tip for r in german] == list(service.load_tips("de"))
    assert service.tips_report(None)["tips"][0]["title"] == "Cut down on caffeine"
    with pytest.raises(ValueError, match="language"):
        service.load_tips("fr")


def test_german_tips_rank_like_english_ones() -> None:
    findings = lifestyle_findings(caffeine_nights())
    english = service.rank_tips(service.load_tips(), findings)
    german = service.rank_tips(service.load_tips("de"), findings)
    assert ids(german) == ids(english)
    assert [(r.rank, r.reason, r.related) for r in german] == [
        (r.rank, r.reason, r.related) for r in english
    ]


def test_the_search_finds_german_and_english_words() -> None:
    caffeine = service.load_tips("de")[0]
    assert caffeine.matches(["Kaffee"]) and caffeine.matches(["coffee"])
    assert caffeine.matches(["caffeine", "Schokolade"])
    assert not caffeine.matches(["Metoclopramid"])
    assert not service.load_tips()[0].matches(["Kaffee"])  # English tips: English words


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t[0].pop("de"), r"\(caffeine\): missing keys \['de'\]"),
        (lambda t: t[0]["de"].pop("text"), r"\(caffeine\): de has missing keys \['text'\]"),
        (lambda t: t[1]["de"].pop("title"), r"\(alcohol\): de has missing keys \['title'\]"),
        (lambda t: t[0]["de"].update(note="x"), r"\(caffeine\): de has .*unknown keys \['note'\]"),
        (lambda t: t[2]["de"].update(text=""), r"\(nicotine\): de\.text must be non-empty text"),
        (lambda t: t[0]["de"].update(title=" Koffein"), r"\(caffeine\): de\.title has leading"),
        (lambda t: t[0]["de"].update(text="Mehr auf rls.org"), r"\(caffeine\): de\.text must be"),
        (lambda t: t[0].update(de="Koffein"), r"\(caffeine\): de must be an object"),
    ],
)
def test_incomplete_german_text_is_refused(change: Any, message: str) -> None:
    data = copy.deepcopy(raw_tips())
    change(data["tips"])
    with pytest.raises(service.TipsError, match=message):
        service.parse_tips(data)
    with pytest.raises(service.TipsError, match=message):  # whichever language is asked for
        service.parse_tips(data, "de")


def test_german_lines_say_the_same_numbers() -> None:
    findings = lifestyle_findings(caffeine_nights())
    english, german = service.diary_lines(findings), service.diary_lines(findings, "de")
    assert [(g.status, g.topic, g.numbers) for g in german] == [
        (e.status, e.topic, e.numbers) for e in english
    ]
    first = german[0]
    assert (
        first.heading == "RLS-Stärke nach 2 oder mehr koffeinhaltigen Getränken: höher (schlechter)"
    )
    low, high = first.numbers["ci95"]
    assert first.text.startswith(
        "In den 12 Nächten nach 2 oder mehr koffeinhaltigen Getränken lag der Median Ihrer "
        "RLS-Stärke bei 6,5 von 10, gegenüber 3 in den 31 Nächten ohne: Unterschied +"
    )
    interval = f"95-%-Intervall +{low:g} bis +{high:g}".replace(".", ",")
    assert interval in first.text and interval in first.brief
    short = [line for line in german if line.topic == "alcohol"]
    assert short[0].brief == "n = 0 von 10 nötigen"
    assert short[0].heading.endswith(": noch nicht genug Daten")
    assert "nach 1 oder mehr alkoholischen Getränken" in short[0].heading


def test_german_small_groups_and_no_clear_difference() -> None:
    line = service.diary_lines(lifestyle_findings(caffeine_nights(with_caffeine=7)), "de")[0]
    assert line.brief == "n = 7 von 10 nötigen"
    assert "bisher 7 Nächte nach 2 oder mehr koffeinhaltigen Getränken und 31 ohne" in line.text
    data = make_nights(
        [(1, {"caffeine_drinks": 3 * (i % 2), "rls_severity": 3 + i % 3}) for i in range(40)]
    )
    lines = service.diary_lines(lifestyle_findings(data), "de")
    unclear = next(line for line in lines if line.topic == "caffeine")
    assert unclear.status == "no_clear_difference"
    assert unclear.heading.endswith(": kein klarer Unterschied")
    assert "enthält 0" in unclear.text


def test_every_group_and_outcome_has_german_words() -> None:
    from rls_diary.domain.insights.lifestyle import CONTRASTS

    words = service.SENTENCES["de"]
    assert {contrast.with_label for contrast in CONTRASTS} == set(words.groups)
    assert set(service.OUTCOMES) == set(words.outcomes)
    assert set(service.SENTENCES) == set(service.LANGUAGES)
