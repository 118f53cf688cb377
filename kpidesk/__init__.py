"""KPI Desk: plan, track and review sales KPIs on the desktop."""

__version__ = "0.2.0"
