"""Problems found while reading an exchange file, each pointing at where it is (DESIGN §4).

A CSV problem points at a physical line and a column: ``f.csv:7: rls_severity: 11 is outside
0–10``. A JSON problem points at the record's path instead of a line:
``x.json: nights[3].rls_severity: 11 is outside 0–10``. Problems about a whole line or the
whole file leave the column (or path) out: ``f.csv:4: the row has 3 cells …``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LocatedProblem:
    """One problem in file ``file``.

    ``line`` is the 1-based physical line (``None`` when the file has no meaningful line, as
    for a JSON record); ``column`` is the CSV column name or the JSON path such as
    ``medications[2].class`` (``None`` when the problem is about the line or the file).
    """

    file: str
    line: int | None
    column: str | None
    message: str

    @classmethod
    def at_path(cls, file: str, path: str | None, message: str) -> LocatedProblem:
        """A problem located by a JSON path (``nights[3].rls_severity``), not by a line."""
        return cls(file, None, path or None, message)

    @property
    def where(self) -> str:
        """``FILE:LINE`` when the line is known, else ``FILE``."""
        return self.file if self.line is None else f"{self.file}:{self.line}"

    def __str__(self) -> str:
        parts = [self.where, self.column, self.message]
        return ": ".join(part for part in parts if part)
