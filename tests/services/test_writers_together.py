"""Writers of one plan file never undo each other's work.

Each writer reads the plan inside its own write transaction and writes only
what it changes; a long job (a scheduler run) applies its result only to the
plan it started from. These are the cases that lost work before.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from planner.cli import main
from planner.domain.edits import Kind
from planner.domain.operations import ApplySchedule, set_fields
from planner.errors import ConflictError, PlanChangedError
from planner.services import PlanService, schedule
from planner.storage import database
from tests.plan_files import fresh, revision_of


@pytest.fixture
def document_path(plan_path: Path, tmp_path: Path) -> Path:
    """The plan as summit-plan JSON, with a renamed event and venue (an officer's update)."""
    path = tmp_path / "update.json"
    assert main(["export", str(plan_path), str(path)]) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    data["event"]["name"] = "Sixth CICA Ministerial (updated)"
    data["venues"][0]["name"] = "Hall of Independence"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _while_solving(
    monkeypatch: pytest.MonkeyPatch, meanwhile: Callable[[], None]
) -> list[int]:
    """Run ``meanwhile`` (another writer) once, while the next scheduler run solves."""
    real = schedule.compute_schedule
    calls: list[int] = []

    def solving(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        calls.append(1)
        if len(calls) == 1:
            meanwhile()
        return result

    monkeypatch.setattr(schedule, "compute_schedule", solving)
    return calls


def test_an_import_while_schedule_runs_is_kept_and_schedule_writes_nothing(
    plan_path: Path,
    document_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    imported: list[Any] = []

    def import_replace() -> None:
        assert main(["import", str(document_path), str(plan_path), "--replace"]) == 0
        imported.append(fresh(plan_path))

    _while_solving(monkeypatch, import_replace)
    code = main(["schedule", str(plan_path), "--time-limit", "2"])
    err = capsys.readouterr().err
    assert code == 1
    assert (
        "the plan changed while the schedule was being built: nothing was written; run it again"
        in err
    )
    after = fresh(plan_path)
    assert after == imported[0]
    assert after.event.name == "Sixth CICA Ministerial (updated)"
    assert after.venues[0].name == "Hall of Independence"


def test_a_second_schedule_run_is_not_reverted_by_the_first(
    plan_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    service = PlanService.open(plan_path)
    try:
        service.apply(ApplySchedule(()))  # everything to place again
    finally:
        service.close()
    second: list[Any] = []

    def replan() -> None:
        assert main(["schedule", str(plan_path), "--time-limit", "2"]) in (0, 1)
        second.append(fresh(plan_path))

    _while_solving(monkeypatch, replan)
    code = main(["schedule", str(plan_path), "--replan", "--time-limit", "2"])
    err = capsys.readouterr().err
    assert code == 1
    assert "nothing was written" in err
    assert second[0].schedule, "the run that finished first wrote its schedule"
    assert fresh(plan_path) == second[0]


@pytest.fixture
def held_plan(plan_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of writing the plan (it holds the write lock)."""
    monkeypatch.setattr(database, "_BUSY_TIMEOUT_MS", 300)
    holder = sqlite3.connect(str(plan_path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    yield holder
    holder.execute("ROLLBACK")
    holder.close()


def _digest(path: Path) -> bytes:
    return path.read_bytes()


@pytest.mark.usefixtures("held_plan")
def test_import_replace_on_a_busy_plan_says_so(
    plan_path: Path, document_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fresh(plan_path)
    code = main(["import", str(document_path), str(plan_path), "--replace"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{plan_path}: the plan is in use by another program; try again" in err
    assert "unexpected" not in err and "OperationalError" not in err
    assert fresh(plan_path) == before


@pytest.mark.usefixtures("held_plan")
def test_import_people_on_a_busy_plan_says_so(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text("Delegation,Given name,Family name\nIndia,Asha,Rao\n", encoding="utf-8")
    code = main(["import-people", str(plan_path), str(sheet)])
    err = capsys.readouterr().err
    assert code == 2
    assert "the plan is in use by another program; try again" in err
    assert "unexpected" not in err


@pytest.mark.usefixtures("held_plan")
def test_schedule_on_a_busy_plan_says_so_before_it_solves(
    plan_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = _while_solving(monkeypatch, lambda: None)
    code = main(["schedule", str(plan_path), "--time-limit", "30"])
    err = capsys.readouterr().err
    assert code == 2
    assert "the plan is in use by another program; try again" in err
    assert calls == [], "no time was spent solving"


def test_ctrl_c_during_schedule_writes_nothing_and_says_so(plan_path: Path) -> None:
    before = revision_of(plan_path)
    plan_before = fresh(plan_path)
    environment = {**os.environ, "PYTHONUNBUFFERED": "1"}
    child = subprocess.Popen(
        [sys.executable, "-m", "planner", "schedule", str(plan_path), "--time-limit", "60"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        assert child.stderr is not None
        # The progress lines show the search is under way (and has a result to lose).
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = child.stderr.readline()
            if " s  score" in line:
                break
        else:
            pytest.fail("the scheduler never reported progress")
        time.sleep(1.5)
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 130, err
    assert "interrupted: nothing was written to the plan" in err
    assert "wrote the schedule" not in out
    assert revision_of(plan_path) == before
    assert fresh(plan_path) == plan_before


def test_every_committed_change_raises_the_revision(service: PlanService, plan_path: Path) -> None:
    start = service.revision
    venue = service.plan.venues[0]
    service.apply(set_fields(Kind.VENUE, venue.id, capacity=venue.capacity + 1))
    assert service.revision == start + 1 == revision_of(plan_path)
    service.apply(set_fields(Kind.VENUE, venue.id, capacity=venue.capacity + 1))
    assert service.revision == start + 1, "a change that changes nothing commits nothing"


def test_a_schedule_result_applies_only_to_the_revision_it_was_built_on(
    service: PlanService, plan_path: Path
) -> None:
    revision = service.revision
    other = PlanService.open(plan_path)
    try:
        venue = other.plan.venues[1]
        other.apply(set_fields(Kind.VENUE, venue.id, name="Renamed meanwhile"))
    finally:
        other.close()
    with pytest.raises(PlanChangedError, match="nothing was written"):
        service.apply(ApplySchedule((), revision))
    assert fresh(plan_path).schedule == service.plan.schedule != ()
    assert service.plan.venues[1].name == "Renamed meanwhile"


def test_an_edit_reads_the_plan_another_program_changed(
    service: PlanService, plan_path: Path
) -> None:
    plan = service.plan  # read before the other program writes
    other = PlanService.open(plan_path)
    try:
        moved = plan.schedule[0]
        other.unplace(moved.item)
    finally:
        other.close()
    venue = plan.venues[0]
    service.apply(set_fields(Kind.VENUE, venue.id, capacity=venue.capacity + 5))
    after = fresh(plan_path)
    assert moved.item not in after.placement_by_item, "the other program's change stands"
    assert after.venue_by_id[venue.id].capacity == venue.capacity + 5
    assert service.plan == after


def test_poll_reports_what_another_program_changed(service: PlanService, plan_path: Path) -> None:
    assert service.poll() is None
    other = PlanService.open(plan_path)
    try:
        delegation = other.plan.delegations[2]
        other.apply(set_fields(Kind.DELEGATION, delegation.id, name="Renamed elsewhere"))
    finally:
        other.close()
    external = service.poll()
    assert external is not None
    assert external.changes.delegations and not external.changes.schedule
    assert external.changes.keys == {(Kind.DELEGATION, delegation.id)}
    assert service.plan.delegation_by_id[delegation.id].name == "Renamed elsewhere"
    assert service.poll() is None


def test_undoing_an_edit_keeps_what_others_changed_in_the_same_entity(
    service: PlanService, plan_path: Path
) -> None:
    from planner.domain.operations import ApplyEdit

    venue = service.plan.venues[0]
    applied = service.apply(set_fields(Kind.VENUE, venue.id, capacity=venue.capacity + 7))
    other = PlanService.open(plan_path)
    try:
        other.apply(set_fields(Kind.VENUE, venue.id, name="Renamed meanwhile"))
    finally:
        other.close()
    service.apply(ApplyEdit(applied.edit.inverse()))
    after = fresh(plan_path).venue_by_id[venue.id]
    assert after == replace(venue, name="Renamed meanwhile")


def test_an_undo_of_a_field_someone_else_changed_is_refused(
    service: PlanService, plan_path: Path
) -> None:
    from planner.domain.operations import ApplyEdit

    venue = service.plan.venues[0]
    applied = service.apply(set_fields(Kind.VENUE, venue.id, capacity=120))
    other = PlanService.open(plan_path)
    try:
        other.apply(set_fields(Kind.VENUE, venue.id, capacity=150))
    finally:
        other.close()
    with pytest.raises(ConflictError, match="was changed in the meantime"):
        service.apply(ApplyEdit(applied.edit.inverse()))
    assert fresh(plan_path).venue_by_id[venue.id].capacity == 150
