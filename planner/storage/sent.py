"""Records of the calendars and invitations written from a plan (schema step 2).

``calendar_item`` keeps, per item, its UID for life and the SEQUENCE and
digest last published anywhere; ``calendar_sent`` keeps, per channel
(``calendar`` or ``invitation``), per scope (``event``, ``delegation:kz``…)
and per item, what those recipients were last given, with a snapshot of it so
that an item deleted since can still be cancelled. Neither table refers to the
plan's tables: they outlive the items they record. Call the writers inside
:meth:`planner.storage.PlanStore.transaction`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

import sqlite_utils


class Channel(StrEnum):
    CALENDAR = "calendar"
    INVITATION = "invitation"


@dataclass(frozen=True)
class ItemRecord:
    """The last published state of one item."""

    item: str
    uid: str
    sequence: int
    fingerprint: str
    cancelled: bool
    changed_at: str


@dataclass(frozen=True)
class SentRecord:
    """What one audience was last given of one item."""

    channel: Channel
    scope: str
    item: str
    uid: str
    sequence: int
    fingerprint: str
    cancelled: bool
    snapshot: str
    sent_at: str


class SentStore:
    """Reads and writes the records of what was sent, on an open plan database."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def items(self) -> dict[str, ItemRecord]:
        """Every item ever published, keyed by item id."""
        rows = self.db.execute(
            "SELECT item, uid, sequence, fingerprint, cancelled, changed_at "
            "FROM calendar_item ORDER BY item"
        ).fetchall()
        return {
            row[0]: ItemRecord(row[0], row[1], int(row[2]), row[3], bool(row[4]), row[5])
            for row in rows
        }

    def put_items(self, records: Iterable[ItemRecord]) -> None:
        self.db.conn.executemany(
            "INSERT INTO calendar_item (item, uid, sequence, fingerprint, cancelled, changed_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (item) DO UPDATE SET uid = excluded.uid, "
            "sequence = excluded.sequence, fingerprint = excluded.fingerprint, "
            "cancelled = excluded.cancelled, changed_at = excluded.changed_at",
            [
                (r.item, r.uid, r.sequence, r.fingerprint, int(r.cancelled), r.changed_at)
                for r in records
            ],
        )

    def sent(self, channel: Channel, scope: str) -> dict[str, SentRecord]:
        """What the audience ``scope`` was given on ``channel``, keyed by item id."""
        rows = self.db.execute(
            "SELECT item, uid, sequence, fingerprint, cancelled, snapshot, sent_at "
            "FROM calendar_sent WHERE channel = ? AND scope = ? ORDER BY item",
            [channel.value, scope],
        ).fetchall()
        return {
            row[0]: SentRecord(
                channel, scope, row[0], row[1], int(row[2]), row[3], bool(row[4]), row[5], row[6]
            )
            for row in rows
        }

    def put_sent(self, records: Iterable[SentRecord]) -> None:
        self.db.conn.executemany(
            "INSERT INTO calendar_sent (channel, scope, item, uid, sequence, fingerprint, "
            "cancelled, snapshot, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (channel, scope, item) DO UPDATE SET uid = excluded.uid, "
            "sequence = excluded.sequence, fingerprint = excluded.fingerprint, "
            "cancelled = excluded.cancelled, snapshot = excluded.snapshot, "
            "sent_at = excluded.sent_at",
            [
                (
                    r.channel.value,
                    r.scope,
                    r.item,
                    r.uid,
                    r.sequence,
                    r.fingerprint,
                    int(r.cancelled),
                    r.snapshot,
                    r.sent_at,
                )
                for r in records
            ],
        )

    def counts(self) -> dict[str, int]:
        """How many records each table holds."""
        return {
            table: self.db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
            for table in ("calendar_item", "calendar_sent")
        }
