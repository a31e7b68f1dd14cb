"""``backup [FILE] [--encrypt]``: a verified backup in DATA/backups/, or to FILE (a writer)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rls_diary.cli.base import open_writer
from rls_diary.cli.passphrase import ENV_PASSPHRASE, new_passphrase
from rls_diary.services.backups import backup_now, backup_to_file

NAME = "backup"
HELP = "make a verified backup in the data folder's backups/, or to FILE"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        type=Path,
        nargs="?",
        help="write the backup to this file instead (replaced only by a complete, verified copy)",
    )
    parser.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt FILE (AES-256-GCM) with a passphrase asked for at a prompt, or taken "
        f"from ${ENV_PASSPHRASE} for automation",
    )


def run(args: argparse.Namespace, data_dir: Path, zone: str) -> int:
    if args.encrypt and args.file is None:
        print("rls-diary backup: error: --encrypt needs a FILE to write", file=sys.stderr)
        return 2
    passphrase = new_passphrase() if args.encrypt else None
    with open_writer(NAME)(data_dir, zone) as diary:
        if args.file is None:
            path = backup_now(diary, "manual")
        else:
            path = backup_to_file(diary, args.file, passphrase)
        nights = diary.night_count()
    kind = "encrypted backup" if args.encrypt else "backup"
    print(f"wrote a verified {kind} of {nights} nights to {path}")
    return 0
