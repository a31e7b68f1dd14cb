"""The application icon, loaded from the package's resources (works frozen too).

The PNGs are rendered from ``resources/icons/rls-diary.svg`` by ``packaging/render_icons.py``;
the window icon names the files and Qt reads each size only when it is drawn (the package's
``resources`` folder sits next to the code in a source tree, a wheel and a PyInstaller bundle).
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap

from rls_diary import resource_path

ICON_SIZES: Final = (16, 32, 48, 64, 128, 256)
ICON_DIR: Final = ("icons",)  # inside the package's resources folder
ICON_NAME: Final = "rls-diary"


def icon_file(size: int | None = None) -> Path:
    """The PNG of ``size`` pixels, or the SVG when ``size`` is None."""
    name = f"{ICON_NAME}.svg" if size is None else f"{ICON_NAME}-{size}.png"
    return resource_path(*ICON_DIR, name)


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
        path = icon_file(size)
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))  # read when first drawn at that size
    return icon
