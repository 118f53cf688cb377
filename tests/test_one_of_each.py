"""Guards against a second copy of what the code has once: message filling, colours, the clock."""

from __future__ import annotations

import re
from pathlib import Path

import kpidesk

SOURCE = Path(kpidesk.__file__).parent
PALETTE = SOURCE / "ui" / "palette.py"
CLOCK = SOURCE / "services" / "clock.py"


def _lines_matching(pattern: str, allowed: tuple[Path, ...] = ()) -> list[str]:
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        if path in allowed:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(pattern, line):
                found.append(f"{path.relative_to(SOURCE)}:{number}: {line.strip()}")
    return found


def test_message_parameters_are_filled_only_by_fill():
    """A chained .replace("%1", …) turns "Calls %2" into "Calls Visits": use i18n.fill.fill."""
    assert _lines_matching(r"""\.replace\(\s*["']%""") == []


def test_the_day_comes_only_from_the_apps_clock():
    """date.today() beside services.clock.today() makes the tests' fixed day a lie."""
    assert _lines_matching(r"\bdate\.today\(\)", allowed=(CLOCK,)) == []
    # the lock file's heartbeat is wall time by nature (another machine reads it)
    lock = SOURCE / "storage" / "plan_lock.py"
    assert _lines_matching(r"\bdatetime\.now\(\)", allowed=(CLOCK, lock)) == []


def test_colours_are_named_only_in_the_palette():
    """One palette (kpidesk/ui/palette.py): a hex colour anywhere else is a second copy."""
    assert _lines_matching(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?!\w)", allowed=(PALETTE,)) == []


def test_one_status_colour_table_and_one_set_of_smart_marks():
    assert _lines_matching(r"^\s*STATUS_COLOUR\s*=", allowed=(PALETTE,)) == []
    marks = SOURCE / "i18n" / "smart_marks.py"
    other_meanings = (
        SOURCE / "domain" / "formula.py",  # × multiplies
        SOURCE / "ui" / "review" / "month_turn_dialog.py",  # a checklist step done
    )
    assert _lines_matching(r"""["'][✓✗○△×]["']""", allowed=(marks, *other_meanings)) == []


def test_widgets_and_the_report_never_reach_into_the_sessions_stores():
    """The import contracts cannot see session.actuals.…: the views read through services."""
    views = [SOURCE / "ui", SOURCE / "report"]
    found = [
        line
        for line in _lines_matching(r"session\.(actuals|store|periods|review_store|smart_store)\.")
        if any(line.startswith(str(v.relative_to(SOURCE)) + "/") for v in views)
    ]
    assert found == []


def test_the_window_keeps_layout_and_menus_and_nothing_is_plugged_into_a_view():
    """Views follow the document themselves: no fan-out in the window, no callables set on
    a widget from outside (an edit is followed from the tree to the file by reading)."""
    window = (SOURCE / "ui" / "main_window.py").read_text(encoding="utf-8")
    assert len(window.splitlines()) < 450
    assert "_apply_outcome" not in window
    plugged = r"\.(edit_handler|move_handler|splits|smart|ask_reason|edit_refusal)\s*=[^=]"
    assert [line for line in _lines_matching(plugged) if not line.startswith("ui/plan_")] == []
