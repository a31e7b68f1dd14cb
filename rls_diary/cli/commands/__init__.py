"""The commands of DESIGN §5, one module each (add a new one to ``COMMANDS``)."""

from __future__ import annotations

from rls_diary.cli.base import Command
from rls_diary.cli.commands import check, demo, export, import_, stats

COMMANDS: tuple[Command, ...] = (import_, export, stats, demo, check)  # type: ignore[assignment]
