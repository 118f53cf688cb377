"""Build the KPI Desk bundle with PyInstaller (one folder): `python packaging/build.py`."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
STAGED = BUILD / "bundle-resources"
APP_ID = "io.github.kpidesk.KPIDesk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from kpidesk import __version__

    return __version__


def ensure_pyinstaller() -> None:
    """PyInstaller comes with the `bundle` extra; install it into this interpreter if missing."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("Installing PyInstaller (the 'bundle' extra)…", flush=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "-e", f"{ROOT}[bundle]"], check=True
        )


def stage_resources() -> Path:
    """Copy what the app reads at run time, with compiled translations instead of sources."""
    if STAGED.exists():
        shutil.rmtree(STAGED)
    source = ROOT / "resources"
    for name in ("fonts", "templates", "icons", "guide"):
        if (source / name).is_dir():
            shutil.copytree(source / name, STAGED / name)
    translations = STAGED / "translations"
    translations.mkdir(parents=True)
    for ts_file in sorted((source / "translations").glob("*.ts")):
        shutil.copy(ts_file, translations / ts_file.name)
        from kpidesk.i18n.catalog import compiled_catalog

        compiled_catalog(ts_file.stem.removeprefix("kpidesk_"), translations)
        (translations / ts_file.name).unlink()
    render_icons(STAGED / "icons")
    return STAGED


def render_icons(folder: Path) -> None:
    """PNG sizes for the desktop and the window, plus .ico and .icns, drawn from the SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (keeps Qt alive)
    renderer = QSvgRenderer(str(folder / "kpidesk.svg"))
    images = {}
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = folder / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
        images[size] = image
    for suffix in ("ico", "icns"):
        writer = QImageWriter(str(folder / f"kpidesk.{suffix}"), suffix.encode())
        if not writer.write(images[256]):
            print(f"note: no .{suffix} ({writer.errorString()})", file=sys.stderr)


def windows_version_file(number: str) -> Path:
    """The version resource Windows shows in the file's properties."""
    from PyInstaller.utils.win32 import versioninfo as v

    parts = [int(p) for p in number.split(".")] + [0] * 4
    numbers = tuple(parts[:4])
    strings = [
        v.StringStruct("CompanyName", "KPI Desk"),
        v.StringStruct("FileDescription", "KPI Desk"),
        v.StringStruct("FileVersion", number),
        v.StringStruct("ProductName", "KPI Desk"),
        v.StringStruct("ProductVersion", number),
        v.StringStruct("OriginalFilename", "kpidesk.exe"),
    ]
    info = v.VSVersionInfo(
        ffi=v.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            v.StringFileInfo([v.StringTable("040904B0", strings)]),
            v.VarFileInfo([v.VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
    target = BUILD / "version_info.txt"
    target.write_text(str(info), encoding="utf-8")
    return target


def run_pyinstaller(staged: Path, number: str) -> Path:
    env = dict(os.environ, KPIDESK_STAGED_RESOURCES=str(staged), KPIDESK_VERSION=number)
    if sys.platform == "win32":
        env["KPIDESK_VERSION_FILE"] = str(windows_version_file(number))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(PACKAGING / "kpidesk.spec"),
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    return DIST / "kpidesk"


def add_linux_desktop_files(bundle: Path, staged: Path) -> None:
    """The desktop entry, AppStream metainfo, MIME type, icons and the per-user installer."""
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    linux = PACKAGING / "linux"
    (share / "applications").mkdir(parents=True)
    shutil.copy(linux / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy(linux / f"{APP_ID}.metainfo.xml", share / "metainfo")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(linux / "kpidesk-mime.xml", share / "mime" / "packages" / f"{APP_ID}.xml")
    icons = share / "icons" / "hicolor"
    shutil.copytree(staged / "icons" / "hicolor", icons)
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(staged / "icons" / "kpidesk.svg", icons / "scalable" / "apps" / f"{APP_ID}.svg")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(linux / script, bundle / script)
        (bundle / script).chmod(0o755)


def archive(bundle: Path, number: str) -> Path:
    target = DIST / f"kpidesk-{number}-linux-{os.uname().machine}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(bundle, arcname="kpidesk")
    return target


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz (Linux)")
    args = parser.parse_args(argv)
    ensure_pyinstaller()
    number = version()
    BUILD.mkdir(exist_ok=True)
    staged = stage_resources()
    bundle = run_pyinstaller(staged, number)
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(bundle, staged)
        if not args.no_archive:
            print(f"archive: {archive(bundle, number)}")
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.0f} MB unpacked)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
