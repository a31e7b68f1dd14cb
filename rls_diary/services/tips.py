"""Lifestyle tips (DESIGN §5 ``tips --json``, §6): sourced content ranked by this diary.

The tips are data (``rls_diary/resources/tips.json``), checked when loaded: every tip has an
id, a title, plain text (no markup, no web addresses: the app opens nothing online), a source
naming a guideline or study with its year, and topics. Their order in the file is the default
order.

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
from dataclasses import dataclass
from typing import Any, Final

from rls_diary.domain.insights.finding import (
    NOT_ENOUGH_DATA,
    Finding,
    interval_text,
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
    id: str
    title: str
    text: str
    source: str
    topics: tuple[str, ...]

    def matches(self, words: Iterable[str]) -> bool:
        """Whether every word occurs (case-insensitively) in the title, text, source or a
        topic (a search box's filter)."""
        haystack = " ".join(
            (self.title, self.text, self.source, *(t.replace("_", " ") for t in self.topics))
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


@functools.cache
def load_tips() -> tuple[Tip, ...]:
    """The tips shipped with the app, validated, in their default order."""
    resource = importlib.resources.files("rls_diary").joinpath(*TIPS_FILE)
    with resource.open("r", encoding="utf-8") as handle:
        data = json.load(handle)
    return parse_tips(data)


def parse_tips(data: object) -> tuple[Tip, ...]:
    """Validate the content of a tips file (see the module docstring); raises TipsError."""
    if not isinstance(data, dict):
        raise TipsError("tips: the file must hold a JSON object")
    if data.get("format") != TIPS_FORMAT or data.get("version") != TIPS_VERSION:
        raise TipsError(f"tips: expected format {TIPS_FORMAT!r} version {TIPS_VERSION}")
    items = data.get("tips")
    if not isinstance(items, list) or not items:
        raise TipsError("tips: 'tips' must be a non-empty list")
    tips: list[Tip] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        tip = _parse_tip(item, f"tips[{index}]")
        if tip.id in seen:
            raise TipsError(f"tips[{index}]: the id {tip.id!r} is used twice")
        seen.add(tip.id)
        tips.append(tip)
    return tuple(tips)


def _parse_tip(item: object, where: str) -> Tip:
    if not isinstance(item, dict):
        raise TipsError(f"{where}: a tip must be an object")
    keys = set(item)
    if keys != set(TIP_KEYS):
        missing, unknown = sorted(set(TIP_KEYS) - keys), sorted(keys - set(TIP_KEYS))
        raise TipsError(f"{where}: missing keys {missing}, unknown keys {unknown}")
    texts = {}
    for key in ("id", "title", "text", "source"):
        value = item[key]
        if not isinstance(value, str) or not value.strip():
            raise TipsError(f"{where}: {key} must be non-empty text")
        if value != value.strip():
            raise TipsError(f"{where}: {key} has leading or trailing spaces")
        if _MARKUP.search(value) or _WEB.search(value):
            raise TipsError(f"{where}: {key} must be plain text without markup or web addresses")
        texts[key] = value
    where = f"{where} ({texts['id']})"
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
    return Tip(texts["id"], texts["title"], texts["text"], texts["source"], tuple(topics))


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


def diary_line(finding: Finding) -> DiaryLine | None:
    """The panel line of a lifestyle finding (None for other kinds of finding)."""
    numbers = finding.numbers
    topic = finding_topic(finding)
    outcome = OUTCOMES.get(str(numbers.get("outcome")))
    if topic is None or outcome is None:
        return None
    label, scale, higher_is_better = outcome
    with_label = str(numbers["group_with"])
    n_with, n_without = int(numbers["n_with"]), int(numbers["n_without"])
    title = label[0].upper() + label[1:]
    distance = finding_distance(finding)
    if distance is None:
        needed = int(numbers["needed"])
        heading = f"{title} after {with_label}: not enough data yet"
        text = (
            f"Not enough data yet (n = {min(n_with, n_without)} of {needed} needed): "
            f"{_nights(n_with)} after {with_label} and {n_without} without so far; each "
            f"group needs {needed}."
        )
        brief = f"n = {min(n_with, n_without)} of {needed} needed"
        return DiaryLine(WAITING, topic, heading, text, brief, numbers)
    difference = float(numbers["difference"])
    low, high = numbers["ci95"]
    median_with = number_text(float(numbers["median_with"]))
    median_without = number_text(float(numbers["median_without"]))
    interval = interval_text((float(low), float(high)))
    text = (
        f"On the {_nights(n_with)} after {with_label} your median {label} was "
        f"{median_with} of {scale}, vs {median_without} on the {_nights(n_without)} "
        f"without: difference {signed_text(difference)}, {interval}."
    )
    brief = (
        f"median {median_with} vs {median_without} of {scale} on {n_with} vs {n_without} "
        f"nights, {interval}"
    )
    if distance > 0:
        higher = difference > 0
        better = higher == higher_is_better
        direction = f"{'higher' if higher else 'lower'} ({'better' if better else 'worse'})"
        heading = f"{title} was {direction} after {with_label}"
        return DiaryLine("difference", topic, heading, text, brief, numbers)
    heading = f"{title} after {with_label}: no clear difference"
    text += " The interval includes 0, so your diary shows no clear difference."
    return DiaryLine("no_clear_difference", topic, heading, text, brief, numbers)


def _nights(count: int) -> str:
    return f"{count} night" if count == 1 else f"{count} nights"


def diary_lines(findings: Iterable[Finding]) -> list[DiaryLine]:
    """The panel lines of ``findings``, in the findings' own (ranked) order."""
    return [line for line in map(diary_line, findings) if line is not None]


# -- one diary -----------------------------------------------------------------------------


def lifestyle_of(diary: Diary, today: dt.date | None = None) -> list[Finding]:
    """The lifestyle findings of ``diary``, as the insights service computes them."""
    day = today or local_today(diary.default_zone)
    found = compute_insights(diary.nights(), diary.contents(), day, diary.default_zone)
    return found["lifestyle"]


def personal_tips(diary: Diary | None, today: dt.date | None = None) -> PersonalTips:
    """Findings, panel lines and ranked tips for ``diary`` (default order without one)."""
    findings = [] if diary is None else lifestyle_of(diary, today)
    return PersonalTips(findings, diary_lines(findings), rank_tips(load_tips(), findings))


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
