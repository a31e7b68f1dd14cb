"""``export FILE``: .csv or .json by extension, read-only (works while the window runs)."""

from __future__ import annotations

import argparse
from pathlib import Path

from rls_diary.cli.base import add_range, fail
from rls_diary.services.diary import Diary
from rls_diary.services.exporting import export_file

NAME = "export"
HELP = "export to .csv or .json"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)
    add_range(parser)


def run(args: argparse.Namespace, data_dir: Path, zone: str) -> int:
    with Diary.open_reader(data_dir, zone) as diary:
        try:
            count = export_file(diary, args.file, args.start, args.end)
        except OSError as exc:
            where = exc.filename or args.file
            return fail(f"{where}: {exc.strerror or exc}; nothing was exported")
    print(f"exported {count} nights to {args.file}")
    return 0
