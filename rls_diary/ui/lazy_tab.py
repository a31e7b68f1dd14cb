"""A tab whose content is built the first time it is shown.

Keeps start-up lazy (DESIGN §8): the Charts tab's factory may import pyqtgraph inside itself,
and that import then happens only when the user first opens the tab.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory: Callable[[], QWidget] | None = factory
        self.content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self.content is not None

    def build(self) -> QWidget:
        if self.content is None:
            assert self._factory is not None
            factory, self._factory = self._factory, None
            self.content = factory()
            self._layout.addWidget(self.content)
        return self.content

    def showEvent(self, event: QShowEvent) -> None:
        self.build()
        super().showEvent(event)
