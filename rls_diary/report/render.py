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
from rls_diary.domain.translatable import QT_TRANSLATE_NOOP
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
from rls_diary.report.words import date_text, decimal, span_text, tr

CREATOR: Final = "RLS Diary"
MARGIN_X: Final = 42.0
MARGIN_TOP: Final = 38.0
FOOTER: Final = 46.0  # reserved at the bottom of every page
MAX_POINTS: Final = 120  # per series; longer periods are charted as medians of bins
BINS: Final = (
    (1, QT_TRANSLATE_NOOP("report", "one night")),
    (7, QT_TRANSLATE_NOOP("report", "7 nights")),
    (14, QT_TRANSLATE_NOOP("report", "14 nights")),
    (28, QT_TRANSLATE_NOOP("report", "28 nights")),
    (91, QT_TRANSLATE_NOOP("report", "91 nights (13 weeks)")),
    (182, QT_TRANSLATE_NOOP("report", "182 nights (26 weeks)")),
)
# The words of the medication classes the window uses (context "treatment").
CLASS_WORDS: Final = {
    "dopamine_agonist": "Dopamine agonist",
    "levodopa": "Levodopa",
    "alpha2delta": "Alpha-2-delta",
    "iron_oral": "Oral iron",
    "iron_iv": "IV iron",
    "opioid": "Opioid",
    "benzodiazepine": "Benzodiazepine",
    "other": "Other",
}
BAND_WORDS: Final = {
    "none": QT_TRANSLATE_NOOP("report", "none"),
    "mild": QT_TRANSLATE_NOOP("report", "mild"),
    "moderate": QT_TRANSLATE_NOOP("report", "moderate"),
    "severe": QT_TRANSLATE_NOOP("report", "severe"),
    "very severe": QT_TRANSLATE_NOOP("report", "very severe"),
}
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
    lang = content.language
    page_text = tr(QT_TRANSLATE_NOOP("report", "Page {page} of {count}"), lang)
    page = Text(
        kit, page_text.format(page=index + 1, count=count), kit.small_bold, 80.0, align=RIGHT
    )
    page.draw(painter, MARGIN_X + inner - 80.0, top + 4.0)
    period = span_text(content.period.start, content.period.end, lang)
    where = Text(kit, f"{who}{content.title}, {period}", kit.tiny, inner - 90.0, color=MUTED)
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
                _t(
                    content,
                    QT_TRANSLATE_NOOP("report", "Needs attention — please discuss at this visit"),
                ),
                [_finding_spans(content, f) for f in attention],
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


def _t(content: rc.ReportContent, source: str) -> str:
    """A text of the report (marked in context "report") in the report's language."""
    return tr(source, content.language)


def _date(content: rc.ReportContent, day: dt.date) -> str:
    return date_text(day, content.language)


def _span(content: rc.ReportContent, first: dt.date, last: dt.date) -> str:
    return span_text(first, last, content.language)


def _header(content: rc.ReportContent) -> list[Block]:
    period, previous = content.period, content.previous
    title: list[Block] = [Paragraph(content.title, style="title", after=4.0)]
    if content.patient_name:
        name = Paragraph(
            [
                (_t(content, QT_TRANSLATE_NOOP("report", "Patient: ")), False),
                (content.patient_name, True),
            ],
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
                (_t(content, QT_TRANSLATE_NOOP("report", "Period: ")), True),
                (
                    _t(content, QT_TRANSLATE_NOOP("report", "{period} ({nights} nights)")).format(
                        period=_span(content, period.start, period.end), nights=period.nights
                    ),
                    False,
                ),
                (_t(content, QT_TRANSLATE_NOOP("report", "   Compared with: ")), True),
                (
                    _t(
                        content,
                        QT_TRANSLATE_NOOP("report", "{period} (the {nights} nights before)"),
                    ).format(
                        period=_span(content, previous.start, previous.end),
                        nights=previous.nights,
                    ),
                    False,
                ),
            ],
            after=2.0,
        ),
        Paragraph(
            [
                (_t(content, QT_TRANSLATE_NOOP("report", "Nights recorded: ")), True),
                (
                    _t(content, QT_TRANSLATE_NOOP("report", "{recorded} of {nights}")).format(
                        recorded=content.nights_recorded, nights=content.nights_in_period
                    ),
                    False,
                ),
                (_t(content, QT_TRANSLATE_NOOP("report", "   Entered late: ")), True),
                (
                    _t(
                        content,
                        QT_TRANSLATE_NOOP("report", "{late} (more than a day after the morning)"),
                    ).format(late=late),
                    False,
                ),
                (_t(content, QT_TRANSLATE_NOOP("report", "   Generated: ")), True),
                (_date(content, content.generated), False),
            ],
            after=2.0,
        ),
        Paragraph(
            _t(
                content,
                QT_TRANSLATE_NOOP(
                    "report",
                    "Kept by the patient in RLS Diary, a sleep diary based on the Consensus Sleep "
                    "Diary. Nights are dated by the morning they end; blank entries are left out "
                    "of every figure, never counted as 0.",
                ),
            ),
            style="small",
            color=MUTED,
            after=0.0,
        ),
    ]


def _finding_spans(content: rc.ReportContent, finding: rc.ReportFinding) -> list[Span]:
    title = _t(content, rc.SECTION_TITLES[finding.section])
    return [(f"{title}: ", True), (finding.message, False)]


def _summary(content: rc.ReportContent) -> list[Block]:
    rows: list[list[str | Sequence[Span]]] = []
    for row in (*content.metrics, *([content.tracked] if content.tracked else [])):
        now = rc.summary_text(row.metric, row.current, content.language)
        before = rc.summary_text(row.metric, row.previous, content.language)
        label = row.metric.label if row is content.tracked else _t(content, row.metric.label)
        change, interval = rc.change_cells(row, content.language)
        rows.append(
            [
                label,
                [(now[0], True)],
                now[1],
                now[2],
                before[0],
                before[1],
                before[2],
                change,
                interval,
            ]
        )
    median = _t(content, QT_TRANSLATE_NOOP("report", "Median"))
    iqr = _t(content, QT_TRANSLATE_NOOP("report", "IQR"))
    columns = [
        Column(_t(content, QT_TRANSLATE_NOOP("report", "Measure")), 2.2),
        Column(median, 0.8, RIGHT),
        Column(iqr, 1.45, RIGHT),
        Column("n", 0.4, RIGHT),
        Column(median, 0.8, RIGHT),
        Column(iqr, 1.45, RIGHT),
        Column("n", 0.4, RIGHT),
        Column(_t(content, QT_TRANSLATE_NOOP("report", "Change")), 1.1, RIGHT),
        Column(_t(content, QT_TRANSLATE_NOOP("report", "95 % interval")), 1.9, RIGHT),
    ]
    this = _t(content, QT_TRANSLATE_NOOP("report", "This period ({nights} nights)"))
    previous = _t(content, QT_TRANSLATE_NOOP("report", "Previous {nights} nights"))
    groups = [
        (this.format(nights=content.period.nights), 1, 3),
        (previous.format(nights=content.previous.nights), 4, 6),
    ]
    return [
        Heading(
            _t(content, QT_TRANSLATE_NOOP("report", "Summary: this period and the one before"))
        ),
        Table(columns, rows, groups=groups),
        Paragraph(
            _t(
                content,
                QT_TRANSLATE_NOOP(
                    "report",
                    "Median and interquartile range (IQR, 25th–75th percentile) over the nights "
                    "with a value; n = nights with a value; change = this period's median minus "
                    "the previous one's, with its 95 % bootstrap interval, given only when both "
                    "periods have at least 10 nights with a value. Severity: 0 none – 10 worst. "
                    "Quality: 1 very poor – 5 very good. Total sleep = time from trying to sleep "
                    "to the final awakening, minus time to fall asleep and time awake (Consensus "
                    "Sleep Diary).",
                ),
            )
            + (
                _t(
                    content,
                    QT_TRANSLATE_NOOP(
                        "report",
                        " Tracked sleep was measured by another app and is not part of it.",
                    ),
                )
                if content.tracked
                else ""
            ),
            style="small",
            color=MUTED,
            before=2.0,
        ),
    ]


def _medications(content: rc.ReportContent) -> list[Block]:
    heading = Heading(_t(content, QT_TRANSLATE_NOOP("report", "Medications taken in this period")))
    if not content.medications:
        return [
            heading,
            Paragraph(
                _t(
                    content,
                    QT_TRANSLATE_NOOP("report", "No medication course recorded for this period."),
                )
            ),
        ]
    ongoing = _t(content, QT_TRANSLATE_NOOP("report", "ongoing"))
    rows: list[list[str | Sequence[Span]]] = [
        [
            [(line.name, True)],
            _class_text(content, line),
            decimal(line.dose_text, content.language),
            line.time.strftime("%H:%M") if line.time else "–",
            _date(content, line.start),
            _date(content, line.stop) if line.stop else ongoing,
        ]
        for line in content.medications
    ]
    columns = [
        Column(_t(content, QT_TRANSLATE_NOOP("report", "Medicine")), 2.0),
        Column(_t(content, QT_TRANSLATE_NOOP("report", "Class")), 2.0),
        Column(_t(content, QT_TRANSLATE_NOOP("report", "Dose")), 1.1, RIGHT),
        Column(_t(content, QT_TRANSLATE_NOOP("report", "Usual time")), 1.0, RIGHT),
        Column(_t(content, QT_TRANSLATE_NOOP("report", "From")), 1.2, RIGHT),
        Column(_t(content, QT_TRANSLATE_NOOP("report", "To")), 1.2, RIGHT),
    ]
    return [heading, Table(columns, rows)]


def _class_text(content: rc.ReportContent, line: rc.MedicationLine) -> str:
    word = CLASS_WORDS.get(line.drug_class)
    if content.language == "en" or word is None:
        return line.class_text
    return tr(word, content.language, "treatment")


def _number(content: rc.ReportContent, value: float, decimals: int = 1) -> str:
    return decimal(rc.number(value, decimals), content.language)


def _ng(content: rc.ReportContent) -> str:
    """The unit of ferritin as the window writes it (German: ng/ml)."""
    return "ng/mL" if content.language == "en" else "ng/ml"


def _iron_and_irls(content: rc.ReportContent) -> list[Block]:
    lab = content.latest_lab
    iron: list[Block]
    if lab is None:
        iron = [
            Paragraph(
                _t(
                    content,
                    QT_TRANSLATE_NOOP(
                        "report", "No ferritin or transferrin saturation result recorded."
                    ),
                )
            )
        ]
    else:
        after = (
            QT_TRANSLATE_NOOP("report", ", may be raised by an iron infusion)")
            if lab.after_infusion
            else ")"
        )
        iron = [
            Paragraph(
                [
                    (_t(content, QT_TRANSLATE_NOOP("report", "Ferritin: ")), True),
                    (
                        f"{_number(content, lab.ferritin_ng_ml)} {_ng(content)}"
                        if lab.ferritin_ng_ml is not None
                        else _t(content, QT_TRANSLATE_NOOP("report", "not recorded")),
                        False,
                    ),
                    (_t(content, QT_TRANSLATE_NOOP("report", "   TSAT: ")), True),
                    (
                        f"{_number(content, lab.tsat_pct)} %" if lab.tsat_pct is not None else "–",
                        False,
                    ),
                    (f"   ({_date(content, lab.date)}", False),
                    (_t(content, after), False),
                ],
                after=2.0,
            ),
            Paragraph(
                _t(
                    content,
                    QT_TRANSLATE_NOOP(
                        "report",
                        "For RLS, guidelines (AASM 2024, IRLSSG 2018) suggest discussing iron "
                        "treatment at ferritin ≤ 75 ng/mL or TSAT < 20 %; IV iron is sometimes "
                        "considered at 75–100 ng/mL.",
                    ),
                ),
                style="small",
                color=MUTED,
            ),
        ]
    irls: list[Block]
    if content.irls is None:
        irls = [Paragraph(_t(content, QT_TRANSLATE_NOOP("report", "No IRLS total recorded.")))]
    else:
        score = content.irls
        before = (
            _t(content, QT_TRANSLATE_NOOP("report", "; previous {total} on {date}")).format(
                total=score.previous_total, date=_date(content, score.previous_date)
            )
            if score.previous_total is not None and score.previous_date is not None
            else ""
        )
        band = score.band
        if content.language != "en" and band in BAND_WORDS:
            band = _t(content, BAND_WORDS[band])
        irls = [
            Paragraph(
                [
                    (_t(content, QT_TRANSLATE_NOOP("report", "IRLS total: ")), True),
                    (
                        _t(content, QT_TRANSLATE_NOOP("report", "{total} of 40, {band}")).format(
                            total=score.total, band=band
                        ),
                        True,
                    ),
                    (f" ({_date(content, score.date)}{before})", False),
                ],
                after=2.0,
            ),
            Paragraph(
                _t(
                    content,
                    QT_TRANSLATE_NOOP(
                        "report",
                        "Bands: 0 none, 1–10 mild, 11–20 moderate, 21–30 severe, 31–40 very "
                        "severe.",
                    ),
                ),
                style="small",
                color=MUTED,
            ),
        ]
    heading = Heading(_t(content, QT_TRANSLATE_NOOP("report", "Iron and IRLS")))
    return [heading, Columns([(1.15, iron), (1.0, irls)])]


# --- charts ----------------------------------------------------------------------------------


def _charts(content: rc.ReportContent) -> list[Block]:
    """The period's charts (those with something to show) and the iron history; medication
    changes are explained under the first chart that marks them."""
    period = content.period
    markers = [Marker(e.first_night, e.label) for e in content.medication_events]
    width, how = _bin_width(period.nights)
    how = _t(content, how)
    days = list(content.days)
    charts: list[TimeChart] = []
    severity = _points(days, width, lambda d: d.severity)
    quality = _points(days, width, lambda d: d.quality)
    if severity or quality:
        charts.append(_severity_chart(content, severity, quality, markers, width, how))
    onset = _points(days, width, lambda d: d.onset_min)
    if onset:
        charts.append(_onset_chart(content, onset, markers, width))
    sleep = _sleep_chart(content, days, markers, width)
    if sleep is not None:
        charts.append(sleep)
    for chart in charts[1:]:
        chart.explain_markers = False
    blocks: list[Block] = [Space(8.0), *charts]
    if not charts:
        blocks.append(
            Paragraph(
                _t(
                    content,
                    QT_TRANSLATE_NOOP(
                        "report", "No severity, sleep or onset values to chart in this period."
                    ),
                )
            )
        )
    if sum(1 for lab in content.labs if lab.ferritin_ng_ml is not None) >= 2:
        blocks.append(_ferritin_chart(content))
    return blocks


def _severity_chart(
    content: rc.ReportContent,
    severity: list[Point],
    quality: list[Point],
    markers: list[Marker],
    width: int,
    how: str,
) -> TimeChart:
    period = content.period
    note = (
        _t(
            content,
            QT_TRANSLATE_NOOP(
                "report",
                "Each point is the median of {bin}; the vertical line is its interquartile range.",
            ),
        ).format(bin=how)
        if width > 1
        else _t(
            content,
            QT_TRANSLATE_NOOP(
                "report", "Each point is one night; gaps are nights without a value."
            ),
        )
    )
    return TimeChart(
        _t(content, QT_TRANSLATE_NOOP("report", "RLS severity and sleep quality")),
        period.start,
        period.end,
        [
            Panel(
                _t(content, QT_TRANSLATE_NOOP("report", "RLS severity (0 none – 10 worst)")),
                0,
                10,
                [(v, rc.number(v)) for v in (0, 2, 4, 6, 8, 10)],
                [
                    Series(
                        _t(content, QT_TRANSLATE_NOOP("report", "RLS severity")),
                        severity,
                        VERMILLION,
                        "circle",
                        max_gap_days=width,
                    )
                ],
                height=66.0,
            ),
            Panel(
                _t(
                    content,
                    QT_TRANSLATE_NOOP("report", "Sleep quality (1 very poor – 5 very good)"),
                ),
                1,
                5,
                [(v, rc.number(v)) for v in (1, 2, 3, 4, 5)],
                [
                    Series(
                        _t(content, QT_TRANSLATE_NOOP("report", "Sleep quality")),
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
        language=content.language,
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
    content: rc.ReportContent, onset: list[Point], markers: list[Marker], width: int
) -> TimeChart:
    period = content.period
    values = [p.y for p in onset] + [v for p in onset for v in (p.low, p.high) if v is not None]
    low = min(values) // 60 * 60 - 30
    high = -(-max(values) // 60) * 60 + 30
    if high - low < 240:
        middle = (high + low) / 2
        low, high = middle - 120, middle + 120
    ticks = value_ticks(low, high, (60, 120, 180, 240, 360, 720))
    return TimeChart(
        _t(content, QT_TRANSLATE_NOOP("report", "When symptoms began")),
        period.start,
        period.end,
        [
            Panel(
                _t(
                    content,
                    QT_TRANSLATE_NOOP(
                        "report", "Clock time (higher = later in the evening; lower = earlier)"
                    ),
                ),
                low,
                high,
                [(t, rc.clock(t)) for t in ticks],
                [
                    Series(
                        _t(content, QT_TRANSLATE_NOOP("report", "Symptoms began")),
                        onset,
                        ORANGE,
                        "diamond",
                        max_gap_days=width,
                    )
                ],
                height=70.0,
            )
        ],
        markers=markers,
        language=content.language,
    )


def _sleep_chart(
    content: rc.ReportContent, days: list[rc.Day], markers: list[Marker], width: int
) -> TimeChart | None:
    period = content.period
    total = _hours(_points(days, width, lambda d: d.total_sleep_min))
    total_label = _t(content, QT_TRANSLATE_NOOP("report", "Total sleep (diary)"))
    series = [Series(total_label, total, GREEN, "triangle", max_gap_days=width)]
    tracked = _hours(_points(days, width, lambda d: d.tracked_sleep_min))
    if tracked:
        sources = ", ".join(content.tracked_sources) or _t(content, rc.OTHER_APP)
        series.append(
            Series(
                _t(content, QT_TRANSLATE_NOOP("report", "Tracked sleep ({sources})")).format(
                    sources=sources
                ),
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
        _t(content, QT_TRANSLATE_NOOP("report", "Sleep time")),
        period.start,
        period.end,
        [
            Panel(
                _t(content, QT_TRANSLATE_NOOP("report", "Hours asleep")),
                0,
                high,
                [(v, rc.number(v)) for v in value_ticks(0, high, (2, 4, 6))],
                series,
                height=62.0,
            )
        ],
        markers=markers,
        note=(
            _t(
                content,
                QT_TRANSLATE_NOOP(
                    "report",
                    "Tracked sleep is measured by another app or device; it is shown beside the "
                    "diary's total sleep, never mixed into it.",
                ),
            )
            if tracked
            else ""
        ),
        language=content.language,
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
            _t(content, QT_TRANSLATE_NOOP("report", "Ferritin (ng/mL)")),
            0,
            top,
            [(v, rc.number(v)) for v in value_ticks(0, top, (25, 50, 100, 200, 500))],
            [
                Series(
                    _t(content, QT_TRANSLATE_NOOP("report", "Ferritin")),
                    ferritin,
                    INK,
                    "circle",
                    max_gap_days=gap,
                )
            ],
            height=62.0,
            references=[
                (v, f"{_number(content, v)} {_ng(content)}") for v in rc.FERRITIN_REFERENCES
            ],
        )
    ]
    tsat = [Point(lab.date, lab.tsat_pct) for lab in labs if lab.tsat_pct is not None]
    if tsat:
        high = max(50.0, max(p.y for p in tsat) * 1.15)
        panels.append(
            Panel(
                _t(content, QT_TRANSLATE_NOOP("report", "Transferrin saturation (%)")),
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
                references=[(rc.TSAT_REFERENCE, f"{_number(content, rc.TSAT_REFERENCE)} %")],
            )
        )
    return TimeChart(
        _t(content, QT_TRANSLATE_NOOP("report", "Iron tests over time")),
        first,
        last,
        panels,
        note=_t(
            content,
            QT_TRANSLATE_NOOP(
                "report", "Dashed lines: ferritin 75 and 100 ng/mL, TSAT 20 % (see Iron above)."
            ),
        ),
        language=content.language,
    )


# --- findings and the rest -------------------------------------------------------------------


def _findings(content: rc.ReportContent) -> list[Block]:
    blocks: list[Block] = [Heading(_t(content, QT_TRANSLATE_NOOP("report", "Findings")))]
    others = [f for f in content.findings if not f.needs_attention]
    if content.attention:
        blocks.append(
            Paragraph(
                _t(
                    content,
                    QT_TRANSLATE_NOOP("report", "The findings that need attention are on page 1."),
                ),
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
            Paragraph(
                _t(content, title), style="body_bold", before=3.0, after=2.0, keep_with_next=True
            )
        )
        blocks.extend(Paragraph(f.message, bullet="•") for f in items)
    if not shown:
        blocks.append(
            Paragraph(
                _t(content, QT_TRANSLATE_NOOP("report", "No other findings for this period."))
            )
        )
    return blocks


def _lifestyle(content: rc.ReportContent, items: Sequence[rc.ReportFinding]) -> list[Block]:
    window = content.lifestyle_window
    if window is None:
        return []
    blocks: list[Block] = [
        Paragraph(
            _t(content, rc.SECTION_TITLES["lifestyle"]),
            style="body_bold",
            before=3.0,
            after=1.0,
            keep_with_next=True,
        ),
        Paragraph(
            _t(
                content,
                QT_TRANSLATE_NOOP(
                    "report",
                    "Nights from {period}, strongest first (ranked by how far the 95 % interval "
                    "sits from 0). Associations in the diary, not causes; exploratory — not "
                    "adjusted for multiple comparisons.",
                ),
            ).format(period=_span(content, window.start, window.end)),
            style="small",
            color=MUTED,
            after=2.0,
            keep_with_next=True,
        ),
    ]
    if not items:
        blocks.append(
            Paragraph(
                _t(
                    content,
                    QT_TRANSLATE_NOOP(
                        "report", "No lifestyle difference with an interval clear of 0."
                    ),
                )
            )
        )
    blocks.extend(Paragraph(f.message, bullet="•") for f in items)
    return blocks


def _questions(content: rc.ReportContent) -> list[Block]:
    if not content.questions:
        return []
    return [
        Heading(_t(content, QT_TRANSLATE_NOOP("report", "Questions for my doctor"))),
        *(Paragraph(text, bullet="□") for text in content.questions),
    ]


def _experiments(content: rc.ReportContent) -> list[Block]:
    if not content.experiments:
        return []
    blocks: list[Block] = [
        Heading(
            _t(
                content,
                QT_TRANSLATE_NOOP("report", "Personal experiments (randomised, one person)"),
            )
        )
    ]
    for line in content.experiments:
        open_, close = ("“", "”") if content.language == "en" else ("„", "“")
        blocks.append(
            Paragraph(
                [
                    (f"{open_}{line.factor}{close}", True),
                    (f" ({_span(content, line.start, line.last)}): ", False),
                    (line.message, False),
                ]
            )
        )
    return blocks


def _notes(content: rc.ReportContent) -> list[Block]:
    if not content.include_notes:
        return []
    blocks: list[Block] = [
        Heading(_t(content, QT_TRANSLATE_NOOP("report", "Notes (included by the patient)")))
    ]
    if not content.notes:
        none = _t(content, QT_TRANSLATE_NOOP("report", "No notes in this period."))
        return [*blocks, Paragraph(none)]
    blocks.extend(
        Paragraph([(f"{_date(content, note.date)}  ", True), (note.text, False)])
        for note in content.notes
    )
    return blocks
