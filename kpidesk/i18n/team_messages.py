"""The sentences of sending packages to reps and collecting them, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.team_package import MergeKind

translate = QCoreApplication.translate


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def package_refusal_text(code: str, detail: str = "") -> str:
    """Why a package was refused (nothing of it is loaded; neither file is touched)."""
    parts = detail.split("|")
    first, last = [*parts, "", ""][:2]
    texts = {
        "other_plan": _fill(
            translate("Team", "It was made from another plan (“%1”), not this one."), detail
        ),
        "other_period": _fill(
            translate("Team", "It is for %1 to %2, which is not this plan's current period."),
            first,
            last,
        ),
        "closed_period": _fill(
            translate(
                "Team",
                "It is for %1 to %2, a closed period. Reopen that period first "
                "(Plan → Reopen Period…) to load it.",
            ),
            first,
            last,
        ),
        "foreign_rows": translate(
            "Team", "It changes figures that are not its rep's (another rep, or another period)."
        ),
        "unknown_kpi": translate("Team", "It holds figures of a KPI this plan no longer has."),
        "rep_removed": _fill(
            translate("Team", "Its rep “%1” is no longer on this plan's team."), detail
        ),
        "superseded": _fill(
            translate("Team", "A newer package of the same rep is loaded instead (%1)."), detail
        ),
        "damaged": translate("Team", "The file is damaged."),
        "newer_package": translate(
            "Team", "It was made by a newer KPI Desk. Please update KPI Desk to load it."
        ),
        "not_a_package": translate("Team", "It is not a KPI Desk rep package."),
        "not_found": translate("Team", "The file does not exist."),
        "not_regular": translate("Team", "It is not a regular file."),
        "unreadable": _fill(translate("Team", "It could not be read: %1"), detail),
        "busy": translate("Team", "Another program is writing it; try again in a moment."),
    }
    return texts.get(code, code)


def team_error_text(code: str, params: dict) -> str:
    texts = {
        "no_such_rep": _fill(
            translate("Team", "There is no active rep named “%1” on the team."),
            params.get("name", ""),
        ),
        "no_active_reps": translate("Team", "The team has no active reps to send packages to."),
        "no_period": translate("Team", "Set the plan's period first (Plan → Set Period…)."),
        "plan_not_upgraded": translate(
            "Team", "Open the plan for editing once so that it gets an id for its packages."
        ),
    }
    return texts.get(code, code)


def kind_text(kind: MergeKind) -> str:
    return {
        MergeKind.NEW: translate("Team", "new"),
        MergeKind.CHANGED: translate("Team", "changed"),
        MergeKind.UNCHANGED: translate("Team", "unchanged"),
        MergeKind.CONFLICT: translate("Team", "conflict"),
    }[kind]


def source_text(kind: str, name: str) -> str:
    """Who entered an actual: the manager, a rep's package, an import, or not recorded."""
    texts = {
        "manager": translate("Team", "typed in the plan"),
        "package": _fill(translate("Team", "package of %1"), name),
        "import": _fill(translate("Team", "import of %1"), name),
    }
    return texts.get(kind, translate("Team", "not recorded"))


def counts_text(counts: dict[MergeKind, int]) -> str:
    return _fill(
        translate("Team", "%1 new, %2 changed, %3 unchanged, %4 conflicts"),
        counts[MergeKind.NEW],
        counts[MergeKind.CHANGED],
        counts[MergeKind.UNCHANGED],
        counts[MergeKind.CONFLICT],
    )


def entered_text(source: tuple[str, str, str] | None) -> str:
    """ "Entered: package of Rep 1, 2026-11-20 09:00" for a value's tooltip."""
    if source is None:
        return translate("Team", "Entered: not recorded")
    kind, name, when = source
    return _fill(
        translate("Team", "Entered: %1, %2"), source_text(kind, name), when.replace("T", " ")[:16]
    )
