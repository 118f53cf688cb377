"""What sqlite-utils loads but KPI Desk does not use waits for its first use: dateutil's parser
(its date recipes) and the virtual-table pattern of its db module."""

import subprocess
import sys

import pytest

DATE_RECIPE = """
import sys
import kpidesk.storage
from sqlite_utils import recipes
before = "dateutil.parser._parser" in sys.modules
print(before, recipes.parsedate("20 Nov 2026"), "dateutil.parser._parser" in sys.modules)
"""

VIRTUAL_TABLE = """
import re
import kpidesk.storage
from sqlite_utils import Database, db
pattern = db._virtual_table_using_re
print(type(pattern).__name__, re.compile("x").__class__.__name__)
plans = Database(memory=True, execute_plugins=False)
plans.execute("CREATE VIRTUAL TABLE notes USING fts5 (text)")
plans["kept"].insert({"id": 1})
print(plans["notes"].virtual_table_using, plans["kept"].virtual_table_using)
print(pattern.match('create virtual table "a b" using FTS4').group("dquoted_table"))
"""


@pytest.fixture(scope="module")
def fresh_interpreter() -> list[str]:
    """The lines both checks print, run one after the other in one fresh interpreter (a start
    costs 0.15 s of CPU): the date recipe touches neither the pattern nor its module."""
    child = subprocess.run(
        [sys.executable, "-c", DATE_RECIPE + VIRTUAL_TABLE],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode == 0, child.stderr
    return child.stdout.splitlines()


def test_opening_storage_leaves_dateutils_parser_until_a_date_recipe_needs_it(fresh_interpreter):
    assert fresh_interpreter[0].split() == ["False", "2026-11-20", "True"]


def test_sqlite_utils_virtual_table_pattern_compiles_at_its_first_use_and_matches_the_same(
    fresh_interpreter,
):
    assert fresh_interpreter[1:] == ["PatternWhenUsed Pattern", "FTS5 None", "a b"]
