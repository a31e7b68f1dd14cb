"""Helpers of the command-line tests: run the entry point in-process and read what it
printed; fingerprint files to show that a command left them alone."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from rls_diary.app import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``rls-diary ARGV…`` in this process: (exit code, stdout, stderr)."""
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse: --version and usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
