"""``restore BACKUP``: verify BACKUP, back up the diary, then copy BACKUP in (a writer)."""

from __future__ import annotations

import argparse
from pathlib import Path

from rls_diary.cli.passphrase import existing_passphrase
from rls_diary.services.backups import needs_passphrase, resolve_backup, restore_folder

NAME = "restore"
HELP = "replace the diary with a backup (the current diary is backed up first)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "backup",
        metavar="BACKUP",
        help="a backup file (plain or encrypted), or a name listed by `rls-diary backups`",
    )


def run(args: argparse.Namespace, data_dir: Path, zone: str) -> int:
    source = resolve_backup(data_dir, args.backup)
    passphrase = existing_passphrase(source.name) if needs_passphrase(source) else None
    report = restore_folder(
        data_dir,
        source,
        zone=zone,
        holder=f"rls-diary {NAME} (command line)",
        passphrase=passphrase,
    )
    print(f"restored {report.nights} nights from {source}")
    if report.safety_backup is not None:
        print(f"the diary as it was before is backed up in {report.safety_backup}")
    if report.quarantined is not None:
        print(f"the unusable file it replaced was kept in {report.quarantined}")
    return 0
