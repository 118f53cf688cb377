"""What Start Next Period would do: the days the current period still has, the next one, the KGI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from typing import TYPE_CHECKING

from kpidesk.domain.periods import Period, next_period
from kpidesk.domain.problems import ValidationError
from kpidesk.services.business_calendar import period_business_days

if TYPE_CHECKING:
    from kpidesk.services.plan_session import PlanSession


@dataclass(frozen=True)
class NextPeriodPreview:
    """The period that would close, as of `today`, and the one that would open."""

    current: Period
    today: date
    business_days_left: int  # after today, up to the period's last day
    following: Period
    new_kgi: Fraction | None  # None while the mode's figure is missing

    @property
    def ended(self) -> bool:
        """Whether the period is over, so that closing it freezes nothing still to come."""
        return self.today > self.current.last_day


def proposed_kgi(current: Fraction | None, mode: str, amount: Fraction | None) -> Fraction | None:
    """The next period's KGI target: "same", "grow" by `amount` (1/10 is +10 %), or "kgi"."""
    if mode == "same":
        return current
    if mode == "grow" and current is not None and amount is not None:
        return current * (1 + amount)
    if mode == "kgi" and amount is not None:
        return amount
    raise ValidationError("no_new_target")


def preview_next_period(
    session: PlanSession, mode: str, amount: Fraction | None
) -> NextPeriodPreview | None:
    """The preview as of the session's day; None when the plan has no period."""
    period = session.current_period()
    root = session.plan.root
    if period is None or root is None:
        return None
    today = session.today()
    start = max(today + timedelta(days=1), period.first_day)
    left = (
        len(period_business_days(start, period.last_day, session.closed_days))
        if start <= period.last_day
        else 0
    )
    try:
        kgi = proposed_kgi(root.target, mode, amount)
    except ValidationError:
        kgi = None
    following = next_period(period, session.plan.fiscal_start_month)
    return NextPeriodPreview(period, today, left, following, kgi)
