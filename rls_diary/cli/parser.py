"""The command line of DESIGN §5 (argparse), built from the command modules. Usage errors
exit 2."""

from __future__ import annotations

import argparse
from pathlib import Path

from rls_diary import __version__


def build_parser() -> argparse.ArgumentParser:
    from rls_diary.cli.commands import COMMANDS

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
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.configure(subparsers.add_parser(command.NAME, parents=[common], help=command.HELP))
    return parser
