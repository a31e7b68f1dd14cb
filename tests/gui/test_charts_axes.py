"""The Charts tab's axes: dates read in UTC at day, week, month and year steps, and clock times
of the symptom onset."""

from __future__ import annotations

import datetime as dt

import pytest

from rls_diary.ui.charts.series import date_x
from rls_diary.ui.charts.time_axis import ClockAxis, DateAxis, date_tick_labels, date_ticks

pytestmark = pytest.mark.gui

DAY = 86_400


def dates(values: list[float]) -> list[dt.date]:
    return [dt.date(1970, 1, 1) + dt.timedelta(days=round(v / DAY)) for v in values]


def test_day_week_month_and_year_ticks_are_aligned(qapp) -> None:
    low, high = date_x(dt.date(2024, 3, 1)) - 1, date_x(dt.date(2024, 3, 31)) + 1
    every_other = date_ticks("D", 2, low, high)
    assert dates(list(every_other))[:2] == [dt.date(2024, 3, 2), dt.date(2024, 3, 4)]
    assert all(round(v / DAY) % 2 == 0 for v in every_other)  # even days since 1970
    mondays = dates(list(date_ticks("W", 1, low, high)))
    assert mondays == [dt.date(2024, 3, d) for d in (4, 11, 18, 25)]
    assert all(day.weekday() == 0 for day in mondays)
    low, high = date_x(dt.date(2023, 11, 15)), date_x(dt.date(2025, 2, 1))
    assert dates(list(date_ticks("M", 3, low, high))) == [
        dt.date(2024, 1, 1),
        dt.date(2024, 4, 1),
        dt.date(2024, 7, 1),
        dt.date(2024, 10, 1),
        dt.date(2025, 1, 1),
    ]
    low, high = date_x(dt.date(2003, 6, 1)), date_x(dt.date(2024, 6, 1))
    assert [d.year for d in dates(list(date_ticks("Y", 5, low, high)))] == [2005, 2010, 2015, 2020]


def test_date_labels_name_the_year_where_it_changes(qapp) -> None:
    days = [dt.date(2024, 12, 30), dt.date(2024, 12, 31), dt.date(2025, 1, 1)]
    values = [date_x(d) for d in days]
    assert date_tick_labels(values, DAY) == ["30 Dec 2024", "31 Dec", "1 Jan 2025"]
    months = [date_x(dt.date(2024, m, 1)) for m in (11, 12)] + [date_x(dt.date(2025, 1, 1))]
    assert date_tick_labels(months, 30 * DAY) == ["Nov 2024", "Dec", "Jan 2025"]
    assert date_tick_labels([date_x(dt.date(2020, 1, 1))], 365 * DAY) == ["2020"]


def test_date_labels_follow_the_window_language_not_the_c_locale(german: str) -> None:
    days = [date_x(dt.date(2024, 3, 4)), date_x(dt.date(2024, 3, 11))]
    assert date_tick_labels(days, 7 * DAY) == ["4. März 2024", "11. März"]
    months = [date_x(dt.date(2024, m, 1)) for m in (11, 12)]
    assert date_tick_labels(months, 30 * DAY) == ["Nov. 2024", "Dez."]


def test_date_axis_picks_a_step_that_fits(qapp) -> None:
    axis = DateAxis()
    low, high = date_x(dt.date(2005, 1, 1)), date_x(dt.date(2025, 1, 1))
    ((spacing, values),) = axis.tickValues(low, high, 1000)
    assert spacing >= 365 * DAY
    assert 2 <= len(values) <= 1000 / 80
    ((spacing, values),) = axis.tickValues(low, low + 10 * DAY, 1000)
    assert spacing == DAY
    assert len(values) == 11


def test_clock_axis_labels_and_steps(qapp) -> None:
    axis = ClockAxis()
    assert axis.tickStrings([-780.0, -180.0, 0.0, 120.0], 1, 60) == [
        "11:00",
        "21:00",
        "00:00",
        "02:00",
    ]
    ((step, values),) = axis.tickValues(-197.0, -2.0, 92)
    assert step == 60
    assert values == [-180.0, -120.0, -60.0]
    ((step, values),) = axis.tickValues(-780.0, 480.0, 90)
    assert len(values) >= 2
    assert all(v % step == 0 for v in values)


def test_a_left_axis_title_takes_two_lines_only_where_one_does_not_fit(qtbot) -> None:
    import pyqtgraph as pg

    from rls_diary.ui.charts.panel import axis_title, fit_axis_title

    view = pg.GraphicsLayoutWidget()
    qtbot.addWidget(view)
    axis = view.addPlot().getAxis("left")
    view.resize(400, 400)
    view.show()
    qtbot.waitUntil(lambda: axis.size().height() > 200)
    fit_axis_title(axis, "Efficiency", "%")
    assert axis.labelText == "Efficiency (%)"
    view.resize(400, 70)
    qtbot.waitUntil(lambda: axis.size().height() < 60)
    fit_axis_title(axis, "Efficiency", "%")
    assert axis.labelText == "Efficiency<br>(%)"
    assert axis_title(axis) == "Efficiency (%)"


def test_the_label_at_the_top_of_a_fixed_scale_is_drawn_with_a_grid(qtbot) -> None:
    import pyqtgraph as pg
    from PySide6.QtGui import QImage, QPainter

    from rls_diary.ui.charts.time_axis import ValueAxis

    def drawn(axis_item: pg.AxisItem | None) -> list[str]:
        view = pg.GraphicsLayoutWidget()
        qtbot.addWidget(view)
        plot = view.addPlot(axisItems={"left": axis_item} if axis_item else None)
        plot.showGrid(x=True, y=True)
        plot.setYRange(-0.9, 10.9, padding=0)
        axis = plot.getAxis("left")
        axis.setTicks([[(v, str(v)) for v in (0, 5, 10)], []])
        view.resize(300, 80)
        view.show()
        qtbot.waitUntil(lambda: 0 < axis.size().height() < 80)
        image = QImage(10, 10, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        try:
            _axis, _ticks, texts = axis.generateDrawSpecs(painter)
        finally:
            painter.end()
        return [text for _rect, _flags, text in texts]

    assert "10" not in drawn(None)  # pyqtgraph's own axis drops it (the reason for ValueAxis)
    assert drawn(ValueAxis("left")) == ["0", "5", "10"]
