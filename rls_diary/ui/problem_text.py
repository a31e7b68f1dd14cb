"""A validation problem's message in the window's language (Qt-free).

:mod:`rls_diary.domain.validation` writes its messages in English (the CLI and the importers
print them so) and keeps, with each :class:`~rls_diary.domain.validation.Problem`, the template
it filled and the values (so does :mod:`rls_diary.domain.record_validation`, its templates
marked in the ``records`` context). Here the template is translated (in the problem's
context, through
:func:`rls_diary.ui.diary.text.translate`, which :func:`rls_diary.ui.i18n.install` points at
the catalogue) and filled again; the values that are field labels are translated too. A
problem made without a template, or one whose translation does not fit its values, shows its
English message.

Insights work the same way: :mod:`rls_diary.ui.insight_text`.
"""

from __future__ import annotations

from rls_diary.domain.validation import CONTEXT, WORD_VALUES, FieldError, Problem
from rls_diary.ui.diary.text import translate


def problem_text(problem: Problem | FieldError) -> str:
    """The message of ``problem`` (without its field) as the window shows it: the template
    translated in the context it is marked in (``validation``, or ``records`` for a record
    check of :mod:`rls_diary.domain.record_validation`)."""
    message = problem.message if isinstance(problem, Problem) else str(problem)
    if not problem.template:
        return message
    context = problem.context if isinstance(problem, Problem) else CONTEXT
    values = {
        name: translate(CONTEXT, value) if context == CONTEXT and name in WORD_VALUES else value
        for name, value in problem.values
    }
    try:
        return translate(context, problem.template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a placeholder too many
        return message
