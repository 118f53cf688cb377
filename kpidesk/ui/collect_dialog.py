"""Team → Collect From Reps…: a preview per rep, computed off the UI thread, then one load."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from kpidesk.domain.model import Unit
from kpidesk.domain.team_package import MergeKind
from kpidesk.i18n.fill import fill
from kpidesk.i18n.team_messages import counts_text, kind_text, package_refusal_text
from kpidesk.services.rep_collect import KEEP_MINE, TAKE_THEIRS, RepPreview, preview_from_file
from kpidesk.ui.accessibility import make_accessible
from kpidesk.ui.palette import CONFLICT as CONFLICT_COLOUR
from kpidesk.ui.palette import NEGATIVE as REFUSED_COLOUR


class PreviewWorker(QThread):
    """Reads the packages and a snapshot of the plan on its own connection."""

    progressed = Signal(int, int)
    finished_preview = Signal(object)  # list[RepPreview]
    failed = Signal(str)

    def __init__(self, plan_path: Path, current, paths: list[Path], parent=None) -> None:
        super().__init__(parent)
        self.plan_path, self.current, self.paths = plan_path, current, paths
        self.cancelled = False  # set from the UI thread: the next package is not read

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise _CancelledError
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            previews = preview_from_file(self.plan_path, self.current, self.paths, self._progress)
        except _CancelledError:
            return
        except Exception as error:  # said in the dialog, never a traceback
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self.finished_preview.emit(previews)


class _CancelledError(Exception):
    """The dialog was closed while the packages were being read."""


class CollectDialog(QDialog):
    """Shows what each package would change; Load applies it as one undo step."""

    def __init__(self, controller, plan_path: Path, paths: list[Path], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("collectDialog")
        self.setWindowTitle(self.tr("Collect From Reps"))
        self.resize(820, 520)
        self.controller = controller
        self.previews: list[RepPreview] = []
        self._rep_choices: dict[Path, QComboBox] = {}
        self._item_choices: dict[tuple, QComboBox] = {}
        self.status = QLabel(fill(self.tr("Reading %1 packages…"), len(paths)))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, max(1, len(paths)))
        self.tree = QTreeWidget(objectName="collectPreview")
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels(
            [
                self.tr("Rep / KPI"),
                self.tr("Day"),
                self.tr("Change"),
                self.tr("In the plan"),
                self.tr("In the package"),
                self.tr("Keep"),
            ]
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.load_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.load_button.setText(self.tr("Load"))
        self.load_button.setEnabled(False)
        self.buttons.accepted.connect(self.load)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        period = controller.session.current_period()
        current = (period.first_day, period.last_day) if period else None
        self.worker = PreviewWorker(plan_path, current, paths, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished_preview.connect(self.show_preview)
        self.worker.failed.connect(self._failed)
        self.worker.start()
        make_accessible(self)  # names for screen readers, the tab order of its forms

    def done(self, result: int) -> None:
        self.worker.cancelled = True  # stops after the package being read
        self.worker.wait()
        super().done(result)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        self.status.setText(fill(self.tr("Read %1 of %2 packages…"), done, total))

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.status.setText(fill(self.tr("The packages could not be read: %1"), message))

    def show_preview(self, previews: list[RepPreview]) -> None:
        self.previews = previews
        self.progress.hide()
        loadable = [p for p in previews if not p.refusal]
        self.status.setText(
            fill(
                self.tr(
                    "%1 of %2 packages can be loaded. Nothing is written until you press Load."
                ),
                len(loadable),
                len(previews),
            )
        )
        for preview in previews:
            self._add_package(preview)
        self.tree.expandAll()
        for column in range(5):
            self.tree.resizeColumnToContents(column)
        self.load_button.setEnabled(bool(loadable))

    def _add_package(self, preview: RepPreview) -> None:
        name = preview.header.rep_name if preview.header else preview.path.name
        top = QTreeWidgetItem(self.tree, [name])
        top.setToolTip(0, str(preview.path))
        if preview.refusal:
            top.setText(1, self.tr("refused"))
            top.setText(2, package_refusal_text(preview.refusal, preview.detail))
            top.setFirstColumnSpanned(False)
            for column in (0, 1, 2):
                top.setForeground(column, QBrush(REFUSED_COLOUR))
            return
        top.setText(2, counts_text(preview.counts()))
        conflicts = preview.of_kind(MergeKind.CONFLICT)
        if conflicts:
            self._rep_choices[preview.path] = self._choice_box(
                lambda choice, p=preview: self._choose_for_rep(p, choice)
            )
            self.tree.setItemWidget(top, 5, self._rep_choices[preview.path])
        nodes = self.controller.session.plan.nodes
        fmt = self.controller.number_format
        for node_id, (cause, action, _when) in preview.notes.items():
            note = QTreeWidgetItem(top, [nodes[node_id].name, "", self.tr("note")])
            note.setText(4, fill(self.tr("Cause: %1 / Action: %2"), cause, action))
        self._add_deals(top, preview)
        for item in preview.items:
            if item.kind is MergeKind.UNCHANGED:
                continue
            node = nodes[item.node_id]

            def shown(value, node=node) -> str:
                return "—" if value is None else fmt.value(value, node.unit, node.unit_label)

            row = QTreeWidgetItem(
                top,
                [
                    node.name,
                    str(item.day),
                    kind_text(item.kind),
                    shown(item.mine),
                    shown(item.theirs),
                ],
            )
            if item.kind is MergeKind.CONFLICT:
                for column in range(5):
                    row.setForeground(column, QBrush(CONFLICT_COLOUR))
                box = self._choice_box()
                self._item_choices[(preview.path, item.node_id, item.day)] = box
                self.tree.setItemWidget(row, 5, box)

    def _add_deals(self, top: QTreeWidgetItem, preview: RepPreview) -> None:
        """The rep's ヨミ as loading changes it: a line per deal added, changed or removed."""
        fmt = self.controller.number_format

        def shown(deal) -> str:
            if deal is None:
                return "—"
            amount = "" if deal.amount is None else fmt.value(deal.amount, Unit.CURRENCY)
            return " ".join(t for t in (amount, deal.rank, str(deal.close_date or "")) if t)

        changes = preview.deals
        rows = [(self.tr("deal added"), None, deal) for deal in changes.added]
        rows += [(self.tr("deal changed"), was, now) for was, now in changes.changed]
        rows += [(self.tr("deal removed"), deal, None) for deal in changes.removed]
        for kind, was, now in rows:
            name = (now or was).name
            QTreeWidgetItem(top, [name, "", kind, shown(was), shown(now)])

    def _choice_box(self, on_change=None) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("Keep mine"), KEEP_MINE)
        box.addItem(self.tr("Take theirs"), TAKE_THEIRS)
        if on_change is not None:
            box.currentIndexChanged.connect(lambda _i: on_change(box.currentData()))
        return box

    def _choose_for_rep(self, preview: RepPreview, choice: str) -> None:
        for (path, _node, _day), box in self._item_choices.items():
            if path == preview.path:
                box.setCurrentIndex(box.findData(choice))

    def choose(self, path: Path, choice: str, node_id: int | None = None, day=None) -> None:
        """Keep mine or take theirs: for one conflict, or for every conflict of a package."""
        boxes = self._item_choices if node_id is not None else {}
        box = boxes.get((path, node_id, day)) or self._rep_choices[path]
        box.setCurrentIndex(box.findData(choice))

    def choices(self) -> dict:
        return {key: box.currentData() for key, box in self._item_choices.items()}

    def load(self) -> None:
        loadable = [p for p in self.previews if not p.refusal]
        choices = self.choices()
        session = self.controller.session
        refusal = self.controller.run(
            self.tr("Collect From Reps"),
            lambda: session.collect_packages(loadable, choices, KEEP_MINE),
        )
        if refusal is None:
            self.accept()
        else:
            self.status.setText(refusal)
