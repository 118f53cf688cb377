"""How a derived actual was worked out, in words: "derived: Deals ÷ Prospects"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.derived_actuals import Derivation
from kpidesk.i18n.fill import fill

translate = QCoreApplication.translate


def derived_text(derivation: Derivation) -> str:
    """The derivation as the charts and the PDF show it beside the value."""
    if derivation.expression:
        return fill(translate("Derived", "derived: %1"), derivation.expression)
    return fill(translate("Derived", "derived from the formula of “%1”"), derivation.parent_name)


def with_derivation(name: str, derivation: Derivation | None) -> str:
    """A KPI's name, followed by how its actual was derived when it was: "Close rate (derived:
    Deals ÷ Prospects)"."""
    if derivation is None:
        return name
    return fill(translate("Derived", "%1 (%2)"), name, derived_text(derivation))
