"""What is wrong inside a plan file that passed the header check, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.i18n.fill import fill

translate = QCoreApplication.translate


def file_refusal_text(code: str, path: str, detail: str = "") -> str | None:
    """The sentence for a refusal made while checking a file before opening it; None for
    other codes. `detail` of a "damaged" file is "reason" or "reason:where"."""
    if code == "not_regular":
        return fill(
            translate(
                "Messages",
                "“%1” is not a regular file (it is a folder, a pipe or a device), so it was not "
                "opened.",
            ),
            path,
        )
    if code == "busy":
        return fill(
            translate(
                "Messages",
                "“%1” is in use by another program. Try again when it has finished; the file was "
                "left untouched.",
            ),
            path,
        )
    if code != "damaged":
        return None
    reason, _, where = detail.partition(":")
    what = _damage(reason, where)
    if what is None:
        return None
    text = translate(
        "Messages", "“%1” is damaged and cannot be opened: %2. The file was left untouched."
    )
    return fill(text, path, what)


def _damage(reason: str, where: str) -> str | None:
    texts = {
        "corrupt": translate("Messages", "SQLite's integrity check found damaged pages"),
        "missing_table": translate("Messages", "the table %1 is missing"),
        "missing_column": translate("Messages", "the column %1 is missing"),
        "versions": translate(
            "Messages", "its record of format versions is missing or does not match the file"
        ),
        "bad_value": translate("Messages", "%1 holds a value KPI Desk cannot read"),
        "too_large": translate("Messages", "%1 holds a number beyond ±10^24"),
        "parent_cycle": translate("Messages", "KPI %1 is its own ancestor"),
        "orphan": translate("Messages", "the parent of KPI %1 does not exist"),
        "roots": translate("Messages", "the plan does not have exactly one KGI"),
        "duplicate_position": translate("Messages", "two KPIs share one place under KPI %1"),
        "too_deep": translate("Messages", "the KPI tree is deeper than %1 levels"),
        "unreadable": translate("Messages", "its contents cannot be read (%1)"),
    }
    text = texts.get(reason)
    return None if text is None else fill(text, where)
