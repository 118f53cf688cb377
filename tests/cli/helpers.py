"""Running the real `kpidesk` command as a script would: no display, a plain locale."""

import os
import subprocess
import sys
from pathlib import Path

KPIDESK = Path(sys.executable).parent / "kpidesk"


def run(*args, check=True):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    result = subprocess.run(
        [str(KPIDESK), *map(str, args)], capture_output=True, text=True, env=env, timeout=60
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result
