"""numpy loaded with OpenBLAS on one thread: the charts' arrays are a few hundred points."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

# what OpenBLAS reads, first found wins, as it starts (numpy's wheels start it on import)
USER_CHOICES = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """numpy, first imported inside the block, starts OpenBLAS without its worker threads
    (one per core, which spin for a while after start: about 100 ms of CPU taken from the
    window's first paint on a 2-core laptop), unless the user chose a number. Outside the
    block the environment is as it was, for any program the app opens."""
    chosen = any(name in os.environ for name in USER_CHOICES)
    if not chosen:
        os.environ["OPENBLAS_NUM_THREADS"] = "1"
    try:
        yield
    finally:
        if not chosen:
            os.environ.pop("OPENBLAS_NUM_THREADS", None)
