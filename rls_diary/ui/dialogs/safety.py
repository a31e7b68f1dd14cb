"""The safety notice (DESIGN §6): acknowledged once at first run, shown again from Help.

The wording lives in the Qt-free :mod:`rls_diary.domain.notices`, shared with About, the
Lifestyle tips tab and the PDF footer.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from rls_diary.domain.notices import NOTICE_PARAGRAPHS

ACKNOWLEDGED_KEY: Final = "safety/acknowledged"
TITLE: Final = QT_TRANSLATE_NOOP("SafetyNoticeDialog", "Before you start: about RLS Diary")
# The notice's paragraphs as Qt Linguist sees them (context "notices"); they must equal
# NOTICE_PARAGRAPHS word for word (tests/gui/test_translations.py checks).
TRANSLATABLE_PARAGRAPHS: Final = (
    QT_TRANSLATE_NOOP(
        "notices",
        "RLS Diary helps you record your sleep and restless-legs symptoms so that you can share "
        "them with your doctor or other health professional.",
    ),
    QT_TRANSLATE_NOOP(
        "notices",
        "It does not diagnose, treat or give medical advice, and its charts and alerts are no "
        "substitute for seeing a professional.",
    ),
    QT_TRANSLATE_NOOP(
        "notices",
        "Do not start, stop or change any medicine because of something this app shows. Talk to "
        "your doctor first.",
    ),
    QT_TRANSLATE_NOOP(
        "notices",
        "If you feel unwell, are pregnant, or have thoughts of harming yourself, contact a doctor "
        "or an emergency service now.",
    ),
    QT_TRANSLATE_NOOP(
        "notices",
        "Your diary stays on this computer. Nothing is sent anywhere; it leaves only in files you "
        "export yourself.",
    ),
)


def notice_html() -> str:
    """The notice in the window's language (About uses it too)."""
    return "".join(
        f"<p>{QCoreApplication.translate('notices', paragraph)}</p>"
        for paragraph in NOTICE_PARAGRAPHS
    )


class SafetyNoticeDialog(QDialog):
    """The notice with one button: "I understand" at first run, "Close" from the Help menu."""

    def __init__(self, parent: QWidget | None = None, *, first_run: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr(TITLE) if first_run else self.tr("Safety notice"))
        self.setObjectName("safetyNotice")
        heading = self.tr("Before you start") if first_run else self.tr("Safety notice")
        text = QLabel(f"<h3>{heading}</h3>{notice_html()}", self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setAccessibleName(self.tr("Safety notice"))
        text.setMinimumWidth(text.fontMetrics().averageCharWidth() * 60)
        buttons = QDialogButtonBox(self)
        if first_run:
            button = buttons.addButton(
                self.tr("I understand"), QDialogButtonBox.ButtonRole.AcceptRole
            )
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
