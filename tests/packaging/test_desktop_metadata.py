"""The Linux desktop metadata agrees with itself and the app: one id, file type and icon."""

import configparser
import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage

import kpidesk
from kpidesk.storage.schema import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.kpidesk.KPIDesk"
MIME_TYPE = "application/x-kpidesk-plan"
FREEDESKTOP_MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def build_module():
    spec = importlib.util.spec_from_file_location("kpidesk_build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_menu_entry_opens_plans_with_the_app_and_its_icon():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "kpidesk %f"  # the installer points this at the bundle
    assert entry["Icon"] == APP_ID
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Comment[ja]"] and entry["GenericName[ja]"]


def test_the_file_type_is_a_kpidesk_glob_and_our_sqlite_application_id():
    root = ET.parse(LINUX / "kpidesk-mime.xml").getroot()
    mime = root.find(f"{FREEDESKTOP_MIME}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert mime.find(f"{FREEDESKTOP_MIME}glob").get("pattern") == "*.kpidesk"
    inner = mime.find(f"{FREEDESKTOP_MIME}magic/{FREEDESKTOP_MIME}match/{FREEDESKTOP_MIME}match")
    assert int(inner.get("value"), 16) == APPLICATION_ID
    assert inner.get("offset") == "68"  # where SQLite keeps PRAGMA application_id


def test_the_metainfo_names_the_menu_entry_and_this_version():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    versions = [release.get("version") for release in root.iter("release")]
    assert versions[0] == kpidesk.__version__, "add a <release> for the new version"


def test_the_icon_is_drawn_at_every_size_with_ico_and_icns(tmp_path, qapp):
    build = build_module()
    (tmp_path / "kpidesk.svg").write_bytes((ROOT / "resources/icons/kpidesk.svg").read_bytes())
    build.render_icons(tmp_path)
    for size in build.ICON_SIZES:
        image = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 2)
        corner = image.pixelColor(0, 0)
        assert centre.alpha() == 255 and corner.alpha() == 0  # a rounded tile, not a square
    assert (tmp_path / "kpidesk.ico").stat().st_size > 1000
    assert (tmp_path / "kpidesk.icns").stat().st_size > 1000
