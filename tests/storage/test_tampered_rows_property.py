"""Rows tampered in SQLite at random: every command answers in words, never with a traceback."""

from __future__ import annotations

import contextlib
import io
import shutil
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.app import main
from planner.services import create_demo

_TABLES = (
    "event",
    "venue",
    "delegation",
    "person",
    "session",
    "session_delegation",
    "session_person",
    "request",
    "placement",
    "calendar_item",
    "calendar_sent",
    "plan_revision",
)

_TEMPLATE_FOLDER = Path(tempfile.mkdtemp(prefix="tampered-"))
_TEMPLATE = _TEMPLATE_FOLDER / "template.summit"
create_demo(_TEMPLATE)


def _columns(table: str) -> list[str]:
    connection = sqlite3.connect(_TEMPLATE)
    try:
        return [row[1] for row in connection.execute(f"PRAGMA table_info([{table}])")]
    finally:
        connection.close()


_COLUMNS = {table: _columns(table) for table in _TABLES}

_values = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.sampled_from([0, -1, 1, 7, 1441, 10**12]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            "0001-01-01T00:00:00+06:00",
            "9999-12-31T23:59:00-12:00",
            "9999-12-31",
            "0001-01-01",
            "2021-10-11T25:00:00",
            "24:00",
            "[]",
            "[1, 2]",
            '["wifi", "nonsense"]',
            '[{"start": "x"}]',
            "{}",
            "null",
            "Mars/Base",
            "head",
            "member",
            "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
            "x" * 2000,
        ]
    ),
    st.binary(max_size=16),
)

_tamper = st.tuples(
    st.sampled_from(_TABLES).flatmap(
        lambda table: st.tuples(st.just(table), st.sampled_from(_COLUMNS[table]))
    ),
    st.integers(min_value=0, max_value=60),
    _values,
)

_COMMANDS = (
    ("info",),
    ("check",),
    ("export", "{out}/plan.json"),
    ("schedule", "--time-limit", "0.5"),
    ("ics", "{out}/plan.ics"),
    ("invites", "{out}/invitations"),
    ("export-roster", "{out}/roster.csv"),
    ("print", "{out}/programme.pdf", "--what", "programme"),
)


def _apply(path: Path, changes: list[tuple[tuple[str, str], int, object]]) -> bool:
    """Write the changes as another program could; False when SQLite itself refuses them all."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("PRAGMA ignore_check_constraints = ON")
    applied = False
    for (table, column), row, value in changes:
        try:
            connection.execute(
                f"UPDATE [{table}] SET [{column}] = ? WHERE rowid = "
                f"(SELECT rowid FROM [{table}] ORDER BY rowid LIMIT 1 OFFSET ?)",
                [value, row],
            )
            applied = True
        except sqlite3.Error:
            continue  # NOT NULL or UNIQUE: SQLite keeps those even from another program
    connection.commit()
    connection.close()
    return applied


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(changes=st.lists(_tamper, min_size=1, max_size=3), command=st.sampled_from(_COMMANDS))
def test_no_command_meets_an_unexpected_error_on_tampered_rows(
    qapp: object, changes: list[tuple[tuple[str, str], int, object]], command: tuple[str, ...]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        plan = Path(folder) / "plan.summit"
        shutil.copyfile(_TEMPLATE, plan)
        _apply(plan, changes)
        argv = [command[0], str(plan), *(part.format(out=folder) for part in command[1:])]
        errors, output = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(errors), contextlib.redirect_stdout(output):
            code = main(argv)
        assert "unexpected error" not in errors.getvalue(), (changes, argv, errors.getvalue())
        assert "Traceback" not in errors.getvalue()
        assert code in (0, 1, 2)
        if code == 2:
            assert errors.getvalue().startswith(f"summit-planner {command[0]}: ")
