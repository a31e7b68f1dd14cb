"""Reading other apps' text files: UTF-8 decoding and CSV rows with their line numbers."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from rls_diary.domain.foreign.common import BadValue

BOM = "\ufeff"


class BadRow(BadValue):
    """The CSV structure is broken at ``line`` (an unclosed quote, a NUL byte …)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


def decode(data: bytes) -> str:
    """``data`` as UTF-8 text without a byte order mark; raises :class:`BadValue`."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadValue(f"the file is not UTF-8 text (byte {exc.start})") from None
    return text[1:] if text.startswith(BOM) else text


def first_line(text: str) -> str:
    """The first line that is not blank, without its line end (``""`` when there is none)."""
    for line in text.lstrip(BOM).splitlines():
        if line.strip():
            return line.strip()
    return ""


def csv_rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """Each CSV record with the physical line it starts on (1-based); blank lines included.

    Raises :class:`BadRow` where the structure is broken.
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    consumed = 0
    while True:
        start = consumed + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise BadRow(start, f"the line is not valid CSV ({exc})") from None
        consumed = reader.line_num
        yield start, cells
