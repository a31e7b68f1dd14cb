"""``demo``: realistic sample nights, only into an empty diary."""

from __future__ import annotations

import argparse
from pathlib import Path

from rls_diary.cli.base import open_writer, positive_int
from rls_diary.domain.demo import SCENARIOS
from rls_diary.services.demo import create_demo

NAME = "demo"
HELP = "fill an EMPTY diary with sample nights"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--nights", type=positive_int, default=90)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scenario", choices=SCENARIOS, default="typical")


def run(args: argparse.Namespace, data_dir: Path, zone: str) -> int:
    with open_writer(NAME)(data_dir, zone) as diary:
        count = create_demo(diary, args.nights, args.seed, args.scenario)
    print(f"wrote {count} sample nights ({args.scenario}, seed {args.seed}) to {data_dir}")
    return 0
