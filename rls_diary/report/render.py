"""The PDF summary on paper (issue 7): QPdfWriter + QPainter, QtGui only.

Page 1 holds what a clinician reads first: who and when, what needs attention, the summary
table against the previous period, medications, iron and IRLS. Charts follow, then the other
findings, the patient's questions, experiments and (only when asked) notes. Every page has
the not-medical-advice notice and "page X of N" in its footer. The same drawing code paints
the PDF and the preview images, so the preview shows exactly what is saved.

The PDF's metadata holds the title and creator below and Qt's producer, dates and document id:
never a user name, host name or file path (the document is written to memory, not to a file,
and the caller writes the bytes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from rls_diary.domain.statistics import summary
from rls_diary.report import content as rc
from rls_diary.report.charts import (
    BLUE,
    GREEN,
    GREY,
    ORANGE,
    VERMILLION,
    Marker,
    Panel,
    Point,
    Series,
    TimeChart,
    value_ticks,
)
from rls_diary.report.layout import (
    DOTS_PER_METER_72DPI,
    INK,
    MUTED,
    PAPERS,
    RULE,
    Block,
    Box,
    Column,
    Columns,
    Heading,
    Kit,
    Paragraph,
    Placed,
    Space,
    Span,
    Table,
    Text,
    load_fonts,
    page_size,
    paginate,
)

CREATOR: Final = "RLS Diary"
MARGIN_X: Final = 42.0
MARGIN_TOP: Final = 38.0
FOOTER: Final = 46.0  # reserved at the bottom of every page
MAX_POINTS: Final = 120  # per series; longer periods are charted as medians of bins
BINS: Final = (
    (1, "one night"),
    (7, "7 nights"),
    (14, "14 nights"),
    (28, "28 nights"),
    (91, "91 nights (13 weeks)"),
    (182, "182 nights (26 weeks)"),
)
RIGHT: Final = Qt.AlignmentFlag.AlignRight


# --- output ----------------------------------------------------------------------------------


def render_pdf(content: rc.ReportContent, paper: str = "a4") -> bytes:
    """The report as PDF bytes (needs a QGuiApplication; any thread)."""
    kit = Kit(load_fonts())
    size = page_size(paper)
    pages = _paginate(content, kit, size.width(), size.height())
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(72)  # one device unit = one point
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAPERS[paper]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Point,
        )
    )
    writer.setTitle(content.title)
    writer.setCreator(CREATOR)
    painter = QPainter(writer)
    try:
        for index, page in enumerate(pages):
            if index:
                writer.newPage()
            _draw_page(painter, kit, content, page, index, len(pages), size.width(), size.height())
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data())


def render_images(content: rc.ReportContent, paper: str = "a4", scale: float = 1.5) -> list[QImage]:
    """The pages as white images, ``scale`` pixels per point (any thread)."""
    kit = Kit(load_fonts())
    size = page_size(paper)
    pages = _paginate(content, kit, size.width(), size.height())
    images = []
    for index, page in enumerate(pages):
        image = QImage(
            round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_RGB32
        )
        image.setDotsPerMeterX(DOTS_PER_METER_72DPI)
        image.setDotsPerMeterY(DOTS_PER_METER_72DPI)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            painter.scale(scale, scale)
            _draw_page(painter, kit, content, page, index, len(pages), size.width(), size.height())
        finally:
            painter.end()
        images.append(image)
    return images


def _paginate(
    content: rc.ReportContent, kit: Kit, width: float, height: float
) -> list[list[Placed]]:
    return paginate(build_blocks(content), kit, width - 2 * MARGIN_X, MARGIN_TOP, height - FOOTER)


def _draw_page(
    painter: QPainter,
    kit: Kit,
    content: rc.ReportContent,
    page: Sequence[Placed],
    index: int,
    count: int,
    width: float,
    height: float,
) -> None:
    for placed in page:
        placed.block.draw(painter, MARGIN_X, placed.y)
    _draw_footer(painter, kit, content, index, count, width, height)


def _draw_footer(
    painter: QPainter,
    kit: Kit,
    content: rc.ReportContent,
    index: int,
    count: int,
    width: float,
    height: float,
) -> None:
    inner = width - 2 * MARGIN_X
    top = height - FOOTER + 8.0
    painter.setPen(QPen(RULE, 0.5))
    painter.drawLine(QPointF(MARGIN_X, top), QPointF(MARGIN_X + inner, top))
    who = f"{content.patient_name} · " if content.patient_name else ""
    page = Text(kit, f"Page {index + 1} of {count}", kit.small_bold, 80.0, align=RIGHT)
    page.draw(painter, MARGIN_X + inner - 80.0, top + 4.0)
    where = Text(
        kit, f"{who}{content.title}, {content.period.text}", kit.tiny, inner - 90.0, color=MUTED
    )
    where.draw(painter, MARGIN_X, top + 4.0)
    notice = Text(kit, content.notice, kit.tiny, inner - 90.0, color=MUTED)
    notice.draw(painter, MARGIN_X, top + 5.0 + where.height)


# --- the blocks ------------------------------------------------------------------------------


def build_blocks(content: rc.ReportContent) -> list[Block]:
    """Everything in reading order; :func:`paginate` places it on pages."""
    blocks: list[Block] = [*_header(content)]
    attention = content.attention
    if attention:
        blocks.append(Space(6.0))
        blocks.append(
            Box(
                "Needs attention — please discuss at this visit",
                [_finding_spans(f) for f in attention],
            )
        )
    blocks.extend(_summary(content))
    blocks.extend(_medications(content))
    blocks.extend(_iron_and_irls(content))
    blocks.extend(_charts(content))
    blocks.extend(_findings(content))
    blocks.extend(_questions(content))
    blocks.extend(_experiments(content))
    blocks.extend(_notes(content))
    return blocks


def _header(content: rc.ReportContent) -> list[Block]:
    period, previous = content.period, content.previous
    title: list[Block] = [Paragraph(content.title, style="title", after=4.0)]
    if content.patient_name:
        name = Paragraph(
            [("Patient: ", False), (content.patient_name, True)],
            align=RIGHT,
            before=6.0,
            after=4.0,
        )
        title = [Columns([(3.0, title), (2.0, [name])])]
    late = content.nights_late
    return [
        *title,
        Paragraph(
            [
                ("Period: ", True),
                (f"{period.text} ({period.nights} nights)", False),
                ("   Compared with: ", True),
                (f"{previous.text} (the {previous.nights} nights before)", False),
            ],
            after=2.0,
        ),
        Paragraph(
            [
                ("Nights recorded: ", True),
                (f"{content.nights_recorded} of {content.nights_in_period}", False),
                ("   Entered late: ", True),
                (f"{late} (more than a day after the morning)", False),
                ("   Generated: ", True),
                (content.generated.isoformat(), False),
            ],
            after=2.0,
        ),
        Paragraph(
            "Kept by the patient in RLS Diary, a sleep diary based on the Consensus Sleep "
            "Diary. Nights are dated by the morning they end; blank entries are left out of "
            "every figure, never counted as 0.",
            style="small",
            color=MUTED,
            after=0.0,
        ),
    ]


def _finding_spans(finding: rc.ReportFinding) -> list[Span]:
    title = rc.SECTION_TITLES[finding.section]
    return [(f"{title}: ", True), (finding.message, False)]


def _summary(content: rc.ReportContent) -> list[Block]:
    rows: list[list[str | Sequence[Span]]] = []
    for row in (*content.metrics, *([content.tracked] if content.tracked else [])):
        now = rc.summary_text(row.metric, row.current)
        before = rc.summary_text(row.metric, row.previous)
        rows.append(
            [
                row.metric.label,
                [(now[0], True)],
                now[1],
                now[2],
                before[0],
                before[1],
                before[2],
                rc.change_text(row.metric, row.current, row.previous),
            ]
        )
    columns = [
        Column("Measure", 2.35),
        Column("Median", 0.95, RIGHT),
        Column("IQR", 1.55, RIGHT),
        Column("n", 0.5, RIGHT),
        Column("Median", 0.95, RIGHT),
        Column("IQR", 1.55, RIGHT),
        Column("n", 0.5, RIGHT),
        Column("Change", 1.25, RIGHT),
    ]
    groups = [
        (f"This period ({content.period.nights} nights)", 1, 3),
        (f"Previous {content.previous.nights} nights", 4, 6),
    ]
    return [
        Heading("Summary: this period and the one before"),
        Table(columns, rows, groups=groups),
        Paragraph(
            "Median and interquartile range (IQR, 25th–75th percentile) over the nights with "
            "a value; n = nights with a value; change = this period's median minus the "
            "previous one's. Severity: 0 none – 10 worst. Quality: 1 very "
            "poor – 5 very good. Total sleep = time from trying to sleep to the final "
            "awakening, minus time to fall asleep and time awake (Consensus Sleep Diary)."
            + (
                " Tracked sleep was measured by another app and is not part of it."
                if content.tracked
                else ""
            ),
            style="small",
            color=MUTED,
            before=2.0,
        ),
    ]


def _medications(content: rc.ReportContent) -> list[Block]:
    heading = Heading("Medications taken in this period")
    if not content.medications:
        return [heading, Paragraph("No medication course recorded for this period.")]
    rows: list[list[str | Sequence[Span]]] = [
        [
            [(line.name, True)],
            line.class_text,
            line.dose_text,
            line.time.strftime("%H:%M") if line.time else "–",
            line.start.isoformat(),
            line.stop.isoformat() if line.stop else "ongoing",
        ]
        for line in content.medications
    ]
    columns = [
        Column("Medicine", 2.0),
        Column("Class", 2.0),
        Column("Dose", 1.1, RIGHT),
        Column("Usual time", 1.0, RIGHT),
        Column("From", 1.2, RIGHT),
        Column("To", 1.2, RIGHT),
    ]
    return [heading, Table(columns, rows)]


def _iron_and_irls(content: rc.ReportContent) -> list[Block]:
    lab = content.latest_lab
    iron: list[Block]
    if lab is None:
        iron = [Paragraph("No ferritin or transferrin saturation result recorded.")]
    else:
        iron = [
            Paragraph(
                [
                    ("Ferritin: ", True),
                    (
                        f"{rc.number(lab.ferritin_ng_ml)} ng/mL"
                        if lab.ferritin_ng_ml is not None
                        else "not recorded",
                        False,
                    ),
                    ("   TSAT: ", True),
                    (
                        f"{rc.number(lab.tsat_pct)} %" if lab.tsat_pct is not None else "–",
                        False,
                    ),
                    (f"   ({lab.date.isoformat()}", False),
                    (", may be raised by an iron infusion)" if lab.after_infusion else ")", False),
                ],
                after=2.0,
            ),
            Paragraph(
                "For RLS, guidelines (AASM 2024, IRLSSG 2018) suggest discussing iron "
                "treatment at ferritin ≤ 75 ng/mL or TSAT < 20 %; IV iron is sometimes "
                "considered at 75–100 ng/mL.",
                style="small",
                color=MUTED,
            ),
        ]
    irls: list[Block]
    if content.irls is None:
        irls = [Paragraph("No IRLS total recorded.")]
    else:
        score = content.irls
        before = (
            f"; previous {score.previous_total} on {score.previous_date.isoformat()}"
            if score.previous_total is not None and score.previous_date is not None
            else ""
        )
        irls = [
            Paragraph(
                [
                    ("IRLS total: ", True),
                    (f"{score.total} of 40, {score.band}", True),
                    (f" ({score.date.isoformat()}{before})", False),
                ],
                after=2.0,
            ),
            Paragraph(
                "Bands: 0 none, 1–10 mild, 11–20 moderate, 21–30 severe, 31–40 very severe.",
                style="small",
                color=MUTED,
            ),
        ]
    return [Heading("Iron and IRLS"), Columns([(1.15, iron), (1.0, irls)])]


# --- charts ----------------------------------------------------------------------------------


def _charts(content: rc.ReportContent) -> list[Block]:
    """The period's charts (those with something to show) and the iron history; medication
    changes are explained under the first chart that marks them."""
    period = content.period
    markers = [Marker(e.first_night, e.label) for e in content.medication_events]
    width, how = _bin_width(period.nights)
    days = list(content.days)
    charts: list[TimeChart] = []
    severity = _points(days, width, lambda d: d.severity)
    quality = _points(days, width, lambda d: d.quality)
    if severity or quality:
        charts.append(_severity_chart(period, severity, quality, markers, width, how))
    onset = _points(days, width, lambda d: d.onset_min)
    if onset:
        charts.append(_onset_chart(period, onset, markers, width))
    sleep = _sleep_chart(content, days, markers, width)
    if sleep is not None:
        charts.append(sleep)
    for chart in charts[1:]:
        chart.explain_markers = False
    blocks: list[Block] = [Space(8.0), *charts]
    if not charts:
        blocks.append(Paragraph("No severity, sleep or onset values to chart in this period."))
    if sum(1 for lab in content.labs if lab.ferritin_ng_ml is not None) >= 2:
        blocks.append(_ferritin_chart(content))
    return blocks


def _severity_chart(
    period: rc.Period,
    severity: list[Point],
    quality: list[Point],
    markers: list[Marker],
    width: int,
    how: str,
) -> TimeChart:
    note = (
        f"Each point is the median of {how}; the vertical line is its interquartile range."
        if width > 1
        else "Each point is one night; gaps are nights without a value."
    )
    return TimeChart(
        "RLS severity and sleep quality",
        period.start,
        period.end,
        [
            Panel(
                "RLS severity (0 none – 10 worst)",
                0,
                10,
                [(v, rc.number(v)) for v in (0, 2, 4, 6, 8, 10)],
                [Series("RLS severity", severity, VERMILLION, "circle", max_gap_days=width)],
                height=66.0,
            ),
            Panel(
                "Sleep quality (1 very poor – 5 very good)",
                1,
                5,
                [(v, rc.number(v)) for v in (1, 2, 3, 4, 5)],
                [
                    Series(
                        "Sleep quality",
                        quality,
                        BLUE,
                        "square",
                        filled=False,
                        dash=Qt.PenStyle.DashLine,
                        max_gap_days=width,
                    )
                ],
                height=48.0,
            ),
        ],
        markers=markers,
        note=note,
    )


def _bin_width(nights: int) -> tuple[int, str]:
    """Nights per chart point: every night up to 120 nights, else the smallest bin that
    keeps the chart to about 120 points."""
    for width, text in BINS:
        if -(-nights // width) <= MAX_POINTS:
            return width, text
    return BINS[-1]


def _points(
    days: Sequence[rc.Day], width: int, value: Callable[[rc.Day], float | None]
) -> list[Point]:
    if width == 1:
        return [Point(d.date, v) for d in days if (v := value(d)) is not None]
    points = []
    for first, _, group in rc.binned(days, width):
        stats = summary(value(d) for d in group)
        if stats.median is None:
            continue
        middle = first + dt.timedelta(days=width // 2)
        points.append(Point(middle, stats.median, stats.p25, stats.p75))
    return points


def _onset_chart(
    period: rc.Period, onset: list[Point], markers: list[Marker], width: int
) -> TimeChart:
    values = [p.y for p in onset] + [v for p in onset for v in (p.low, p.high) if v is not None]
    low = min(values) // 60 * 60 - 30
    high = -(-max(values) // 60) * 60 + 30
    if high - low < 240:
        middle = (high + low) / 2
        low, high = middle - 120, middle + 120
    ticks = value_ticks(low, high, (60, 120, 180, 240, 360, 720))
    return TimeChart(
        "When symptoms began",
        period.start,
        period.end,
        [
            Panel(
                "Clock time (higher = later in the evening; lower = earlier)",
                low,
                high,
                [(t, rc.clock(t)) for t in ticks],
                [Series("Symptoms began", onset, ORANGE, "diamond", max_gap_days=width)],
                height=70.0,
            )
        ],
        markers=markers,
    )


def _sleep_chart(
    content: rc.ReportContent, days: list[rc.Day], markers: list[Marker], width: int
) -> TimeChart | None:
    period = content.period
    total = _hours(_points(days, width, lambda d: d.total_sleep_min))
    series = [Series("Total sleep (diary)", total, GREEN, "triangle", max_gap_days=width)]
    tracked = _hours(_points(days, width, lambda d: d.tracked_sleep_min))
    if tracked:
        sources = ", ".join(content.tracked_sources) or rc.OTHER_APP
        series.append(
            Series(
                f"Tracked sleep ({sources})",
                tracked,
                GREY,
                "circle",
                filled=False,
                dash=Qt.PenStyle.DashDotLine,
                max_gap_days=width,
            )
        )
    if not total and not tracked:
        return None
    values = [p.y for s in series for p in s.points] + [
        p.high for s in series for p in s.points if p.high is not None
    ]
    high = max(10.0, float(-(-max(values, default=0.0) // 2) * 2))
    return TimeChart(
        "Sleep time",
        period.start,
        period.end,
        [
            Panel(
                "Hours asleep",
                0,
                high,
                [(v, rc.number(v)) for v in value_ticks(0, high, (2, 4, 6))],
                series,
                height=62.0,
            )
        ],
        markers=markers,
        note=(
            "Tracked sleep is measured by another app or device; it is shown beside the "
            "diary's total sleep, never mixed into it."
            if tracked
            else ""
        ),
    )


def _hours(points: list[Point]) -> list[Point]:
    return [
        Point(
            p.x,
            p.y / 60,
            None if p.low is None else p.low / 60,
            None if p.high is None else p.high / 60,
        )
        for p in points
    ]


def _ferritin_chart(content: rc.ReportContent) -> TimeChart:
    labs = content.labs
    first = min(labs[0].date, content.period.start) - dt.timedelta(days=14)
    last = max(labs[-1].date, content.period.end)
    ferritin = [
        Point(lab.date, lab.ferritin_ng_ml) for lab in labs if lab.ferritin_ng_ml is not None
    ]
    top = max(150.0, max(p.y for p in ferritin) * 1.15)
    gap = (last - first).days + 1
    panels = [
        Panel(
            "Ferritin (ng/mL)",
            0,
            top,
            [(v, rc.number(v)) for v in value_ticks(0, top, (25, 50, 100, 200, 500))],
            [Series("Ferritin", ferritin, INK, "circle", max_gap_days=gap)],
            height=62.0,
            references=[(v, f"{rc.number(v)} ng/mL") for v in rc.FERRITIN_REFERENCES],
        )
    ]
    tsat = [Point(lab.date, lab.tsat_pct) for lab in labs if lab.tsat_pct is not None]
    if tsat:
        high = max(50.0, max(p.y for p in tsat) * 1.15)
        panels.append(
            Panel(
                "Transferrin saturation (%)",
                0,
                high,
                [(v, rc.number(v)) for v in value_ticks(0, high, (10, 20, 25, 50))],
                [
                    Series(
                        "TSAT",
                        tsat,
                        BLUE,
                        "square",
                        filled=False,
                        dash=Qt.PenStyle.DashLine,
                        max_gap_days=gap,
                    )
                ],
                height=46.0,
                references=[(rc.TSAT_REFERENCE, f"{rc.number(rc.TSAT_REFERENCE)} %")],
            )
        )
    return TimeChart(
        "Iron tests over time",
        first,
        last,
        panels,
        note="Dashed lines: ferritin 75 and 100 ng/mL, TSAT 20 % (see Iron above).",
    )


# --- findings and the rest -------------------------------------------------------------------


def _findings(content: rc.ReportContent) -> list[Block]:
    blocks: list[Block] = [Heading("Findings")]
    others = [f for f in content.findings if not f.needs_attention]
    if content.attention:
        blocks.append(
            Paragraph(
                "The findings that need attention are on page 1.",
                style="small",
                color=MUTED,
            )
        )
    shown = False
    for section, title in rc.SECTION_TITLES.items():
        items = [f for f in others if f.section == section]
        if section == "lifestyle":
            lifestyle = _lifestyle(content, items)
            blocks.extend(lifestyle)
            shown = shown or bool(lifestyle)
            continue
        if not items:
            continue
        shown = True
        blocks.append(
            Paragraph(title, style="body_bold", before=3.0, after=2.0, keep_with_next=True)
        )
        blocks.extend(Paragraph(f.message, bullet="•") for f in items)
    if not shown:
        blocks.append(Paragraph("No other findings for this period."))
    return blocks


def _lifestyle(content: rc.ReportContent, items: Sequence[rc.ReportFinding]) -> list[Block]:
    window = content.lifestyle_window
    if window is None:
        return []
    blocks: list[Block] = [
        Paragraph(
            rc.SECTION_TITLES["lifestyle"],
            style="body_bold",
            before=3.0,
            after=1.0,
            keep_with_next=True,
        ),
        Paragraph(
            f"Nights from {window.text}, strongest first (ranked by how far the 95 % interval "
            "sits from 0). Associations in the diary, not causes; exploratory — not adjusted "
            "for multiple comparisons.",
            style="small",
            color=MUTED,
            after=2.0,
            keep_with_next=True,
        ),
    ]
    if not items:
        blocks.append(Paragraph("No lifestyle difference with an interval clear of 0."))
    blocks.extend(Paragraph(f.message, bullet="•") for f in items)
    return blocks


def _questions(content: rc.ReportContent) -> list[Block]:
    if not content.questions:
        return []
    return [
        Heading("Questions for my doctor"),
        *(Paragraph(text, bullet="□") for text in content.questions),
    ]


def _experiments(content: rc.ReportContent) -> list[Block]:
    if not content.experiments:
        return []
    blocks: list[Block] = [Heading("Personal experiments (randomised, one person)")]
    for line in content.experiments:
        blocks.append(
            Paragraph(
                [
                    (f"“{line.factor}”", True),
                    (f" ({line.start.isoformat()} to {line.last.isoformat()}): ", False),
                    (line.message, False),
                ]
            )
        )
    return blocks


def _notes(content: rc.ReportContent) -> list[Block]:
    if not content.include_notes:
        return []
    blocks: list[Block] = [Heading("Notes (included by the patient)")]
    if not content.notes:
        return [*blocks, Paragraph("No notes in this period.")]
    blocks.extend(
        Paragraph([(f"{note.date.isoformat()}  ", True), (note.text, False)])
        for note in content.notes
    )
    return blocks
