"""How a backup is described to the user: its time, plan, KGI and last edit."""

from __future__ import annotations

from datetime import datetime
from fractions import Fraction

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.model import Unit
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.services.backup_service import BackupEntry

translate = QCoreApplication.translate


def when_text(moment: datetime | None) -> str:
    """A backup's or an edit's time, in local time to the minute."""
    if moment is None:
        return translate("Backups", "unknown")
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def kgi_text(entry: BackupEntry, number_format: NumberFormat) -> str:
    """The KGI as it was in the backup: its name and target."""
    label = entry.label
    if not label.kgi_name:
        return ""
    if not label.kgi_target:
        return label.kgi_name
    try:
        value = Fraction(label.kgi_target)
        unit = Unit(label.kgi_unit)
    except ValueError:
        return label.kgi_name
    return f"{label.kgi_name} {number_format.value(value, unit, label.kgi_unit_label)}"


def backup_columns(entry: BackupEntry, number_format: NumberFormat) -> list[str]:
    """Time, plan, KGI, last edit: the columns of a backup list."""
    return [
        when_text(entry.made_at),
        entry.label.plan_name,
        kgi_text(entry, number_format),
        when_text(entry.last_edit),
    ]


def backup_headers() -> list[str]:
    return [
        translate("Backups", "Backed up"),
        translate("Backups", "Plan"),
        translate("Backups", "KGI"),
        translate("Backups", "Last edit"),
    ]
