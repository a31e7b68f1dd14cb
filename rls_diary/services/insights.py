"""The ``insights --json`` report (DESIGN §5, §6): every clinical rule over one diary.

``compute_insights`` returns :class:`Finding` objects by section (for the Treatment tab and the
chart markers); ``insights_report`` turns them into the JSON object
``{"augmentation", "iron", "remission", "treatment_effects", "lifestyle", "safety"}``, each a
list of ``{"kind", "message", "from"/"to" or "date", "numbers"}`` with full-precision floats,
ISO dates and ``[lo, hi]`` intervals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final

from rls_diary.domain.clock import zone
from rls_diary.domain.episodes import episodes
from rls_diary.domain.insights.augmentation import augmentation_findings
from rls_diary.domain.insights.finding import Finding
from rls_diary.domain.insights.iron import iron_findings
from rls_diary.domain.insights.lifestyle import lifestyle_findings
from rls_diary.domain.insights.remission import remission_findings
from rls_diary.domain.insights.safety import safety_findings
from rls_diary.domain.insights.treatment_effect import treatment_effect_findings
from rls_diary.domain.night import Night
from rls_diary.services.diary import Contents, Diary

SECTIONS: Final = ("augmentation", "iron", "remission", "treatment_effects", "lifestyle", "safety")


def compute_insights(
    nights: Sequence[Night],
    contents: Contents,
    today: dt.date,
    default_zone: str = "UTC",
    *,
    sections: Sequence[str] = SECTIONS,
) -> dict[str, list[Finding]]:
    """The findings of every section (or only of ``sections``) for ``nights`` and the
    diary's other records.

    ``today`` dates the iron-test reminder and decides which agonist episodes run for the
    check-in; every other rule looks at the diary's own last night. The bootstraps of the
    lifestyle and treatment-effect sections take seconds over years of nights; a caller that
    needs only some sections (the chart's flags) asks for those.
    """
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        raise ValueError(f"unknown insight sections: {', '.join(sorted(unknown))}")
    courses = episodes(contents.medications)
    rules: dict[str, Callable[[], list[Finding]]] = {
        "augmentation": lambda: augmentation_findings(
            nights, courses, contents.settings, default_zone
        ),
        "iron": lambda: iron_findings(
            contents.labs, contents.medications, contents.conditions, nights, today
        ),
        "remission": lambda: remission_findings(nights, courses),
        "treatment_effects": lambda: treatment_effect_findings(nights, courses, default_zone),
        "lifestyle": lambda: lifestyle_findings(nights),
        "safety": lambda: safety_findings(nights, courses, contents.settings, today),
    }
    return {section: rules[section]() for section in SECTIONS if section in sections}


def insights_report(
    nights: Sequence[Night], contents: Contents, today: dt.date, default_zone: str = "UTC"
) -> dict[str, list[dict[str, Any]]]:
    """The ``insights --json`` object (see the module docstring)."""
    found = compute_insights(nights, contents, today, default_zone)
    return {section: [finding_dict(f) for f in found[section]] for section in SECTIONS}


def diary_insights_report(diary: Diary, today: dt.date | None = None) -> dict[str, Any]:
    """The report of an open diary; ``today`` defaults to the date in the diary's zone."""
    day = today or local_today(diary.default_zone)
    return insights_report(diary.nights(), diary.contents(), day, diary.default_zone)


def local_today(zone_name: str) -> dt.date:
    return dt.datetime.now(zone(zone_name)).date()


def finding_dict(finding: Finding) -> dict[str, Any]:
    """A finding as the report writes it: kind, message, its dates, then its numbers."""
    out: dict[str, Any] = {"kind": finding.kind, "message": finding.message}
    if finding.date is not None:
        out["date"] = finding.date.isoformat()
    if finding.start is not None or finding.end is not None:
        out["from"] = _plain(finding.start)
        out["to"] = _plain(finding.end)
    out["numbers"] = _plain(finding.numbers)
    return out


def _plain(value: Any) -> Any:
    """JSON-ready: dates as ISO text, tuples (intervals) as lists, mappings recursively."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
