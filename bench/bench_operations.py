"""Operations: one edit of a UNGA-size plan, read and written in its own transaction.

Target: one operation (a venue's capacity, a move, a rename) commits in under
20 ms on a plan of 200 delegations, 3,000 people and 4,000 placements: it
reads the revision, works on the plan of that revision, checks what it
touched and writes only those rows.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bench.workload import unga_workload
from planner.domain import times
from planner.domain.edits import Kind
from planner.domain.operations import ApplyEdit, Operation, Place, set_fields
from planner.services import PlanService

TARGET_MS = 20.0
REPEAT = 30


def _median_ms(service: PlanService, make: list[Operation]) -> float:
    spent = []
    for operation in make:
        started = time.perf_counter()
        service.apply(operation)
        spent.append((time.perf_counter() - started) * 1000)
    return statistics.median(spent)


def main() -> None:
    plan = unga_workload()
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "unga.summit"
        PlanService.create(path, plan).close()
        service = PlanService.open(path)
        other = PlanService.open(path)
        try:
            venue = service.plan.venues[0]
            capacities = [
                set_fields(Kind.VENUE, venue.id, capacity=venue.capacity + 1 + n % 2)
                for n in range(REPEAT)
            ]
            delegation = service.plan.delegations[5]
            renames = [
                set_fields(Kind.DELEGATION, delegation.id, name=f"{delegation.name} {n}")
                for n in range(REPEAT)
            ]
            placement = service.plan.schedule[100]
            moves = [
                Place(
                    placement.item,
                    times.add_minutes(placement.start, 30 * (n % 2)),
                    placement.venue,
                )
                for n in range(1, REPEAT + 1)
            ]
            for title, operations in (
                ("set a venue's capacity", capacities),
                ("rename a delegation", renames),
                ("move a placement", moves),
            ):
                median = _median_ms(service, operations)
                verdict = "ok" if median < TARGET_MS else f"TOO SLOW (target < {TARGET_MS:.0f} ms)"
                rows.append((title, f"{median:.1f} ms median of {REPEAT}", verdict))
            undo = service.apply(capacities[0])
            started = time.perf_counter()
            service.apply(ApplyEdit(undo.edit.inverse()))
            rows.append(("undo one edit", f"{(time.perf_counter() - started) * 1000:.1f} ms", ""))
            other.apply(set_fields(Kind.VENUE, venue.id, capacity=venue.capacity + 9))
            started = time.perf_counter()
            service.apply(capacities[1])
            rows.append(
                (
                    "an edit after another program's change",
                    f"{(time.perf_counter() - started) * 1000:.0f} ms",
                    "reads the plan again",
                )
            )
            started = time.perf_counter()
            for _ in range(REPEAT):
                service.poll()
            rows.append(
                (
                    "look for another program's change (none)",
                    f"{(time.perf_counter() - started) * 1e6 / REPEAT:.0f} µs",
                    "",
                )
            )
        finally:
            service.close()
            other.close()
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>28}  {note}")
