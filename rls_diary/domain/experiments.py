"""Personal experiments: randomised n-of-1 trials of one change (DESIGN §6.1).

An experiment alternates blocks of ``block_nights`` nights *with* the change (A) and *as
usual* (B). Each of ``pairs`` pairs of blocks runs in the order "AB" or "BA", drawn at random
from the experiment's seed and stored: the stored schedule is the authority.

**The random draw.** ``random.Random(seed)`` (CPython's Mersenne Twister; seeding with an
``int`` and ``random()`` give the same numbers on every platform and every Python 3 version)
draws one ``random()`` per pair in pair order: below 0.5 → "AB", else "BA". Each pair's order
is an independent fair coin, so the design is balanced in expectation (each night of a pair is
A or B with probability ½) and every one of the 2^k orders is equally likely, which is exactly
what the randomisation test assumes. The schedule of ``pairs = n`` is a prefix of the one of
``pairs = n + 1`` with the same seed.

**Nights.** Nights are diary entries keyed by their morning date; an experiment's night *i*
(0-based) is the entry ``start + i`` calendar days. Blocks are counted on the calendar, never
in hours, so a daylight-saving night is one night like any other and a missing entry only
leaves a gap: it never shifts later nights into another block. The first ``washout_nights`` of
every block are left out (carry-over of the previous condition), so are nights marked as not
followed (``experiment_adherence`` False; blank counts as followed) and nights whose outcome is
blank. A stopped experiment keeps the nights up to and including its ``stopped`` date.

**Results.** A pair is complete when both its blocks have ≥ 1 counted night. Its difference is
d = mean outcome in A − mean in B. Over the k complete pairs: the mean of d, the 95 %
t-interval (k − 1 degrees of freedom) and the exact two-sided randomisation p over all 2^k
within-pair order swaps: the share of sign patterns s with |Σ s·d| ≥ |Σ d|, ties included.
The smallest p the design can reach is 2 / 2^k. Outcome values are kept exact (integers and
fractions), so ties in that test are exact ties. With fewer than 2 complete pairs the numbers
are ``None`` and a message says why.

**Words.** The result's sentences are English (the CLI prints them, they are stored as they
are). Each is a template with named placeholders, marked for translation in the
``experiments`` context (``QT_TRANSLATE_NOOP``, a plain function here: the domain loads no
Qt); :attr:`Result.parts` keeps the templates and their values, so the window can show the
result in its language (:mod:`rls_diary.ui.experiments.words`).
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Final

from rls_diary.domain.clock import current_entry_date
from rls_diary.domain.metrics import compute
from rls_diary.domain.night import Night
from rls_diary.domain.records import EXPERIMENT_OUTCOMES, Experiment
from rls_diary.domain.translatable import QT_TRANSLATE_NOOP
from rls_diary.domain.validation import Values, render

OUTCOMES: Final = EXPERIMENT_OUTCOMES
BLOCK_NIGHTS_RANGE: Final = (2, 14)
PAIRS_RANGE: Final = (2, 12)
DEFAULT_BLOCK_NIGHTS: Final = 4
DEFAULT_PAIRS: Final = 6
DEFAULT_WASHOUT: Final = 0
MIN_COMPLETE_PAIRS: Final = 2
SIGNIFICANCE: Final = 0.05
FACTOR_MAX_CHARS: Final = 200
SEED_RANGE: Final = (-(2**63), 2**63 - 1)  # what SQLite stores as an INTEGER
CONDITIONS: Final = ("A", "B")
ORDERS: Final = ("AB", "BA")

# Suggestions for the factor, from the lifestyle advice of the RLS guidelines.
FACTOR_SUGGESTIONS: Final = (
    "no caffeine after 12:00",
    "no evening alcohol",
    "30-minute evening walk",
    "compression stockings",
)


@dataclass(frozen=True, slots=True)
class OutcomeInfo:
    """How an outcome is named and described in plain language."""

    label: str  # "RLS severity"
    unit: str  # "points", "minutes"
    unit_one: str  # "point", "minute"
    lower: str  # the word for a negative difference: "lower", "earlier"
    higher: str
    decimals: int  # shown decimals of a difference
    subject: str  # "your RLS severity was", "your symptoms began"
    note: str = ""  # which direction is which, when that is not obvious


OUTCOME_INFO: Final[Mapping[str, OutcomeInfo]] = {
    "rls_severity": OutcomeInfo(
        "RLS severity (0–10)",
        "points",
        "point",
        "lower",
        "higher",
        1,
        QT_TRANSLATE_NOOP("experiments", "your RLS severity was"),
    ),
    "sleep_quality": OutcomeInfo(
        "sleep quality (1–5)",
        "points",
        "point",
        "lower",
        "higher",
        1,
        QT_TRANSLATE_NOOP("experiments", "your sleep quality was"),
    ),
    "total_sleep_min": OutcomeInfo(
        "total sleep",
        "minutes",
        "minute",
        "shorter",
        "longer",
        0,
        QT_TRANSLATE_NOOP("experiments", "your total sleep was"),
    ),
    "sleep_efficiency_pct": OutcomeInfo(
        "sleep efficiency",
        "percentage points",
        "percentage point",
        "lower",
        "higher",
        1,
        QT_TRANSLATE_NOOP("experiments", "your sleep efficiency was"),
    ),
    "rls_onset_min": OutcomeInfo(
        "time symptoms began",
        "minutes",
        "minute",
        "earlier",
        "later",
        0,
        QT_TRANSLATE_NOOP("experiments", "your symptoms began"),
        "nights without symptoms have no onset time and are not counted",
    ),
}
# What an experiment "does not show" that the change changes, per outcome.
OUTCOME_NOUNS: Final[Mapping[str, str]] = {
    "rls_severity": QT_TRANSLATE_NOOP("experiments", "your RLS severity"),
    "sleep_quality": QT_TRANSLATE_NOOP("experiments", "your sleep quality"),
    "total_sleep_min": QT_TRANSLATE_NOOP("experiments", "your total sleep"),
    "sleep_efficiency_pct": QT_TRANSLATE_NOOP("experiments", "your sleep efficiency"),
    "rls_onset_min": QT_TRANSLATE_NOOP("experiments", "when your symptoms begin"),
}

# -- the templates of the result's sentences (see :func:`reading_parts`) ----------------------
READ_FINISHED: Final = QT_TRANSLATE_NOOP(
    "experiments",
    "In this experiment {subject} on average {change} on “{factor}” nights than on usual "
    "nights ({pairs} complete pairs; 95 % interval of the difference {low} to {high} {unit}).",
)
READ_SO_FAR: Final = QT_TRANSLATE_NOOP(
    "experiments",
    "So far in this experiment {subject} on average {change} on “{factor}” nights than on "
    "usual nights ({pairs} complete pairs; 95 % interval of the difference {low} to {high} "
    "{unit}).",
)
READ_SAME_FINISHED: Final = QT_TRANSLATE_NOOP(
    "experiments",
    "In this experiment {subject} on average {change} on “{factor}” nights as on usual "
    "nights ({pairs} complete pairs; 95 % interval of the difference {low} to {high} {unit}).",
)
READ_SAME_SO_FAR: Final = QT_TRANSLATE_NOOP(
    "experiments",
    "So far in this experiment {subject} on average {change} on “{factor}” nights as on "
    "usual nights ({pairs} complete pairs; 95 % interval of the difference {low} to {high} "
    "{unit}).",
)
CANNOT_TELL: Final = QT_TRANSLATE_NOOP(
    "experiments",
    "With {pairs} complete pairs this design cannot show a difference below p = {floor}, so "
    "it cannot tell a real effect from chance (p = {p}); more pairs would be needed.",
)
UNLIKELY_BY_CHANCE: Final = QT_TRANSLATE_NOOP(
    "experiments", "A difference this large would be unlikely by chance (p = {p})."
)
COULD_BE_CHANCE: Final = QT_TRANSLATE_NOOP(
    "experiments",
    "A difference this large could arise by chance (p = {p}), so this experiment does not "
    "show that “{factor}” changes {noun}.",
)
ONE_PERSON: Final = QT_TRANSLATE_NOOP(
    "experiments",
    "This is one unblinded experiment on one person; discuss what it means for you with "
    "your doctor.",
)
TOO_FEW_NONE: Final = QT_TRANSLATE_NOOP(
    "experiments",
    "Not enough data for a result: no pair has a counted night in both its blocks, and at "
    "least {needed} complete pairs are needed.",
)
TOO_FEW_ONE: Final = QT_TRANSLATE_NOOP(
    "experiments",
    "Not enough data for a result: only 1 pair has a counted night in both its blocks, and "
    "at least {needed} complete pairs are needed.",
)
KEEP_RECORDING: Final = QT_TRANSLATE_NOOP(
    "experiments", "Keep recording your nights; the result fills in as pairs complete."
)
# An outcome's note as the last sentence of a result with too few pairs.
NOTE_SENTENCES: Final[Mapping[str, str]] = {
    "nights without symptoms have no onset time and are not counted": QT_TRANSLATE_NOOP(
        "experiments", "(Nights without symptoms have no onset time and are not counted.)"
    ),
}


@dataclass(frozen=True, slots=True)
class Phrase:
    """One sentence of a result: its template and values (``str()`` is the English)."""

    template: str
    values: Values = ()

    def __str__(self) -> str:
        return render(self.template, self.values)

    @classmethod
    def of(cls, template: str, /, **values: object) -> Phrase:
        return cls(template, tuple((name, str(value)) for name, value in values.items()))


def render_parts(parts: Iterable[Phrase]) -> str:
    """The English text of a result's sentences."""
    return " ".join(str(part) for part in parts)


class ExperimentError(ValueError):
    """An experiment that cannot be set up or started; the message says why."""


# --- design ---------------------------------------------------------------------------------


def make_schedule(seed: int, pairs: int) -> tuple[str, ...]:
    """The order ("AB" or "BA") of each pair, drawn from ``seed`` (see the module notes)."""
    rng = random.Random(seed)
    return tuple("AB" if rng.random() < 0.5 else "BA" for _ in range(pairs))


def design_problems(
    factor: str,
    outcome: str,
    block_nights: int,
    pairs: int,
    washout_nights: int,
    seed: int = 0,
) -> list[str]:
    """Every reason these settings cannot make an experiment (empty when they can)."""
    problems = []
    if not factor.strip():
        problems.append("the factor is empty: describe the change, e.g. “no caffeine after 12:00”")
    elif len(factor) > FACTOR_MAX_CHARS:
        problems.append(f"the factor is longer than {FACTOR_MAX_CHARS} characters")
    if outcome not in OUTCOMES:
        problems.append(f"unknown outcome {outcome!r} (known: {', '.join(OUTCOMES)})")
    low, high = BLOCK_NIGHTS_RANGE
    if not low <= block_nights <= high:
        problems.append(f"block nights must be {low}–{high}, not {block_nights}")
    low, high = PAIRS_RANGE
    if not low <= pairs <= high:
        problems.append(f"pairs must be {low}–{high}, not {pairs}")
    most = max(block_nights - 1, 0)
    if not 0 <= washout_nights <= most:
        problems.append(
            f"washout nights must be 0–{most} (fewer than the block's {block_nights} nights), "
            f"not {washout_nights}"
        )
    if not SEED_RANGE[0] <= seed <= SEED_RANGE[1]:
        problems.append("the seed is outside the range of a 64-bit integer")
    return problems


def new_experiment(
    id: int,
    factor: str,
    outcome: str,
    start: dt.date,
    *,
    block_nights: int = DEFAULT_BLOCK_NIGHTS,
    pairs: int = DEFAULT_PAIRS,
    washout_nights: int = DEFAULT_WASHOUT,
    seed: int,
) -> Experiment:
    """A validated experiment with its seeded schedule; raises :class:`ExperimentError`."""
    problems = design_problems(factor, outcome, block_nights, pairs, washout_nights, seed)
    if problems:
        raise ExperimentError("; ".join(problems))
    return Experiment(
        id=id,
        factor=factor.strip(),
        outcome=outcome,
        start=start,
        block_nights=block_nights,
        pairs=pairs,
        washout_nights=washout_nights,
        seed=seed,
        schedule=make_schedule(seed, pairs),
    )


def planned_nights(e: Experiment) -> int:
    return 2 * e.block_nights * e.pairs


def end_date(e: Experiment) -> dt.date:
    """The morning date of the experiment's last planned night."""
    return e.start + dt.timedelta(days=planned_nights(e) - 1)


def last_night(e: Experiment) -> dt.date | None:
    """The last night that belongs to it: the end, or the stop date when stopped earlier;
    ``None`` when it was stopped before its first night."""
    last = end_date(e) if e.stopped is None else min(end_date(e), e.stopped)
    return last if last >= e.start else None


def min_possible_p(complete_pairs: int) -> float:
    """The smallest two-sided randomisation p with ``complete_pairs`` pairs: 2 / 2^k (≤ 1)."""
    return min(1.0, 2.0 / (1 << complete_pairs))


# --- nights and blocks ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Slot:
    """Where a night falls in an experiment. ``pair``, ``block`` and ``index`` are 0-based;
    ``block`` is 0 for the pair's first block and 1 for its second."""

    date: dt.date
    pair: int
    block: int
    index: int
    condition: str  # "A" (the change) or "B" (as usual)
    washout: bool


@dataclass(frozen=True, slots=True)
class Block:
    """One block as a date range (inclusive), e.g. for shading a chart."""

    pair: int  # 0-based
    condition: str
    first: dt.date
    last: dt.date
    washout_last: dt.date | None  # last washout night, None without washout


def slot(e: Experiment, date: dt.date, *, planned: bool = False) -> Slot | None:
    """The place of the night ``date`` in ``e``; ``None`` outside its nights.

    Calendar arithmetic on morning dates only: no clock time or UTC offset is involved, so
    DST nights and missing entries cannot move a night into another block. With
    ``planned=True`` a stop is ignored (the schedule as it was set up).
    """
    offset = (date - e.start).days
    if not 0 <= offset < planned_nights(e):
        return None
    if not planned and e.stopped is not None and date > e.stopped:
        return None
    pair, within = divmod(offset, 2 * e.block_nights)
    block, index = divmod(within, e.block_nights)
    condition = e.schedule[pair][block]
    return Slot(date, pair, block, index, condition, index < e.washout_nights)


def slots(e: Experiment, *, planned: bool = False) -> list[Slot]:
    """Every night of ``e`` in date order (up to the stop date unless ``planned``)."""
    out = []
    for offset in range(planned_nights(e)):
        found = slot(e, e.start + dt.timedelta(days=offset), planned=planned)
        if found is None:
            break
        out.append(found)
    return out


def blocks(e: Experiment, *, planned: bool = False) -> list[Block]:
    """The blocks of ``e`` as date ranges; a stopped experiment's blocks end at the stop
    (blocks wholly after it are left out) unless ``planned``."""
    limit = end_date(e) if planned else last_night(e)
    if limit is None:
        return []
    out: list[Block] = []
    for pair, order in enumerate(e.schedule):
        for block, condition in enumerate(order):
            first = e.start + dt.timedelta(days=(2 * pair + block) * e.block_nights)
            if first > limit:
                return out
            last = min(first + dt.timedelta(days=e.block_nights - 1), limit)
            washout_last = None
            if e.washout_nights:
                washout_last = min(first + dt.timedelta(days=e.washout_nights - 1), last)
            out.append(Block(pair, condition, first, last, washout_last))
    return out


def condition_on(e: Experiment, date: dt.date) -> str | None:
    """The condition ("A", "B") of the entry of ``date``; ``None`` outside the experiment."""
    found = slot(e, date)
    return None if found is None else found.condition


def tonight(e: Experiment, now_local: dt.datetime) -> str | None:
    """The condition of the current entry (before 08:00 today's, else tomorrow's, §6)."""
    return condition_on(e, current_entry_date(now_local))


# --- which experiment runs, and refusals ----------------------------------------------------


def is_current(e: Experiment, entry: dt.date) -> bool:
    """Running or still to come at the current entry ``entry``: not stopped and its last
    night not yet past."""
    return e.stopped is None and end_date(e) >= entry


def current(experiments: Iterable[Experiment], entry: dt.date) -> Experiment | None:
    """The experiment running at ``entry``, else the next one to come (``None``: neither)."""
    candidates = sorted((e for e in experiments if is_current(e, entry)), key=lambda e: e.start)
    running = [e for e in candidates if e.start <= entry]
    if running:
        return running[0]
    return candidates[0] if candidates else None


def overlap(a: Experiment, b: Experiment) -> bool:
    """Whether the nights of ``a`` and ``b`` share a date (a stop shortens an experiment)."""
    a_last, b_last = last_night(a), last_night(b)
    if a_last is None or b_last is None:
        return False
    return a.start <= b_last and b.start <= a_last


def start_problems(
    new: Experiment, existing: Iterable[Experiment], entry: dt.date, earliest: dt.date
) -> list[str]:
    """Why ``new`` cannot start now: another experiment runs at the current entry ``entry``,
    their dates overlap, or its first night (``new.start``) is before ``earliest`` (the next
    night: a night that has begun cannot be randomised any more)."""
    problems = []
    if new.start < earliest:
        problems.append(
            f"the first night {new.start.isoformat()} has already begun or passed; an "
            f"experiment must be set up before its nights (earliest start "
            f"{earliest.isoformat()})"
        )
    for other in sorted(existing, key=lambda e: e.id):
        if is_current(other, entry) and other.start <= entry:
            problems.append(
                f"experiment {other.id} ({other.factor}) is running until "
                f"{end_date(other).isoformat()}; one experiment runs at a time "
                "(stop it first)"
            )
        elif overlap(new, other):
            other_last = last_night(other)
            assert other_last is not None
            problems.append(
                f"its nights {new.start.isoformat()} to {end_date(new).isoformat()} overlap "
                f"experiment {other.id} ({other.factor}, {other.start.isoformat()} to "
                f"{other_last.isoformat()})"
            )
    return problems


def overlap_problems(experiments: Sequence[Experiment]) -> list[tuple[int, str]]:
    """(index, message) for each experiment whose nights overlap an earlier-listed one."""
    problems = []
    for index, e in enumerate(experiments):
        for other in experiments[:index]:
            if overlap(e, other):
                problems.append(
                    (index, f"experiment {e.id} overlaps the dates of experiment {other.id}")
                )
                break
    return problems


# --- outcome values -------------------------------------------------------------------------


def outcome_value(night: Night, outcome: str, default_zone: str = "UTC") -> Fraction | None:
    """The night's outcome, exact (``None`` when blank).

    Severity and quality as entered; total sleep and onset (minutes relative to midnight)
    from :func:`metrics.compute`; sleep efficiency as TST / TIB × 100 unrounded (compute
    rounds it to one decimal for display).
    """
    if outcome in ("rls_severity", "sleep_quality"):
        raw = night.get(outcome)
        return None if raw is None else Fraction(raw)
    if outcome not in OUTCOMES:
        raise ExperimentError(f"unknown outcome {outcome!r} (known: {', '.join(OUTCOMES)})")
    metrics = compute(night, default_zone)
    if outcome == "total_sleep_min":
        tst = metrics.total_sleep_min
        return None if tst is None else Fraction(tst)
    if outcome == "rls_onset_min":
        onset = metrics.rls_onset_min
        return None if onset is None else Fraction(onset)
    tst, tib = metrics.total_sleep_min, metrics.time_in_bed_min
    if tst is None or not tib:
        return None
    return Fraction(100 * tst, tib)


# --- the result -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NightUse:
    """One night of the experiment and whether it counts (``reason`` when it does not)."""

    slot: Slot
    value: Fraction | None
    counted: bool
    reason: str | None  # "washout", "not followed", "not recorded", "no value"


@dataclass(frozen=True, slots=True)
class PairResult:
    pair: int  # 0-based
    order: str
    n_a: int
    n_b: int
    mean_a: Fraction | None
    mean_b: Fraction | None

    @property
    def complete(self) -> bool:
        return self.n_a > 0 and self.n_b > 0

    @property
    def difference(self) -> Fraction | None:
        if self.mean_a is None or self.mean_b is None:
            return None
        return self.mean_a - self.mean_b


@dataclass(frozen=True, slots=True)
class Result:
    experiment: Experiment
    nights: tuple[NightUse, ...]
    pairs: tuple[PairResult, ...]
    pairs_complete: int
    nights_a: int  # counted A nights in complete pairs
    nights_b: int
    pair_differences: tuple[float, ...]  # complete pairs, in pair order
    mean_difference: float | None
    ci95: tuple[float, float] | None
    p_value: float | None
    min_possible_p: float
    message: str
    # The sentences of ``message`` (templates and values, for translation); not compared.
    parts: tuple[Phrase, ...] = field(default=(), compare=False)


def analyse(
    e: Experiment,
    nights: Iterable[Night],
    default_zone: str = "UTC",
    *,
    finished: bool = True,
) -> Result:
    """The result of ``e`` from the diary's ``nights`` (others are ignored).

    ``finished`` says whether the experiment is over (it changes only the wording when
    there are too few pairs).
    """
    uses = night_uses(e, nights, default_zone)
    pairs = pair_results(e, uses)
    complete = [p for p in pairs if p.complete]
    k = len(complete)
    exact = [p.difference for p in complete if p.difference is not None]
    differences = tuple(float(d) for d in exact)
    nights_a = sum(p.n_a for p in complete)
    nights_b = sum(p.n_b for p in complete)
    floor = min_possible_p(k)
    if k < MIN_COMPLETE_PAIRS:
        parts = _too_few_parts(e, k, finished)
        message = render_parts(parts)
        return Result(
            e,
            uses,
            pairs,
            k,
            nights_a,
            nights_b,
            differences,
            None,
            None,
            None,
            floor,
            message,
            parts,
        )
    mean = float(sum(exact, Fraction(0)) / k)
    interval = t_interval(exact)
    p = randomisation_p(exact)
    parts = reading_parts(e, k, mean, interval, p, floor, finished=finished)
    message = render_parts(parts)
    return Result(
        e,
        uses,
        pairs,
        k,
        nights_a,
        nights_b,
        differences,
        mean,
        interval,
        p,
        floor,
        message,
        parts,
    )


def night_uses(
    e: Experiment, nights: Iterable[Night], default_zone: str = "UTC"
) -> tuple[NightUse, ...]:
    """Each night of ``e`` (up to a stop) with its value and whether it counts. Cheap: no
    statistics, so it suits progress displays."""
    by_date = {n.date: n for n in nights}
    return tuple(_use(s, by_date.get(s.date), e.outcome, default_zone) for s in slots(e))


def pair_results(e: Experiment, uses: Sequence[NightUse]) -> tuple[PairResult, ...]:
    """The counted nights and means of each pair's A and B blocks."""
    return tuple(_pair_result(e, pair, uses) for pair in range(e.pairs))


def _use(s: Slot, night: Night | None, outcome: str, default_zone: str) -> NightUse:
    if night is None:
        return NightUse(s, None, False, "not recorded")
    value = outcome_value(night, outcome, default_zone)
    if s.washout:
        return NightUse(s, value, False, "washout")
    if night.experiment_adherence is False:
        return NightUse(s, value, False, "not followed")
    if value is None:
        return NightUse(s, None, False, "no value")
    return NightUse(s, value, True, None)


def _pair_result(e: Experiment, pair: int, uses: Sequence[NightUse]) -> PairResult:
    a = [u.value for u in uses if u.counted and u.slot.pair == pair and u.slot.condition == "A"]
    b = [u.value for u in uses if u.counted and u.slot.pair == pair and u.slot.condition == "B"]
    return PairResult(pair, e.schedule[pair], len(a), len(b), _mean(a), _mean(b))


def _mean(values: Sequence[Fraction | None]) -> Fraction | None:
    present = [v for v in values if v is not None]
    return sum(present, Fraction(0)) / len(present) if present else None


def randomisation_p(differences: Sequence[Fraction | int | float]) -> float:
    """Exact two-sided randomisation p of paired differences.

    Swapping A and B within a pair flips the sign of its difference; under the null
    hypothesis all 2^k sign patterns are equally likely. p is the share of patterns s with
    |Σ s·d| ≥ |Σ d| (the observed one and ties included), so p ≥ 2 / 2^k. Values are taken
    exactly (a float at its exact binary value), so ties are exact.
    """
    exact = [Fraction(d) for d in differences]
    k = len(exact)
    if k == 0:
        raise ValueError("a randomisation test needs at least one pair")
    scale = math.lcm(*(d.denominator for d in exact))
    ints = [int(d * scale) for d in exact]
    observed = abs(sum(ints))
    total = sum(ints)
    hits = 0
    patterns = 1 << k
    for mask in range(patterns):
        flipped = sum(ints[i] for i in range(k) if mask >> i & 1)
        if abs(total - 2 * flipped) >= observed:
            hits += 1
    return hits / patterns


def t_quantile(probability: float, df: int) -> float:
    """The ``probability`` quantile of Student's t with ``df`` degrees of freedom (scipy,
    imported lazily: statistics never slow down start-up)."""
    from scipy.stats import t

    return float(t.ppf(probability, df))


def t_interval(differences: Sequence[Fraction | int | float]) -> tuple[float, float]:
    """The 95 % t-interval of the mean of ``differences`` (n − 1 degrees of freedom)."""
    exact = [Fraction(d) for d in differences]
    n = len(exact)
    if n < 2:
        raise ValueError("a t-interval needs at least two values")
    mean = sum(exact, Fraction(0)) / n
    variance = sum(((d - mean) ** 2 for d in exact), Fraction(0)) / (n - 1)
    half = t_quantile(0.975, n - 1) * math.sqrt(variance / n)
    return (float(mean) - half, float(mean) + half)


# --- plain language -------------------------------------------------------------------------


def format_p(p: float) -> str:
    """p with two significant digits (three when that makes it exact, as for 0.125), and more
    when rounding would cross 0.05."""
    exact = f"{p:.3g}"
    if float(exact) == p:
        return exact
    text = f"{p:.2g}"
    if (float(text) < SIGNIFICANCE) != (p < SIGNIFICANCE):
        text = f"{p:.3g}"
    return text


def amount_parts(value: float, outcome: str) -> tuple[str, str]:
    """``|value|`` rounded as the outcome is shown, and its unit: ("2", "points"),
    ("1.5", "points"), ("1", "minute")."""
    info = OUTCOME_INFO[outcome]
    shown = round(abs(value), info.decimals)
    number = f"{shown:.{info.decimals}f}"
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    return number, info.unit_one if number == "1" else info.unit


def format_amount(value: float, outcome: str) -> str:
    """``|value|`` with its unit: "2 points", "1.5 points", "35 minutes"."""
    number, unit = amount_parts(value, outcome)
    return f"{number} {unit}"


def direction(value: float, outcome: str) -> str:
    """Which way a difference A − B goes, in the outcome's words: "lower", "later"."""
    info = OUTCOME_INFO[outcome]
    return info.lower if value < 0 else info.higher


ABOUT_THE_SAME: Final = QT_TRANSLATE_NOOP("experiments", "about the same")
DIFFERENCE: Final = QT_TRANSLATE_NOOP("experiments", "{amount} {unit} {direction}")


def describe_difference(value: float, outcome: str) -> str:
    """A difference A − B in words: "2 points lower", "35 minutes later", "about the same"."""
    number, unit = amount_parts(value, outcome)
    if number == "0":
        return ABOUT_THE_SAME
    return f"{number} {unit} {direction(value, outcome)}"


Translate = Callable[[str, str], str]  # (context, marked English source) -> the shown text


def translated_difference(
    value: float, outcome: str, translate: Translate, decimal: str = "."
) -> str:
    """:func:`describe_difference` with its words through ``translate`` (context
    "experiments") and the number written with ``decimal``: German "2 Punkte niedriger"."""
    number, unit = amount_parts(value, outcome)
    if number == "0":
        return translate("experiments", ABOUT_THE_SAME)
    return translate("experiments", DIFFERENCE).format(
        amount=number.replace(".", decimal),
        unit=translate("experiments", unit),
        direction=translate("experiments", direction(value, outcome)),
    )


def translated_reading(result: Result, translate: Translate, decimal: str = ".") -> str:
    """The sentences of ``result`` through ``translate`` (context "experiments": the
    templates, the outcome's words, the difference) with numbers written with ``decimal``.
    A result without its sentences' templates, or one whose translation does not fit its
    values, reads as its English message."""
    if not result.parts:
        return result.message
    outcome = result.experiment.outcome

    def shown(name: str, value: str) -> str:
        if name in ("subject", "noun"):
            return translate("experiments", value)
        if name == "change" and result.mean_difference is not None:
            return translated_difference(result.mean_difference, outcome, translate, decimal)
        if name == "unit":
            return translate("experiments", value)
        if name in ("low", "high", "p", "floor"):
            return value.replace(".", decimal)
        return value

    sentences = []
    for part in result.parts:
        values = {name: shown(name, value) for name, value in part.values}
        try:
            sentences.append(translate("experiments", part.template).format(**values))
        except (KeyError, IndexError, ValueError):  # a translation with a placeholder too many
            return result.message
    return " ".join(sentences)


def reading(
    e: Experiment,
    k: int,
    mean: float,
    interval: tuple[float, float],
    p: float,
    floor: float,
    *,
    finished: bool = True,
) -> str:
    """The plain-language reading of a result: it never claims more than the numbers allow.

    A small p is "unlikely by chance", never "proven"; a large one "does not show" an
    effect, never "shows no effect"; and when the design cannot reach p < 0.05 at all it says
    so instead of reading anything into the difference.
    """
    return render_parts(reading_parts(e, k, mean, interval, p, floor, finished=finished))


def reading_parts(
    e: Experiment,
    k: int,
    mean: float,
    interval: tuple[float, float],
    p: float,
    floor: float,
    *,
    finished: bool = True,
) -> tuple[Phrase, ...]:
    """The sentences of :func:`reading`, each a template and its values.

    The values are English text: ``subject`` and ``noun`` are marked texts
    (:data:`OUTCOME_INFO`, :data:`OUTCOME_NOUNS`), ``change`` is
    :func:`describe_difference` of ``mean``, ``unit`` the outcome's unit, ``low``, ``high``,
    ``p`` and ``floor`` numbers written with a decimal point.
    """
    info = OUTCOME_INFO[e.outcome]
    change = describe_difference(mean, e.outcome)
    if change == ABOUT_THE_SAME:
        template = READ_SAME_FINISHED if finished else READ_SAME_SO_FAR
    else:
        template = READ_FINISHED if finished else READ_SO_FAR
    low, high = interval
    first = Phrase.of(
        template,
        subject=info.subject,
        change=change,
        factor=e.factor,
        pairs=k,
        low=_signed(low, e.outcome),
        high=_signed(high, e.outcome),
        unit=info.unit,
    )
    if floor >= SIGNIFICANCE:
        second = Phrase.of(CANNOT_TELL, pairs=k, floor=format_p(floor), p=format_p(p))
    elif p < SIGNIFICANCE:
        second = Phrase.of(UNLIKELY_BY_CHANCE, p=format_p(p))
    else:
        second = Phrase.of(
            COULD_BE_CHANCE, p=format_p(p), factor=e.factor, noun=OUTCOME_NOUNS[e.outcome]
        )
    return (first, second, Phrase(ONE_PERSON))


def _signed(value: float, outcome: str) -> str:
    """A signed interval end: "+1.25", "−0.03" (a true minus sign). One decimal more than
    the difference itself, and the sign is kept even when the digits round to zero, so an
    interval that crosses 0 never reads as one that does not."""
    decimals = OUTCOME_INFO[outcome].decimals + 1
    if value == 0:
        return f"{0:.{decimals}f}"
    return f"{value:+.{decimals}f}".replace("-", "−")


def _too_few_parts(e: Experiment, k: int, finished: bool) -> tuple[Phrase, ...]:
    parts = [Phrase.of(TOO_FEW_NONE if k == 0 else TOO_FEW_ONE, needed=MIN_COMPLETE_PAIRS)]
    if not finished:
        parts.append(Phrase(KEEP_RECORDING))
    note = OUTCOME_INFO[e.outcome].note
    if note:
        sentence = NOTE_SENTENCES.get(note)
        if sentence is None:  # an unmarked note: as it is (braces doubled for the template)
            sentence = f"({note[0].upper()}{note[1:]}.)".replace("{", "{{").replace("}", "}}")
        parts.append(Phrase(sentence))
    return tuple(parts)


# --- JSON (the CLI's shapes, DESIGN §6.1) ---------------------------------------------------


def status_json(e: Experiment, now_local: dt.datetime) -> dict[str, Any]:
    """``experiment status --json``."""
    return {
        "id": e.id,
        "factor": e.factor,
        "outcome": e.outcome,
        "start": e.start.isoformat(),
        "end": end_date(e).isoformat(),
        "block_nights": e.block_nights,
        "pairs": e.pairs,
        "washout_nights": e.washout_nights,
        "schedule": list(e.schedule),
        "tonight": tonight(e, now_local),
    }


def result_json(result: Result) -> dict[str, Any]:
    """``experiment result --json`` (full float precision, the interval as ``[lo, hi]``)."""
    e = result.experiment
    return {
        "id": e.id,
        "factor": e.factor,
        "outcome": e.outcome,
        "pairs_complete": result.pairs_complete,
        "nights_a": result.nights_a,
        "nights_b": result.nights_b,
        "pair_differences": list(result.pair_differences),
        "mean_difference": result.mean_difference,
        "ci95": list(result.ci95) if result.ci95 is not None else None,
        "p_value": result.p_value,
        "min_possible_p": result.min_possible_p,
        "message": result.message,
    }
