"""Writing the PDF: all of it or nothing, with a plain-words reason when the path won't do."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kpidesk.i18n.fill import fill
from kpidesk.services.file_writing import write_bytes_atomically

translate = QCoreApplication.translate


class ExportCancelledError(Exception):
    """The user stopped the export; nothing was written."""


class ReportFileError(Exception):
    """The PDF cannot be written to `path`; `str(error)` says why in the user's language."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            fill(translate("Report", "Could not write the PDF “%1”: %2"), path, reason)
        )


def _reason(error: OSError) -> str:
    reasons = {
        errno.ENOENT: translate("Report", "the folder does not exist."),
        errno.ENOTDIR: translate("Report", "the folder does not exist."),
        errno.EACCES: translate("Report", "you do not have permission to write there."),
        errno.EPERM: translate("Report", "you do not have permission to write there."),
        errno.EROFS: translate("Report", "the disk is read-only."),
        errno.ENOSPC: translate("Report", "the disk is full."),
        errno.EISDIR: translate("Report", "that is a folder, not a file."),
    }
    return reasons.get(error.errno, error.strerror or str(error))


def check_target(path: Path) -> None:
    """Refuse at once what cannot work, before the report is drawn."""
    if path.is_dir():
        raise ReportFileError(path, _reason(OSError(errno.EISDIR, "")))
    if not path.parent.is_dir():
        raise ReportFileError(path, _reason(OSError(errno.ENOENT, "")))
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ReportFileError(path, _reason(OSError(errno.EACCES, "")))


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` through the app's one atomic writer (temporary file beside, fsync, rename,
    fsync the folder; a new file follows the umask, a replaced one keeps its mode)."""
    try:
        write_bytes_atomically(path, data)
    except OSError as error:
        raise ReportFileError(path, _reason(error)) from None
