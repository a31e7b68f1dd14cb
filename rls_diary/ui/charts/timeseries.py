"""The "Over time" chart: treatment, conditions, remissions and the blocks of personal
experiments as bands, the insights' flags and iron tests as markers, and five nightly series
with their 7-night rolling median (plus sleep measured by other apps, one series per source,
beside total sleep), all on one linked date axis. Experiment blocks are also shaded behind
the series: A (the change) in blue, B (as usual) in grey, washout nights lighter."""

from __future__ import annotations

import datetime as dt
import math
from functools import partial
from typing import Final

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from rls_diary.ui.charts.panel import ChartPanel, fit_axis_title
from rls_diary.ui.charts.series import (
    EPOCH_ORDINAL,
    INSIGHTS_LANE,
    SECONDS_PER_DAY,
    TIME_SERIES,
    Band,
    ChartData,
    InsightMarks,
    Lane,
    NightTable,
    date_x,
    median_key,
    source_label,
    tracked_key,
)
from rls_diary.ui.charts.shading import BlockShading
from rls_diary.ui.charts.style import BLUE, GREY, SKY_BLUE, SYMBOLS, ChartStyle
from rls_diary.ui.charts.text import QT_TRANSLATE_NOOP, date_text, night_text, word
from rls_diary.ui.charts.time_axis import ClockAxis, DateAxis

SYMBOL_LIMIT: Final = 120  # markers on every night up to this many nights in view
NIGHTLY_ALPHA: Final = 150
FADED_ALPHA: Final = 55  # nightly lines over more than SYMBOL_LIMIT nights
CLICK_PIXELS: Final = 8  # a click this close to a night opens it
LANE_PIXELS: Final = 22
_HALF_DAY: Final = SECONDS_PER_DAY / 2
# Short axis titles (the plots are low); the hover line uses the full names.
AXIS: Final = {
    "rls_severity": (QT_TRANSLATE_NOOP("charts", "RLS"), "0–10"),
    "sleep_quality": (QT_TRANSLATE_NOOP("charts", "Quality"), "1–5"),
    "total_sleep_min": (QT_TRANSLATE_NOOP("charts", "Sleep"), "h"),
    "sleep_efficiency_pct": (QT_TRANSLATE_NOOP("charts", "Efficiency"), "%"),
    "rls_onset_min": (QT_TRANSLATE_NOOP("charts", "Onset"), QT_TRANSLATE_NOOP("charts", "clock")),
}
# Says so when the range holds no value of a series (translated when shown).
EMPTY_NOTES: Final = {
    "rls_severity": QT_TRANSLATE_NOOP("charts", "no RLS severity recorded in this range"),
    "sleep_quality": QT_TRANSLATE_NOOP("charts", "no sleep quality recorded in this range"),
    "total_sleep_min": QT_TRANSLATE_NOOP("charts", "no total sleep recorded in this range"),
    "sleep_efficiency_pct": QT_TRANSLATE_NOOP(
        "charts", "no sleep efficiency recorded in this range"
    ),
    "rls_onset_min": QT_TRANSLATE_NOOP("charts", "no symptoms began recorded in this range"),
}
EACH_NIGHT: Final = QT_TRANSLATE_NOOP("charts", "each night")
MEDIAN_LEGEND: Final = QT_TRANSLATE_NOOP(
    "charts", "7-night median (middle value of the last 7 nights)"
)
FIXED_Y: Final = {"rls_severity": (-0.9, 10.9), "sleep_quality": (0.55, 5.45)}
FIXED_TICKS: Final = {"rls_severity": range(0, 11, 5), "sleep_quality": range(1, 6)}  # both ends
HOURS: Final = frozenset({"total_sleep_min"})
EMPTY: Final = np.zeros(0)
# Sleep measured by other apps: one dashed series per source, each with its own dash pattern.
TRACKED_STYLES: Final = (
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)
TRACKED_SYMBOL: Final = "+"
TRACKED_ALPHA: Final = 170
FLAG_GAP_PIXELS: Final = 10  # between a flagged period's name and its marker
# Experiment blocks: (colour, alpha in the lane, alpha behind the series); washout lighter.
BLOCK_COLOURS: Final = {"A": BLUE, "B": GREY}
LANE_ALPHA: Final = 150
LANE_WASHOUT_ALPHA: Final = 55
SHADE_ALPHA: Final = 40
SHADE_WASHOUT_ALPHA: Final = 16
WASHOUT: Final = " washout"


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
    title = QT_TRANSLATE_NOOP("charts", "Over time")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self.window: NightTable | None = None
        self._lane_items: list[pg.GraphicsObject] = []
        self._band_texts: list[_BandText] = []
        self._lane_bands: list[tuple[str, Band]] = []
        self._long_range = False
        self.tracked: dict[str, pg.PlotDataItem] = {}  # by source
        self._tracked_shown: list[str] = []  # sources with a value in the range
        self.insights: InsightMarks | None = None
        self._insight_row: float | None = None
        self._lane_count = 1
        self._insight_items: list[pg.GraphicsObject] = []
        self.experiment_bands: list[Band] = []
        self.experiment_blocks: BlockShading | None = None  # the blocks in their lane
        self.insight_periods: list[tuple[Band, pg.LinearRegionItem]] = []

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
        self.insight_markers = pg.ScatterPlotItem(
            size=14, hoverable=True, tip=self._insight_tip, name="insight"
        )
        self.shading: dict[str, BlockShading] = {}
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
            plot.setLabel("left", word(title), units=None)
            left = plot.getAxis("left")
            fit = partial(fit_axis_title, left, word(title), word(unit))
            left.geometryChanged.connect(fit)
            fit()
            plot.setMouseEnabled(x=True, y=False)
            if self.plots:  # the first series plot is the master of the shared x axis
                plot.setXLink(self.plots[TIME_SERIES[0]])
            if name != TIME_SERIES[-1]:
                plot.getAxis("bottom").setStyle(showValues=False)
                plot.getAxis("bottom").setHeight(4)
            else:
                plot.setLabel(
                    "bottom",
                    word(QT_TRANSLATE_NOOP("charts", "Morning date (the night before it)")),
                )
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
            shading = BlockShading()
            shading.setVisible(False)
            plot.addItem(shading, ignoreBounds=True)
            self.shading[name] = shading
            cursor = pg.InfiniteLine(angle=90, movable=False)
            cursor.setVisible(False)
            plot.addItem(cursor, ignoreBounds=True)
            self.cursors.append(cursor)
            plot.setMinimumHeight(self.row_minimum())
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
        self.midnight = pg.InfiniteLine(pos=0, angle=0, movable=False)
        self.plots["rls_onset_min"].addItem(self.midnight, ignoreBounds=True)
        # one legend for all plots, in its own row above them (it hides no data)
        self.legend = pg.LegendItem(colCount=3)
        self.view.ci.addItem(self.legend, row=0, col=0)
        self.legend_samples = {
            # a point of data, or pyqtgraph's legend draws the default marker colour
            word(EACH_NIGHT): pg.PlotDataItem([0.0], [0.0], symbol="o", symbolSize=6),
            word(MEDIAN_LEGEND): pg.PlotDataItem([], []),
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
        for index, item in enumerate(self.tracked.values()):
            self._style_tracked(item, index)
        brushes = self._shade_brushes()
        for shading in self.shading.values():
            shading.set_brushes(brushes)
        self.insight_markers.setBrush(style.accent)
        self.insight_markers.setPen(pg.mkPen(style.foreground))
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
        self._fill_legend()
        if self.data is not None:
            self._build_lanes(self.data)
            self.fit_minimum_height()

    def _fade_nightly(self, long_range: bool) -> None:
        """Over many nights the nightly values fade back so that the median line reads."""
        self._long_range = long_range
        alpha = FADED_ALPHA if long_range else NIGHTLY_ALPHA
        for name in TIME_SERIES:
            colour = self.style_.series(name)
            self.nightly[name].setPen(pg.mkPen(self.colour(colour, alpha), width=1))

    def _fill_legend(self) -> None:
        self.legend.clear()
        for text, sample in self.legend_samples.items():
            self.legend.addItem(sample, text)
        for source in self._tracked_shown:
            self.legend.addItem(self.tracked[source], tracked_name(source, translated=True))
        self.style_legend(self.legend, overlay=False)

    def _style_tracked(self, item: pg.PlotDataItem, index: int) -> None:
        # in the text colour, lighter than the diary's own series: beside them, not over them
        colour = self.colour(self.style_.foreground, TRACKED_ALPHA)
        dash = TRACKED_STYLES[index % len(TRACKED_STYLES)]
        item.setPen(pg.mkPen(colour, width=1.4, style=dash))
        item.setSymbolPen(pg.mkPen(colour, width=1.2))
        item.setSymbolBrush(None)

    def _shade_brushes(self) -> dict[str, QBrush]:
        brushes = {}
        for kind, colour in BLOCK_COLOURS.items():
            brushes[kind] = QBrush(self.colour(colour, SHADE_ALPHA))
            brushes[kind + WASHOUT] = QBrush(self.colour(colour, SHADE_WASHOUT_ALPHA))
        return brushes

    # -- data -------------------------------------------------------------------------------

    def set_data(self, data: ChartData) -> None:
        """New diary contents (after loading): rebuild the bands; the range comes next. The
        insights' flags of the old contents are dropped (the tab sends the new ones)."""
        self.data = data
        self.insights = None
        self._build_tracked(data.tracked_sources)
        self._build_lanes(data)
        self.fit_minimum_height()

    def set_insights(self, insights: InsightMarks) -> None:
        """The insights' flags (computed with the statistics): markers and periods on the
        insights row of the time axis."""
        self.insights = insights
        self._add_insight_items()

    def _build_tracked(self, sources: tuple[str, ...]) -> None:
        """One series per source of tracked sleep, on the total-sleep plot."""
        plot = self.plots["total_sleep_min"]
        for source in [s for s in self.tracked if s not in sources]:
            plot.removeItem(self.tracked.pop(source))
        for source in sources:
            if source not in self.tracked:
                item = plot.plot([], [], name=tracked_name(source), connect="finite")
                item.setZValue(-1)  # behind the diary's own nights
                item.setClipToView(True)  # like the nightly values: years stay quick
                item.opts["autoDownsampleFactor"] = 1.0
                item.setDownsampling(auto=True, method="peak")
                self.tracked[source] = item
        self.tracked = {source: self.tracked[source] for source in sources}
        for index, item in enumerate(self.tracked.values()):
            self._style_tracked(item, index)
        self._tracked_shown = []

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
                "" if has_values else word(EMPTY_NOTES[name]),
                color=self.style_.muted,
            )
            nightly.setSymbol(SYMBOLS[name] if symbols else None)
            nightly.setSymbolSize(6)
            _set_series(self.median[name], x, _to_plot(name, window[median_key(name)]))
        self._tracked_shown = []
        for source, item in self.tracked.items():
            if _set_series(item, x, window[tracked_key(source)] / 60.0):
                self._tracked_shown.append(source)
            item.setSymbol(TRACKED_SYMBOL if symbols else None)
            item.setSymbolSize(6)
        self._fill_legend()
        low, high = date_x(start) - _HALF_DAY, date_x(end) + _HALF_DAY
        for plot in (self.lanes_plot, *self.plots.values()):
            plot.vb.setLimits(xMin=low, xMax=high, minXRange=3 * SECONDS_PER_DAY)
        self.master.setXRange(low, high, padding=0)
        self._place_band_texts()
        self.show_info(self._range_summary(window, start, end))

    def _range_summary(self, window: NightTable, start: dt.date, end: dt.date) -> str:
        days = (end - start).days + 1
        summary = QT_TRANSLATE_NOOP(
            "charts",
            "{first} – {last}: {entries} of {days} nights have an entry. Point at a night to see "
            "its values; click it to open it in the Diary.",
        )
        return word(summary).format(
            first=date_text(start), last=date_text(end), entries=window.entry_count(), days=days
        )

    # -- treatment lanes --------------------------------------------------------------------

    def _build_lanes(self, data: ChartData) -> None:
        for item in [*self._lane_items, *self._insight_items]:
            self.lanes_plot.removeItem(item)
        self._lane_items = []
        self._insight_items = []
        self._band_texts = []
        self._lane_bands = []
        self.experiment_bands = []
        self.experiment_blocks = None
        self.insight_periods = []
        self._insight_row = None
        has_labs = len(data.labs) > 0
        labels = [lane.label for lane in data.lanes]
        labels += [INSIGHTS_LANE] if data.insight_row else []
        labels += ["iron tests"] if has_labs else []
        count = len(labels)
        plot = self.lanes_plot
        blocks = [band for lane in data.lanes if lane.role == "experiment" for band in lane.bands]
        for shading in self.shading.values():
            shading.set_blocks(_shaded_blocks(blocks))
        if count == 0:
            plot.setMaximumHeight(0)
            plot.setVisible(False)
            return
        plot.setVisible(True)
        self._lane_count = count
        height = LANE_PIXELS * count + 8
        plot.setMinimumHeight(height)
        plot.setMaximumHeight(height)
        plot.setYRange(-0.5, count - 0.5, padding=0)
        positions = [count - 1 - index for index in range(count)]
        # the bands carry their names; the axis names only the rows of markers
        iron_tests = word(QT_TRANSLATE_NOOP("charts", "iron tests"))
        ticks: list[tuple[float, str]] = [(0.0, iron_tests)] if has_labs else []
        if data.insight_row:
            self._insight_row = float(1 if has_labs else 0)
            ticks.append((self._insight_row, word(QT_TRANSLATE_NOOP("charts", "insights"))))
        for lane, centre in zip(data.lanes, positions, strict=False):
            if lane.role == "experiment":  # its blocks show "A" and "B" when narrow
                ticks.append((centre, word(QT_TRANSLATE_NOOP("charts", "experiment"))))
        plot.getAxis("left").setTicks([ticks, []])
        for lane, centre in zip(data.lanes, positions, strict=False):
            if lane.role == "experiment":
                self._add_blocks(lane, centre)
                continue
            for band in lane.bands:
                self._add_band(lane, band, centre, self._lane_items)
                self._lane_bands.append((lane.label, band))
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
        self._add_insight_items()

    def _add_band(
        self, lane: Lane, band: Band, centre: float, items: list[pg.GraphicsObject]
    ) -> pg.LinearRegionItem:
        """The band (and its text) on row ``centre`` of the lanes; returns its region."""
        plot = self.lanes_plot
        count = self._lane_count
        span = ((centre + 0.5 - 0.38) / count, (centre + 0.5 + 0.38) / count)
        colour, brush = self._band_look(lane.role, band)
        # a flagged period covers its nights' points; a course the days it was taken
        values = band.nights_x_range if lane.role == "insights" else band.x_range
        region = pg.LinearRegionItem(
            values=values,
            movable=False,
            brush=brush,
            pen=pg.mkPen(self.colour(colour, 220)),
            span=span,
        )
        region.setZValue(-10)
        plot.addItem(region, ignoreBounds=True)
        items.append(region)
        self._add_band_text(lane, band, centre, items)
        return region

    def _add_blocks(self, lane: Lane, centre: float) -> None:
        """The blocks of experiments in their lane, as one item, and their names."""
        blocks = BlockShading((centre - 0.38, centre + 0.38), z=-10)
        blocks.set_blocks(_shaded_blocks(list(lane.bands)))
        brushes, pens = {}, {}
        for kind in BLOCK_COLOURS:
            colour, brush = self._band_look(lane.role, Band(dt.date.min, dt.date.min, "", kind))
            brushes[kind] = brush
            pens[kind] = pg.mkPen(self.colour(colour, 220))
            light = QBrush(brush)
            light.setColor(self.colour(colour, LANE_WASHOUT_ALPHA))
            brushes[kind + WASHOUT] = light
        blocks.set_brushes(brushes, pens)
        self.lanes_plot.addItem(blocks, ignoreBounds=True)
        self._lane_items.append(blocks)
        self.experiment_blocks = blocks
        for band in lane.bands:
            self._add_band_text(lane, band, centre, self._lane_items)
            self._lane_bands.append((lane.label, band))
            self.experiment_bands.append(band)

    def _add_band_text(
        self, lane: Lane, band: Band, centre: float, items: list[pg.GraphicsObject]
    ) -> None:
        plot = self.lanes_plot
        if band.text:
            # a flagged period ends at the last night: its name goes before it, not after
            anchor = (1, 0.5) if lane.role == "insights" else (0, 0.5)
            text = self.text_item(band.text, anchor=anchor)
            plot.addItem(text, ignoreBounds=True)
            items.append(text)
            short = None
            if band.short:  # an experiment block: its name stays readable over the pattern
                text.fill = QBrush(self.colour(self.style_.background, 170))
                short = self.text_item(band.short, anchor=(0, 0.5))
                short.fill = text.fill
                plot.addItem(short, ignoreBounds=True)
                items.append(short)
            # blocks are compared by their nights' points: their names sit over those
            start, end = band.nights_x_range if short is not None else band.x_range
            self._band_texts.append(_BandText(text, start, end, float(centre), short))

    def _band_look(self, role: str, band: Band) -> tuple[QColor, QBrush]:
        """Medicines filled in their class's colour, remissions in sky blue, conditions
        hatched; experiment blocks A filled blue, B grey and dotted; flagged insight
        periods hatched in the accent colour (so that they differ by pattern too, not only by
        colour)."""
        if role == "medication":
            colour = self.style_.medication(band.kind)
            return colour, QBrush(self.colour(colour, 120))
        if role == "remission":
            colour = QColor(SKY_BLUE)
            return colour, QBrush(self.colour(colour, 90), Qt.BrushStyle.Dense4Pattern)
        if role == "experiment":
            colour = QColor(BLOCK_COLOURS.get(band.kind, GREY))
            style = Qt.BrushStyle.SolidPattern if band.kind == "A" else Qt.BrushStyle.Dense5Pattern
            return colour, QBrush(self.colour(colour, LANE_ALPHA), style)
        if role == "insights":
            colour = self.style_.accent
            return colour, QBrush(self.colour(colour, 170), Qt.BrushStyle.FDiagPattern)
        colour = self.style_.muted
        return colour, QBrush(self.colour(colour, 160), Qt.BrushStyle.BDiagPattern)

    def _add_insight_items(self) -> None:
        """The insights' flags on their row: flagged periods as bands, findings as markers."""
        old = self._insight_items
        for item in old:
            self.lanes_plot.removeItem(item)
        self._insight_items = []
        self._band_texts = [e for e in self._band_texts if not any(e.text is i for i in old)]
        self.insight_periods = []
        marks, row = self.insights, self._insight_row
        if marks is None or row is None:
            self.insight_markers.setData(x=EMPTY, y=EMPTY)
            return
        lane = Lane(INSIGHTS_LANE, "insights", marks.periods)
        for band in marks.periods:
            region = self._add_band(lane, band, row, self._insight_items)
            self.insight_periods.append((band, region))
        self.insight_markers.setData(
            x=marks.x,
            y=np.full(len(marks), row),
            symbol=list(marks.symbols),
            data=list(range(len(marks))),
        )
        self.lanes_plot.addItem(self.insight_markers, ignoreBounds=True)
        self._insight_items.append(self.insight_markers)
        self._place_band_texts()

    @property
    def _periods(self) -> tuple[Band, ...]:
        return tuple(band for band, _ in self.insight_periods)

    def _insight_tip(self, x: float, y: float, data: object) -> str:
        if self.insights is None or not isinstance(data, int | np.integer):
            return ""
        return self.insights.messages[int(data)]

    def _recurrence_tip(self, x: float, y: float, data: object) -> str:
        if self.data is None or not isinstance(data, int | np.integer):
            return ""
        return self.data.recurrences[int(data)].message

    def _place_band_texts(self, *_args: object) -> None:
        """Each band's name at its start, or at the left edge when the band starts earlier;
        hidden when the visible part of the band is too narrow to hold it."""
        (left, right), _ = self.master.vb.viewRange()
        per_pixel = (right - left) / max(1.0, self.master.vb.width())
        for entry in self._band_texts:
            text, start, end, centre, short = (
                entry.text, entry.start, entry.end, entry.centre, entry.short
            )  # fmt: skip
            if end < left or start > right:  # out of view (many experiment blocks)
                _show(text, False)
                _show(short, False)
                continue
            if text.anchor.x() == 1:  # the text ends before the band (and its marker)
                text.setPos(start - FLAG_GAP_PIXELS * per_pixel, centre)
                _show(text, left <= start)
                continue
            shown_from = max(start, left)
            room = (min(end, right) - shown_from) / per_pixel
            text.setPos(shown_from, centre)
            fits = room >= entry.width()
            if short is None:
                _show(text, fits or start >= left)
                continue
            # experiment blocks sit side by side: a text never runs into the next block
            _show(text, fits)
            short.setPos(shown_from, centre)
            _show(short, not fits and room >= entry.short_width())

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

    def tracked_source(self, index: int) -> str | None:
        """The source of the tracked sleep of night ``index`` (None: none recorded)."""
        assert self.window is not None
        for source in self.tracked:
            if not math.isnan(self.window[tracked_key(source)][index]):
                return source
        return None

    def hover_text(self, index: int) -> str:
        assert self.window is not None
        day = self.window.date(index)
        source = self.tracked_source(index)
        names = {} if source is None else {"tracked_sleep_min": tracked_name(source)}
        text = night_text(day, self.night_values(index), bool(self.window.entry[index]), names)
        bands = [band for _label, band in self._lane_bands if band.contains(day)]
        courses = [_band_hover(band, day) for band in bands]
        courses += [band.text for band in self._periods if band.contains(day)]
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


def tracked_name(source: str, translated: bool = False) -> str:
    """The legend and hover name of sleep measured by ``source`` (the legend's in the
    window's language; the hover line stays English like its dates)."""
    if not translated:
        return f"sleep measured by {source_label(source)}"
    return word(QT_TRANSLATE_NOOP("charts", "sleep measured by {source}")).format(
        source=source or word(source_label(source))
    )


def _band_hover(band: Band, day: dt.date) -> str:
    if band.washout_end is not None and day <= band.washout_end:
        return f"{band.text} (washout night, not counted)"
    return band.text


def _shaded_blocks(bands: list[Band]) -> list[tuple[float, float, str]]:
    """The experiment blocks behind the series: (x0, x1, kind), washout nights apart."""
    out = []
    for band in bands:
        start, end = band.nights_x_range
        washout = band.washout_x_range
        if washout is not None:
            out.append((washout[0], washout[1], band.kind + WASHOUT))
            start = washout[1]
        if end > start:
            out.append((start, end, band.kind))
    return out


class _BandText:
    """A band's name on the lanes: where its band runs (x) and on which row, with a shorter
    name for when it does not fit; the widths (pixels, fixed) are measured once."""

    __slots__ = ("_short_width", "_width", "centre", "end", "short", "start", "text")

    def __init__(
        self,
        text: pg.TextItem,
        start: float,
        end: float,
        centre: float,
        short: pg.TextItem | None = None,
    ) -> None:
        self.text, self.start, self.end, self.centre, self.short = text, start, end, centre, short
        self._width: float | None = None
        self._short_width: float | None = None

    def width(self) -> float:
        if self._width is None:
            self._width = float(self.text.boundingRect().width())
        return self._width

    def short_width(self) -> float:
        if self._short_width is None:
            self._short_width = 0.0 if self.short is None else self.short.boundingRect().width()
        return self._short_width


def _show(item: pg.TextItem | None, visible: bool) -> None:
    """Show or hide ``item`` — only when that changes (pyqtgraph redoes its transform)."""
    if item is not None and item.isVisible() != visible:
        item.setVisible(visible)
