"""Help menu texts: About (version, data folder, licences, the notice) and the crisis numbers."""

from __future__ import annotations

import html
import importlib.resources
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import rls_diary
from rls_diary.ui.dialogs.safety import notice_html
from rls_diary.ui.icon import icon_pixmap

CRISIS_NONE = (
    "No crisis numbers are set yet. You can add the numbers of your doctor, a crisis line "
    "and the emergency service in the Lifestyle tips tab."
)
CRISIS_NOW = (
    "If you have thoughts of harming yourself or feel in danger, call your local emergency "
    "number now."
)

LICENCE: Final = "GPL-3.0-or-later"
FONT_LICENCE_FILE: Final = ("resources", "fonts", "LICENSE-DejaVu.txt")
ICON_SIZE: Final = 64
LICENCE_NOTICE: Final = (
    "RLS Diary is free software: you can redistribute it and/or modify it under the terms of "
    "the GNU General Public License as published by the Free Software Foundation, either "
    "version 3 of the License, or (at your option) any later version (GPL-3.0-or-later).\n\n"
    "RLS Diary is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; "
    "without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR "
    "PURPOSE. See the GNU General Public License for more details. The full text is in the "
    "LICENSE file that comes with RLS Diary, and at https://www.gnu.org/licenses/.\n\n"
    "The application icon was drawn for RLS Diary and is under the same licence."
)
# What a packaged build carries besides our own code, with each project's main licence (some
# bundle parts under further permissive licences: see their own licence files).
COMPONENTS: Final = (
    ("Qt and Qt for Python (PySide6)", "LGPL-3.0-only"),
    ("pyqtgraph", "MIT"),
    ("NumPy", "BSD-3-Clause"),
    ("SciPy", "BSD-3-Clause"),
    ("cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("platformdirs", "MIT"),
    ("tzdata", "Apache-2.0"),
    ("Python", "PSF-2.0"),
)


def summary_html(data_dir: Path) -> str:
    """The version, what the app is and where the diary is kept."""
    folder = html.escape(str(data_dir))
    tagline = QCoreApplication.translate(
        "AboutDialog", "An offline, private sleep diary for people with Restless Legs Syndrome."
    )
    kept_in = QCoreApplication.translate("AboutDialog", "Your diary is kept in:")
    return (
        f"<h3>RLS Diary {html.escape(rls_diary.__version__)}</h3>"
        f"<p>{html.escape(tagline)}</p>"
        f"<p>{html.escape(kept_in)}<br><code>{folder}</code></p>"
    )


def notice_and_licence_html() -> str:
    """The not-medical-advice notice, then the licences in short."""
    licence = QCoreApplication.translate("AboutDialog", "Licence: {licence}.").format(
        licence=LICENCE
    )
    font = QCoreApplication.translate(
        "AboutDialog",
        "Reports use the DejaVu Sans font (Bitstream Vera licence, DejaVu changes in the "
        "public domain): see Licences.",
    )
    return f"{notice_html()}<p>{html.escape(licence)} {html.escape(font)}</p>"


def about_html(data_dir: Path) -> str:
    """Everything the About page says, as one rich text."""
    return summary_html(data_dir) + notice_and_licence_html()


def font_licence_text() -> str:
    """The bundled font's licence, as shipped in the package's resources."""
    try:
        resource = importlib.resources.files("rls_diary").joinpath(*FONT_LICENCE_FILE)
        return resource.read_text(encoding="utf-8")
    except OSError:  # pragma: no cover - the file is package data
        return QCoreApplication.translate(
            "AboutDialog", "The DejaVu fonts licence could not be read."
        )


def licences_text() -> str:
    """Our licence notice, the components of a packaged build and the font's licence."""
    components = "\n".join(f"  {name}: {licence}" for name, licence in COMPONENTS)
    built_with = QCoreApplication.translate("AboutDialog", "Built with:")
    fonts = QCoreApplication.translate("AboutDialog", "Fonts (DejaVu Sans, used in the PDF report)")
    return (
        f"RLS Diary {rls_diary.__version__}\n\n{LICENCE_NOTICE}\n\n"
        f"{built_with}\n{components}\n\n{fonts}\n\n{font_licence_text()}"
    )


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager (a local URL, nothing leaves the computer)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(QDialog):
    """About RLS Diary: the icon, version, data folder (with a button to open it), the notice,
    and a Licences tab with ours, the components' and the font's."""

    def __init__(self, parent: QWidget | None, data_dir: Path) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About RLS Diary"))

        self.icon = QLabel(self)
        self.icon.setPixmap(icon_pixmap(ICON_SIZE))
        self.icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.icon.setAccessibleName(self.tr("RLS Diary icon"))
        self.icon.setAccessibleDescription(self.tr("A crescent moon over a wave"))

        self.body = self._label(summary_html(data_dir), "aboutText")
        self.body.setAccessibleName(self.tr("About RLS Diary"))
        self.notice = self._label(notice_and_licence_html(), "aboutNotice")
        self.notice.setAccessibleName(self.tr("Safety notice and licence"))

        self.open_button = QPushButton(self.tr("&Open data folder"), self)
        self.open_button.setAccessibleName(self.tr("Open data folder"))
        self.open_button.setAccessibleDescription(
            self.tr("Shows {folder} in the file manager").format(folder=data_dir)
        )
        self.open_button.clicked.connect(self.open_data_folder)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()

        about_page = QWidget(self)
        about_layout = QVBoxLayout(about_page)
        top = QHBoxLayout()
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.addWidget(self.body)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.open_button)
        folder_row.addWidget(self.status, 1)
        folder_row.addStretch()
        column.addLayout(folder_row)
        column.addWidget(self.notice)
        top.addLayout(column, 1)
        about_layout.addLayout(top)
        about_layout.addStretch(1)

        self.licences = QPlainTextEdit(self)
        self.licences.setObjectName("licences")
        self.licences.setReadOnly(True)
        self.licences.setPlainText(licences_text())
        self.licences.setAccessibleName(self.tr("Licences"))
        self.licences.setAccessibleDescription(
            self.tr(
                "RLS Diary's licence ({licence}), its components' and the DejaVu font licence"
            ).format(licence=LICENCE)
        )

        # Large fonts (200 %) make the page taller than the screen: it scrolls, never clips.
        about_scroll = QScrollArea(self)
        about_scroll.setWidgetResizable(True)
        about_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        about_scroll.setWidget(about_page)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(about_scroll, self.tr("&About"))
        self.tabs.addTab(self.licences, self.tr("&Licences"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        width, height = metrics.averageCharWidth() * 95, metrics.lineSpacing() * 40
        available = self.screen().availableGeometry()
        self.resize(
            min(width, available.width() * 9 // 10), min(height, available.height() * 9 // 10)
        )

    def _label(self, rich_text: str, name: str) -> QLabel:
        label = QLabel(rich_text, self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def text(self) -> str:
        """The About page's rich text: summary, data folder, notice and licences."""
        return self.body.text() + self.notice.text()

    def open_data_folder(self) -> None:
        if open_folder(self.data_dir):
            self.status.hide()
            return
        self.status.setText(
            self.tr("The folder could not be opened here; its path is shown above.")
        )
        self.status.show()


def show_about(parent: QWidget | None, data_dir: Path) -> None:
    dialog = AboutDialog(parent, data_dir)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def crisis_text(numbers: str) -> str:
    """The crisis numbers the user keeps (offline), or how to add them; always the urgent line."""
    shown = numbers.strip() or CRISIS_NONE
    return f"{shown}\n\n{CRISIS_NOW}"


def show_crisis_numbers(parent: QWidget | None, numbers: str = "") -> None:
    QMessageBox.information(parent, "Crisis numbers", crisis_text(numbers))
