"""Treatment episodes on a time line, painted with QPainter.

One row per episode (consecutive courses of one drug, DESIGN §3): a bar from its first to its
last day, or to today while it runs (ending in an arrow), a tick where the dose changed with
each course's dose written above its part of the bar, and a dot for an IV iron infusion. All
sizes come from the font, so the drawing grows with a larger font or scale factor. A tooltip
names the course under the pointer; the accessible description lists every episode in words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from rls_diary.domain.episodes import Episode, course_stop
from rls_diary.domain.records import Medication
from rls_diary.ui.diary.text import BLANK, date_words
from rls_diary.ui.treatment import text

ONE_DAY: Final = dt.timedelta(days=1)
XOf = Callable[[dt.date], float]
CLASS_COLOURS: Final = {
    "dopamine_agonist": QColor("#1e88e5"),
    "levodopa": QColor("#8e24aa"),
    "alpha2delta": QColor("#43a047"),
    "iron_oral": QColor("#a1887f"),
    "iron_iv": QColor("#c62828"),
    "opioid": QColor("#f4511e"),
    "benzodiazepine": QColor("#00897b"),
    "other": QColor("#757575"),
}
EMPTY_TEXT: Final = QT_TRANSLATE_NOOP(
    "EpisodeTimeline", "No medicines yet: add one with “Add medicine…” to see it here."
)


def _tr(source: str) -> str:
    """A text of the timeline in the window's language."""
    return QCoreApplication.translate("EpisodeTimeline", source)


@dataclass(frozen=True, slots=True)
class _Segment:
    """Where one course is drawn (for tooltips)."""

    rect: QRectF
    course: Medication


def episode_summary(episode: Episode, today: dt.date) -> str:
    """``pramipexole (dopamine agonist), 5 Apr 2026 – ongoing: 0.125 mg, 0.25 mg from …``."""
    if episode.drug_class == "iron_iv":
        days = ", ".join(text.period_text(c.start, c.start) for c in episode.courses)
        return QCoreApplication.translate(
            "EpisodeTimeline", "{name} (IV iron infusion) on {days}"
        ).format(name=episode.name, days=days)
    end = (
        QCoreApplication.translate("EpisodeTimeline", "ongoing")
        if episode.stop is None
        else text.period_text(episode.stop, episode.stop)
    )
    head = QCoreApplication.translate(
        "EpisodeTimeline", "{name} ({drug_class}), {start} – {end}"
    ).format(
        name=episode.name,
        drug_class=text.class_label(episode.drug_class).lower(),
        start=text.period_text(episode.start, episode.start),
        end=end,
    )
    doses = []
    for index, course in enumerate(episode.courses):
        dose = text.dose_text(course.dose, course.unit)
        if index == 0:
            doses.append(dose)
        else:
            since = text.period_text(course.start, course.start)
            doses.append(
                QCoreApplication.translate("EpisodeTimeline", "{dose} from {date}").format(
                    dose=dose, date=since
                )
            )
    return head + ": " + "; ".join(doses)


class EpisodeTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("episodeTimeline")
        self.setAccessibleName(self.tr("Treatment episodes over time"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.episodes: list[Episode] = []
        self.today = dt.date.today()
        self._segments: list[_Segment] = []

    def set_episodes(self, episodes: Sequence[Episode], today: dt.date) -> None:
        self.episodes = list(episodes)
        self.today = today
        self.setAccessibleDescription(
            "; ".join(episode_summary(e, today) for e in self.episodes) or _tr(EMPTY_TEXT)
        )
        self.updateGeometry()
        self.update()

    # -- geometry -----------------------------------------------------------------------------

    def _row_height(self) -> int:
        return self.fontMetrics().height() * 3

    def _axis_height(self) -> int:
        return self.fontMetrics().height() * 2

    def sizeHint(self) -> QSize:
        rows = max(len(self.episodes), 1)
        return QSize(
            self.fontMetrics().averageCharWidth() * 80,
            rows * self._row_height() + self._axis_height() + 8,
        )

    def visible_height(self, rows: int) -> int:
        """The height that shows at most ``rows`` episodes (more scroll)."""
        shown = min(max(len(self.episodes), 1), rows)
        return shown * self._row_height() + self._axis_height() + 8

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 30, self.sizeHint().height())

    def span(self) -> tuple[dt.date, dt.date]:
        """The first and last day drawn (a little room on both sides)."""
        first = min(e.start for e in self.episodes)
        last = max(self.today, *(e.stop or self.today for e in self.episodes))
        days = max((last - first).days, 30)
        pad = dt.timedelta(days=max(days // 40, 3))
        return first - pad, last + pad

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 6.0))
        return small

    def _label_width(self) -> int:
        """Room for the names and classes, at most a quarter of the width."""
        metrics = self.fontMetrics()
        small = QFontMetrics(self._small_font())
        wanted = max(
            (
                max(
                    metrics.horizontalAdvance(e.name),
                    small.horizontalAdvance(text.class_label(e.drug_class)),
                )
                for e in self.episodes
            ),
            default=0,
        )
        wanted += metrics.averageCharWidth() * 2
        return min(wanted, self.width() // 4)

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        self._segments = []
        if not self.episodes:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect(), flags, _tr(EMPTY_TEXT))
            painter.end()
            return
        metrics = self.fontMetrics()
        small = self._small_font()
        small_metrics = QFontMetrics(small)
        label_w = self._label_width()
        left = label_w + metrics.averageCharWidth()
        right = self.width() - metrics.averageCharWidth() * 2
        first, last = self.span()
        total_days = max((last - first).days, 1)

        def x_of(day: dt.date) -> float:
            return left + (right - left) * (day - first).days / total_days

        row_h = self._row_height()
        rows_bottom = len(self.episodes) * row_h
        self._paint_axis(painter, first, last, x_of, rows_bottom, left, right, small, text_colour)
        today_x = x_of(self.today)
        painter.setPen(QPen(text_colour, 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(today_x, 0), QPointF(today_x, rows_bottom))

        for row, episode in enumerate(self.episodes):
            top = row * row_h
            colour = CLASS_COLOURS.get(episode.drug_class, CLASS_COLOURS["other"])
            painter.setPen(text_colour)
            painter.setFont(self.font())
            label_rect = QRectF(0, top, label_w, row_h)
            name = metrics.elidedText(episode.name, Qt.TextElideMode.ElideRight, label_w)
            painter.drawText(
                label_rect.adjusted(0, 0, 0, -row_h / 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                name,
            )
            painter.setFont(small)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            kind = small_metrics.elidedText(
                text.class_label(episode.drug_class), Qt.TextElideMode.ElideRight, label_w
            )
            painter.drawText(
                label_rect.adjusted(0, row_h / 2, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                kind,
            )
            bar_top = top + row_h * 0.55
            bar_h = row_h * 0.28
            if episode.drug_class == "iron_iv":
                self._paint_infusions(painter, episode, x_of, bar_top + bar_h / 2, bar_h, colour)
                continue
            self._paint_episode(
                painter, episode, x_of, bar_top, bar_h, colour, text_colour, small, small_metrics
            )
        painter.end()

    def _paint_episode(
        self,
        painter: QPainter,
        episode: Episode,
        x_of: XOf,
        bar_top: float,
        bar_h: float,
        colour: QColor,
        text_colour: QColor,
        small: QFont,
        small_metrics: QFontMetrics,
    ) -> None:
        painter.setFont(small)
        courses = episode.courses
        for index, course in enumerate(courses):
            if index + 1 < len(courses):  # one bar: the next course takes over at its start
                end_day = courses[index + 1].start
            else:
                stop = course_stop(course)
                end_day = (stop or self.today) + ONE_DAY
            x0, x1 = x_of(course.start), x_of(max(end_day, course.start + ONE_DAY))
            rect = QRectF(x0, bar_top, max(x1 - x0, 2.0), bar_h)
            self._segments.append(_Segment(rect.adjusted(0, -bar_h * 1.6, 0, 0), course))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(rect)
            dose = text.dose_text(course.dose, course.unit)
            if dose != BLANK:
                painter.setPen(text_colour)
                room = int(rect.width()) - 4
                shown = small_metrics.elidedText(dose, Qt.TextElideMode.ElideRight, max(room, 0))
                if room > small_metrics.horizontalAdvance("…") and shown:
                    height = small_metrics.height()
                    painter.drawText(
                        QRectF(rect.left() + 3, bar_top - height - 1, room, height),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        shown,
                    )
            if index > 0:  # a dose change: a tick across the bar
                painter.setPen(QPen(text_colour, 2))
                painter.drawLine(
                    QPointF(x0, bar_top - bar_h * 0.4), QPointF(x0, bar_top + bar_h * 1.4)
                )
        if episode.stop is None:  # still running: an arrow past today
            end_x = x_of(self.today + ONE_DAY)
            path = QPainterPath()
            path.moveTo(end_x, bar_top - bar_h * 0.35)
            path.lineTo(end_x + bar_h * 0.9, bar_top + bar_h / 2)
            path.lineTo(end_x, bar_top + bar_h * 1.35)
            path.closeSubpath()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawPath(path)

    def _paint_infusions(
        self,
        painter: QPainter,
        episode: Episode,
        x_of: XOf,
        middle: float,
        size: float,
        colour: QColor,
    ) -> None:
        radius = max(size * 0.7, 4.0)
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(colour)
        for course in episode.courses:
            x = x_of(course.start) + (x_of(course.start + ONE_DAY) - x_of(course.start)) / 2
            painter.drawEllipse(QPointF(x, middle), radius, radius)
            self._segments.append(
                _Segment(
                    QRectF(x - radius * 2, middle - radius * 2, radius * 4, radius * 4), course
                )
            )

    def _paint_axis(
        self,
        painter: QPainter,
        first: dt.date,
        last: dt.date,
        x_of: XOf,
        top: float,
        left: float,
        right: float,
        small: QFont,
        text_colour: QColor,
    ) -> None:
        painter.setFont(small)
        metrics = QFontMetrics(small)
        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(QPointF(left, top + 2), QPointF(right, top + 2))
        label_w = metrics.horizontalAdvance("Mmm 2026") + metrics.averageCharWidth() * 2
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        fits = max(int((right - left) // max(label_w, 1)), 1)
        step = next((s for s in (1, 2, 3, 6, 12, 24, 60) if months / s <= fits), 120)
        index = first.year * 12 + first.month - 1
        labelled = False
        while (day := dt.date(index // 12, index % 12 + 1, 1)) <= last:
            if day >= first and index % step == 0:
                x = x_of(day)
                painter.drawLine(QPointF(x, top + 2), QPointF(x, top + 6))
                if step >= 12:
                    label = str(day.year)
                elif day.month == 1 or not labelled:
                    label = f"{date_words().months[day.month - 1]} {day.year}"
                else:
                    label = date_words().months[day.month - 1]
                labelled = True
                label_x = min(max(x - label_w / 2, 0.0), self.width() - label_w)
                painter.drawText(
                    QRectF(label_x, top + 6, label_w, metrics.height() + 2),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    label,
                )
            index += 1

    # -- tooltips ---------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            course = self.course_at(QPointF(event.pos()))
            if course is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), course_tooltip(course), self)
            return True
        return super().event(event)

    def course_at(self, point: QPointF) -> Medication | None:
        for segment in reversed(self._segments):
            if segment.rect.contains(point):
                return segment.course
        return None


def course_tooltip(course: Medication) -> str:
    dose = text.dose_text(course.dose, course.unit)
    if course.drug_class == "iron_iv":
        return f"{course.name}: iron infusion on {text.date_text(course.start)}"
    stop = course_stop(course)
    until = "ongoing" if stop is None else f"to {text.date_text(stop)}"
    return f"{course.name} {dose}: from {text.date_text(course.start)} {until}"
