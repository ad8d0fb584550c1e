"""Save a Copy As…: a complete copy, replacing an old file whole, never the open one."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.errors import ConflictError
from planner.services import PlanService
from planner.services.copies import save_copy


def test_the_copy_holds_the_plan_with_its_locks(service: PlanService, tmp_path: Path) -> None:
    item = service.plan.schedule[0].item
    service.set_locked(item, True)
    target = save_copy(service.plan, tmp_path / "copy.summit", current=service.path)
    copy = PlanService.open(target)
    try:
        assert copy.plan == service.plan
    finally:
        copy.close()
    leftovers = [p.name for p in tmp_path.iterdir() if not p.name.startswith("cica.summit")]
    assert leftovers == ["copy.summit"]


def test_an_existing_file_is_replaced(service: PlanService, tmp_path: Path) -> None:
    target = tmp_path / "old.summit"
    target.write_bytes(b"not a plan")
    save_copy(service.plan, target)
    copy = PlanService.open(target)
    copy.close()


def test_the_open_plan_is_never_overwritten(service: PlanService) -> None:
    assert service.path is not None
    before = service.path.read_bytes()
    with pytest.raises(ConflictError, match="open"):
        save_copy(service.plan, service.path, current=service.path)
    assert service.path.read_bytes() == before
