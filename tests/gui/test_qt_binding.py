"""The Qt binding itself: guards against a known-bad PySide6 release being installed."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_returning_nothing_keep_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 drops a reference to None on every void call; on Python 3.11 the
    interpreter then aborts ("deallocating None") after a few minutes of use."""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
    assert sys.getrefcount(None) - before < 50
