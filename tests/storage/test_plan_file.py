"""The plan file: round trips, row-level writes, refusals that leave files untouched."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from planner.domain.model import Person, Plan, Rank, Role
from planner.errors import ConflictError, StorageError
from planner.interchange import dump_plan
from planner.services import PlanService
from planner.storage import APPLICATION_ID, SCHEMA_VERSION, PlanStore, open_plan_file


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_plan_survives_the_file_unchanged(tmp_path: Path, cica: Plan) -> None:
    service = PlanService.create(tmp_path / "a.summit", cica)
    assert dump_plan(service.plan) == dump_plan(cica)
    service.close()


def test_file_is_marked_and_journaled(plan_path: Path) -> None:
    connection = sqlite3.connect(plan_path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()


def test_foreign_keys_are_enforced(service: PlanService) -> None:
    with pytest.raises(sqlite3.IntegrityError), service.store.transaction():
        service.store.db.execute(
            "INSERT INTO person (id, sort_order, delegation, given_name, family_name, rank, role)"
            " VALUES ('x', 0, 'atlantis', 'A', 'B', 'staff', 'member')"
        )
    assert "x" not in service.plan.person_by_id


def test_an_edit_writes_only_the_rows_that_changed(service: PlanService) -> None:
    plan = service.plan
    renamed = replace(plan.venues[0], name="Grand Hall")
    statements: list[str] = []
    service.store.db.conn.set_trace_callback(statements.append)
    service.replace_from_document(replace(plan, venues=(renamed, *plan.venues[1:])))
    service.store.db.conn.set_trace_callback(None)
    writes = [
        s.split()[2].strip('"')
        for s in statements
        if s.upper().startswith(("INSERT INTO", "DELETE FROM"))
        and not s.split()[2].strip('"').startswith("t")
    ] + [s.split()[1].strip('"[]') for s in statements if s.upper().startswith("UPDATE")]
    assert writes == ["venue", "plan_revision"]
    assert service.plan.venues[0].name == "Grand Hall"


def test_heads_can_swap_in_one_update(service: PlanService) -> None:
    plan = service.plan
    delegation = plan.delegations[0].id
    head = plan.head_of(delegation)
    assert head is not None
    other = next(p for p in plan.people_by_delegation[delegation] if p.role is not Role.HEAD)
    swapped = tuple(
        replace(p, role=Role.MEMBER)
        if p.id == head.id
        else replace(p, role=Role.HEAD)
        if p.id == other.id
        else p
        for p in plan.people
    )
    service.replace_from_document(replace(plan, people=swapped))
    new_head = service.plan.head_of(delegation)
    assert new_head is not None and new_head.id == other.id


def test_a_failed_change_leaves_nothing_behind(
    service: PlanService, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = service.plan
    extra = Person("new", plan.delegations[0].id, "New", "Person", Rank.STAFF, Role.MEMBER)
    changed = replace(
        plan,
        people=(*plan.people, extra),
        venues=(*plan.venues[:-1], replace(plan.venues[-1], name="Renamed")),
    )

    written: list[object] = []
    write_change = service.store._write_change

    def fail_midway(change: object, zone: object) -> None:
        if written:
            raise OSError("disk full")
        written.append(change)
        write_change(change, zone)  # type: ignore[arg-type]

    # The first row is written by then; the second fails.
    monkeypatch.setattr(service.store, "_write_change", fail_midway)
    with pytest.raises(OSError, match="disk full"):
        service.replace_from_document(changed)
    assert dump_plan(service.plan) == dump_plan(plan)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (
            b"garbage, not a plan at all\n" * 10,
            "not a Summit Planner plan (not an SQLite database)",
        ),
        (b"SQLite format 3\x00" + b"\x00" * 20, "truncated"),
    ],
    ids=["empty", "garbage", "short-header"],
)
def test_files_that_are_not_plans_are_refused(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "bad.summit"
    path.write_bytes(content)
    with pytest.raises(StorageError, match=re.escape(expected)) as caught:
        open_plan_file(path)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.summit"]


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="no such file"):
        open_plan_file(tmp_path / "absent.summit")
    with pytest.raises(StorageError, match="is a folder"):
        open_plan_file(tmp_path)


def _settled(plan_path: Path) -> None:
    """Fold the WAL into the main file, as a closed plan file is at rest."""
    connection = sqlite3.connect(plan_path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()


def test_a_file_from_a_newer_version_is_refused_untouched(plan_path: Path) -> None:
    connection = sqlite3.connect(plan_path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    _settled(plan_path)
    before = _digest(plan_path)
    with pytest.raises(StorageError, match="newer version of Summit Planner"):
        open_plan_file(plan_path)
    assert _digest(plan_path) == before


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "contacts.summit"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contact (name TEXT)")
    connection.commit()
    connection.close()
    before = _digest(path)
    with pytest.raises(StorageError, match="another program"):
        open_plan_file(path)
    assert _digest(path) == before


def test_a_truncated_file_is_refused_untouched(plan_path: Path) -> None:
    _settled(plan_path)
    data = plan_path.read_bytes()
    plan_path.write_bytes(data[: len(data) // 2])
    before = _digest(plan_path)
    with pytest.raises(StorageError, match="truncated"):
        open_plan_file(plan_path)
    assert _digest(plan_path) == before


def test_a_corrupt_page_is_refused_untouched(plan_path: Path) -> None:
    _settled(plan_path)
    data = bytearray(plan_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 2, page_size * 4):
        data[offset] = 0x5A
    plan_path.write_bytes(bytes(data))
    before = _digest(plan_path)
    with pytest.raises(StorageError, match="corrupt"):
        PlanService.open(plan_path)
    assert _digest(plan_path) == before


def test_create_leaves_no_partial_file_when_it_fails(
    tmp_path: Path, cica: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_write(self: PlanStore, plan: Plan) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(PlanStore, "write_plan", broken_write)
    with pytest.raises(OSError, match="disk full"):
        PlanService.create(tmp_path / "new.summit", cica)
    assert list(tmp_path.iterdir()) == []


def test_save_copy_keeps_everything_the_file_knows(service: PlanService, tmp_path: Path) -> None:
    item = service.plan.schedule[0].item
    service.set_locked(item, True)
    with service.store.transaction():
        service.store.db.execute(
            "INSERT INTO calendar_item VALUES ('beyond', 'beyond@the.format', 0, 'f', 0, 'now')"
        )
    target = tmp_path / "copy.summit"
    target.write_bytes(b"an old file in the way")

    service.save_copy(target)

    copy = PlanService.open(target)
    assert dump_plan(copy.plan) == dump_plan(service.plan)
    assert copy.plan.placement_by_item[item].locked
    assert copy.store.db.execute("SELECT uid FROM calendar_item").fetchone()[0] == (
        "beyond@the.format"
    )
    copy.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_save_copy_refuses_the_open_file(service: PlanService, plan_path: Path) -> None:
    with pytest.raises(ConflictError, match="is the plan that is open"):
        service.save_copy(plan_path)


@pytest.mark.parametrize(
    ("tamper", "expected"),
    [
        (
            "UPDATE delegation SET kind = 'empire'",
            "table delegation, id 'kz', field kind: cannot be read ('empire' is not a valid",
        ),
        (
            "UPDATE delegation SET arrival = 'yesterday'",
            "table delegation, id 'kz', field arrival: cannot be read",
        ),
        ("UPDATE event SET timezone = 'Mars/Base'", "unknown time zone 'Mars/Base'"),
        (
            "UPDATE venue SET features = 'not json'",
            "table venue, id 'v-akorda', field features: cannot be read (not a JSON list",
        ),
        ("DROP TABLE placement", "its structure was changed: index placement_venue missing"),
        ("DELETE FROM event", "holds no event"),
    ],
)
def test_a_plan_file_with_tampered_rows_is_refused_by_name(
    plan_path: Path, tamper: str, expected: str
) -> None:
    connection = sqlite3.connect(plan_path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute(tamper)
    connection.commit()
    connection.close()
    with pytest.raises(StorageError, match=re.escape(expected)) as caught:
        PlanService.open(plan_path)
    assert str(plan_path) in str(caught.value)
