"""Use cases of KPI Desk: each one transaction, each returning what changed."""
