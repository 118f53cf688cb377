"""Every sentence the core's codes stand for, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.model import Relation, Rounding, Unit
from kpidesk.domain.problems import Problem, ValidationError

translate = QCoreApplication.translate


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def problem_text(problem: Problem) -> str:
    """Why a figure cannot be computed."""
    texts = {
        "division_by_zero": translate(
            "Messages", "Cannot compute: “%1” is 0, and the calculation divides by it."
        ),
        "quotient_needs_two_children": translate(
            "Messages", "Cannot compute: a quotient needs exactly two children."
        ),
        "input_with_children": translate(
            "Messages", "Cannot compute: an input node cannot have children."
        ),
        "missing_target": translate("Messages", "Cannot compute: “%1” has no target yet."),
        "missing_plan": translate("Messages", "No plan value for “%1” yet."),
        "depends_on": translate("Messages", "Cannot compute because “%1” cannot be computed."),
        "no_active_reps": translate("Messages", "The team has no active reps."),
    }
    return _fill(texts.get(problem.code, problem.code), problem.node)


def refusal_text(error: ValidationError) -> str:
    """Why an edit was refused."""
    params = error.params
    texts = {
        "not_a_number": _fill(
            translate("Messages", "“%1” is not a number. Type digits, such as 1200 or 20."),
            params.get("text", ""),
        ),
        "negative_value": translate("Messages", "This value cannot be negative."),
        "rate_above_100": translate("Messages", "A rate cannot be above 100 %."),
        "empty_name": translate("Messages", "The name cannot be empty."),
        "name_too_long": _fill(
            translate("Messages", "The name is too long (at most %1 characters)."),
            params.get("limit", ""),
        ),
        "input_with_children": translate(
            "Messages", "A node with children is computed from them; it cannot be an input."
        ),
        "quotient_needs_two_children": translate(
            "Messages", "A quotient has exactly two children: numerator and denominator."
        ),
        "cannot_delete_root": translate(
            "Messages", "The KGI is the root of the plan and cannot be deleted."
        ),
        "plan_on_computed_node": translate(
            "Messages", "This node's plan is computed from its children."
        ),
        "root_is_given": translate(
            "Messages", "The KGI is the goal itself; it is set, not solved for."
        ),
        "no_active_reps": translate("Messages", "The team has no active reps."),
        "no_such_node": translate("Messages", "That KPI no longer exists."),
    }
    return texts.get(error.code, error.code)


def file_error_text(code: str, path: str, detail: str = "") -> str:
    """Why a plan file could not be opened or written."""
    texts = {
        "not_found": translate("Messages", "The file “%1” does not exist."),
        "not_a_plan": translate(
            "Messages", "“%1” is not a KPI Desk plan. The file was left untouched."
        ),
        "newer_version": translate(
            "Messages",
            "“%1” was written by a newer version of KPI Desk (file format %2). "
            "Please update KPI Desk to open it. The file was left untouched.",
        ),
        "read_only": translate(
            "Messages", "“%1” is read-only, so changes could not be saved to it."
        ),
        "damaged": translate(
            "Messages", "“%1” is damaged and cannot be opened. The file was left untouched."
        ),
        "exists": translate("Messages", "“%1” already exists."),
        "no_folder": translate("Messages", "The folder “%1” does not exist."),
        "cannot_write": translate("Messages", "Could not write “%1”: %2"),
        "unreadable": translate("Messages", "Could not read “%1”: %2"),
    }
    return _fill(texts.get(code, code), path, detail)


def unit_name(unit: Unit) -> str:
    names = {
        Unit.CURRENCY: translate("Units", "Money (¥)"),
        Unit.COUNT: translate("Units", "Count"),
        Unit.PERCENT: translate("Units", "Percent (%)"),
        Unit.DAYS: translate("Units", "Days"),
        Unit.OTHER: translate("Units", "Other unit"),
    }
    return names[unit]


def unit_short(unit: Unit, label: str = "") -> str:
    names = {
        Unit.CURRENCY: translate("Units", "¥"),
        Unit.COUNT: translate("Units", "count"),
        Unit.PERCENT: translate("Units", "%"),
        Unit.DAYS: translate("Units", "days"),
        Unit.OTHER: label,
    }
    return names[unit]


def relation_name(relation: Relation) -> str:
    names = {
        Relation.PRODUCT: translate("Relations", "Product (×)"),
        Relation.SUM: translate("Relations", "Sum (+)"),
        Relation.QUOTIENT: translate("Relations", "Quotient (÷)"),
        Relation.INPUT: translate("Relations", "Input (no children)"),
    }
    return names[relation]


def rounding_name(rounding: Rounding) -> str:
    names = {
        Rounding.AUTO: translate("Rounding", "Automatic (counts round up)"),
        Rounding.UP: translate("Rounding", "Round up"),
        Rounding.DOWN: translate("Rounding", "Round down"),
        Rounding.NEAREST: translate("Rounding", "Round to nearest"),
        Rounding.NONE: translate("Rounding", "Do not round"),
    }
    return names[rounding]


def demo_label(key: str) -> str:
    """Names of the demo plan's nodes, in the user's language."""
    labels = {
        "plan": translate("Demo", "Sales team plan (demo)"),
        "revenue": translate("Demo", "Revenue"),
        "deals": translate("Demo", "Deals"),
        "unit_price": translate("Demo", "Unit price"),
        "prospects": translate("Demo", "Prospects"),
        "close_rate": translate("Demo", "Close rate"),
        "rep": translate("Demo", "Rep"),
    }
    return labels[key]
