"""Plan files as earlier versions of the schema wrote them."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import sqlite_utils

from planner.domain.model import Plan
from planner.storage import APPLICATION_ID, SCHEMA_VERSION, PlanStore
from planner.storage.migrations import STEPS


def memory_plan() -> sqlite_utils.Database:
    """An empty plan database of today's version, in memory."""
    return _made_by_steps(sqlite_utils.Database(memory=True, execute_plugins=False), SCHEMA_VERSION)


def _made_by_steps(db: sqlite_utils.Database, version: int) -> sqlite_utils.Database:
    """``db`` as the first ``version`` steps make a plan file, empty."""
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    with db.atomic():
        for step in STEPS[:version]:
            step(db)
        db.execute(f"PRAGMA user_version = {version}")
    return db


def without_later_fields(plan: Plan) -> Plan:
    """``plan`` with only what a version-3 file can hold (no order, names or titles)."""
    return replace(
        plan,
        delegations=tuple(replace(d, names=(), former_names=()) for d in plan.delegations),
        sessions=tuple(replace(s, after=(), titles=()) for s in plan.sessions),
    )


def write_old_plan_file(path: Path, plan: Plan, version: int) -> None:
    """A plan file at schema ``version`` holding what of ``plan`` that version can hold.

    The plan is written by today's code into memory and its rows copied,
    column by column, into a file made by the first ``version`` steps alone.
    """
    current = memory_plan()
    with current.atomic():
        PlanStore(current).write_plan(plan)
    db = _made_by_steps(sqlite_utils.Database(sqlite3.connect(str(path))), version)
    with db.atomic():
        db.execute("PRAGMA defer_foreign_keys = ON")
        for table in db.table_names():
            if table not in current.table_names():
                continue
            columns = [c.name for c in db.table(table).columns]
            rows = current.execute(f"SELECT {', '.join(columns)} FROM [{table}]").fetchall()
            placeholders = ", ".join("?" for _ in columns)
            db.execute(f"DELETE FROM [{table}]")
            for row in rows:
                db.execute(f"INSERT INTO [{table}] VALUES ({placeholders})", row)
    db.close()
    current.close()


def table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the file, for comparing a file before and after."""
    connection = sqlite3.connect(str(path))
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            name: sorted(connection.execute(f"SELECT * FROM [{name}]").fetchall(), key=repr)
            for name in names
        }
    finally:
        connection.close()
