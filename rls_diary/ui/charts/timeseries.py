"""The "Over time" chart: treatment and conditions as bands, iron tests as markers, and five
nightly series with their 7-night rolling median, all on one linked date axis."""

from __future__ import annotations

import datetime as dt
import math
from typing import Final

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from rls_diary.ui.charts.panel import ChartPanel
from rls_diary.ui.charts.series import (
    EPOCH_ORDINAL,
    SECONDS_PER_DAY,
    TIME_SERIES,
    Band,
    ChartData,
    NightTable,
    date_x,
    median_key,
)
from rls_diary.ui.charts.style import SKY_BLUE, SYMBOLS, ChartStyle
from rls_diary.ui.charts.text import NAMES, date_text, night_text
from rls_diary.ui.charts.time_axis import ClockAxis, DateAxis

SYMBOL_LIMIT: Final = 120  # markers on every night up to this many nights in view
NIGHTLY_ALPHA: Final = 150
FADED_ALPHA: Final = 55  # nightly lines over more than SYMBOL_LIMIT nights
CLICK_PIXELS: Final = 8  # a click this close to a night opens it
LANE_PIXELS: Final = 22
_HALF_DAY: Final = SECONDS_PER_DAY / 2
# Short axis titles (the plots are low); the hover line uses the full names.
AXIS: Final = {
    "rls_severity": ("Severity", "0–10"),
    "sleep_quality": ("Quality", "1–5"),
    "total_sleep_min": ("Sleep", "h"),
    "sleep_efficiency_pct": ("Efficiency", "%"),
    "rls_onset_min": ("Onset", "clock"),
}
FIXED_Y: Final = {"rls_severity": (-0.9, 10.9), "sleep_quality": (0.55, 5.45)}
FIXED_TICKS: Final = {"rls_severity": range(0, 11, 2), "sleep_quality": range(1, 6)}
HOURS: Final = frozenset({"total_sleep_min"})
EMPTY: Final = np.zeros(0)


def _to_plot(name: str, values: np.ndarray) -> np.ndarray:
    return values / 60.0 if name in HOURS else values


def _set_series(item: pg.PlotDataItem, x: np.ndarray, y: np.ndarray) -> bool:
    """New data on an existing item; blanks (NaN) break the line. A series with no value at
    all in the range is drawn as nothing (pyqtgraph cannot take the bounds of all-NaN).
    Returns whether there is a value."""
    if np.isfinite(y).any():
        item.setData(x, y, connect="finite")
        return True
    item.setData(EMPTY, EMPTY)
    return False


class TimeSeriesPanel(ChartPanel):
    key = "over-time"
    title = "Over time"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self.window: NightTable | None = None
        self._lane_items: list[pg.GraphicsObject] = []
        self._band_texts: list[tuple[pg.TextItem, Band, float]] = []
        self._lane_bands: list[tuple[str, Band]] = []
        self._has_tracked = False
        self._long_range = False

        self.lanes_plot = self.add_plot(1, axisItems={"bottom": DateAxis()})
        self.lanes_plot.setMouseEnabled(x=True, y=False)
        self.lanes_plot.getAxis("bottom").setStyle(showValues=False)
        self.lanes_plot.getAxis("bottom").setHeight(4)
        self.lanes_plot.showGrid(x=True, y=False, alpha=0.15)
        self.lanes_plot.getAxis("left").setStyle(tickLength=0)
        self.recurrence_markers = pg.ScatterPlotItem(
            symbol="t", size=11, hoverable=True, tip=self._recurrence_tip, name="recurrence"
        )
        self.lab_markers = pg.ScatterPlotItem(
            symbol="d", size=10, hoverable=True, tip=self._lab_tip, name="iron test"
        )
        self.plots: dict[str, pg.PlotItem] = {}
        self.nightly: dict[str, pg.PlotDataItem] = {}
        self.median: dict[str, pg.PlotDataItem] = {}
        self.cursors: list[pg.InfiniteLine] = []
        self.empty_notes: dict[str, pg.LabelItem] = {}
        for row, name in enumerate(TIME_SERIES, start=2):
            axes: dict[str, pg.AxisItem] = {"bottom": DateAxis()}
            if name == "rls_onset_min":
                axes["left"] = ClockAxis()
            plot = self.add_plot(row, axisItems=axes)
            title, unit = AXIS[name]
            plot.setLabel("left", title, units=None)
            plot.getAxis("left").setLabel(f"{title} ({unit})")
            plot.setMouseEnabled(x=True, y=False)
            if self.plots:  # the first series plot is the master of the shared x axis
                plot.setXLink(self.plots[TIME_SERIES[0]])
            if name != TIME_SERIES[-1]:
                plot.getAxis("bottom").setStyle(showValues=False)
                plot.getAxis("bottom").setHeight(4)
            else:
                plot.setLabel("bottom", "Morning date (the night before it)")
            nightly = plot.plot([], [], name="each night", connect="finite")
            median = plot.plot([], [], name="7-night median", connect="finite")
            # more nights than pixels: nightly values keep their extremes ("peak"); the median
            # line is averaged within each pixel so that it stays a line, not a band
            for item, method in ((nightly, "peak"), (median, "mean")):
                item.setClipToView(True)
                item.opts["autoDownsampleFactor"] = 1.0  # from one night per pixel on
                item.setDownsampling(auto=True, method=method)
            if name in FIXED_Y:
                plot.setYRange(*FIXED_Y[name], padding=0)
                plot.getAxis("left").setTicks([[(v, str(v)) for v in FIXED_TICKS[name]], []])
                plot.enableAutoRange(axis="y", enable=False)
            else:
                plot.enableAutoRange(axis="y", enable=True)
            cursor = pg.InfiniteLine(angle=90, movable=False)
            cursor.setVisible(False)
            plot.addItem(cursor, ignoreBounds=True)
            self.cursors.append(cursor)
            self.plots[name] = plot
            self.nightly[name] = nightly
            self.median[name] = median
            note = pg.LabelItem("")  # says so when the range holds no value of this series
            note.setParentItem(plot.vb)
            note.anchor(itemPos=(0.5, 0.5), parentPos=(0.5, 0.5))
            self.empty_notes[name] = note
        self.master = self.plots[TIME_SERIES[0]]  # always shown (the lanes may be hidden)
        self.lanes_plot.setXLink(self.master)
        self.master.vb.sigXRangeChanged.connect(self._place_band_texts)
        self.master.vb.sigResized.connect(self._place_band_texts)
        self.tracked = self.plots["total_sleep_min"].plot(
            [], [], name="measured by a device or app", connect="finite"
        )
        self.midnight = pg.InfiniteLine(pos=0, angle=0, movable=False)
        self.plots["rls_onset_min"].addItem(self.midnight, ignoreBounds=True)
        # one legend for all plots, in its own row above them (it hides no data)
        self.legend = pg.LegendItem(colCount=3)
        self.view.ci.addItem(self.legend, row=0, col=0)
        self.legend_samples = {
            # a point of data, or pyqtgraph's legend draws the default marker colour
            "each night": pg.PlotDataItem([0.0], [0.0], symbol="o", symbolSize=6),
            "7-night median (middle value of the last 7 nights)": pg.PlotDataItem([], []),
            "total sleep measured by a device or app": pg.PlotDataItem([], []),
        }
        for index in range(len(TIME_SERIES) + 2):
            self.view.ci.layout.setRowStretchFactor(index, 10 if index > 1 else 0)
        self.view.scene().sigMouseMoved.connect(self._hover)
        self.view.scene().sigMouseClicked.connect(self._clicked)
        self.apply_style(self.style_)

    # -- style ------------------------------------------------------------------------------

    def apply_style(self, style: ChartStyle) -> None:
        super().apply_style(style)
        for plot in (self.lanes_plot, *self.plots.values()):
            self.style_plot(plot)
        for name in TIME_SERIES:
            colour = style.series(name)
            self.nightly[name].setSymbolBrush(self.colour(colour, 200))
            self.nightly[name].setSymbolPen(None)
            self.median[name].setPen(pg.mkPen(colour, width=2.6))
        self._fade_nightly(self._long_range)
        self.tracked.setPen(pg.mkPen(style.foreground, width=1.5, style=Qt.PenStyle.DashLine))
        cursor_pen = pg.mkPen(style.muted, width=1, style=Qt.PenStyle.DotLine)
        for cursor in self.cursors:
            cursor.setPen(cursor_pen)
        self.midnight.setPen(pg.mkPen(style.muted, width=1, style=Qt.PenStyle.DashLine))
        self.lab_markers.setBrush(style.accent)
        self.recurrence_markers.setBrush(style.accent)
        self.recurrence_markers.setPen(pg.mkPen(style.foreground))
        self.lab_markers.setPen(pg.mkPen(style.foreground))
        samples = list(self.legend_samples.values())
        samples[0].setPen(pg.mkPen(self.colour(style.foreground, 150), width=1))
        samples[0].setSymbolBrush(style.foreground)
        samples[0].setSymbolPen(None)
        samples[1].setPen(pg.mkPen(style.foreground, width=2.6))
        samples[2].setPen(pg.mkPen(style.foreground, width=1.5, style=Qt.PenStyle.DashLine))
        self._fill_legend()
        if self.data is not None:
            self._build_lanes(self.data)

    def _fade_nightly(self, long_range: bool) -> None:
        """Over many nights the nightly values fade back so that the median line reads."""
        self._long_range = long_range
        alpha = FADED_ALPHA if long_range else NIGHTLY_ALPHA
        for name in TIME_SERIES:
            colour = self.style_.series(name)
            self.nightly[name].setPen(pg.mkPen(self.colour(colour, alpha), width=1))

    def _fill_legend(self) -> None:
        self.legend.clear()
        for index, (text, sample) in enumerate(self.legend_samples.items()):
            if index < 2 or self._has_tracked:
                self.legend.addItem(sample, text)
        self.style_legend(self.legend, overlay=False)

    # -- data -------------------------------------------------------------------------------

    def set_data(self, data: ChartData) -> None:
        """New diary contents (after loading): rebuild the bands; the range comes next."""
        self.data = data
        self._build_lanes(data)

    def show_range(self, window: NightTable, start: dt.date, end: dt.date) -> None:
        """Draw the nights of ``window`` (start … end); setData on the existing items."""
        self.window = window
        x = window.x()
        symbols = window.size <= SYMBOL_LIMIT
        self._fade_nightly(long_range=not symbols)
        for name in TIME_SERIES:
            nightly = self.nightly[name]
            has_values = _set_series(nightly, x, _to_plot(name, window[name]))
            self.empty_notes[name].setText(
                "" if has_values else f"no {NAMES[name]} recorded in this range",
                color=self.style_.muted,
            )
            nightly.setSymbol(SYMBOLS[name] if symbols else None)
            nightly.setSymbolSize(6)
            _set_series(self.median[name], x, _to_plot(name, window[median_key(name)]))
        tracked = window["tracked_sleep_min"] / 60.0
        has_tracked = bool(np.isfinite(tracked).any())
        _set_series(self.tracked, x, tracked)
        self._has_tracked = has_tracked
        self._fill_legend()
        low, high = date_x(start) - _HALF_DAY, date_x(end) + _HALF_DAY
        for plot in (self.lanes_plot, *self.plots.values()):
            plot.vb.setLimits(xMin=low, xMax=high, minXRange=3 * SECONDS_PER_DAY)
        self.master.setXRange(low, high, padding=0)
        self._place_band_texts()
        self.show_info(self._range_summary(window, start, end))

    def _range_summary(self, window: NightTable, start: dt.date, end: dt.date) -> str:
        days = (end - start).days + 1
        return (
            f"{date_text(start)} – {date_text(end)}: {window.entry_count()} of {days} nights "
            "have an entry. Point at a night to see its values; click it to open it in the "
            "Diary."
        )

    # -- treatment lanes --------------------------------------------------------------------

    def _build_lanes(self, data: ChartData) -> None:
        for item in self._lane_items:
            self.lanes_plot.removeItem(item)
        self._lane_items = []
        self._band_texts = []
        self._lane_bands = []
        has_labs = len(data.labs) > 0
        labels = [lane.label for lane in data.lanes] + (["iron tests"] if has_labs else [])
        count = len(labels)
        plot = self.lanes_plot
        if count == 0:
            plot.setMaximumHeight(0)
            plot.setVisible(False)
            return
        plot.setVisible(True)
        height = LANE_PIXELS * count + 8
        plot.setMinimumHeight(height)
        plot.setMaximumHeight(height)
        plot.setYRange(-0.5, count - 0.5, padding=0)
        positions = [count - 1 - index for index in range(count)]
        # the bands carry their names; the axis names only the row of iron-test markers
        plot.getAxis("left").setTicks([[(0, "iron tests")] if has_labs else [], []])
        for lane, centre in zip(data.lanes, positions, strict=False):
            span = ((centre + 0.5 - 0.38) / count, (centre + 0.5 + 0.38) / count)
            for band in lane.bands:
                colour, brush = self._band_look(lane.role, band)
                region = pg.LinearRegionItem(
                    values=band.x_range,
                    movable=False,
                    brush=brush,
                    pen=pg.mkPen(self.colour(colour, 220)),
                    span=span,
                )
                region.setZValue(-10)
                plot.addItem(region, ignoreBounds=True)
                self._lane_items.append(region)
                self._lane_bands.append((lane.label, band))
                if band.text:
                    text = self.text_item(band.text, anchor=(0, 0.5))
                    plot.addItem(text, ignoreBounds=True)
                    self._lane_items.append(text)
                    self._band_texts.append((text, band, float(centre)))
        remission_rows = [
            c for lane, c in zip(data.lanes, positions, strict=False) if lane.role == "remission"
        ]
        if data.recurrences and remission_rows:
            x = np.asarray([date_x(r.date) for r in data.recurrences])
            self.recurrence_markers.setData(
                x=x, y=np.full(len(x), float(remission_rows[0])), data=list(range(len(x)))
            )
            plot.addItem(self.recurrence_markers, ignoreBounds=True)
            self._lane_items.append(self.recurrence_markers)
        if has_labs:
            x = data.labs.x()
            self.lab_markers.setData(x=x, y=np.zeros(len(x)), data=list(range(len(x))), size=10)
            plot.addItem(self.lab_markers, ignoreBounds=True)
            self._lane_items.append(self.lab_markers)

    def _band_look(self, role: str, band: Band) -> tuple[QColor, QBrush]:
        """Medicines filled in their class's colour, remissions in sky blue, conditions
        hatched (so that they differ by pattern too, not only by colour)."""
        if role == "medication":
            colour = self.style_.medication(band.kind)
            return colour, QBrush(self.colour(colour, 120))
        if role == "remission":
            colour = QColor(SKY_BLUE)
            return colour, QBrush(self.colour(colour, 90), Qt.BrushStyle.Dense4Pattern)
        colour = self.style_.muted
        return colour, QBrush(self.colour(colour, 160), Qt.BrushStyle.BDiagPattern)

    def _recurrence_tip(self, x: float, y: float, data: object) -> str:
        if self.data is None or not isinstance(data, int | np.integer):
            return ""
        return self.data.recurrences[int(data)].message

    def _place_band_texts(self, *_args: object) -> None:
        """Each band's name at its start, or at the left edge when the band starts earlier;
        hidden when the visible part of the band is too narrow to hold it."""
        (left, right), _ = self.master.vb.viewRange()
        per_pixel = (right - left) / max(1.0, self.master.vb.width())
        for text, band, centre in self._band_texts:
            start, end = band.x_range
            shown_from = max(start, left)
            room = (min(end, right) - shown_from) / per_pixel
            text.setPos(shown_from, centre)
            text.setVisible(room >= text.boundingRect().width() or start >= left)

    def _lab_tip(self, x: float, y: float, data: object) -> str:
        if self.data is None or not isinstance(data, int | np.integer):
            return ""
        labs = self.data.labs
        index = int(data)
        parts = [f"Iron test {date_text(labs.dates[index])}"]
        if not math.isnan(labs.ferritin[index]):
            parts.append(f"ferritin {labs.ferritin[index]:g} ng/mL")
        if not math.isnan(labs.tsat[index]):
            parts.append(f"TSAT {labs.tsat[index]:g} %")
        return "\n".join(parts)

    # -- hover and click --------------------------------------------------------------------

    def _plot_at(self, scene_pos: QPointF) -> pg.PlotItem | None:
        for plot in (self.lanes_plot, *self.plots.values()):
            if plot.isVisible() and plot.vb.sceneBoundingRect().contains(scene_pos):
                return plot
        return None

    def _day_index(self, plot: pg.PlotItem, scene_pos: QPointF) -> int | None:
        if self.window is None or self.window.size == 0:
            return None
        x = plot.vb.mapSceneToView(scene_pos).x()
        index = round(x / SECONDS_PER_DAY) - (self.window.first_ordinal - EPOCH_ORDINAL)
        return index if 0 <= index < self.window.size else None

    def night_values(self, index: int) -> dict[str, float]:
        assert self.window is not None
        values = {name: float(self.window[name][index]) for name in TIME_SERIES}
        values["tracked_sleep_min"] = float(self.window["tracked_sleep_min"][index])
        return values

    def hover_text(self, index: int) -> str:
        assert self.window is not None
        day = self.window.date(index)
        text = night_text(day, self.night_values(index), bool(self.window.entry[index]))
        courses = [band.text for _label, band in self._lane_bands if band.contains(day)]
        if courses:
            text += " — " + ", ".join(courses)
        return text

    def _hover(self, scene_pos: QPointF) -> None:
        plot = self._plot_at(scene_pos)
        index = None if plot is None else self._day_index(plot, scene_pos)
        if index is None or self.window is None:
            for cursor in self.cursors:
                cursor.setVisible(False)
            return
        x = (self.window.first_ordinal - EPOCH_ORDINAL + index) * SECONDS_PER_DAY
        for cursor in self.cursors:
            cursor.setPos(x)
            cursor.setVisible(True)
        self.show_info(self.hover_text(index))

    def nearest_entry(self, plot: pg.PlotItem, scene_pos: QPointF) -> dt.date | None:
        """The night with an entry nearest the click, if within a few pixels."""
        if self.window is None or self.window.size == 0:
            return None
        x = plot.vb.mapSceneToView(scene_pos).x()
        per_pixel = plot.vb.viewPixelSize()[0]
        reach = max(0.5, CLICK_PIXELS * per_pixel / SECONDS_PER_DAY)
        exact = x / SECONDS_PER_DAY - (self.window.first_ordinal - EPOCH_ORDINAL)
        low = max(0, math.floor(exact - reach))
        high = min(self.window.size, math.ceil(exact + reach) + 1)
        candidates = np.flatnonzero(self.window.entry[low:high]) + low
        if candidates.size == 0:
            return None
        best = int(candidates[np.argmin(np.abs(candidates - exact))])
        if abs(best - exact) > reach:
            return None
        return self.window.date(best)

    def _clicked(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():  # type: ignore[attr-defined]
            return
        scene_pos = event.scenePos()  # type: ignore[attr-defined]
        plot = self._plot_at(scene_pos)
        if plot is None or plot is self.lanes_plot:
            return
        day = self.nearest_entry(plot, scene_pos)
        if day is not None:
            self.openNight.emit(day)
