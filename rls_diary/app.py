"""Entry point: arguments, the system zone and the data folder, then the CLI or the window.

Qt is imported only for the window (and later for PDF output), never for other commands.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from rls_diary.cli.parser import build_parser
from rls_diary.domain.clock import is_valid_zone

ENV_DATA_DIR = "RLS_DIARY_DATA_DIR"


def data_folder(explicit: Path | None) -> Path:
    """``--data-dir``, else ``$RLS_DIARY_DATA_DIR``, else the platform's user data folder."""
    if explicit is not None:
        return explicit.expanduser()
    if os.environ.get(ENV_DATA_DIR):
        return Path(os.environ[ENV_DATA_DIR]).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("rls-diary", appauthor=False, roaming=False))


def system_zone() -> str:
    """The zone for new entries: ``TZ`` when set and valid, else the system's, else UTC."""
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz and is_valid_zone(tz):
        return tz
    for candidate in (_zone_from_localtime(), _zone_from_qt()):
        if candidate and is_valid_zone(candidate):
            return candidate
    return "UTC"


def _zone_from_localtime() -> str | None:
    """On Linux and macOS /etc/localtime links into the zone database."""
    try:
        target = os.path.realpath("/etc/localtime")
    except OSError:
        return None
    marker = "zoneinfo/"
    return target.split(marker, 1)[1] if marker in target else None


def _zone_from_qt() -> str | None:
    try:
        from PySide6.QtCore import QTimeZone
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        return None
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name or None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir = data_folder(getattr(args, "data_dir", None))
    zone = system_zone()
    if args.command is None:
        from rls_diary.ui.app import run_gui

        return run_gui(data_dir, zone, self_test=args.self_test)
    from rls_diary.cli.runner import run

    return run(args, data_dir, zone)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
