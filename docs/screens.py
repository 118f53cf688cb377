"""Draw the screens to look at: the main tabs, the dialogs and the meeting PDF's pages, in
Japanese and English, light and dark, at 1280×800 and at ×2 scale, into screens/ (ignored by
git).

Run: .venv/bin/python docs/screens.py [--out screens]
Each language and scale runs in its own process (Qt reads QT_SCALE_FACTOR once, at start).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("ja", "en")
SCALES = ("1", "2")
SIZE = (1280, 800)
TODAY = date(2026, 11, 20)
REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "screens"))
    parser.add_argument("--one", nargs=2, metavar=("LANG", "SCALE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    out = Path(args.out)
    if args.one:
        return draw(out, *args.one)
    for language in LANGUAGES:
        for scale in SCALES:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
            command = [sys.executable, __file__, "--out", str(out), "--one", language, scale]
            subprocess.run(command, env=env, check=True)
    print(f"Screens written to {out}")
    return 0


def draw(out: Path, language: str, scale: str) -> int:
    """One language at one scale: every tab, every dialog, every page of the PDF."""
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kpidesk.domain.demo import demo_plan
    from kpidesk.domain.review import Cadence
    from kpidesk.i18n.catalog import install_translators
    from kpidesk.i18n.messages import demo_label
    from kpidesk.report.options import ReportOptions
    from kpidesk.report.writer import page_images
    from kpidesk.services import clock
    from kpidesk.storage.plan_file import create_plan_file
    from kpidesk.ui.accessibility import make_accessible
    from kpidesk.ui.fonts import use_bundled_font
    from kpidesk.ui.main_window import MainWindow
    from kpidesk.ui.theme import Scheme
    from tests.ui.every_dialog import dialog_makers

    clock.today = lambda: TODAY
    app = QApplication([sys.argv[0]])
    install_translators(app, language)
    use_bundled_font(app)
    folder = Path(tempfile.mkdtemp())
    target = out / f"{language}-x{scale}"
    target.mkdir(parents=True, exist_ok=True)
    plan_path = folder / "plan.kpidesk"
    create_plan_file(plan_path, demo_plan(demo_label))
    window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(*SIZE)
    window.open_file(plan_path)
    controller = window.document.controller
    controller.set_period(date(2026, 11, 1))
    actuals = {}
    for day in (2, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19):
        for rep in (1, 2, 3):
            actuals[(PROSPECTS, rep, date(2026, 11, day))] = str(2 + (day + rep) % 3)
            actuals[(DEALS, rep, date(2026, 11, day))] = str((day + rep) % 2)
        actuals[(REVENUE, 0, date(2026, 11, day))] = "300000"
    controller.record_actuals(actuals)
    controller.create_review(Cadence.MONTHLY, TODAY)
    window.show()

    def settle() -> None:
        for _ in range(4):
            app.processEvents()
            window.grab()

    def save(widget, name: str) -> None:
        settle()
        widget.grab().save(str(target / f"{name}.png"))

    window._select_node(PROSPECTS)
    rep, kpi = demo_label("rep") + " 1", demo_label("prospects")
    makers = dialog_makers(window, folder, kpi, rep)  # every dialog of every menu
    for scheme in (Scheme.LIGHT, Scheme.DARK):
        window.theme.choose(scheme)
        prefix = f"{scheme.value}-"
        for name, show in (
            ("1-tree", lambda: window.views.setCurrentIndex(0)),
            ("2-diagram", window.show_diagram),
            ("3-actuals", window.show_actuals),
            ("4-progress", window.show_charts),
            ("5-reviews", window.show_reviews),
            ("6-pipeline", lambda: window.views.setCurrentWidget(window.views.yomi_page)),
        ):
            show()
            save(window, prefix + name)
        for name, make in makers.items():
            dialog = make()
            make_accessible(dialog)
            dialog.show()
            save(dialog, f"{prefix}dialog-{name}")
            dialog.close()
            dialog.deleteLater()
    window.theme.choose(Scheme.SYSTEM)
    options = ReportOptions(as_of=TODAY)
    pages = page_images(window.document.session, options, window.number_format, float(scale))
    for number, image in enumerate(pages, start=1):
        image.save(str(target / f"pdf-page-{number:02}.png"))
    window.close()
    print(f"{target}: {len(list(target.glob('*.png')))} pictures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
