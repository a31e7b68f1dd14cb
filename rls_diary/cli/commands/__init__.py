"""The commands of DESIGN §5, one module each (add a new one to ``COMMANDS``)."""

from __future__ import annotations

from rls_diary.cli.base import Command
from rls_diary.cli.commands import (
    backup,
    backups,
    check,
    demo,
    experiment,
    export,
    import_,
    insights,
    report,
    restore,
    stats,
    tips,
)

COMMANDS: tuple[Command, ...] = (  # type: ignore[assignment]
    import_,
    export,
    report,
    stats,
    insights,
    tips,
    demo,
    check,
    backup,
    backups,
    restore,
    experiment,
)
