"""PyInstaller runtime hook: pyqtgraph must use PySide6, the only Qt binding in the build.

Runs before the app's own code (build.spec names it in ``runtime_hooks``); without it pyqtgraph
probes for PyQt5/PyQt6/PySide2 first, which are excluded from the build.
"""

import os

os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
