"""Planning an import of another app's export (DESIGN §4.1): fill blanks only.

The file is parsed whole first: an unreadable file (not the format, broken structure, not
UTF-8) gives problems and nothing is planned. A record with an unusable value (stop before
start, a rating out of range …) skips the night it belongs to, reported with the record's
line and the reason, while the rest imports. Each other entry the records describe is
compared with the stored night of its date: a new date is *added*, a night with blanks the
file can fill is *filled*, one with nothing to fill is *unchanged*, and a night that would be
longer than 20 h or invalid is *skipped* with the reason while the rest imports.
Re-importing the same file therefore changes nothing.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field

from rls_diary.domain.foreign import BY_NAME
from rls_diary.domain.foreign.common import build_entries
from rls_diary.domain.foreign.filling import Status, fill
from rls_diary.domain.night import Night
from rls_diary.domain.problems import LocatedProblem
from rls_diary.services.diary import Diary
from rls_diary.storage import nights as night_repo


class DiaryChanged(ValueError):
    """The diary changed between planning and writing; nothing was written."""


@dataclass(slots=True)
class ForeignPlan:
    """What importing a foreign file would do; ``base`` is each touched night as planned
    against (``None`` for a new date), so writing can refuse when the diary moved on."""

    added: list[Night] = field(default_factory=list)
    filled: list[Night] = field(default_factory=list)
    unchanged: int = 0
    # (night, reason); the night is None for a record whose start could not be read
    skipped: list[tuple[dt.date | None, str]] = field(default_factory=list)
    problems: list[LocatedProblem] = field(default_factory=list)
    base: dict[dt.date, Night | None] = field(default_factory=dict)

    def sort_skipped(self) -> None:
        """Records on no night first (in file order), then the nights by date."""
        self.skipped.sort(key=lambda item: (item[0] is not None, item[0] or dt.date.min))


def title(fmt: str) -> str:
    return BY_NAME[fmt].title


def plan_foreign(
    diary: Diary, fmt: str, data: bytes, name: str, zone: str, *, replace: bool = False
) -> ForeignPlan:
    """Read ``data`` (format ``fmt``, records without a zone in ``zone``) against ``diary``."""
    plan = ForeignPlan()
    if replace:
        plan.problems.append(
            LocatedProblem(
                name,
                None,
                "--replace",
                f"{title(fmt)} data only fills blanks and never replaces what is in the diary; "
                "import without replacing",
            )
        )
        return plan
    read = BY_NAME[fmt].read(data, name, zone)
    if read.problems:  # the file itself cannot be read: nothing is imported
        plan.problems.extend(read.problems)
        return plan
    bad: dict[dt.date, list[str]] = {}
    for skipped in read.skipped:
        if skipped.night is None:  # its start could not be read: skipped on its own
            plan.skipped.append((None, str(skipped.problem)))
        else:
            bad.setdefault(skipped.night, []).append(str(skipped.problem))
    # a night with an unusable record is skipped whole: the rest of it would be half a night
    plan.skipped.extend((night, "; ".join(reasons)) for night, reasons in bad.items())
    entries = [entry for entry in build_entries(read.records) if entry.date not in bad]
    if not entries:
        plan.sort_skipped()
        return plan
    stored = {n.date: n for n in diary.nights(entries[0].date, entries[-1].date)}
    for entry in entries:
        existing = stored.get(entry.date)
        outcome = fill(entry, existing, diary.default_zone)
        if outcome.status is Status.SKIPPED:
            plan.skipped.append((entry.date, outcome.reason or "skipped"))
        elif outcome.status is Status.UNCHANGED:
            plan.unchanged += 1
        elif outcome.night is not None:
            target = plan.added if outcome.status is Status.ADDED else plan.filled
            target.append(outcome.night)
            plan.base[entry.date] = existing
    plan.sort_skipped()
    return plan


def check_unchanged(conn: sqlite3.Connection, base: dict[dt.date, Night | None]) -> None:
    """Raise :class:`DiaryChanged` when a night the plan was made against differs now."""
    for date, expected in base.items():
        current = night_repo.get(conn, date)
        same = (
            current is None
            if expected is None
            else current is not None and current.same_content(expected)
        )
        if not same:
            raise DiaryChanged(
                f"the night of {date} changed while the file was being checked; "
                "nothing was imported — check the file again"
            )
