"""About RLS Diary (version, data folder and its button, licences, the notice) and the
app-wide window icon."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QScrollArea, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

import rls_diary
from rls_diary.domain.notices import NOTICE_PARAGRAPHS
from rls_diary.ui import app as ui_app
from rls_diary.ui.dialogs import about
from rls_diary.ui.dialogs.about import AboutDialog, show_about
from rls_diary.ui.icon import ICON_SIZES, app_icon, icon_pixmap


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> AboutDialog:
    folder = tmp_path / "my diary & co"
    folder.mkdir()
    shown = AboutDialog(None, folder)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_about_shows_version_folder_notice_and_licence(dialog: AboutDialog) -> None:
    text = dialog.text()
    assert str(dialog.data_dir).replace("&", "&amp;") in dialog.body.text()
    assert f"RLS Diary {rls_diary.__version__}" in text
    assert "my diary &amp; co" in text  # the folder, escaped for rich text
    assert str(dialog.data_dir).replace("&", "&amp;") in text
    for paragraph in NOTICE_PARAGRAPHS:
        assert paragraph in text
    assert "GPL-3.0-or-later" in text
    assert "DejaVu" in text
    assert dialog.windowTitle() == "About RLS Diary"


def test_about_shows_the_icon(dialog: AboutDialog) -> None:
    pixmap = dialog.icon.pixmap()
    assert not pixmap.isNull()
    assert pixmap.size() == QSize(about.ICON_SIZE, about.ICON_SIZE)
    assert dialog.icon.isVisible()


def test_licences_tab_holds_ours_the_components_and_the_font_licence(
    dialog: AboutDialog,
) -> None:
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["&About", "&Licences"]
    text = dialog.licences.toPlainText()
    assert "GNU General Public License" in text
    assert "either version 3 of the License, or (at your option) any later version" in text
    assert "WITHOUT ANY WARRANTY" in text
    assert "PySide6" in text and "LGPL-3.0-only" in text
    assert "Bitstream Vera Fonts Copyright" in text  # the bundled font's own licence file
    assert dialog.licences.isReadOnly()


def test_open_data_folder_opens_it_locally(
    dialog: AboutDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    assert opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()) == dialog.data_dir
    assert dialog.status.isHidden()


def test_a_folder_that_cannot_be_opened_is_explained_in_place(
    dialog: AboutDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    dialog.open_button.click()
    assert dialog.status.isVisible()
    assert "could not be opened" in dialog.status.text()


def test_every_control_is_named_for_assistive_technology(dialog: AboutDialog) -> None:
    for widget in (dialog.icon, dialog.body, dialog.notice, dialog.open_button, dialog.licences):
        assert widget.accessibleName(), widget
    assert str(dialog.data_dir) in dialog.open_button.accessibleDescription()


def test_with_200_percent_fonts_the_page_scrolls_and_the_dialog_fits_the_screen(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    normal = qapp.font()
    large = qapp.font()
    large.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(large)
    try:
        shown = AboutDialog(None, tmp_path)
        qtbot.addWidget(shown)
        shown.show()
        qtbot.waitExposed(shown)
        page = shown.tabs.widget(0)
        assert isinstance(page, QScrollArea)
        assert page.verticalScrollBar().maximum() > 0  # taller than the view: it scrolls
        screen = shown.screen().availableGeometry()
        assert shown.width() <= screen.width()
        assert shown.height() <= screen.height()
    finally:
        qapp.setFont(normal)


def test_show_about_runs_the_dialog_modally_and_keeps_its_signature(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ran: list[str] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: ran.append(self.text()) or 0)
    show_about(None, tmp_path)
    assert len(ran) == 1
    assert str(tmp_path) in ran[0]


@pytest.fixture
def restore_app_identity(qapp: QApplication) -> Iterator[None]:
    """``application()`` renames the app and sets the icon; undo it for the other tests."""
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    icon, desktop = QApplication.windowIcon(), QGuiApplication.desktopFileName()
    QApplication.setWindowIcon(QIcon())
    yield
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])
    QApplication.setWindowIcon(icon)
    QGuiApplication.setDesktopFileName(desktop)


@pytest.mark.usefixtures("restore_app_identity")
def test_application_sets_the_window_icon_app_wide(qtbot: QtBot) -> None:
    assert QApplication.windowIcon().isNull()
    ui_app.application()
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    assert {(s.width(), s.height()) for s in icon.availableSizes()} == {
        (size, size) for size in ICON_SIZES
    }
    assert QGuiApplication.desktopFileName() == "rls-diary"  # matches rls-diary.desktop
    window = QWidget()
    qtbot.addWidget(window)
    assert window.windowIcon().cacheKey() == icon.cacheKey()


def test_icon_pixmaps_have_their_sizes() -> None:
    for size in ICON_SIZES:
        assert icon_pixmap(size).size() == QSize(size, size)
    assert len(app_icon().availableSizes()) == len(ICON_SIZES)
    assert icon_pixmap(17).isNull()  # no such size: a null pixmap, not an error
