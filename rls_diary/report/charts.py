"""Charts of the PDF report, drawn as vectors with QPainter (no pyqtgraph, no screenshots).

A :class:`TimeChart` stacks panels over one date axis. Series differ by line style and marker
as well as colour (the Okabe–Ito colours of the window's charts), so a greyscale print reads
the same. A blank night is a gap: lines join only neighbouring nights (or neighbouring bins),
never across a night without a value. Medication changes are numbered dashed lines through
every panel, explained under the chart.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from rls_diary.domain.translatable import QT_TRANSLATE_NOOP
from rls_diary.report.layout import HAIRLINE, INK, MUTED, RULE, Block, Kit, Text
from rls_diary.report.words import ENGLISH, date_text, month_names, tr

# The window's chart colours (ui/charts/style.py, Okabe & Ito 2008), darkened where needed
# for contrast on white paper.
VERMILLION: Final = QColor("#C2500A")
BLUE: Final = QColor("#0072B2")
GREEN: Final = QColor("#007A5A")
ORANGE: Final = QColor("#A86F00")
PURPLE: Final = QColor("#9E4A7D")
GREY: Final = QColor("#5a5a5a")

MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
GUTTER: Final = 40.0  # left of the plot: tick labels
RIGHT: Final = 8.0
TAG_STRIP: Final = 12.0  # above the panels: the numbered tags of medication changes
FROM_NIGHT: Final = QT_TRANSLATE_NOOP("report", "{change} (from the night to {date})")


@dataclass(frozen=True, slots=True)
class Point:
    x: dt.date
    y: float
    low: float | None = None  # whisker (interquartile range of a bin)
    high: float | None = None


@dataclass(frozen=True, slots=True)
class Series:
    label: str
    points: Sequence[Point]
    color: QColor
    marker: str  # circle | square | triangle | diamond | cross
    filled: bool = True
    dash: Qt.PenStyle = Qt.PenStyle.SolidLine
    max_gap_days: int = 1  # join two points only when this close


@dataclass(frozen=True, slots=True)
class Panel:
    label: str  # the y axis, printed above the panel
    low: float
    high: float
    ticks: Sequence[tuple[float, str]]
    series: Sequence[Series]
    height: float = 78.0
    references: Sequence[tuple[float, str]] = ()


@dataclass(frozen=True, slots=True)
class Marker:
    """A dashed line before ``first_night`` (a change that affects it and later nights)."""

    first_night: dt.date
    label: str


class TimeChart(Block):
    """Panels over the nights ``first``–``last``, kept together on one page."""

    def __init__(
        self,
        title: str,
        first: dt.date,
        last: dt.date,
        panels: Sequence[Panel],
        *,
        markers: Sequence[Marker] = (),
        note: str = "",
        explain_markers: bool = True,
        language: str = ENGLISH,
    ) -> None:
        self.explain_markers = explain_markers
        self.language = language
        self.title = title
        self.first = first
        self.last = last
        self.panels = panels
        self.markers = markers
        self.note = note

    def layout(self, kit: Kit, width: float) -> float:
        self._kit = kit
        self._width = width
        self._title = Text(kit, self.title, kit.body_bold, width)
        self._legend = _legend_items(kit, self.panels)
        self._legend_height = max((t.height for _, t in self._legend), default=0.0)
        self._panel_labels = [Text(kit, p.label, kit.small, width - GUTTER) for p in self.panels]
        self._tick = kit.tiny
        self._marker_notes = [
            Text(
                kit,
                [(f"{index}  ", True), (self._marker_text(m), False)],
                kit.small,
                width - GUTTER,
                color=MUTED,
            )
            for index, m in enumerate(self.markers, start=1)
            if self.explain_markers
        ]
        self._note = (
            Text(kit, self.note, kit.small, width - GUTTER, color=MUTED) if self.note else None
        )
        height = self._title.height + 3.0 + (self._legend_height + 4.0 if self._legend else 0.0)
        height += TAG_STRIP if self.markers else 0.0
        for label, panel in zip(self._panel_labels, self.panels, strict=True):
            height += label.height + 1.0 + panel.height + 6.0
        height += 10.0  # date labels
        height += sum(t.height + 1.0 for t in self._marker_notes)
        if self._note is not None:
            height += self._note.height + 2.0
        return height + 8.0

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._title.draw(painter, x, y)
        top = y + self._title.height + 3.0
        left = x + GUTTER
        for series, text in self._legend:
            _legend_symbol(painter, series, QPointF(left + 9.0, top + text.height / 2))
            text.draw(painter, left + 20.0, top)
            left += 20.0 + text.layout.maximumWidth() + 12.0
        top += self._legend_height + 4.0 if self._legend else 0.0
        tags = top
        top += TAG_STRIP if self.markers else 0.0
        plot_left = x + GUTTER
        plot_width = self._width - GUTTER - RIGHT
        to_x = self._x_scale(plot_left, plot_width)
        rects = []
        for label, panel in zip(self._panel_labels, self.panels, strict=True):
            label.draw(painter, plot_left, top)
            top += label.height + 1.0
            rect = QRectF(plot_left, top, plot_width, panel.height)
            rects.append(rect)
            self._draw_panel(painter, panel, rect, to_x)
            top += panel.height + 6.0
        self._draw_date_axis(painter, rects[-1], to_x)
        self._draw_markers(painter, rects, tags, to_x)
        top += 10.0
        for note in self._marker_notes:
            note.draw(painter, plot_left, top)
            top += note.height + 1.0
        if self._note is not None:
            self._note.draw(painter, plot_left, top)
        painter.restore()

    def _marker_text(self, marker: Marker) -> str:
        if self.language == ENGLISH:
            return f"{marker.label} (from the night to {marker.first_night})"
        return tr(FROM_NIGHT, self.language).format(
            change=marker.label, date=date_text(marker.first_night, self.language)
        )

    # -- geometry -----------------------------------------------------------------------------

    def _x_scale(self, left: float, width: float) -> Callable[[float], float]:
        """Days since ``first`` → x; the axis runs from half a night before the first to half
        a night after the last (a point of a bin sits at the bin's middle)."""
        low = -0.5
        high = (self.last - self.first).days + 0.5
        span = max(high - low, 1.0)
        return lambda days: left + (days - low) / span * width

    def _days(self, day: dt.date) -> float:
        return float((day - self.first).days)

    def _draw_panel(
        self, painter: QPainter, panel: Panel, rect: QRectF, to_x: Callable[[float], float]
    ) -> None:
        span = (panel.high - panel.low) or 1.0

        def to_y(value: float) -> float:
            return rect.bottom() - (value - panel.low) / span * rect.height()

        painter.setPen(QPen(HAIRLINE, 0.4))
        for value, text in panel.ticks:
            yy = to_y(value)
            painter.drawLine(QPointF(rect.left(), yy), QPointF(rect.right(), yy))
            self._tick_label(painter, text, rect.left() - 3.0, yy)
            painter.setPen(QPen(HAIRLINE, 0.4))
        for value, text in panel.references:
            yy = to_y(value)
            painter.setPen(QPen(INK, 0.7, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(rect.left(), yy), QPointF(rect.right(), yy))
            label = Text(self._kit, text, self._tick, 90.0, color=INK)
            label.draw(
                painter, rect.right() - label.layout.maximumWidth() - 2.0, yy - label.height - 0.5
            )
        painter.setPen(QPen(RULE, 0.6))
        painter.drawRect(rect)
        painter.save()
        painter.setClipRect(rect.adjusted(-4, -4, 4, 4))
        for series in panel.series:
            self._draw_series(painter, series, to_x, to_y)
        painter.restore()

    def _draw_series(
        self,
        painter: QPainter,
        series: Series,
        to_x: Callable[[float], float],
        to_y: Callable[[float], float],
    ) -> None:
        points = sorted(series.points, key=lambda p: p.x)
        runs: list[list[Point]] = []
        for point in points:
            if runs and (point.x - runs[-1][-1].x).days <= series.max_gap_days:
                runs[-1].append(point)
            else:
                runs.append([point])

        def at(point: Point, value: float) -> QPointF:
            return QPointF(to_x(self._days(point.x)), to_y(value))

        pen = QPen(series.color, 0.9 if len(points) > 60 else 1.1, series.dash)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath()
        for run in runs:
            path.moveTo(at(run[0], run[0].y))
            for point in run[1:]:
                path.lineTo(at(point, point.y))
        painter.drawPath(path)
        painter.setPen(QPen(series.color, 0.6))
        for point in points:
            if point.low is not None and point.high is not None and point.high > point.low:
                painter.drawLine(at(point, point.low), at(point, point.high))
        size = _marker_size(len(points))
        for point in points:
            draw_marker(
                painter, series.marker, at(point, point.y), size, series.color, series.filled
            )

    def _tick_label(self, painter: QPainter, text: str, right: float, y: float) -> None:
        label = Text(self._kit, text, self._tick, GUTTER - 4.0, align=Qt.AlignmentFlag.AlignRight)
        label.color = MUTED
        label.draw(painter, right - (GUTTER - 4.0), y - label.height / 2)

    def _draw_date_axis(
        self, painter: QPainter, rect: QRectF, to_x: Callable[[float], float]
    ) -> None:
        for day, text in date_ticks(self.first, self.last, language=self.language):
            xx = to_x(self._days(day))
            painter.setPen(QPen(RULE, 0.6))
            painter.drawLine(QPointF(xx, rect.bottom()), QPointF(xx, rect.bottom() + 2.5))
            label = Text(self._kit, text, self._tick, 60.0, align=Qt.AlignmentFlag.AlignHCenter)
            label.color = MUTED
            left = min(max(xx - 30.0, rect.left() - GUTTER + 2), rect.right() - 60.0 + RIGHT)
            label.draw(painter, left, rect.bottom() + 2.5)

    def _draw_markers(
        self,
        painter: QPainter,
        rects: Sequence[QRectF],
        tags: float,
        to_x: Callable[[float], float],
    ) -> None:
        for index, marker in enumerate(self.markers, start=1):
            xx = to_x(self._days(marker.first_night) - 0.5)
            painter.setPen(QPen(INK, 0.8, Qt.PenStyle.DashLine))
            for rect in rects:
                painter.drawLine(QPointF(xx, rect.top()), QPointF(xx, rect.bottom()))
            tag = QRectF(xx - 5.0, tags, 10.0, 10.0)
            painter.setPen(QPen(INK, 0.7))
            painter.setBrush(QBrush(QColor("white")))
            painter.drawEllipse(tag)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            number = Text(
                self._kit, str(index), self._kit.tiny, 10.0, align=Qt.AlignmentFlag.AlignHCenter
            )
            number.draw(painter, tag.left(), tag.top() + (10.0 - number.height) / 2)


def _marker_size(count: int) -> float:
    return 2.4 if count > 45 else 3.2


def draw_marker(
    painter: QPainter, shape: str, at: QPointF, size: float, color: QColor, filled: bool
) -> None:
    """A marker of ``size`` points centred on ``at``; open markers are filled white."""
    painter.setPen(QPen(color, 0.8))
    painter.setBrush(QBrush(color if filled else QColor("white")))
    half = size / 2
    x, y = at.x(), at.y()
    if shape == "circle":
        painter.drawEllipse(at, half, half)
    elif shape == "square":
        painter.drawRect(QRectF(x - half, y - half, size, size))
    elif shape == "triangle":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, y - half * 1.2),
                    QPointF(x + half * 1.1, y + half * 0.8),
                    QPointF(x - half * 1.1, y + half * 0.8),
                ]
            )
        )
    elif shape == "diamond":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, y - half * 1.3),
                    QPointF(x + half * 1.1, y),
                    QPointF(x, y + half * 1.3),
                    QPointF(x - half * 1.1, y),
                ]
            )
        )
    else:  # cross
        painter.setPen(QPen(color, 1.0))
        painter.drawLine(QPointF(x - half, y - half), QPointF(x + half, y + half))
        painter.drawLine(QPointF(x - half, y + half), QPointF(x + half, y - half))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _legend_items(kit: Kit, panels: Sequence[Panel]) -> list[tuple[Series, Text]]:
    """One entry per labelled series; none when the chart has a single series."""
    labelled = [series for panel in panels for series in panel.series if series.label]
    if len(labelled) < 2:
        return []
    return [(series, Text(kit, series.label, kit.small, 200.0)) for series in labelled]


def _legend_symbol(painter: QPainter, series: Series, at: QPointF) -> None:
    painter.setPen(QPen(series.color, 1.1, series.dash))
    painter.drawLine(QPointF(at.x() - 8, at.y()), QPointF(at.x() + 8, at.y()))
    draw_marker(painter, series.marker, at, 3.4, series.color, series.filled)


# --- axes ------------------------------------------------------------------------------------


def date_ticks(
    first: dt.date, last: dt.date, most: int = 9, language: str = ENGLISH
) -> list[tuple[dt.date, str]]:
    """Readable date ticks between ``first`` and ``last``: days, weeks (Mondays), months or
    years, whichever gives at most ``most`` ticks (German: "24. März", "März 2026")."""
    names = month_names(language) or MONTHS
    dot = "" if language == ENGLISH else "."

    def _day_label(day: dt.date) -> str:
        return f"{day.day}{dot} {names[day.month - 1]}"

    def _month_label(day: dt.date, with_year: bool) -> str:
        return f"{names[day.month - 1]} {day.year}" if with_year else names[day.month - 1]

    span = (last - first).days
    if span <= 10:
        return [
            (first + dt.timedelta(days=i), _day_label(first + dt.timedelta(days=i)))
            for i in range(span + 1)
        ]
    if span <= 7 * most:
        ticks = []
        day = first + dt.timedelta(days=(7 - first.weekday()) % 7)  # Mondays
        while day <= last:
            ticks.append((day, _day_label(day)))
            day += dt.timedelta(days=7)
        return ticks
    for months in (1, 2, 3, 6):
        starts = _month_starts(first, last, months)
        if len(starts) <= most:
            return [
                (d, _month_label(d, index == 0 or d.month == 1)) for index, d in enumerate(starts)
            ]
    years = [dt.date(y, 1, 1) for y in range(first.year + 1, last.year + 1)]
    step = max(1, math.ceil(len(years) / most))
    return [(d, str(d.year)) for d in years[::step]]


def _month_starts(first: dt.date, last: dt.date, step: int) -> list[dt.date]:
    year, month = first.year, first.month
    if first.day != 1:
        month += 1
    found: list[dt.date] = []
    while True:
        year += (month - 1) // 12
        month = (month - 1) % 12 + 1
        day = dt.date(year, month, 1)
        if day > last:
            return found
        if (month - 1) % step == 0:
            found.append(day)
        month += 1


def value_ticks(low: float, high: float, steps: Sequence[float], most: int = 6) -> list[float]:
    """Ticks from ``low`` to ``high`` at the first step that gives at most ``most``."""
    for step in steps:
        first = math.ceil(low / step - 1e-9) * step
        count = math.floor((high - first) / step + 1e-9) + 1
        if count <= most:
            return [first + i * step for i in range(count)]
    step = steps[-1]
    first = math.ceil(low / step) * step
    return [first + i * step for i in range(math.floor((high - first) / step) + 1)]
