"""Pick the UI language, compile the .ts sources to .qm when needed, and install them."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kpidesk.resources import resources_dir

LANGUAGES = ("en", "ja")


def choose_language(requested: str | None, system: QLocale | None = None) -> str:
    """`--lang` wins; otherwise Japanese on a Japanese system locale, English elsewhere."""
    if requested:
        return requested
    system = system or QLocale.system()
    return "ja" if system.language() == QLocale.Language.Japanese else "en"


def requested_language(argv: list[str]) -> str | None:
    """The `--lang` value in `argv`, read before argparse so that its help is translated too."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            return argv[i + 1]
        if arg.startswith("--lang=") and arg.removeprefix("--lang=") in LANGUAGES:
            return arg.removeprefix("--lang=")
    return None


def locale_for(language: str) -> QLocale:
    if language == "ja":
        return QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def _qt_tool(name: str) -> str:
    return str(Path(PySide6.__file__).parent / name)


def update_catalog(ts_file: Path, sources: Path | None = None) -> None:
    """Refresh a .ts file with every translatable string in `sources` (Qt's lupdate)."""
    import subprocess  # not on the way to the window's first paint

    sources = sources or Path(__file__).resolve().parent.parent
    subprocess.run(
        [
            _qt_tool("lupdate"),
            "-extensions",
            "py",
            str(sources),
            "-ts",
            str(ts_file),
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
        ],
        check=True,
    )


def compiled_catalog(language: str, folder: Path | None = None) -> Path:
    """The .qm for `language`, rebuilt with Qt's lrelease when the .ts is newer."""
    folder = folder or translations_dir()
    source = folder / f"kpidesk_{language}.ts"
    target = folder / f"kpidesk_{language}.qm"
    if source.exists() and (not target.exists() or target.stat().st_mtime < source.stat().st_mtime):
        import subprocess  # only when the catalog is out of date

        subprocess.run(
            [_qt_tool("lrelease"), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
        )
    return target


_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's catalog and Qt's own (for standard dialogs), replacing earlier ones."""
    QLocale.setDefault(locale_for(language))
    while _installed:
        app.removeTranslator(_installed.pop())
    installed = _installed
    if language == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(str(compiled_catalog(language))):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    if any(qt_own.load(QLocale(language), "qtbase", "_", str(folder)) for folder in qt_folders()):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed


def qt_folders() -> list[Path]:
    """Where Qt's own catalogs are: where Qt says, or beside PySide6 (in a bundle, Qt's
    built-in path points at the machine it was built on)."""
    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).parent / "Qt" / "translations",
    ]
