"""Plan file and rule checker: import, open and check a UNGA-size plan (200+ delegations).

Target: the rule checker runs after every edit in the app, so under 1 s on a
plan of 200 delegations and 4,000 placements.
"""

from __future__ import annotations

import random
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from planner.domain import rules, times
from planner.domain.model import Placement, Plan
from planner.interchange import dump_plan, parse_plan
from planner.scheduling.greedy import greedy_schedule
from planner.services import PlanService
from planner.synthetic import generate_plan

T = TypeVar("T")
TARGET_PLACEMENTS = 4000


def _timed(action: Callable[[], T], repeat: int = 3) -> tuple[T, float]:
    best = float("inf")
    result: T
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - started)
    return result, best


def _big_plan() -> Plan:
    """A UNGA-size plan with a greedy schedule, topped up to 4,000 placements.

    What the greedy cannot place is put at random slots and venues, so the
    checker also has conflicts to find and describe, as in a hand-edited plan.
    """
    plan = generate_plan("unga", seed=1)
    schedule = list(greedy_schedule(plan))
    placed = {p.item for p in schedule}
    rng = random.Random(1)
    event = plan.event
    slots = int(
        (
            times.minutes(event.day_bounds(event.start_date)[1])
            - times.minutes(event.day_bounds(event.start_date)[0])
        )
        // event.slot_minutes
    )
    extra_items = [r.id for r in plan.requests if r.id not in placed]
    counter = 0
    while len(schedule) < TARGET_PLACEMENTS:
        if counter < len(extra_items):
            item = extra_items[counter]
        else:
            # More requests than the generator makes: copies of existing ones.
            template = plan.requests[counter % len(plan.requests)]
            copy = replace(template, id=f"{template.id}-copy{counter}")
            plan = replace(plan, requests=(*plan.requests, copy))
            item = copy.id
        counter += 1
        opens = event.day_bounds(rng.choice(event.days))[0]
        start = times.add_minutes(opens, event.slot_minutes * rng.randrange(slots - 4))
        schedule.append(Placement(item, start, rng.choice(plan.venues).id))
    return replace(plan, schedule=tuple(schedule))


def main() -> None:
    plan = _big_plan()
    text = dump_plan(plan).encode("utf-8")
    rows: list[tuple[str, str, str]] = []
    rows.append(
        (
            "plan",
            f"{len(plan.delegations)} delegations, {len(plan.people)} people, "
            f"{len(plan.schedule)} placements",
            f"{len(text) / 1e6:.1f} MB JSON",
        )
    )
    _parsed, seconds = _timed(lambda: parse_plan(text))
    rows.append(("validate + parse JSON", f"{seconds:.2f} s", ""))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "unga.summit"

        def create() -> None:
            path.unlink(missing_ok=True)
            PlanService.create(path, plan).close()

        _none, seconds = _timed(create, repeat=1)
        rows.append(("import: write the plan file", f"{seconds:.2f} s", ""))

        def reopen() -> Plan:
            service = PlanService.open(path)
            loaded = service.plan
            service.close()
            return loaded

        loaded, seconds = _timed(reopen)
        rows.append(("open the plan file and load", f"{seconds:.2f} s", ""))
    violations, seconds = _timed(lambda: rules.check(loaded), repeat=5)
    tracemalloc.start()
    rules.check(loaded)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    verdict = "ok (< 1 s)" if seconds < 1 else "TOO SLOW (target < 1 s)"
    rows.append(("check rules 1-9", f"{seconds * 1000:.0f} ms", verdict))
    rows.append(("  violations found", str(len(violations)), f"peak {peak / 1e6:.0f} MB traced"))
    _score, seconds = _timed(lambda: rules.score(loaded))
    rows.append(("score", f"{seconds * 1000:.0f} ms", ""))
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>40}  {note}")
