"""The application icon, loaded from the package's resources (works frozen too).

The PNGs are rendered from ``resources/icons/rls-diary.svg`` by ``packaging/render_icons.py``;
they are read as bytes through ``importlib.resources`` so that no file path has to outlive a
context manager, whether the package is a source tree, a wheel or a PyInstaller bundle.
"""

from __future__ import annotations

import importlib.resources
from importlib.resources.abc import Traversable
from typing import Final

from PySide6.QtGui import QIcon, QPixmap

ICON_SIZES: Final = (16, 32, 48, 64, 128, 256)
ICON_DIR: Final = ("resources", "icons")
ICON_NAME: Final = "rls-diary"


def icon_file(size: int | None = None) -> Traversable:
    """The PNG of ``size`` pixels, or the SVG when ``size`` is None."""
    name = f"{ICON_NAME}.svg" if size is None else f"{ICON_NAME}-{size}.png"
    return importlib.resources.files("rls_diary").joinpath(*ICON_DIR, name)


def icon_pixmap(size: int) -> QPixmap:
    """The icon drawn at ``size`` pixels (one of ``ICON_SIZES``); a null pixmap if missing."""
    pixmap = QPixmap()
    try:
        pixmap.loadFromData(icon_file(size).read_bytes(), "PNG")
    except OSError:
        return QPixmap()
    return pixmap


def app_icon() -> QIcon:
    """The window icon, with every rendered size so that Qt never scales a tiny one up."""
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = icon_pixmap(size)
        if not pixmap.isNull():
            icon.addPixmap(pixmap)
    return icon
