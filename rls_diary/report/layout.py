"""Typesetting for the PDF report with QtGui only: the bundled font, paper sizes, wrapped text
and the blocks that flow onto pages (paragraphs, headings, tables, boxes).

Every length is in PostScript points (1/72 inch). Text is laid out once with
:class:`QTextLayout` against a 72-dpi measuring image and without hinting, so the PDF and the
preview images wrap every line in the same place; drawing then only places the layouts.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PySide6.QtCore import QLocale, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPageSize,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

POINTS_PER_INCH: Final = 72.0
DOTS_PER_METER_72DPI: Final = round(POINTS_PER_INCH / 0.0254)  # 2835

FONT_DIR: Final = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FONT_FILES: Final = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")

# CLDR supplemental data (paperSize): the territories that use US Letter; the rest use A4.
LETTER_TERRITORIES: Final = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "PR", "SV", "NI", "BZ"}
)
PAPERS: Final = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}

INK: Final = QColor("#111111")
MUTED: Final = QColor("#4d4d4d")
RULE: Final = QColor("#8c8c8c")
HAIRLINE: Final = QColor("#c8c8c8")
SHADE: Final = QColor("#eeeeee")

_font_lock = threading.Lock()
_family: str | None = None


def load_fonts() -> str:
    """Register the bundled DejaVu Sans once (needs a QGuiApplication); its family name."""
    global _family
    with _font_lock:
        if _family is None:
            families: list[str] = []
            for name in FONT_FILES:
                font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
                if font_id < 0:
                    raise RuntimeError(f"the bundled font {FONT_DIR / name} could not be loaded")
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
            _family = families[0]
        return _family


def paper_for_locale(locale: QLocale | None = None) -> str:
    """``"letter"`` where the locale's territory uses US Letter (CLDR), else ``"a4"``."""
    name = (locale if locale is not None else QLocale.system()).name()
    territory = name.rsplit("_", 1)[-1] if "_" in name else ""
    return "letter" if territory in LETTER_TERRITORIES else "a4"


def page_size(paper: str) -> QSizeF:
    """The page of ``paper`` ("a4" or "letter") in points, portrait."""
    if paper not in PAPERS:
        raise ValueError(f"unknown paper size {paper!r}: use a4 or letter")
    return QPageSize(PAPERS[paper]).size(QPageSize.Unit.Point)


def measuring_device() -> QImage:
    """A tiny 72-dpi image: text is measured against it, whatever the output device."""
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(DOTS_PER_METER_72DPI)
    image.setDotsPerMeterY(DOTS_PER_METER_72DPI)
    return image


def make_font(family: str, size: float, *, bold: bool = False) -> QFont:
    font = QFont(family)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    # No ligatures: "fi" stays two letters, so copied and searched text reads as typed.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


class Kit:
    """Fonts and the measuring device shared by every block of one rendering."""

    def __init__(self, family: str) -> None:
        self.family = family
        self.device = measuring_device()
        self.title = make_font(family, 16.5, bold=True)
        self.heading = make_font(family, 10.5, bold=True)
        self.body = make_font(family, 8.4)
        self.body_bold = make_font(family, 8.4, bold=True)
        self.small = make_font(family, 7.2)
        self.small_bold = make_font(family, 7.2, bold=True)
        self.tiny = make_font(family, 6.3)


Span = tuple[str, bool]  # text, bold


class Text:
    """A paragraph laid out to a width (wrapping at words, or anywhere in a very long word)."""

    def __init__(
        self,
        kit: Kit,
        spans: str | Sequence[Span],
        font: QFont,
        width: float,
        *,
        color: QColor = INK,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        leading: float = 1.18,
    ) -> None:
        parts: Sequence[Span] = [(spans, False)] if isinstance(spans, str) else spans
        text = "".join(part for part, _ in parts)
        self.color = color
        self.layout = QTextLayout(text, font, kit.device)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.layout.setTextOption(option)
        formats = []
        start = 0
        for part, bold in parts:
            if bold and part:
                span = QTextLayout.FormatRange()
                span.start, span.length = start, len(part)
                char = QTextCharFormat()
                char.setFontWeight(QFont.Weight.Bold)
                span.format = char
                formats.append(span)
            start += len(part)
        self.layout.setFormats(formats)
        self.layout.beginLayout()
        y = 0.0
        line_height = 0.0
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1.0))
            line_height = line.height()
            line.setPosition(QPointF(0.0, y))
            y += line_height * leading
        self.layout.endLayout()
        # The last line needs no leading below it.
        self.height = y - line_height * (leading - 1.0) if line_height else 0.0
        self.width = width

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        painter.setPen(self.color)
        self.layout.draw(painter, QPointF(x, y))


class Block:
    """Something placed on a page: ``layout`` measures it at a width, ``draw`` paints it."""

    keep_with_next = False
    page_break = False

    def layout(self, kit: Kit, width: float) -> float:
        raise NotImplementedError

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        raise NotImplementedError


class PageBreak(Block):
    page_break = True

    def layout(self, kit: Kit, width: float) -> float:
        return 0.0

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        return None


class Space(Block):
    def __init__(self, height: float) -> None:
        self.height = height

    def layout(self, kit: Kit, width: float) -> float:
        return self.height

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        return None


class Paragraph(Block):
    """Text with an optional bullet or label hanging to its left."""

    def __init__(
        self,
        spans: str | Sequence[Span],
        *,
        style: str = "body",
        color: QColor = INK,
        bullet: str | None = None,
        indent: float = 0.0,
        before: float = 0.0,
        after: float = 3.0,
        keep_with_next: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        self.keep_with_next = keep_with_next
        self.align = align
        self.spans = spans
        self.style = style
        self.color = color
        self.bullet = bullet
        self.indent = indent
        self.before = before
        self.after = after
        self._text: Text | None = None
        self._bullet: Text | None = None

    def layout(self, kit: Kit, width: float) -> float:
        font: QFont = getattr(kit, self.style)
        hang = self.indent + (11.0 if self.bullet else 0.0)
        self._text = Text(kit, self.spans, font, width - hang, color=self.color, align=self.align)
        if self.bullet:
            self._bullet = Text(kit, self.bullet, font, 10.0, color=self.color)
        self._hang = hang
        return self.before + self._text.height + self.after

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        assert self._text is not None
        if self._bullet is not None:
            self._bullet.draw(painter, x + self.indent, y + self.before)
        self._text.draw(painter, x + self._hang, y + self.before)


class Heading(Block):
    """A section title with a rule under it; kept on the page of what follows it."""

    keep_with_next = True

    def __init__(self, title: str, *, before: float = 11.0) -> None:
        self.title = title
        self.before = before

    def layout(self, kit: Kit, width: float) -> float:
        self._text = Text(kit, self.title, kit.heading, width)
        self._width = width
        return self.before + self._text.height + 5.0

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        top = y + self.before
        self._text.draw(painter, x, top)
        rule = top + self._text.height + 1.5
        painter.setPen(QPen(RULE, 0.6))
        painter.drawLine(QPointF(x, rule), QPointF(x + self._width, rule))


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    share: float  # of the table's width
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


class Table(Block):
    """A ruled table: optional group titles over columns, a bold header, shaded odd rows."""

    PAD_X: Final = 3.0
    PAD_Y: Final = 2.2

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str | Sequence[Span]]],
        *,
        groups: Sequence[tuple[str, int, int]] = (),
        style: str = "body",
        after: float = 2.0,
    ) -> None:
        self.columns = list(columns)
        self.rows = rows
        self.groups = list(groups)
        self.style = style
        self.after = after

    def _cells(
        self, kit: Kit, texts: Sequence[str | Sequence[Span]], font: QFont, color: QColor
    ) -> tuple[list[Text], float]:
        cells = []
        for column, width, text in zip(self.columns, self._widths, texts, strict=True):
            cells.append(
                Text(kit, text, font, width - 2 * self.PAD_X, color=color, align=column.align)
            )
        return cells, max((c.height for c in cells), default=0.0) + 2 * self.PAD_Y

    def layout(self, kit: Kit, width: float) -> float:
        total = sum(c.share for c in self.columns)
        self._widths = [width * c.share / total for c in self.columns]
        self._width = width
        font: QFont = getattr(kit, self.style)
        bold: QFont = getattr(kit, f"{self.style}_bold")
        self._groups = []
        group_height = 0.0
        for title, first, last in self.groups:
            span = sum(self._widths[first : last + 1])
            text = Text(
                kit, title, bold, span - 2 * self.PAD_X, align=Qt.AlignmentFlag.AlignHCenter
            )
            self._groups.append((text, sum(self._widths[:first]), span))
            group_height = max(group_height, text.height + 2 * self.PAD_Y)
        self._group_height = group_height
        self._header = self._cells(kit, [c.title for c in self.columns], bold, INK)
        self._rows = [self._cells(kit, row, font, INK) for row in self.rows]
        body = sum(h for _, h in self._rows)
        return group_height + self._header[1] + body + self.after

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        top = y
        for text, left, span in self._groups:
            text.draw(painter, x + left + self.PAD_X, top + self.PAD_Y)
            painter.setPen(QPen(RULE, 0.5))
            rule = top + self._group_height - 0.8
            painter.drawLine(QPointF(x + left + 4, rule), QPointF(x + left + span - 4, rule))
        top += self._group_height
        cells, height = self._header
        self._draw_row(painter, x, top, cells)
        top += height
        painter.setPen(QPen(INK, 0.8))
        painter.drawLine(QPointF(x, top), QPointF(x + self._width, top))
        for index, (cells, height) in enumerate(self._rows):
            if index % 2 == 1:
                painter.fillRect(QRectF(x, top, self._width, height), SHADE)
            self._draw_row(painter, x, top, cells)
            top += height
        painter.setPen(QPen(RULE, 0.6))
        painter.drawLine(QPointF(x, top), QPointF(x + self._width, top))

    def _draw_row(self, painter: QPainter, x: float, y: float, cells: Sequence[Text]) -> None:
        left = x
        for width, cell in zip(self._widths, cells, strict=True):
            cell.draw(painter, left + self.PAD_X, y + self.PAD_Y)
            left += width


class Box(Block):
    """A framed box with a bold title and bulleted items (the "needs attention" list)."""

    PAD: Final = 7.0

    def __init__(self, title: str, items: Sequence[Sequence[Span] | str]) -> None:
        self.title = title
        self.items = items

    def layout(self, kit: Kit, width: float) -> float:
        inner = width - 2 * self.PAD - 3.0
        self._width = width
        self._title = Text(kit, self.title, kit.body_bold, inner)
        self._items = [Paragraph(item, bullet="•", after=2.5) for item in self.items]
        self._heights = [item.layout(kit, inner) for item in self._items]
        self._height = self.PAD + self._title.height + 4.0 + sum(self._heights) + self.PAD - 2.5
        return self._height + 4.0

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        rect = QRectF(x, y, self._width, self._height)
        painter.fillRect(rect, SHADE)
        painter.setPen(QPen(INK, 0.9))
        painter.drawRect(rect)
        painter.fillRect(QRectF(x, y, 3.0, self._height), INK)
        left = x + self.PAD + 3.0
        top = y + self.PAD
        self._title.draw(painter, left, top)
        top += self._title.height + 4.0
        for item, height in zip(self._items, self._heights, strict=True):
            item.draw(painter, left, top)
            top += height


class Columns(Block):
    """Blocks side by side (each in its share of the width); as tall as the tallest."""

    GAP: Final = 14.0

    def __init__(self, parts: Sequence[tuple[float, Sequence[Block]]]) -> None:
        self.parts = parts

    def layout(self, kit: Kit, width: float) -> float:
        total = sum(share for share, _ in self.parts)
        usable = width - self.GAP * (len(self.parts) - 1)
        self._placed = []
        tallest = 0.0
        left = 0.0
        for share, blocks in self.parts:
            part_width = usable * share / total
            heights = [block.layout(kit, part_width) for block in blocks]
            self._placed.append((left, blocks, heights))
            tallest = max(tallest, sum(heights))
            left += part_width + self.GAP
        return tallest

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        for left, blocks, heights in self._placed:
            top = y
            for block, height in zip(blocks, heights, strict=True):
                block.draw(painter, x + left, top)
                top += height


@dataclass(frozen=True, slots=True)
class Placed:
    block: Block
    y: float
    height: float


def paginate(
    blocks: Sequence[Block], kit: Kit, width: float, top: float, bottom: float
) -> list[list[Placed]]:
    """Flow ``blocks`` onto pages between ``top`` and ``bottom``; a block never splits, a
    heading stays with the block after it, and a ``PageBreak`` starts a new page."""
    heights = [block.layout(kit, width) for block in blocks]
    pages: list[list[Placed]] = [[]]
    y = top
    for index, (block, height) in enumerate(zip(blocks, heights, strict=True)):
        if block.page_break:
            if pages[-1]:
                pages.append([])
                y = top
            continue
        needed = height
        if block.keep_with_next and index + 1 < len(blocks):
            needed += heights[index + 1]
        if y + needed > bottom and pages[-1]:
            pages.append([])
            y = top
        pages[-1].append(Placed(block, y, height))
        y += height
    return [page for page in pages if page] or [[]]
