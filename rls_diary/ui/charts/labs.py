"""Iron tests: ferritin and transferrin saturation over time with the guideline levels
(75 and 100 ng/mL, 20 %), tests taken within 8 weeks after IV iron marked, and kidney-disease
periods shaded, where these adult thresholds do not apply (DESIGN §6)."""

from __future__ import annotations

import datetime as dt
import math
from typing import Final

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QWidget

from rls_diary.ui.charts.panel import ChartPanel
from rls_diary.ui.charts.series import (
    IV_IRON_WEEKS,
    SECONDS_PER_DAY,
    Band,
    ChartData,
    LabMarks,
    date_x,
)
from rls_diary.ui.charts.style import ChartStyle
from rls_diary.ui.charts.text import QT_TRANSLATE_NOOP, date_text, word
from rls_diary.ui.charts.time_axis import DateAxis

FERRITIN_LEVELS: Final = (75.0, 100.0)  # ng/mL
TSAT_LEVEL: Final = 20.0  # %
PAD_DAYS: Final = 30
SYMBOL_PLAIN: Final = "o"
SYMBOL_AFTER_IV: Final = "star"
SYMBOL_KIDNEY: Final = "s"
INFO: Final = QT_TRANSLATE_NOOP(
    "charts",
    "All iron tests in the diary (not limited to the chosen range). Guidelines suggest "
    "discussing iron treatment when ferritin is 75 ng/mL or lower or TSAT is below 20 %; IV "
    "iron is sometimes considered up to 100 ng/mL. Tests within 8 weeks after IV iron may be "
    "raised by the infusion; during kidney disease these adult levels do not apply. Discuss "
    "your results with your doctor.",
)
LEGEND: Final = {
    SYMBOL_PLAIN: QT_TRANSLATE_NOOP("charts", "test result"),
    SYMBOL_AFTER_IV: QT_TRANSLATE_NOOP("charts", "within 8 weeks after IV iron (may be raised)"),
    SYMBOL_KIDNEY: QT_TRANSLATE_NOOP("charts", "during kidney disease"),
}
EMPTY: Final = QT_TRANSLATE_NOOP(
    "charts", "No iron tests in the diary yet. Add them in the Treatment tab."
)


class LabsPanel(ChartPanel):
    key = "iron-tests"
    title = QT_TRANSLATE_NOOP("charts", "Iron tests")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self._period_items: list[tuple[pg.PlotItem, pg.GraphicsObject]] = []
        self.legend = pg.LegendItem(colCount=3)  # in its own row: it hides no result
        self.view.ci.addItem(self.legend, row=0, col=0)
        self.ferritin_plot = self.add_plot(1, axisItems={"bottom": DateAxis()})
        self.tsat_plot = self.add_plot(2, axisItems={"bottom": DateAxis()})
        self.view.ci.layout.setRowStretchFactor(1, 3)
        self.view.ci.layout.setRowStretchFactor(2, 2)
        self.ferritin_plot.setLabel("left", word(QT_TRANSLATE_NOOP("charts", "Ferritin (ng/mL)")))
        self.tsat_plot.setLabel("left", word(QT_TRANSLATE_NOOP("charts", "TSAT (%)")))
        self.tsat_plot.setLabel("bottom", word(QT_TRANSLATE_NOOP("charts", "Date of the test")))
        self.tsat_plot.setXLink(self.ferritin_plot)
        self.ferritin_plot.getAxis("bottom").setStyle(showValues=False)
        self.lines: dict[str, pg.PlotDataItem] = {}
        self.points: dict[str, pg.ScatterPlotItem] = {}
        self.references: list[pg.InfiniteLine] = []
        for name, plot in (("ferritin", self.ferritin_plot), ("tsat", self.tsat_plot)):
            plot.setMouseEnabled(x=True, y=False)
            self.lines[name] = plot.plot([], [])
            points = pg.ScatterPlotItem(size=11, hoverable=True, tip=self._tip)
            plot.addItem(points)
            self.points[name] = points
        for level in FERRITIN_LEVELS:
            self.references.append(self._reference(self.ferritin_plot, level, f"{level:g} ng/mL"))
        self.references.append(self._reference(self.tsat_plot, TSAT_LEVEL, f"{TSAT_LEVEL:g} %"))
        self.legend_items = {
            SYMBOL_PLAIN: pg.ScatterPlotItem(symbol=SYMBOL_PLAIN, size=10),
            SYMBOL_AFTER_IV: pg.ScatterPlotItem(symbol=SYMBOL_AFTER_IV, size=12),
            SYMBOL_KIDNEY: pg.ScatterPlotItem(symbol=SYMBOL_KIDNEY, size=10),
        }
        self.show_info(word(EMPTY))
        self.apply_style(self.style_)

    def _reference(self, plot: pg.PlotItem, level: float, text: str) -> pg.InfiniteLine:
        line = pg.InfiniteLine(
            pos=level,
            angle=0,
            movable=False,
            label=text,
            labelOpts={"position": 0.03, "anchors": [(0, 1), (0, 1)]},
        )
        plot.addItem(line, ignoreBounds=True)
        return line

    def apply_style(self, style: ChartStyle) -> None:
        super().apply_style(style)
        for plot in (self.ferritin_plot, self.tsat_plot):
            self.style_plot(plot)
        for line in self.references:
            line.setPen(pg.mkPen(style.accent, width=1.2, style=Qt.PenStyle.DashLine))
            line.label.setColor(style.accent)
        for line in self.lines.values():
            line.setPen(pg.mkPen(self.colour(style.foreground, 120), width=1))
        self.style_legend(self.legend, overlay=False)
        for symbol, item in self.legend_items.items():
            item.setBrush(self._brush(symbol))
            item.setPen(self._pen(symbol))
        if self.data is not None:
            self.set_data(self.data)

    def _brush(self, symbol: str) -> QBrush:
        if symbol == SYMBOL_AFTER_IV:
            return QBrush(self.style_.accent)
        if symbol == SYMBOL_KIDNEY:
            return QBrush(self.style_.background)
        return QBrush(self.style_.series("sleep_quality"))

    def _pen(self, symbol: str) -> object:
        return pg.mkPen(self.style_.foreground, width=1.5 if symbol == SYMBOL_KIDNEY else 1)

    # -- data -------------------------------------------------------------------------------

    @staticmethod
    def symbols(marks: LabMarks) -> list[str]:
        """The marker of each test: after IV iron, during kidney disease, or plain."""
        return [
            SYMBOL_AFTER_IV if after else SYMBOL_KIDNEY if kidney else SYMBOL_PLAIN
            for after, kidney in zip(marks.after_iv_iron, marks.kidney_disease, strict=True)
        ]

    def set_data(self, data: ChartData) -> None:
        self.data = data
        marks = data.labs
        for plot, item in self._period_items:
            plot.removeItem(item)
        self._period_items = []
        x = marks.x()
        symbols = self.symbols(marks)
        for name, values in (("ferritin", marks.ferritin), ("tsat", marks.tsat)):
            present = ~np.isnan(values)
            self.lines[name].setData(x[present], values[present])
            self.points[name].setData(
                x=x[present],
                y=values[present],
                data=np.flatnonzero(present),
                symbol=[s for s, keep in zip(symbols, present, strict=True) if keep],
                brush=[self._brush(s) for s, keep in zip(symbols, present, strict=True) if keep],
                pen=[self._pen(s) for s, keep in zip(symbols, present, strict=True) if keep],
            )
        self._fill_legend(symbols)
        for band in data.kidney_disease:
            self._band(band, hatched=True)
        for band in data.iv_iron:
            self._infusion(band)
        self._fit(data)
        self.show_info(word(INFO if len(marks) else EMPTY))

    def _fill_legend(self, symbols: list[str]) -> None:
        """Explain only the markers that are on the chart."""
        self.legend.clear()
        for symbol, text in LEGEND.items():
            if symbol in symbols:
                self.legend.addItem(self.legend_items[symbol], word(text))
        self.style_legend(self.legend, overlay=False)

    def _band(self, band: Band, hatched: bool) -> None:
        for plot in (self.ferritin_plot, self.tsat_plot):
            colour = self.colour(self.style_.foreground, 90)
            brush = QBrush(colour, Qt.BrushStyle.BDiagPattern) if hatched else QBrush(colour)
            region = pg.LinearRegionItem(
                values=band.x_range, movable=False, brush=brush, pen=pg.mkPen(colour)
            )
            region.setZValue(-10)
            plot.addItem(region, ignoreBounds=True)
            self._period_items.append((plot, region))
        label = self.text_item(
            word(QT_TRANSLATE_NOOP("charts", "{period}: adult levels do not apply")).format(
                period=word(band.text)
            ),
            anchor=(0, 0),
        )
        label.setPos(band.x_range[0], self._top(self.ferritin_plot))
        self.ferritin_plot.addItem(label, ignoreBounds=True)
        self._period_items.append((self.ferritin_plot, label))

    def _infusion(self, band: Band) -> None:
        start = band.x_range[0]
        for plot in (self.ferritin_plot, self.tsat_plot):
            line = pg.InfiniteLine(
                pos=start,
                angle=90,
                movable=False,
                pen=pg.mkPen(self.style_.accent, width=1.5),
                label=band.text if plot is self.ferritin_plot else None,
                labelOpts={"position": 0.75, "color": self.style_.accent},
            )
            plot.addItem(line, ignoreBounds=True)
            window = pg.LinearRegionItem(
                values=(start, start + (IV_IRON_WEEKS * 7 + 1) * SECONDS_PER_DAY),
                movable=False,
                brush=self.colour(self.style_.accent, 28),
                pen=pg.mkPen(None),
            )
            window.setZValue(-11)
            plot.addItem(window, ignoreBounds=True)
            self._period_items += [(plot, line), (plot, window)]

    def _top(self, plot: pg.PlotItem) -> float:
        return float(plot.vb.viewRange()[1][1])

    def _fit(self, data: ChartData) -> None:
        marks = data.labs
        days = list(marks.dates)
        days += [band.start for band in (*data.iv_iron, *data.kidney_disease)]
        if not days:
            today = dt.date.today()
            days = [today - dt.timedelta(days=365), today]
        pad = dt.timedelta(days=PAD_DAYS)
        low, high = date_x(min(days) - pad), date_x(max(days) + pad)
        self.ferritin_plot.setXRange(low, high, padding=0)
        for plot in (self.ferritin_plot, self.tsat_plot):
            plot.vb.setLimits(xMin=low, xMax=high)
        ferritin_top = np.nanmax(marks.ferritin) if np.isfinite(marks.ferritin).any() else 0.0
        tsat_top = np.nanmax(marks.tsat) if np.isfinite(marks.tsat).any() else 0.0
        self.ferritin_plot.setYRange(0, max(130.0, 1.1 * float(ferritin_top)), padding=0)
        self.tsat_plot.setYRange(0, max(45.0, 1.1 * float(tsat_top)), padding=0)
        for _plot, item in self._period_items:
            if isinstance(item, pg.TextItem):
                item.setPos(item.pos().x(), self._top(self.ferritin_plot))

    def _tip(self, x: float, y: float, data: object) -> str:
        if self.data is None or data is None:
            return ""
        marks = self.data.labs
        index = int(data)  # type: ignore[call-overload]
        lines = [f"Iron test {date_text(marks.dates[index])}"]
        if not math.isnan(marks.ferritin[index]):
            lines.append(f"ferritin {marks.ferritin[index]:g} ng/mL")
        if not math.isnan(marks.tsat[index]):
            lines.append(f"TSAT {marks.tsat[index]:g} %")
        if marks.after_iv_iron[index]:
            lines.append("within 8 weeks after IV iron: may be raised by the infusion")
        if marks.kidney_disease[index]:
            lines.append("during kidney disease: adult levels do not apply")
        if marks.notes[index]:
            lines.append(str(marks.notes[index]))
        return "\n".join(lines)
