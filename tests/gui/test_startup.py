"""Starting the window: --self-test, a refused second writer, damaged files, first run."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from rls_diary.services.demo import demo_data_dir
from rls_diary.services.diary import Diary
from rls_diary.ui.app import run_gui
from rls_diary.ui.dialogs.safety import ACKNOWLEDGED_KEY, SafetyNoticeDialog
from rls_diary.ui.main_window import SAMPLE_TITLE, MainWindow

ZONE = "Europe/Berlin"


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every modal dialog the code tries to show, recorded instead of shown."""
    shown: list[str] = []
    for name in ("critical", "warning", "information", "question", "about"):
        monkeypatch.setattr(
            QMessageBox, name, lambda *args, name=name: shown.append(f"{name}: {args[2]}")
        )
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(f"exec: {self}") or 0)
    monkeypatch.setattr(QDialog, "open", lambda self: shown.append(f"open: {self}"))
    return shown


class Notices(list[bool]):
    """First-run notices shown; each is acknowledged while ``accept`` is true."""

    accept = True


@pytest.fixture
def notice(monkeypatch: pytest.MonkeyPatch) -> Notices:
    calls = Notices()

    def exec_(self: SafetyNoticeDialog) -> int:
        calls.append(True)
        accepted = QDialog.DialogCode.Accepted if calls.accept else QDialog.DialogCode.Rejected
        return int(accepted.value)

    monkeypatch.setattr(SafetyNoticeDialog, "exec", exec_)
    return calls


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    shown = MainWindow(Diary.open_writer(data_dir, ZONE, "tests"))
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    if shown.sample_window is not None:
        shown.sample_window.shutdown()
        shown.sample_window.close()
    shown.shutdown()


def test_self_test_returns_zero_without_any_dialog(data_dir: Path, dialogs: list[str]) -> None:
    assert run_gui(data_dir, ZONE, self_test=True) == 0
    assert dialogs == []
    assert not QSettings().value(ACKNOWLEDGED_KEY, False, type=bool)
    Diary.open_writer(data_dir, ZONE, "after").close()  # the window released the lock


# Loaded when first needed, not to show the window (DESIGN §8: start-up time).
LATER: tuple[str, ...] = (
    "pyqtgraph",
    "scipy",
    "numpy",
    "rls_diary.domain.records",  # the Treatment tab, exports, the report
    "rls_diary.domain.statistics",  # the Charts tab and insights
    "rls_diary.domain.insights",  # the Treatment tab, the Charts markers
    "rls_diary.storage.backup",  # the backup made after the window is shown
    "rls_diary.ui.welcome",  # an empty diary's first run
    "rls_diary.ui.dialogs.safety",  # the notice, once
    "rls_diary.ui.dialogs.files",  # file dialogs
    "rls_diary.ui.charts",
)


def test_start_up_loads_nothing_it_does_not_show(data_dir: Path) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from rls_diary.ui.app import run_gui\n"
        f"code = run_gui(Path({str(data_dir)!r}), {ZONE!r}, self_test=True)\n"
        f"print(code, sorted(m for m in sys.modules if m.startswith({LATER!r})))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "0 []", done.stderr


def test_second_writer_is_refused_naming_the_holder(data_dir: Path, dialogs: list[str]) -> None:
    with Diary.open_writer(data_dir, ZONE, "Another RLS Diary window"):
        assert run_gui(data_dir, ZONE) == 1
    assert len(dialogs) == 1
    assert dialogs[0].startswith("critical: ")
    assert "Another RLS Diary window" in dialogs[0]


def test_second_writer_in_self_test_explains_on_stderr(
    data_dir: Path, dialogs: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with Diary.open_writer(data_dir, ZONE, "Another RLS Diary window"):
        assert run_gui(data_dir, ZONE, self_test=True) == 1
    assert dialogs == []
    assert "Another RLS Diary window" in capsys.readouterr().err


def test_damaged_file_is_explained_and_left_alone(data_dir: Path, dialogs: list[str]) -> None:
    data_dir.mkdir(parents=True)
    junk = b"this is not a diary" * 100
    (data_dir / "diary.sqlite3").write_bytes(junk)
    assert run_gui(data_dir, ZONE) == 1
    assert len(dialogs) == 1
    assert dialogs[0].startswith("critical: ")
    assert (data_dir / "diary.sqlite3").read_bytes() == junk


def test_normal_start_shows_the_notice_then_the_welcome(data_dir: Path, notice: Notices) -> None:
    seen: list[MainWindow] = []

    def quit_after_first_run() -> None:
        seen.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        QApplication.instance().exit(0)  # type: ignore[union-attr]

    QTimer.singleShot(0, lambda: QTimer.singleShot(0, quit_after_first_run))
    assert run_gui(data_dir, ZONE) == 0
    assert notice == [True]
    shown = [w for w in seen if w.diary.data_dir == data_dir]
    assert shown[-1].diary_pages.currentWidget() is shown[-1].welcome


def test_first_run_notice_is_shown_once(qtbot: QtBot, data_dir: Path, notice: Notices) -> None:
    for _ in range(2):
        window = MainWindow(Diary.open_writer(data_dir, ZONE, "tests"))
        qtbot.addWidget(window)
        window.welcome_user()
        assert window.close()
    assert notice == [True]
    assert QSettings().value(ACKNOWLEDGED_KEY, False, type=bool)


def test_notice_comes_back_until_acknowledged(window: MainWindow, notice: Notices) -> None:
    notice.accept = False
    window.welcome_user()
    window.welcome_user()
    assert notice == [True, True]
    assert not QSettings().value(ACKNOWLEDGED_KEY, False, type=bool)


def test_welcome_add_last_night_opens_a_new_night(
    window: MainWindow, notice: Notices, monkeypatch: pytest.MonkeyPatch
) -> None:
    called: list[str] = []
    monkeypatch.setattr(window.diary_tab, "new_night", lambda: called.append("new"))
    window.welcome_user()
    assert window.diary_pages.currentWidget() is window.welcome
    window.welcome.add_button.click()
    assert called == ["new"]
    assert window.diary_pages.currentWidget() is window.diary_tab


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform cannot raise
def test_explore_sample_data_opens_a_separate_labelled_window(
    window: MainWindow, data_dir: Path, notice: Notices
) -> None:
    window.welcome_user()
    window.welcome.sample_button.click()
    sample = window.sample_window
    assert sample is not None
    assert sample.isVisible()
    assert sample.windowTitle() == SAMPLE_TITLE
    banner = sample.findChild(QLabel, "sampleBanner")
    assert banner is not None
    assert banner.isVisible()
    assert "SAMPLE DATA" in banner.text()
    assert sample.diary.data_dir == demo_data_dir(data_dir)
    assert sample.diary.night_count() > 0
    assert window.diary.night_count() == 0  # never mixed with the real diary
    window.welcome.sample_button.click()
    assert window.sample_window is sample  # opened once, raised again
    assert notice == [True]  # the sample window asks nothing
    assert sample.close()
    Diary.open_writer(demo_data_dir(data_dir), ZONE, "after").close()


def test_a_window_that_cannot_be_built_is_explained_and_unlocks(
    data_dir: Path, dialogs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(diary: Diary) -> None:
        raise RuntimeError("no widgets today")

    monkeypatch.setattr("rls_diary.ui.app.MainWindow", broken)
    assert run_gui(data_dir, ZONE) == 1
    assert len(dialogs) == 1
    assert "RuntimeError: no widgets today" in dialogs[0]
    Diary.open_writer(data_dir, ZONE, "after").close()
