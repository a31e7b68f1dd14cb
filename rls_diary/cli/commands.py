"""Command handlers: each returns an exit code (0 ok, 1 data or file problem).

Problems are printed one per line on stderr, without a traceback; nothing is written when a
command fails.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from rls_diary.services.checking import check
from rls_diary.services.demo import DiaryNotEmpty, create_demo
from rls_diary.services.diary import Diary
from rls_diary.services.exporting import export_file
from rls_diary.services.importing import apply_import, plan_import
from rls_diary.services.stats import stats_report
from rls_diary.storage.errors import StorageError

WRITER = "rls-diary {command} (command line)"


def fail(message: str) -> int:
    print(f"rls-diary: {message}", file=sys.stderr)
    return 1


def cmd_import(args: argparse.Namespace, data_dir: Path, zone: str) -> int:
    if not args.file.is_file():
        return fail(f"{args.file}: no such file")
    opener = Diary.open_reader if args.dry_run else _writer("import")
    try:
        diary = opener(data_dir, zone)
    except StorageError as exc:
        if args.dry_run and not (data_dir / "diary.sqlite3").exists():
            diary = _writer("import")(data_dir, zone)  # an empty diary to compare against
        else:
            return fail(str(exc))
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
            return 0
        apply_import(diary, plan)
        print(f"imported {args.file}: {report.summary()}")
    return 0


def cmd_export(args: argparse.Namespace, data_dir: Path, zone: str) -> int:
    with Diary.open_reader(data_dir, zone) as diary:
        count = export_file(diary, args.file, args.start, args.end)
    print(f"exported {count} nights to {args.file}")
    return 0


def cmd_stats(args: argparse.Namespace, data_dir: Path, zone: str) -> int:
    with Diary.open_reader(data_dir, zone) as diary:
        report = stats_report(diary.nights(args.start, args.end), args.start, args.end, zone)
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


def cmd_demo(args: argparse.Namespace, data_dir: Path, zone: str) -> int:
    with _writer("demo")(data_dir, zone) as diary:
        count = create_demo(diary, args.nights, args.seed, args.scenario)
    print(f"wrote {count} sample nights ({args.scenario}, seed {args.seed}) to {data_dir}")
    return 0


def cmd_check(args: argparse.Namespace, data_dir: Path, zone: str) -> int:
    lines = check(data_dir)
    for line in lines:
        print(line, file=sys.stdout if line.ok else sys.stderr)
    return 0 if all(line.ok for line in lines) else 1


def _writer(command: str) -> Callable[[Path, str], Diary]:
    def open_writer(data_dir: Path, zone: str) -> Diary:
        return Diary.open_writer(data_dir, zone, WRITER.format(command=command))

    return open_writer


COMMANDS: dict[str, Callable[[argparse.Namespace, Path, str], int]] = {
    "import": cmd_import,
    "export": cmd_export,
    "stats": cmd_stats,
    "demo": cmd_demo,
    "check": cmd_check,
}


def run(args: argparse.Namespace, data_dir: Path, zone: str) -> int:
    """Run ``args.command``; expected failures become one line on stderr and exit 1."""
    try:
        return COMMANDS[args.command](args, data_dir, zone)
    except (StorageError, DiaryNotEmpty, ValueError) as exc:
        return fail(str(exc))
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        return fail(f"{where}{exc.strerror or exc}")
