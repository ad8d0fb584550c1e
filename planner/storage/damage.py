"""Stored values that are not a plan: each one found and named by table, id and field.

SQLite lets any column hold any type, and a tampered file can hold any text.
Reading a plan first looks for values of the wrong storage type
(:func:`mistyped_values`), then collects every row that cannot be read
(:class:`RowReader`); :class:`DamagedPlanError` names them all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import sqlite_utils

from planner.domain.model import Plan
from planner.errors import Problem, StorageError
from planner.storage.rows import FieldError, Row

T = TypeVar("T")

# Every table of the plan, with the column that names a row of it in messages.
_PLAN_TABLES = (
    ("event", "id"),
    ("venue", "id"),
    ("delegation", "id"),
    ("person", "id"),
    ("session", "id"),
    ("session_delegation", "session"),
    ("session_person", "session"),
    ("request", "id"),
    ("placement", "item"),
)
# The summit-plan list that each table's rows become, in the same order.
_TABLE_OF_LIST = {
    "venues": "venue",
    "delegations": "delegation",
    "people": "person",
    "sessions": "session",
    "bilateral_requests": "request",
    "schedule": "placement",
}
# The column that holds a summit-plan key, where the two names differ.
_COLUMN_OF_KEY = {
    "from": "from_delegation",
    "to": "to_delegation",
    "window.earliest": "window_earliest",
    "window.latest": "window_latest",
    "fixed.start": "fixed_start",
    "fixed.venue": "fixed_venue",
    "organizer.name": "organizer_name",
    "organizer.email": "organizer_email",
    "precedence.order": "precedence_order",
    "precedence.first": "precedence_first",
}


class DamagedPlanError(StorageError):
    """Stored values that are not a plan, each named by table, id and field."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        lines = [str(problem) for problem in self.problems[:_PROBLEMS_SHOWN]]
        if len(self.problems) > _PROBLEMS_SHOWN:
            lines.append(f"… and {len(self.problems) - _PROBLEMS_SHOWN} more")
        super().__init__(
            "the plan file holds values that are not a plan:\n"
            + "\n".join(f"  {line}" for line in lines)
        )


_PROBLEMS_SHOWN = 20


def _where(table: str, key: object, field: str) -> str:
    return (
        f"table {table}, id {key!r}, field {field}"
        if table != "event"
        else f"table event, field {field}"
    )


def _stored_type(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bytes):
        return "a BLOB"
    if isinstance(value, float):
        return "a real number"
    if isinstance(value, int):
        return "a whole number"
    return "text"


def stored_place(plan: Plan, json_path: str) -> str:
    """Where a summit-plan path (``venues[2].capacity``) is kept in the file."""
    head, _, rest = json_path.partition(".")
    if head == "event":
        return _where("event", plan.event.id, _COLUMN_OF_KEY.get(rest, rest))
    name, _, index_text = head.partition("[")
    table = _TABLE_OF_LIST.get(name)
    items: tuple[Any, ...] = getattr(plan, "requests" if name == "bilateral_requests" else name, ())
    if table is None or not index_text.rstrip("]").isdigit():
        return json_path
    index = int(index_text.rstrip("]"))
    if index >= len(items):
        return json_path
    key = items[index].item if table == "placement" else items[index].id
    return _where(table, key, _COLUMN_OF_KEY.get(rest, rest))


_READ_ERRORS = (ValueError, KeyError, TypeError, AttributeError, OverflowError)


def read_row(table: str, row: Row, read: Callable[[Row], T], field: str | None = None) -> T:
    try:
        return read(row)
    except _READ_ERRORS as error:
        raise DamagedPlanError([_row_problem(table, row, error, field)]) from None


def _row_problem(table: str, row: Row, error: Exception, field: str | None = None) -> Problem:
    key = row.get("item", row.get("id"))
    if field is None and isinstance(error, FieldError):
        field = error.field
    if field is None:
        # Name the field whose value the error quotes, where it quotes one.
        text = str(error)
        field = next(
            (
                name
                for name, value in row.items()
                if isinstance(value, str) and value and repr(value) in text
            ),
            "(row)",
        )
    return Problem(_where(table, key, field), f"cannot be read ({error})")


class RowReader:
    """Reads rows into the model, collecting every row that cannot be read."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def all(self, table: str, rows: Iterable[Row], read: Callable[[Row], T]) -> tuple[T, ...]:
        result = []
        for row in rows:
            try:
                result.append(read(row))
            except _READ_ERRORS as error:
                self.problems.append(_row_problem(table, row, error))
        return tuple(result)


def mistyped_values(db: sqlite_utils.Database) -> list[Problem]:
    """Values whose storage type is not their column's (the file's own schema says which).

    SQLite lets any column hold any type; a tampered file can have text in a
    capacity or a BLOB for a title.
    """
    problems: list[Problem] = []
    for table, key in _PLAN_TABLES:
        columns = db.execute(f"PRAGMA table_info([{table}])").fetchall()
        tests = []
        for _cid, name, declared, not_null, _default, _pk in columns:
            allowed = {"INTEGER": "integer", "TEXT": "text"}.get(declared)
            if allowed is not None:
                nullable = "" if not_null else ", 'null'"
                tests.append(
                    (
                        name,
                        allowed,
                        bool(not_null),
                        f"typeof([{name}]) NOT IN ('{allowed}'{nullable})",
                    )
                )
        if not tests:
            continue
        condition = " OR ".join(test[3] for test in tests)
        names = [column[1] for column in columns]
        for row in db.execute(f"SELECT * FROM [{table}] WHERE {condition}"):
            values = dict(zip(names, row, strict=True))
            for name, allowed, not_null, _test in tests:
                value = values[name]
                expected = int if allowed == "integer" else str
                if isinstance(value, expected) or (value is None and not not_null):
                    continue
                what = "a whole number" if allowed == "integer" else "text"
                problems.append(
                    Problem(
                        _where(table, values.get(key), name),
                        f"must be {what}, found {_stored_type(value)}",
                    )
                )
    return problems
