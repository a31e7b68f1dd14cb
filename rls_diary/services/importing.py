"""Import of our CSV and JSON files and of other apps' exports, in one transaction after a
backup.

``plan_import`` reads and validates without writing (safe on a read-only diary in a worker);
``apply_import`` writes the plan. The format is recognised by content (``detect_format``:
ours first, then Sleep as Android, Plees Tracker, Sleepmeter, Fitbit) unless given.

Our own files are all or nothing: re-importing identical records changes nothing; a night that
differs from the stored one is a conflict unless ``replace`` is set (DESIGN §4). Other apps'
exports only fill blanks (:mod:`rls_diary.services.foreign_import`, DESIGN §4.1): a damaged
file imports nothing, a night that cannot be filled is skipped with its reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rls_diary.domain.clock import is_valid_zone
from rls_diary.domain.csv_format import read_csv_columns
from rls_diary.domain.experiments import overlap
from rls_diary.domain.foreign import BY_NAME, FOREIGN_FORMATS, detect
from rls_diary.domain.foreign.sleep_as_android import ZIP_MAGIC
from rls_diary.domain.json_format import Document, read_json
from rls_diary.domain.night import Night, NightColumns
from rls_diary.domain.problems import LocatedProblem
from rls_diary.services import foreign_import
from rls_diary.services.diary import Diary, utc_now
from rls_diary.storage import nights as night_repo
from rls_diary.storage import records

FORMATS = ("csv", "json", *(f.name for f in FOREIGN_FORMATS))
TITLES = {
    "csv": "RLS Diary CSV",
    "json": "RLS Diary JSON",
    **{f.name: f.title for f in FOREIGN_FORMATS},
}
MAX_SKIPPED_SHOWN = 3
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")  # Excel's "Unicode text" and other UTF-16 files


class ImportRefused(ValueError):
    """The plan has problems; nothing was written."""


@dataclass(slots=True)
class ImportReport:
    path: Path
    format: str = ""
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    records_added: int = 0
    conflicts: list[dt.date] = field(default_factory=list)
    problems: list[LocatedProblem] = field(default_factory=list)
    backup: Path | None = None
    filled: int = 0  # existing nights whose blanks another app's data fills
    # (night, reason); no night for another app's record whose start could not be read
    skipped: list[tuple[dt.date | None, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def changes(self) -> int:
        return self.added + self.replaced + self.filled + self.records_added

    @property
    def foreign(self) -> bool:
        """Another app's export (fills blanks only)."""
        return self.format in BY_NAME

    @property
    def format_title(self) -> str:
        """The detected format as shown to the user ("Sleep as Android")."""
        return TITLES.get(self.format, self.format.upper())

    def summary(self) -> str:
        if self.foreign:
            return self._foreign_summary()
        nights = (
            f"{self.added} new, {self.replaced} replaced, {self.unchanged} unchanged "
            f"night{'s' if self.added + self.replaced + self.unchanged != 1 else ''}"
        )
        extra = f", {self.records_added} other records" if self.records_added else ""
        if not self.ok:
            return f"{len(self.problems)} problem(s) found; nothing would be imported ({nights})"
        return f"{self.format.upper()}: {nights}{extra}"

    def _foreign_summary(self) -> str:
        if not self.ok:
            return (
                f"{self.format_title}: {len(self.problems)} problem(s) found; "
                "nothing would be imported"
            )
        text = (
            f"{self.format_title}: {self.added} new, {self.filled} filled, "
            f"{self.unchanged} unchanged nights, {len(self.skipped)} skipped"
        )
        if self.skipped:
            shown = "; ".join(skipped_text(*item) for item in self.skipped[:MAX_SKIPPED_SHOWN])
            more = len(self.skipped) - MAX_SKIPPED_SHOWN
            text += f" ({shown}{f'; and {more} more' if more > 0 else ''})"
        return text


def skipped_text(night: dt.date | None, reason: str) -> str:
    """One skipped night ("2024-03-01: reason") or record (its located reason alone)."""
    return reason if night is None else f"{night.isoformat()}: {reason}"


@dataclass(slots=True)
class ImportPlan:
    report: ImportReport
    # new nights, or (an import of our CSV into an empty range of the diary) the same nights
    # column by column, built only when ``new_nights`` is asked for: see ``new_nights``
    new_batch: list[Night] | NightColumns = field(default_factory=list)
    replace_nights: list[Night] = field(default_factory=list)
    document: Document | None = None
    new_records: dict[str, list[Any]] = field(default_factory=dict)
    new_settings: dict[str, str] = field(default_factory=dict)
    fill_nights: list[Night] = field(default_factory=list)  # stored nights with blanks filled
    foreign_base: dict[dt.date, Night | None] = field(default_factory=dict)

    @property
    def new_nights(self) -> list[Night]:
        """The nights to add (built here when the plan holds them column by column)."""
        if isinstance(self.new_batch, NightColumns):
            self.new_batch = self.new_batch.nights()
        return self.new_batch

    @new_nights.setter
    def new_nights(self, nights: list[Night]) -> None:
        self.new_batch = nights

    def affected_dates(self) -> list[dt.date]:
        """The dates the import adds, fills or replaces, in order (no night is built)."""
        added = (
            list(self.new_batch.column("date"))
            if isinstance(self.new_batch, NightColumns)
            else [n.date for n in self.new_batch]
        )
        changed = [n.date for n in (*self.fill_nights, *self.replace_nights)]
        return sorted([*added, *changed])


def detect_format(data: str | bytes) -> str | None:
    """The format of a file's content (never its extension): ``json`` or ``csv`` for ours,
    checked first, then another app's (``sleep-as-android``, ``plees-tracker``,
    ``sleepmeter``, ``fitbit``); ``None`` when nothing fits."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if not raw.startswith(ZIP_MAGIC):
        head = raw[:65536].decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
        if head.startswith("{") and not BY_NAME["fitbit"].looks_like(raw):
            return "json"
        first_line = head.split("\n", 1)[0]
        cells = [c.strip().strip('"').lower() for c in first_line.replace(";", ",").split(",")]
        if "date" in cells:
            return "csv"
    found = detect(raw)
    return found.name if found else None


def plan_import(
    diary: Diary,
    path: Path,
    *,
    replace: bool = False,
    timezone: str | None = None,
    fmt: str | None = None,
) -> ImportPlan:
    """Read ``path`` and decide what importing it would change; writes nothing."""
    name = str(path)
    plan = ImportPlan(ImportReport(path))
    problem = plan.report.problems.append
    if timezone is not None and not is_valid_zone(timezone):
        problem(LocatedProblem(name, None, "--timezone", f"unknown time zone {timezone!r}"))
        return plan
    try:
        data = path.read_bytes()
    except OSError as exc:
        problem(LocatedProblem(name, None, None, f"cannot read the file: {exc.strerror}"))
        return plan
    if not data or data.isspace():  # no copy of a large file
        problem(LocatedProblem(name, None, None, "the file is empty"))
        return plan
    if data.startswith(_UTF16_BOMS):
        problem(
            LocatedProblem(
                name, None, None, "the file is UTF-16 text; save it as UTF-8 (CSV UTF-8) first"
            )
        )
        return plan
    found = fmt or detect_format(data)
    if found not in FORMATS:
        tried = ", ".join(TITLES.values())
        problem(LocatedProblem(name, None, None, f"not a format RLS Diary knows (tried {tried})"))
        return plan
    plan.report.format = found
    zone = timezone or diary.default_zone
    if found in BY_NAME:
        _plan_foreign(diary, plan, found, data, name, zone, replace)
        return plan
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        at = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)  # after the BOM
        line = data[:at].count(b"\n") + 1
        message = f"not UTF-8 text (byte {at}); save the file as UTF-8 first"
        problem(LocatedProblem(name, line, None, message))
        return plan
    if found == "csv":
        csv_read = read_csv_columns(text, name, zone)
        plan.report.problems.extend(csv_read.problems)
        if csv_read.columns is not None and not csv_read.problems:
            _plan_columns(diary, plan, csv_read.lines, csv_read.columns, name, replace)
            return plan
        located: list[tuple[int | None, Night]] = list(csv_read.located())
    else:
        document, problems = read_json(text, name, zone)
        plan.report.problems.extend(problems)
        plan.document = document
        located = [(None, night) for night in document.nights]
    if plan.report.problems:
        return plan
    _plan_nights(diary, plan, located, name, replace)
    if plan.document is not None:
        _plan_records(diary, plan, plan.document, name, replace)
    return plan


def _plan_foreign(
    diary: Diary, plan: ImportPlan, fmt: str, data: bytes, name: str, zone: str, replace: bool
) -> None:
    """Another app's export: fill blanks only (DESIGN §4.1)."""
    foreign = foreign_import.plan_foreign(diary, fmt, data, name, zone, replace=replace)
    report = plan.report
    report.problems.extend(foreign.problems)
    if foreign.problems:
        return
    plan.new_nights = foreign.added
    plan.fill_nights = foreign.filled
    plan.foreign_base = foreign.base
    report.added, report.filled = len(foreign.added), len(foreign.filled)
    report.unchanged, report.skipped = foreign.unchanged, foreign.skipped


def _plan_columns(
    diary: Diary, plan: ImportPlan, lines: list[int], batch: NightColumns, name: str, replace: bool
) -> None:
    """:func:`_plan_nights` for nights held column by column: when the diary holds no night
    in their range (an empty diary, the usual case), all are new and stay column by column
    (``apply_import`` stores them as they are); else they are built and compared."""
    days = batch.column("date")
    if not batch.count or night_repo.any_between(diary.conn, min(days), max(days)):
        _plan_nights(diary, plan, list(zip(lines, batch.nights(), strict=True)), name, replace)
        return
    plan.new_batch = batch
    plan.report.added = batch.count


def _plan_nights(
    diary: Diary,
    plan: ImportPlan,
    located: Sequence[tuple[int | None, Night]],
    name: str,
    replace: bool,
) -> None:
    if not located:
        return
    first = min(n.date for _, n in located)
    last = max(n.date for _, n in located)
    stored = {n.date: n for n in diary.nights(first, last)}
    report = plan.report
    for index, (line, night) in enumerate(located):
        existing = stored.get(night.date)
        if existing is None:
            plan.new_nights.append(night)
            report.added += 1
        elif existing.same_content(night):
            report.unchanged += 1
        elif replace:
            plan.replace_nights.append(night)
            report.replaced += 1
        else:
            report.conflicts.append(night.date)
            where = "date" if line is not None else f"nights[{index}].date"
            report.problems.append(
                LocatedProblem(
                    name,
                    line,
                    where,
                    f"{night.date} already has a different entry in the diary "
                    "(import with --replace to replace it)",
                )
            )


_RECORD_TABLES: dict[str, records.Table[Any]] = {
    "medications": records.MEDICATIONS,
    "labs": records.LABS,
    "assessments": records.ASSESSMENTS,
    "conditions": records.CONDITIONS,
    "questions": records.QUESTIONS,
}


def _without_id(record: Any) -> Any:
    return replace(record, id=None)


def _plan_records(
    diary: Diary, plan: ImportPlan, document: Document, name: str, replace_: bool
) -> None:
    """Records equal to a stored one (ids aside) are unchanged; others are added."""
    for key, table in _RECORD_TABLES.items():
        stored = {_without_id(r) for r in table.load(diary.conn)}
        fresh = [r for r in getattr(document, key) if _without_id(r) not in stored]
        if fresh:
            plan.new_records[key] = fresh
            plan.report.records_added += len(fresh)
    stored_experiments = {e.id: e for e in records.EXPERIMENTS.load(diary.conn)}
    fresh_experiments = []
    for index, experiment in enumerate(document.experiments):
        known = stored_experiments.get(experiment.id)
        if known is None:
            fresh_experiments.append(experiment)
        elif known != experiment:
            plan.report.problems.append(
                LocatedProblem.at_path(
                    name,
                    f"experiments[{index}].id",
                    f"experiment {experiment.id} differs from the one in the diary",
                )
            )
    for index, experiment in enumerate(document.experiments):
        if experiment in fresh_experiments:
            others = [*stored_experiments.values(), *fresh_experiments]
            clash = next(
                (o for o in others if o.id != experiment.id and overlap(experiment, o)), None
            )
            if clash is not None:
                plan.report.problems.append(
                    LocatedProblem.at_path(
                        name,
                        f"experiments[{index}].start",
                        f"experiment {experiment.id} overlaps the nights of experiment "
                        f"{clash.id} (one experiment at a time)",
                    )
                )
    if fresh_experiments:
        plan.new_records["experiments"] = fresh_experiments
        plan.report.records_added += len(fresh_experiments)
    stored_settings = records.load_settings(diary.conn)
    for key, value in sorted(document.settings.items()):
        if stored_settings.get(key) == value:
            continue
        if key in stored_settings and not replace_:
            plan.report.problems.append(
                LocatedProblem.at_path(
                    name,
                    f"settings.{key}",
                    "differs from the diary's setting (import with --replace to replace it)",
                )
            )
            continue
        plan.new_settings[key] = value
        plan.report.records_added += 1


def apply_import(diary: Diary, plan: ImportPlan) -> ImportReport:
    """Write ``plan`` in one transaction after a verified backup; nothing when it has problems."""
    report = plan.report
    if not report.ok:
        raise ImportRefused(report.summary())
    if report.changes == 0:
        return report
    report.backup = diary.backup("before-import")
    stamp = utc_now()
    filled = [night.replace(updated_at=stamp) for night in plan.fill_nights]
    with diary.transaction() as conn:
        try:
            foreign_import.check_unchanged(conn, plan.foreign_base)
        except foreign_import.DiaryChanged as exc:
            raise ImportRefused(str(exc)) from None
        for night in [*plan.replace_nights, *filled]:
            night_repo.delete(conn, night.date)
        if isinstance(plan.new_batch, NightColumns) and not plan.replace_nights and not filled:
            night_repo.put_columns(conn, plan.new_batch)  # the same rows, no night built
        else:
            night_repo.put_many(conn, [*plan.new_nights, *plan.replace_nights, *filled])
        for key, fresh in plan.new_records.items():
            table: records.Table[Any] = (
                records.EXPERIMENTS if key == "experiments" else _RECORD_TABLES[key]
            )
            for record in fresh:
                table.insert(conn, record)
        for key, value in plan.new_settings.items():
            records.put_setting(conn, key, value)
    return report
