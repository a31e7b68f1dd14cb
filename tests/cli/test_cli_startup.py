"""Start-up stays lazy (DESIGN §8): parsing the command line for the window loads no command
module, no service and no package metadata; a command loads only its own module."""

from __future__ import annotations

import subprocess
import sys

import pytest

from rls_diary.cli.commands import MODULES, load
from rls_diary.cli.parser import build_parser

LOADED = (
    "import sys\n"
    "from rls_diary.cli.parser import build_parser\n"
    "args = build_parser().parse_args(sys.argv[1:])\n"
    "print(sorted(m for m in sys.modules if m.startswith(('rls_diary.', 'importlib.metadata'))))"
)


def loaded(*argv: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", LOADED, *argv], capture_output=True, text=True, check=True
    )
    return done.stdout


def test_parsing_for_the_window_loads_no_command_and_no_service() -> None:
    modules = loaded("--self-test")
    assert "rls_diary.cli.commands." not in modules
    assert "rls_diary.services" not in modules
    assert "importlib.metadata" not in modules


def test_a_command_loads_only_its_own_module() -> None:
    modules = loaded("stats", "--json")
    assert "rls_diary.cli.commands.stats" in modules
    assert "rls_diary.cli.commands.import_" not in modules
    assert "rls_diary.cli.commands.report" not in modules


@pytest.mark.parametrize("name", list(MODULES))
def test_the_registry_names_each_command_module(name: str) -> None:
    command = load(name)
    assert name == command.NAME
    assert command.HELP


def test_help_lists_every_command_with_its_module_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    out = capsys.readouterr().out
    for name in MODULES:
        assert name in out
        assert load(name).HELP.split()[0] in out
