"""The report's words in its language (English or German).

English is the source: every function here gives the English text unchanged for ``"en"``
(so an English PDF never depends on an installed translator), and for another language the
text translated by Qt (the catalogue the window installed) with that language's dates and
decimal comma. Texts of the report are marked in the ``report`` context with
``QT_TRANSLATE_NOOP`` where they are written, and translated by :func:`tr` when drawn. Qt is
imported only for another language, so the content model stays free of Qt in English.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from rls_diary.domain.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale

CONTEXT: Final = "report"
ENGLISH: Final = "en"

TO: Final = QT_TRANSLATE_NOOP("report", "{start} to {end}")


def tr(source: str, language: str = ENGLISH, context: str = CONTEXT) -> str:
    """``source`` (marked in ``context``) in ``language``; the source itself in English."""
    if language == ENGLISH or not source:
        return source
    from PySide6.QtCore import QCoreApplication  # not for English: the content needs no Qt

    return QCoreApplication.translate(context, source)


def locale(language: str) -> QLocale:
    from PySide6.QtCore import QLocale

    return QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English)


def decimal_sign(language: str = ENGLISH) -> str:
    """The language's decimal sign: "." in English, "," in German."""
    return "." if language == ENGLISH else locale(language).decimalPoint() or "."


def decimal(text: str, language: str = ENGLISH) -> str:
    """Figures of ``text`` with the language's decimal sign (a comma in German)."""
    if language == ENGLISH:
        return text
    return text.replace(".", decimal_sign(language))


def date_text(day: dt.date, language: str = ENGLISH) -> str:
    """A date as the report prints it: ISO in English, ``24.03.2026`` in German."""
    if language == ENGLISH:
        return day.isoformat()
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def span_text(start: dt.date, end: dt.date, language: str = ENGLISH) -> str:
    """``2026-03-01 to 2026-03-28``."""
    if language == ENGLISH:
        return f"{start.isoformat()} to {end.isoformat()}"
    return tr(TO, language).format(start=date_text(start, language), end=date_text(end, language))


def month_names(language: str) -> tuple[str, ...] | None:
    """Short month names of ``language`` as the window writes them (None for English)."""
    if language == ENGLISH:
        return None
    from PySide6.QtCore import QLocale

    short = QLocale.FormatType.ShortFormat
    return tuple(locale(language).monthName(m, short) for m in range(1, 13))
