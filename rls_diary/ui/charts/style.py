"""Colours of the charts: the Okabe–Ito colour-blind-safe palette, adjusted to the window's
light or dark palette. Series also differ by marker and line style, never by colour alone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# Okabe & Ito (2008), "Color Universal Design".
ORANGE: Final = "#E69F00"
SKY_BLUE: Final = "#56B4E9"
GREEN: Final = "#009E73"
YELLOW: Final = "#F0E442"
BLUE: Final = "#0072B2"
VERMILLION: Final = "#D55E00"
PURPLE: Final = "#CC79A7"
GREY: Final = "#999999"

_LIGHT_SERIES: Final = {
    "rls_severity": VERMILLION,
    "sleep_quality": BLUE,
    "total_sleep_min": GREEN,
    "sleep_efficiency_pct": PURPLE,
    "rls_onset_min": "#A86F00",  # Okabe–Ito orange darkened: 3:1 against white
}
_DARK_SERIES: Final = {
    "rls_severity": VERMILLION,
    "sleep_quality": SKY_BLUE,
    "total_sleep_min": GREEN,
    "sleep_efficiency_pct": PURPLE,
    "rls_onset_min": ORANGE,
}
# Marker per series, so that the series differ by shape too.
SYMBOLS: Final = {
    "rls_severity": "o",
    "sleep_quality": "s",
    "total_sleep_min": "t",
    "sleep_efficiency_pct": "d",
    "rls_onset_min": "x",
}
MEDICATION_COLOURS: Final = {
    "dopamine_agonist": ORANGE,
    "levodopa": ORANGE,
    "alpha2delta": GREEN,
    "iron_oral": PURPLE,
    "iron_iv": PURPLE,
    "opioid": BLUE,
    "benzodiazepine": SKY_BLUE,
    "other": GREY,
}


@dataclass(frozen=True, slots=True)
class ChartStyle:
    dark: bool
    background: QColor
    foreground: QColor
    muted: QColor  # grid, reference lines' labels

    def series(self, name: str) -> QColor:
        table = _DARK_SERIES if self.dark else _LIGHT_SERIES
        return QColor(table.get(name, self.foreground.name()))

    def faded(self, colour: QColor | str, alpha: int) -> QColor:
        faded = QColor(colour)
        faded.setAlpha(alpha)
        return faded

    def medication(self, drug_class: str) -> QColor:
        return QColor(MEDICATION_COLOURS.get(drug_class, GREY))

    @property
    def accent(self) -> QColor:
        """Reference lines and IV-iron marks (vermillion reads on light and dark)."""
        return QColor(VERMILLION)


def current_style(palette: QPalette | None = None) -> ChartStyle:
    """The style for the application's palette (or ``palette``)."""
    palette = palette or QGuiApplication.palette()
    background = palette.color(QPalette.ColorRole.Base)
    foreground = palette.color(QPalette.ColorRole.Text)
    dark = background.lightness() < foreground.lightness()
    muted = QColor(foreground)
    muted.setAlpha(150)
    return ChartStyle(dark, QColor(background), QColor(foreground), muted)
