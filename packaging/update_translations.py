"""Refresh resources/translations/*.ts from the sources with Qt's lupdate (then translate)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
LUPDATE = Path(PySide6.__file__).parent / "lupdate"


def update(ts_file: Path) -> None:
    subprocess.run(
        [
            str(LUPDATE),
            "-extensions",
            "py",
            str(ROOT / "kpidesk"),
            "-ts",
            str(ts_file),
            "-no-obsolete",
            "-locations",
            "none",
        ],
        check=True,
    )


def main() -> int:
    for ts_file in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        update(ts_file)
    print("Now translate the entries marked unfinished (Qt Linguist, or any text editor).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
