"""The column mapping of the import commands (actuals and ヨミ), read from and saved as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from kpidesk.services.file_writing import write_bytes_atomically


def mapping_from_file(path: str, mapping_class, error_class, overrides: dict | None = None):
    """The mapping saved at `path` (`mapping_class.from_dict`), with `overrides` given on the
    command line; a file that cannot be read raises `error_class` with the reason."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise error_class(f"{path}: {error}") from None
    if overrides and isinstance(data, dict):
        data = {**data, **overrides}
    return mapping_class.from_dict(data)


def save_mapping(path: str, mapping) -> None:
    """Keep `mapping` as JSON for the next import (--save-mapping)."""
    text = json.dumps(mapping.to_dict(), ensure_ascii=False, indent=2)
    write_bytes_atomically(Path(path), text.encode("utf-8"))
