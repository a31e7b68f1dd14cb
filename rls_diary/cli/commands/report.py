"""``report --out FILE.pdf``: the PDF summary for a doctor (DESIGN §5, issue 7).

Read-only: works while the window runs. Qt is imported only here, inside ``run``, so that no
other command loads it. Works without a display (the offscreen platform).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rls_diary.cli.base import add_range

NAME = "report"
HELP = "write a PDF summary for your doctor"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    add_range(parser)
    parser.add_argument(
        "--include-notes", action="store_true", help="include your notes (left out by default)"
    )
    parser.add_argument(
        "--name", metavar="NAME", help="the patient's name to print (it is not stored)"
    )
    parser.add_argument(
        "--paper", choices=("a4", "letter"), help="paper size (default: from your locale)"
    )


def run(args: argparse.Namespace, data_dir: Path, zone: str) -> int:
    from rls_diary.report.export import export_pdf

    content = export_pdf(
        data_dir,
        zone,
        args.out,
        start=args.start,
        end=args.end,
        include_notes=args.include_notes,
        patient_name=args.name,
        paper=args.paper,
    )
    print(
        f"wrote the summary of {content.period.text} "
        f"({content.nights_recorded} of {content.nights_in_period} nights recorded) "
        f"to {args.out}"
    )
    return 0
