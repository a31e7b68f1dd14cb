"""RLS Diary: an offline, private sleep diary for people with Restless Legs Syndrome.

``__version__`` comes from the installed package's metadata, read on first use:
``importlib.metadata`` takes tens of milliseconds to import, which start-up does not pay.
"""

from pathlib import Path
from typing import Any

RESOURCES = Path(__file__).resolve().parent / "resources"  # data files installed with the code


def resource_path(*parts: str) -> Path:
    """A file of the package's ``resources`` folder (a source tree, a wheel or a PyInstaller
    bundle all keep it next to the code); cheaper to reach than ``importlib.resources``."""
    return RESOURCES.joinpath(*parts)


def __getattr__(name: str) -> Any:
    if name != "__version__":
        raise AttributeError(f"module 'rls_diary' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("rls-diary")
    except PackageNotFoundError:  # running from a source tree that is not installed
        found = "0.0.0+unknown"
    globals()["__version__"] = found
    return found
