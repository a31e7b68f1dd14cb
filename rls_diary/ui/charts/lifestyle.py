"""Lifestyle chart: caffeine, alcohol and exercise against that night's and the next night's
severity and sleep quality, and tonight's symptoms and sleep against the next day — grouped
box-and-strip plots — beside every association of the stats report, ranked by how far its
interval sits from 0 and labelled as exploratory (DESIGN §5)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from typing import Any, Final

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rls_diary.services.stats import EXPLORATORY_NOTE, rank_findings
from rls_diary.ui.charts.panel import ChartPanel
from rls_diary.ui.charts.scatter import WAITING, find_correlation
from rls_diary.ui.charts.series import (
    FACTORS,
    Factor,
    NightTable,
    box,
    box_outline,
    group_index,
    lagged,
    thin,
)
from rls_diary.ui.charts.style import ChartStyle
from rls_diary.ui.charts.text import (
    AXIS_TITLES,
    NAMES,
    QT_TRANSLATE_NOOP,
    capital,
    correlation_text,
    date_text,
    direction_text,
    pair_text,
    value_text,
    word,
)
from rls_diary.ui.charts.time_axis import set_category_ticks

SIDE_WIDTH: Final = 400
MAX_DOTS: Final = 300  # dots drawn per group; the boxes and statistics use every night
STRIP_X: Final = 0.28  # spread of the points across a group
STRIP_Y: Final = 0.18  # spread of integer outcomes
Y_RANGES: Final = {
    "rls_severity": (-0.6, 10.6),
    "sleep_quality": (0.5, 5.5),
}
NEXT_DAY_RANGE: Final = (-0.5, 4.5)
Y_TICKS: Final = {"rls_severity": range(0, 11, 2), "sleep_quality": range(1, 6)}
RANKING_NOTE: Final = QT_TRANSLATE_NOOP(
    "charts",
    "Ranked by how far the 95 % interval sits from 0: a large ρ from few nights has a wide "
    "interval and ranks low. ρ near +1: both higher together; near −1: one higher, the other "
    "lower. An association is not proof of cause. The Lifestyle tips tab compares typical "
    "nights with and without a habit (a different question).",
)
BOX_HELP: Final = QT_TRANSLATE_NOOP(
    "charts",
    "Boxes: the middle half of the nights, with the line at the middle value (median); "
    "whiskers reach the most extreme nights within 1.5 box lengths. Each dot is one "
    "night (at most {dots} per group are drawn, chosen at random). Click a dot to "
    "open the night it shows.",
)


def _outcome_title(y: str, lag: int) -> str:
    name = capital(word(NAMES[y]))
    if y in ("rls_severity", "sleep_quality"):
        if lag == 0:
            return word(QT_TRANSLATE_NOOP("charts", "{name} that night")).format(name=name)
        return word(QT_TRANSLATE_NOOP("charts", "{name} the next night")).format(name=name)
    return word(QT_TRANSLATE_NOOP("charts", "{name} the next day")).format(name=name)


def _thin_groups(groups: np.ndarray, keys: np.ndarray, count: int) -> np.ndarray:
    """Positions of the dots drawn: at most MAX_DOTS per group (seeded, stable per night)."""
    chosen = [np.flatnonzero(groups == k) for k in range(count)]
    kept = [members[thin(keys[members], MAX_DOTS)] for members in chosen]
    return np.sort(np.concatenate(kept)) if kept else np.zeros(0, dtype=np.int64)


class LifestylePanel(ChartPanel):
    key = "lifestyle"
    title = QT_TRANSLATE_NOOP("charts", "Lifestyle")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window: NightTable | None = None
        self.report: Mapping[str, Any] | None = None
        self.factor: Factor = FACTORS[0]
        self.chooser = QComboBox()
        self.chooser.setObjectName("lifestyleFactor")
        self.chooser.setAccessibleName(self.tr("Compare"))
        for factor in FACTORS:
            self.chooser.addItem(word(factor.label), factor.key)
        self.chooser.currentIndexChanged.connect(self._factor_chosen)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Compare:"))
        label.setBuddy(self.chooser)
        top.addWidget(label)
        top.addWidget(self.chooser)
        top.addStretch(1)
        self._layout.insertLayout(1, top)

        self.plots: list[pg.PlotItem] = []
        self.outlines: list[pg.PlotDataItem] = []
        self.median_bars: list[pg.PlotDataItem] = []
        self.strips: list[pg.ScatterPlotItem] = []
        self.stats_text: list[str] = []
        self.shown: list[Mapping[str, Any] | None] = []
        for index in range(4):
            plot = self.add_plot(index // 2, index % 2)
            plot.setMouseEnabled(x=False, y=False)
            strip = pg.ScatterPlotItem(
                size=5, symbol="o", hoverable=True, tip=functools.partial(self._tip, index)
            )
            strip.sigClicked.connect(self._point_clicked)
            plot.addItem(strip)
            outline = plot.plot([], [], connect="finite")
            bars = plot.plot([], [], connect="finite")
            self.plots.append(plot)
            self.strips.append(strip)
            self.outlines.append(outline)
            self.median_bars.append(bars)
            self.stats_text.append(WAITING)
            self.shown.append(None)

        # findings: every association, ranked (DESIGN §5)
        self.note = QLabel(f"<b>{EXPLORATORY_NOTE.capitalize()}</b>")
        self.note.setObjectName("exploratoryNote")
        self.note.setWordWrap(True)
        ranking = QLabel(word(RANKING_NOTE))
        ranking.setWordWrap(True)
        ranking.setObjectName("rankingNote")
        self.findings = QListWidget()
        self.findings.setObjectName("findings")
        self.findings.setWordWrap(True)
        self.findings.setAlternatingRowColors(True)
        self.findings.setSpacing(2)
        self.findings.setAccessibleName(self.tr("Associations, ranked"))
        self.findings.setTextElideMode(Qt.TextElideMode.ElideNone)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(
            QLabel("<b>{}</b>".format(self.tr("What your diary shows (Spearman associations)")))
        )
        side_layout.addWidget(self.note)
        side_layout.addWidget(ranking)
        side_layout.addWidget(self.findings, 1)
        body = QHBoxLayout()
        self._layout.removeWidget(self.view)
        side.setMaximumWidth(SIDE_WIDTH)
        body.addWidget(self.view, 1)
        body.addWidget(side)
        self._layout.addLayout(body, 1)
        self.show_info(word(BOX_HELP).format(dots=MAX_DOTS))
        self.apply_style(self.style_)
        self._set_axes()
        self.set_stats(None)

    # -- style and axes ---------------------------------------------------------------------

    def apply_style(self, style: ChartStyle) -> None:
        super().apply_style(style)
        for index, plot in enumerate(self.plots):
            self.style_plot(plot)
            self.outlines[index].setPen(pg.mkPen(style.foreground, width=1.4))
            self.median_bars[index].setPen(pg.mkPen(style.foreground, width=3))
        self._colour_strips()
        self._show_titles()

    def _colour_strips(self) -> None:
        for index, (y, _lag) in enumerate(self.factor.outcomes):
            colour = self.style_.series(y) if y in Y_RANGES else self.style_.foreground
            self.strips[index].setBrush(self.colour(colour, 90))
            self.strips[index].setPen(None)

    def _set_axes(self) -> None:
        factor = self.factor
        for index, (y, _lag) in enumerate(factor.outcomes):
            plot = self.plots[index]
            plot.setLabel("bottom", word(factor.axis))
            plot.setLabel("left", word(AXIS_TITLES[y]))
            plot.setXRange(-0.6, len(factor.groups) - 0.4, padding=0)
            plot.setYRange(*Y_RANGES.get(y, NEXT_DAY_RANGE), padding=0)
            plot.getAxis("left").setTicks([[(v, str(v)) for v in Y_TICKS.get(y, range(5))], []])

    def _factor_chosen(self, index: int) -> None:
        self.factor = FACTORS[index]
        self._set_axes()
        self._colour_strips()
        if self.window is not None:
            self.show_range(self.window)
        self.set_stats(self.report)

    def choose(self, key: str) -> None:
        self.chooser.setCurrentIndex(self.chooser.findData(key))

    # -- data -------------------------------------------------------------------------------

    def show_range(self, window: NightTable) -> None:
        self.window = window
        factor = self.factor
        labels = [word(group.label) for group in factor.groups]
        for index, (y, lag) in enumerate(factor.outcomes):
            days, xs, ys = lagged(window, factor.key, y, lag)
            groups = group_index(xs, factor.groups)
            chosen = groups >= 0
            days, groups, ys = days[chosen], groups[chosen], ys[chosen]
            boxes = [box(ys[groups == k]) for k in range(len(factor.groups))]
            bx, by, mx, my = box_outline(boxes)
            self.outlines[index].setData(bx, by, connect="finite")
            self.median_bars[index].setData(mx, my, connect="finite")
            drawn = _thin_groups(groups, window["sample_key"][days], len(factor.groups))
            days, groups, ys = days[drawn], groups[drawn], ys[drawn]
            px = groups + STRIP_X * window["jitter_x"][days]
            py = ys + STRIP_Y * window["jitter_y"][days]
            self.strips[index].setData(x=px, y=py, data=days + window.first_ordinal + lag)
            counts = [0 if b is None else b.n for b in boxes]
            set_category_ticks(
                self.plots[index].getAxis("bottom"),
                [f"{label} (n={count})" for label, count in zip(labels, counts, strict=True)],
            )

    def set_stats(self, report: Mapping[str, Any] | None) -> None:
        """The stats report of the range (``None`` while it is computed)."""
        self.report = report
        for index, (y, lag) in enumerate(self.factor.outcomes):
            entry = find_correlation(report, self.factor.key, y, lag)
            self.shown[index] = entry
            self.stats_text[index] = (
                WAITING if entry is None else correlation_text(entry, compact=True)
            )
        self._show_titles()
        self._fill_findings(report)

    def _show_titles(self) -> None:
        for index, (y, lag) in enumerate(self.factor.outcomes):
            text = self.stats_text[index]
            text = word(WAITING) if text == WAITING else text
            title = f"<b>{_outcome_title(y, lag)}</b><br>{text}"
            self.set_title(self.plots[index], title, size="9pt")

    def ranked(self, report: Mapping[str, Any]) -> list[Mapping[str, Any]]:
        """Associations with an interval, farthest from 0 first; then those without one."""
        correlations: Sequence[Mapping[str, Any]] = report["correlations"]
        with_interval = rank_findings(correlations)
        return [*with_interval, *(e for e in correlations if e.get("ci95") is None)]

    def _fill_findings(self, report: Mapping[str, Any] | None) -> None:
        self.findings.clear()
        if report is None:
            self.findings.addItem(word(WAITING))
            return
        for entry in self.ranked(report):
            text = f"{pair_text(entry['x'], entry['y'], entry['lag_nights'])}\n"
            text += correlation_text(entry)
            direction = direction_text(entry)
            if direction:
                text += f" — {direction}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (entry["x"], entry["y"], entry["lag_nights"]))
            self.findings.addItem(item)

    # -- hover and click --------------------------------------------------------------------

    def _tip(self, index: int, x: float, y: float, data: object) -> str:
        """Both nights of a point: the factor's entry and the outcome's (the same at lag 0)."""
        if self.window is None or data is None:
            return ""
        y_name, lag = self.factor.outcomes[index]
        outcome_day = dt.date.fromordinal(int(data))  # type: ignore[call-overload]
        factor_day = outcome_day - dt.timedelta(days=lag)
        table, key = self.window, self.factor.key
        factor_value = float(table[key][table.index(factor_day)])
        outcome_value = float(table[y_name][table.index(outcome_day)])
        factor_line = f"{NAMES[key]}: {value_text(key, factor_value)}"
        outcome_line = f"{NAMES[y_name]}: {value_text(y_name, outcome_value)}"
        if lag == 0:
            return f"{date_text(outcome_day)}\n{factor_line}\n{outcome_line}"
        return f"{date_text(factor_day)}: {factor_line}\n{date_text(outcome_day)}: {outcome_line}"

    def _point_clicked(self, item: object, points: Sequence[Any], event: object) -> None:
        if len(points):
            self.openNight.emit(dt.date.fromordinal(int(points[0].data())))
