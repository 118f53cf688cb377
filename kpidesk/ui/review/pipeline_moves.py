"""The Reviews tab's Pipeline Moves: what moved in the ヨミ since the review before (won, lost,
slipped, pulled in, new, dropped), as each review kept the list on its day."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidgetItem, QVBoxLayout, QWidget

from kpidesk.domain.model import Unit
from kpidesk.domain.review import Review
from kpidesk.i18n.fill import fill
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.i18n.yomi_messages import move_name
from kpidesk.services.yomi_service import moves_at_review
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.review import review_tables as tables
from kpidesk.ui.table_filling import filling


class PipelineMoves(QWidget):
    """A heading naming the review compared with, and a row per deal that moved."""

    def __init__(self, number_format: NumberFormat, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewMovesPage")
        self.fmt = number_format
        self.heading = PlainLabel(objectName="reviewMovesTitle", wordWrap=True)
        headers = [
            self.tr("Change"),
            self.tr("Deal"),
            self.tr("Rep"),
            self.tr("Amount"),
            self.tr("Expected close"),
        ]
        self.table = tables.make_table("reviewMoves", headers, stretch=1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)

    def show_review(self, session, review: Review) -> None:
        earlier_id, moves = moves_at_review(session, review.id)
        self.table.setRowCount(len(moves))
        if earlier_id is None:
            self.heading.setText(self.tr("The first review: there is no earlier list to compare."))
            return
        earlier = session.review(earlier_id)
        day = tables.day_text(earlier.held_on, self.fmt)
        self.heading.setText(
            fill(self.tr("Pipeline changes since the review of %1:"), day)
            if moves
            else fill(self.tr("No deal moved since the review of %1."), day)
        )
        names = {rep.id: rep.name for rep in session.plan.reps}
        with filling(self.table):
            for row, move in enumerate(moves):
                deal = move.after or move.before
                before = move.before.close_date if move.before else None
                after = move.after.close_date if move.after else None
                days = [tables.day_text(d, self.fmt) for d in dict.fromkeys((before, after)) if d]
                amount = "" if deal.amount is None else self.fmt.value(deal.amount, Unit.CURRENCY)
                cells = [move_name(move.move), deal.name, names.get(deal.rep_id, ""), amount]
                for column, text in enumerate([*cells, " → ".join(days)]):
                    self.table.setItem(row, column, QTableWidgetItem(text))
