"""The Treatment tab (DESIGN §7): medication courses and treatment episodes, labs, IRLS totals,
condition periods, the questions for the doctor, the augmentation baseline and the insights.

``TreatmentTab`` is imported on first use, so that the table models (``ui.models``) can use
this package's wording helpers without importing the whole tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rls_diary.ui.treatment.tab import TreatmentTab

__all__ = ["TreatmentTab"]


def __getattr__(name: str) -> Any:
    if name == "TreatmentTab":
        from rls_diary.ui.treatment.tab import TreatmentTab

        return TreatmentTab
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
