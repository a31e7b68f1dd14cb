"""The command line of DESIGN §5 (argparse), built from the command modules. Usage errors
exit 2.

Start-up stays cheap: a command's module configures its parser only when that command is
parsed or its help is shown, the list of commands in ``--help`` reads each module's ``HELP``
only when it is printed, and ``--version`` reads the package metadata only when asked.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rls_diary.cli.commands import MODULES, load


class _CommandParser(argparse.ArgumentParser):
    """A command's parser, configured by the command's module on first use."""

    def __init__(self, *args: Any, command: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._command = command

    def configure(self) -> None:
        if self._command is not None:
            name, self._command = self._command, None
            load(name).configure(self)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        self.configure()
        return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        self.configure()
        return super().format_usage()

    def format_help(self) -> str:
        self.configure()
        return super().format_help()


class _MainParser(argparse.ArgumentParser):
    """The top-level parser: its help lists each command with the module's ``HELP``."""

    commands: argparse._SubParsersAction[_CommandParser]

    def format_help(self) -> str:
        for choice in self.commands._choices_actions:
            if choice.help is None:
                choice.help = load(choice.dest).HELP
        return super().format_help()


class _Version(argparse.Action):
    """``--version``: like argparse's, with the version read only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.update(nargs=0, default=argparse.SUPPRESS)
        super().__init__(option_strings, argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from rls_diary import __version__

        parser._print_message(f"rls-diary {__version__}\n", sys.stdout)
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help="the diary's folder (default: $RLS_DIARY_DATA_DIR, else the user data folder)",
    )
    parser = _MainParser(
        prog="rls-diary",
        description="An offline, private sleep diary for Restless Legs Syndrome. "
        "Without a command, opens the window.",
        parents=[common],
    )
    parser.add_argument("--version", action=_Version, help="show program's version number and exit")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window, wait until it is shown and idle, and exit 0",
    )
    parser.commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_CommandParser
    )
    for name in MODULES:
        # help=None lists the command; its text is read from the module when help is shown
        parser.commands.add_parser(name, parents=[common], command=name, help=None)
    return parser
