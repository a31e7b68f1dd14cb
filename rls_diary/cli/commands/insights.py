"""``insights --json``: augmentation watch, iron, remission, treatment effects, lifestyle
differences and safety items (DESIGN §5, §6). Read-only: works while the window runs."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rls_diary.services.diary import Diary
from rls_diary.services.insights import diary_insights_report

NAME = "insights"
HELP = "clinical insights (augmentation watch, iron, remission, effects) as JSON"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", required=True, help="print JSON")


def run(args: argparse.Namespace, data_dir: Path, zone: str) -> int:
    with Diary.open_reader(data_dir, zone) as diary:
        report = diary_insights_report(diary)
    print(json.dumps(report, indent=2, ensure_ascii=False, allow_nan=False))
    return 0
