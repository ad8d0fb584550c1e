"""Hostile plan files: a file runs no code of its own, and a refused file is left as it was."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from planner.app import main
from planner.domain.model import Plan
from planner.errors import StorageError
from planner.services import PlanService, load_document
from planner.storage import APPLICATION_ID, SCHEMA_VERSION, open_plan_file
from planner.storage.migrations import STEPS
from tests.storage.old_files import without_later_fields, write_old_plan_file


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


def same_plan(path: Path, before: dict[str, str | None]) -> bool:
    """The plan file holds the same bytes, and any journal reading made beside it is empty."""
    after = fingerprint(path)
    empty = hashlib.sha256(b"").hexdigest()
    return after[path.name] == before[path.name] and all(
        after[name] in (before[name], empty) for name in after
    )


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
    plan_path: Path, cica: Plan, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_path.unlink()
    write_old_plan_file(plan_path, without_later_fields(cica), 2)
    tamper(plan_path, "UPDATE venue SET capacity = 0")
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


# Read-only media and full disks ----------------------------------------------------


def _mount(arguments: list[str]) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *arguments], capture_output=True).returncode == 0


@pytest.fixture
def read_only_copy(plan_path: Path, tmp_path: Path) -> Iterator[Path]:
    """The sample plan on a read-only mount (as on a write-protected stick)."""
    source = tmp_path / "source"
    source.mkdir()
    shutil.copyfile(plan_path, source / "cica.summit")
    media = tmp_path / "media"
    media.mkdir()
    if not _mount(["--bind", str(source), str(media)]):
        pytest.skip("needs to mount a folder (root)")
    try:
        if not _mount(["-o", "remount,ro,bind", str(media)]):
            pytest.skip("needs a read-only mount")
        yield media / "cica.summit"
    finally:
        subprocess.run(["umount", str(media)], check=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on a 2 MB disk of its own."""
    folder = tmp_path / "disk"
    folder.mkdir()
    if not _mount(["-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)]):
        pytest.skip("needs to mount a small disk (root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def fill(folder: Path, leave: int = 0) -> None:
    """Fill the disk of ``folder`` until ``leave`` bytes are free."""
    with (folder / "filler").open("wb") as stream:
        while shutil.disk_usage(folder).free > leave:
            try:
                stream.write(
                    b"\0" * max(4096, min(1 << 20, shutil.disk_usage(folder).free - leave))
                )
                stream.flush()
            except OSError:
                break


def test_a_plan_on_read_only_media_opens_for_reading(
    qapp: object, read_only_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fingerprint(read_only_copy)
    out = tmp_path / "out"
    out.mkdir()
    assert run(capsys, "info", read_only_copy)[0] == 0
    assert run(capsys, "check", read_only_copy)[0] == 0
    assert run(capsys, "export", read_only_copy, out / "plan.json")[0] == 0
    assert run(capsys, "print", read_only_copy, out / "roster.pdf", "--what", "roster")[0] == 0
    assert (out / "roster.pdf").read_bytes().startswith(b"%PDF-")
    code, printed, _err = run(capsys, "ics", read_only_copy, out / "plan.ics")
    assert code == 0 and "not recorded as sent: the plan is read-only" in printed
    assert (out / "plan.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    code, _out, err = run(capsys, "schedule", read_only_copy, "--time-limit", "1")
    assert code == 2
    assert (
        f"the plan is read-only ({read_only_copy} is on read-only media): nothing was changed"
        in (err)
    )
    code, _out, err = run(capsys, "import", out / "plan.json", read_only_copy, "--replace")
    assert code == 2 and "the plan is read-only (" in err and "nothing was changed" in err
    assert fingerprint(read_only_copy) == before


def test_an_edit_on_a_plan_opened_read_only_changes_nothing(plan_path: Path) -> None:
    before = fingerprint(plan_path)
    service = PlanService.open(plan_path, read_only=True)
    try:
        with pytest.raises(
            StorageError, match=r"the plan is read-only \(.*\): nothing was changed"
        ):
            service.unplace(service.plan.schedule[0].item)
    finally:
        service.close()
    assert same_plan(plan_path, before)


def test_a_full_disk_is_named_and_the_plan_kept(
    small_disk: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plan = small_disk / "cica.summit"
    assert run(capsys, "demo", plan)[0] == 0
    assert run(capsys, "export", plan, tmp_path / "plan.json")[0] == 0
    document = json.loads((tmp_path / "plan.json").read_text())
    for person in document["people"]:
        person["position"] = "Counsellor " + "x" * 400
    (tmp_path / "bigger.json").write_text(json.dumps(document))
    # Opened with room to spare, then the disk fills while the plan is open.
    service = PlanService.open(plan)
    fill(small_disk)
    before = fingerprint(plan)
    bigger, _warnings = load_document(tmp_path / "bigger.json")
    with pytest.raises(StorageError, match=r"^no space left on .*disk: nothing was changed$"):
        service.replace_from_document(bigger)
    service.close()
    assert fingerprint(plan)[plan.name] == before[plan.name]
    # Every command that would write says so, and reading still works.
    code, _out, err = run(capsys, "import", tmp_path / "bigger.json", plan, "--replace")
    assert code == 2 and "no space left on" in err and "nothing was changed" in err
    code, _out, err = run(capsys, "schedule", plan, "--time-limit", "30")
    assert code == 2 and "no space left on" in err and "nothing was changed" in err
    assert "status:" not in _out  # it learned before it solved
    assert run(capsys, "export", plan, tmp_path / "again.json")[0] == 0
    assert fingerprint(plan)[plan.name] == before[plan.name]


def test_an_immutable_file_says_it_is_read_only(
    plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.geteuid() != 0 or subprocess.run(["chattr", "+i", str(plan_path)]).returncode:
        pytest.skip("needs chattr +i (root)")
    try:
        before = fingerprint(plan_path)
        assert run(capsys, "info", plan_path)[0] == 0
        code, _out, err = run(capsys, "schedule", plan_path, "--time-limit", "1")
        assert code == 2
        assert f"the plan is read-only ({plan_path} cannot be written)" in err
        assert same_plan(plan_path, before)
    finally:
        subprocess.run(["chattr", "-i", str(plan_path)], check=True)


# Every stored value is checked on open ------------------------------------------------


@pytest.mark.parametrize(
    ("statements", "named"),
    [
        (
            ["UPDATE placement SET item = 'ghost', session = 'ghost' WHERE item = 's-briefing'"],
            "table placement, id 'ghost', field item: unknown session or bilateral request",
        ),
        (
            ["UPDATE venue SET capacity = 1000000000000 WHERE id = 'v-akorda'"],
            "table venue, id 'v-akorda', field capacity:",
        ),
        (
            ["UPDATE venue SET capacity = 'many' WHERE id = 'v-akorda'"],
            "table venue, id 'v-akorda', field capacity: must be a whole number, found text",
        ),
        (["UPDATE event SET slot_minutes = 0"], "table event, field slot_minutes:"),
        (
            ["UPDATE event SET slot_minutes = 7"],
            "table event, field slot_minutes: 7 is not one of 5, 10, 15, 30",
        ),
        (["UPDATE event SET changeover_minutes = -5"], "table event, field changeover_minutes:"),
        (
            ["UPDATE event SET day_end = '06:00'"],
            "table event, field day_end: the working day ends before it starts",
        ),
        (
            ["UPDATE request SET to_delegation = from_delegation WHERE id = 'br-001'"],
            "table request, id 'br-001', field to_delegation: a delegation cannot request a "
            "meeting with itself",
        ),
        (
            ["UPDATE session SET title = x'00ff' WHERE id = 's-briefing'"],
            "table session, id 's-briefing', field title: must be text, found a BLOB",
        ),
        (
            ["UPDATE session SET title = '   ' WHERE id = 's-briefing'"],
            "table session, id 's-briefing', field title: a session's title must not be empty",
        ),
        (
            ["UPDATE person SET remote = 2.5 WHERE sort_order = 0"],
            "field remote: must be a whole number, found a real number",
        ),
        (["DROP TABLE calendar_sent"], "its structure was changed: index calendar_sent_item"),
    ],
)
def test_a_tampered_value_is_named_by_table_id_and_field_and_nothing_is_written(
    plan_path: Path, capsys: pytest.CaptureFixture[str], statements: list[str], named: str
) -> None:
    tamper(plan_path, *statements)
    before = fingerprint(plan_path)
    output = plan_path.with_name("out.json")
    for command in (
        ["export", plan_path, output],
        ["schedule", plan_path, "--time-limit", "1"],
        ["check", plan_path],
    ):
        code, _out, err = run(capsys, *command)
        assert code == 2, err
        assert named in err
        assert "unexpected error" not in err
        assert fingerprint(plan_path) == before
    assert not output.exists()  # export never writes what import would refuse


def test_what_opens_exports_to_json_that_imports(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper(plan_path, "UPDATE person SET email = 'not an address' WHERE sort_order = 0")
    output = tmp_path / "out.json"
    assert run(capsys, "export", plan_path, output)[0] == 0
    code, _out, err = run(capsys, "import", output, tmp_path / "again.summit")
    assert code == 0, err
    assert "does not look like an e-mail address" in err
