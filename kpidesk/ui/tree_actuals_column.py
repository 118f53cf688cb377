"""The KPI tree's Actual column: each KPI's actual so far, worked out once per change and kept.

A derived actual (no figures of its own; worked out from its parent and siblings through the
tree) reads "≒ 25 %" in italics, and its tooltip says how ("= Deals ÷ Prospects").
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont

from kpidesk.domain.derived_actuals import Derivation
from kpidesk.domain.model import Node
from kpidesk.domain.problems import Figure
from kpidesk.i18n.derived_texts import derived_text
from kpidesk.i18n.fill import fill
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.ui.cell_flags import RIGHT_ALIGNED
from kpidesk.ui.palette import COMPUTED, MUTED

DERIVED_MARK = "≒ "
TARGET_AND_PLAN = frozenset({"target", "plan"})  # a KPI's own values that no actual follows


def may_move_actuals(outcome) -> bool:
    """Whether a change can move an actual or how it reads: not a target or plan value typed,
    nor a SMART note or a review (the column is then kept as it is, at no cost)."""
    from kpidesk.services.changes import Area, area_of

    edits = outcome.change.edits
    if not edits or outcome.structure_changed or outcome.actuals_changed:
        return True
    for edit in edits:
        area = area_of(edit)
        if area in (Area.SMART, Area.REVIEWS):
            continue
        if area is Area.TREE and edit.before is not None and edit.after is not None:
            moved = {
                f.name
                for f in fields(edit.after)
                if getattr(edit.before, f.name) != getattr(edit.after, f.name)
            }
            if moved <= TARGET_AND_PLAN:
                continue
        return True
    return False


translate = QCoreApplication.translate


@dataclass(frozen=True)
class ActualCell:
    """What the Actual column shows for one KPI."""

    text: str
    tooltip: str | None
    derived: bool = False
    missing: bool = False


class ActualColumn:
    """The Actual cells of every KPI, for the whole team or one rep (`rep_id`), kept until
    `refresh` works them out again; `data()` only reads what is kept.

    A plan's cells are first worked out when the column is first read (`follow` a session):
    a plan opened on the Progress tab reaches its first chart without them (25 ms at 822,000
    actuals)."""

    def __init__(self, number_format: NumberFormat) -> None:
        self.number_format = number_format
        self.rep_id: int | None = None
        self.rep_name = ""
        self._cells: dict[int, ActualCell] = {}
        self._session = None  # set by `follow`: the cells are worked out when first read

    def follow(self, session) -> None:
        """Work the cells out from `session` when the column is first read."""
        self._session, self._cells = session, {}

    def showing(self, rep) -> bool:
        """Whether the column shows `rep`'s actuals (None: the team's), by id and name."""
        return (self.rep_id, self.rep_name) == ((None, "") if rep is None else (rep.id, rep.name))

    def choose(self, rep) -> None:
        """Show `rep`'s actuals from the next refresh on (None: the whole team's)."""
        self.rep_id, self.rep_name = (None, "") if rep is None else (rep.id, rep.name)

    def header(self) -> str:
        if self.rep_id is None:
            return translate("TreeActuals", "Actual")
        return fill(translate("TreeActuals", "Actual (%1)"), self.rep_name)

    def refresh(self, session) -> set[int]:
        """Work every KPI's actual out again; returns the KPIs whose cell now reads differently
        (none while the column waits for its first read: it reads the session then)."""
        if self._session is not None:
            self._session = session
            return set()
        return self._work_out(session)

    def _work_out(self, session) -> set[int]:
        from kpidesk.services.tree_actuals import actuals_so_far

        if self.rep_id is not None and self.rep_id not in {r.id for r in session.plan.reps}:
            self.rep_id, self.rep_name = None, ""
        actuals = actuals_so_far(session, self.rep_id)
        cells = {}
        if actuals is not None:
            nodes = session.plan.nodes
            for node_id, figure in actuals.figures.items():
                how = actuals.derived.get(node_id)
                cells[node_id] = self._cell(nodes[node_id], figure, how)
        changed = {
            node_id
            for node_id in cells.keys() | self._cells.keys()
            if cells.get(node_id) != self._cells.get(node_id)
        }
        self._cells = cells
        return changed

    def _cell(self, node: Node, figure: Figure, how: Derivation | None) -> ActualCell:
        fmt = self.number_format
        if not figure.ok:
            return ActualCell("—", fmt.reason(figure) or None, missing=True)
        text = fmt.value(figure.value, node.unit, node.unit_label)
        if how is None:
            return ActualCell(text, None)
        said = f"= {how.expression}" if how.expression else derived_text(how)
        tooltip = translate(
            "TreeActuals", "Derived through the tree: no actual of its own was entered."
        )
        return ActualCell(DERIVED_MARK + text, f"{tooltip}\n{said}", derived=True)

    def data(self, node_id: int, role: int):
        if self._session is not None:
            session, self._session = self._session, None
            self._work_out(session)
        cell = self._cells.get(node_id)
        if cell is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.FontRole and cell.derived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (cell.derived or cell.missing):
            return QBrush(COMPUTED if cell.derived else MUTED)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and cell.derived:
            return cell.tooltip
        return None
