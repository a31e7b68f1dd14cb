"""``import FILE``: our CSV/JSON (all or nothing) or another app's export (fills blanks only);
``--dry-run`` checks and counts without writing."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from rls_diary.cli.base import fail, open_writer
from rls_diary.services.diary import Diary
from rls_diary.services.importing import FORMATS, apply_import, plan_import, skipped_text
from rls_diary.storage.connection import db_path

NAME = "import"
HELP = (
    "import a CSV or JSON file (all or nothing) or an export of Sleep as Android, "
    "Plees Tracker, Sleepmeter or Fitbit (fills blanks only)"
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)
    parser.add_argument(
        "--format", choices=FORMATS, help="the file's format (default: recognised by content)"
    )
    parser.add_argument("--dry-run", action="store_true", help="check and count; write nothing")
    parser.add_argument(
        "--replace",
        action="store_true",
        help="replace nights that differ from the diary (our CSV/JSON only)",
    )
    parser.add_argument(
        "--timezone", metavar="ZONE", help="zone of rows and records that carry none"
    )


def run(args: argparse.Namespace, data_dir: Path, zone: str) -> int:
    if args.file.is_dir():
        return fail(f"{args.file} is a folder, not a file; nothing was imported")
    if not args.file.is_file():
        return fail(f"{args.file}: no such file; nothing was imported")
    if args.dry_run and not db_path(data_dir).exists():
        diary = _empty_reader(data_dir, zone)
    else:
        diary = (Diary.open_reader if args.dry_run else open_writer(NAME))(data_dir, zone)
    with diary:
        plan = plan_import(
            diary, args.file, replace=args.replace, timezone=args.timezone, fmt=args.format
        )
        report = plan.report
        if not report.ok:
            for problem in report.problems:
                print(problem, file=sys.stderr)
            return fail(f"{args.file}: {len(report.problems)} problem(s); nothing was imported")
        if args.dry_run:
            print(f"dry run, nothing written: {report.summary()}")
            _print_skipped(report.skipped)
            return 0
        apply_import(diary, plan)
    print(f"imported {args.file}: {report.summary()}")
    _print_skipped(report.skipped)
    return 0


def _print_skipped(skipped: list[tuple[dt.date | None, str]]) -> None:
    """Every night (or record on no night) left out of another app's export, one a line."""
    for item in skipped:
        print(f"  skipped {skipped_text(*item)}")


def _empty_reader(data_dir: Path, zone: str) -> Diary:
    """A dry run into a folder without a diary compares against an empty in-memory one."""
    return Diary.in_memory(zone)
