"""``backup``, ``backups`` and ``restore`` on the command line (DESIGN §5, issue 9)."""

from __future__ import annotations

import contextlib
import getpass
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_support import digest, run

from rls_diary.services.diary import Diary
from rls_diary.storage import encrypted
from rls_diary.storage.backup import BACKUP_DIR, list_backups
from rls_diary.storage.connection import QUARANTINE_DIR, db_path

PASS_ENV = "RLS_DIARY_PASSPHRASE"


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encrypted, "SCRYPT_N", 2**10)
    monkeypatch.delenv(PASS_ENV, raising=False)


def state(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): digest(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(("-shm", ".lock"))
    }


@pytest.fixture
def diary_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "d"
    code, _, err = run(capsys, "--data-dir", str(folder), "demo", "--nights", "30")
    assert code == 0, err
    return folder


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Answers for getpass, in order; asserting every one was used."""
    answers: list[str] = []

    def fake(prompt: str = "") -> str:
        assert answers, f"unexpected prompt {prompt!r}"
        return answers.pop(0)

    monkeypatch.setattr(getpass, "getpass", fake)
    yield answers
    assert answers == [], "not every prompt was asked"


def test_backup_lists_and_restore_by_name(
    diary_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(diary_dir), "backup")
    assert code == 0
    assert "verified backup" in out
    (made,) = list_backups(diary_dir)
    code, out, _ = run(capsys, "--data-dir", str(diary_dir), "backups")
    assert code == 0
    assert "manual" in out and made.name in out
    with Diary.open_reader(diary_dir, "UTC") as reader:
        count = reader.night_count()
    assert f"{count} nights" in out
    # change the diary, then restore the backup by its listed name
    with Diary.open_writer(diary_dir, "UTC", "edit") as diary:
        diary.delete_night(diary.dates()[0])
    code, out, err = run(capsys, "--data-dir", str(diary_dir), "restore", made.name)
    assert code == 0, err
    assert f"restored {count} nights" in out
    assert "before-restore" in out
    with Diary.open_reader(diary_dir, "UTC") as diary:
        assert diary.night_count() == count


def test_backups_of_a_folder_without_any(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "none"), "backups")
    assert code == 0 and "no backups" in out
    assert not (tmp_path / "none").exists(), "a read-only command creates nothing"


def test_backup_to_a_file_plain_and_encrypted_with_the_variable(
    diary_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "--data-dir", str(diary_dir), "backup", str(plain))
    assert code == 0 and str(plain) in out
    assert plain.read_bytes().startswith(b"SQLite format 3")
    sealed = tmp_path / "copy.rlsd"
    monkeypatch.setenv(PASS_ENV, "automation secret")
    code, out, _ = run(capsys, "--data-dir", str(diary_dir), "backup", str(sealed), "--encrypt")
    assert code == 0 and "encrypted" in out
    assert sealed.read_bytes().startswith(b"RLSDENC\x00")
    # wrong passphrase: exit 1, one line, nothing changed anywhere
    before = state(diary_dir)
    monkeypatch.setenv(PASS_ENV, "not it")
    code, _, err = run(capsys, "--data-dir", str(diary_dir), "restore", str(sealed))
    assert code == 1
    assert "passphrase is wrong" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert state(diary_dir) == before
    monkeypatch.setenv(PASS_ENV, "automation secret")
    code, out, err = run(capsys, "--data-dir", str(diary_dir), "restore", str(sealed))
    assert code == 0, err


def test_encrypted_backup_asks_twice_and_restore_once(
    diary_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    prompts: list[str],
) -> None:
    sealed = tmp_path / "x.rlsd"
    prompts += ["typed twice", "typed twice"]
    code, _, err = run(capsys, "--data-dir", str(diary_dir), "backup", str(sealed), "--encrypt")
    assert code == 0, err
    prompts += ["typed twice"]
    code, _, err = run(capsys, "--data-dir", str(diary_dir), "restore", str(sealed))
    assert code == 0, err


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        (["one", "other"], "differ"),
        ([""], "empty"),
    ],
)
def test_encrypted_backup_with_a_bad_passphrase_writes_nothing(
    diary_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    prompts: list[str],
    answers: list[str],
    message: str,
) -> None:
    prompts += answers
    before = state(diary_dir)
    target = tmp_path / "x.rlsd"
    code, _, err = run(capsys, "--data-dir", str(diary_dir), "backup", str(target), "--encrypt")
    assert code == 1 and message in err
    assert not target.exists()
    assert state(diary_dir) == before


def test_prompt_closed_without_an_answer(
    diary_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def closed(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr(getpass, "getpass", closed)
    code, _, err = run(
        capsys, "--data-dir", str(diary_dir), "backup", str(tmp_path / "x"), "--encrypt"
    )
    assert code == 1 and "no passphrase" in err


def test_encrypt_without_a_file_is_a_usage_error(
    diary_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = state(diary_dir)
    code, _, err = run(capsys, "--data-dir", str(diary_dir), "backup", "--encrypt")
    assert code == 2 and "needs a FILE" in err
    assert state(diary_dir) == before


def test_writers_are_refused_while_the_window_runs_and_the_list_still_works(
    diary_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--data-dir", str(diary_dir), "backup")
    (made,) = list_backups(diary_dir)
    with Diary.open_writer(diary_dir, "UTC", "the window"):
        before = state(diary_dir)
        for argv in (["backup"], ["backup", str(tmp_path / "x.sqlite3")], ["restore", made.name]):
            code, _, err = run(capsys, "--data-dir", str(diary_dir), *argv)
            assert code == 1, argv
            assert "the window" in err
        assert state(diary_dir) == before
        assert not (tmp_path / "x.sqlite3").exists()
        code, out, _ = run(capsys, "--data-dir", str(diary_dir), "backups")
        assert code == 0 and made.name in out


def test_restore_failures_exit_1_and_change_nothing(
    diary_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "notes.sqlite3"
    with contextlib.closing(sqlite3.connect(foreign)) as other:
        other.execute("CREATE TABLE notes (x)")
        other.commit()
    text = tmp_path / "hello.txt"
    text.write_text("hello", encoding="utf-8")
    before = state(diary_dir)
    for source, message in (
        (str(tmp_path / "missing.sqlite3"), "no such backup"),
        (str(foreign), "not an RLS Diary backup"),
        (str(text), "not a usable backup"),
        (str(db_path(diary_dir)), "the diary itself"),
    ):
        code, _, err = run(capsys, "--data-dir", str(diary_dir), "restore", source)
        assert code == 1, source
        assert message in err, err
        assert "Traceback" not in err
        assert state(diary_dir) == before, source


def test_restore_repairs_a_damaged_diary_and_keeps_the_damaged_file(
    diary_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--data-dir", str(diary_dir), "backup")
    (made,) = list_backups(diary_dir)
    for companion in ("diary.sqlite3-wal", "diary.sqlite3-shm"):
        (diary_dir / companion).unlink(missing_ok=True)
    db_path(diary_dir).write_bytes(b"bit rot" * 2000)
    code, _, err = run(capsys, "--data-dir", str(diary_dir), "check")
    assert code == 1 and "PROBLEM" in err
    code, out, err = run(capsys, "--data-dir", str(diary_dir), "restore", made.name)
    assert code == 0, err
    assert QUARANTINE_DIR in out
    kept = sorted((diary_dir / QUARANTINE_DIR).glob("diary-*.sqlite3"))
    assert any(p.read_bytes() == b"bit rot" * 2000 for p in kept)
    code, out, _ = run(capsys, "--data-dir", str(diary_dir), "check")
    assert code == 0 and "integrity ok, " in out


def test_restore_into_a_vanished_diary(diary_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--data-dir", str(diary_dir), "backup")
    (made,) = list_backups(diary_dir)
    for name in ("diary.sqlite3", "diary.sqlite3-wal", "diary.sqlite3-shm"):
        (diary_dir / name).unlink(missing_ok=True)
    code, _, err = run(capsys, "--data-dir", str(diary_dir), "stats", "--json")
    assert code == 1
    code, _, err = run(capsys, "--data-dir", str(diary_dir), "backup")
    assert code == 1 and "missing" in err and BACKUP_DIR in err
    code, out, err = run(capsys, "--data-dir", str(diary_dir), "restore", str(made))
    assert code == 0, err
    assert "restored" in out


def test_backup_and_backups_do_not_load_cryptography(diary_dir: Path) -> None:
    script = (
        "import sys; from rls_diary.app import main\n"
        "codes = [main(['--data-dir', sys.argv[1], c]) for c in ('backup', 'backups')]\n"
        "print(codes, 'cryptography' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(diary_dir)], capture_output=True, text=True, check=False
    )
    assert done.stdout.strip().endswith("[0, 0] False"), done.stderr
