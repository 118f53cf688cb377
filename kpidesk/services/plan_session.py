"""An open plan: every edit validated, applied in one transaction, and reported as an Outcome."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from fractions import Fraction

from kpidesk.domain import formula as formulas
from kpidesk.domain.decomposition import (
    NodeFigures,
    RepSplits,
    compute,
    recompute_changed,
    rep_splits,
)
from kpidesk.domain.model import (
    TEAM,
    Node,
    Plan,
    PlanHeader,
    Relation,
    Rep,
    Rounding,
    RoundingPolicy,
    Split,
    Unit,
)
from kpidesk.domain.periods import Period, PeriodKind, next_period, period_of
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.progress import Thresholds
from kpidesk.domain.reopening import Reopening
from kpidesk.domain.review import (
    ActionItem,
    Review,
    TargetHistory,
    TargetRevision,
    check_reason,
    check_review_date,
    history_of,
)
from kpidesk.domain.smart import SmartRecord
from kpidesk.domain.validation import (
    check_name,
    check_relation,
    check_unit_change,
    check_value,
    check_weight,
)
from kpidesk.services import actual_sources, clock, period_reopening, structure_edits
from kpidesk.services.changes import (
    ActualsEdit,
    Area,
    Change,
    ClosedDayEdit,
    Edit,
    FixedEdit,
    HeaderEdit,
    NodeEdit,
    Outcome,
    PeriodEdit,
    RepEdit,
    ReviewEdit,
    RevisionEdit,
    SmartEdit,
    areas_of,
)
from kpidesk.services.edit_writer import EditWriter
from kpidesk.services.next_period_preview import proposed_kgi
from kpidesk.services.outcomes import actuals_outcome, describe, fields_only
from kpidesk.services.storage_faults import StorageError, reload_after_failure
from kpidesk.services.structure_edits import Clip
from kpidesk.services.value_edits import kept_splits
from kpidesk.storage.actual_store import ActualKey, ActualStore, to_stored
from kpidesk.storage.period_store import PeriodRecord, PeriodStore
from kpidesk.storage.plan_store import PlanStore
from kpidesk.storage.review_store import ReviewStore
from kpidesk.storage.smart_store import SmartStore


class PlanSession:
    """The plan of one open file, kept in step with the file after every change."""

    def __init__(self, store: PlanStore, today: Callable[[], date] | None = None) -> None:
        self.store = store
        self.today: Callable[[], date] = today or (lambda: clock.today())
        self.plan: Plan = store.load()
        self.figures: dict[int, NodeFigures] = compute(self.plan)
        self._splits: dict[int, RepSplits] = {}
        self.actuals = ActualStore(store.db)
        self.periods = PeriodStore(store.db)
        self.smart_store = SmartStore(store.db)
        self.frozen: list[PeriodRecord] = self.periods.frozen_periods()
        self.closed_days: dict[date, str] = self.periods.closed_days()
        self.reopenings: list[Reopening] = self.periods.reopenings()
        self.review_store = ReviewStore(store.db)
        self.reviews: list[Review] = self.review_store.reviews()
        self.revisions: list[TargetRevision] = self.review_store.revisions()
        self.writer = EditWriter(
            store, self.actuals, self.periods, self.smart_store, self.review_store
        )
        # Called before every write (the backups take their copy before the session's first).
        self.before_write: Callable[[], None] | None = None
        # The latest edit of KPIs' fields or SMART records: (plan and figures before it, the
        # KPIs whose node, figures or record changed), so caches look again at those only.
        self.last_change: tuple[Plan, dict[int, NodeFigures], frozenset[int]] | None = None

    def reload(self) -> None:
        """Read the whole plan again from its file (the hooks set on the session stay)."""
        hooks = {name: value for name, value in vars(self).items() if callable(value)}
        self.__init__(self.store, self.today)
        vars(self).update(hooks)

    def splits(self, node_id: int) -> RepSplits:
        """The node's requirement and plan shared across the reps (computed when first asked)."""
        if node_id not in self._splits:
            node = self.plan.nodes[node_id]
            self._splits[node_id] = rep_splits(self.plan, node, self.figures[node_id])
        return self._splits[node_id]

    # -- node fields ----------------------------------------------------------------

    def rename_node(self, node_id: int, name: str) -> Outcome:
        node = self._node(node_id)
        name = check_name(name)
        edits: list[Edit] = [NodeEdit(node, node.with_changes(name=name))]
        parent = self.plan.nodes.get(node.parent_id)
        if parent is not None and parent.relation is Relation.FORMULA and parent.formula:
            rewritten = formulas.rename(parent.formula, node.name, name)
            edits.append(NodeEdit(parent, parent.with_changes(formula=rewritten)))
        return self._commit(edits)

    def set_target(self, node_id: int, value: Fraction | None, reason: str = "") -> Outcome:
        """Set a target; replacing one once the period is under way is a revision and needs a
        reason, kept with the date and the value it replaced."""
        node = self._node(node_id)
        check_value(node.unit, value)
        if node.target == value:
            return Outcome(Change(()))
        edits: list[Edit] = [NodeEdit(node, node.with_changes(target=value))]
        if self._is_revision(node, value):
            period = self.current_period()
            revision = TargetRevision(
                self.review_store.next_revision_id(),
                node_id,
                period.first_day,
                self.today(),
                node.target,
                value,
                check_reason(reason),
            )
            edits.append(RevisionEdit(None, revision))
        return self._commit(edits)

    def needs_reason(self, node_id: int, value: Fraction | None) -> bool:
        """Whether setting this target would be a revision (the value itself is checked first,
        so the user is not asked why before being told the value is wrong)."""
        node = self._node(node_id)
        check_value(node.unit, value)
        return self._is_revision(node, value)

    def _is_revision(self, node: Node, value: Fraction | None) -> bool:
        """A target replaced once the period has begun; a first target is the original plan."""
        return node.target is not None and node.target != value and self.revising_targets()

    def revising_targets(self) -> bool:
        """Whether the current period has begun, so that a new target is a revision."""
        period = self.current_period()
        return period is not None and period.first_day <= self.today()

    def target_history(self, node_id: int) -> TargetHistory | None:
        """The KPI's target history in the current period; None without a period."""
        period = self.current_period()
        if period is None:
            return None
        current = self._node(node_id).target
        return history_of(self.revisions, node_id, period.first_day, current)

    def set_plan_value(self, node_id: int, value: Fraction | None) -> Outcome:
        node = self._node(node_id)
        if self.plan.children_of(node_id):
            raise ValidationError("plan_on_computed_node")
        check_value(node.unit, value)
        return self._update(node_id, plan=value)

    def set_plan_per_rep(self, node_id: int, value: Fraction | None) -> Outcome:
        reps = self.plan.active_rep_count
        if reps == 0:
            raise ValidationError("no_active_reps")
        return self.set_plan_value(node_id, None if value is None else value * reps)

    def set_unit(self, node_id: int, unit: Unit, label: str = "") -> Outcome:
        check_unit_change(self._node(node_id), unit)
        label = label.strip() if unit is Unit.OTHER else ""
        return self._update(node_id, unit=unit, unit_label=label)

    def set_relation(self, node_id: int, relation: Relation) -> Outcome:
        check_relation(self.plan, self._node(node_id), relation)
        return self._update(node_id, relation=relation)

    def set_formula(self, node_id: int, text: str) -> Outcome:
        """Relate the node to its children by a formula over their names."""
        node = self._node(node_id)
        parsed = formulas.parse(text)
        formulas.check_names(parsed, [c.name for c in self.plan.children_of(node_id)])
        check_relation(self.plan, node, Relation.FORMULA)
        return self._update(node_id, relation=Relation.FORMULA, formula=parsed.text)

    def set_weight(self, node_id: int, weight: Fraction) -> Outcome:
        check_weight(weight)
        return self._update(node_id, weight=weight)

    def set_rounding(self, node_id: int, rounding: Rounding) -> Outcome:
        return self._update(node_id, rounding=rounding)

    def set_split(self, node_id: int, split: Split) -> Outcome:
        return self._update(node_id, split=split)

    def set_lower_is_better(self, node_id: int, lower: bool) -> Outcome:
        return self._update(node_id, lower_is_better=lower)

    def set_solve_for(self, node_id: int) -> Outcome:
        """Make this node the one its parent solves for; its siblings become given."""
        node = self._node(node_id)
        if node.is_root:
            raise ValidationError("root_is_given")
        edits = [
            NodeEdit(sibling, sibling.with_changes(solve_for=sibling.id == node_id))
            for sibling in self.plan.children_of(node.parent_id)
            if sibling.solve_for != (sibling.id == node_id)
        ]
        return self._commit(edits)

    def apply_scenario(self, overrides: Mapping[int, Fraction]) -> Outcome:
        """Write a what-if scenario's plan values into the plan, as one action."""
        edits: list[Edit] = []
        for node_id, value in overrides.items():
            node = self._node(node_id)
            if self.plan.children_of(node_id):
                raise ValidationError("plan_on_computed_node")
            check_value(node.unit, value)
            if node.plan != value:
                edits.append(NodeEdit(node, node.with_changes(plan=value)))
        return self._commit(edits)

    # -- tree shape -----------------------------------------------------------------

    def add_child(self, parent_id: int, name: str, unit: Unit = Unit.COUNT) -> Outcome:
        self._node(parent_id)
        edits, new_id = structure_edits.add_child(self.plan, parent_id, name, unit)
        return self._commit(edits, new_node_id=new_id)

    def delete_subtree(self, node_id: int) -> Outcome:
        self._node(node_id)
        return self._commit(structure_edits.delete_subtree(self.plan, node_id))

    def move_node(self, node_id: int, parent_id: int, position: int) -> Outcome:
        self._node(node_id)
        self._node(parent_id)
        return self._commit(structure_edits.move(self.plan, node_id, parent_id, position))

    def copy_subtree(self, node_id: int) -> Clip:
        self._node(node_id)
        return structure_edits.copy(self.plan, node_id)

    def paste_subtree(self, clip: Clip, parent_id: int) -> Outcome:
        self._node(parent_id)
        edits, new_id = structure_edits.paste(self.plan, clip, parent_id)
        return self._commit(edits, new_node_id=new_id)

    def build_funnel(
        self,
        node_id: int,
        stages: Sequence[tuple[str, Fraction]],
        rate_name: Callable[[str, str], str],
    ) -> Outcome:
        self._node(node_id)
        return self._commit(structure_edits.build_funnel(self.plan, node_id, stages, rate_name))

    # -- plan and team --------------------------------------------------------------

    def rename_plan(self, name: str) -> Outcome:
        return self._set_header(name=check_name(name))

    def set_rounding_policy(self, policy: RoundingPolicy) -> Outcome:
        return self._set_header(rounding_policy=policy)

    def set_period(self, month: date | None) -> Outcome:
        """The month the plan is for (any day of it)."""
        return self._set_header(period_start=month.replace(day=1) if month else None)

    def add_rep(self, name: str, capacity: Fraction = Fraction(1)) -> Outcome:
        check_weight(capacity)
        rep_id = max((r.id for r in self.plan.reps), default=0) + 1
        rep = Rep(rep_id, check_name(name), len(self.plan.reps), True, capacity)
        return self._commit([RepEdit(None, rep)])

    def rename_rep(self, rep_id: int, name: str) -> Outcome:
        return self._update_rep(rep_id, name=check_name(name))

    def set_rep_capacity(self, rep_id: int, capacity: Fraction) -> Outcome:
        check_weight(capacity)
        return self._update_rep(rep_id, capacity=capacity)

    def set_rep_active(self, rep_id: int, active: bool) -> Outcome:
        return self._update_rep(rep_id, active=active)

    def remove_rep(self, rep_id: int) -> Outcome:
        rep = self._rep(rep_id)
        edits: list[Edit] = [
            FixedEdit(n, r, amount, None)
            for (n, r), amount in self.plan.fixed.items()
            if r == rep_id
        ]
        edits.append(RepEdit(rep, None))
        for position, other in enumerate(r for r in self.plan.reps if r.id != rep_id):
            if other.position != position:
                edits.append(RepEdit(other, _rep_with(other, position=position)))
        return self._commit(edits)

    def set_fixed_share(self, node_id: int, rep_id: int, amount: Fraction | None) -> Outcome:
        """Fix a rep's share of a node (the rest is shared out); None lets it float again."""
        node = self._node(node_id)
        self._rep(rep_id)
        check_value(node.unit, amount)
        whole = node.effective_rounding is not Rounding.NONE
        if amount is not None and whole and amount.denominator != 1:
            raise ValidationError("fixed_not_whole")
        before = self.plan.fixed.get((node_id, rep_id))
        if before == amount:
            return Outcome(Change(()))
        return self._commit([FixedEdit(node_id, rep_id, before, amount)])

    # -- periods ----------------------------------------------------------------

    def current_period(self) -> Period | None:
        plan = self.plan
        if plan.period_start is None:
            return None
        return period_of(PeriodKind(plan.period_kind), plan.period_start, plan.fiscal_start_month)

    def set_current_period(
        self, day: date, kind: PeriodKind, fiscal_start_month: int | None = None
    ) -> Outcome:
        """Make the period of `kind` holding `day` the current one, as one action."""
        month = fiscal_start_month or self.plan.fiscal_start_month
        if not 1 <= month <= 12:
            raise ValidationError("bad_month")
        first = period_of(kind, day, month).first_day
        return self._set_header(
            period_kind=kind.value, fiscal_start_month=month, period_start=first
        )

    def start_next_period(self, mode: str, amount: Fraction | None = None) -> Outcome:
        """Freeze the current period with its targets and actuals, and open the next one.

        `mode` proposes the new targets: "same" keeps them, "grow" raises the KGI's target by
        `amount` (a fraction: 1/10 is +10 %), "kgi" sets a new KGI target; the tree then
        recomputes every requirement top-down.
        """
        period = self.current_period()
        root = self.plan.root
        if period is None or root is None:
            raise ValidationError("no_period")
        period_reopening.check_nothing_reopened(self.reopenings)
        period_reopening.check_not_closed(self.periods.closed_periods(), period.first_day)
        edits: list[Edit] = [PeriodEdit(None, self._frozen_record(period))]
        target = proposed_kgi(root.target, mode, amount)
        if target != root.target:
            check_value(root.unit, target)
            edits.append(NodeEdit(root, root.with_changes(target=target)))
        following = next_period(period, self.plan.fiscal_start_month)
        before = self.plan.header
        edits.append(HeaderEdit(before, replace(before, period_start=following.first_day)))
        return self._commit(edits)

    def _frozen_record(self, period: Period) -> tuple:
        values = tuple(
            (node.id, node.name, node.target, node.plan, self.figures[node.id].required.value)
            for node in sorted(self.plan.nodes.values(), key=lambda n: n.id)
        )
        record = (
            self.periods.next_period_id(),
            period.kind.value,
            period.first_day,
            period.last_day,
        )
        return (record, values)

    def reopen_period(self, first_day: date, reason: str) -> Outcome:
        """Reopen the most recent closed period (starting on `first_day`) so that its actuals
        can change; its frozen record stays, and the reason is kept with today's date."""
        return self._commit(period_reopening.reopen_edits(self, first_day, reason))

    def close_reopened_period(self) -> Outcome:
        """Close the reopened period again, with the frozen record it had."""
        return self._commit(period_reopening.close_again_edits(self))

    def set_smart(self, node_id: int, **changes: object) -> Outcome:
        """Change a KPI's SMART record: owner, definition, source, or the user's ticks/notes."""
        self._node(node_id)
        before = self.plan.smart.get(node_id)
        after = replace(before or SmartRecord(), **changes)
        if after == before:
            return Outcome(Change(()))
        return self._commit([SmartEdit(node_id, before, after)])

    # -- reviews --------------------------------------------------------------------

    def add_review(self, review: Review) -> Outcome:
        """Keep a new review (its snapshot made by the caller) under the next free id."""
        check_review_date(review.held_on, self.reviews, review.cadence)
        review = replace(review, id=self.review_store.next_review_id())
        from kpidesk.services.yomi_service import seen_by_review

        return self._commit([ReviewEdit(None, review), *seen_by_review(self, review.id)])

    def review(self, review_id: int) -> Review:
        for review in self.reviews:
            if review.id == review_id:
                return review
        raise ValidationError("no_such_review", review=review_id)

    def set_review_item(self, review_id: int, item: ActionItem) -> Outcome:
        """Write a KPI's cause, action, owner, due date or done mark in a review."""
        self._node_or_snapshot(review_id, item.node_id)
        before = self.review(review_id)
        return self._review_edit(before, before.with_item(item))

    def set_review_notes(self, review_id: int, notes: str) -> Outcome:
        before = self.review(review_id)
        return self._review_edit(before, replace(before, notes=notes))

    def delete_review(self, review_id: int) -> Outcome:
        return self._commit([ReviewEdit(self.review(review_id), None)])

    def _review_edit(self, before: Review, after: Review) -> Outcome:
        return self._commit([] if after == before else [ReviewEdit(before, after)])

    def _node_or_snapshot(self, review_id: int, node_id: int) -> None:
        if self.review(review_id).figures(node_id) is None:
            raise ValidationError("no_such_node", node=node_id)

    def set_thresholds(self, on_track_at: Fraction, at_risk_below: Fraction) -> Outcome:
        """Progress at or above `on_track_at` is on track; below `at_risk_below` at risk."""
        Thresholds(on_track_at, at_risk_below)  # refuses thresholds out of order
        return self._set_header(on_track_at=on_track_at, at_risk_below=at_risk_below)

    def set_closed_day(self, day: date, note: str | None) -> Outcome:
        """Mark a company closing day (with a note), or open it again with None."""
        before = self.closed_days.get(day)
        if before == note:
            return Outcome(Change(()))
        return self._commit([ClosedDayEdit(day, before, note)])

    def is_frozen(self, day: date) -> bool:
        return any(first <= day <= last for _, _, first, last in self.frozen)

    # -- actuals --------------------------------------------------------------------

    def record_actuals(self, values: Mapping[ActualKey, Fraction | None]) -> Outcome:
        """Set or clear dated actuals (typed or pasted into the grid), as one action."""
        for key, value in values.items():
            self._check_actual(key, value)
        before = self.actuals.get(values)
        after = {**before, **{k: v for k, v in values.items() if v is not None}}
        for key in (k for k, v in values.items() if v is None):
            after.pop(key, None)
        if after == before:
            return Outcome(Change(()))
        sources = actual_sources.source_edit(self.store.db, values, actual_sources.MANAGER)
        return self._commit([ActualsEdit(before, after), sources])

    def import_actuals(
        self, values: Mapping[ActualKey, Fraction], file_key: str, file_name: str, when: str
    ) -> Outcome:
        """Load an import, all or nothing. The same file twice sets the same values again:
        nothing is counted twice."""
        for key, value in values.items():
            self._check_actual(key, value)
        from kpidesk.services.import_batches import load_batch

        return load_batch(self, values.items(), file_key, file_name, when)[0]

    def import_batch(self, prepare: Callable[[], list[Edit]]) -> Outcome:
        """An import streamed into the file by `prepare` (services.import_batches) inside the
        action's one transaction; it returns the edits, which hold only the batch's id."""
        return self._commit([], prepare=prepare)

    def set_rep_note(self, rep_id: int, node_id: int, cause: str, action: str) -> Outcome:
        """A rep's cause and action on a KPI in the current period (empty both: no note)."""
        from kpidesk.services.rep_notes import note_edits

        return self._commit(note_edits(self, rep_id, node_id, cause, action))

    def change_yomi(self, make_edits: Callable[..., list[Edit]], *args: object) -> Outcome:
        """An edit of the ヨミ list, its edits made by services.yomi_service, as one action."""
        return self._commit(make_edits(self, *args))

    def collect_packages(self, previews: list, choices: Mapping, default: str) -> Outcome:
        """Load the reps' packages as previewed (services.rep_collect), with the choices made
        per conflict or per package, as one action."""
        from kpidesk.services.rep_collect import collect_edits

        return self._commit(collect_edits(self, previews, choices, default))

    def _check_actual(self, key: ActualKey, value: Fraction | None) -> None:
        node_id, rep_id, day = key
        if self.is_frozen(day):
            raise ValidationError("period_frozen", day=day)
        node = self._node(node_id)
        if rep_id != TEAM:
            self._rep(rep_id)
        check_value(node.unit, value)
        if value is not None:
            to_stored(value)

    # -- undo and redo --------------------------------------------------------------

    def undo(self, change: Change) -> Outcome:
        return self._commit(list(change.inverse().edits))

    def redo(self, change: Change) -> Outcome:
        return self._commit(list(change.edits))

    # -- the one way in -------------------------------------------------------------

    def _node(self, node_id: int | None) -> Node:
        if node_id is None or node_id not in self.plan.nodes:
            raise ValidationError("no_such_node", node=node_id)
        return self.plan.nodes[node_id]

    def _rep(self, rep_id: int) -> Rep:
        for rep in self.plan.reps:
            if rep.id == rep_id:
                return rep
        raise ValidationError("no_such_rep", rep=rep_id)

    def _update(self, node_id: int, **changes: object) -> Outcome:
        node = self._node(node_id)
        changed = node.with_changes(**changes)
        return self._commit([] if changed == node else [NodeEdit(node, changed)])

    def _update_rep(self, rep_id: int, **changes: object) -> Outcome:
        rep = self._rep(rep_id)
        changed = _rep_with(rep, **changes)
        return self._commit([] if changed == rep else [RepEdit(rep, changed)])

    def _set_header(self, **changes: object) -> Outcome:
        before = self.plan.header
        after = PlanHeader(**{**before.__dict__, **changes})
        return self._commit([] if after == before else [HeaderEdit(before, after)])

    def _commit(
        self,
        edits: list[Edit],
        new_node_id: int | None = None,
        prepare: Callable[[], list[Edit]] | None = None,
    ) -> Outcome:
        """Apply the edits in one transaction, then refresh the plan and its figures.
        `prepare` writes first in the same transaction and returns the edits."""
        change = Change(tuple(edits))
        if not edits and prepare is None:
            return Outcome(change)
        if self.before_write is not None:
            self.before_write()
        try:
            with self.store.transaction():
                if prepare is not None:
                    edits = prepare()
                    change = Change(tuple(edits))
                for edit in edits:
                    self.writer.write(edit)
        except StorageError as error:  # nothing was written: show what the file holds
            reload_after_failure(self, error)
            raise
        old_plan, old_figures = self.plan, self.figures
        areas = areas_of(edits)
        if areas & {Area.PERIODS, Area.CALENDAR, Area.REOPENING}:
            self.frozen = self.periods.frozen_periods()
            self.closed_days = self.periods.closed_days()
            self.reopenings = self.periods.reopenings()
        reviews_changed = bool(areas & {Area.REVIEWS, Area.HISTORY})
        if reviews_changed:
            self.reviews = self.review_store.reviews()
            self.revisions = self.review_store.revisions()
        if areas <= {Area.REVIEWS, Area.YOMI}:
            yomi_changed = Area.YOMI in areas
            return Outcome(change, reviews_changed=reviews_changed, yomi_changed=yomi_changed)
        if areas == {Area.SMART}:  # beside the tree: no recompute
            self.plan = self.plan.with_nodes({})
            for edit in edits:
                if edit.after is None:
                    self.plan.smart.pop(edit.node_id, None)
                else:
                    self.plan.smart[edit.node_id] = edit.after
            changed = frozenset(e.node_id for e in edits)
            self.last_change = (old_plan, old_figures, changed)
            return Outcome(change, changed_node_ids=changed)
        touched = fields_only(edits)
        if areas <= {Area.ACTUALS, Area.CALENDAR, Area.REOPENING, Area.YOMI}:
            outcome = actuals_outcome(change, self.plan)
            return replace(outcome, yomi_changed=Area.YOMI in areas)
        if touched is None:  # the tree's shape, the team or the settings changed
            self.plan = self.store.load()
            self.figures = compute(self.plan)
            redone = None
        else:
            nodes = {e.after.id: e.after for e in edits if isinstance(e, NodeEdit)}
            self.plan = old_plan.with_nodes(nodes)
            self.figures, redone = recompute_changed(self.plan, old_figures, touched)
        candidates = None if redone is None else redone | touched
        outcome = describe(
            change, old_plan, old_figures, self.plan, self.figures, new_node_id, candidates
        )
        self._splits = {} if redone is None else kept_splits(self._splits, outcome)
        if candidates is not None:
            self.last_change = (old_plan, old_figures, outcome.changed_node_ids)
        return replace(outcome, reviews_changed=reviews_changed)


def _rep_with(rep: Rep, **changes: object) -> Rep:
    return replace(rep, **changes)
