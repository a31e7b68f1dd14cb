"""Charts tab: clicking and hovering nights, exporting PNG and SVG, the iron-test and lifestyle
charts, treatment bands, and the dark palette."""

from __future__ import annotations

import datetime as dt
import statistics as stdlib_statistics
import xml.etree.ElementTree as ET

import numpy as np
import pyqtgraph as pg
import pytest
from charts_support import ZONE, FakeChooser, fill, open_tab, random_nights, wait_idle
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPalette

from rls_diary.domain.night import Night
from rls_diary.domain.records import Condition, Lab, Medication
from rls_diary.services.diary import Diary
from rls_diary.ui.charts.series import SECONDS_PER_DAY, date_x
from rls_diary.ui.charts.text import date_text

pytestmark = pytest.mark.gui

FIRST = dt.date(2024, 1, 1)
SVG = "{http://www.w3.org/2000/svg}"


def day(offset: int) -> dt.date:
    return FIRST + dt.timedelta(days=offset)


def simple_nights(count: int) -> list[Night]:
    return [
        Night(day(i), timezone=ZONE, rls_severity=i % 11, sleep_quality=1 + i % 5)
        for i in range(count)
    ]


def widget_point(panel, plot, x: float, y: float):  # type: ignore[no-untyped-def]
    scene_point = plot.vb.mapViewToScene(QPointF(x, y))
    return panel.view.mapFromScene(scene_point)


# --- click and hover --------------------------------------------------------------------------


def test_clicking_a_night_in_the_time_series_opens_it(qtbot, diary: Diary) -> None:
    fill(diary, [n for n in simple_nights(20) if n.date != day(9)])
    tab = open_tab(qtbot, diary)
    panel = tab.over_time
    plot = panel.plots["rls_severity"]
    with qtbot.waitSignal(tab.openNight, timeout=5000) as blocker:
        qtbot.mouseClick(
            panel.view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=widget_point(panel, plot, date_x(day(4)), 4.0),
        )
    assert blocker.args == [day(4)]
    # a click on the day without an entry opens the nearest night only when it is close
    per_day = SECONDS_PER_DAY / plot.vb.viewPixelSize()[0]
    assert per_day > 20  # 20 nights across the plot: days are far apart in pixels
    seen: list[dt.date] = []
    tab.openNight.connect(seen.append)
    qtbot.mouseClick(
        panel.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=widget_point(panel, plot, date_x(day(9)), 4.0),
    )
    assert seen == []


def test_clicking_a_scatter_point_opens_its_night(qtbot, diary: Diary) -> None:
    fill(diary, simple_nights(25))
    tab = open_tab(qtbot, diary)
    tab.show_panel("scatter")
    qtbot.waitUntil(lambda: tab.scatter.window is not None)
    points = tab.scatter.points["sleep_quality"]
    xs, ys = points.getData()
    target = 7
    with qtbot.waitSignal(tab.openNight, timeout=5000) as blocker:
        qtbot.mouseClick(
            tab.scatter.view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=widget_point(
                tab.scatter, tab.scatter.plots["sleep_quality"], xs[target], ys[target]
            ),
        )
    assert blocker.args == [day(target)]


def test_hover_shows_the_date_and_values(qtbot, diary: Diary) -> None:
    t = dt.time.fromisoformat
    nights = simple_nights(10)
    nights[5] = nights[5].replace(rls_onset=t("21:30"))
    fill(diary, nights)
    tab = open_tab(qtbot, diary)
    panel = tab.over_time
    plot = panel.plots["sleep_quality"]
    scene_point = plot.vb.mapViewToScene(QPointF(date_x(day(5)) + 3600, 3.0))
    panel.view.scene().sigMouseMoved.emit(scene_point)
    assert panel.info.text() == (
        f"{date_text(day(5))}: RLS severity 5 · sleep quality 1 · symptoms began 21:30"
    )
    assert all(cursor.isVisible() for cursor in panel.cursors)
    assert panel.cursors[0].value() == date_x(day(5))


def test_hover_names_the_treatment_of_that_night(qtbot, diary: Diary) -> None:
    fill(
        diary,
        simple_nights(30),
        medications=[Medication("gabapentin", "alpha2delta", day(10), 300, "mg")],
    )
    tab = open_tab(qtbot, diary)
    assert tab.over_time.hover_text(12).endswith("— gabapentin 300 mg")
    assert "gabapentin" not in tab.over_time.hover_text(9)


# --- export -----------------------------------------------------------------------------------


def test_svg_export_is_a_valid_svg_with_paths(qtbot, diary: Diary, tmp_path) -> None:
    target = tmp_path / "chart.svg"
    chooser = FakeChooser(target)
    fill(diary, simple_nights(40))
    tab = open_tab(qtbot, diary, file_chooser=chooser)
    assert tab.export_chart(tab.over_time, "svg") == target
    root = ET.parse(target).getroot()
    assert root.tag == f"{SVG}svg"
    paths = root.findall(f".//{SVG}path")
    assert len(paths) > 20
    assert any(len(p.get("d", "")) > 200 for p in paths)  # the series, not only the frame
    assert chooser.asked == [("svg", f"rls-diary-over-time-{dt.date.today().isoformat()}.svg")]


@pytest.mark.parametrize("name", ["over_time", "iron", "scatter", "lifestyle"])
def test_every_chart_exports_png_and_svg(qtbot, diary: Diary, tmp_path, name: str) -> None:
    fill(diary, random_nights(2, 60, FIRST), labs=[Lab(day(10), ferritin_ng_ml=60, tsat_pct=18)])
    chooser = FakeChooser(None)
    tab = open_tab(qtbot, diary, file_chooser=chooser)
    panel = tab.show_panel(name)
    chooser.path = tmp_path / "chart.png"
    assert tab.export_current("png") == chooser.path
    image = QImage(str(chooser.path))
    assert not image.isNull()
    assert image.width() == round(panel.view.viewport().width() * 2)
    chooser.path = tmp_path / "chart.svg"
    with qtbot.waitSignal(panel.exportRequested):
        panel.exportRequested.emit("svg")  # the chart's own context menu asks the same way
    assert ET.parse(chooser.path).getroot().findall(f".//{SVG}path")


def test_cancelled_export_writes_nothing(qtbot, diary: Diary, tmp_path) -> None:
    fill(diary, simple_nights(5))
    tab = open_tab(qtbot, diary, file_chooser=FakeChooser(None))
    assert tab.export_current("svg") is None
    assert list(tmp_path.glob("*.svg")) == []
    # pyqtgraph's own export menu (whose SVG exporter is broken) is not offered
    assert tab.over_time.view.scene().contextMenu == []


# --- iron tests -------------------------------------------------------------------------------


def test_iron_chart_reference_lines_and_markings(qtbot, diary: Diary) -> None:
    infusion = Medication("ferric carboxymaltose", "iron_iv", day(100), 1000, "mg", stop=day(100))
    labs = [
        Lab(day(90), ferritin_ng_ml=40, tsat_pct=15),
        Lab(day(130), ferritin_ng_ml=420, tsat_pct=40),  # 30 days after the infusion
        Lab(day(250), ferritin_ng_ml=95),  # during kidney disease
    ]
    kidney = Condition("kidney_disease", day(200), day(300))
    fill(diary, simple_nights(30), medications=[infusion], labs=labs, conditions=[kidney])
    tab = open_tab(qtbot, diary)
    iron = tab.iron
    assert sorted(line.value() for line in iron.references) == [20.0, 75.0, 100.0]
    x, y = iron.points["ferritin"].getData()
    assert x.tolist() == [date_x(day(90)), date_x(day(130)), date_x(day(250))]
    assert y.tolist() == [40.0, 420.0, 95.0]
    assert list(iron.points["ferritin"].data["symbol"]) == ["o", "star", "s"]
    x, y = iron.points["tsat"].getData()  # the blank TSAT is left out, not drawn at 0
    assert y.tolist() == [15.0, 40.0]
    regions = [
        item.getRegion()
        for item in iron.ferritin_plot.items
        if isinstance(item, pg.LinearRegionItem)
    ]
    assert (date_x(day(200)), date_x(day(301))) in regions  # the kidney-disease period
    assert (date_x(day(100)), date_x(day(100 + 56)) + SECONDS_PER_DAY) in regions
    legend = [label.text for _sample, label in iron.legend.items]
    assert legend == [
        "test result",
        "within 8 weeks after IV iron (may be raised)",
        "during kidney disease",
    ]
    assert "discuss" in iron.info.text().lower()


def test_treatment_bands_are_on_the_time_axis(qtbot, diary: Diary) -> None:
    courses = [
        Medication("pramipexole", "dopamine_agonist", day(5), 0.125, "mg", stop=day(14)),
        Medication("pramipexole", "dopamine_agonist", day(15), 0.25, "mg"),
    ]
    fill(
        diary,
        simple_nights(40),
        medications=courses,
        conditions=[Condition("pregnancy", day(20), day(30))],
        labs=[Lab(day(25), ferritin_ng_ml=50)],
    )
    tab = open_tab(qtbot, diary)
    tab.set_range("all")
    panel = tab.over_time
    lanes = panel.lanes_plot
    flagged = {id(region) for _band, region in panel.insight_periods}
    regions = sorted(
        item.getRegion()
        for item in lanes.items
        if isinstance(item, pg.LinearRegionItem) and id(item) not in flagged
    )
    assert regions == [
        (date_x(day(5)), date_x(day(15))),
        (date_x(day(15)), date_x(day(40))),  # ongoing: to the last night
        (date_x(day(20)), date_x(day(31))),
    ]
    x, _ = panel.lab_markers.getData()
    assert x.tolist() == [date_x(day(25))]
    # severity (i % 11) rose after the dose increase on day 15: the insight flags it
    assert [band.text for band, _ in panel.insight_periods] == ["worse after a dose increase"]
    names = sorted(item.toPlainText() for item in lanes.items if isinstance(item, pg.TextItem))
    assert names == [
        "pramipexole 0.125 mg",
        "pramipexole 0.25 mg",
        "pregnancy",
        "worse after a dose increase",
    ]
    ticks = lanes.getAxis("left")._tickLevels[0]
    assert ticks == [(0, "iron tests"), (1.0, "insights")]


# --- lifestyle --------------------------------------------------------------------------------


def test_lifestyle_boxes_follow_the_groups(qtbot, diary: Diary) -> None:
    nights = random_nights(9, 120, FIRST)
    fill(diary, nights)
    tab = open_tab(qtbot, diary)
    tab.set_range("all")
    wait_idle(qtbot, tab)
    tab.show_panel("lifestyle")
    tab.lifestyle.choose("caffeine_drinks")
    by_date = {n.date: n for n in nights}
    index = tab.lifestyle.factor.outcomes.index(("sleep_quality", 1))
    groups: dict[int, list[float]] = {0: [], 1: [], 2: [], 3: []}
    dates = []
    for date, night in sorted(by_date.items()):
        later = by_date.get(date + dt.timedelta(days=1))
        if later is None or night.caffeine_drinks is None or later.sleep_quality is None:
            continue
        groups[min(night.caffeine_drinks, 3)].append(float(later.sleep_quality))
        dates.append(later.date)
    _, medians = tab.lifestyle.median_bars[index].getData()
    present = medians[~np.isnan(medians)]
    expected = [stdlib_statistics.median(v) for k, v in sorted(groups.items()) if v]
    assert present[::2].tolist() == expected
    strip = tab.lifestyle.strips[index]
    assert len(strip.getData()[0]) == sum(len(v) for v in groups.values())
    assert sorted(dt.date.fromordinal(int(d)) for d in strip.data["data"]) == dates
    ticks = tab.lifestyle.plots[index].getAxis("bottom")._tickLevels[0]
    assert [label for _pos, label in ticks] == [
        f"{name} (n={len(groups[k])})" for k, name in enumerate(("0", "1", "2", "3+"))
    ]
    # the next-day factor: tonight's severity against the next day's sleepiness
    tab.lifestyle.choose("rls_severity")
    assert tab.lifestyle.factor.outcomes[0] == ("daytime_sleepiness", 1)
    assert tab.lifestyle.shown[0] is not None
    assert tab.lifestyle.shown[0]["y"] == "daytime_sleepiness"


# --- palette ----------------------------------------------------------------------------------


def test_dark_palette_recolours_the_charts(qtbot, diary: Diary) -> None:
    fill(diary, simple_nights(30))
    tab = open_tab(qtbot, diary)
    light_quality = tab.over_time.median["sleep_quality"].opts["pen"].color().name()
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    tab.setPalette(dark)
    qtbot.waitUntil(lambda: tab.over_time.style_.dark)
    assert tab.over_time.view.backgroundBrush().color().name() == "#1e1e1e"
    dark_quality = tab.over_time.median["sleep_quality"].opts["pen"].color().name()
    assert dark_quality != light_quality
    axis_pen = tab.over_time.plots["rls_severity"].getAxis("left").textPen().color().name()
    assert axis_pen == "#eeeeee"


def test_remission_band_and_recurrence_marker(qtbot, diary: Diary) -> None:
    nights = [Night(day(i), timezone=ZONE, rls_severity=0) for i in range(35)]
    nights += [Night(day(35 + i), timezone=ZONE, rls_severity=5) for i in range(10)]
    fill(diary, nights)
    tab = open_tab(qtbot, diary)
    lanes = tab.over_time.lanes_plot
    regions = [i.getRegion() for i in lanes.items if isinstance(i, pg.LinearRegionItem)]
    assert regions == [(date_x(day(0)), date_x(day(35)))]
    x, _ = tab.over_time.recurrence_markers.getData()
    assert x.tolist() == [date_x(day(35))]
    assert tab.over_time.hover_text(20).endswith("— remission, 35 nights")
