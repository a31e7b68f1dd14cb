"""The parts of the Tips tab: the "Your diary says" panel, a tip card and the crisis numbers.

All content is shown as plain text: nothing here can open a link or a browser. The words of
this module are translatable (``tips`` context and each class's own); the tips and the
findings' sentences come from the tips service in the window's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rls_diary.services.diary import Diary
from rls_diary.services.tips import FINDING, WAITING, DiaryLine, RankedTip, Tip
from rls_diary.services.tips import crisis_numbers as stored_crisis_numbers
from rls_diary.services.tips import save_crisis_numbers as store_crisis_numbers
from rls_diary.storage.errors import StorageError

EXPLORATORY: Final = QT_TRANSLATE_NOOP(
    "tips",
    "Exploratory — not a proof of cause. These compare your own nights with and without a "
    "habit. Other things may differ between those nights, and because many comparisons are "
    "made, some differences turn up by chance (not adjusted for multiple comparisons). "
    "Discuss them with your doctor.",
)
LOADING: Final = QT_TRANSLATE_NOOP("tips", "Reading your diary…")
NO_NIGHTS: Final = QT_TRANSLATE_NOOP(
    "tips",
    "Nothing to compare yet. Once you record caffeine, alcohol, exercise or nicotine along "
    "with your RLS severity or sleep quality, your own results appear here.",
)
STATUS_MARKS: Final = {"difference": "●", "no_clear_difference": "○", WAITING: "…"}
CRISIS_INTRO: Final = QT_TRANSLATE_NOOP(
    "tips",
    "Numbers to call in a crisis — for example your doctor, a crisis line and the emergency "
    "service. They are kept in your diary on this computer and shown without internet.",
)
CRISIS_ALWAYS: Final = QT_TRANSLATE_NOOP(
    "tips",
    "If you have thoughts of harming yourself or feel in danger, call your crisis number or "
    "your local emergency number now.",
)
CRISIS_PLACEHOLDER: Final = QT_TRANSLATE_NOOP(
    "tips", "Emergency service: …\nCrisis line: …\nMy doctor: …"
)
# The diary topics a tip can be ranked up by (services.tips.EXPOSURE_TOPICS), as badges say them.
TOPIC_WORDS: Final = {
    "caffeine": QT_TRANSLATE_NOOP("tips", "caffeine"),
    "alcohol": QT_TRANSLATE_NOOP("tips", "alcohol"),
    "exercise": QT_TRANSLATE_NOOP("tips", "exercise"),
    "nicotine": QT_TRANSLATE_NOOP("tips", "nicotine"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate("tips", source)


def topic_word(topic: str) -> str:
    """``caffeine`` (German ``Koffein``); an unknown topic as its id with spaces."""
    return _tr(TOPIC_WORDS[topic]) if topic in TOPIC_WORDS else topic.replace("_", " ")


def text_label(text: str = "", name: str | None = None) -> QLabel:
    """A wrapping, selectable plain-text label (never a link)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def _scaled(label: QLabel, factor: float, *, bold: bool = False, italic: bool = False) -> None:
    font = QFont(label.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    font.setItalic(italic)
    label.setFont(font)


class DiaryPanel(QGroupBox):
    """The "Your diary says" panel: the lifestyle findings of this diary in plain words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your diary says"))
        self.setObjectName("diarySays")
        self.lines: list[DiaryLine] = []
        self.row_labels: list[list[QLabel]] = []
        self.exploratory = text_label(_tr(EXPLORATORY), "exploratoryNote")
        _scaled(self.exploratory, 0.95, italic=True)
        self.status = text_label(_tr(LOADING), "diarySaysStatus")
        self.rows = QVBoxLayout()
        self.rows.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.addWidget(self.exploratory)
        layout.addWidget(self.status)
        layout.addLayout(self.rows)

    def show_loading(self) -> None:
        self.status.setText(_tr(LOADING))
        self.status.show()

    def show_failure(self, message: str) -> None:
        self._clear()
        self.exploratory.hide()
        self.status.setText(
            self.tr("Your diary could not be read: {message}").format(message=message)
        )
        self.status.show()

    def set_lines(self, lines: Sequence[DiaryLine]) -> None:
        self._clear()
        self.lines = list(lines)
        self.exploratory.setVisible(bool(self.lines))
        if not self.lines:
            self.status.setText(_tr(NO_NIGHTS))
            self.status.show()
            return
        self.status.hide()
        for line in self.lines:
            self.rows.addWidget(self._row(line))

    def row_texts(self) -> list[str]:
        """The text of each row as shown (heading and detail on separate lines)."""
        return ["\n".join(label.text() for label in labels) for labels in self.row_labels]

    def _row(self, line: DiaryLine) -> QWidget:
        row = QWidget()
        row.setObjectName(f"finding_{line.topic}_{line.numbers.get('outcome')}")
        mark = QLabel(STATUS_MARKS.get(line.status, "•"))
        mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        mark.setFixedWidth(mark.fontMetrics().horizontalAdvance("●●"))
        if line.status == "difference":
            heading = text_label(line.heading)
            _scaled(heading, 1.0, bold=True)
            labels = [heading, text_label(line.text)]
        else:  # one line each, the full sentence as a tooltip
            labels = [text_label(f"{line.heading} ({line.brief})")]
            labels[0].setToolTip(line.text)
        self.row_labels.append(labels)
        text = QVBoxLayout()
        text.setSpacing(1)
        for label in labels:
            text.addWidget(label)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(mark)
        layout.addLayout(text, 1)
        row.setAccessibleName(f"{line.heading}. {line.text}")
        return row

    def _clear(self) -> None:
        self.lines = []
        self.row_labels = []
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()


class TipCard(QFrame):
    """One tip: title, why it is near the top (if it is), text and source."""

    def __init__(self, tip: Tip, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tip = tip
        self.setObjectName(f"tip_{tip.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = text_label(tip.title, "tipTitle")
        _scaled(self.title, 1.15, bold=True)
        self.badge = text_label("", "tipBadge")
        self.badge.setWordWrap(False)
        self.badge.setStyleSheet(
            "#tipBadge { background: palette(highlight); color: palette(highlighted-text); "
            "border-radius: 4px; padding: 2px 6px; }"
        )
        self.badge.hide()
        self.text = text_label(tip.text, "tipText")
        self.source = text_label(self.tr("Source: {source}").format(source=tip.source), "tipSource")
        _scaled(self.source, 0.9, italic=True)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.text)
        layout.addWidget(self.source)
        self.setAccessibleName(tip.title)

    def set_ranked(self, ranked: RankedTip) -> None:
        topics = ", ".join(topic_word(t) for t in ranked.related)
        if ranked.reason == FINDING:
            self.badge.setText(self.tr("Your diary: {topics}").format(topics=topics))
        elif ranked.reason == WAITING:
            self.badge.setText(self.tr("Not enough data yet: {topics}").format(topics=topics))
        else:
            self.badge.setText("")
        self.badge.setVisible(bool(self.badge.text()))


class CrisisNumbersBox(QGroupBox):
    """The user's crisis numbers: shown from the diary (offline), edited and saved through
    the writer. Signals ``saved(text)`` after a save."""

    saved = Signal(str)

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Crisis numbers"))
        self.setObjectName("crisisBox")
        self.diary = diary
        self.stored = ""
        intro = text_label(_tr(CRISIS_INTRO))
        always = text_label(_tr(CRISIS_ALWAYS), "crisisAlways")
        _scaled(always, 1.0, bold=True)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("crisisNumbers")
        self.edit.setAccessibleName(self.tr("Crisis numbers"))
        self.edit.setPlaceholderText(_tr(CRISIS_PLACEHOLDER))
        self.edit.setTabChangesFocus(True)
        lines = self.edit.fontMetrics().lineSpacing()
        self.edit.setMinimumHeight(lines * 5)
        self.edit.setMaximumHeight(lines * 9)
        self.edit.textChanged.connect(self._changed)
        self.save_button = QPushButton(self.tr("Save numbers"))
        self.save_button.setObjectName("saveCrisisNumbers")
        self.save_button.clicked.connect(self.save)
        self.status = text_label("", "crisisStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.edit)
        layout.addLayout(buttons)
        layout.addWidget(always)
        if diary.read_only:
            self.edit.setReadOnly(True)
            self.status.setText(self.tr("This diary is open read-only."))
        self.reload()

    @property
    def dirty(self) -> bool:
        return self.edit.toPlainText().strip() != self.stored

    def reload(self) -> None:
        """Show the stored numbers (unsaved edits are kept)."""
        was_dirty = self.dirty
        self.stored = stored_crisis_numbers(self.diary)
        if not was_dirty:
            self.edit.setPlainText(self.stored)
        self._changed()

    def save(self) -> bool:
        if self.diary.read_only:
            return False
        try:
            self.stored = store_crisis_numbers(self.diary, self.edit.toPlainText())
        except (StorageError, ValueError) as exc:
            self.status.setText(self.tr("Not saved: {error}").format(error=exc))
            return False
        self.edit.setPlainText(self.stored)
        self.status.setText(self.tr("Saved in your diary."))
        self.saved.emit(self.stored)
        return True

    def _changed(self) -> None:
        dirty = self.dirty
        self.save_button.setEnabled(dirty and not self.diary.read_only)
        if dirty:
            self.status.setText(self.tr("Not saved yet."))
        elif self.status.text() == self.tr("Not saved yet."):
            self.status.setText("")
