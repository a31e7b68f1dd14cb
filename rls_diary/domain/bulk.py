"""Helpers for work on thousands of records at once (loading, importing).

:func:`gc_paused` holds back Python's cyclic garbage collector while bulk work allocates
hundreds of thousands of small containers: a CSV row, a night, its tuples. None of them form
reference cycles (reference counting frees them), yet each batch of allocations triggers a
collection that walks every tracked object, which made reading 10,000 CSV rows about twice
as slow. Collection resumes, and catches up, when the outermost block ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0  # blocks running now, in any thread
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (nested and threaded use is safe:
    the collector is paused by the first block to start and restored by the last to end)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
