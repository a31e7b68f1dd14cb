"""Runs a parsed command; expected failures become one line on stderr and exit 1."""

from __future__ import annotations

import argparse
from pathlib import Path

from rls_diary.cli.base import fail
from rls_diary.cli.commands import load
from rls_diary.storage.errors import StorageError


def run(args: argparse.Namespace, data_dir: Path, zone: str) -> int:
    command = load(args.command)
    try:
        return command.run(args, data_dir, zone)
    except (StorageError, ValueError) as exc:
        return fail(str(exc))
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        return fail(f"{where}{exc.strerror or exc}")
