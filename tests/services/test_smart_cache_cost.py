"""After an edit, SMART judges again only the KPIs the edit can reach, not the whole plan."""

from fractions import Fraction

from kpidesk.domain.model import Node, Plan, Relation, Unit
from kpidesk.services.plan_files import create_plan, open_plan
from kpidesk.services.smart_service import SmartCache


def wide_plan(size: int) -> Plan:
    nodes = {1: Node(1, None, 0, "Visits (KGI)", Unit.COUNT, relation=Relation.SUM)}
    frontier, next_id = [1], 2
    while next_id <= size:
        parent = frontier.pop(0)
        nodes[parent] = nodes[parent].with_changes(relation=Relation.SUM, plan=None)
        for position in range(min(3, size - next_id + 1)):
            nodes[next_id] = Node(
                next_id, parent, position, f"Visits {next_id}", Unit.COUNT, plan=Fraction(10)
            )
            frontier.append(next_id)
            next_id += 1
    return Plan("Wide", nodes)


def test_a_leaf_edit_judges_again_its_path_and_siblings_only(tmp_path, monkeypatch):
    create_plan(tmp_path / "wide.kpidesk", wide_plan(400))
    opened = open_plan(tmp_path / "wide.kpidesk")
    try:
        session = opened.session
        cache = SmartCache(session)
        before = cache.assessments()
        judged: list[int] = []
        original = SmartCache._assess
        monkeypatch.setattr(
            SmartCache, "_assess", lambda self, n: judged.append(n) or original(self, n)
        )
        session.set_plan_value(400, Fraction(25))  # a leaf: its sums change up to the KGI
        after = cache.assessments()
        path = [400, 133, 44, 15, 5, 2]  # the leaf and its parents below the KGI
        assert set(path) <= set(judged)
        assert len(judged) <= 30  # of 399 KPIs
        assert after.keys() == before.keys()
        assert [after[n] for n in path] == [before[n] for n in path]  # nothing SMART moved
        session.rename_node(400, "売上アップ")  # now a vague name: Specific fails
        assert cache.assessments()[400].smart is False
    finally:
        opened.close()
