"""Time to export the meeting PDF of a plan that fills 12 A4 pages (budget 2 s), and the whole
`kpidesk export` command against LibreOffice headless printing the same tables (budget: a third
of LibreOffice's time), when LibreOffice is installed."""

from __future__ import annotations

import argparse
import html
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from fractions import Fraction
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _installed import installed_environment
from PySide6.QtWidgets import QApplication

from kpidesk.domain.demo import demo_plan
from kpidesk.domain.model import Unit
from kpidesk.domain.review import ActionItem, Cadence
from kpidesk.i18n.catalog import install_translators
from kpidesk.i18n.messages import demo_label
from kpidesk.report.options import ReportOptions
from kpidesk.report.writer import export_pdf
from kpidesk.services.plan_files import create_plan, open_plan
from kpidesk.services.review_service import create_review, latest_review

BUDGET_S = 2.0
PEER_BUDGET = 1 / 3  # kpidesk export / LibreOffice
PROSPECTS, CLOSE_RATE, UNIT_PRICE = 4, 5, 3
AS_OF = date(2026, 12, 11)


def build(path: Path, activities: int, reps: int):
    """The demo plan with `activities` counted KPIs below the prospects, split across `reps`
    reps, a fortnight of actuals for all of them, and the month's review on the as-of day with
    a cause and an action, as a real meeting's plan has (its gap waterfall closes the PDF)."""
    create_plan(path, demo_plan(demo_label, date(2026, 12, 1)))  # 10 reps
    opened = open_plan(path)
    session = opened.session
    for i in range(11, reps + 1):
        session.add_rep(f"{demo_label('rep')} {i}")
    for i in range(activities):
        session.add_child(PROSPECTS, f"{demo_label('prospects')} {i + 1:02}", Unit.COUNT)
    days = [date(2026, 12, d) for d in (1, 2, 3, 4, 7, 8, 9, 10, 11)]
    rep_ids = [rep.id for rep in session.plan.active_reps]
    values = {
        (PROSPECTS, rep, day): Fraction(1 + (rep + day.day) % 3) for rep in rep_ids for day in days
    }
    values[(CLOSE_RATE, 0, days[-1])] = Fraction(1, 5)
    values[(UNIT_PRICE, 0, days[-1])] = Fraction(100_000)
    session.record_actuals(values)
    session.today = lambda: AS_OF
    create_review(session, Cadence.MONTHLY, AS_OF)
    held = latest_review(session)
    action = ActionItem(PROSPECTS, cause="展示会の中止", action="紹介依頼を週5件", owner="佐藤")
    session.set_review_item(held.id, action)
    return opened


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--activities", type=int, default=40, help="KPIs below the prospects")
    parser.add_argument("--reps", type=int, default=30, help="10 or more")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", choices=("en", "ja"), default="ja")
    parser.add_argument("--check", action="store_true", help="exit 1 when over budget")
    parser.add_argument("--pairs", type=int, default=7, help="command pairs against LibreOffice")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_translators(app, args.lang)
    with tempfile.TemporaryDirectory() as folder:
        opened = build(Path(folder) / "plan.kpidesk", args.activities, args.reps)
        session = opened.session
        options = ReportOptions(as_of=AS_OF)
        start = time.perf_counter()
        export_pdf(session, Path(folder) / "first.pdf", options)  # imports the report's modules
        first = time.perf_counter() - start
        times, pages = [], 0
        for run in range(args.runs):
            out = Path(folder) / f"report-{run}.pdf"
            start = time.perf_counter()
            pages = export_pdf(session, out, options)
            times.append(time.perf_counter() - start)
        size = out.stat().st_size
        if os.environ.get("KEEP_PDF"):  # to look at it: KEEP_PDF=out.pdf
            Path(os.environ["KEEP_PDF"]).write_bytes(out.read_bytes())
        tables = Path(folder) / "tables.html"
        tables.write_text(tables_html(session), encoding="utf-8")
        opened.close()
        peer = against_libreoffice(Path(folder), tables, args.pairs, args.lang)
    median = statistics.median(times)
    print(
        f"Plan: {len(session.plan.nodes)} KPIs, {args.reps} reps; "
        f"report: {pages} A4 pages, {size / 1024:.0f} KiB ({args.lang})"
    )
    print(f"first export (loads the report) {first:6.3f} s")
    print(f"export, median of {args.runs}         {median:6.3f} s   (best {min(times):.3f} s)")
    verdict = "PASS" if max(first, median) <= BUDGET_S else "FAIL"
    print(f"budget {BUDGET_S:.1f} s: {verdict}")
    if peer is None:
        print("LibreOffice (soffice) is not installed: no peer comparison")
    else:
        ratio = peer["kpidesk"] / peer["libreoffice"]
        print(
            f"whole commands, {args.pairs} pairs, medians: kpidesk export {peer['kpidesk']:.2f} s,"
            f" LibreOffice {peer['libreoffice']:.2f} s: ratio {ratio:.2f}"
            f" (budget ≤ {PEER_BUDGET:.2f})  " + ("PASS" if ratio <= PEER_BUDGET else "FAIL")
        )
        cpu_ratio = peer["kpidesk cpu"] / peer["libreoffice cpu"]
        print(
            f"CPU time (user + system), medians: kpidesk export {peer['kpidesk cpu']:.2f} s,"
            f" LibreOffice {peer['libreoffice cpu']:.2f} s: ratio {cpu_ratio:.2f}"
            f"  (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)"
        )
        print(f"pair by pair: the median of each pair's own ratio {peer['paired']:.2f}")
    return 1 if args.check and verdict == "FAIL" else 0


def tables_html(session) -> str:
    """The report's tables for LibreOffice: every KPI's figures, and each rep's share."""
    from kpidesk.i18n.formatting import NumberFormat

    fmt = NumberFormat()
    rows = []
    for node_id in session.plan.subtree_ids(session.plan.root.id):
        node, figures = session.plan.nodes[node_id], session.figures[node_id]
        cells = [
            node.name,
            fmt.figure(figures.required, node.unit, node.unit_label),
            "" if figures.plan is None else fmt.value(figures.plan, node.unit, node.unit_label),
            fmt.figure(figures.projected, node.unit, node.unit_label),
            fmt.figure(figures.gap, node.unit, node.unit_label),
        ]
        rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
        split = session.splits(node_id).required
        if split is not None and split.ok:
            for rep_id, part in split.parts.items():
                cells = ["", f"#{rep_id}", fmt.value(part, node.unit, node.unit_label), "", ""]
                rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    table = "<table border=1>" + "\n".join(rows) + "</table>"
    return f"<html><meta charset='utf-8'><body>{table}</body></html>"


def against_libreoffice(folder: Path, tables: Path, pairs: int, lang: str):
    """Median seconds of the whole `kpidesk export` and `soffice --convert-to pdf` commands."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    plan = folder / "command.kpidesk"
    build(plan, 40, 30).close()
    kpidesk = Path(sys.executable).with_name("kpidesk")
    report = [str(kpidesk), "export", str(plan), "--pdf", str(folder / "cmd.pdf")]
    report += ["--as-of", AS_OF.isoformat(), "--lang", lang]
    convert = [soffice, f"-env:UserInstallation=file://{folder}/lo-profile", "--headless"]
    convert += ["--convert-to", "pdf", "--outdir", str(folder / "lo"), str(tables)]
    commands = {"kpidesk": report, "libreoffice": convert}
    # As installed: pip and the bundle compile KPI Desk's modules once; a shell that sets
    # PYTHONDONTWRITEBYTECODE would make every run compile them again (about 0.2 s of CPU).
    environments = {"kpidesk": installed_environment(folder), "libreoffice": None}
    for name, command in commands.items():  # untimed warm-up (LibreOffice makes its profile)
        subprocess.run(command, check=True, capture_output=True, env=environments[name])
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for i in range(pairs):
        for name in list(commands) if i % 2 == 0 else list(commands)[::-1]:
            wall, used = timed_run(commands[name], environments[name])
            times[name].append(wall)
            cpu[name].append(used)
    result = {name: statistics.median(values) for name, values in times.items()}
    result |= {f"{name} cpu": statistics.median(values) for name, values in cpu.items()}
    paired = zip(times["kpidesk"], times["libreoffice"], strict=True)
    result["paired"] = statistics.median(ours / peer for ours, peer in paired)
    return result


def timed_run(command: list[str], environment) -> tuple[float, float]:
    """Wall-clock seconds of `command` and the CPU seconds (user + system) it and the
    processes it waited for used, from wait4: the CPU time hardly moves with the machine's
    load, the wall-clock time does."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise subprocess.CalledProcessError(child.returncode, command)
    return wall, usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    sys.exit(main())
