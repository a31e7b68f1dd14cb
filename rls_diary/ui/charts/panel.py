"""What every chart of the tab shares: a pyqtgraph view, its own "save as" menu, styling."""

from __future__ import annotations

from typing import Any, ClassVar

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QFrame, QLabel, QMenu, QScrollArea, QVBoxLayout, QWidget

from rls_diary.ui.charts.style import ChartStyle, current_style
from rls_diary.ui.charts.text import QT_TRANSLATE_NOOP, word
from rls_diary.ui.charts.time_axis import ValueAxis

LEFT_AXIS_WIDTH = 76  # the same for every plot of a chart, so that the plots line up


def fit_axis_title(axis: pg.AxisItem, title: str, unit: str) -> None:
    """Title a left axis ``title (unit)``: on one line where the axis is tall enough for it,
    else with the unit on a second line (the short rows of a chart in a small window)."""
    one_line = f"{title} ({unit})"
    room = axis.size().height() - 8
    if QFontMetricsF(axis.label.font()).horizontalAdvance(one_line) <= room:
        text = one_line
    else:
        text = f"{title}<br>({unit})"
    if axis.labelText != text:
        axis.setLabel(text)


def axis_title(axis: pg.AxisItem) -> str:
    """The title of ``axis`` as one line of plain text (as read aloud or tested)."""
    return str(axis.labelText).replace("<br>", " ")


class ChartPanel(QWidget):
    """A chart (one pyqtgraph view) with a line of text above it for hover information.

    ``exportRequested(kind)`` asks the tab to save the chart ("png" or "svg").
    """

    exportRequested = Signal(str)
    openNight = Signal(object)  # a datetime.date

    key: ClassVar[str] = "chart"
    title: ClassVar[str] = QT_TRANSLATE_NOOP("charts", "Chart")  # translated by shown_title

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.style_ = current_style()
        self.info = QLabel(" ")
        self.info.setObjectName("chartInfo")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setObjectName(f"{self.key}View")
        self.view.setAccessibleName(self.shown_title())
        # pyqtgraph's scene menu offers its own exporters (its SVG one is broken, #3485).
        self.view.scene().contextMenu = []
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.info)
        # A chart never squeezes its plots below what they need to stay readable (large
        # fonts, a small window): it scrolls instead (see fit_minimum_height).
        self.scroll = QScrollArea()
        self.scroll.setObjectName(f"{self.key}Scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.view)
        self._layout.addWidget(self.scroll, 1)
        self.view.setBackground(self.style_.background)

    @classmethod
    def shown_title(cls) -> str:
        """The chart's title (its tab) in the window's language."""
        return word(cls.title)

    # -- plots ------------------------------------------------------------------------------

    def row_minimum(self, lines: float = 5.0) -> int:
        """The least height of a plot row: room for about ``lines`` lines of axis text."""
        return max(60, round(self.fontMetrics().lineSpacing() * lines))

    def fit_minimum_height(self) -> None:
        """The view asks for the least height of its plots; below it the chart scrolls."""
        least = self.view.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize).height()
        self.view.setMinimumHeight(int(least) + 2)

    def add_plot(self, row: int, col: int = 0, **kwargs: Any) -> pg.PlotItem:
        axes = kwargs.setdefault("axisItems", {})
        axes.setdefault("left", ValueAxis("left"))  # keeps the label at the top of a scale
        plot = self.view.addPlot(row=row, col=col, **kwargs)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)
        # major ticks and grid lines only: the minor grid doubles the time of a repaint
        plot.getAxis("left").setStyle(maxTickLevel=0)
        plot.showGrid(x=True, y=True, alpha=0.15)
        return plot

    def style_plot(self, plot: pg.PlotItem) -> None:
        pen = pg.mkPen(self.style_.foreground)
        for name in ("left", "bottom", "right", "top"):
            axis = plot.getAxis(name)
            axis.setPen(pen)
            axis.setTextPen(pen)
        if plot.titleLabel is not None:
            plot.titleLabel.item.setDefaultTextColor(self.style_.foreground)

    def style_legend(self, legend: pg.LegendItem, overlay: bool = True) -> None:
        """Text in the foreground colour; an ``overlay`` legend (over a plot) gets a
        background so that it stays readable over the data."""
        legend.setLabelTextColor(self.style_.foreground)
        legend.setBrush(self.colour(self.style_.background, 210) if overlay else QBrush())
        for _sample, label in legend.items:
            label.setText(label.text)  # pyqtgraph applies a new colour on the next setText

    def set_title(self, plot: pg.PlotItem, text: str, size: str = "10pt") -> None:
        plot.setTitle(text, color=self.style_.foreground, size=size)

    def apply_style(self, style: ChartStyle) -> None:
        """Colours for the current palette; subclasses re-colour their items too."""
        self.style_ = style
        self.view.setBackground(style.background)

    def text_item(self, text: str = "", anchor: tuple[float, float] = (0, 0)) -> pg.TextItem:
        item = pg.TextItem(text, color=self.style_.foreground, anchor=anchor)
        font = QFont()
        font.setPointSizeF(8.5)
        item.setFont(font)
        return item

    def colour(self, colour: QColor | str, alpha: int = 255) -> QColor:
        return self.style_.faded(colour, alpha)

    # -- export -----------------------------------------------------------------------------

    def _context_menu(self, where: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(
            QCoreApplication.translate("ChartPanel", "Save this chart as PNG image…"),
            lambda: self.exportRequested.emit("png"),
        )
        menu.addAction(
            QCoreApplication.translate("ChartPanel", "Save this chart as SVG image…"),
            lambda: self.exportRequested.emit("svg"),
        )
        menu.exec(self.view.mapToGlobal(where))

    def show_info(self, text: str) -> None:
        self.info.setText(text or " ")
