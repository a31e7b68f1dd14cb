"""RLS Diary: an offline, private sleep diary for people with Restless Legs Syndrome."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rls-diary")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"
