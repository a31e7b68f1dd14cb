"""Python's cyclic garbage collector runs in the GUI thread only.

CPython collects cycles in whichever thread happens to allocate when a generation's count
passes its threshold — with the window open, often a worker (statistics, insights, an import
preview). A cycle that holds Qt wrappers (a dialog and a slot that refers to it) is then
destroyed from that thread, and Qt objects must be deleted in the thread that owns them: the
process can crash (seen in the test suite: a segmentation fault "Garbage-collecting" in an
insights worker while the GUI thread saved a record). So the automatic collector is turned
off and a timer in the GUI thread collects each generation when its count passes the same
thresholds CPython would use (the pattern of pyqtgraph's ``GarbageCollector``). Reference
counting, which frees almost everything, is unaffected.
"""

from __future__ import annotations

import gc
from typing import Final

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS: Final = 500


class GuiThreadCollector(QObject):
    """Collects garbage cycles from the GUI thread; made once, by :func:`install`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        """Collect the oldest generation whose count passed its threshold (and the younger)."""
        counts = gc.get_count()
        generation = -1
        for index, (count, threshold) in enumerate(zip(counts, self.thresholds, strict=True)):
            if count <= threshold:
                break
            generation = index
        if generation >= 0:
            gc.collect(generation)


def install(app: QObject) -> GuiThreadCollector:
    """The collector of ``app`` (one per application; made on the first call)."""
    found = app.findChild(GuiThreadCollector)
    return found if found is not None else GuiThreadCollector(app)


def uninstall(app: QObject) -> None:
    """Back to CPython's own collector (the tests: each GUI test installs and removes it)."""
    found = app.findChild(GuiThreadCollector)
    if found is None:
        return
    found.timer.stop()
    found.setParent(None)
    gc.collect()  # here, in the GUI thread, what piled up since the last check
    if found.was_enabled:
        gc.enable()
