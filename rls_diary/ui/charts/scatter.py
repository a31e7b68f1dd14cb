"""Scatter charts: RLS severity against sleep quality and against total sleep (same night),
with Spearman's rho, its 95 % interval and n printed on each plot."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, Final

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from rls_diary.ui.charts.panel import ChartPanel
from rls_diary.ui.charts.series import NightTable, lagged, thin
from rls_diary.ui.charts.style import ChartStyle
from rls_diary.ui.charts.text import (
    NAMES,
    QT_TRANSLATE_NOOP,
    correlation_text,
    date_text,
    value_text,
    word,
)

JITTER: Final = 0.22  # half-width of the spread of integer values (seeded, fixed per night)
WAITING: Final = QT_TRANSLATE_NOOP("charts", "statistics are being computed…")
# (x, y, lag): the associations these plots show, as named in the stats report
PAIRS: Final = (("rls_severity", "sleep_quality", 0), ("rls_severity", "total_sleep_min", 0))
INTEGER: Final = frozenset({"rls_severity", "sleep_quality"})
_TITLES: Final = {
    "sleep_quality": QT_TRANSLATE_NOOP("charts", "RLS severity and sleep quality, same night"),
    "total_sleep_min": QT_TRANSLATE_NOOP("charts", "RLS severity and total sleep, same night"),
}
_Y_AXIS: Final = {
    "sleep_quality": QT_TRANSLATE_NOOP("charts", "Sleep quality (1–5)"),
    "total_sleep_min": QT_TRANSLATE_NOOP("charts", "Total sleep (h)"),
}
MIN_POINTS_FOR_MEDIAN: Final = 3
MAX_POINTS: Final = 2000  # points drawn per plot; the statistics and medians use every night
HELP: Final = QT_TRANSLATE_NOOP(
    "charts",
    "Each point is one night. Equal values are spread slightly so that they do not hide each "
    "other. Click a point to open that night.",
)
THINNED: Final = QT_TRANSLATE_NOOP(
    "charts",
    "{help} With {count} nights in the range, {drawn} chosen at random are drawn; the "
    "statistics and the middle values use every night.",
)


def pair_key(x: str, y: str, lag: int) -> tuple[str, str, int]:
    return (x, y, lag)


def find_correlation(
    report: Mapping[str, Any] | None, x: str, y: str, lag: int
) -> Mapping[str, Any] | None:
    if report is None:
        return None
    for entry in report["correlations"]:
        if (entry["x"], entry["y"], entry["lag_nights"]) == (x, y, lag):
            return entry  # type: ignore[no-any-return]
    return None


class ScatterPanel(ChartPanel):
    key = "severity-and-sleep"
    title = QT_TRANSLATE_NOOP("charts", "Severity and sleep")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window: NightTable | None = None
        self.plots: dict[str, pg.PlotItem] = {}
        self.points: dict[str, pg.ScatterPlotItem] = {}
        self.medians: dict[str, pg.PlotDataItem] = {}
        self.shown: dict[tuple[str, str, int], Mapping[str, Any] | None] = {}
        self.stats_text: dict[tuple[str, str, int], str] = {}
        for col, (x, y, lag) in enumerate(PAIRS):
            plot = self.add_plot(0, col)
            plot.setLabel(
                "bottom", word(QT_TRANSLATE_NOOP("charts", "RLS severity that night (0–10)"))
            )
            plot.setLabel("left", word(_Y_AXIS[y]))
            plot.setMouseEnabled(x=False, y=False)
            plot.setXRange(-0.6, 10.6, padding=0)
            if y == "sleep_quality":
                plot.setYRange(0.55, 5.45, padding=0)
                plot.getAxis("left").setTicks([[(v, str(v)) for v in range(1, 6)], []])
            else:
                plot.enableAutoRange(axis="y", enable=True)
            plot.getAxis("bottom").setTicks([[(v, str(v)) for v in range(11)], []])
            points = pg.ScatterPlotItem(
                size=6, symbol="o", hoverable=True, tip=self._tip, name="one night"
            )
            points.sigClicked.connect(self._point_clicked)
            plot.addItem(points)
            median = plot.plot([], [], symbol="s", symbolSize=8, name="median at each severity")
            legend = plot.addLegend(offset=(-4, 4))  # top right: few nights are there
            legend.addItem(points, word(QT_TRANSLATE_NOOP("charts", "one night (spread slightly)")))
            legend.addItem(
                median, word(QT_TRANSLATE_NOOP("charts", "middle value at each severity"))
            )
            self.plots[y] = plot
            self.points[y] = points
            self.medians[y] = median
            self.stats_text[(x, y, lag)] = WAITING
        self.show_info(word(HELP))
        self.apply_style(self.style_)
        self.set_stats(None)

    def apply_style(self, style: ChartStyle) -> None:
        super().apply_style(style)
        for y, plot in self.plots.items():
            self.style_plot(plot)
            self.points[y].setBrush(self.colour(style.foreground, 70))
            self.points[y].setPen(None)
            colour = style.series(y)
            self.medians[y].setPen(pg.mkPen(colour, width=2.5))
            self.medians[y].setSymbolBrush(colour)
            self.medians[y].setSymbolPen(pg.mkPen(style.background))
            self.style_legend(plot.legend)
        self._show_titles()

    def show_range(self, window: NightTable) -> None:
        self.window = window
        counts = []
        for x, y, lag in PAIRS:
            index, xs, ys = lagged(window, x, y, lag)
            ys = ys / 60.0 if y == "total_sleep_min" else ys
            mx, my = _medians_by_level(xs, ys)
            self.medians[y].setData(mx, my)
            counts.append(len(index))
            shown = thin(window["sample_key"][index], MAX_POINTS)
            index, xs, ys = index[shown], xs[shown], ys[shown]
            px = xs + JITTER * window["jitter_x"][index]
            py = ys + JITTER * window["jitter_y"][index] if y in INTEGER else ys
            self.points[y].setData(x=px, y=py, data=index + window.first_ordinal)
        if max(counts, default=0) > MAX_POINTS:
            self.show_info(
                word(THINNED).format(
                    help=word(HELP), count=f"{max(counts):,}", drawn=f"{MAX_POINTS:,}"
                )
            )
        else:
            self.show_info(word(HELP))

    def set_stats(self, report: Mapping[str, Any] | None) -> None:
        """The associations from the stats service (``None`` while they are computed)."""
        for x, y, lag in PAIRS:
            entry = find_correlation(report, x, y, lag)
            self.shown[(x, y, lag)] = entry
            self.stats_text[(x, y, lag)] = WAITING if entry is None else correlation_text(entry)
        self._show_titles()

    def _show_titles(self) -> None:
        for x, y, lag in PAIRS:
            text = self.stats_text.get((x, y, lag), WAITING)
            text = word(WAITING) if text == WAITING else text
            self.set_title(self.plots[y], f"<b>{word(_TITLES[y])}</b><br>{text}")

    # -- hover and click --------------------------------------------------------------------

    def _tip(self, x: float, y: float, data: object) -> str:
        if self.window is None or data is None:
            return ""
        day = dt.date.fromordinal(int(data))  # type: ignore[call-overload]
        index = self.window.index(day)
        lines = [date_text(day)]
        for name in ("rls_severity", "sleep_quality", "total_sleep_min"):
            value = float(self.window[name][index])
            if not np.isnan(value):
                lines.append(f"{NAMES[name]}: {value_text(name, value)}")
        return "\n".join(lines)

    def _point_clicked(self, item: object, points: Sequence[Any], event: object) -> None:
        if len(points):
            self.openNight.emit(dt.date.fromordinal(int(points[0].data())))


def _medians_by_level(xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The median y at each integer x with at least a few nights (a guide for the eye)."""
    levels = []
    medians = []
    for level in np.unique(xs):
        chosen = ys[xs == level]
        if chosen.size >= MIN_POINTS_FOR_MEDIAN:
            levels.append(level)
            medians.append(float(np.median(chosen)))
    return np.asarray(levels, dtype=np.float64), np.asarray(medians, dtype=np.float64)
