"""The marker for English texts of the Qt-free core that the window shows translated.

``QT_TRANSLATE_NOOP(context, source)`` returns ``source`` unchanged; lupdate finds its calls by
name (``rls_diary.ui.i18n.MARKED_OUTSIDE_UI`` lists the modules it reads) and the window
translates the text when it shows it, through ``rls_diary.ui.diary.text.translate``. The
command line and the files the app writes keep the English.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str:
    """Marks ``source`` for lupdate in ``context``; returns it unchanged."""
    return source
