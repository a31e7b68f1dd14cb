"""``check``: integrity of the database and of every backup (read-only)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rls_diary.services.checking import check

NAME = "check"
HELP = "integrity of the database and of every backup"


def configure(parser: argparse.ArgumentParser) -> None:
    """No options besides --data-dir."""


def run(args: argparse.Namespace, data_dir: Path, zone: str) -> int:
    lines = check(data_dir)
    for line in lines:
        print(line, file=sys.stdout if line.ok else sys.stderr)
    return 0 if all(line.ok for line in lines) else 1
