"""Cycles are collected in the GUI thread only (rls_diary.ui.gc_thread): a worker that
allocates never runs the collector, so Qt objects in garbage cycles are never destroyed
from another thread."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from rls_diary.ui import gc_thread
from rls_diary.ui.app import application


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_the_application_collects_in_its_own_thread_only(qtbot: QtBot) -> None:
    app = application()
    collector = gc_thread.install(app)
    assert gc_thread.install(app) is collector  # one per application
    assert not gc.isenabled()  # CPython's own, any-thread collector is off
    threads: list[str] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(record)
    try:
        dialog = QDialog()
        dialog.me = dialog  # type: ignore[attr-defined]  # a cycle through a Qt wrapper
        dead = weakref.ref(dialog)
        del dialog

        def allocate() -> None:  # a worker making garbage well past every threshold
            for _ in range(5 * sum(gc.get_threshold())):
                _Node()

        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert threads == []  # the worker's allocations ran no collection
        qtbot.waitUntil(lambda: dead() is None, timeout=5000)
    finally:
        gc.callbacks.remove(record)
    assert threads and set(threads) == {threading.main_thread().name}
    assert QApplication.instance() is app


def test_uninstalling_gives_back_the_collector_as_it_was(qtbot: QtBot) -> None:
    app = application()
    gc_thread.uninstall(app)
    assert gc.isenabled()
    gc_thread.install(app)
    assert not gc.isenabled()
