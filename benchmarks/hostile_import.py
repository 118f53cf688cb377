"""Hostile import files through `kpidesk import`: each one's answer, time and peak memory.

Every file of the test corpus (tests/hostile_files.py: CR-only, UTF-16, huge fields, 1e309,
TRUE/FALSE, damaged XML, a 4.9 KB workbook with a stray cell at XFD1048576, …) is imported into
a fresh demo plan by the real command, one process each; the table shows its exit code, the
first line it printed, the seconds it took and its peak memory (VmHWM, read by the child
itself). Budget: every file under 100 MB (the stray-cell workbook took 6.5 GB before the
reader streamed only the mapped columns).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.hostile_files import build

MEMORY_BUDGET_MB = 100
CHILD = (
    "import re, sys; from kpidesk.cli import run; code = run(sys.argv[1:]);"
    "status = open('/proc/self/status').read();"
    "print('VmHWM', re.search(r'VmHWM:\\s+(\\d+)', status)[1], file=sys.stderr); sys.exit(code)"
)
COLUMNS = ["--date", "1", "--value", "4", "--kpi", "2", "--rep", "3", "--lang", "en"]


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        corpus = build(Path(folder) / "corpus")
        plan = Path(folder) / "plan.kpidesk"
        kpidesk = str(Path(sys.executable).parent / "kpidesk")
        subprocess.run([kpidesk, "new", str(plan), "--demo"], check=True, capture_output=True)
        worst = 0.0
        print(f"{'file':<18} {'exit':>4} {'seconds':>8} {'peak MB':>8}  answer")
        for name, path in corpus.items():
            command = [sys.executable, "-c", CHILD, "import", str(plan), str(path), *COLUMNS]
            command.append("--accept-dates")
            start = time.perf_counter()
            result = subprocess.run(command, capture_output=True, text=True)
            seconds = time.perf_counter() - start
            lines = result.stderr.strip().splitlines()
            peak = int(lines[-1].split()[1]) / 1024
            answer = (result.stdout.strip() or (lines[-2] if len(lines) > 1 else ""))[:70]
            worst = max(worst, peak)
            print(f"{name:<18} {result.returncode:>4} {seconds:>8.2f} {peak:>8.1f}  {answer}")
    verdict = "within" if worst < MEMORY_BUDGET_MB else "OVER"
    print(f"highest peak {worst:.1f} MB: {verdict} the {MEMORY_BUDGET_MB} MB budget")
    return 0 if worst < MEMORY_BUDGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
