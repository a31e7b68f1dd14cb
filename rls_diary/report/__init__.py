"""The PDF summary for a doctor (issue 7).

``content`` is pure Python (what the report says); ``layout``, ``charts`` and ``render`` draw it
with QtGui only; ``export`` writes the file for ``rls-diary report``. Importing this package
imports no Qt: only the modules that draw do.
"""
