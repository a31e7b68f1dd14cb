"""``tips --json``: the lifestyle tips with their sources, ranked by the diary's lifestyle
findings (DESIGN §5, §6). Read-only: works while the window runs, and without a diary (then
in the default order)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rls_diary.services.diary import Diary
from rls_diary.services.tips import tips_report
from rls_diary.storage.errors import NoDiaryError

NAME = "tips"
HELP = "lifestyle tips with their sources, ranked by your diary, as JSON"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", required=True, help="print JSON")


def run(args: argparse.Namespace, data_dir: Path, zone: str) -> int:
    try:
        diary = Diary.open_reader(data_dir, zone)
    except NoDiaryError:
        report = tips_report(None)  # no diary yet: the tips in their default order
    else:
        with diary:
            report = tips_report(diary)
    print(json.dumps(report, indent=2, ensure_ascii=False, allow_nan=False))
    return 0
