"""What the user chose for a report: paper, orientation, period, day and money display."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageLayout, QPageSize

# where Letter, not A4, is the paper in the office printer: the territory's code in the
# locale's name ("en_US"), not QLocale.Country, whose hundreds of members Qt makes on first use
LETTER_TERRITORIES = {"US", "CA", "MX", "PH"}


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def page_size(self) -> QPageSize:
        sizes = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}
        return QPageSize(sizes[self])


def default_paper(system: QLocale | None = None) -> Paper:
    """Letter where the system's territory uses it, A4 everywhere else."""
    system = system or QLocale.system()
    territory = system.name().partition("_")[2]
    return Paper.LETTER if territory in LETTER_TERRITORIES else Paper.A4


@dataclass(frozen=True)
class ReportOptions:
    """`frozen` is a closed period's record (None: the current period); `as_of` None is today."""

    paper: Paper = Paper.A4
    landscape: bool = False
    frozen: tuple | None = None
    as_of: date | None = None
    money_in_man: bool = False

    @property
    def orientation(self) -> QPageLayout.Orientation:
        if self.landscape:
            return QPageLayout.Orientation.Landscape
        return QPageLayout.Orientation.Portrait
