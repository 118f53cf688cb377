"""A rep opening their package: under the same lock as a plan, edited through a session."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from kpidesk.domain.team_package import PackageHeader, RepShare
from kpidesk.services.locked_file import LockedFile
from kpidesk.services.plan_session import PlanSession
from kpidesk.storage.package_file import (
    PACKAGE_SUFFIX,
    bring_up_to_date,
    check_package_contents,
    check_package_header,
    read_package_actuals,
    read_package_holidays,
    read_package_shares,
)
from kpidesk.storage.plan_check import BUSY_TIMEOUT_SECONDS, read_only_connection, refusal
from kpidesk.storage.plan_file import PlanFileError, connect
from kpidesk.storage.plan_store import PlanStore

__all__ = ["PACKAGE_SUFFIX", "OpenPackage", "is_package"]


def is_package(path: Path | str) -> bool:
    return Path(path).suffix.lower() == PACKAGE_SUFFIX


class OpenPackage(LockedFile):
    """A package open for its rep: their actuals editable, everything else read-only.

    Editing takes the package's lock file exactly as a plan's (a second KPI Desk opening it
    is refused, or opens it read-only); `header` says whose and which period, `shares` the
    rep's part of every split KPI with pace.
    """

    def __init__(self, path: Path | str, read_only: bool = False) -> None:
        super().__init__(path)
        check_package_header(self.path)
        package = read_package_actuals(self.path)  # refuses a damaged package untouched
        check_package_contents(self.path)
        self.header: PackageHeader = package.header
        if package.foreign:
            raise PlanFileError("damaged", self.path, "corrupt")
        try:
            self._connect(read_only, _for_reading, _for_editing)
            self.shares: dict[int, RepShare] = read_package_shares(self._db)
            self.holidays = read_package_holidays(self._db)
            self.session = PlanSession(PlanStore(self._db))
        except sqlite3.DatabaseError as error:
            self.release_lock()
            raise refusal(self.path, error) from None
        except BaseException:
            self.release_lock()
            raise


def _for_reading(path: Path) -> Database:
    return Database(read_only_connection(path), execute_plugins=False)


def _for_editing(path: Path) -> Database:
    db = connect(path)
    db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    bring_up_to_date(db)
    return db
