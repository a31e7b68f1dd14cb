"""``backups``: list the backups in DATA/backups/ with date, reason, size and nights (read-only)."""

from __future__ import annotations

import argparse
from pathlib import Path
from zoneinfo import ZoneInfo

from rls_diary.services.backups import BackupInfo, backup_infos
from rls_diary.storage.files import BACKUP_DIR

NAME = "backups"
HELP = "list the backups, newest first (read-only)"


def configure(parser: argparse.ArgumentParser) -> None:
    """No options besides --data-dir."""


def size_text(size: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} B"


def line(info: BackupInfo, zone: ZoneInfo, reason_width: int = 15) -> str:
    when = (
        info.taken_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        if info.taken_at
        else "????-??-?? ??:??"
    )
    if info.ok:
        nights = f"{info.nights} nights"
    elif info.newer_version is not None:
        nights = f"CANNOT BE RESTORED (it {info.problem})"
    else:
        nights = f"UNREADABLE ({info.problem})"
    reason = info.reason or "-"
    size = size_text(info.size)
    return f"{when}  {reason:<{reason_width}}  {size:>8}  {nights}  {info.path.name}"


def run(args: argparse.Namespace, data_dir: Path, zone: str) -> int:
    infos = backup_infos(data_dir)
    if not infos:
        print(f"there are no backups in {data_dir / BACKUP_DIR}")
        return 0
    print(f"{len(infos)} backups in {data_dir / BACKUP_DIR} (times in {zone}), newest first:")
    tz = ZoneInfo(zone)
    width = max(len(info.reason or "-") for info in infos)  # e.g. before-migration-v1
    for info in infos:
        print(line(info, tz, width))
    return 0
