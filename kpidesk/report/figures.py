"""Progress figures as the report prints them: a dash where there is no value yet."""

from __future__ import annotations

from kpidesk.domain.model import Unit
from kpidesk.domain.problems import Figure
from kpidesk.i18n.formatting import NumberFormat

DASH = "—"


def shown(fmt: NumberFormat, figure: Figure | None, unit: Unit, label: str = "") -> str:
    if figure is None or not figure.ok:
        return DASH
    return fmt.value(figure.value, unit, label)


def percent(fmt: NumberFormat, figure: Figure | None) -> str:
    return shown(fmt, figure, Unit.PERCENT)
