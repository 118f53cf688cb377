"""`kpidesk backups FILE` and `kpidesk restore BACKUP (--to NEW | --replace FILE)`, headless."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kpidesk.i18n.backup_texts import backup_columns, backup_headers
from kpidesk.i18n.catalog import LANGUAGES
from kpidesk.i18n.fill import fill
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.services.backup_service import PlanBackups, back_up_before_first_write
from kpidesk.services.plan_files import PlanFileError

translate = QCoreApplication.translate


class BackupCommandError(Exception):
    """A backup that cannot be found or used: one line on stderr, exit 1."""


def add_backup_commands(commands) -> None:
    listing = commands.add_parser(
        "backups", help=translate("Cli", "list the backups of a plan (newest first)")
    )
    listing.add_argument("file", nargs="?", help=translate("Cli", "the plan file (.kpidesk)"))
    listing.add_argument(
        "--all", action="store_true", help=translate("Cli", "the backups of every plan")
    )
    listing.add_argument("--lang", choices=LANGUAGES, help=translate("Cli", "language"))
    restore = commands.add_parser(
        "restore", help=translate("Cli", "open a backup as a new file, or put it back in place")
    )
    restore.add_argument(
        "backup", help=translate("Cli", "the backup, by the name `kpidesk backups` shows")
    )
    where = restore.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--to", metavar="NEW.kpidesk", help=translate("Cli", "write it as this new plan file")
    )
    where.add_argument(
        "--replace",
        metavar="FILE.kpidesk",
        help=translate("Cli", "replace this plan with it (the plan is backed up first)"),
    )
    restore.add_argument("--lang", choices=LANGUAGES, help=translate("Cli", "language"))


def keep_backups(plan_file) -> None:
    """The command's plan is backed up before its first write."""
    back_up_before_first_write(plan_file.session, plan_file.path, PlanBackups())


def list_backups(args: argparse.Namespace) -> int:
    backups = PlanBackups()
    if not args.file and not args.all:
        raise BackupCommandError(translate("Cli", "Give a plan file, or --all."))
    entries = backups.listing(None if args.all else Path(args.file))
    if not entries:
        print(fill(translate("Cli", "No backups in %1"), backups.folder))
        return 0
    number_format = NumberFormat()
    rows = [[*backup_headers(), translate("Cli", "Backup")]]
    rows += [[*backup_columns(e, number_format), e.file] for e in entries]
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
    for row in rows:
        print(
            "  ".join(text.ljust(width) for text, width in zip(row, widths, strict=True)).rstrip()
        )
    return 0


def restore_backup(args: argparse.Namespace) -> int:
    backups = PlanBackups()
    entry = backups.find(args.backup)
    if entry is None:
        raise BackupCommandError(
            fill(translate("Cli", "There is no backup “%1” in %2"), args.backup, backups.folder)
        )
    if args.to:
        if Path(args.to).exists():
            raise PlanFileError("exists", args.to)
        backups.open_as_new(entry, args.to)
        print(fill(translate("Cli", "Wrote %1"), args.to))
        return 0
    current = backups.replace(entry, args.replace, None, "restore-cli")
    print(
        fill(
            translate("Cli", "Replaced %1 with its backup of %2; the plan as it was is backup %3"),
            args.replace,
            backup_columns(entry, NumberFormat())[0],
            current.file if current else "-",
        )
    )
    return 0
