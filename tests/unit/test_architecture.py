"""Rules import-linter cannot express: Qt submodules and stdlib network submodules."""

from __future__ import annotations

import ast
from pathlib import Path

import rls_diary

PACKAGE = Path(rls_diary.__file__).parent
NETWORK = ("urllib.request", "http", "socket", "ssl", "PySide6.QtNetwork", "ftplib", "smtplib")


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def modules_under(sub: str) -> list[Path]:
    return sorted((PACKAGE / sub).rglob("*.py")) if sub else sorted(PACKAGE.rglob("*.py"))


def offenders(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in paths
        for name in sorted(imported_modules(path))
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]


def test_no_network_module_is_imported_anywhere() -> None:
    assert offenders(modules_under(""), NETWORK) == []


def test_report_uses_qtgui_only() -> None:
    assert offenders(modules_under("report"), ("PySide6.QtWidgets", "pyqtgraph")) == []


def test_core_layers_import_no_qt() -> None:
    core = [p for sub in ("domain", "storage", "services", "cli") for p in modules_under(sub)]
    assert offenders(core, ("PySide6", "pyqtgraph", "shiboken6")) == []


def test_the_checker_sees_imports() -> None:
    """Guard against a checker that passes whatever the code does."""
    assert "PySide6.QtWidgets" in imported_modules(PACKAGE / "ui" / "main_window.py")
