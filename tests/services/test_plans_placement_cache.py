"""After a one-placement edit the service keeps the plan it wrote: the same as a fresh read."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from planner.domain import times
from planner.errors import NotFoundError
from planner.services import PlanService


def fresh(path: Path) -> object:
    reader = PlanService.open(path)
    try:
        return reader.plan
    finally:
        reader.close()


@pytest.mark.parametrize("seed", range(3))
def test_edits_leave_the_plan_a_fresh_read_gives(
    service: PlanService, plan_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    plan = service.plan
    event = plan.event
    items = [s.id for s in plan.sessions] + [r.id for r in plan.requests[:20]]
    for _ in range(15):
        item = rng.choice(items)
        action = rng.random()
        if action < 0.6:
            opens = event.day_bounds(rng.choice(event.days))[0]
            start = times.add_minutes(opens, event.slot_minutes * rng.randrange(40))
            service.move(item, start, rng.choice(plan.venues).id)
        elif action < 0.8:
            service.unplace(item)
        elif item in service.plan.placement_by_item:
            service.set_locked(item, rng.random() < 0.5)
    assert service.plan == fresh(plan_path)


def test_a_failed_move_leaves_the_plan_as_the_file_holds_it(
    service: PlanService, plan_path: Path
) -> None:
    before = service.plan
    with pytest.raises(NotFoundError):
        service.move("s-som", before.placement_by_item["s-som"].start, "no-such-venue")
    assert service.plan == before == fresh(plan_path)


def test_move_reports_the_moved_item(service: PlanService) -> None:
    placement = service.plan.placement_by_item["s-som"]
    changes = service.move("s-som", times.add_minutes(placement.start, 30), placement.venue)
    assert changes.schedule and changes.items == ("s-som",)
    assert (
        times.minutes(service.plan.placement_by_item["s-som"].start)
        == times.minutes(placement.start) + 30
    )
