"""The command line of DESIGN §5 (argparse). Usage errors exit 2."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from rls_diary import __version__

SCENARIOS = ("typical", "augmentation", "iron-deficiency")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-03-31") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be 1 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help="the diary's folder (default: $RLS_DIARY_DATA_DIR, else the user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="rls-diary",
        description="An offline, private sleep diary for Restless Legs Syndrome. "
        "Without a command, opens the window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"rls-diary {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window, wait until it is shown and idle, and exit 0",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser(
        "import", parents=[common], help="import a CSV or JSON file (all or nothing)"
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--format", choices=("csv", "json"), help="skip detection by content")
    imp.add_argument("--dry-run", action="store_true", help="check and count; write nothing")
    imp.add_argument(
        "--replace", action="store_true", help="replace nights that differ from the diary"
    )
    imp.add_argument("--timezone", metavar="ZONE", help="zone of rows without a timezone")

    exp = commands.add_parser("export", parents=[common], help="export to .csv or .json")
    exp.add_argument("file", type=Path)
    exp.add_argument("--from", dest="start", type=_date, metavar="D")
    exp.add_argument("--to", dest="end", type=_date, metavar="D")

    stats = commands.add_parser("stats", parents=[common], help="summary statistics")
    stats.add_argument("--from", dest="start", type=_date, metavar="D")
    stats.add_argument("--to", dest="end", type=_date, metavar="D")
    stats.add_argument("--json", action="store_true", required=True, help="print JSON")

    demo = commands.add_parser("demo", parents=[common], help="fill an EMPTY diary with samples")
    demo.add_argument("--nights", type=_positive, default=90)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--scenario", choices=SCENARIOS, default="typical")

    commands.add_parser("check", parents=[common], help="integrity of database and backups")
    return parser
