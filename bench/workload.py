"""The plans and the stopwatch every benchmark shares.

The UNGA-size workload is the issue's: 213 delegations, 3,000 people and
4,000 placements. The generator's plan gets the greedy schedule; what the
greedy cannot place goes to random slots and venues, as in a hand-edited
plan, so the views, the checker and the writers also meet conflicts; people
are added with the sample plan's names, so every script is represented.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TypeVar

from planner.domain import times
from planner.domain.model import Person, Placement, Plan, Rank, Role
from planner.scheduling.greedy import greedy_schedule
from planner.services import sample_plan
from tests.synthetic import generate_plan

T = TypeVar("T")

UNGA_PLACEMENTS = 4000
UNGA_PEOPLE = 3000
_ROLES = (Role.ADVISER, Role.MEMBER, Role.INTERPRETER, Role.SECURITY, Role.PRESS, Role.LIAISON)


def timed(action: Callable[[], T], repeat: int = 1) -> tuple[T, float]:
    """The result of ``action`` and its best wall time over ``repeat`` runs, in seconds."""
    best = float("inf")
    result: T
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - started)
    return result, best


@cache
def unga_workload(
    placements: int = UNGA_PLACEMENTS, people: int = UNGA_PEOPLE, seed: int = 1
) -> Plan:
    """A UNGA-size plan with ``placements`` placements and ``people`` people."""
    plan = generate_plan("unga", seed=seed)
    return _with_people(_with_placements(plan, placements, seed), people)


def _with_placements(plan: Plan, target: int, seed: int) -> Plan:
    schedule = list(greedy_schedule(plan))
    placed = {p.item for p in schedule}
    rng = random.Random(seed)
    event = plan.event
    opens, closes = event.day_bounds(event.start_date)
    slots = (times.minutes(closes) - times.minutes(opens)) // event.slot_minutes
    spare = [r.id for r in plan.requests if r.id not in placed]
    copies = []
    counter = 0
    while len(schedule) < target:
        if counter < len(spare):
            item = spare[counter]
        else:
            # More placements than the generator makes requests: copies of them.
            template = plan.requests[counter % len(plan.requests)]
            copy = replace(template, id=f"{template.id}-copy{counter}")
            copies.append(copy)
            item = copy.id
        counter += 1
        day_opens = event.day_bounds(rng.choice(event.days))[0]
        start = times.add_minutes(day_opens, event.slot_minutes * rng.randrange(slots - 4))
        schedule.append(Placement(item, start, rng.choice(plan.venues).id))
    return replace(plan, requests=(*plan.requests, *copies), schedule=tuple(schedule))


def _with_people(plan: Plan, target: int) -> Plan:
    names = [(p.given_name, p.family_name, p.position) for p in sample_plan().people]
    delegations = [d.id for d in plan.delegations]
    extra = []
    for index in range(max(target - len(plan.people), 0)):
        given, family, position = names[index % len(names)]
        extra.append(
            Person(
                id=f"bench-{index}",
                delegation=delegations[index % len(delegations)],
                given_name=given,
                family_name=family,
                rank=Rank.STAFF if index % 3 else Rank.OFFICIAL,
                role=_ROLES[index % len(_ROLES)],
                position=position,
            )
        )
    return replace(plan, people=(*plan.people, *extra))
