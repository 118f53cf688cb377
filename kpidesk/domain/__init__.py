"""Pure-Python core of KPI Desk: plan tree, decomposition, validation (no Qt, no SQL)."""
