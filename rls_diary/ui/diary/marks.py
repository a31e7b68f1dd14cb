"""How the form marks a field's problem and a chosen button, drawn without a style sheet.

A style sheet on the whole form made Qt style each of its ~150 widgets through its
style-sheet engine, about half of the time to build and first paint the Diary tab. Here a
line edit gets a one-rule style sheet of its own only while it shows a problem; the other
inputs draw their border themselves (:class:`ProblemBorder`), and a chosen button paints
itself in the palette's highlight colours (:class:`ChoiceButton`), so both follow the theme.
The ``problem`` property (``""``, ``"warning"``, ``"error"``) stays on the widget for tests
and for anything else that needs to know.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFocusEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QToolButton, QWidget

BORDER: Final = {"error": "#d32f2f", "warning": "#e08a00"}
TEXT: Final = {"error": "#d32f2f", "warning": "#b86e00"}
BORDER_WIDTH: Final = 2
RADIUS: Final = 3.0
BUTTON_PADDING: Final = QSize(8, 3)  # extra room each side of a choice button's text


def severity_of(widget: QWidget) -> str:
    return str(widget.property("problem") or "")


def mark_problem(widget: QWidget, severity: str) -> None:
    """Show ``severity`` ("" for none) around ``widget``; nothing happens when unchanged."""
    if severity_of(widget) == severity:
        return
    widget.setProperty("problem", severity)
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        kind = "QPlainTextEdit" if isinstance(widget, QPlainTextEdit) else "QLineEdit"
        colour = BORDER.get(severity)
        rule = f"border: {BORDER_WIDTH}px solid {colour}; border-radius: {RADIUS:g}px;"
        widget.setStyleSheet(f"{kind} {{ {rule} }}" if colour else "")
    widget.update()


def colour_problem_text(label: QLabel, severity: str) -> None:
    """The problem line under a field, in the colour of its severity."""
    if label.property("severity") == severity:
        return
    label.setProperty("severity", severity)
    palette = label.palette()
    colour = TEXT.get(severity)
    default = label.parentWidget().palette() if label.parentWidget() else QPalette()
    palette.setColor(
        QPalette.ColorRole.WindowText,
        QColor(colour) if colour else default.color(QPalette.ColorRole.WindowText),
    )
    label.setPalette(palette)


class ProblemBorder:
    """Mixin for a container input: a rounded border in the problem's colour, and, when
    ``focus_ring`` is set, in the highlight colour while it has the keyboard focus."""

    focus_ring = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # type: ignore[misc]
        widget: Any = self
        colour = BORDER.get(severity_of(widget))
        if colour is None and self.focus_ring and widget.hasFocus():
            colour = widget.palette().color(QPalette.ColorRole.Highlight)
        if colour is None:
            return
        painter = QPainter(widget)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colour), BORDER_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = BORDER_WIDTH / 2
        rect = QRectF(widget.rect()).adjusted(half, half, -half, -half)
        painter.drawRoundedRect(rect, RADIUS + 1, RADIUS + 1)
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)  # type: ignore[misc]
        self.update()  # type: ignore[attr-defined]

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)  # type: ignore[misc]
        self.update()  # type: ignore[attr-defined]


class ChoiceButton(QToolButton):
    """A button of a choice row: roomier than a tool button, and filled with the palette's
    highlight colour while chosen."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(
            hint.width() + 2 * BUTTON_PADDING.width(), hint.height() + BUTTON_PADDING.height()
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.isChecked():
            super().paintEvent(event)
            return
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(highlight, 1))
        painter.setBrush(highlight)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.setFont(self.font())
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()
