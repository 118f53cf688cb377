"""Edits of a KPI's own values (name, target, plan): what they change beyond the rows named."""

from __future__ import annotations

from dataclasses import fields

from kpidesk.services.changes import Area, Edit, Outcome, area_of

VALUE_FIELDS = frozenset({"name", "target", "plan"})
"""A KPI's own values: changing them moves only the figures of the rows the Outcome names. Any
other field (unit, relation, split, rounding, …) can change how a neighbour reads (a price
beside a count is a level, not shared per rep), as the team, the fixed shares and the plan's
settings can change every row's share per rep."""


def moves_neighbours(edit: Edit) -> bool:
    """Whether the edit can change rows it does not name: a fixed share, or a KPI field
    other than its values."""
    area = area_of(edit)
    if area is Area.SHARES:
        return True
    if area is not Area.TREE or edit.before is None or edit.after is None:
        return False
    return any(
        getattr(edit.before, f.name) != getattr(edit.after, f.name)
        for f in fields(edit.after)
        if f.name not in VALUE_FIELDS
    )


def every_row_may_change(outcome: Outcome) -> bool:
    """Whether the change can move rows its Outcome does not name (views keep nothing)."""
    if outcome.structure_changed or outcome.reps_changed or outcome.header_changed:
        return True
    return any(moves_neighbours(edit) for edit in outcome.change.edits)


def kept_splits(splits: dict, outcome: Outcome) -> dict:
    """The reps' shares still valid after the change: those of the KPIs it did not name."""
    if every_row_may_change(outcome):
        return {}
    changed = outcome.changed_node_ids
    return {node_id: split for node_id, split in splits.items() if node_id not in changed}
