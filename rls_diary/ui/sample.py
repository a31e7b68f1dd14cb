"""The sample diary behind "Explore sample data": a separate folder, never the user's diary.

It opens in a second MainWindow in this process, on its own Diary, folder and lock. Chosen
over launching ``python -m rls_diary --data-dir DEMO`` with QProcess.startDetached because it
works the same in the frozen (PyInstaller) build, where ``sys.executable`` is the app and not a
Python interpreter, needs no command-line round trip, and can be tested; the separate Diary
object and folder keep the two diaries from ever mixing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from rls_diary.services.demo import create_demo, demo_data_dir
from rls_diary.services.diary import Diary

SAMPLE_HOLDER: Final = "RLS Diary sample-data window"
SAMPLE_NIGHTS: Final = 90


def open_sample_diary(data_dir: Path, default_zone: str) -> Diary:
    """The writer Diary of the sample folder beside ``data_dir``, filled on first use."""
    diary = Diary.open_writer(demo_data_dir(data_dir), default_zone, SAMPLE_HOLDER)
    try:
        if diary.night_count() == 0:
            create_demo(diary, nights=SAMPLE_NIGHTS)
    except BaseException:
        diary.close()
        raise
    return diary
