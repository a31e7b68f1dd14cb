"""Writing the PDF summary to a file: the entry point of ``rls-diary report`` (DESIGN §5).

The command line imports this module only when it runs ``report``, so no other command loads
Qt. Without a display (no ``DISPLAY`` or ``WAYLAND_DISPLAY`` on Linux and other X11
systems) the Qt platform is ``offscreen``. The file is written through a temporary file in
the same folder and a rename, owner-only; Qt never sees its path.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from rls_diary.report.content import ReportContent, diary_content
from rls_diary.report.layout import load_fonts, paper_for_locale
from rls_diary.report.render import render_pdf
from rls_diary.services.diary import Diary
from rls_diary.storage.files import write_atomic

_app: QGuiApplication | None = None


def needs_offscreen(environ: dict[str, str] | os._Environ[str] | None = None) -> bool:
    """True on a Unix desktop system without a display to talk to (and no platform chosen)."""
    env = os.environ if environ is None else environ
    if sys.platform == "win32" or sys.platform == "darwin":
        return False
    if env.get("QT_QPA_PLATFORM"):
        return False
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (``offscreen`` when there is no display)."""
    global _app
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication(["rls-diary"])
    return _app


def check_output(path: Path) -> None:
    """Refuse (ValueError, nothing written) a name without .pdf, a folder or a missing folder."""
    if path.suffix.lower() != ".pdf":
        raise ValueError(f"{path}: the file name must end in .pdf")
    if path.is_dir():
        raise ValueError(f"{path}: is a folder; give a file name ending in .pdf")
    if not path.parent.is_dir():
        raise ValueError(f"{path}: the folder {path.parent} does not exist")


def write_pdf(content: ReportContent, path: Path, paper: str | None = None) -> int:
    """Render ``content`` and write it to ``path`` atomically (owner-only); the page count is
    not known here, so the size in bytes is returned."""
    check_output(path)
    ensure_gui_application()
    load_fonts()
    data = render_pdf(content, paper or paper_for_locale())
    write_atomic(path, data)
    return len(data)


def export_pdf(
    data_dir: Path,
    zone: str,
    path: Path,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    include_notes: bool = False,
    patient_name: str | None = None,
    paper: str | None = None,
    today: dt.date | None = None,
    language: str = "en",
) -> ReportContent:
    """``rls-diary report``: read the diary (read-only) and write its summary to ``path``
    (in English unless ``language`` says otherwise)."""
    check_output(path)
    with Diary.open_reader(data_dir, zone) as diary:
        content = diary_content(
            diary,
            start,
            end,
            include_notes=include_notes,
            patient_name=patient_name,
            today=today,
            language=language,
        )
    write_pdf(content, path, paper)
    return content
