"""Each KPI's SMART record: owner, definition, data source, and the user's ticks and notes."""

from __future__ import annotations

import json

from sqlite_utils import Database

from kpidesk.domain.smart import SmartRecord
from kpidesk.storage.rows import upsert_row


class SmartStore:
    """Reads and writes the smart table (inside the caller's transaction)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self) -> dict[int, SmartRecord]:
        return {row["node_id"]: _record(row) for row in self.db.query("SELECT * FROM smart")}

    def put(self, node_id: int, record: SmartRecord | None) -> None:
        if record is None:
            self.db.execute("DELETE FROM smart WHERE node_id = ?", [node_id])
            return
        upsert_row(
            self.db,
            "smart",
            {
                "node_id": node_id,
                "owner": record.owner,
                "definition": record.definition,
                "source": record.source,
                "ticks": json.dumps(dict(record.ticks), sort_keys=True),
                "notes": json.dumps(dict(record.notes), ensure_ascii=False, sort_keys=True),
            },
            ["node_id"],
        )


def _record(row: dict) -> SmartRecord:
    return SmartRecord(
        owner=row["owner"],
        definition=row["definition"],
        source=row["source"],
        ticks=tuple(sorted(json.loads(row["ticks"]).items())),
        notes=tuple(sorted(json.loads(row["notes"]).items())),
    )
