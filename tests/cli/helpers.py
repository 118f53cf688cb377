"""Running the `kpidesk` command as a script would: in this process (quick), or as a real process
for the few tests about exit codes, stderr and start-up."""

import io
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from kpidesk import app, cli
from kpidesk.app import CLI_COMMANDS
from kpidesk.i18n.catalog import install_translators

KPIDESK = Path(sys.executable).parent / "kpidesk"


def run(*args, check=True) -> subprocess.CompletedProcess:
    """`kpidesk ARGS` through the script's entry, kpidesk.app.main, which hands these commands
    to kpidesk.cli.run (`export` straight to cli.run: the script's export leaves the process
    with os._exit), in a plain locale; the window's language is restored after."""
    argv = [str(arg) for arg in args]
    if not argv or argv[0] not in CLI_COMMANDS:  # the window, --help, --version: a process
        return run_process(*args, check=check)
    out, err = io.StringIO(), io.StringIO()
    locale, choose_language = QLocale(), cli.choose_language
    cli.choose_language = lambda requested: requested or "en"  # (unittest.mock: 25 ms to import)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = (cli.run if argv[0] == "export" else app.main)(argv)
            except SystemExit as exit:  # argparse's usage errors and --help
                code = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
    finally:
        cli.choose_language = choose_language
        install_translators(QCoreApplication.instance(), "en")
        QLocale.setDefault(locale)
    result = subprocess.CompletedProcess(["kpidesk", *argv], code, out.getvalue(), err.getvalue())
    if check:
        assert result.returncode == 0, result.stderr
    return result


def run_process(*args, check=True) -> subprocess.CompletedProcess:
    """The real `kpidesk` command in its own process: no display, a plain locale."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    result = subprocess.run(
        [str(KPIDESK), *map(str, args)], capture_output=True, text=True, env=env, timeout=60
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result
