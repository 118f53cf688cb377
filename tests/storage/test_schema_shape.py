"""The shape a plan file is checked against is the one the migrations make."""

from kpidesk.storage.schema_shape import SCHEMA_SHAPE, migrated_shape


def test_the_written_out_shape_is_what_every_migration_makes():
    """A new migration (a table, a column, a NOT NULL) needs SCHEMA_SHAPE written out again:
    without it, a plan the new version writes would be refused as damaged, or a file missing
    the new column would be let in."""
    made = migrated_shape()
    assert list(made) == list(SCHEMA_SHAPE)  # tables, in the order they are checked
    assert made == SCHEMA_SHAPE

