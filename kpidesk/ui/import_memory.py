"""The column mapping of the last import, remembered per plan file in the user's settings."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QSettings

from kpidesk.domain.problems import ValidationError
from kpidesk.services.actuals_file import ColumnMapping

GROUP = "importMappings"


def _key(plan_path: Path | str) -> str:
    """One settings key per plan file (its resolved path, hashed: any characters are fine)."""
    resolved = str(Path(plan_path).resolve())
    return f"{GROUP}/{hashlib.sha1(resolved.encode('utf-8')).hexdigest()}"


def remembered_mapping(settings: QSettings | None, plan_path) -> ColumnMapping | None:
    """The mapping last imported with into this plan, or None (none yet, or unreadable)."""
    if settings is None or plan_path is None:
        return None
    stored = settings.value(_key(plan_path))
    if not isinstance(stored, str):
        return None
    try:
        return ColumnMapping.from_dict(json.loads(stored))
    except (ValueError, TypeError, ValidationError):
        return None


def remember_mapping(settings: QSettings | None, plan_path, mapping: ColumnMapping) -> None:
    """Keep `mapping` for the next import into this plan."""
    if settings is None or plan_path is None:
        return
    settings.setValue(_key(plan_path), json.dumps(mapping.to_dict(), ensure_ascii=False))
