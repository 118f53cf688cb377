"""Entry point: `kpidesk` opens the window; `kpidesk new|show …` runs a headless command."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

CLI_COMMANDS = ("new", "show")
APP_NAME = "KPI Desk"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in CLI_COMMANDS:
        from kpidesk.cli import run

        return run(argv)
    return run_gui(argv)


def gui_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kpidesk", description="KPI Desk: sales KPI planning.")
    parser.add_argument("file", nargs="?", help="plan file to open (.kpidesk)")
    parser.add_argument("--demo", action="store_true", help="open the demo plan")
    parser.add_argument("--lang", choices=("ja", "en"), help="user interface language")
    parser.add_argument("--screenshot", metavar="PNG", help="save the window to PNG and quit")
    parser.epilog = "commands: kpidesk new FILE [--demo] | kpidesk show FILE [--json]"
    return parser.parse_args(argv)


def run_gui(argv: list[str], on_first_paint: Callable[[], None] | None = None) -> int:
    args = gui_arguments(argv)
    if _no_display():
        target = args.screenshot or str(Path.cwd() / "kpidesk-window.png")
        print(
            f"kpidesk: no display found; drawing the window off screen into {target}. "
            "Run it on a desktop, or under xvfb-run, to use it.",
            file=sys.stderr,
        )
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        args.screenshot = target

    from kpidesk.ui.startup import start_gui

    return start_gui(args.file, args.demo, args.lang, args.screenshot, on_first_paint)


def _no_display() -> bool:
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )
