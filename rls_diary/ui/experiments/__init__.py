"""Personal experiments (n-of-1 trials, DESIGN §6.1): set-up, running and result panels."""

from __future__ import annotations

from rls_diary.ui.experiments.panel import ExperimentsPanel

__all__ = ["ExperimentsPanel"]
