"""The bar shown after a night is deleted: Undo, and the offer to remove it from the backups.

Deleting is undoable, so it asks nothing; but the backups keep a deleted night until they
are rotated away, so the bar offers to remove it from them too (issue 9). The offer is not a
dialog: the patient who only tidied up a test entry can ignore it, and it goes away when
the night comes back (undo), when closed, or when another night is deleted.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from rls_diary.ui.diary import text


class DeletedBar(QFrame):
    """``offer(date)`` shows it for the night just deleted; ``undoRequested(date)`` and
    ``purgeRequested(date)`` carry the choice."""

    undoRequested = Signal(object)
    purgeRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deletedBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.date: dt.date | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("U&ndo"), self)
        self.undo_button.setToolTip(self.tr("Bring the night back (Ctrl+Z)"))
        self.purge_button = QPushButton(self.tr("Also remove from &backups…"), self)
        self.purge_button.setToolTip(
            self.tr(
                "Backups keep a deleted night until they are replaced; this removes it from them"
            )
        )
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the message about the deleted night"))
        for widget in (self.undo_button, self.purge_button):
            widget.setAutoDefault(False)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.purge_button)
        layout.addWidget(self.close_button)
        self.undo_button.clicked.connect(lambda: self._emit(self.undoRequested))
        self.purge_button.clicked.connect(lambda: self._emit(self.purgeRequested))
        self.close_button.clicked.connect(self.withdraw)
        self.setVisible(False)

    def offer(self, date: dt.date) -> None:
        self.date = date
        self.label.setText(
            self.tr("Deleted the night of {night}.").format(night=text.night_span(date))
        )
        self.setVisible(True)

    def withdraw(self, date: dt.date | None = None) -> None:
        """Hide the bar (only if it is about ``date``, when given)."""
        if date is None or date == self.date:
            self.date = None
            self.setVisible(False)

    def _emit(self, signal: Signal) -> None:
        date = self.date
        if date is not None:
            signal.emit(date)  # type: ignore[attr-defined]
