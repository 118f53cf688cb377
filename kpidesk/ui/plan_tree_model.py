"""The KPI tree as a Qt item model: one row per node, figures in columns.

Signals: `editRefused(QModelIndex, str)` when an inline edit is refused, with the reason;
`moved(int)` when a node dropped somewhere else was moved there.

A model is made for one open plan's document and subscribes to it itself: a typed cell goes
straight to the document's controller, and every change the document announces updates only
the rows it names. Without a document (no plan open) it shows no rows.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractItemModel, QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from kpidesk.domain.decomposition import NOT_PLANNED_YET, NodeFigures, RepSplits
from kpidesk.domain.model import Node, Plan, Split
from kpidesk.domain.problems import Figure
from kpidesk.domain.smart import Assessment, Result
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.i18n.messages import (
    smart_criterion_name,
    smart_reason_text,
    smart_result_name,
    unit_short,
)
from kpidesk.i18n.smart_marks import smart_mark
from kpidesk.services.value_edits import every_row_may_change
from kpidesk.ui.cell_flags import RIGHT_ALIGNED
from kpidesk.ui.palette import COMPUTED, MUTED, NEGATIVE, POSITIVE, PROBLEM, SMART_COLOUR
from kpidesk.ui.tree_actuals_column import ActualColumn, may_move_actuals

NODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FLAGS_KEY = -1  # a row's kept flags, beside its kept cells (roles are never negative)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)


class Column(IntEnum):
    NAME = 0
    UNIT = 1
    REQUIRED = 2
    PER_REP = 3
    PLAN = 4
    PROJECTED = 5
    GAP = 6
    SMART = 7
    ACTUAL = 8  # this period so far (kpidesk.ui.tree_actuals_column)


NODE_MIME = "application/x-kpidesk-node"
_LAST_KEPT = int(Column.SMART)  # the columns after it keep their own values
_COLUMNS = len(Column)


class PlanTreeModel(QAbstractItemModel):
    """Adapts a Plan and its figures; edits go to the document's controller, never to the file."""

    editRefused = Signal(QModelIndex, str)
    moved = Signal(int)

    def __init__(self, number_format: NumberFormat, document=None, parent=None) -> None:
        super().__init__(parent)
        self.number_format = number_format
        self.document = document  # the PlanDocument shown and followed, or None
        self._assessments: dict[int, Assessment] = {}
        self.actuals = ActualColumn(number_format)  # kept, worked out once per change
        self._plan = Plan("")
        self._figures: dict[int, NodeFigures] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._parent: dict[int, int | None] = {}
        # Each row's cell values by (column, role), kept until its KPI changes: a repaint
        # formats no figure again. Foregrounds are kept as the palette's colours (switched in
        # place with the colour scheme) and wrapped in a brush when read.
        self._cells: dict[int, dict[tuple[int, int], object]] = {}
        self._rows: dict[int, int] = {}  # each KPI's row under its parent, found when asked
        self._parent_indexes: dict[int, QModelIndex] = {}  # by node id, rows as in `_rows`
        if document is not None:
            document.changed.connect(self._document_changed)
            self.actuals.follow(document.session)  # worked out when the column is first read
            self.reset(document.session.plan, document.session.figures)

    # -- structure ----------------------------------------------------------------

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(Column)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self._id(parent), []))

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if parent.isValid():
            siblings = self._children.get(parent.internalId()) if parent.column() == 0 else None
        else:
            siblings = self._children.get(None)
        if not siblings or not 0 <= row < len(siblings) or not 0 <= column < _COLUMNS:
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def sibling(self, row: int, column: int, index: QModelIndex) -> QModelIndex:
        """The view asks this for every cell it paints: the same row needs no parent lookup."""
        if index.isValid() and row == index.row() and 0 <= column < _COLUMNS:
            return self.createIndex(row, column, index.internalId())
        return super().sibling(row, column, index)

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent_id = self._parent.get(index.internalId())
        if parent_id is None:
            return QModelIndex()
        found = self._parent_indexes.get(parent_id)  # the view asks for every cell it paints
        if found is None:
            found = self._parent_indexes[parent_id] = self.index_of(parent_id)
        return found

    def index_of(self, node_id: int, column: int = 0) -> QModelIndex:
        row = self._rows.get(node_id)
        if row is None:
            if node_id not in self._parent:
                return QModelIndex()
            row = self._rows[node_id] = self._children[self._parent[node_id]].index(node_id)
        return self.createIndex(row, column, node_id)

    def _forget_rows(self) -> None:
        """Rows moved (inserted, removed, reordered): find them again when asked."""
        self._rows.clear()
        self._parent_indexes.clear()

    def node_id(self, index: QModelIndex) -> int | None:
        return index.internalId() if index.isValid() else None

    def _id(self, index: QModelIndex) -> int | None:
        return index.internalId() if index.isValid() else None

    # -- data ---------------------------------------------------------------------

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.NAME: self.tr("KPI"),
            Column.UNIT: self.tr("Unit"),
            Column.REQUIRED: self.tr("Target / required"),
            Column.PER_REP: self.tr("Per rep"),
            Column.PLAN: self.tr("Plan"),
            Column.PROJECTED: self.tr("Projected"),
            Column.GAP: self.tr("Gap"),
            Column.SMART: self.tr("SMART"),
            Column.ACTUAL: self.actuals.header(),
        }.get(section)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node_id, column = index.internalId(), index.column()
        row = self._cells.get(node_id)
        if row is None:
            row = self._cells[node_id] = {}
        key = (column, FLAGS_KEY)
        if key not in row:
            row[key] = self._flags(index)
        return row[key]

    def _flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )
        if not self._plan.nodes[index.internalId()].is_root:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if self._editable(index.internalId(), Column(index.column())):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _editable(self, node_id: int, column: Column) -> bool:
        node = self._plan.nodes[node_id]
        if column == Column.NAME:
            return True
        if column == Column.REQUIRED:
            return not node.solve_for or node.is_root
        if column == Column.PLAN:
            return not self._children.get(node_id)
        if column == Column.PER_REP:  # the plan per rep, as the form's field takes it
            return self._plan_per_rep_typed(node)
        return False

    def _plan_per_rep_typed(self, node: Node) -> bool:
        """A leaf split evenly takes its plan per rep (the team's plan = it × active reps)."""
        return node.split is Split.EVEN and not self._children.get(node.id)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node_id, column = index.internalId(), index.column()
        if column > _LAST_KEPT:
            return self._cell(node_id, column, role)
        row = self._cells.get(node_id)
        if row is None:
            row = self._cells[node_id] = {}
        key = (column, role)
        if key in row:
            value = row[key]
        else:
            value = row[key] = self._cell(node_id, column, role)
        if role == _FOREGROUND and value is not None:
            return QBrush(value)
        return value

    def multiData(self, index: QModelIndex, roles) -> None:
        """Every role a delegate paints a cell with, in one call from the view (not seven)."""
        if not index.isValid():
            return
        if index.column() > _LAST_KEPT:
            for role_data in roles:
                value = self.data(index, role_data.role())
                if value is None:
                    role_data.clearData()  # the view reuses the span from cell to cell
                else:
                    role_data.setData(value)
            return
        node_id, column = index.internalId(), index.column()
        row = self._cells.get(node_id)
        if row is None:
            row = self._cells[node_id] = {}
        for role_data in roles:
            role = role_data.role()
            key = (column, role)
            if key in row:
                value = row[key]
            else:
                value = row[key] = self._cell(node_id, column, role)
            if value is None:
                role_data.clearData()  # else the previous cell's value (a gap, an alignment) shows
            else:
                role_data.setData(QBrush(value) if role == _FOREGROUND else value)

    def _cell(self, node_id: int, column: int, role: int):
        """A cell's value worked out afresh (data() keeps it until the row's KPI changes)."""
        node = self._plan.nodes[node_id]
        column = Column(column)
        if column == Column.SMART:
            return self._smart_data(node, role)
        if column == Column.ACTUAL:
            return node.id if role == NODE_ID_ROLE else self.actuals.data(node.id, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(node, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(node, column)
        if role == Qt.ItemDataRole.FontRole and column == Column.NAME and node.is_root:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Column.REQUIRED:
            return RIGHT_ALIGNED
        if role == NODE_ID_ROLE:
            return node.id
        return None

    def _smart_data(self, node: Node, role: int):
        """The SMART badge (smart_mark): ✓ every criterion is met, ! some need a look, ✗ one
        falls short; ○ △ × in Japanese."""
        assessment = self._assessments.get(node.id)
        if assessment is None:
            return None
        worst = assessment.worst()
        if role == Qt.ItemDataRole.DisplayRole:
            return smart_mark(worst)
        if role == Qt.ItemDataRole.ForegroundRole:
            return SMART_COLOUR[worst]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._smart_tooltip(node, assessment)
        if role == NODE_ID_ROLE:
            return node.id
        return None

    def _smart_tooltip(self, node: Node, assessment: Assessment) -> str:
        if assessment.smart:
            return self.tr("SMART: every criterion passes.")
        lines = []
        for criterion, check in assessment.checks.items():
            if check.result is Result.PASS:
                continue
            lines.append(f"{smart_criterion_name(criterion)}: {smart_result_name(check.result)}")
            lines.extend(
                "  · "
                + smart_reason_text(code, params, self.number_format, node.unit, node.unit_label)
                for code, params in check.reasons
            )
        return "\n".join(lines)

    def smart_changed(self, assessments: dict[int, Assessment], node_ids) -> None:
        """Show `assessments` (by node id) and repaint the badges of `node_ids` (theirs moved)."""
        self._assessments = assessments
        for node_id in node_ids:
            row = self._cells.get(node_id, {})
            for key in [key for key in row if key[0] == Column.SMART]:
                del row[key]
            if node_id in self._parent:
                index = self.index_of(node_id, Column.SMART)
                self.dataChanged.emit(index, index)

    def _display(self, node: Node, column: Column) -> str:
        fmt, figures = self.number_format, self._figures.get(node.id)
        if column == Column.NAME:
            return node.name + ("  (KGI)" if node.is_root else "")
        if column == Column.UNIT:
            return unit_short(node.unit, node.unit_label)
        if figures is None:
            return ""
        if column == Column.REQUIRED:
            return fmt.figure(figures.required, node.unit, node.unit_label)
        if column == Column.PER_REP:
            return fmt.per_rep(self._splits(node.id).required, node.unit, node.unit_label)
        if column == Column.PLAN:
            if figures.plan is None:
                return ""
            return fmt.value(figures.plan, node.unit, node.unit_label)
        if column == Column.PROJECTED:
            return fmt.figure(figures.projected, node.unit, node.unit_label)
        if not figures.gap.ok:
            return "—"
        return fmt.signed(figures.gap.value, node.unit, node.unit_label)

    def _edit_text(self, node: Node, column: Column) -> str:
        if column == Column.NAME:
            return node.name
        if column == Column.REQUIRED:
            return self.number_format.editable(node.target, node.unit)
        if column == Column.PLAN:
            return self.number_format.editable(node.plan, node.unit)
        if column == Column.PER_REP and self._plan_per_rep_typed(node):
            return self.number_format.editable(self._splits(node.id).plan_per_rep, node.unit)
        return self._display(node, column)

    def _tooltip(self, node: Node, column: Column) -> str | None:
        figures = self._figures.get(node.id)
        if figures is None:
            return None
        figure = self._figure_in(node, figures, column)
        reason = self.number_format.reason(figure)
        if reason:
            return reason
        if column == Column.REQUIRED and node.solve_for:
            return self.tr("Computed top-down from the parent's requirement.")
        if column == Column.PER_REP and self._plan_per_rep_typed(node):
            return self.tr(
                "Required per rep. Type here (F2) to plan per rep: the team's plan is it times "
                "the active reps."
            )
        return None

    def _foreground(self, node: Node, column: Column) -> QColor | None:
        figures = self._figures.get(node.id)
        if figures is None:
            return None
        figure = self._figure_in(node, figures, column)
        if figure is not None and not figure.ok:
            return MUTED if figure.problem.code in NOT_PLANNED_YET else PROBLEM
        if column == Column.GAP and figures.gap.ok and figures.gap.value != 0:
            return POSITIVE if figures.on_target else NEGATIVE
        if column in (Column.REQUIRED, Column.PER_REP) and node.solve_for:
            return COMPUTED
        if column == Column.PROJECTED and self._children.get(node.id):
            return COMPUTED
        if column == Column.UNIT:
            return MUTED
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.document is None:
            return False
        controller, node_id, text = self.document.controller, index.internalId(), str(value)
        column = Column(index.column())
        if column == Column.NAME:
            refusal = controller.rename(node_id, text)
        elif column == Column.REQUIRED:
            refusal = controller.set_target(node_id, text)
        elif column == Column.PER_REP:
            refusal = controller.set_plan_per_rep(node_id, text)
        else:
            refusal = controller.set_plan_value(node_id, text)
        if refusal:
            self.editRefused.emit(index, refusal)
            return False
        return True

    def _splits(self, node_id: int) -> RepSplits:
        return RepSplits() if self.document is None else self.document.session.splits(node_id)

    def _figure_in(self, node: Node, figures: NodeFigures, column: Column) -> Figure | None:
        if column == Column.PER_REP:
            return _split_figure(self._splits(node.id).required)
        return {
            Column.REQUIRED: figures.required,
            Column.PROJECTED: figures.projected,
            Column.GAP: figures.gap,
        }.get(column)

    # -- drag and drop --------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [NODE_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        ids = {index.internalId() for index in indexes if index.isValid()}
        if len(ids) == 1:
            data.setData(NODE_MIME, QByteArray(str(ids.pop()).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        node_id = _dragged(data)
        if node_id is None or not parent.isValid() or node_id not in self._plan.nodes:
            return False
        return parent.internalId() not in self._plan.subtree_ids(node_id)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Moves the node through the controller; False tells the view it has nothing to remove."""
        node_id = _dragged(data)
        if self.document is None or node_id is None or not parent.isValid():
            return False
        parent_id = parent.internalId()
        siblings = self._children.get(parent_id, [])
        position = len(siblings) if row < 0 else row
        if node_id in siblings and siblings.index(node_id) < position:
            position -= 1  # the node leaves its old place first
        refusal = self.document.controller.move_node(node_id, parent_id, position)
        if refusal:
            self.editRefused.emit(parent, refusal)
        else:
            self.moved.emit(node_id)
        return False

    # -- refresh ------------------------------------------------------------------

    def _document_changed(self, outcome) -> None:
        if every_row_may_change(outcome):
            self._cells.clear()
        session = self.document.session
        changed = frozenset(outcome.changed_node_ids)
        if may_move_actuals(outcome):  # not after a target or plan value typed
            changed |= self.actuals.refresh(session)
        self.update(session.plan, session.figures, changed, outcome.structure_changed)

    def reset(self, plan: Plan, figures: dict[int, NodeFigures]) -> None:
        self.beginResetModel()
        self._cells.clear()
        self._plan, self._figures = plan, figures
        self._children, self._parent = _shape(plan)
        self._forget_rows()
        self.endResetModel()

    def update(
        self,
        plan: Plan,
        figures: dict[int, NodeFigures],
        changed: frozenset[int],
        structure_changed: bool = True,
    ) -> None:
        """Follow a change: insert and remove rows, then repaint only the rows that changed."""
        if structure_changed:
            self._cells.clear()
            self._follow_structure(plan, figures)
        else:
            self._plan, self._figures = plan, figures
        last = len(Column) - 1
        for node_id in changed:
            self._cells.pop(node_id, None)
            if node_id in self._parent:
                self.dataChanged.emit(self.index_of(node_id), self.index_of(node_id, last))

    def _follow_structure(self, plan: Plan, figures: dict[int, NodeFigures]) -> None:
        children, parents = _shape(plan)
        self._remove_missing(parents)  # views may still read the old rows while they go
        self._plan, self._figures = plan, figures
        self._insert_new(children, parents)
        if self._children != children:
            self._reorder(children, parents)

    def show_actuals_of(self, rep) -> None:
        """The Actual column shows `rep`'s actuals so far (None: the whole team's)."""
        if self.actuals.showing(rep):
            return  # kept up to date with every change already
        self.actuals.choose(rep)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, Column.ACTUAL, Column.ACTUAL)
        for node_id in self.actuals.refresh(self.document.session) if self.document else ():
            if node_id in self._parent:
                index = self.index_of(node_id, Column.ACTUAL)
                self.dataChanged.emit(index, index)

    def refresh_all(self) -> None:
        """Every cell's text may have changed (for example the money display option)."""
        self._cells.clear()
        if self.document is not None:
            self.actuals.refresh(self.document.session)
        for node_id in self._parent:
            self.dataChanged.emit(self.index_of(node_id), self.index_of(node_id, len(Column) - 1))

    def _remove_missing(self, parents: dict[int, int | None]) -> None:
        for parent_id in list(self._children):
            if parent_id is not None and parent_id not in self._parent:
                continue
            siblings = self._children[parent_id]
            for row in reversed(range(len(siblings))):
                node_id = siblings[row]
                if node_id in parents and parents[node_id] == parent_id:
                    continue
                parent_index = QModelIndex() if parent_id is None else self.index_of(parent_id)
                self.beginRemoveRows(parent_index, row, row)
                self._forget(node_id)
                siblings.pop(row)
                self._forget_rows()
                self.endRemoveRows()

    def _forget(self, node_id: int) -> None:
        for child in self._children.pop(node_id, []):
            self._forget(child)
        self._parent.pop(node_id, None)

    def _insert_new(self, children: dict, parents: dict) -> None:
        pending = [None]
        while pending:
            parent_id = pending.pop(0)
            wanted = children.get(parent_id, [])
            current = self._children.setdefault(parent_id, [])
            for node_id in wanted:
                if node_id in self._parent:
                    pending.append(node_id)
                    continue
                row = min(wanted.index(node_id), len(current))
                parent_index = QModelIndex() if parent_id is None else self.index_of(parent_id)
                self.beginInsertRows(parent_index, row, row)
                current.insert(row, node_id)
                self._forget_rows()
                self._adopt(node_id, parent_id, children)
                self.endInsertRows()

    def _adopt(self, node_id: int, parent_id: int | None, children: dict) -> None:
        self._parent[node_id] = parent_id
        self._children[node_id] = list(children.get(node_id, []))
        for child in self._children[node_id]:
            self._adopt(child, node_id, children)

    def _reorder(self, children: dict, parents: dict) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        targets = [(index.internalId(), index.column()) for index in persistent]
        self._children = {key: list(value) for key, value in children.items()}
        self._parent = dict(parents)
        self._forget_rows()
        self.changePersistentIndexList(
            persistent, [self.index_of(node_id, column) for node_id, column in targets]
        )
        self.layoutChanged.emit()


def _dragged(data: QMimeData) -> int | None:
    if not data.hasFormat(NODE_MIME):
        return None
    try:
        return int(bytes(data.data(NODE_MIME)).decode())
    except ValueError:
        return None


def _split_figure(split) -> Figure | None:
    """The problem of a split that failed, as a figure; None when there is nothing to report."""
    if split is None or split.ok:
        return None
    return Figure(problem=split.problem)


def _shape(plan: Plan) -> tuple[dict[int | None, list[int]], dict[int, int | None]]:
    children: dict[int | None, list[int]] = {None: []}
    parents: dict[int, int | None] = {}
    root = plan.root
    if root is None:
        return children, parents
    children[None] = [root.id]
    parents[root.id] = None
    for node_id in plan.subtree_ids(root.id):
        kids = [child.id for child in plan.children_of(node_id)]
        children[node_id] = kids
        for kid in kids:
            parents[kid] = node_id
    return children, parents
