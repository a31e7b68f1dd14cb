"""Help menu texts: About (version, data folder, the notice) and the crisis numbers."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

import rls_diary
from rls_diary.ui.dialogs.safety import notice_html

CRISIS_NONE = (
    "No crisis numbers are set yet. You can add the numbers of your doctor, a crisis line "
    "and the emergency service in the Lifestyle tips tab."
)
CRISIS_NOW = (
    "If you have thoughts of harming yourself or feel in danger, call your local emergency "
    "number now."
)


def about_html(data_dir: Path) -> str:
    folder = html.escape(str(data_dir))
    return (
        f"<h3>RLS Diary {html.escape(rls_diary.__version__)}</h3>"
        "<p>An offline, private sleep diary for people with Restless Legs Syndrome.</p>"
        f"<p>Your diary is kept in:<br><code>{folder}</code></p>"
        f"{notice_html()}"
        "<p>Licence: GPL-3.0-or-later.</p>"
    )


def show_about(parent: QWidget | None, data_dir: Path) -> None:
    QMessageBox.about(parent, "About RLS Diary", about_html(data_dir))


def crisis_text(numbers: str) -> str:
    """The crisis numbers the user keeps (offline), or how to add them; always the urgent line."""
    shown = numbers.strip() or CRISIS_NONE
    return f"{shown}\n\n{CRISIS_NOW}"


def show_crisis_numbers(parent: QWidget | None, numbers: str = "") -> None:
    QMessageBox.information(parent, "Crisis numbers", crisis_text(numbers))
