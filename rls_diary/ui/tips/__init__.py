"""The Lifestyle tips tab (DESIGN §6, §7): what your diary says, sourced tips, the notice and
the crisis numbers."""

from __future__ import annotations

from rls_diary.ui.tips.tab import TipsTab

__all__ = ["TipsTab"]
