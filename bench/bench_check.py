"""Plan file and rule checker: import, open and check a UNGA-size plan (200+ delegations).

Target: the rule checker runs after every edit in the app, so under 1 s on a
plan of 200 delegations and 4,000 placements.
"""

from __future__ import annotations

import tempfile
import tracemalloc
from pathlib import Path
from typing import TypeVar

from bench.workload import timed, unga_workload
from planner.domain import rules
from planner.domain.model import Plan
from planner.interchange import dump_plan, parse_plan
from planner.services import PlanService

T = TypeVar("T")


def main() -> None:
    plan = unga_workload()
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
    _parsed, seconds = timed(lambda: parse_plan(text))
    rows.append(("validate + parse JSON", f"{seconds:.2f} s", ""))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "unga.summit"

        def create() -> None:
            path.unlink(missing_ok=True)
            PlanService.create(path, plan).close()

        _none, seconds = timed(create, repeat=1)
        rows.append(("import: write the plan file", f"{seconds:.2f} s", ""))

        def reopen() -> Plan:
            service = PlanService.open(path)
            loaded = service.plan
            service.close()
            return loaded

        loaded, seconds = timed(reopen)
        rows.append(("open the plan file and load", f"{seconds:.2f} s", ""))
    violations, seconds = timed(lambda: rules.check(loaded), repeat=5)
    tracemalloc.start()
    rules.check(loaded)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    verdict = "ok (< 1 s)" if seconds < 1 else "TOO SLOW (target < 1 s)"
    rows.append(("check rules 1-9", f"{seconds * 1000:.0f} ms", verdict))
    rows.append(("  violations found", str(len(violations)), f"peak {peak / 1e6:.0f} MB traced"))
    _score, seconds = timed(lambda: rules.score(loaded))
    rows.append(("score", f"{seconds * 1000:.0f} ms", ""))
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>40}  {note}")
