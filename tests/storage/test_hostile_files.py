"""Hostile plan files: a file runs no code of its own, and a refused file is left as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from planner.app import main
from planner.storage import APPLICATION_ID, SCHEMA_VERSION, open_plan_file
from planner.storage.migrations import STEPS


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def fingerprint(path: Path) -> dict[str, str | None]:
    """The bytes of a plan file and of each journal beside it (None: absent)."""
    names = [path.name + suffix for suffix in ("", "-wal", "-journal")]
    return {
        name: hashlib.sha256((path.parent / name).read_bytes()).hexdigest()
        if (path.parent / name).exists()
        else None
        for name in names
    }


def tamper(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("PRAGMA ignore_check_constraints = ON")
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        (
            "CREATE TRIGGER wipe AFTER UPDATE ON placement BEGIN DELETE FROM person; END",
            "trigger wipe added",
        ),
        (
            "CREATE TRIGGER wipe2 AFTER INSERT ON placement BEGIN DELETE FROM person; END",
            "trigger wipe2 added",
        ),
        ("CREATE INDEX spare ON person(email)", "index spare added"),
        ("CREATE TABLE extra (value TEXT)", "table extra added"),
        ("ALTER TABLE person ADD COLUMN note TEXT", "table person differs"),
    ],
)
def test_a_file_whose_structure_was_changed_is_refused_and_untouched(
    plan_path: Path, capsys: pytest.CaptureFixture[str], statement: str, named: str
) -> None:
    tamper(plan_path, statement)
    before = fingerprint(plan_path)
    for command in (["schedule", plan_path, "--time-limit", "2"], ["info", plan_path]):
        code, _out, err = run(capsys, *command)
        assert code == 2
        assert f"{plan_path}: not a Summit Planner plan (its structure was changed: " in err
        assert named in err
        assert fingerprint(plan_path) == before


def test_a_view_in_place_of_a_table_is_refused(
    plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper(
        plan_path,
        "ALTER TABLE person RENAME TO person_rows",
        "CREATE VIEW person AS SELECT * FROM person_rows",
    )
    before = fingerprint(plan_path)
    code, _out, err = run(capsys, "export", plan_path, plan_path.with_suffix(".json"))
    assert code == 2
    assert "its structure was changed" in err and "view person added" in err
    assert fingerprint(plan_path) == before
    assert not plan_path.with_suffix(".json").exists()


def test_the_expected_structure_is_derived_from_the_migration_steps(plan_path: Path) -> None:
    # A file that the steps themselves wrote, at every version, is accepted.
    for version in range(1, SCHEMA_VERSION + 1):
        path = plan_path.with_name(f"v{version}.summit")
        connection = sqlite3.connect(path)
        db = sqlite_utils.Database(connection)
        for step in STEPS[:version]:
            step(db)
        connection.execute(f"PRAGMA user_version = {version}")
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.commit()
        connection.close()
        open_plan_file(path).close()


def test_a_file_with_our_id_and_no_tables_is_refused_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hollow.summit"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("CREATE TABLE scratch (x)")
    connection.execute("DROP TABLE scratch")
    connection.commit()
    connection.close()
    before = fingerprint(path)
    code, _out, err = run(capsys, "info", path)
    assert code == 2
    assert "not a Summit Planner plan (it holds no plan tables)" in err
    assert fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hollow.summit"]


def test_a_newer_file_with_a_journal_is_refused_and_its_journal_kept(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A newer program left committed changes in the journal (it was killed before closing).
    connection = sqlite3.connect(plan_path)
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.execute("UPDATE event SET name = 'Newer'")
    connection.commit()
    left = tmp_path / "left"
    left.mkdir()
    for name in (plan_path.name, plan_path.name + "-wal"):
        shutil.copyfile(plan_path.parent / name, left / name)
    connection.close()
    copied = left / plan_path.name
    before = fingerprint(copied)
    assert before[copied.name + "-wal"] is not None
    code, _out, err = run(capsys, "info", copied)
    assert code == 2 and "written by a newer version of Summit Planner" in err
    assert fingerprint(copied) == before


def test_an_older_file_refused_for_its_contents_is_not_migrated(
    plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper(
        plan_path,
        "DROP TABLE plan_revision",
        "PRAGMA user_version = 2",
        "UPDATE venue SET capacity = 0",
    )
    before = fingerprint(plan_path)
    code, _out, err = run(capsys, "info", plan_path)
    assert code == 2
    assert "table venue, id 'v-akorda', field capacity: 0 is less than the minimum of 1" in err
    assert fingerprint(plan_path) == before


def test_a_fifo_given_as_the_plan_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.summit"
    os.mkfifo(fifo)
    code, _out, err = run(capsys, "info", fifo)
    assert code == 2 and f"{fifo}: not a Summit Planner plan (not a regular file)" in err
