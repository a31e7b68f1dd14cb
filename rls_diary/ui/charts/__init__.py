"""The Charts tab (issue 5). Import :mod:`rls_diary.ui.charts.tab` only when the tab is first
opened: it loads pyqtgraph. This package's ``__init__`` imports nothing, so the pure modules
(:mod:`.series`, :mod:`.text`) can be used and tested without Qt widgets or pyqtgraph."""
