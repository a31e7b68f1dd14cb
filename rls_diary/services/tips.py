"""Lifestyle tips (DESIGN §5 ``tips --json``, §6): sourced content ranked by this diary.

The tips are data (``rls_diary/resources/tips.json``), checked when loaded: every tip has an
id, a title, plain text (no markup, no web addresses: the app opens nothing online), a source
naming a guideline or study with its year, and topics. Their order in the file is the default
order. Each tip also holds its title and text in every other language the window speaks
(``"de": {"title", "text"}``), checked like the English ones; the source stays as written
(titles of guidelines and papers keep their language). English is the default everywhere, so
``tips --json`` stays English; the Tips tab asks for the window's language.

Ranking follows the lifestyle findings of the insights service (the same findings as
``insights --json``): tips touching a habit whose difference interval excludes 0 come first,
by how far the interval sits from 0; then tips touching a habit with too few nights to say
("not enough data yet"); then the rest, in the default order. The same ranking feeds the Tips
tab and ``tips --json``.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from rls_diary.domain.insights.finding import (
    NOT_ENOUGH_DATA,
    Finding,
    number_text,
    signed_text,
)
from rls_diary.domain.insights.lifestyle import LIFESTYLE_DIFFERENCE
from rls_diary.domain.insights.safety import CRISIS_NUMBERS_KEY
from rls_diary.domain.statistics import interval_distance_from_zero
from rls_diary.services.diary import Diary
from rls_diary.services.insights import compute_insights, local_today
from rls_diary.storage import records

TIPS_FILE: Final = ("resources", "tips.json")
TIPS_FORMAT: Final = "rls-diary-tips"
TIPS_VERSION: Final = 1
TIP_KEYS: Final = ("id", "title", "text", "source", "topics")
# The languages a tip is written in besides English, and the fields each one translates.
TRANSLATIONS: Final = ("de",)
TRANSLATED_KEYS: Final = ("title", "text")
LANGUAGES: Final = ("en", *TRANSLATIONS)
CRISIS_NUMBERS_MAX: Final = 2000

# The habit of a lifestyle finding (its ``exposure``) -> the tip topic that covers it.
EXPOSURE_TOPICS: Final = {
    "caffeine_drinks": "caffeine",
    "alcohol_drinks": "alcohol",
    "exercise_min": "exercise",
    "nicotine": "nicotine",
}
# Outcome -> (label in a sentence, top of its scale, whether higher is better).
OUTCOMES: Final = {
    "rls_severity": ("RLS severity", 10, False),
    "sleep_quality": ("sleep quality", 5, True),
}

_ID: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TOPIC: Final = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*")
_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")
_MARKUP: Final = re.compile(r"<[A-Za-z/!]|&[a-z]+;|&#")
_WEB: Final = re.compile(r"https?:|www\.|://|\b[\w-]+\.(?:com|org|net|gov|edu)\b", re.IGNORECASE)

# Why a tip is where it is.
FINDING: Final = "finding"  # touches a habit whose interval excludes 0
WAITING: Final = "not_enough_data"  # touches a habit with too few nights to say


class TipsError(ValueError):
    """The tips content is invalid; the message names the tip and the problem."""


@dataclass(frozen=True, slots=True)
class Tip:
    """A tip in one language; ``also_found_by`` is further text the search finds (for a
    translated tip its English title and text, so English words keep working)."""

    id: str
    title: str
    text: str
    source: str
    topics: tuple[str, ...]
    also_found_by: str = field(default="", repr=False)

    def matches(self, words: Iterable[str]) -> bool:
        """Whether every word occurs (case-insensitively) in the title, text, source, a
        topic or ``also_found_by`` (a search box's filter)."""
        haystack = " ".join(
            (
                self.title,
                self.text,
                self.source,
                *(t.replace("_", " ") for t in self.topics),
                self.also_found_by,
            )
        ).casefold()
        return all(word.casefold() in haystack for word in words)


@dataclass(frozen=True, slots=True)
class RankedTip:
    """A tip at its 1-based ``rank``; ``reason`` is :data:`FINDING`, :data:`WAITING` or
    ``None`` (default order); ``related`` names the diary topics that placed it."""

    tip: Tip
    rank: int
    reason: str | None = None
    related: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DiaryLine:
    """One lifestyle finding in plain words for the "Your diary says" panel.

    ``status`` is ``"difference"`` (the interval excludes 0), ``"no_clear_difference"`` or
    ``"not_enough_data"``; ``text`` says it in full, ``brief`` in one line with its n;
    ``numbers`` are the finding's own (as in ``insights --json``).
    """

    status: str
    topic: str
    heading: str
    text: str
    brief: str
    numbers: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class PersonalTips:
    """The lifestyle findings of one diary, their lines for the panel and the ranked tips."""

    findings: list[Finding]
    lines: list[DiaryLine]
    tips: list[RankedTip]


# -- content -----------------------------------------------------------------------------


def load_tips(language: str = "en") -> tuple[Tip, ...]:
    """The tips shipped with the app in ``language`` (one of :data:`LANGUAGES`), validated,
    in their default order. The file is read and checked once per process."""
    return _shipped_tips()[_language(language)]


@functools.cache
def _shipped_tips() -> dict[str, tuple[Tip, ...]]:
    resource = importlib.resources.files("rls_diary").joinpath(*TIPS_FILE)
    with resource.open("r", encoding="utf-8") as handle:
        data = json.load(handle)
    return _parse_all(data)


def _language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"tips: no tips in the language {language!r} (known: {LANGUAGES})")
    return language


def parse_tips(data: object, language: str = "en") -> tuple[Tip, ...]:
    """Validate the content of a tips file (see the module docstring), every language of it;
    returns the tips in ``language``. Raises TipsError."""
    return _parse_all(data)[_language(language)]


def _parse_all(data: object) -> dict[str, tuple[Tip, ...]]:
    if not isinstance(data, dict):
        raise TipsError("tips: the file must hold a JSON object")
    if data.get("format") != TIPS_FORMAT or data.get("version") != TIPS_VERSION:
        raise TipsError(f"tips: expected format {TIPS_FORMAT!r} version {TIPS_VERSION}")
    items = data.get("tips")
    if not isinstance(items, list) or not items:
        raise TipsError("tips: 'tips' must be a non-empty list")
    tips: dict[str, list[Tip]] = {language: [] for language in LANGUAGES}
    seen: set[str] = set()
    for index, item in enumerate(items):
        versions = _parse_tip(item, f"tips[{index}]")
        tip_id = versions["en"].id
        if tip_id in seen:
            raise TipsError(f"tips[{index}]: the id {tip_id!r} is used twice")
        seen.add(tip_id)
        for language, tip in versions.items():
            tips[language].append(tip)
    return {language: tuple(found) for language, found in tips.items()}


def _plain_text(value: object, where: str, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise TipsError(f"{where}: {key} must be non-empty text")
    if value != value.strip():
        raise TipsError(f"{where}: {key} has leading or trailing spaces")
    if _MARKUP.search(value) or _WEB.search(value):
        raise TipsError(f"{where}: {key} must be plain text without markup or web addresses")
    return value


def _parse_tip(item: object, where: str) -> dict[str, Tip]:
    """The tip in every language (English first), or TipsError naming the tip and field."""
    if not isinstance(item, dict):
        raise TipsError(f"{where}: a tip must be an object")
    tip_id = item.get("id")
    if isinstance(tip_id, str) and tip_id.strip():
        where = f"{where} ({tip_id})"  # every message names the tip
    keys = set(item)
    expected = {*TIP_KEYS, *TRANSLATIONS}
    if keys != expected:
        missing, unknown = sorted(expected - keys), sorted(keys - expected)
        raise TipsError(f"{where}: missing keys {missing}, unknown keys {unknown}")
    texts = {key: _plain_text(item[key], where, key) for key in ("id", "title", "text", "source")}
    if not _ID.fullmatch(texts["id"]):
        raise TipsError(f"{where}: the id must be lowercase words joined by '-'")
    if not _YEAR.search(texts["source"]):
        raise TipsError(f"{where}: the source must name a guideline or study with its year")
    topics = item["topics"]
    if (
        not isinstance(topics, list)
        or not topics
        or not all(isinstance(t, str) and _TOPIC.fullmatch(t) for t in topics)
        or len(set(topics)) != len(topics)
    ):
        raise TipsError(f"{where}: topics must be distinct lowercase words (a-z, 0-9, '_')")
    english = Tip(texts["id"], texts["title"], texts["text"], texts["source"], tuple(topics))
    versions = {"en": english}
    for language in TRANSLATIONS:
        translated = item[language]
        if not isinstance(translated, dict):
            raise TipsError(f"{where}: {language} must be an object with {list(TRANSLATED_KEYS)}")
        keys = set(translated)
        if keys != set(TRANSLATED_KEYS):
            missing = sorted(set(TRANSLATED_KEYS) - keys)
            unknown = sorted(keys - set(TRANSLATED_KEYS))
            raise TipsError(
                f"{where}: {language} has missing keys {missing}, unknown keys {unknown}"
            )
        words = {
            key: _plain_text(translated[key], where, f"{language}.{key}") for key in TRANSLATED_KEYS
        }
        versions[language] = Tip(
            english.id,
            words["title"],
            words["text"],
            english.source,
            english.topics,
            also_found_by=f"{english.title} {english.text}",
        )
    return versions


# -- ranking -----------------------------------------------------------------------------


def finding_topic(finding: Finding) -> str | None:
    """The tip topic of a lifestyle finding (None for other findings)."""
    exposure = finding.numbers.get("exposure")
    return EXPOSURE_TOPICS.get(exposure) if isinstance(exposure, str) else None


def finding_distance(finding: Finding) -> float | None:
    """How far the finding's interval sits from 0 (None without an interval)."""
    interval = finding.numbers.get("ci95")
    if finding.kind != LIFESTYLE_DIFFERENCE or not isinstance(interval, Sequence):
        return None
    low, high = interval
    return interval_distance_from_zero((float(low), float(high)))


def rank_tips(tips: Sequence[Tip], findings: Iterable[Finding]) -> list[RankedTip]:
    """``tips`` ranked by ``findings`` (the lifestyle findings): tips touching a habit whose
    interval excludes 0 first, the farthest from 0 first; then tips touching a habit with
    too few nights; then the rest; ties keep the default order."""
    distances: dict[str, float] = {}
    waiting: set[str] = set()
    for finding in findings:
        topic = finding_topic(finding)
        if topic is None:
            continue
        distance = finding_distance(finding)
        if distance is not None and distance > 0:
            distances[topic] = max(distance, distances.get(topic, 0.0))
        elif finding.kind == NOT_ENOUGH_DATA:
            waiting.add(topic)

    def key(item: tuple[int, Tip]) -> tuple[int, float, int]:
        index, tip = item
        found = [distances[t] for t in tip.topics if t in distances]
        if found:
            return (0, -max(found), index)
        if any(t in waiting for t in tip.topics):
            return (1, 0.0, index)
        return (2, 0.0, index)

    ranked = []
    for rank, (_index, tip) in enumerate(sorted(enumerate(tips), key=key), start=1):
        strong = tuple(t for t in tip.topics if t in distances)
        weak = tuple(t for t in tip.topics if t in waiting)
        reason = FINDING if strong else WAITING if weak else None
        ranked.append(RankedTip(tip, rank, reason, strong or weak))
    return ranked


# -- the diary's findings in plain words ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Sentences:
    """The words of the panel lines in one language; :func:`diary_line` fills the fields."""

    outcomes: Mapping[str, str]  # outcome -> its label in a sentence
    groups: Mapping[str, str]  # a group as the finding names it (English) -> after "after"
    nights: tuple[str, str]  # "{n} night(s)" for 1 and for other counts
    on_nights: tuple[str, str]  # the same after "on" / "in" (German: dative)
    directions: Mapping[tuple[bool, bool], str]  # (higher, better) -> how the outcome moved
    waiting_heading: str
    waiting_text: str
    waiting_brief: str
    heading: str
    text: str
    brief: str
    unclear_heading: str
    unclear_text: str  # appended to ``text``
    interval: str
    decimal: str


SENTENCES: Final = {
    "en": _Sentences(
        outcomes={key: label for key, (label, _scale, _better) in OUTCOMES.items()},
        groups={},  # the finding's own words
        nights=("{n} night", "{n} nights"),
        on_nights=("the {n} night", "the {n} nights"),
        directions={
            (True, True): "higher (better)",
            (True, False): "higher (worse)",
            (False, True): "lower (better)",
            (False, False): "lower (worse)",
        },
        waiting_heading="{title} after {group}: not enough data yet",
        waiting_text=(
            "Not enough data yet (n = {n} of {needed} needed): {nights_with} after {group} "
            "and {n_without} without so far; each group needs {needed}."
        ),
        waiting_brief="n = {n} of {needed} needed",
        heading="{title} was {direction} after {group}",
        text=(
            "On {on_with} after {group} your median {label} was {median_with} of {scale}, "
            "vs {median_without} on {on_without} without: difference {difference}, {interval}."
        ),
        brief=(
            "median {median_with} vs {median_without} of {scale} on {n_with} vs {n_without} "
            "nights, {interval}"
        ),
        unclear_heading="{title} after {group}: no clear difference",
        unclear_text=" The interval includes 0, so your diary shows no clear difference.",
        interval="95 % interval {low} to {high}",
        decimal=".",
    ),
    "de": _Sentences(
        outcomes={"rls_severity": "RLS-Stärke", "sleep_quality": "Schlafqualität"},
        groups={  # the groups of domain.insights.lifestyle.CONTRASTS, after "nach"
            "2 or more caffeinated drinks": "2 oder mehr koffeinhaltigen Getränken",
            "1 or more alcoholic drinks": "1 oder mehr alkoholischen Getränken",
            "30 or more minutes of exercise": "30 oder mehr Minuten Sport und Bewegung",
            "nicotine": "Nikotin",
        },
        nights=("{n} Nacht", "{n} Nächte"),
        on_nights=("der {n} Nacht", "den {n} Nächten"),
        directions={
            (True, True): "höher (besser)",
            (True, False): "höher (schlechter)",
            (False, True): "niedriger (besser)",
            (False, False): "niedriger (schlechter)",
        },
        waiting_heading="{title} nach {group}: noch nicht genug Daten",
        waiting_text=(
            "Noch nicht genug Daten (n = {n} von {needed} nötigen): bisher {nights_with} nach "
            "{group} und {n_without} ohne; jede Gruppe braucht {needed}."
        ),
        waiting_brief="n = {n} von {needed} nötigen",
        heading="{title} nach {group}: {direction}",
        text=(
            "In {on_with} nach {group} lag der Median Ihrer {label} bei {median_with} von "
            "{scale}, gegenüber {median_without} in {on_without} ohne: Unterschied "
            "{difference}, {interval}."
        ),
        brief=(
            "Median {median_with} gegenüber {median_without} von {scale} in {n_with} gegenüber "
            "{n_without} Nächten, {interval}"
        ),
        unclear_heading="{title} nach {group}: kein klarer Unterschied",
        unclear_text=" Das Intervall enthält 0, Ihr Tagebuch zeigt also keinen klaren Unterschied.",
        interval="95-%-Intervall {low} bis {high}",
        decimal=",",
    ),
}


def diary_line(finding: Finding, language: str = "en") -> DiaryLine | None:
    """The panel line of a lifestyle finding in ``language`` (None for other kinds of
    finding); the numbers are the finding's own in every language."""
    words = SENTENCES[_language(language)]
    numbers = finding.numbers
    topic = finding_topic(finding)
    outcome = OUTCOMES.get(str(numbers.get("outcome")))
    if topic is None or outcome is None:
        return None
    _label, scale, higher_is_better = outcome
    label = words.outcomes[str(numbers["outcome"])]
    group = str(numbers["group_with"])
    group = words.groups.get(group, group)
    n_with, n_without = int(numbers["n_with"]), int(numbers["n_without"])
    title = label[0].upper() + label[1:]

    def nights(forms: tuple[str, str], count: int) -> str:
        return forms[count != 1].format(n=count)

    def number(value: float, signed: bool = False) -> str:
        text = signed_text(value) if signed else number_text(value)
        return text.replace(".", words.decimal)

    distance = finding_distance(finding)
    if distance is None:
        needed = int(numbers["needed"])
        fields = {"title": title, "group": group, "n": min(n_with, n_without), "needed": needed}
        heading = words.waiting_heading.format(**fields)
        text = words.waiting_text.format(
            **fields, nights_with=nights(words.nights, n_with), n_without=n_without
        )
        brief = words.waiting_brief.format(**fields)
        return DiaryLine(WAITING, topic, heading, text, brief, numbers)
    difference = float(numbers["difference"])
    low, high = numbers["ci95"]
    values = {
        "title": title,
        "group": group,
        "label": label,
        "scale": scale,
        "n_with": n_with,
        "n_without": n_without,
        "on_with": nights(words.on_nights, n_with),
        "on_without": nights(words.on_nights, n_without),
        "median_with": number(float(numbers["median_with"])),
        "median_without": number(float(numbers["median_without"])),
        "difference": number(difference, signed=True),
        "interval": words.interval.format(
            low=number(float(low), signed=True), high=number(float(high), signed=True)
        ),
    }
    text = words.text.format(**values)
    brief = words.brief.format(**values)
    if distance > 0:
        higher = difference > 0
        direction = words.directions[higher, higher == higher_is_better]
        heading = words.heading.format(**values, direction=direction)
        return DiaryLine("difference", topic, heading, text, brief, numbers)
    heading = words.unclear_heading.format(**values)
    text += words.unclear_text
    return DiaryLine("no_clear_difference", topic, heading, text, brief, numbers)


def diary_lines(findings: Iterable[Finding], language: str = "en") -> list[DiaryLine]:
    """The panel lines of ``findings`` in ``language``, in the findings' own (ranked) order."""
    lines = (diary_line(finding, language) for finding in findings)
    return [line for line in lines if line is not None]


# -- one diary -----------------------------------------------------------------------------


def lifestyle_of(diary: Diary, today: dt.date | None = None) -> list[Finding]:
    """The lifestyle findings of ``diary``, as the insights service computes them."""
    day = today or local_today(diary.default_zone)
    found = compute_insights(
        diary.nights(), diary.contents(), day, diary.default_zone, sections=("lifestyle",)
    )
    return found["lifestyle"]


def personal_tips(
    diary: Diary | None, today: dt.date | None = None, language: str = "en"
) -> PersonalTips:
    """Findings, panel lines and ranked tips for ``diary`` (default order without one), the
    lines and tips in ``language``."""
    language = _language(language)
    findings = [] if diary is None else lifestyle_of(diary, today)
    return PersonalTips(
        findings,
        diary_lines(findings, language),
        rank_tips(load_tips(language), findings),
    )


def tip_dict(ranked: RankedTip) -> dict[str, Any]:
    tip = ranked.tip
    return {
        "id": tip.id,
        "title": tip.title,
        "text": tip.text,
        "source": tip.source,
        "topics": list(tip.topics),
        "rank": ranked.rank,
    }


def tips_report(diary: Diary | None, today: dt.date | None = None) -> dict[str, Any]:
    """The ``tips --json`` object: ``{"tips": [{id, title, text, source, topics, rank}]}``,
    ranked by the diary's lifestyle findings (default order when ``diary`` is None)."""
    return {"tips": [tip_dict(t) for t in personal_tips(diary, today).tips]}


# -- crisis numbers ------------------------------------------------------------------------


def crisis_numbers(diary: Diary) -> str:
    """The user's crisis numbers (empty text when none are set)."""
    return records.load_settings(diary.conn).get(CRISIS_NUMBERS_KEY, "")


def save_crisis_numbers(diary: Diary, text: str) -> str:
    """Store the crisis numbers through the writer in one transaction (blank text removes
    them); returns the text as stored."""
    cleaned = "\n".join(line.rstrip() for line in text.strip().splitlines())
    if len(cleaned) > CRISIS_NUMBERS_MAX:
        raise ValueError(f"crisis numbers: at most {CRISIS_NUMBERS_MAX} characters, please")
    with diary.transaction("the crisis numbers were not saved") as conn:
        records.put_setting(conn, CRISIS_NUMBERS_KEY, cleaned or None)
    return cleaned
