"""The plan file: SQLite through sqlite-utils. The only package with SQL or table names."""
