"""What sqlite-utils loads but KPI Desk does not use waits for its first use: dateutil's parser
(its date recipes) and the virtual-table pattern of its db module."""

import subprocess
import sys

CHILD = """
import sys
import kpidesk.storage
from sqlite_utils import recipes
before = "dateutil.parser._parser" in sys.modules
print(before, recipes.parsedate("20 Nov 2026"), "dateutil.parser._parser" in sys.modules)
"""


def test_opening_storage_leaves_dateutils_parser_until_a_date_recipe_needs_it():
    child = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.split() == ["False", "2026-11-20", "True"]


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


def test_sqlite_utils_virtual_table_pattern_compiles_at_its_first_use_and_matches_the_same():
    child = subprocess.run(
        [sys.executable, "-c", VIRTUAL_TABLE], capture_output=True, text=True, timeout=60
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.splitlines() == ["PatternWhenUsed Pattern", "FTS5 None", "a b"]
