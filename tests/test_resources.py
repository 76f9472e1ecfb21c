"""Shipped resources: icons, Linux desktop metadata, licence texts, packaging config."""

from __future__ import annotations

import configparser
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import actgui
from actgui.files.resources import (
    ICON_SIZES,
    icon_paths,
    license_texts,
    licenses,
    resource_path,
    resource_roots,
)

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.actgui.ActGui"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_resource_path_finds_the_icon() -> None:
    path = resource_path("icons", "actgui-32.png")
    assert path.is_file()
    assert path.parent.parent in resource_roots()


def test_resource_path_reports_what_is_missing() -> None:
    with pytest.raises(FileNotFoundError, match="no-such-file"):
        resource_path("icons", "no-such-file.png")


def test_every_icon_size_is_a_square_png_of_that_size() -> None:
    paths = icon_paths()
    assert sorted(paths) == sorted(ICON_SIZES)
    for size, path in paths.items():
        assert png_size(path) == (size, size)


def test_ico_and_icns_hold_png_images() -> None:
    ico = resource_path("icons", "actgui.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    assert count == 7
    widths = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert widths == {16, 24, 32, 48, 64, 128, 256}

    icns = resource_path("icons", "actgui.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)


def read_desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(resource_path("linux", f"{APP_ID}.desktop"), encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_has_the_required_keys() -> None:
    entry = read_desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "actgui --report-in-window %f"  # a double-clicked setup opens in the window
    assert entry["Icon"] == "actgui"
    for key in ("Name", "GenericName", "Comment"):
        assert entry[key].strip()
        assert entry[f"{key}[zh_CN]"].strip()
    categories = entry["Categories"].split(";")
    assert {"Education", "Science"} <= set(categories)
    assert entry["Categories"].endswith(";")


def test_metainfo_names_the_app_and_this_release() -> None:
    root = ET.parse(resource_path("linux", f"{APP_ID}.metainfo.xml")).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("name")
    assert root.findtext("summary")
    assert root.find("description") is not None
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == f"{APP_ID}.desktop"
    versions = [release.get("version") for release in root.iter("release")]
    assert actgui.__version__ in versions


@pytest.mark.parametrize(
    "name", ["actgui", "Qt 6 / PySide6", "pyqtgraph", "NumPy", "ziamath", "STIX Two Math font"]
)
def test_license_texts_cover_the_shipped_components(name: str) -> None:
    texts = license_texts()
    assert name in texts
    assert len(texts[name].strip()) > 200


def test_license_texts_carry_the_expected_licences() -> None:
    texts = license_texts()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in texts["Qt 6 / PySide6"]
    assert "GNU GENERAL PUBLIC LICENSE" in texts["Qt 6 / PySide6"]
    assert "OpenBLAS" in texts["NumPy"]
    assert "SIL OPEN FONT LICENSE" in texts["STIX Two Math font"]
    assert "actgui contributors" in texts["actgui"]
    assert all(info.spdx and info.text.strip() for info in licenses())


def test_app_icon_has_every_size(qapp: object) -> None:
    from actgui.ui.icon import app_icon

    icon = app_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert set(ICON_SIZES) <= sizes


@pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib is new in Python 3.11")
def test_pyproject_ships_every_package_and_resource_folder() -> None:
    """The wheel lists its packages explicitly (resources/ is mapped in), so keep the list complete."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert config["package-dir"]["actgui._resources"] == "resources"
    listed = set(config["packages"])
    # Every folder of the package that holds Python code, with or without __init__.py.
    code_packages = {
        ".".join(module.parent.relative_to(ROOT).parts)
        for module in (ROOT / "actgui").rglob("*.py")
        if "__pycache__" not in module.parts
    }
    assert code_packages <= listed, f"add to [tool.setuptools] packages: {sorted(code_packages - listed)}"
    data_packages = {
        f"actgui._resources.{folder.name}"
        for folder in (ROOT / "resources").iterdir()
        if folder.is_dir() and not folder.name.startswith(".")
    }
    assert data_packages <= listed, f"add to [tool.setuptools] packages: {sorted(data_packages - listed)}"
    assert set(config["package-data"]) >= data_packages


def test_setup_files_are_a_declared_file_type() -> None:
    from actgui.files.setup_file import MIME_TYPE, SUFFIX

    assert read_desktop_entry()["MimeType"] == f"{MIME_TYPE};"
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(resource_path("linux", f"{APP_ID}.mime.xml")).getroot().find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == MIME_TYPE
    assert mime.find("m:glob", ns).get("pattern") == f"*{SUFFIX}"  # type: ignore[union-attr]
    metainfo = ET.parse(resource_path("linux", f"{APP_ID}.metainfo.xml")).getroot()
    assert metainfo.find("provides/mediatype").text == MIME_TYPE  # type: ignore[union-attr]
    spec = (Path(__file__).parents[1] / "packaging" / "actgui.spec").read_text(encoding="utf-8")
    assert '"CFBundleTypeExtensions": ["actgui"]' in spec
    script = (Path(__file__).parents[1] / "packaging" / "install-desktop.sh").read_text(encoding="utf-8")
    assert "mime/packages" in script and "update-mime-database" in script


def _bundle_info_plist() -> tuple[dict, str]:
    """The macOS BUNDLE's info_plist and icon in actgui.spec, evaluated from its source."""
    import ast

    spec = (Path(__file__).parents[1] / "packaging" / "actgui.spec").read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(spec)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "BUNDLE":
            keywords = {k.arg: k.value for k in node.keywords}
            plist = eval(
                compile(ast.Expression(keywords["info_plist"]), "actgui.spec", "eval"), {"VERSION": "1.0"}
            )
            icon = ast.unparse(keywords["icon"])
            return plist, icon
    raise AssertionError("actgui.spec builds no BUNDLE")


def test_the_macos_bundle_declares_setup_files_completely() -> None:
    from actgui.files.setup_file import MIME_TYPE, SUFFIX

    plist, icon = _bundle_info_plist()
    [document] = plist["CFBundleDocumentTypes"]
    [declared] = plist["UTExportedTypeDeclarations"]
    # The document type names the exported type, which carries the extension and the MIME type.
    assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
    assert declared["UTTypeIdentifier"].startswith(plist.get("CFBundleIdentifier", "io.github.actgui"))
    tags = declared["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [SUFFIX.lstrip(".")] == document["CFBundleTypeExtensions"]
    assert tags["public.mime-type"] == [MIME_TYPE]
    assert "public.data" in declared["UTTypeConformsTo"]  # a file, so Finder and Quick Look know it
    assert document["CFBundleTypeRole"] in ("Editor", "Viewer") and document["LSHandlerRank"] == "Owner"
    # PyInstaller copies the bundle icon into Contents/Resources under its own name.
    assert document["CFBundleTypeIconFile"] == declared["UTTypeIconFile"] == "actgui.icns"
    assert "actgui.icns" in icon
