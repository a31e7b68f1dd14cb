"""Saving a chart as PNG or SVG.

The scene is rendered with a QPainter, into a QImage for PNG and into QtSvg's QSvgGenerator
for SVG; pyqtgraph's own SVGExporter fails with current Qt (pyqtgraph issue #3485). Items are
put in pyqtgraph's export mode while rendering, so markers become vector paths instead of
cached bitmaps.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Final

import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QWidget

from rls_diary.ui.dialogs.files import documents_folder, with_suffix

KINDS: Final = ("png", "svg")
FILTERS: Final = {"png": "PNG images (*.png)", "svg": "SVG vector images (*.svg)"}
PNG_SCALE: Final = 2.0  # pixels per screen pixel: sharp when printed or zoomed


class ChartFileChooser:
    """Asks where to save a chart (QFileDialog); tests pass their own object."""

    def save_chart_file(self, parent: QWidget | None, kind: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            f"Save the chart as {kind.upper()}",
            str(documents_folder() / suggested),
            FILTERS[kind],
        )
        return with_suffix(Path(name), kind) if name else None


def suggested_name(chart: str, kind: str, today: dt.date | None = None) -> str:
    return f"rls-diary-{chart}-{(today or dt.date.today()).isoformat()}.{kind}"


def save_chart(view: pg.GraphicsView, path: Path, kind: str) -> Path:
    if kind == "png":
        return save_png(view, path)
    if kind == "svg":
        return save_svg(view, path)
    raise ValueError(f"unknown chart format {kind!r}")


def _source(view: pg.GraphicsView) -> QRectF:
    return view.mapToScene(view.viewport().rect()).boundingRect()


def _background(view: pg.GraphicsView) -> QColor:
    return QColor(view.backgroundBrush().color())


@contextlib.contextmanager
def _export_mode(view: pg.GraphicsView, scale: float) -> Iterator[None]:
    opts = {"antialias": True, "background": _background(view), "resolutionScale": scale}
    items = [item for item in view.scene().items() if hasattr(item, "setExportMode")]
    for item in items:
        item.setExportMode(True, opts)
    try:
        yield
    finally:
        for item in items:
            item.setExportMode(False)


def save_png(view: pg.GraphicsView, path: Path, scale: float = PNG_SCALE) -> Path:
    source = _source(view)
    size = QSize(round(source.width() * scale), round(source.height() * scale))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(_background(view))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        with _export_mode(view, scale):
            view.scene().render(painter, QRectF(0, 0, size.width(), size.height()), source)
    finally:
        painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write the image {path}")
    return path


def save_svg(view: pg.GraphicsView, path: Path) -> Path:
    source = _source(view)
    width, height = round(source.width()), round(source.height())
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle("RLS Diary chart")
    generator.setDescription("Exported from RLS Diary")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"could not write the SVG file {path}")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, width, height), _background(view))
        with _export_mode(view, 1.0):
            view.scene().render(painter, QRectF(0, 0, width, height), source)
    finally:
        painter.end()
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write the SVG file {path}")
    return path
