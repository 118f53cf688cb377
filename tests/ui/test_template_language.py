"""A new plan from a template is named in the window's language."""

from kpidesk.ui.main_window import MainWindow


def test_an_english_window_starts_a_template_in_english(qtbot, english, settings, tmp_path):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.new_plan(tmp_path / "shop.kpidesk", template="retail_store")
    plan = window.document.session.plan
    assert plan.name == "Store sales plan"
    assert plan.root.name == "Revenue"
    assert [r.name for r in plan.reps] == ["Store manager", "Staff 1", "Staff 2"]
