"""Schema step 2: records of calendars and invitations sent, added to version-1 files."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from planner.domain.model import Plan
from planner.errors import StorageError
from planner.storage import SCHEMA_VERSION, PlanStore, open_plan_file
from planner.storage.migrations import STEPS
from planner.storage.sent import Channel, ItemRecord, SentRecord, SentStore
from tests.storage.old_files import table_rows, without_later_fields, write_old_plan_file


def _version_1_file(path: Path, plan: Plan) -> None:
    """A plan file exactly as version 1 of the schema wrote it."""
    write_old_plan_file(path, plan, 1)


def _version(path: Path) -> int:
    connection = sqlite3.connect(str(path))
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


def _tables(path: Path) -> set[str]:
    connection = sqlite3.connect(str(path))
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {row[0] for row in rows}
    finally:
        connection.close()


def test_schema_version_is_4() -> None:
    assert SCHEMA_VERSION == len(STEPS) == 4


def test_a_version_1_file_is_upgraded_with_its_plan_intact(tmp_path: Path, cica: Plan) -> None:
    path = tmp_path / "old.summit"
    _version_1_file(path, cica)
    assert _version(path) == 1
    assert "calendar_sent" not in _tables(path)
    db = open_plan_file(path)
    try:
        assert PlanStore(db).load() == without_later_fields(cica)
        store = SentStore(db)
        assert store.items() == {} and store.counts() == {"calendar_item": 0, "calendar_sent": 0}
    finally:
        db.close()
    assert _version(path) == SCHEMA_VERSION
    assert {"calendar_item", "calendar_sent"} <= _tables(path)


def test_records_round_trip_and_outlive_the_items(tmp_path: Path, cica: Plan) -> None:
    path = tmp_path / "old.summit"
    _version_1_file(path, cica)
    db = open_plan_file(path)
    try:
        item = ItemRecord("s-dinner", "s-dinner@cica.summit-planner", 3, "abc", False, "t")
        sent = SentRecord(
            Channel.INVITATION, "delegation:kz", "s-dinner", item.uid, 3, "abc", False, "{}", "t"
        )
        with db.atomic():
            SentStore(db).put_items([item])
            SentStore(db).put_sent([sent])
        plan_store = PlanStore(db)
        with plan_store.transaction():
            plan_store.write_plan(
                replace(
                    cica,
                    sessions=tuple(s for s in cica.sessions if s.id != "s-dinner"),
                    schedule=tuple(p for p in cica.schedule if p.item != "s-dinner"),
                )
            )
        store = SentStore(db)
        assert store.items() == {"s-dinner": item}
        assert store.sent(Channel.INVITATION, "delegation:kz") == {"s-dinner": sent}
        assert store.sent(Channel.CALENDAR, "delegation:kz") == {}
        with db.atomic():
            store.put_items([ItemRecord(item.item, item.uid, 4, "def", True, "u")])
        assert store.items()["s-dinner"].sequence == 4
        assert store.items()["s-dinner"].cancelled
    finally:
        db.close()


def test_a_failing_step_2_leaves_the_file_at_version_1(tmp_path: Path, cica: Plan) -> None:
    path = tmp_path / "odd.summit"
    _version_1_file(path, cica)
    connection = sqlite3.connect(str(path))
    connection.execute("CREATE TABLE calendar_item (x)")  # in the way of step 2
    connection.commit()
    connection.close()
    before = table_rows(path)
    with pytest.raises(StorageError):
        open_plan_file(path)
    assert _version(path) == 1
    assert table_rows(path) == before


def test_a_newer_file_is_still_refused(tmp_path: Path, cica: Plan) -> None:
    path = tmp_path / "new.summit"
    _version_1_file(path, cica)
    connection = sqlite3.connect(str(path))
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="newer version of Summit Planner"):
        open_plan_file(path)
    assert path.read_bytes() == before
