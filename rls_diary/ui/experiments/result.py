"""The result of an experiment: the plain-language reading first, then the numbers (pair
differences, mean with its t-interval, the exact randomisation p and the smallest p possible)
and a small plot of the pair differences around 0.

The result is computed in a worker (the t quantile imports scipy, which takes a moment the
first time); the nights are read on the GUI thread and handed over as plain data.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rls_diary.domain import experiments as ex
from rls_diary.domain.records import Experiment
from rls_diary.services import experiments as service
from rls_diary.services.diary import Diary
from rls_diary.ui import workers
from rls_diary.ui.experiments import words
from rls_diary.ui.experiments.calendar import A_COLOUR, long_date

if TYPE_CHECKING:  # Qt's stub returns ``object``; the marker returns the text unchanged

    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

PAIR_COLUMNS: Final = (
    QT_TRANSLATE_NOOP("ResultPanel", "Pair"),
    QT_TRANSLATE_NOOP("ResultPanel", "Order"),
    QT_TRANSLATE_NOOP("ResultPanel", "A nights"),
    QT_TRANSLATE_NOOP("ResultPanel", "A mean"),
    QT_TRANSLATE_NOOP("ResultPanel", "B nights"),
    QT_TRANSLATE_NOOP("ResultPanel", "B mean"),
    "A − B",
)
_token = itertools.count(1)


def _number(value: float | None, decimals: int = 2) -> str:
    if value is None:
        return "–"
    return words.decimal(f"{value:.{decimals}f}".replace("-", "−"))


class DifferencePlot(QWidget):
    """Each complete pair's difference A − B as a dot, the mean as a bar with its 95 %
    interval, and 0 (no difference) as a vertical line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ex.Result | None = None
        self.setMinimumHeight(110)
        self.setAccessibleName(self.tr("Pair differences"))

    def sizeHint(self) -> QSize:
        return QSize(360, 120)

    def show_result(self, result: ex.Result | None) -> None:
        self.result = result
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        result = self.result
        if result is None or not result.pair_differences:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.Text)
        values = [*result.pair_differences, 0.0]
        if result.ci95 is not None:
            values += list(result.ci95)
        low, high = min(values), max(values)
        span = (high - low) or 1.0
        low, high = low - span * 0.08, high + span * 0.08
        margin = 16.0
        width = self.width() - 2 * margin

        def x(value: float) -> float:
            return margin + (value - low) / (high - low) * width

        axis_y = self.height() - 28.0
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(margin, axis_y), QPointF(margin + width, axis_y))
        zero = x(0.0)
        painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(zero, 8.0), QPointF(zero, axis_y))
        painter.setPen(QPen(text, 1))
        label_rect = QRectF(zero - 60, axis_y + 4, 120, 18)
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignHCenter, self.tr("0 = no difference"))
        painter.drawText(
            QRectF(margin, axis_y + 4, 80, 18), Qt.AlignmentFlag.AlignLeft, _number(low, 1)
        )
        painter.drawText(
            QRectF(margin + width - 80, axis_y + 4, 80, 18),
            Qt.AlignmentFlag.AlignRight,
            _number(high, 1),
        )
        dots_y = axis_y - 18.0
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(A_COLOUR))
        for value in result.pair_differences:
            painter.drawEllipse(QPointF(x(value), dots_y), 5.0, 5.0)
        if result.mean_difference is not None and result.ci95 is not None:
            mean_y = 22.0
            painter.setPen(QPen(text, 2))
            lo, hi = result.ci95
            painter.drawLine(QPointF(x(lo), mean_y), QPointF(x(hi), mean_y))
            for end in (lo, hi):
                painter.drawLine(QPointF(x(end), mean_y - 6), QPointF(x(end), mean_y + 6))
            painter.setBrush(text)
            painter.drawRect(QRectF(x(result.mean_difference) - 4, mean_y - 4, 8, 8))
        painter.end()


class ResultPanel(QWidget):
    """Pick an experiment and see its result; ``resultReady(Result)`` when one has arrived."""

    resultReady = Signal(object)

    def __init__(
        self, diary: Diary, now: Callable[[], dt.datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self._now = now
        self.result: ex.Result | None = None
        self._wanted: object = None
        self._task: workers.Task | None = None
        self._build()

    def _build(self) -> None:
        self.chooser = QComboBox(self)
        self.chooser.setAccessibleName(self.tr("Experiment"))
        self.chooser.currentIndexChanged.connect(self._on_chosen)
        self.reading = QLabel(self)
        self.reading.setObjectName("resultReading")
        self.reading.setWordWrap(True)
        self.reading.setTextFormat(Qt.TextFormat.PlainText)
        self.reading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.reading.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.reading.setFont(font)

        self.numbers = {
            key: QLabel(self)
            for key in ("pairs", "nights", "mean", "ci95", "p", "floor", "outcome")
        }
        form = QFormLayout()
        form.addRow(self.tr("Outcome:"), self.numbers["outcome"])
        form.addRow(self.tr("Complete pairs:"), self.numbers["pairs"])
        form.addRow(self.tr("Counted nights:"), self.numbers["nights"])
        form.addRow(self.tr("Mean difference A − B:"), self.numbers["mean"])
        form.addRow(self.tr("95 % interval (t):"), self.numbers["ci95"])
        form.addRow(self.tr("Randomisation p (exact):"), self.numbers["p"])
        form.addRow(self.tr("Smallest p possible:"), self.numbers["floor"])
        self.plot = DifferencePlot(self)
        self.plot_caption = QLabel(
            self.tr(
                "● each complete pair's difference A − B   ■ their mean, with the 95 % interval"
            ),
            self,
        )
        self.plot_caption.setWordWrap(True)
        self.pairs_table = QTableWidget(0, len(PAIR_COLUMNS), self)
        self.pairs_table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ResultPanel", c) for c in PAIR_COLUMNS]
        )
        self.pairs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairs_table.verticalHeader().setVisible(False)
        self.pairs_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.pairs_table.setAccessibleName(self.tr("Pairs"))
        self.empty = QLabel(
            self.tr(
                "No experiment yet. Once an experiment has nights recorded, its result appears "
                "here: how the outcome differed between A and B nights, and how likely a "
                "difference that large would be by chance."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.details = QWidget(self)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.reading)
        details.addLayout(form)
        details.addWidget(self.plot)
        details.addWidget(self.plot_caption)
        details.addWidget(self.pairs_table, 1)

        title = QLabel(self.tr("<b>Results</b>"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.chooser)
        layout.addWidget(self.empty)
        layout.addWidget(self.details, 1)
        layout.addStretch(0)

    # -- public ----------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """List the diary's experiments (newest first) and compute the chosen one's result;
        ``select`` picks an experiment id (default: the current or latest)."""
        experiments = sorted(
            service.experiments(self.diary), key=lambda e: (e.start, e.id), reverse=True
        )
        if select is None:
            latest = service.latest_experiment(self.diary, self._now())
            select = latest.id if latest is not None else None
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for e in experiments:
            name = (
                self.tr("{id}: {factor} — from {date} (stopped)")
                if e.stopped is not None
                else self.tr("{id}: {factor} — from {date}")
            )
            name = name.format(id=e.id, factor=e.factor, date=long_date(e.start))
            self.chooser.addItem(name, e.id)
        index = self.chooser.findData(select) if select is not None else -1
        self.chooser.setCurrentIndex(max(index, 0) if experiments else -1)
        self.chooser.blockSignals(False)
        has_any = bool(experiments)
        self.empty.setVisible(not has_any)
        self.chooser.setVisible(has_any)
        self.details.setVisible(has_any)
        self._on_chosen()

    def _on_chosen(self) -> None:
        data = self.chooser.currentData()
        if data is None:
            self.show_result(None)
            return
        e = service.get_experiment(self.diary, int(data))
        self.compute(e)

    def compute(self, e: Experiment) -> None:
        """Read the nights here, compute the result in a worker."""
        nights = self.diary.nights(e.start, ex.end_date(e))
        now = self._now()
        diary = self.diary
        token = (e.id, next(_token))
        self._wanted = token
        self.reading.setText(self.tr("Computing the result…"))
        task = workers.Task(lambda: service.analyse(e, nights, diary, now), token)
        task.signals.succeeded.connect(self._on_result)
        task.signals.failed.connect(self._on_failed)
        self._task = workers.start(task)

    @Slot(object, object)
    def _on_result(self, token: object, result: object) -> None:
        if token != self._wanted or not isinstance(result, ex.Result):
            return
        self._task = None
        self.show_result(result)

    @Slot(object, str)
    def _on_failed(self, token: object, message: str) -> None:
        if token != self._wanted:
            return
        self._task = None
        self.reading.setText(
            self.tr("The result could not be computed: {message}").format(message=message)
        )

    def show_result(self, result: ex.Result | None) -> None:
        self.result = result
        self.plot.show_result(result)
        self.pairs_table.setRowCount(0)
        if result is None:
            self.reading.setText("")
            for label in self.numbers.values():
                label.setText("")
            return
        e = result.experiment
        self.reading.setText(words.result_text(result))
        self.numbers["outcome"].setText(
            self.tr("{outcome}, in {unit}").format(
                outcome=words.outcome_label(e.outcome), unit=words.unit(e.outcome)
            )
        )
        self.numbers["pairs"].setText(
            self.tr("{complete} of {pairs}").format(complete=result.pairs_complete, pairs=e.pairs)
        )
        self.numbers["nights"].setText(f"A {result.nights_a} · B {result.nights_b}")
        mean = result.mean_difference
        self.numbers["mean"].setText(
            "–"
            if mean is None
            else f"{_number(mean)} ({words.describe_difference(mean, e.outcome)})"
        )
        ci = result.ci95
        self.numbers["ci95"].setText(
            "–"
            if ci is None
            else self.tr("{low} to {high}").format(low=_number(ci[0]), high=_number(ci[1]))
        )
        self.numbers["p"].setText("–" if result.p_value is None else words.format_p(result.p_value))
        self.numbers["floor"].setText(words.format_p(result.min_possible_p))
        self.pairs_table.setRowCount(len(result.pairs))
        for row, pair in enumerate(result.pairs):
            cells = (
                str(pair.pair + 1),
                pair.order,
                str(pair.n_a),
                _number(None if pair.mean_a is None else float(pair.mean_a)),
                str(pair.n_b),
                _number(None if pair.mean_b is None else float(pair.mean_b)),
                _number(None if pair.difference is None else float(pair.difference)),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not pair.complete:
                    item.setToolTip(self.tr("Incomplete: a block without counted nights; not used"))
                self.pairs_table.setItem(row, column, item)
        self.resultReady.emit(result)
