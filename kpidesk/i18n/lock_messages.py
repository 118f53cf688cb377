"""What the one-writer lock and shared folders mean for the user, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.i18n.fill import fill

translate = QCoreApplication.translate


def stale_lock_text(path: str, holder: str) -> str:
    """A lock left by a session that did not close cleanly was taken over (the CLI's line)."""
    return fill(
        translate(
            "LockMessages",
            "“%1” was still marked as open by %2, a KPI Desk that is no longer running; "
            "the file passed its check and is now opened here.",
        ),
        path,
        holder,
    )


def shared_folder_reason(kind: str, name: str) -> str:
    """Why a plan in a network or cloud-synced folder is at risk; `name` is the service."""
    if kind == "cloud":
        where = fill(translate("LockMessages", "in a folder synced by %1"), name)
    else:
        where = fill(translate("LockMessages", "on a network drive (%1)"), name)
    return fill(
        translate(
            "LockMessages",
            "This plan is %1. A SQLite file there can be damaged while it syncs, and two people "
            "can overwrite each other's changes. Keep the team's plan on one computer and share "
            "rep packages through the shared folder instead.",
        ),
        where,
    )


def read_only_text() -> str:
    """Why an edit of a plan open read-only did nothing."""
    return translate(
        "LockMessages",
        "This plan is open read-only, so it cannot be changed here. Nothing was changed.",
    )


def lock_lost_text(user: str, host: str) -> str:
    """This session's lock was taken over (its heartbeat had stopped): nothing more is written."""
    return fill(
        translate(
            "LockMessages",
            "%1 on “%2” took this plan over while this KPI Desk was not responding (asleep, "
            "say), so nothing was changed. Open the plan again to see it as it is now.",
        ),
        user,
        host,
    )
