"""``rls-diary report``: a PDF a doctor can read, written headless, privately and atomically.

Successful runs go through a subprocess without a display (the command starts its own
offscreen QGuiApplication, which must not leak into the other tests' QApplication); refusals
happen before any Qt object exists and run in-process.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import platform
import re
import stat
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from cli_support import run

from rls_diary.domain.notices import REPORT_NOTICE
from rls_diary.domain.records import Question
from rls_diary.report.content import ReportContent, diary_content
from rls_diary.services.demo import create_demo
from rls_diary.services.diary import Diary
from rls_diary.storage import records

ZONE = "Europe/Berlin"
LAST_NIGHT = dt.date(2024, 6, 30)
NOTE = "Private note about the neighbours 7d2f"
QUESTION = "Could my iron tablets be taken at a different time?"
NAME = "Ada Example-Lovelace"


def headless_env(home: Path, **extra: str) -> dict[str, str]:
    """No display, no chosen Qt platform, and every user folder inside ``home``."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["HOME"] = str(home)
    for name, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        env[name] = str(home / sub)
    env.update(extra)
    return env


def report(data_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rls_diary", "--data-dir", str(data_dir), "report", *args],
        capture_output=True,
        text=True,
        env=headless_env(data_dir.parent / "home", **env),
        check=False,
        timeout=60,
    )


def text_of(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture(scope="module")
def diary_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report") / "diary"
    with Diary.open_writer(folder, ZONE, "tests") as diary:
        create_demo(diary, nights=120, scenario="augmentation", end=LAST_NIGHT)
        night = diary.night(LAST_NIGHT - dt.timedelta(days=3))
        assert night is not None
        diary.save_night(night.replace(notes=NOTE))
        with diary.transaction() as conn:
            records.QUESTIONS.insert(conn, Question(QUESTION, dt.date(2024, 6, 1)))
    return folder


@pytest.fixture(scope="module")
def expected(diary_dir: Path) -> ReportContent:
    with Diary.open_reader(diary_dir, ZONE) as diary:
        return diary_content(diary, today=LAST_NIGHT)


@pytest.fixture(scope="module")
def plain_pdf(diary_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out") / "summary.pdf"
    done = report(diary_dir, "--out", str(out), TZ=ZONE, LC_ALL="de_DE.UTF-8")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert f"to {out}" in done.stdout
    return out


@pytest.fixture(scope="module")
def named_pdf(diary_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out") / "named.pdf"
    done = report(
        diary_dir,
        "--out",
        str(out),
        "--include-notes",
        "--name",
        NAME,
        "--paper",
        "letter",
        TZ=ZONE,
        LC_ALL="de_DE.UTF-8",
    )
    assert done.returncode == 0, done.stderr
    return out


def test_report_is_written_headless_with_the_figures_and_the_notice(
    plain_pdf: Path, expected: ReportContent
) -> None:
    reader = pypdf.PdfReader(plain_pdf)
    assert 1 <= len(reader.pages) <= 3
    text = text_of(plain_pdf)
    period = expected.period
    assert (period.end - period.start).days == 27  # the diary's last 28 nights
    assert period.end == LAST_NIGHT
    assert f"{period.start.isoformat()} to {period.end.isoformat()}" in text
    assert "Nights recorded:" in text
    assert f"{expected.nights_recorded} of 28" in text
    assert "Entered late:" in text
    assert " ".join(REPORT_NOTICE.split()) in text
    assert "Summary: this period and the one before" in text
    assert QUESTION in text
    # The demo's augmentation is flagged, and the finding's own words are in the PDF.
    augmentation = expected.section("augmentation")
    assert augmentation and augmentation[0].kind == "possible_augmentation"
    assert "Possible augmentation" in text
    assert " ".join(augmentation[0].message.split()[:8]) in text
    lifestyle = expected.section("lifestyle")
    assert "exploratory" in text
    for finding in lifestyle:
        assert " ".join(finding.message.split()[:6]) in text


def test_private_by_default_no_notes_no_name(plain_pdf: Path) -> None:
    text = text_of(plain_pdf)
    assert NOTE not in text
    assert "Notes" not in text
    assert "Patient:" not in text
    assert NAME not in text


def test_notes_and_name_only_when_asked(named_pdf: Path) -> None:
    text = text_of(named_pdf)
    assert NOTE in text
    assert f"Patient: {NAME}" in text
    assert NAME.encode() not in _outside_streams(named_pdf.read_bytes())


def test_paper_from_the_locale_or_the_option(plain_pdf: Path, named_pdf: Path) -> None:
    a4 = pypdf.PdfReader(plain_pdf).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    letter = pypdf.PdfReader(named_pdf).pages[0].mediabox
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)


def test_paper_for_locale() -> None:
    from PySide6.QtCore import QLocale

    from rls_diary.report.layout import paper_for_locale

    assert paper_for_locale(QLocale("en_US")) == "letter"
    assert paper_for_locale(QLocale("fr_CA")) == "letter"
    assert paper_for_locale(QLocale("en_GB")) == "a4"
    assert paper_for_locale(QLocale("de_DE")) == "a4"
    assert paper_for_locale(QLocale("C")) == "a4"


def _outside_streams(raw: bytes) -> bytes:
    """The PDF without its (compressed, binary) stream contents."""
    return re.sub(rb"stream\r?\n.*?endstream", b"", raw, flags=re.DOTALL)


def test_metadata_holds_no_user_host_or_path(named_pdf: Path) -> None:
    reader = pypdf.PdfReader(named_pdf)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "RLS Diary summary"
    assert meta.creator == "RLS Diary"
    raw = named_pdf.read_bytes()
    xmp = raw[raw.index(b"<?xpacket") : raw.index(b"<?xpacket end")]
    described = " ".join(str(v) for v in meta.values()).encode() + _outside_streams(raw) + xmp
    for secret in {getpass.getuser(), platform.node(), str(Path.home())}:
        if secret:
            assert secret.encode() not in described, secret
            assert secret not in text_of(named_pdf)
    for where in (str(named_pdf), str(named_pdf.parent), named_pdf.name):
        assert where.encode() not in raw
        assert where.encode("utf-16-be") not in raw


def test_file_is_owner_only_and_no_temporary_file_is_left(plain_pdf: Path) -> None:
    if os.name == "posix":
        assert stat.S_IMODE(plain_pdf.stat().st_mode) == 0o600
    assert sorted(p.name for p in plain_pdf.parent.iterdir()) == [plain_pdf.name]


def test_output_folder_must_exist(
    diary_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing" / "summary.pdf"
    code, _, err = run(capsys, "--data-dir", str(diary_dir), "report", "--out", str(out))
    assert code == 1
    assert "does not exist" in err and "Traceback" not in err
    assert not out.parent.exists()


def test_refusals_exit_1_and_write_nothing(
    diary_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "summary.txt"
    assert run(capsys, "--data-dir", str(diary_dir), "report", "--out", str(wrong))[0] == 1
    assert run(capsys, "--data-dir", str(diary_dir), "report", "--out", str(tmp_path))[0] == 1
    out = tmp_path / "summary.pdf"
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "none"), "report", "--out", str(out))
    assert code == 1
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_usage_errors_exit_2(diary_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--data-dir", str(diary_dir), "report")[0] == 2
    args = ("--data-dir", str(diary_dir), "report", "--out", "x.pdf")
    assert run(capsys, *args, "--from", "yesterday")[0] == 2
    assert run(capsys, *args, "--paper", "a3")[0] == 2
    # a reversed range was exit 1 here but exit 0 for export and stats: now a usage error
    code, _, err = run(capsys, *args, "--from", "2024-06-20", "--to", "2024-06-01")
    assert code == 2 and "2024-06-20" in err and "2024-06-01" in err
    assert not Path("x.pdf").exists()


def test_other_commands_load_no_qt(diary_dir: Path) -> None:
    script = (
        "import sys\n"
        "from rls_diary.app import main\n"
        "code = main(['--data-dir', sys.argv[1], 'stats', '--json'])\n"
        "print('LOADED', sorted({m.split('.')[0] for m in sys.modules "
        "if m.startswith(('PySide6', 'shiboken6', 'pyqtgraph'))}))\n"
        "sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(diary_dir)],
        capture_output=True,
        text=True,
        env=headless_env(diary_dir.parent / "home"),
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "LOADED []" in done.stdout
