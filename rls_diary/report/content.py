"""What the PDF summary says (issue 7): a pure content model, built from the diary's records.

No Qt here (a German report's words come from :mod:`rls_diary.report.words`, which loads
QtCore only then): :mod:`rls_diary.report.render` lays this out on paper. Everything is as of the
period's last night, so a report of an old period describes that time (labs, medications and
IRLS totals after it are left out; the augmentation watch looks at the nights up to it).

- **Period**: ``start``–``end`` (morning dates, inclusive); the previous period has the same
  length and ends the night before ``start``. The default is the diary's last 28 nights.
- **Nights recorded** count as DESIGN §3 says (:attr:`Night.is_recorded`); a night was
  **entered late** when the local date of ``entered_at`` (in the night's zone) is more than
  one day after its morning date (entered on D + 2 or later). A blank ``entered_at`` (an
  imported night) never counts as late.
- **Summary table**: median and interquartile range (p25–p75, linear interpolation) with n,
  for this period and the previous one, and the change of the median with its
  percentile-bootstrap 95 % interval — only when both periods have at least 10 values
  (``statistics.MIN_GROUP_N``); fewer give "too few nights", never a bare number. Blanks
  are left out, never counted as 0.
- **Findings** come from the insights rules, chosen for a doctor: the augmentation watch, the
  latest iron result and the overdue-test reminder, remissions and recurrences touching the
  period, treatment effects of the treatments taken in it, and the strongest lifestyle
  differences (exploratory; over the 365 nights up to the period's end, so that a 20-year
  diary costs no more than a 1-year one and old habits do not speak for today's nights).
- **Notes** are private: only with ``include_notes``. The patient's name is only what the
  caller passes in; nothing here stores it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from rls_diary.domain import experiments as ex
from rls_diary.domain.clock import zone as zone_info
from rls_diary.domain.episodes import Episode, course_stop, episodes
from rls_diary.domain.insights import (
    augmentation,
    iron,
    lifestyle,
    remission,
    safety,
    treatment_effect,
)
from rls_diary.domain.insights.finding import (
    NOT_ENOUGH_DATA,
    Finding,
    clock_text,
    translated_text,
)
from rls_diary.domain.night import Night
from rls_diary.domain.notices import REPORT_NOTICE
from rls_diary.domain.records import Assessment, Lab, Medication, irls_band
from rls_diary.domain.statistics import (
    MedianDifference,
    Summary,
    interval_distance_from_zero,
    median_difference_bootstrap,
    summary,
)
from rls_diary.domain.translatable import QT_TRANSLATE_NOOP
from rls_diary.report.words import ENGLISH, date_text, decimal, decimal_sign, span_text, tr
from rls_diary.services.diary import Contents, Diary
from rls_diary.services.insights import local_today
from rls_diary.services.stats import night_values

TITLE: Final = QT_TRANSLATE_NOOP("report", "RLS Diary summary")
DEFAULT_NIGHTS: Final = 28
LATE_AFTER_DAYS: Final = 1  # entered more than this many days after the morning date
LIFESTYLE_WINDOW_NIGHTS: Final = 365
MAX_LIFESTYLE: Final = 3
EXPERIMENT_LOOKBACK_DAYS: Final = 365
FERRITIN_REFERENCES: Final = (75.0, 100.0)  # ng/mL (DESIGN §6)
TSAT_REFERENCE: Final = 20.0  # %
ONE_DAY: Final = dt.timedelta(days=1)
# REPORT_NOTICE as marked for translation (the same words: the footer of every page)
NOTICE: Final = QT_TRANSLATE_NOOP(
    "report",
    "Recorded by the patient in RLS Diary. Not medical advice and not a diagnosis: the "
    "figures and alerts do not replace a consultation. Do not start, stop or change any "
    "medicine because of this summary.",
)
assert NOTICE == REPORT_NOTICE
TRACKED_LABEL: Final = QT_TRANSLATE_NOOP("report", "Tracked sleep, {sources} (h:mm)")
STARTED: Final = QT_TRANSLATE_NOOP("report", "{name} {dose} started")
STOPPED: Final = QT_TRANSLATE_NOOP("report", "{name} stopped")
SAME: Final = QT_TRANSLATE_NOOP("report", "same")
RANGE: Final = QT_TRANSLATE_NOOP("report", "{low} to {high}")
TOO_FEW: Final = QT_TRANSLATE_NOOP("report", "too few nights")
CHANGE_RESAMPLES: Final = 2000  # bootstrap of the change column, as the insights use
CHANGE_SEED: Final = 0
EARLIER: Final = QT_TRANSLATE_NOOP("report", "{time} earlier")
LATER: Final = QT_TRANSLATE_NOOP("report", "{time} later")
OTHER_APP: Final = QT_TRANSLATE_NOOP("report", "another app")

# Sections of the findings, in the order the report prints them.
SECTION_TITLES: Final[Mapping[str, str]] = {
    "augmentation": QT_TRANSLATE_NOOP("report", "Augmentation watch"),
    "iron": QT_TRANSLATE_NOOP("report", "Iron"),
    "remission": QT_TRANSLATE_NOOP("report", "Remission and recurrence"),
    "treatment_effects": QT_TRANSLATE_NOOP("report", "Treatment before and after"),
    "lifestyle": QT_TRANSLATE_NOOP("report", "Lifestyle differences (exploratory)"),
    "safety": QT_TRANSLATE_NOOP("report", "Mood"),
}
# Findings a doctor should see first (printed in the "needs attention" box on page 1).
ATTENTION_KINDS: Final = frozenset(
    {
        augmentation.POSSIBLE_AUGMENTATION,
        "paradoxical_response",
        iron.IRON_LOW,
        iron.IRON_IV_BAND,
        iron.TEST_OVERDUE,
        remission.RECURRENCE,
        safety.CRISIS_NUMBERS,
    }
)


@dataclass(frozen=True, slots=True)
class Period:
    """Calendar nights from ``start`` to ``end`` (morning dates, both included)."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(
                f"the period starts ({self.start.isoformat()}) after it ends "
                f"({self.end.isoformat()})"
            )

    @property
    def nights(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of the same length that ends the night before this one starts."""
        return Period(self.start - self.nights * ONE_DAY, self.start - ONE_DAY)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    @property
    def text(self) -> str:
        return f"{self.start.isoformat()} to {self.end.isoformat()}"


def default_period(
    last_night: dt.date | None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    today: dt.date | None = None,
) -> Period:
    """The period a report covers: the bounds given, else the diary's last 28 nights.

    Without ``end`` the period ends at the diary's last night (``today`` for an empty diary,
    or ``start`` when that is later); without ``start`` it starts 27 nights before ``end``.
    """
    if end is None:
        last = last_night or today or dt.date.today()
        end = max(last, start) if start is not None else last
    if start is None:
        start = end - (DEFAULT_NIGHTS - 1) * ONE_DAY
    return Period(start, end)


@dataclass(frozen=True, slots=True)
class Metric:
    """How one measure of the summary table is named and shown."""

    name: str  # a key of stats.night_values
    label: str
    unit: str  # "", "min", "%", "clock"
    decimals: int = 0


METRICS: Final = (
    Metric("rls_severity", QT_TRANSLATE_NOOP("report", "RLS severity (0–10)"), "", 1),
    Metric("sleep_quality", QT_TRANSLATE_NOOP("report", "Sleep quality (1–5)"), "", 1),
    Metric("total_sleep_min", QT_TRANSLATE_NOOP("report", "Total sleep time (h:mm)"), "h"),
    Metric("sleep_efficiency_pct", QT_TRANSLATE_NOOP("report", "Sleep efficiency"), "%"),
    Metric("sleep_latency_min", QT_TRANSLATE_NOOP("report", "Time to fall asleep"), "min"),
    Metric(
        "wake_after_sleep_onset_min", QT_TRANSLATE_NOOP("report", "Awake after sleep onset"), "min"
    ),
    Metric("times_up_to_move", QT_TRANSLATE_NOOP("report", "Times up to move"), "", 1),
    Metric("rls_onset_min", QT_TRANSLATE_NOOP("report", "Symptoms began"), "clock"),
)


@dataclass(frozen=True, slots=True)
class MetricRow:
    metric: Metric
    current: Summary
    previous: Summary
    change: MedianDifference  # current − previous; no interval below 10 values a side


def compared(
    metric: Metric, current: Iterable[float | None], previous: Iterable[float | None]
) -> MetricRow:
    """The row of ``metric``: each period's summary and the change of the median."""
    now = [v for v in current if v is not None]
    before = [v for v in previous if v is not None]
    change = median_difference_bootstrap(now, before, CHANGE_RESAMPLES, CHANGE_SEED)
    return MetricRow(metric, summary(now), summary(before), change)


@dataclass(frozen=True, slots=True)
class Day:
    """One entry of the period, as the charts need it; every ``None`` is a blank."""

    date: dt.date
    severity: float | None = None
    quality: float | None = None
    onset_min: float | None = None  # relative to midnight (21:30 → −150)
    total_sleep_min: float | None = None
    tracked_sleep_min: float | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class MedicationLine:
    """A course taken during the period (one dose from start to stop)."""

    name: str
    drug_class: str
    dose: float | None
    unit: str | None
    time: dt.time | None
    start: dt.date
    stop: dt.date | None  # None: still taken

    @property
    def dose_text(self) -> str:
        if self.dose is None:
            return "–"
        return f"{number(self.dose, 3)} {self.unit or ''}".strip()

    @property
    def class_text(self) -> str:
        return self.drug_class.replace("_", " ").replace("alpha2delta", "alpha-2-delta ligand")


@dataclass(frozen=True, slots=True)
class MedicationEvent:
    """A medication change, marked on the charts before the first night it affects."""

    first_night: dt.date
    label: str


@dataclass(frozen=True, slots=True)
class LabPoint:
    date: dt.date
    ferritin_ng_ml: float | None
    tsat_pct: float | None
    hemoglobin_g_dl: float | None = None
    after_infusion: bool = False


@dataclass(frozen=True, slots=True)
class Irls:
    date: dt.date
    total: int
    band: str
    previous_date: dt.date | None = None
    previous_total: int | None = None


@dataclass(frozen=True, slots=True)
class ReportFinding:
    section: str
    kind: str
    message: str
    when: str  # the finding's dates as text ("" when it has none)

    @property
    def needs_attention(self) -> bool:
        return self.kind in ATTENTION_KINDS


@dataclass(frozen=True, slots=True)
class ExperimentLine:
    factor: str
    outcome: str
    start: dt.date
    last: dt.date
    pairs_complete: int
    message: str


@dataclass(frozen=True, slots=True)
class Note:
    date: dt.date
    text: str


@dataclass(frozen=True, slots=True)
class ReportContent:
    """Everything the PDF shows, in plain values."""

    period: Period
    previous: Period
    generated: dt.date
    nights_in_period: int
    nights_recorded: int
    nights_late: int
    metrics: tuple[MetricRow, ...]
    days: tuple[Day, ...]
    medications: tuple[MedicationLine, ...]
    medication_events: tuple[MedicationEvent, ...]
    labs: tuple[LabPoint, ...]  # iron results up to the period's end, by date
    irls: Irls | None
    findings: tuple[ReportFinding, ...]
    lifestyle_window: Period | None
    questions: tuple[str, ...]
    experiments: tuple[ExperimentLine, ...]
    notes: tuple[Note, ...] = ()
    include_notes: bool = False
    patient_name: str | None = None
    title: str = TITLE
    notice: str = REPORT_NOTICE
    tracked_sources: tuple[str, ...] = field(default=())
    tracked: MetricRow | None = None  # sleep measured by another app (never mixed into TST)
    language: str = ENGLISH  # the language the PDF speaks ("en" or "de")

    @property
    def latest_lab(self) -> LabPoint | None:
        return self.labs[-1] if self.labs else None

    @property
    def attention(self) -> tuple[ReportFinding, ...]:
        return tuple(f for f in self.findings if f.needs_attention)

    def section(self, name: str) -> tuple[ReportFinding, ...]:
        return tuple(f for f in self.findings if f.section == name)


# --- building -------------------------------------------------------------------------------


def build_content(
    nights: Sequence[Night],
    contents: Contents,
    period: Period,
    default_zone: str,
    *,
    generated: dt.date,
    include_notes: bool = False,
    patient_name: str | None = None,
    language: str = ENGLISH,
) -> ReportContent:
    """The report of ``period`` from every night of the diary (later nights are ignored).

    ``nights`` may hold the whole diary; rules that look back (augmentation baseline,
    remission) need the nights before the period.
    """
    upto = sorted((n for n in nights if n.date <= period.end), key=lambda n: n.date)
    previous = period.previous()
    in_period = [n for n in upto if n.date in period]
    in_previous = [n for n in upto if n.date in previous]
    current_values = [night_values(n, default_zone) for n in in_period]
    previous_values = [night_values(n, default_zone) for n in in_previous]
    metrics = tuple(
        compared(
            metric,
            (v[metric.name] for v in current_values),
            (v[metric.name] for v in previous_values),
        )
        for metric in METRICS
    )
    days = tuple(_day(n, v) for n, v in zip(in_period, current_values, strict=True))
    courses = [c for c in contents.medications if c.start <= period.end]
    treatment = episodes(courses)
    findings, lifestyle_window = _findings(
        upto, contents, courses, treatment, period, default_zone, language
    )
    name = (patient_name or "").strip() or None
    tracked = [n for n in (*in_previous, *in_period) if n.tracked_sleep_min is not None]
    sources = tuple(sorted({n.source or tr(OTHER_APP, language) for n in tracked}))
    return ReportContent(
        period=period,
        previous=previous,
        generated=generated,
        nights_in_period=period.nights,
        nights_recorded=sum(1 for n in in_period if n.is_recorded),
        nights_late=sum(1 for n in in_period if entered_late(n, default_zone)),
        metrics=metrics,
        days=days,
        medications=tuple(_medications(courses, period)),
        medication_events=tuple(_events(treatment, period, language)),
        labs=tuple(_labs(contents.labs, contents.medications, period.end)),
        irls=_irls(contents.assessments, period.end),
        findings=tuple(findings),
        lifestyle_window=lifestyle_window,
        questions=tuple(
            q.text for q in sorted(contents.questions, key=lambda q: q.created) if not q.done
        ),
        experiments=tuple(_experiments(contents, upto, period, generated, default_zone, language)),
        notes=tuple(Note(n.date, n.notes) for n in in_period if n.notes) if include_notes else (),
        include_notes=include_notes,
        patient_name=name,
        tracked_sources=sources,
        title=tr(TITLE, language),
        notice=tr(NOTICE, language),
        tracked=_tracked_row(in_period, in_previous, sources, language),
        language=language,
    )


def diary_content(
    diary: Diary,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    include_notes: bool = False,
    patient_name: str | None = None,
    today: dt.date | None = None,
    language: str = ENGLISH,
) -> ReportContent:
    """The report of an open (read-only is enough) diary; bounds default as in
    :func:`default_period`, ``today`` to the date in the diary's zone."""
    day = today or local_today(diary.default_zone)
    dates = diary.dates()
    period = default_period(dates[-1] if dates else None, start, end, day)
    return build_content(
        diary.nights(None, period.end),
        diary.contents(),
        period,
        diary.default_zone,
        generated=day,
        include_notes=include_notes,
        patient_name=patient_name,
        language=language,
    )


def entered_late(night: Night, default_zone: str = "UTC") -> bool:
    """Entered more than a day after its morning date, on the night's own calendar.

    The morning date D was entered on time up to the end of D + 1 (local time in the zone the
    night was entered in); from D + 2 on it counts as late. Unknown (``None``) is never late.
    """
    if night.entered_at is None:
        return False
    local = night.entered_at.astimezone(zone_info(night.timezone or default_zone)).date()
    return (local - night.date).days > LATE_AFTER_DAYS


def _day(night: Night, values: Mapping[str, float | None]) -> Day:
    return Day(
        date=night.date,
        severity=values["rls_severity"],
        quality=values["sleep_quality"],
        onset_min=values["rls_onset_min"],
        total_sleep_min=values["total_sleep_min"],
        tracked_sleep_min=(
            None if night.tracked_sleep_min is None else float(night.tracked_sleep_min)
        ),
        source=night.source,
    )


def _tracked_row(
    current: Sequence[Night],
    previous: Sequence[Night],
    sources: Sequence[str],
    language: str = ENGLISH,
) -> MetricRow | None:
    """Sleep measured by another app or device, as its own row (None when there is none)."""
    if all(n.tracked_sleep_min is None for n in (*current, *previous)):
        return None
    label = tr(TRACKED_LABEL, language).format(sources=", ".join(sources))
    return compared(
        Metric("tracked_sleep_min", label, "h"),
        (n.tracked_sleep_min for n in current),
        (n.tracked_sleep_min for n in previous),
    )


def _course_nights(course: Medication) -> tuple[dt.date, dt.date | None]:
    """The first and last entries a course covers (see :mod:`domain.episodes`)."""
    stop = course_stop(course)
    return course.start + ONE_DAY, None if stop is None else stop + ONE_DAY


def _medications(courses: Iterable[Medication], period: Period) -> list[MedicationLine]:
    """Courses whose nights overlap the period, by start date then name."""
    found = []
    for course in courses:
        first, last = _course_nights(course)
        if first <= period.end and (last is None or last >= period.start):
            found.append(
                MedicationLine(
                    name=course.name.strip(),
                    drug_class=course.drug_class,
                    dose=course.dose,
                    unit=course.unit,
                    time=course.time,
                    start=course.start,
                    stop=course_stop(course),
                )
            )
    found.sort(key=lambda line: (line.start, line.name.casefold()))
    return found


def _events(
    treatment: Sequence[Episode], period: Period, language: str = ENGLISH
) -> list[MedicationEvent]:
    """Starts, dose changes and stops whose first affected night falls in the period."""
    found = []
    for episode in treatment:
        first = episode.courses[0]
        dose = decimal(_dose(first.dose, first.unit), language)
        started = tr(STARTED, language).format(name=episode.name, dose=dose)
        found.append(MedicationEvent(episode.first_night, started))
        for change in episode.dose_changes():
            before = decimal(_dose(change.before, None), language)
            after = decimal(_dose(change.after, change.unit), language)
            label = f"{episode.name} {before} → {after}"
            found.append(MedicationEvent(change.date + ONE_DAY, label))
        if episode.last_night is not None:
            stopped = tr(STOPPED, language).format(name=episode.name)
            found.append(MedicationEvent(episode.last_night + ONE_DAY, stopped))
    inside = [e for e in found if e.first_night in period]
    inside.sort(key=lambda e: (e.first_night, e.label))
    return inside


def _dose(dose: float | None, unit: str | None) -> str:
    if dose is None:
        return ""
    return f"{number(dose, 3)} {unit or ''}".strip()


def _labs(labs: Iterable[Lab], medications: Iterable[Medication], end: dt.date) -> list[LabPoint]:
    infusions = [c.start for c in medications if c.drug_class == "iron_iv"]
    found = []
    for lab in sorted(labs, key=lambda lab: lab.date):
        if lab.date > end or (lab.ferritin_ng_ml is None and lab.tsat_pct is None):
            continue
        after = any(0 <= (lab.date - day).days <= iron.AFTER_INFUSION_DAYS for day in infusions)
        found.append(
            LabPoint(lab.date, lab.ferritin_ng_ml, lab.tsat_pct, lab.hemoglobin_g_dl, after)
        )
    return found


def _irls(assessments: Iterable[Assessment], end: dt.date) -> Irls | None:
    found = sorted((a for a in assessments if a.date <= end), key=lambda a: a.date)
    if not found:
        return None
    latest = found[-1]
    before = found[-2] if len(found) > 1 else None
    return Irls(
        latest.date,
        latest.irls_total,
        irls_band(latest.irls_total),
        before.date if before else None,
        before.irls_total if before else None,
    )


def _findings(
    nights: Sequence[Night],
    contents: Contents,
    courses: Sequence[Medication],
    treatment: Sequence[Episode],
    period: Period,
    default_zone: str,
    language: str = ENGLISH,
) -> tuple[list[ReportFinding], Period | None]:
    """The insights rules (as ``services.insights.compute_insights`` runs them) over the
    nights up to the period's end, chosen for the report. Also returns the lifestyle window."""
    end = period.end
    labs = [lab for lab in contents.labs if lab.date <= end]
    conditions = [c for c in contents.conditions if c.start <= end]
    found: list[tuple[str, Finding]] = []
    for item in augmentation.augmentation_findings(
        nights, treatment, contents.settings, default_zone
    ):
        found.append(("augmentation", item))
    iron_found = iron.iron_findings(labs, courses, conditions, nights, end)
    latest_iron = max(
        (lab.date for lab in labs if lab.ferritin_ng_ml is not None or lab.tsat_pct is not None),
        default=None,
    )
    for item in iron_found:
        if item.kind == iron.TEST_OVERDUE or (item.date is not None and item.date == latest_iron):
            found.append(("iron", item))
    for item in remission.remission_findings(nights, treatment):
        if _touches(item, period):
            found.append(("remission", item))
    taken = {(e.name, e.start) for e in treatment if e.overlaps_nights(period.start, end)}
    for item in treatment_effect.treatment_effect_findings(nights, treatment, default_zone):
        key = (item.numbers.get("episode"), item.numbers.get("episode_start"))
        if item.kind != NOT_ENOUGH_DATA and key in taken:
            found.append(("treatment_effects", item))
    window = Period(end - (LIFESTYLE_WINDOW_NIGHTS - 1) * ONE_DAY, end)
    recent = [n for n in nights if n.date in window]
    strongest = [f for f in lifestyle.lifestyle_findings(recent) if _clear(f)][:MAX_LIFESTYLE]
    found.extend(("lifestyle", item) for item in strongest)
    crisis = safety.crisis_finding(nights, contents.settings)  # very low mood lately
    if crisis is not None and crisis.date in period:
        found.append(("safety", crisis))
    order = list(SECTION_TITLES)
    found.sort(key=lambda pair: order.index(pair[0]))
    report = [
        ReportFinding(section, f.kind, _message(f, language), _when(f, language))
        for section, f in found
    ]
    has_lifestyle = any(n.date in window for n in nights)
    return report, window if has_lifestyle else None


def _clear(finding: Finding) -> bool:
    """A lifestyle difference whose 95 % interval excludes 0."""
    interval = finding.numbers.get("ci95")
    if finding.kind != lifestyle.LIFESTYLE_DIFFERENCE or interval is None:
        return False
    return interval_distance_from_zero((float(interval[0]), float(interval[1]))) > 0


def _touches(finding: Finding, period: Period) -> bool:
    if finding.date is not None:
        return finding.date in period
    if finding.start is None:
        return False
    return finding.start <= period.end and (finding.end is None or finding.end >= period.start)


def _message(finding: Finding, language: str) -> str:
    """The finding's message in ``language`` (its English one for English)."""
    if language == ENGLISH:
        return finding.message
    return translated_text(
        finding,
        lambda context, text: tr(text, language, context),
        decimal_sign(language),
        lambda day: date_text(day, language),
    )


def _when(finding: Finding, language: str = ENGLISH) -> str:
    if finding.date is not None:
        return date_text(finding.date, language)
    if finding.start is not None and finding.end is not None:
        return span_text(finding.start, finding.end, language)
    return ""


def _experiments(
    contents: Contents,
    nights: Sequence[Night],
    period: Period,
    generated: dt.date,
    default_zone: str,
    language: str = ENGLISH,
) -> list[ExperimentLine]:
    """Experiments with a result that overlap the period or ended in the year before it, each
    read in ``language``."""
    found = []
    for e in sorted(contents.experiments, key=lambda e: e.start):
        last = ex.last_night(e)
        if last is None or e.start > period.end:
            continue
        if last < period.end - EXPERIMENT_LOOKBACK_DAYS * ONE_DAY:
            continue
        used = [n for n in nights if e.start <= n.date <= last]
        result = ex.analyse(
            e, used, default_zone, finished=not ex.is_current(e, generated + ONE_DAY)
        )
        if result.mean_difference is None:
            continue
        message = result.message
        if language != ENGLISH:

            def translate(context: str, source: str) -> str:
                return tr(source, language, context)

            message = ex.translated_reading(result, translate, decimal_sign(language))
        found.append(
            ExperimentLine(e.factor, e.outcome, e.start, last, result.pairs_complete, message)
        )
    return found


# --- numbers as text (shared with the renderer) ---------------------------------------------


def number(value: float, decimals: int = 1) -> str:
    """``value`` with at most ``decimals`` decimals and no trailing zeros (3.0 → 3)."""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text.replace("-", "−")


def clock(minutes: float) -> str:
    """Minutes relative to midnight as a clock time (−150 → 21:30)."""
    return clock_text(minutes)


def duration(minutes: float) -> str:
    """Minutes as hours and minutes (437 → 7:17)."""
    whole = math.floor(minutes + 0.5)
    sign = "−" if whole < 0 else ""
    whole = abs(whole)
    return f"{sign}{whole // 60}:{whole % 60:02d}"


def value_text(metric: Metric, value: float | None, language: str = ENGLISH) -> str:
    """One figure of a measure in its unit; a blank is a dash, never 0."""
    if language != ENGLISH:
        return decimal(value_text(metric, value), language)
    if value is None:
        return "–"
    if metric.unit == "clock":
        return clock(value)
    if metric.unit == "h":
        return duration(value)
    if metric.unit == "%":
        return f"{number(value, 0)} %"
    if metric.unit == "min":
        return f"{number(value, 0)} min"
    return number(value, metric.decimals)


def summary_text(metric: Metric, stats: Summary, language: str = ENGLISH) -> tuple[str, str, str]:
    """(median, interquartile range, n) as the table prints them; dashes when n is 0."""
    if stats.n == 0 or stats.median is None or stats.p25 is None or stats.p75 is None:
        return "–", "–", "0"
    low, high = value_text(metric, stats.p25, language), value_text(metric, stats.p75, language)
    return value_text(metric, stats.median, language), f"{low} – {high}", str(stats.n)


def binned(days: Sequence[Day], width: int) -> list[tuple[dt.date, dt.date, list[Day]]]:
    """Consecutive groups of ``width`` calendar nights (the first starting at the first
    day's date) with the entries in each; empty groups are left out."""
    if not days:
        return []
    origin = days[0].date
    groups: dict[int, list[Day]] = {}
    for day in days:
        groups.setdefault((day.date - origin).days // width, []).append(day)
    return [
        (origin + index * width * ONE_DAY, origin + ((index + 1) * width - 1) * ONE_DAY, group)
        for index, group in sorted(groups.items())
    ]


def delta_text(metric: Metric, delta: float, language: str = ENGLISH) -> str:
    """A difference in the measure's unit, signed ("+2", "−0:30", "−5 %", "1:30 earlier")."""
    if metric.unit == "clock":
        if abs(delta) < 0.5:
            return tr(SAME, language)
        return tr(EARLIER if delta < 0 else LATER, language).format(time=duration(abs(delta)))
    if language != ENGLISH:
        return decimal(delta_text(metric, delta), language)
    if metric.unit == "h":
        text = duration(delta)
        return text if text.startswith("−") or text == "0:00" else f"+{text}"
    shown = {"%": number(delta, 0) + " %", "min": number(delta, 0) + " min"}.get(
        metric.unit, number(delta, metric.decimals)
    )
    return f"+{shown}" if delta > 0 and shown.split()[0] != "0" else shown


def change_cells(row: MetricRow, language: str = ENGLISH) -> tuple[str, str]:
    """(change, 95 % interval) as the table prints them: the change of the median only with
    its interval, i.e. with at least 10 values in each period; a dash and "too few nights"
    otherwise (a dash alone when a period has no value at all)."""
    change = row.change
    if change.difference is None:
        return "–", ""
    if change.ci95 is None:
        return "–", tr(TOO_FEW, language)
    low, high = change.ci95
    return delta_text(row.metric, change.difference, language), interval_text(
        row.metric, low, high, language
    )


def interval_text(metric: Metric, low: float, high: float, language: str = ENGLISH) -> str:
    """An interval of differences: "+1 to +3", "−0:40 to −0:05", "0:20–1:10 earlier"."""
    if metric.unit == "clock" and (high <= -0.5 or low >= 0.5):
        ends = (duration(minutes) for minutes in sorted((abs(low), abs(high))))
        return tr(EARLIER if high < 0 else LATER, language).format(time="–".join(ends))
    ends_text = (delta_text(metric, low, language), delta_text(metric, high, language))
    return tr(RANGE, language).format(low=ends_text[0], high=ends_text[1])
