"""The language of the window: English (the source) or German, via Qt Linguist files.

The language follows the system's UI languages unless Settings names one (``language/ui`` in
QSettings); it is chosen once at start (a change in Settings takes effect after a restart).
``resources/translations/rls_diary_<lang>.ts`` is the Linguist source, the ``.qm`` next to it
is built with ``pyside6-lrelease`` and committed; Qt's own ``qtbase_<lang>.qm`` translates the
standard buttons (Yes, No, Cancel) and the context menus of text fields. The Diary's day and
month names come from the QLocale of the language (:func:`date_words`), so "Tue 24 Mar"
becomes "Di. 24. März" only when the window speaks German.

To update after changing a wrapped string: ``python -m rls_diary.ui.i18n`` runs lupdate over
``rls_diary/ui`` and lrelease (the PySide6 tools next to the interpreter).
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rls_diary import resource_path
from rls_diary.ui.diary import text

LANGUAGE_KEY: Final = "language/ui"
SUPPORTED: Final = ("en", "de")  # English is the source language: no file needed
CATALOGUE: Final = "rls_diary"
# Endonyms: a user who cannot read the current language still finds their own.
LANGUAGE_NAMES: Final = {"en": "English", "de": "Deutsch"}
_LOCALES: Final = {"en": QLocale.Language.English, "de": QLocale.Language.German}
_installed: list[tuple[QTranslator, bytes]] = []  # kept alive while installed
_default_locale: list[QLocale] = []  # QLocale's default before install() changed it
_language: list[str] = ["en"]  # the language installed last
_DOTTED: Final = (QLocale.Language.German,)  # languages that write the day as "24."


def translations_dir() -> Path:
    """The folder of the ``.ts`` and ``.qm`` files (inside the package)."""
    return resource_path("translations")


def ui_language(choice: str, system: QLocale | None = None) -> str:
    """``en`` or ``de``: ``choice`` when it names one, else the first supported system UI
    language (``de-AT`` → ``de``), else English."""
    if choice in SUPPORTED:
        return choice
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def install(choice: str = "system", system: QLocale | None = None) -> str:
    """Install the translators for ``choice`` ("system", "en" or "de"); returns the language.

    Replaces the translators installed before (tests switch back and forth). When the user
    picked a language the system does not use, dates and numbers follow that language too.
    """
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    uninstall()
    system = system or QLocale.system()
    language = ui_language(choice, system)
    if language != "en":
        for data in (_catalogue(language), _qt_catalogue(language)):
            translator = QTranslator(app)
            if data and translator.load(data):
                app.installTranslator(translator)
                _installed.append((translator, data))
    if choice in SUPPORTED and system.language() != _LOCALES[language]:
        _default_locale.append(QLocale())
        QLocale.setDefault(QLocale(_LOCALES[language]))
    _language[0] = language
    if language != "en":
        text.set_date_words(date_words(locale()))
        text.set_translator(QCoreApplication.translate)
    return language


def language() -> str:
    """The language the window speaks (``en`` until :func:`install` chose another)."""
    return _language[0]


def locale() -> QLocale:
    """The QLocale of that language: the default one when it speaks it (``de_AT`` keeps
    "Jän."), else the language's own."""
    default = QLocale()
    wanted = _LOCALES[_language[0]]
    return default if default.language() == wanted else QLocale(wanted)


def date_words(locale: QLocale) -> text.DateWords:
    """Short day and month names and the decimal sign of ``locale``, for the Diary."""
    short = QLocale.FormatType.ShortFormat
    return text.DateWords(
        days=tuple(locale.dayName(day, short) for day in range(1, 8)),
        months=tuple(locale.monthName(month, short) for month in range(1, 13)),
        day_suffix="." if locale.language() in _DOTTED else "",
        decimal=locale.decimalPoint() or ".",
    )


def uninstall() -> None:
    """Back to the English source texts and the formats used before ``install``."""
    app = QCoreApplication.instance()
    while _installed:
        translator, _data = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    if _default_locale:
        QLocale.setDefault(_default_locale[0])
        _default_locale.clear()
    _language[0] = "en"
    text.set_date_words(text.ENGLISH)
    text.set_translator(None)


def _catalogue(language: str) -> bytes:
    try:
        return (translations_dir() / f"{CATALOGUE}_{language}.qm").read_bytes()
    except OSError:
        return b""


def _qt_catalogue(language: str) -> bytes:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    try:
        return (folder / f"qtbase_{language}.qm").read_bytes()
    except OSError:
        return b""


# -- maintainer tool: python -m rls_diary.ui.i18n ----------------------------------------------


def _tool(name: str) -> str:
    import shutil
    import sys

    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(beside) if beside.exists() else shutil.which(f"pyside6-{name}") or name


# Qt-free modules (or folders of them) outside ``rls_diary/ui`` whose texts are marked for
# translation (``QT_TRANSLATE_NOOP``).
MARKED_OUTSIDE_UI: Final = (
    "domain/validation.py",
    "domain/record_validation.py",
    "domain/experiments.py",
    "domain/insights",
    "report",
)


def catalogue_sources() -> list[str]:
    """The files lupdate reads: every module of ``rls_diary/ui`` and the marked ones outside."""
    package = Path(__file__).resolve().parent
    found = list(package.rglob("*.py"))
    for name in MARKED_OUTSIDE_UI:
        path = package.parent / name
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return sorted(str(p) for p in found)


def update_catalogues() -> None:
    """Run lupdate over ``rls_diary/ui`` (and :data:`MARKED_OUTSIDE_UI`) into every ``.ts``,
    then lrelease into ``.qm``."""
    import subprocess

    sources = catalogue_sources()
    for language in SUPPORTED[1:]:
        ts = translations_dir() / f"{CATALOGUE}_{language}.ts"
        subprocess.run(
            [_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)],
            check=True,
        )
        subprocess.run([_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":  # pragma: no cover
    update_catalogues()
