"""``stats --json``: metric summaries and correlations with n and intervals (DESIGN §5)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rls_diary.cli.base import add_range
from rls_diary.services.diary import Diary
from rls_diary.services.stats import stats_report

NAME = "stats"
HELP = "summary statistics as JSON"


def configure(parser: argparse.ArgumentParser) -> None:
    add_range(parser)
    parser.add_argument("--json", action="store_true", required=True, help="print JSON")


def run(args: argparse.Namespace, data_dir: Path, zone: str) -> int:
    with Diary.open_reader(data_dir, zone) as diary:
        report = stats_report(diary.nights(args.start, args.end), args.start, args.end, zone)
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0
