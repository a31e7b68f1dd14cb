"""An insight's message in the window's language (Qt-free).

Like a validation problem (:mod:`rls_diary.ui.problem_text`), a
:class:`~rls_diary.domain.insights.finding.Finding` keeps the template of its English message
and the values, which may be marked pieces themselves (context ``insights``);
:func:`finding_text` translates them all through :func:`rls_diary.ui.diary.text.translate` and
writes the figures with the window's decimal sign
(:func:`rls_diary.domain.insights.finding.translated_text`). A finding without a template, or
one whose translation does not fit, shows its English message.
"""

from __future__ import annotations

from rls_diary.domain.insights.finding import Finding, translated_text
from rls_diary.ui.diary.text import ENGLISH, date_words, full_date, translate


def finding_text(finding: Finding) -> str:
    """The message of an insight ``finding`` as the window shows it: in English the engine's
    own sentence (dates ISO, as ``insights --json`` prints them); in another language with
    its dates as that language writes them ("5. Apr. 2026")."""
    if not finding.template or date_words() == ENGLISH:
        return finding.message
    return translated_text(finding, translate, date_words().decimal, full_date)
