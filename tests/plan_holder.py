"""A second, real KPI Desk process for tests: opens a plan through the services and holds it.

As a script: `python plan_holder.py PLAN [--read-only]` prints `ready <pid>` once the plan is
open, then obeys one command a line on stdin: `plan NODE VALUE` sets a plan value (one
transaction, as the window does) and answers `done`; `quit` closes the plan and exits.
"""

from __future__ import annotations

import os
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

SCRIPT = Path(__file__).resolve()


class PlanHolder:
    """The test's handle on the holding process."""

    def __init__(self, path: Path, *extra: str, env: dict | None = None) -> None:
        """Starts the process and returns at once: several holders start side by side, and
        the first of `ready`, `first_line` or `error` waits for the plan to be open."""
        self.path = path
        self.process = subprocess.Popen(
            [sys.executable, str(SCRIPT), str(path), *extra],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **(env or {})},
        )
        self._first_line: str | None = None

    @property
    def first_line(self) -> str:
        """`ready PID`, or `refused CODE DETAIL` when the plan could not be opened."""
        if self._first_line is None:
            self._first_line = self.process.stdout.readline().strip()
        return self._first_line

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def ready(self) -> bool:
        return self.first_line == f"ready {self.pid}"

    def error(self) -> str:
        self.process.wait(timeout=30)
        return self.first_line + self.process.stderr.read()

    def set_plan_value(self, node_id: int, value: int) -> None:
        self._ask(f"plan {node_id} {value}")

    def _ask(self, command: str) -> None:
        assert self.ready, self.error()  # the answer comes after the `ready` line
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().strip()
        assert answer == "done", answer + self.process.stderr.read()

    def stop(self) -> None:
        """Close the plan cleanly, as quitting KPI Desk does."""
        if self.process.poll() is None:
            self.process.stdin.write("quit\n")
            self.process.stdin.flush()
            self.process.wait(timeout=30)
        self._close_pipes()

    def kill(self) -> None:
        """kill -9: the plan stays locked by a process that is gone."""
        self.process.kill()
        self.process.wait(timeout=30)
        self._close_pipes()

    def _close_pipes(self) -> None:
        for pipe in (self.process.stdin, self.process.stdout, self.process.stderr):
            pipe.close()


def _main(argv: list[str]) -> int:
    from kpidesk.services.plan_files import PlanFileError, open_plan

    try:
        opened = open_plan(argv[0], read_only="--read-only" in argv)
    except PlanFileError as error:
        print(f"refused {error.code} {error.detail}", flush=True)
        return 1
    print(f"ready {os.getpid()}", flush=True)
    for line in sys.stdin:
        words = line.split()
        if words and words[0] == "plan":
            opened.session.set_plan_value(int(words[1]), Fraction(words[2]))
            print("done", flush=True)
        elif words and words[0] == "quit":
            break
    opened.close()
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
