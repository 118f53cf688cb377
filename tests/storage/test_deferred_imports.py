"""dateutil's parser, which sqlite-utils imports for its date recipes, loads at its first use."""

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
