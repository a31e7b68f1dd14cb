"""The Charts tab: a range chooser and four charts (over time, iron tests, severity and sleep,
lifestyle).

Nothing slow runs on the GUI thread. A worker opens its own read-only Diary, loads the nights
and prepares numpy arrays (:mod:`.series`); the plots are filled from them with ``setData`` on
items that already exist. Then a second worker computes the statistics of the chosen range
with :func:`rls_diary.services.stats.stats_report` — the same service as ``stats --json`` —
and they fill in after the plots have painted; the first run after a load also prepares the
insights' flags for the time axis (:func:`.series.insight_marks`). Changing the range only
slices arrays.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rls_diary.services.diary import Diary
from rls_diary.services.experiments import experiment_blocks
from rls_diary.services.insights import local_today
from rls_diary.services.stats import stats_report
from rls_diary.ui.charts.export import ChartFileChooser, save_chart, suggested_name
from rls_diary.ui.charts.labs import LabsPanel
from rls_diary.ui.charts.lifestyle import LifestylePanel
from rls_diary.ui.charts.panel import ChartPanel
from rls_diary.ui.charts.scatter import ScatterPanel
from rls_diary.ui.charts.series import (
    RANGES,
    ChartData,
    InsightMarks,
    NightTable,
    build_chart_data,
    clamp_range,
    insight_marks,
    preset_range,
)
from rls_diary.ui.charts.style import current_style
from rls_diary.ui.charts.text import word
from rls_diary.ui.charts.timeseries import TimeSeriesPanel
from rls_diary.ui.workers import Task, start

PANELS: Final[dict[str, type[ChartPanel]]] = {
    "over_time": TimeSeriesPanel,
    "iron": LabsPanel,
    "scatter": ScatterPanel,
    "lifestyle": LifestylePanel,
}
RANGED: Final = ("over_time", "scatter", "lifestyle")  # charts that follow the chosen range
STATS_DELAY_MS: Final = 250  # statistics start once the range has settled
CUSTOM: Final = "custom"
DEFAULT_RANGE: Final = "3m"
# The status line (translated when shown, context "ChartsTab").
LOADING: Final = QT_TRANSLATE_NOOP("ChartsTab", "Loading your diary…")
COMPUTING: Final = QT_TRANSLATE_NOOP("ChartsTab", "Charts shown; calculating the statistics…")
EMPTY: Final = QT_TRANSLATE_NOOP(
    "ChartsTab", "No nights in the diary yet: the charts fill in once you have entries."
)


def load_chart_data(data_dir: Path, zone: str) -> ChartData:
    """Everything the charts draw, read through a read-only Diary of its own (worker side)."""
    with Diary.open_reader(data_dir, zone) as reader:
        nights = reader.nights()
        contents = reader.contents()
        blocks = experiment_blocks(reader)
    return build_chart_data(
        nights,
        contents.medications,
        contents.labs,
        contents.conditions,
        zone,
        blocks=blocks,
        contents=contents,
    )


def prepare_insights(data: ChartData) -> InsightMarks | None:
    """The insights' flags for the time axis (worker side); ``None`` without a row for them."""
    if not data.insight_row or data.contents is None:
        return None
    today = local_today(data.default_zone)
    return insight_marks(data.nights, data.contents, today, data.default_zone)


@dataclass(frozen=True, slots=True)
class _Stats:
    """A statistics worker's answer: the report of the range, and the insights' flags of
    ``data`` when they were still to be made."""

    report: dict[str, Any]
    insights: InsightMarks | None
    data: ChartData


class _Latest:
    """The token of the newest request, read by workers to skip work nobody waits for."""

    def __init__(self) -> None:
        self.load = 0
        self.stats = 0


class ChartsTab(QWidget):
    """The Charts tab on ``diary`` (its data folder and zone; the tab reads through its own
    read-only connections, never the writer).

    Signals: ``openNight(date)`` when a point is clicked; ``dataLoaded()`` when the plots
    are filled; ``statsReady()`` when the statistics are shown; ``loadFailed(message)``.
    Call :meth:`reload` after the diary changed and :meth:`shutdown` before closing.
    """

    openNight = Signal(object)
    dataLoaded = Signal()
    statsReady = Signal()
    loadFailed = Signal(str)

    def __init__(
        self,
        diary: Diary,
        parent: QWidget | None = None,
        *,
        file_chooser: ChartFileChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chartsTab")
        self.data_dir = diary.data_dir
        self.zone = diary.default_zone
        self.file_chooser = file_chooser or ChartFileChooser()
        self.data: ChartData | None = None
        self.window: NightTable | None = None
        self.report: Mapping[str, Any] | None = None
        self.insights: InsightMarks | None = None
        self._insights_of: ChartData | None = None  # the data the insights were made from
        self.range_key = DEFAULT_RANGE
        self.start: dt.date | None = None
        self.end: dt.date | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._latest = _Latest()
        self._tokens = itertools.count(1)
        self._tasks: dict[object, Task] = {}
        self._pending: set[str] = set()

        # range and export controls
        self.range_box = QComboBox()
        self.range_box.setObjectName("chartRange")
        self.range_box.setAccessibleName(self.tr("Range of nights"))
        for key, label, _nights in RANGES:
            self.range_box.addItem(word(label), key)
        self.range_box.addItem(self.tr("Custom range"), CUSTOM)
        self.range_box.setCurrentIndex(self.range_box.findData(DEFAULT_RANGE))
        self.range_box.currentIndexChanged.connect(self._range_chosen)
        self.from_edit = self._date_edit("chartFrom", self.tr("From"))
        self.to_edit = self._date_edit("chartTo", self.tr("To"))
        self.save_button = QToolButton()
        self.save_button.setObjectName("saveChart")
        self.save_button.setText(self.tr("Save chart…"))
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        save_menu = QMenu(self.save_button)
        save_menu.addAction(self.tr("As PNG image…"), lambda: self.export_current("png"))
        save_menu.addAction(self.tr("As SVG (vector) image…"), lambda: self.export_current("svg"))
        self.save_button.setMenu(save_menu)
        self.status = QLabel(_tr(LOADING))
        self.status.setObjectName("chartStatus")
        self.status.setWordWrap(True)  # large fonts: wrap rather than widen the window

        controls = QHBoxLayout()
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.range_box)
        controls.addWidget(show_label)
        controls.addWidget(self.range_box)
        controls.addWidget(QLabel(self.tr("from")))
        controls.addWidget(self.from_edit)
        controls.addWidget(QLabel(self.tr("to")))
        controls.addWidget(self.to_edit)
        controls.addSpacing(12)
        controls.addWidget(self.status, 1)
        controls.addWidget(self.save_button)

        # charts: one page per chart, each built the first time it is needed
        self._style = current_style(self.palette())
        self._built: dict[str, ChartPanel] = {}
        self._pages: dict[str, QWidget] = {}
        self.panels = QTabWidget()
        self.panels.setObjectName("chartPanels")
        self.panels.setDocumentMode(True)
        for name, panel_class in PANELS.items():
            page = QWidget()
            page.setObjectName(f"{panel_class.key}Page")
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
            self._pages[name] = page
            self.panels.addTab(page, panel_class.shown_title())
        self.panels.currentChanged.connect(self._panel_shown)
        self._stats_timer = QTimer(self)
        self._stats_timer.setSingleShot(True)
        self._stats_timer.setInterval(STATS_DELAY_MS)
        self._stats_timer.timeout.connect(self._start_stats)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(controls)
        layout.addWidget(self.panels, 1)
        self.panel("over_time")
        self.reload()

    # -- the charts -------------------------------------------------------------------------

    def panel(self, name: str) -> ChartPanel:
        """The chart ``name`` ("over_time", "iron", "scatter", "lifestyle"), built on first
        use with the data, range and statistics the tab already has."""
        built = self._built.get(name)
        if built is not None:
            return built
        panel = PANELS[name]()
        self._built[name] = panel
        panel.apply_style(self._style)
        panel.openNight.connect(self.openNight)
        panel.exportRequested.connect(lambda kind, panel=panel: self.export_chart(panel, kind))
        self._pages[name].layout().addWidget(panel)
        if self.data is not None and isinstance(panel, TimeSeriesPanel | LabsPanel):
            panel.set_data(self.data)
        if self.insights is not None and isinstance(panel, TimeSeriesPanel):
            panel.set_insights(self.insights)
        if isinstance(panel, ScatterPanel | LifestylePanel):
            panel.set_stats(self.report)
        if self.window is not None:
            self._pending.add(name)
            if self._pages[name] is self.panels.currentWidget():
                self._refresh(name)
        return panel

    @property
    def over_time(self) -> TimeSeriesPanel:
        return self.panel("over_time")  # type: ignore[return-value]

    @property
    def iron(self) -> LabsPanel:
        return self.panel("iron")  # type: ignore[return-value]

    @property
    def scatter(self) -> ScatterPanel:
        return self.panel("scatter")  # type: ignore[return-value]

    @property
    def lifestyle(self) -> LifestylePanel:
        return self.panel("lifestyle")  # type: ignore[return-value]

    @property
    def built_panels(self) -> tuple[ChartPanel, ...]:
        return tuple(self._built.values())

    def show_panel(self, name: str) -> ChartPanel:
        """Bring the chart ``name`` to the front (building and drawing it) and return it."""
        panel = self.panel(name)
        self.panels.setCurrentWidget(self._pages[name])
        return panel

    def current_panel(self) -> ChartPanel:
        name = self._page_name(self.panels.currentWidget())
        return self.panel(name)

    def _page_name(self, page: QWidget) -> str:
        return next(name for name, widget in self._pages.items() if widget is page)

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setEnabled(False)
        edit.dateChanged.connect(self._custom_dates_changed)
        return edit

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the diary again (in a worker) and redraw, keeping the chosen range."""
        token = next(self._tokens)
        self._latest.load = token
        latest, data_dir, zone = self._latest, self.data_dir, self.zone

        def work() -> ChartData | None:
            if latest.load != token:
                return None  # a newer reload is queued
            return load_chart_data(data_dir, zone)

        self.status.setText(_tr(LOADING))
        self._run(Task(work, ("load", token)))

    def _run(self, task: Task) -> None:
        task.signals.succeeded.connect(self._task_done)
        task.signals.failed.connect(self._task_failed)
        self._tasks[task.token] = task
        start(task, self._pool)

    @Slot(object, object)
    def _task_done(self, token: object, result: object) -> None:
        self._tasks.pop(token, None)
        kind, number = token  # type: ignore[misc]
        if kind == "load" and number == self._latest.load and isinstance(result, ChartData):
            self._show_data(result)
        elif kind == "stats" and number == self._latest.stats and isinstance(result, _Stats):
            if result.insights is not None and result.data is self.data:
                self._show_insights(result.insights)
            self._show_stats(result.report)

    @Slot(object, str)
    def _task_failed(self, token: object, message: str) -> None:
        self._tasks.pop(token, None)
        kind, _number = token  # type: ignore[misc]
        text = (
            self.tr("The charts could not be loaded: {message}")
            if kind == "load"
            else self.tr("The statistics could not be calculated: {message}")
        ).format(message=message)
        self.status.setText(text)
        self.loadFailed.emit(text)

    def _show_data(self, data: ChartData) -> None:
        self.data = data
        self.insights = None  # the statistics worker makes those of the new data
        self._insights_of = None
        for panel in self.built_panels:
            if isinstance(panel, TimeSeriesPanel | LabsPanel):
                panel.set_data(data)
        if data.empty:
            self.window = None
            self.status.setText(_tr(EMPTY))
            for edit in (self.from_edit, self.to_edit):
                edit.setEnabled(False)
            self.dataLoaded.emit()
            return
        for edit in (self.from_edit, self.to_edit):
            edit.setEnabled(True)
        self._apply_range()
        self.dataLoaded.emit()

    # -- ranges -----------------------------------------------------------------------------

    def set_range(self, key: str) -> None:
        """A preset ("4w", "3m", "1y", "all") or "custom" (the dates in the date fields)."""
        index = self.range_box.findData(key)
        if index < 0:
            raise ValueError(f"unknown range {key!r}")
        if index == self.range_box.currentIndex():
            self._range_chosen(index)
        else:
            self.range_box.setCurrentIndex(index)

    def set_custom_range(self, first: dt.date, last: dt.date) -> None:
        self._set_dates(first, last)
        self.set_range(CUSTOM)

    def _range_chosen(self, index: int) -> None:
        self.range_key = str(self.range_box.itemData(index))
        self._apply_range()

    def _custom_dates_changed(self) -> None:
        if self.range_key != CUSTOM:
            self.range_box.blockSignals(True)
            self.range_box.setCurrentIndex(self.range_box.findData(CUSTOM))
            self.range_box.blockSignals(False)
            self.range_key = CUSTOM
        self._apply_range()

    def _set_dates(self, first: dt.date, last: dt.date) -> None:
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _apply_range(self) -> None:
        if self.data is None or self.data.empty:
            return
        table = self.data.table
        assert table.first is not None and table.last is not None
        if self.range_key == CUSTOM:
            start, end = clamp_range(
                self.from_edit.date().toPython(),  # type: ignore[arg-type]
                self.to_edit.date().toPython(),  # type: ignore[arg-type]
                table.first,
                table.last,
            )
        else:
            start, end = preset_range(self.range_key, table.first, table.last)
        self.start, self.end = start, end
        self._set_dates(start, end)
        for edit in (self.from_edit, self.to_edit):
            edit.setMinimumDate(QDate(table.first.year, table.first.month, table.first.day))
            edit.setMaximumDate(QDate(table.last.year, table.last.month, table.last.day))
        self.window = table.window(start, end)
        self._pending = set(RANGED) & set(self._built)
        self._refresh(self._page_name(self.panels.currentWidget()))
        # the statistics start once the range has settled and the plots have painted
        self.report = None
        for panel in self.built_panels:
            if isinstance(panel, ScatterPanel | LifestylePanel):
                panel.set_stats(None)
        self.status.setText(_tr(COMPUTING))
        self._latest.stats = next(self._tokens)  # answers for an older range are dropped
        self._stats_timer.start()

    def _refresh(self, name: str) -> None:
        """Draw the range on chart ``name`` if it shows an older one (hidden ones wait)."""
        if name not in self._pending or self.window is None:
            return
        self._pending.discard(name)
        assert self.start is not None and self.end is not None
        panel = self.panel(name)
        if isinstance(panel, TimeSeriesPanel):
            panel.show_range(self.window, self.start, self.end)
        elif isinstance(panel, ScatterPanel | LifestylePanel):
            panel.show_range(self.window)

    def _panel_shown(self, index: int) -> None:
        name = self._page_name(self.panels.widget(index))
        self.panel(name)
        self._refresh(name)

    # -- statistics -------------------------------------------------------------------------

    def _start_stats(self) -> None:
        """The statistics of the shown range, by the service behind ``stats --json``."""
        if self.data is None or self.start is None or self.end is None:
            return
        token = self._latest.stats
        latest, data, zone = self._latest, self.data, self.zone
        nights = data.nights
        first, last = self.start, self.end
        need_insights = self._insights_of is not data  # once per load, not per range

        def work() -> _Stats | None:
            if latest.stats != token:
                return None  # the range changed again before this started
            insights = prepare_insights(data) if need_insights else None
            return _Stats(stats_report(nights, first, last, zone), insights, data)

        self._run(Task(work, ("stats", token)))

    def _show_insights(self, insights: InsightMarks) -> None:
        self.insights = insights
        self._insights_of = self.data
        for panel in self.built_panels:
            if isinstance(panel, TimeSeriesPanel):
                panel.set_insights(insights)

    def _show_stats(self, report: Mapping[str, Any]) -> None:
        self.report = report
        for panel in self.built_panels:
            if isinstance(panel, ScatterPanel | LifestylePanel):
                panel.set_stats(report)
        nights = report["nights"]
        self.status.setText(self.tr("{count} nights recorded in this range").format(count=nights))
        self.statsReady.emit()

    @property
    def idle(self) -> bool:
        """No load or statistics waiting, queued or running."""
        return not self._tasks and not self._stats_timer.isActive()

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Stop waiting work and wait for running workers (call before the window goes)."""
        self._stats_timer.stop()
        self._latest.load = self._latest.stats = -1
        self._pool.waitForDone(timeout_ms)

    # -- export -----------------------------------------------------------------------------

    def export_current(self, kind: str) -> Path | None:
        return self.export_chart(self.current_panel(), kind)

    def export_chart(self, panel: ChartPanel, kind: str) -> Path | None:
        path = self.file_chooser.save_chart_file(self, kind, suggested_name(panel.key, kind))
        if path is None:
            return None
        try:
            return save_chart(panel.view, path, kind)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Saving the chart failed"), str(exc))
            return None

    # -- palette ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._style = current_style(self.palette())
            for panel in self.built_panels:
                panel.apply_style(self._style)
        super().changeEvent(event)


def _tr(source: str) -> str:
    """A status text of :data:`LOADING` and its neighbours in the window's language."""
    return QCoreApplication.translate("ChartsTab", source)
