"""Nothing in the process that has a plan open reads that file through a second descriptor.

Closing such a descriptor drops the POSIX locks SQLite holds on the file; the
next program to open the plan then deletes its journal, and the open plan's
later changes are lost.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from planner.domain.edits import Kind
from planner.domain.operations import set_fields
from planner.errors import PlannerError
from planner.files import held_here, is_plan_file, read_input
from planner.services import PlanService, load_document


def _another_program_opens(plan_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "planner", "info", str(plan_path)], check=True, capture_output=True
    )


def test_looking_at_the_open_plan_keeps_its_locks(service: PlanService, plan_path: Path) -> None:
    venue = service.plan.venues[0]
    service.apply(set_fields(Kind.VENUE, venue.id, capacity=111))
    assert held_here(plan_path)
    assert is_plan_file(plan_path)
    with pytest.raises(PlannerError, match="is the plan that is open"):
        read_input(plan_path, "plan document")
    with pytest.raises(PlannerError, match="is the plan that is open"):
        load_document(plan_path)
    PlanService.open(plan_path).close()  # the same plan opened twice, as the window may
    _another_program_opens(plan_path)
    assert plan_path.with_name(plan_path.name + "-wal").exists()
    service.apply(set_fields(Kind.VENUE, venue.id, capacity=112))
    reader = PlanService.open(plan_path)
    try:
        assert reader.plan.venue_by_id[venue.id].capacity == 112
    finally:
        reader.close()


def test_a_plan_not_open_here_is_not_held(plan_path: Path, tmp_path: Path) -> None:
    assert not held_here(plan_path)
    assert is_plan_file(plan_path)
    other = tmp_path / "notes.txt"
    other.write_text("x", encoding="utf-8")
    assert read_input(other) == b"x"
