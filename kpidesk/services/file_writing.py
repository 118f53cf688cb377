"""The one atomic file writer, for the report and anything else above the storage layer."""

from __future__ import annotations

from kpidesk.storage.atomic_files import write_bytes_atomically

__all__ = ["write_bytes_atomically"]
