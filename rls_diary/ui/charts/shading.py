"""Shaded date ranges: the A and B blocks of a personal experiment, in the lane of the time
axis and behind every series.

One item draws every block of a plot (a LinearRegionItem per block — two InfiniteLines each,
whose bounds are recomputed on every range change — made the range change of the Charts tab
several times slower). The rectangles are built once per diary load; painting is a
``drawRects`` per kind. Without a ``span`` the blocks fill the view's height (behind a
series); with one they sit between two y values of the plot (a lane). The item takes no part
in auto-ranging; add it with ``ignoreBounds=True``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen


class BlockShading(pg.GraphicsObject):  # type: ignore[misc]
    """Rectangles ``(x0, x1, kind)`` filled with ``brushes[kind]`` and outlined with
    ``pens[kind]`` (none when missing), from ``span[0]`` to ``span[1]`` or the view's full
    height."""

    def __init__(self, span: tuple[float, float] | None = None, z: float = -20) -> None:
        super().__init__()
        self.span = span
        self.blocks: list[tuple[float, float, str]] = []
        self.brushes: dict[str, QBrush] = {}
        self.pens: dict[str, QPen] = {}
        self._rects: dict[str, list[QRectF]] = {}
        self._x = (0.0, 0.0)
        self._view: QRectF | None = None
        self.setZValue(z)  # behind grid lines and data

    def set_blocks(self, blocks: Iterable[tuple[float, float, str]]) -> None:
        self.prepareGeometryChange()
        self.blocks = [(float(x0), float(x1), kind) for x0, x1, kind in blocks]
        low, high = self.span if self.span is not None else (0.0, 1.0)  # 0–1: scaled in paint
        self._rects = {}
        for x0, x1, kind in self.blocks:
            self._rects.setdefault(kind, []).append(QRectF(x0, low, x1 - x0, high - low))
        if self.blocks:
            self._x = (min(b[0] for b in self.blocks), max(b[1] for b in self.blocks))
        self.setVisible(bool(self.blocks))
        self.update()

    def set_brushes(
        self, brushes: Mapping[str, QBrush], pens: Mapping[str, QPen] | None = None
    ) -> None:
        self.brushes = dict(brushes)
        self.pens = dict(pens or {})
        self.update()

    def dataBounds(self, axis: int, frac: float = 1.0, orthoRange: Any = None) -> None:
        return None  # never widens the auto range

    def viewTransformChanged(self) -> None:
        if self.span is None:  # the height follows the view
            self.prepareGeometryChange()
            self._view = None
        super().viewTransformChanged()

    def _view_rect(self) -> QRectF | None:
        if self._view is None:
            self._view = self.viewRect()
        return self._view

    def boundingRect(self) -> QRectF:
        if not self.blocks:
            return QRectF()
        left, right = self._x
        if self.span is not None:
            low, high = self.span
            return QRectF(left, low, right - left, high - low)
        view = self._view_rect()
        if view is None:
            return QRectF()
        return QRectF(left, view.top(), right - left, view.height())

    def paint(self, painter: QPainter, *_args: object) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # axis-aligned: crisp
        if self.span is None:
            view = self._view_rect()
            if view is None:
                return
            painter.translate(0, view.top())
            painter.scale(1, view.height())
        for kind, rects in self._rects.items():
            brush = self.brushes.get(kind)
            if brush is None:
                continue
            painter.setPen(self.pens.get(kind, QPen(Qt.PenStyle.NoPen)))
            painter.setBrush(brush)
            painter.drawRects(rects)
