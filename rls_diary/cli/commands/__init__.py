"""The commands of DESIGN §5, one module each (add a new one to ``MODULES``).

A command module is imported only when its command runs (or its help is shown): starting the
window, or running one command, never loads the services of the others.
"""

from __future__ import annotations

import importlib
from typing import Final, cast

from rls_diary.cli.base import Command

# command name -> module in this package, in the order ``--help`` lists them
MODULES: Final = {
    "import": "import_",
    "export": "export",
    "report": "report",
    "stats": "stats",
    "insights": "insights",
    "tips": "tips",
    "demo": "demo",
    "check": "check",
    "backup": "backup",
    "backups": "backups",
    "restore": "restore",
    "experiment": "experiment",
}


def load(name: str) -> Command:
    """The module of command ``name`` (``KeyError`` for an unknown one)."""
    module = importlib.import_module(f"{__name__}.{MODULES[name]}")
    command = cast(Command, module)
    if name != command.NAME:  # pragma: no cover - a registry typo
        raise ImportError(f"{module.__name__} is the command {command.NAME!r}, not {name!r}")
    return command
