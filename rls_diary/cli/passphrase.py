"""Passphrases for encrypted backups: a prompt, or ``RLS_DIARY_PASSPHRASE`` for automation.

The variable exists for scripts and scheduled jobs (and tests); anyone who can read the
environment of the process can read it, so an interactive user should let the prompt ask.
"""

from __future__ import annotations

import getpass
import os
from typing import Final

ENV_PASSPHRASE: Final = "RLS_DIARY_PASSPHRASE"


class NoPassphrase(ValueError):
    """No usable passphrase was given (shown as one line, exit 1)."""


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise NoPassphrase("no passphrase was given; nothing was done") from None


def new_passphrase() -> str:
    """For a new encrypted backup: the variable, else asked twice at a prompt."""
    from_env = os.environ.get(ENV_PASSPHRASE)
    if from_env:
        return from_env
    first = _ask("Passphrase for the encrypted backup: ")
    if not first:
        raise NoPassphrase("the passphrase is empty; nothing was done")
    if _ask("The same passphrase again: ") != first:
        raise NoPassphrase("the two passphrases differ; nothing was done")
    return first


def existing_passphrase(name: str) -> str:
    """To open an encrypted backup: the variable, else asked once."""
    from_env = os.environ.get(ENV_PASSPHRASE)
    if from_env:
        return from_env
    given = _ask(f"Passphrase of {name}: ")
    if not given:
        raise NoPassphrase("the passphrase is empty; nothing was done")
    return given
