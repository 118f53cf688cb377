"""The argument block every headless command on a plan shares: the plan file, --lang, --json."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication

from kpidesk.i18n.catalog import LANGUAGES

translate = QCoreApplication.translate


def plan_command(
    commands, name: str, help_text: str, *, json_output: bool = False
) -> argparse.ArgumentParser:
    """The subcommand `name FILE [--lang LANG] [--json]`; its own arguments are added after."""
    command = commands.add_parser(name, help=help_text)
    command.add_argument("file", help=translate("Cli", "the plan file (.kpidesk)"))
    command.add_argument("--lang", choices=LANGUAGES, help=translate("Cli", "language"))
    if json_output:
        command.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    return command
