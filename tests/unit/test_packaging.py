"""Packaging files: build.spec, the runtime hook, .ci/build, the desktop entry, the AppStream
metainfo, the icon set and the licence. Static checks only: PyInstaller itself runs in
``.ci/build``, never in the test suite."""

from __future__ import annotations

import ast
import configparser
import os
import runpy
import struct
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"
HOOK = ROOT / "packaging" / "pyi_rth_pyqtgraph.py"
DESKTOP = ROOT / "packaging" / "linux" / "rls-diary.desktop"
METAINFO = ROOT / "packaging" / "linux" / "io.github.rls_diary.metainfo.xml"
ICONS = ROOT / "rls_diary" / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SVG_NS = "{http://www.w3.org/2000/svg}"


def spec_strings() -> set[str]:
    """Every string constant in build.spec (which must parse as Python)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def spec_calls() -> set[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    return {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }


def tuple_constant(path: Path, name: str) -> tuple[int, ...]:
    """The value of a module-level ``NAME = (…)`` tuple, read without importing the module."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = (
            [node.target]
            if isinstance(node, ast.AnnAssign)
            else node.targets
            if isinstance(node, ast.Assign)
            else []
        )
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            assert node.value is not None
            value = ast.literal_eval(node.value)
            assert isinstance(value, tuple)
            return value
    raise AssertionError(f"{name} not found in {path}")


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from the PNG header: the signature, then the IHDR chunk."""
    header = path.read_bytes()[:24]
    assert header[:8] == PNG_SIGNATURE, f"{path.name} is not a PNG"
    assert header[12:16] == b"IHDR", f"{path.name} has no IHDR first"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


# build.spec and the runtime hook


def test_build_spec_parses_and_names_resources_tzdata_and_the_runtime_hook() -> None:
    strings = spec_strings()
    calls = spec_calls()
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= calls
    assert {"collect_data_files", "copy_metadata", "collect_submodules"} <= calls
    assert "rls-diary" in strings  # the name and copy_metadata("rls-diary")
    assert "resources/**/*" in strings
    assert "tzdata" in strings
    assert "pyi_rth_pyqtgraph.py" in strings
    assert "launcher.py" in strings
    assert "LICENSE" in strings


def test_build_spec_excludes_other_bindings_network_and_tkinter() -> None:
    strings = spec_strings()
    assert {"PyQt5", "PyQt6", "PySide2", "tkinter"} <= strings
    assert {"QtNetwork", "QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtQml"} <= strings
    assert {"QtQuick", "QtBluetooth"} <= strings
    # What the app uses stays in.
    assert not {"QtCore", "QtGui", "QtWidgets", "QtSvg"} & strings


def test_build_spec_reads_the_version_from_the_package() -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert "rls_diary.__version__" in source
    assert 'copy_metadata("rls-diary")' in source
    assert "console=False" in source


def test_runtime_hook_selects_pyside6(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYQTGRAPH_QT_LIB", "PyQt5")
    runpy.run_path(str(HOOK))
    assert os.environ["PYQTGRAPH_QT_LIB"] == "PySide6"


def test_ci_build_is_executable_and_smoke_tests_the_frozen_app() -> None:
    build = ROOT / ".ci" / "build"
    assert os.access(build, os.X_OK)
    text = build.read_text(encoding="utf-8")
    assert 'install -q -e ".[build]"' in text
    assert 'pyinstaller" build.spec --noconfirm' in text
    assert "--version" in text
    assert 'QT_QPA_PLATFORM=offscreen "$app" --self-test --data-dir' in text
    assert "stats --json" in text
    run_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert ".ci/build" in (line.strip() for line in run_lines)


def test_build_extra_names_pyinstaller() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(req.startswith("pyinstaller") for req in project["optional-dependencies"]["build"])


# Desktop entry and AppStream


def test_desktop_entry_has_the_required_keys() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "RLS Diary"
    assert entry["GenericName"] == "Sleep diary"
    assert entry["Comment"]
    assert entry["Exec"] == "rls-diary"
    assert entry["Icon"] == "rls-diary"
    assert entry["Terminal"] == "false"
    assert entry["Categories"] == "Utility;MedicalSoftware;Qt;"
    assert entry["Keywords"].endswith(";")
    assert "sleep" in entry["Keywords"].split(";")


def test_metainfo_is_well_formed_with_the_id_and_the_current_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == "io.github.rls_diary"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("summary")
    assert root.find("description/p") is not None
    assert root.find("content_rating[@type='oars-1.1']") is not None
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    releases = [release.get("version") for release in root.iterfind("releases/release")]
    assert project["version"] in releases
    assert all(release.get("date") for release in root.iterfind("releases/release"))


# Icons and licence


def test_every_icon_png_exists_at_its_size() -> None:
    assert tuple_constant(ROOT / "packaging" / "render_icons.py", "SIZES") == SIZES
    assert tuple_constant(ROOT / "rls_diary" / "ui" / "icon.py", "ICON_SIZES") == SIZES
    for size in SIZES:
        assert png_size(ICONS / f"rls-diary-{size}.png") == (size, size)


def test_icon_svg_is_square_svg() -> None:
    root = ET.parse(ICONS / "rls-diary.svg").getroot()
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 256 256"
    assert root.find(f"{SVG_NS}path") is not None


def test_png_reader_refuses_what_is_not_a_png(tmp_path: Path) -> None:
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"GIF89a" + bytes(30))
    with pytest.raises(AssertionError, match="not a PNG"):
        png_size(fake)


def test_icons_and_licences_are_package_data() -> None:
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["package-data"]["rls_diary"]
    assert "resources/**/*" in package_data
    assert (ROOT / "rls_diary" / "resources" / "fonts" / "LICENSE-DejaVu.txt").is_file()


def test_licence_file_is_the_gpl_3() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("GNU GENERAL PUBLIC LICENSE")
    assert "Version 3, 29 June 2007" in text
    assert "END OF TERMS AND CONDITIONS" in text
