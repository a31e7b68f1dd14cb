"""What every command shares: failing with one line, opening the diary, date arguments."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from rls_diary.services.diary import Diary


class Command(Protocol):
    """A command module: ``NAME``, ``HELP``, ``configure(parser)`` and ``run(...) -> exit code``."""

    NAME: str
    HELP: str

    def configure(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace, data_dir: Path, zone: str) -> int: ...


def fail(message: str) -> int:
    """Print one line on stderr and return exit code 1."""
    print(f"rls-diary: {message}", file=sys.stderr)
    return 1


def open_writer(command: str) -> Callable[[Path, str], Diary]:
    """An opener taking the data-folder lock on behalf of ``command``."""

    def opener(data_dir: Path, zone: str) -> Diary:
        from rls_diary.services.diary import Diary

        return Diary.open_writer(data_dir, zone, f"rls-diary {command} (command line)")

    return opener


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-03-31") from None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be 1 or more")
    return value


class _RangeEnd(argparse.Action):
    """``--from``/``--to``: a range whose end is before its start is a usage error (exit 2),
    reported as soon as both are known, before anything is read or written."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        setattr(namespace, self.dest, values)
        start, end = getattr(namespace, "start", None), getattr(namespace, "end", None)
        if start is not None and end is not None and end < start:
            parser.error(f"--from {start} is after --to {end}; give the earlier date first")


def add_range(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", type=date_arg, metavar="D", action=_RangeEnd)
    parser.add_argument("--to", dest="end", type=date_arg, metavar="D", action=_RangeEnd)
