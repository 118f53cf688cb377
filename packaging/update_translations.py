"""Refresh resources/translations/*.ts from the sources with Qt's lupdate (then translate)."""

from __future__ import annotations

import sys

from kpidesk.i18n.catalog import translations_dir, update_catalog


def main() -> int:
    for ts_file in sorted(translations_dir().glob("*.ts")):
        update_catalog(ts_file)
    print("Now translate the entries marked unfinished (Qt Linguist, or any text editor).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
