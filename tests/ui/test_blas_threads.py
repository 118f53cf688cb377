"""numpy is loaded for the charts without OpenBLAS's worker threads, unless the user chose."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROBE = """
import json, os
from kpidesk.ui.charts.blas_threads import one_blas_thread
before = len(os.listdir("/proc/self/task"))
with one_blas_thread():
    inside = os.environ.get("OPENBLAS_NUM_THREADS")
    import numpy
after = len(os.listdir("/proc/self/task"))
print(json.dumps([before, after, inside, os.environ.get("OPENBLAS_NUM_THREADS")]))
"""

pytestmark = pytest.mark.skipif(
    not os.path.isdir("/proc/self/task"), reason="counts threads in /proc (Linux)"
)


def run_probe(**environment: str) -> list:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    env |= environment
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def test_numpy_starts_no_blas_threads_and_the_environment_is_left_as_it_was():
    before, after, inside, left = run_probe()
    assert inside == "1"
    assert after == before  # OpenBLAS started no worker thread
    assert left is None  # a PDF viewer the app opens does not inherit it


@pytest.mark.parametrize("variable", ["OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"])
def test_a_number_the_user_chose_is_kept(variable):
    _before, _after, inside, left = run_probe(**{variable: "2"})
    assert inside == (None if variable != "OPENBLAS_NUM_THREADS" else "2")
    assert left == (None if variable != "OPENBLAS_NUM_THREADS" else "2")
