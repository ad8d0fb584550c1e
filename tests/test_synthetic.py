"""The seeded plan generator: valid plans of realistic shape, the same for the same seed."""

from __future__ import annotations

import pytest

from planner.domain import integrity, times
from planner.domain.model import RequestStatus
from tests.synthetic import SIZES, generate_plan


@pytest.mark.parametrize(
    ("size", "delegations", "venues", "days", "requests"),
    [("small", 8, 4, 2, 20), ("cica", 46, 6, 2, 120), ("asean", 30, 15, 3, 400)],
)
def test_sizes_have_the_shape_of_the_issue(
    size: str, delegations: int, venues: int, days: int, requests: int
) -> None:
    plan = generate_plan(size)
    errors, _warnings = integrity.check_plan(plan)
    assert errors == []
    assert len(plan.delegations) == delegations
    assert len(plan.venues) == venues
    assert len(plan.event.days) == days
    assert len(plan.requests) == requests
    assert plan.schedule == ()
    assert len({v.building for v in plan.venues}) == SIZES[size].buildings
    assert len(plan.sessions) == SIZES[size].sessions


def test_cica_size_has_the_features_the_scheduler_must_handle() -> None:
    plan = generate_plan("cica")
    zone = plan.event.zone
    first_open = times.minutes(plan.event.day_bounds(plan.event.start_date)[0])
    late = [d for d in plan.delegations if times.minutes(d.arrival) > first_open]
    assert late, "some delegations arrive after the first day opens"
    for_all = [s for s in plan.sessions if s.for_all]
    assert any("interpretation" in s.needs for s in for_all)
    assert any(s.fixed and s.fixed.start for s in plan.sessions)
    assert any(s.window for s in plan.sessions)
    assert any(s.remote for s in plan.sessions)
    assert {r.priority for r in plan.requests} == {1, 2, 3, 4, 5}
    assert any(r.status is RequestStatus.DECLINED for r in plan.requests)
    assert any(r.window for r in plan.requests)
    assert all(p.rank for p in plan.people)
    heads = {p.delegation for p in plan.people if p.role.value == "head"}
    assert heads == {d.id for d in plan.delegations}
    assert all(d.arrival.tzinfo is not None and d.arrival.tzinfo == zone for d in plan.delegations)


def test_same_seed_same_plan_other_seed_other_plan() -> None:
    assert generate_plan("small", 7) == generate_plan("small", 7)
    assert generate_plan("small", 7) != generate_plan("small", 8)


def test_unga_size_has_150_fixed_sessions() -> None:
    plan = generate_plan("unga")
    assert len(plan.delegations) == 213
    assert len(plan.venues) == 40
    assert len(plan.requests) == 2500
    assert sum(1 for s in plan.sessions if s.fixed and s.fixed.start) == 150


def test_unknown_size_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown plan size 'huge'"):
        generate_plan("huge")
