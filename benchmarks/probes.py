"""The child side of ``benchmarks/run.py``: one measurement per process, printed as JSON.

``python benchmarks/probes.py MODE ARGS…`` runs one probe and prints one line
``RESULT {json}`` on stdout. Nothing is imported at module level beyond the standard
library's smallest modules, so that the start-up probes measure the script they stand for:
``start-bare`` is a bare PySide6 QMainWindow script and ``start-ours`` is the application's own
entry point (``rls_diary.app.main``), both printing ``time.monotonic()`` from a zero-timer after
``show()`` (the parent subtracts the monotonic time it started the process at).
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

SAVES_PER_RUN = 20
RANGE_KEYS = ("1y", "all", "4w", "3m")
WAIT_MS = 60_000


def emit(**values: Any) -> None:
    print("RESULT " + json.dumps(values), flush=True)


def peak_rss_kib() -> int:
    """VmHWM of this process (the high-water mark of its resident set), in KiB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


# --- 1 and 6: start to window shown (and peak RSS) -------------------------------------------


def start_bare(with_label: bool = False) -> None:
    """A bare QMainWindow script; ``with_label``: the ``start-label`` rung (below)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(["bare"])
    window = QMainWindow()
    window.resize(1100, 760)
    if with_label:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel

        label = QLabel("Night of Thu 26 → Fri 27 Nov")
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        window.setCentralWidget(label)
    window.show()

    def shown() -> None:
        emit(shown=time.monotonic(), rss_kib=peak_rss_kib())
        app.exit(0)

    QTimer.singleShot(0, shown)
    sys.exit(app.exec())


def start_label() -> None:
    """``start-bare`` with one line of text in the window: what any real window pays first —
    the ``Qt`` namespace (PySide6 creates its ~100 Python enums on first use) and the fonts
    for the first text drawn. Informative: the lowest rung under ``start-floor``."""
    start_bare(with_label=True)


def _run_app(data_dir: str, when_shown: Any) -> None:
    """The application's entry point in ``--self-test`` mode (no dialogs, no backups), with
    ``when_shown(app, window)`` called where the self-test starts waiting for idle: right
    after ``window.show()``."""
    from rls_diary import app as entry

    gui = sys.modules.get("rls_diary.ui.app")
    if gui is None:
        import rls_diary.ui.app as gui  # main() imports it too; the cost is the same
    gui._exit_when_idle = when_shown  # type: ignore[attr-defined]
    sys.exit(entry.main(["--data-dir", data_dir, "--self-test"]))


def start_ours(data_dir: str) -> None:
    def when_shown(app: Any, window: Any) -> None:
        from PySide6.QtCore import QTimer

        def shown() -> None:
            at, rss = time.monotonic(), peak_rss_kib()
            nights = window.diary_tab.model.rowCount()
            emit(shown=at, rss_kib=rss, rows=nights, census=census(window))
            app.exit(0)

        QTimer.singleShot(0, shown)

    _run_app(data_dir, when_shown)


# The widgets an application creates itself (Qt's own parts, such as scroll bars and
# headers, come with the containers the floor script builds too), by their Qt class.
LEAF_CLASSES = (
    "QLabel",
    "QToolButton",
    "QPushButton",
    "QCheckBox",
    "QLineEdit",
    "QPlainTextEdit",
    "QDateEdit",
)


def census(window: Any) -> dict[str, int]:
    """How many widgets of each of ``LEAF_CLASSES`` the window holds (a subclass counts as
    its Qt class), and how many menu actions: what ``start-floor`` rebuilds without our code."""
    from PySide6.QtWidgets import QMenu, QWidget

    counts = dict.fromkeys(LEAF_CLASSES, 0)
    for widget in window.findChildren(QWidget):
        qt_class = next(
            c.__name__ for c in type(widget).__mro__ if c.__module__.startswith("PySide6")
        )
        if qt_class in counts and not widget.objectName().startswith("qt_"):
            counts[qt_class] += 1
    counts["actions"] = sum(len(m.actions()) for m in window.menuBar().findChildren(QMenu))
    return counts


def start_floor(data_dir: str, census_json: str) -> None:
    """The floor under ``start-ours``: a PySide6 window holding the same widgets as ours (the
    census of a ``start-ours`` run) and a table of the diary's dates, with none of our code: a
    tab widget, a splitter with a table view on a minimal model and a scroll area with the
    widgets in a grid, the same number of menu actions, reading the dates with ``sqlite3``."""
    import sqlite3

    from PySide6 import QtWidgets
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
    from PySide6.QtWidgets import (
        QApplication,
        QGridLayout,
        QMainWindow,
        QScrollArea,
        QSplitter,
        QTableView,
        QTabWidget,
        QWidget,
    )

    counts = json.loads(census_json)
    app = QApplication(["floor"])
    uri = "file:" + data_dir + "/diary.sqlite3?mode=ro"
    with sqlite3.connect(uri, uri=True) as conn:
        dates = [r[0] for r in conn.execute("SELECT date FROM night ORDER BY date DESC")]

    class Dates(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(dates)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 5

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return dates[index.row()] if role == Qt.ItemDataRole.DisplayRole else None

    window = QMainWindow()
    window.resize(1100, 760)
    tabs = QTabWidget()
    splitter = QSplitter()
    table = QTableView()
    table.setModel(Dates(table))
    splitter.addWidget(table)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    form = QWidget()
    grid = QGridLayout(form)
    cell = 0
    for name in LEAF_CLASSES:
        for _ in range(counts.get(name, 0)):
            widget = getattr(QtWidgets, name)()
            if hasattr(widget, "setText"):
                widget.setText(name)
            grid.addWidget(widget, cell // 4, cell % 4)
            cell += 1
    scroll.setWidget(form)
    splitter.addWidget(scroll)
    tabs.addTab(splitter, "Diary")
    for name in ("Charts", "Treatment", "Lifestyle tips"):
        tabs.addTab(QWidget(), name)
    window.setCentralWidget(tabs)
    menu = window.menuBar().addMenu("File")
    for i in range(counts.get("actions", 0)):
        menu.addAction(f"Action {i}")
    window.statusBar().showMessage("ready")
    window.show()

    def shown() -> None:
        emit(shown=time.monotonic(), widgets=cell)
        app.exit(0)

    QTimer.singleShot(0, shown)
    sys.exit(app.exec())


# --- 2: Charts tab first paint and range changes ---------------------------------------------


class _PaintWatch:
    """Calls back on the next paint of a widget after :meth:`arm`."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        watch = self

        class Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint and watch.armed:
                    watch.armed = False
                    watch.painted_at = time.monotonic()
                return False

        self.armed = False
        self.painted_at = 0.0
        self._filter = Filter()
        widget.installEventFilter(self._filter)

    def arm(self) -> None:
        self.armed = True
        self.painted_at = 0.0


def _wait_until(condition: Any, timeout_ms: int = WAIT_MS) -> bool:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_ms / 1000
    while not condition():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.0005)
    return True


def charts_ours(data_dir: str) -> None:
    def when_shown(app: Any, window: Any) -> None:
        from PySide6.QtCore import QTimer

        def measure() -> None:
            start = time.monotonic()
            window.tabs.setCurrentIndex(1)  # builds the tab: pyqtgraph is imported here
            tab = window.charts.content
            loaded: list[float] = []
            tab.dataLoaded.connect(lambda: loaded.append(time.monotonic()))
            watch = _PaintWatch(tab.over_time.view.viewport())
            if not _wait_until(lambda: bool(loaded) or tab.data is not None):
                emit(error="the charts never loaded")
                app.exit(1)
                return
            watch.arm()
            _wait_until(lambda: watch.painted_at > 0)
            first_paint = watch.painted_at - start
            changes: dict[str, float] = {}
            for key in RANGE_KEYS:
                _wait_until(lambda: tab.idle)  # statistics of the last range done
                watch.arm()
                began = time.monotonic()
                tab.set_range(key)
                _wait_until(lambda: watch.painted_at > 0)
                changes[key] = watch.painted_at - began
            emit(first_paint=first_paint, range_changes=changes)
            app.exit(0)

        QTimer.singleShot(0, measure)

    _run_app(data_dir, when_shown)


def charts_bare(arrays_path: str) -> None:
    """A window like ours (a tab widget, idle), then: import pyqtgraph, plot the arrays our
    Charts tab draws in its first paint in the same number of plots, show, wait for paint."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QVBoxLayout, QWidget

    app = QApplication(["bare"])
    window = QMainWindow()
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "Diary")
    holder = QWidget()
    tabs.addTab(holder, "Charts")
    window.setCentralWidget(tabs)
    window.resize(1100, 760)
    window.show()

    def measure() -> None:
        start = time.monotonic()
        import numpy as np
        import pyqtgraph as pg

        data = np.load(arrays_path)
        x = data["x"]
        view = pg.GraphicsLayoutWidget()
        lanes = view.addPlot(row=0, col=0)
        lanes.addItem(pg.ScatterPlotItem(x=data["lab_x"], y=np.zeros(len(data["lab_x"]))))
        names = [str(n) for n in data["names"]]
        master = None
        for row, name in enumerate(names, start=1):
            plot = view.addPlot(row=row, col=0)
            plot.plot(x, data[name], connect="finite")
            plot.plot(x, data[name + "_median"], connect="finite")
            if name == "total_sleep_min":
                plot.plot(x, data["tracked_sleep_min"], connect="finite")
            if master is None:
                master = plot
            else:
                plot.setXLink(master)
        lanes.setXLink(master)
        QVBoxLayout(holder).addWidget(view)
        watch = _PaintWatch(view.viewport())
        watch.arm()
        tabs.setCurrentIndex(1)
        _wait_until(lambda: watch.painted_at > 0)
        emit(first_paint=watch.painted_at - start)
        app.exit(0)

    QTimer.singleShot(0, measure)
    sys.exit(app.exec())


# --- 3: CSV import ----------------------------------------------------------------------------


def import_ours(data_dir: str, csv_path: str, zone: str) -> None:
    """Everything ``rls-diary import`` does after its modules are imported: open the writer
    (lock, checks), read and validate, compare with the diary, back up, write, commit, close."""
    from pathlib import Path

    from rls_diary.services.diary import Diary
    from rls_diary.services.importing import apply_import, plan_import

    folder = Path(data_dir)
    Diary.open_writer(folder, zone, "benchmark setup").close()  # the empty diary
    start = time.perf_counter()
    with Diary.open_writer(folder, zone, "benchmark") as diary:
        plan = plan_import(diary, Path(csv_path))
        if not plan.report.ok:
            emit(error=[str(p) for p in plan.report.problems[:5]])
            return
        apply_import(diary, plan)
    elapsed = time.perf_counter() - start
    with Diary.open_reader(folder, zone) as reader:
        emit(seconds=elapsed, nights=reader.night_count())


def import_bare(db_path: str, csv_path: str) -> None:
    """stdlib csv parse + executemany of the same rows (every cell as read), with the
    diary's connection pragmas, one transaction, into a table with one column per header
    name (date unique, as ours)."""
    import contextlib
    import csv
    import os
    import sqlite3

    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    columns = ", ".join(f'"{name}"' for name in header if name != "date")
    setup = sqlite3.connect(db_path, isolation_level=None)
    setup.execute(f"CREATE TABLE night (id INTEGER PRIMARY KEY, date TEXT UNIQUE, {columns})")
    setup.close()
    start = time.perf_counter()
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL").fetchone()
    for pragma in (
        "synchronous=FULL",
        "foreign_keys=ON",
        "trusted_schema=OFF",
        "busy_timeout=5000",
        "secure_delete=ON",
    ):
        conn.execute(f"PRAGMA {pragma}")
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        names = next(reader)
        rows = list(reader)
    marks = ", ".join("?" * len(names))
    quoted = ", ".join(f'"{name}"' for name in names)
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(f"INSERT INTO night ({quoted}) VALUES ({marks})", rows)
    conn.execute("COMMIT")
    conn.close()
    elapsed = time.perf_counter() - start
    with contextlib.closing(sqlite3.connect(db_path)) as check:
        count = check.execute("SELECT count(*) FROM night").fetchone()[0]
    os.remove(db_path)
    emit(seconds=elapsed, nights=count)


# --- 4: saving one night ----------------------------------------------------------------------


def save(data_dir: str, zone: str) -> None:
    """Median of ``Diary.save_night`` on existing nights of the big diary (a note changes)."""
    import statistics
    from pathlib import Path

    from rls_diary.services.diary import Diary

    times: list[float] = []
    with Diary.open_writer(Path(data_dir), zone, "benchmark") as diary:
        dates = diary.dates()
        for index in range(SAVES_PER_RUN):
            night = diary.night(dates[-1 - index * 7])
            assert night is not None
            changed = night.replace(notes=f"benchmark {time.time_ns()}")
            start = time.perf_counter()
            diary.save_night(changed)
            times.append(time.perf_counter() - start)
        sync = diary.conn.execute("PRAGMA synchronous").fetchone()[0]
    emit(seconds=statistics.median(times), samples=times, synchronous=sync)


# --- 5: PDF -----------------------------------------------------------------------------------


def pdf(data_dir: str, zone: str, out: str, first: str, last: str) -> None:
    """``rls-diary report`` after its imports: content, fonts, rendering, atomic write."""
    import datetime as dt
    from pathlib import Path

    from rls_diary.report.export import export_pdf

    start = time.perf_counter()
    export_pdf(
        Path(data_dir),
        zone,
        Path(out),
        start=dt.date.fromisoformat(first),
        end=dt.date.fromisoformat(last),
    )
    emit(seconds=time.perf_counter() - start, bytes=Path(out).stat().st_size)


PROBES = {
    "start-bare": start_bare,
    "start-ours": start_ours,
    "start-floor": start_floor,
    "start-label": start_label,
    "charts-ours": charts_ours,
    "charts-bare": charts_bare,
    "import-ours": import_ours,
    "import-bare": import_bare,
    "save": save,
    "pdf": pdf,
}

if __name__ == "__main__":
    import faulthandler

    faulthandler.dump_traceback_later(240, exit=True)  # a hung probe says where it hangs
    PROBES[sys.argv[1]](*sys.argv[2:])
