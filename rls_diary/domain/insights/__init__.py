"""The insights engine (DESIGN §6): pure rules over nights and records that return findings.

Each module holds one group of rules; :mod:`rls_diary.services.insights` runs them all and
writes the ``insights --json`` report.
"""
