"""Re-checking after a small edit gives exactly what a full check gives."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from planner.domain import rules, times
from planner.domain.model import Placement, Plan
from planner.gui.views.recheck import ConflictChecker, changed_items, recheck
from planner.scheduling.greedy import greedy_schedule
from tests.synthetic import generate_plan


def random_moves(plan: Plan, rng: random.Random, count: int) -> Plan:
    """``count`` edits: moves to random slots and venues, new placements, removals."""
    event = plan.event
    schedule = {p.item: p for p in plan.schedule}
    items = [s.id for s in plan.sessions] + [r.id for r in plan.requests]
    for _ in range(count):
        item = rng.choice(items)
        if item in schedule and rng.random() < 0.2:
            del schedule[item]
            continue
        opens, closes = event.day_bounds(rng.choice(event.days))
        slots = (times.minutes(closes) - times.minutes(opens)) // event.slot_minutes
        start = times.add_minutes(opens, event.slot_minutes * rng.randrange(slots))
        schedule[item] = Placement(item, start, rng.choice(plan.venues).id)
    return replace(plan, schedule=tuple(schedule.values()))


@pytest.fixture(scope="module")
def busy() -> Plan:
    """A generated mid-size plan with a greedy schedule and some conflicts."""
    plan = generate_plan("cica", seed=3)
    plan = replace(plan, schedule=greedy_schedule(plan))
    return random_moves(plan, random.Random(3), 30)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("edits", [1, 3])
def test_recheck_matches_a_full_check(busy: Plan, seed: int, edits: int) -> None:
    before = busy
    found = rules.check(before)
    rng = random.Random(seed)
    for _ in range(4):
        after = random_moves(before, rng, edits)
        again = recheck(before, found, after)
        assert again == rules.check(after)
        before, found = after, again


def test_recheck_matches_on_the_sample_with_a_clash(cica: Plan) -> None:
    found = rules.check(cica)
    plenary = cica.placement_by_item["s-plenary"]
    clash = replace(cica, schedule=(*cica.schedule, replace(plenary, item="br-001")))
    again = recheck(cica, found, clash)
    assert again == rules.check(clash) and again


def test_a_lock_alone_changes_nothing(cica: Plan) -> None:
    locked = replace(cica, schedule=tuple(replace(p, locked=True) for p in cica.schedule))
    assert changed_items(cica, locked) == set()


def test_other_edits_ask_for_a_full_check(cica: Plan) -> None:
    renamed = replace(cica, sessions=(replace(cica.sessions[0], title="New title"),))
    assert recheck(cica, rules.check(cica), renamed) is None


def test_checker_memoises_per_plan_and_follows_edits(busy: Plan) -> None:
    checker = ConflictChecker()
    first = checker.check(busy)
    assert checker.check(busy) is first
    moved = random_moves(busy, random.Random(99), 2)
    assert checker.check(moved) == rules.check(moved)


def test_recheck_finds_the_order_broken_by_a_move_far_from_the_earlier_session(
    cica: Plan,
) -> None:
    found = rules.check(cica)
    assert found == []
    closing = cica.placement_by_item["s-closing"]
    first_morning = times.at(cica.event.start_date, cica.event.day_start, cica.event.zone)
    moved = replace(
        cica,
        schedule=tuple(
            replace(closing, start=first_morning, venue="v-main") if p.item == "s-closing" else p
            for p in cica.schedule
        ),
    )
    again = recheck(cica, found, moved)
    assert again == rules.check(moved)
    order = [v for v in again if v.rule == 10]
    assert [v.items for v in order] == [("s-closing", "s-debate")]
