"""Export to our CSV or JSON (by extension), written atomically and owner-only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rls_diary.domain.csv_format import write_csv
from rls_diary.domain.json_format import Document, write_json
from rls_diary.services.diary import Diary
from rls_diary.storage.files import write_atomic

EXTENSIONS = (".csv", ".json")


def export_text(
    diary: Diary, kind: str, start: dt.date | None = None, end: dt.date | None = None
) -> tuple[str, int]:
    """The export as text (``kind`` is ``csv`` or ``json``) and the number of nights in it."""
    nights = diary.nights(start, end)
    if kind == "csv":
        return write_csv(nights, diary.default_zone), len(nights)
    contents = diary.contents()
    document = Document(
        nights=nights,
        medications=contents.medications,
        labs=contents.labs,
        assessments=contents.assessments,
        conditions=contents.conditions,
        questions=contents.questions,
        experiments=contents.experiments,
        settings=contents.settings,
    )
    return write_json(document), len(nights)


def export_file(
    diary: Diary, path: Path, start: dt.date | None = None, end: dt.date | None = None
) -> int:
    """Write the diary to ``path`` (.csv or .json); returns the number of nights written."""
    if start is not None and end is not None and end < start:
        raise ValueError(f"the range {start} to {end} ends before it starts; nothing was exported")
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        raise ValueError(f"{path}: the file name must end in .csv or .json")
    if path.is_dir():
        raise ValueError(f"{path} is a folder; give a file name")
    if not path.parent.is_dir():
        raise ValueError(f"{path}: the folder {path.parent} does not exist")
    text, count = export_text(diary, suffix[1:], start, end)
    write_atomic(path, text.encode("utf-8"))  # an OSError names path, not a temporary file
    return count
