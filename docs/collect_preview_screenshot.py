"""Draw docs/images/collect-preview.png: the Collect From Reps preview on real packages.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/collect_preview_screenshot.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from fractions import Fraction
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kpidesk.domain.demo import demo_plan  # noqa: E402
from kpidesk.domain.periods import PeriodKind  # noqa: E402
from kpidesk.i18n.catalog import install_translators  # noqa: E402
from kpidesk.services import clock  # noqa: E402
from kpidesk.services.package_files import OpenPackage  # noqa: E402
from kpidesk.services.plan_files import create_plan, open_plan  # noqa: E402
from kpidesk.services.team_packages import send_packages  # noqa: E402
from kpidesk.ui.fonts import use_bundled_font  # noqa: E402
from kpidesk.ui.main_window import MainWindow  # noqa: E402

LABELS = {
    "plan": "Sales team plan",
    "revenue": "Revenue",
    "deals": "Deals",
    "unit_price": "Unit price",
    "prospects": "Prospects",
    "close_rate": "Close rate",
    "rep": "Rep",
}
PROSPECTS, DEALS = 4, 2


def enter(path: Path, values: dict) -> None:
    opened = OpenPackage(path)
    try:
        rep = opened.header.rep_id
        opened.session.record_actuals({(n, rep, d): v for (n, d), v in values.items()})
    finally:
        opened.close()


def main() -> int:
    clock.today = lambda: date(2026, 11, 20)
    app = QApplication([])
    install_translators(app, "en")
    use_bundled_font(app)
    folder = Path(tempfile.mkdtemp())
    plan_path = folder / "Sales team plan.kpidesk"
    create_plan(plan_path, demo_plan(LABELS.__getitem__))
    plan_file = open_plan(plan_path)
    session = plan_file.session
    session.set_current_period(date(2026, 11, 1), PeriodKind.MONTH)
    session.record_actuals({(PROSPECTS, 1, date(2026, 11, 2)): Fraction(3)})
    synced = folder / "Synced folder"
    synced.mkdir()
    paths = [send_packages(session, synced, f"Rep {n}")[0] for n in (1, 2, 3)]
    session.record_actuals({(PROSPECTS, 1, date(2026, 11, 2)): Fraction(4)})  # after sending
    plan_file.close()
    nov = [date(2026, 11, d) for d in (2, 4, 5, 6)]
    enter(paths[0], {(PROSPECTS, nov[0]): Fraction(5), (PROSPECTS, nov[1]): Fraction(2)})
    enter(paths[1], {(PROSPECTS, d): Fraction(i + 2) for i, d in enumerate(nov)})
    (synced / "Old plan - Rep 9 - 2026-10.kpirep").write_bytes(b"not a package" * 20)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.open_file(plan_path)
    window.show()
    dialog = window.team_menu.collect_folder(str(synced))
    while not dialog.previews:
        app.processEvents()
    dialog.resize(900, 460)
    dialog.choose(paths[0], "theirs")
    app.processEvents()
    target = ROOT / "docs" / "images" / "collect-preview.png"
    dialog.grab().save(str(target))
    print(f"Wrote {target}")
    dialog.reject()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
