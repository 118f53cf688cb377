"""Every sentence the core's codes stand for, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk import __version__
from kpidesk.domain.model import Relation, Rounding, RoundingPolicy, Split, Unit
from kpidesk.domain.problems import Problem, ValidationError
from kpidesk.domain.tree_depth import MAX_TREE_DEPTH
from kpidesk.i18n.file_damage_texts import file_refusal_text
from kpidesk.i18n.fill import fill
from kpidesk.i18n.number_messages import reading_problem_text, reading_refusal_text

translate = QCoreApplication.translate


def problem_text(problem: Problem) -> str:
    """Why a figure cannot be computed."""
    texts = {  # each made when asked for: the diagram and tables ask thousands of times
        "division_by_zero": lambda: translate(
            "Messages", "Cannot compute: “%1” is 0, and the calculation divides by it."
        ),
        "quotient_needs_two_children": lambda: translate(
            "Messages", "Cannot compute: a quotient needs exactly two children."
        ),
        "input_with_children": lambda: translate(
            "Messages", "Cannot compute: an input node cannot have children."
        ),
        "missing_target": lambda: translate("Messages", "Cannot compute: “%1” has no target yet."),
        "missing_plan": lambda: translate("Messages", "No plan value for “%1” yet."),
        "no_plan_yet": lambda: translate("Messages", "No plan yet: no KPI has a plan value."),
        "awaiting_plan": lambda: translate(
            "Messages", "No plan yet: waiting for the plan value of “%1”."
        ),
        "depends_on": lambda: translate(
            "Messages", "Cannot compute because “%1” cannot be computed."
        ),
        "no_active_reps": lambda: translate("Messages", "The team has no active reps."),
        "formula_empty": lambda: translate("Messages", "Cannot compute: “%1” has no formula yet."),
        "missing_actual": lambda: translate("Messages", "No actual for “%1” yet."),
        "no_actuals": lambda: translate("Messages", "No actual for “%1” yet."),
        "not_started": lambda: translate("Messages", "The period has not started yet."),
        "period_over": lambda: translate(
            "Messages", "The period is over and “%1” missed its target."
        ),
        "no_business_days": lambda: translate("Messages", "The period has no business days."),
        "formula_invalid": lambda: translate(
            "Messages", "Cannot compute: the formula of “%1” cannot be read."
        ),
        "unknown_name": lambda: translate(
            "Messages", "Cannot compute: the formula uses “%1”, which is not a child KPI."
        ),
        "no_solution": lambda: translate(
            "Messages", "No value of this KPI reaches the goal with the other values given."
        ),
        "unknown_not_in_formula": lambda: translate(
            "Messages", "Cannot compute: the parent's formula does not use “%1”."
        ),
        "negative_to_split": lambda: translate(
            "Messages", "The requirement of “%1” is negative and cannot be split across reps."
        ),
        "fixed_exceeds_total": lambda: translate(
            "Messages", "The fixed shares of “%1” add up to more than the team figure."
        ),
        "no_capacity": lambda: translate(
            "Messages", "No rep without a fixed share has any capacity to take the rest of “%1”."
        ),
        "fixed_not_whole": lambda: translate(
            "Messages", "A fixed share of “%1” must be a whole number."
        ),
        "no_drivers": lambda: translate(
            "Messages", "“%1” has no KPIs below it, so its gap cannot be split into drivers."
        ),
        "too_many_drivers": lambda: translate(
            "Messages", "Too many KPIs below this one changed at once to split its gap."
        ),
        "attribution_undefined": lambda: translate(
            "Messages",
            "The gap of “%1” cannot be split: a mix of planned and actual figures divides by 0.",
        ),
    }
    text = texts.get(problem.code)
    return fill(problem.code if text is None else text(), problem.node)


def refusal_text(error: ValidationError) -> str:
    """Why an edit was refused."""
    params = error.params
    texts = {
        "not_a_number": fill(
            translate("Messages", "“%1” is not a number. Type digits, such as 1200 or 20."),
            params.get("text", ""),
        ),
        "negative_value": translate("Messages", "This value cannot be negative."),
        "rate_above_100": translate("Messages", "A rate cannot be above 100 %."),
        "empty_name": translate("Messages", "The name cannot be empty."),
        "name_too_long": fill(
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
        "no_such_rep": translate("Messages", "That rep no longer exists."),
        "thresholds_out_of_order": translate(
            "Messages",
            "“At risk below” must not be above “on track at or above”.",
        ),
        "business_days_out_of_order": translate(
            "Messages", "The business days must be in order, each once."
        ),
        "period_frozen": fill(
            translate(
                "Messages", "%1 belongs to a closed period; its actuals are kept as they were."
            ),
            params.get("day", ""),
        ),
        "no_period": translate("Messages", "Set the plan's period first (Plan → Set Period…)."),
        "no_new_target": translate("Messages", "Enter the new target for the KGI."),
        "reopen_needs_reason": translate(
            "Messages", "Say why the period is reopened; the reason is kept with it."
        ),
        "no_closed_period": translate("Messages", "No period has been closed yet."),
        "reopen_only_latest": fill(
            translate("Messages", "Only the most recent closed period (from %1) can be reopened."),
            params.get("day", ""),
        ),
        "period_already_reopened": fill(
            translate("Messages", "The period from %1 is already reopened; close it again first."),
            params.get("day", ""),
        ),
        "no_reopened_period": translate("Messages", "No closed period is reopened."),
        "period_already_closed": fill(
            translate(
                "Messages",
                "The period from %1 is already closed. Set a later period (Plan → Set "
                "Period…), or reopen it (Plan → Reopen Period…) to change its actuals.",
            ),
            params.get("day", ""),
        ),
        "close_reopened_first": fill(
            translate(
                "Messages",
                "The period from %1 is reopened: close it again (Plan → Reopen Period…) "
                "before starting the next period.",
            ),
            params.get("day", ""),
        ),
        "revision_needs_reason": translate(
            "Messages",
            "The period is under way: say why the target changes, so the review can read it.",
        ),
        "review_exists": fill(
            translate("Messages", "There is already a review of this kind on %1."),
            params.get("day", ""),
        ),
        "no_such_review": translate("Messages", "That review no longer exists."),
        "bad_month": translate("Messages", "A month is a number from 1 to 12."),
        "import_has_errors": fill(
            translate("Messages", "%1 rows cannot be imported; nothing was imported."),
            params.get("count", ""),
        ),
        "file_unreadable": fill(
            translate("Messages", "“%1” cannot be read."), params.get("file", "")
        ),
        "unsupported_file": fill(
            translate("Messages", "“%1” files cannot be imported: use CSV or Excel (.xlsx)."),
            params.get("suffix", ""),
        ),
        "empty_file": fill(translate("Messages", "“%1” is empty."), params.get("file", "")),
        "unknown_encoding": translate(
            "Messages", "The file's characters cannot be read: save it as UTF-8 or Shift_JIS."
        ),
        "unknown_sheet": fill(
            translate("Messages", "The workbook has no sheet “%1”."), params.get("sheet", "")
        ),
        "missing_column": fill(
            translate("Messages", "The file has no column “%1”."), params.get("column", "")
        ),
        "mapping_needs_kpi": translate(
            "Messages", "Choose the column of KPI names, or one KPI for the whole file."
        ),
        "mapping_invalid": fill(
            translate("Messages", "The saved column mapping has an unknown key “%1”."),
            params.get("key", ""),
        ),
        "unknown_kpi_name": fill(
            translate("Messages", "The plan has no KPI named “%1”."),
            params.get("name", params.get("text", "")),
        ),
        "too_precise": fill(
            translate("Messages", "Use at most %1 decimal places."), params.get("places", 4)
        ),
        "formula_empty": translate("Messages", "Type a formula, such as Prospects * Close rate."),
        "formula_syntax": fill(
            translate("Messages", "The formula cannot be read at character %1: “%2”."),
            int(params.get("position", 0)) + 1,
            params.get("text", ""),
        ),
        "formula_too_complex": fill(
            translate("Messages", "The formula is nested too deeply (at most %1 levels)."),
            params.get("limit", ""),
        ),
        "formula_unquotable_name": fill(
            translate(
                "Messages",
                "“%1” contains every kind of closing quote, so a formula "
                "cannot name it. Rename the KPI first.",
            ),
            params.get("name", ""),
        ),
        "formula_unknown_name": fill(
            translate("Messages", "“%1” is not the name of a child KPI."), params.get("name", "")
        ),
        "cannot_move_root": translate("Messages", "The KGI stays at the root of the plan."),
        "cannot_move_into_itself": translate(
            "Messages", "A KPI cannot be moved under itself or one of its own children."
        ),
        "tree_too_deep": fill(
            translate("Messages", "A KPI tree has at most %1 levels; this would go deeper."),
            params.get("limit", MAX_TREE_DEPTH),
        ),
        "funnel_needs_leaf": translate(
            "Messages", "A funnel is built under a KPI that has no children yet."
        ),
        "funnel_needs_stages": translate("Messages", "Add at least one stage to the funnel."),
        "funnel_rate_missing": translate(
            "Messages", "Every stage needs a conversion rate into the next."
        ),
        "fixed_not_whole": translate("Messages", "A fixed share of a count must be whole."),
        "definition_invalid": _definition_invalid_text(params),
        "definition_syntax": fill(
            translate("Messages", "The plan definition cannot be read: YAML error on line %1."),
            params.get("line", ""),
        ),
        "definition_duplicate_key": fill(
            translate("Messages", "The plan definition has the key “%2” twice (line %1)."),
            params.get("line", ""),
            params.get("key", ""),
        ),
    }
    reading = reading_refusal_text(error.code, params)
    from kpidesk.i18n.yomi_messages import yomi_refusal_text  # it reads this module

    yomi = yomi_refusal_text(error.code, params)
    return texts.get(error.code) or reading or yomi or error.code


def _definition_invalid_text(params: dict) -> str:
    """Where a plan definition is wrong, and what is wrong there."""
    problems = {
        "not_a_mapping": translate("Messages", "expected keys with values (key: value)"),
        "not_a_list": translate("Messages", "expected a list (lines starting with “- ”)"),
        "not_text": translate("Messages", "expected text"),
        "not_a_number": translate("Messages", "expected a number, such as 1200, 0.5 or 20%"),
        "not_a_boolean": translate("Messages", "expected true or false"),
        "unknown_key": translate("Messages", "this key is not part of a plan definition"),
        "missing": translate("Messages", "this key is required"),
        "empty_name": translate("Messages", "the name cannot be empty"),
        "name_too_long": translate("Messages", "the name is too long"),
        "duplicate_name": translate("Messages", "this name is already used here"),
        "empty_unit": translate("Messages", "the unit cannot be empty"),
        "label_twice": translate(
            "Messages", "the unit is already a unit of your own; leave out unit_label"
        ),
        "unknown_relation": translate(
            "Messages", "use product, sum, weighted_sum, quotient, formula or input"
        ),
        "unknown_rounding": translate("Messages", "use auto, up, down, nearest or none"),
        "unknown_rounding_policy": translate("Messages", "use every_stage or at_end"),
        "unknown_split": translate("Messages", "use none, even or capacity"),
        "missing_relation": translate(
            "Messages", "a KPI with children needs a relation, such as product or sum"
        ),
        "input_with_children": translate(
            "Messages", "a KPI with children is computed from them; it cannot be an input"
        ),
        "quotient_needs_two_children": translate(
            "Messages", "a quotient has exactly two children: numerator and denominator"
        ),
        "two_solved": translate(
            "Messages", "only one child of a KPI can be computed from it (solve: true)"
        ),
        "root_solved": translate("Messages", "the KGI is the goal itself; it is not solved for"),
        "plan_on_computed_node": translate(
            "Messages", "a KPI with children gets its plan from them; leave out plan"
        ),
        "unexpected_percent": translate("Messages", "only a percent KPI takes values in %"),
        "negative_value": translate("Messages", "this value cannot be negative"),
        "rate_above_100": translate("Messages", "a rate cannot be above 100 %"),
        "unknown_rep": translate("Messages", "there is no rep of this name on the team"),
        "newer_version": translate(
            "Messages", "this definition is for a newer version of KPI Desk"
        ),
        "unknown_version": translate("Messages", "the format version must be 1"),
        "not_a_month": translate("Messages", "expected a month, such as 2025-04"),
        "too_many_kpis": translate("Messages", "a plan has at most 10,000 KPIs"),
        "too_deep": fill(translate("Messages", "a KPI tree has at most %1 levels"), MAX_TREE_DEPTH),
    }
    problem = params.get("problem", "")
    path = params.get("path", "")
    if not path:
        return fill(
            translate("Messages", "The plan definition is invalid: %1."),
            problems.get(problem) or reading_problem_text(problem) or problem,
        )
    return fill(
        translate("Messages", "The plan definition is invalid at “%1”: %2."),
        path,
        problems.get(problem) or reading_problem_text(problem) or problem,
    )


def file_error_text(code: str, path: str, detail: str = "") -> str:
    """Why a plan file could not be opened or written."""
    refusal = file_refusal_text(code, path, detail)
    if refusal is not None:
        return refusal
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
        "newer_app": translate(
            "Messages",
            "“%1” was saved by KPI Desk %2, which is newer than this one (%3). "
            "Please update KPI Desk to version %2 or later to open it. "
            "The file was left untouched.",
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
        "locked": translate(
            "Messages",
            "“%1” is open for editing in KPI Desk by %2, so it was left untouched. "
            "Close it there first; show and export still work.",
        ),
    }
    return fill(texts.get(code, code), path, detail, __version__)


def storage_error_text(code: str, detail: str = "") -> str:
    """Why an edit, undo or redo could not be written to the plan file."""
    texts = {
        "busy": translate(
            "Messages",
            "Another program is writing to this plan. Nothing was changed; try again in a moment.",
        ),
        "disk_full": translate(
            "Messages", "The disk is full. Nothing was changed; free some space and try again."
        ),
        "read_only": translate(
            "Messages", "The plan file or its folder is read-only. Nothing was changed."
        ),
        "damaged": translate("Messages", "The plan file is damaged. Nothing was changed."),
    }
    if code in texts:
        return texts[code]
    return fill(
        translate("Messages", "The plan file could not be written (%1). Nothing was changed."),
        detail,
    )


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
        Relation.WEIGHTED_SUM: translate("Relations", "Weighted sum (Σ weight × child)"),
        Relation.QUOTIENT: translate("Relations", "Quotient (÷)"),
        Relation.FORMULA: translate("Relations", "Formula"),
        Relation.INPUT: translate("Relations", "Input (no children)"),
    }
    return names[relation]


def split_name(split: Split) -> str:
    names = {
        Split.NONE: translate("Split", "Not split (team figure)"),
        Split.EVEN: translate("Split", "Evenly across the reps"),
        Split.CAPACITY: translate("Split", "By each rep's capacity"),
    }
    return names[split]


def rounding_policy_name(policy: RoundingPolicy) -> str:
    names = {
        RoundingPolicy.EVERY_STAGE: translate("Rounding", "Round up at every stage"),
        RoundingPolicy.AT_END: translate("Rounding", "Compute exactly, round at the end"),
    }
    return names[policy]


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


def template_title(key: str) -> str:
    """The name of a plan template offered by New Plan ("" is the blank plan)."""
    titles = {
        "field_sales": translate("Templates", "Field sales (visits to deals)"),
        "inside_sales": translate("Templates", "Inside sales (calls to deals)"),
        "retail_store": translate("Templates", "Retail store"),
        "subscription": translate("Templates", "Subscription sales (new MRR)"),
        "": translate("Templates", "Blank plan"),
    }
    return titles.get(key, key)


def template_description(key: str) -> str:
    descriptions = {
        "field_sales": translate(
            "Templates",
            "Revenue = deals × unit price; deals = prospects × close rate; prospects split "
            "evenly across 10 reps. The worked example: ¥10,000,000 needs 100 deals and 500 "
            "prospects, 50 per rep.",
        ),
        "inside_sales": translate(
            "Templates",
            "Revenue from deals, deals from appointments, appointments from connected calls, "
            "connections from calls made by each rep.",
        ),
        "retail_store": translate(
            "Templates", "Sales = store traffic × purchase rate × average basket."
        ),
        "subscription": translate(
            "Templates",
            "New MRR = new contracts × monthly price; contracts from trials, trials from leads.",
        ),
        "": translate("Templates", "Just a revenue KGI and a team of one; build the rest."),
    }
    return descriptions.get(key, "")


def period_kind_name(kind) -> str:
    names = {
        "month": translate("Periods", "Month"),
        "quarter": translate("Periods", "Quarter"),
        "half": translate("Periods", "Half year"),
        "year": translate("Periods", "Fiscal year"),
    }
    return names[str(kind)]


def row_error_text(error) -> str:
    """One refused row of an import: its number and why, in plain words."""
    texts = {
        "bad_date": translate("Messages", "“%1” is not a date such as 2026-12-01."),
        "missing_value": translate("Messages", "The value is empty."),
        "unknown_kpi_name": translate("Messages", "The plan has no KPI named “%1”."),
        "unknown_rep_name": translate("Messages", "The team has no rep named “%1”."),
        "inactive_rep": translate("Messages", "%1 is not active in the team."),
        "not_a_number": translate("Messages", "“%1” is not a number."),
        "negative_value": translate("Messages", "This value cannot be negative."),
        "rate_above_100": translate("Messages", "A rate cannot be above 100 %."),
        "too_precise": translate("Messages", "Use at most 4 decimal places."),
    }
    reading = reading_refusal_text(error.code, {"text": error.text})
    reason = reading or fill(texts.get(error.code, error.code), error.text)
    return fill(translate("Messages", "Row %1: %2"), error.row, reason)


def smart_reason_text(code: str, params: dict, fmt=None, unit=None, label: str = "") -> str:
    """Why a SMART criterion passes, warns or fails, with its figures."""

    def figure(key: str) -> str:
        value = params.get(key)
        if value is None:
            return ""
        return fmt.value(value, unit, label) if fmt is not None else str(value)

    texts = {
        "vague_name": translate(
            "Smart", "“%1” is an aim, not a measure: say what is counted, and how many."
        ),
        "no_owner": translate("Smart", "Nobody owns this KPI yet."),
        "no_definition": translate("Smart", "There is no definition of what counts."),
        "no_number": translate("Smart", "There is no numeric target."),
        "no_unit": translate("Smart", "The unit has no name."),
        "no_source": translate("Smart", "It does not say where the numbers come from."),
        "no_history": translate("Smart", "No closed period to compare with yet."),
        "far_above_best": translate(
            "Smart", "The target %1 is far beyond the best on record, %2 (average %3)."
        ),
        "above_best": translate(
            "Smart", "The target %1 is above the best on record, %2 (average %3): a stretch."
        ),
        "within_record": translate(
            "Smart", "The target %1 is within the record: best %2, average %3."
        ),
        "parent_is_input": translate("Smart", "“%1” does not use its children."),
        "weight_zero": translate("Smart", "Its weight in “%1” is 0, so it counts for nothing."),
        "not_in_formula": translate("Smart", "The formula of “%1” does not use it."),
        "no_period": translate("Smart", "The plan has no period with an end date."),
    }
    text = texts.get(code, code)
    if code == "vague_name":
        return fill(text, params.get("name", ""))
    if code in ("far_above_best", "above_best", "within_record"):
        return fill(text, figure("required"), figure("best"), figure("average"))
    return fill(text, params.get("parent", ""))


def smart_criterion_name(criterion) -> str:
    """A SMART criterion's name, such as "Specific" (具体的)."""
    names = {
        "specific": translate("Smart", "Specific"),
        "measurable": translate("Smart", "Measurable"),
        "achievable": translate("Smart", "Achievable"),
        "related": translate("Smart", "Related to the KGI"),
        "time_bound": translate("Smart", "Time-bound"),
    }
    return names[str(criterion)]


def smart_result_name(result) -> str:
    names = {
        "pass": translate("Smart", "Passes"),
        "warning": translate("Smart", "Check this"),
        "fail": translate("Smart", "Falls short"),
    }
    return names[str(result)]


def smart_summary_text(smart: int, total: int) -> str:
    """The plan at a glance: "7 of 9 KPIs SMART"."""
    return fill(translate("Smart", "%1 of %2 KPIs SMART"), smart, total)


def status_name(status: str) -> str:
    """On track, lagging, at risk, or no data: one wording for the window, charts and PDF."""
    return {
        "on_track": translate("Status", "On track"),
        "lagging": translate("Status", "Lagging"),
        "at_risk": translate("Status", "At risk"),
    }.get(str(status), translate("Status", "No data"))


def cadence_name(cadence) -> str:
    return {
        "weekly": translate("Review", "Weekly"),
        "monthly": translate("Review", "Monthly"),
        "half_yearly": translate("Review", "Half-yearly"),
    }[str(cadence)]


def month_turn_text(step: str, done: bool, count: int = 0) -> str:
    """One line of the month-turn list: what is done, or what is left."""
    texts = {
        ("review", True): translate("MonthTurn", "The review of this period is written."),
        ("review", False): translate("MonthTurn", "The review of this period is not written yet."),
        ("smart", True): translate("MonthTurn", "Every KPI is SMART."),
        ("smart", False): translate("MonthTurn", "%1 KPIs fall short of SMART."),
        ("actions", True): translate("MonthTurn", "No action is past its due date."),
        ("actions", False): translate("MonthTurn", "%1 actions are past their due date."),
        ("reopened", False): translate(
            "MonthTurn", "A closed period is reopened; close it again before the next one starts."
        ),
        ("next_period", True): translate("MonthTurn", "The next period has started."),
        ("next_period", False): translate("MonthTurn", "The next period is not started yet."),
    }
    return fill(texts[(str(step), done)], count)
