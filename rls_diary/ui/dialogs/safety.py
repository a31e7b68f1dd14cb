"""The safety notice (DESIGN §6): acknowledged once at first run, shown again from Help.

The wording lives in the Qt-free :mod:`rls_diary.domain.notices`, shared with About, the
Lifestyle tips tab and the PDF footer.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from rls_diary.domain.notices import NOTICE_PARAGRAPHS

ACKNOWLEDGED_KEY: Final = "safety/acknowledged"
TITLE: Final = "Before you start: about RLS Diary"


def notice_html() -> str:
    return "".join(f"<p>{paragraph}</p>" for paragraph in NOTICE_PARAGRAPHS)


class SafetyNoticeDialog(QDialog):
    """The notice with one button: "I understand" at first run, "Close" from the Help menu."""

    def __init__(self, parent: QWidget | None = None, *, first_run: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE if first_run else "Safety notice")
        self.setObjectName("safetyNotice")
        heading = "<h3>Before you start</h3>" if first_run else "<h3>Safety notice</h3>"
        text = QLabel(heading + notice_html(), self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setAccessibleName("Safety notice")
        text.setMinimumWidth(text.fontMetrics().averageCharWidth() * 60)
        buttons = QDialogButtonBox(self)
        if first_run:
            button = buttons.addButton("I understand", QDialogButtonBox.ButtonRole.AcceptRole)
        else:
            button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(self.accept)
        button.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)


def is_acknowledged(settings: QSettings) -> bool:
    return bool(settings.value(ACKNOWLEDGED_KEY, False, type=bool))


def ask_acknowledgement(parent: QWidget | None, settings: QSettings) -> bool:
    """Show the first-run notice unless acknowledged before; True once acknowledged.

    Closing the dialog without pressing "I understand" leaves the flag unset, so the notice
    comes back at the next start.
    """
    if is_acknowledged(settings):
        return True
    dialog = SafetyNoticeDialog(parent, first_run=True)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if accepted:
        settings.setValue(ACKNOWLEDGED_KEY, True)
        settings.sync()
    return accepted


def show_notice(parent: QWidget | None) -> None:
    SafetyNoticeDialog(parent).exec()
