"""Scheduler: the planner against a plain greedy first-fit at four plan sizes.

Each run happens in a fresh process so that its peak memory is its own. The
rule checker counts violations in every schedule. Choose sizes with the
environment variable BENCH_SCHEDULER_SIZES (e.g. ``cica,unga``); the default
runs cica, asean, unga and stress (the stress size takes about five minutes).
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import time
from dataclasses import replace
from typing import Any

TIME_LIMITS = {"small": 5.0, "cica": 30.0, "asean": 60.0, "unga": 90.0, "stress": 300.0}
DEFAULT_SIZES = ("cica", "asean", "unga", "stress")


def _run(size: str, method: str) -> dict[str, Any]:
    from planner.domain import rules
    from planner.scheduling import SolveOptions, first_fit, solve
    from planner.synthetic import generate_plan

    plan = generate_plan(size)
    started = time.monotonic()
    bound: int | None = None
    gap: float | None = None
    if method == "greedy":
        placements = first_fit(plan)
    else:
        result = solve(plan, SolveOptions(time_limit=TIME_LIMITS[size]))
        placements = result.placements
        bound, gap = result.bound, result.gap
    wall = time.monotonic() - started
    scheduled = replace(plan, schedule=placements)
    score = rules.score(scheduled)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "size": size,
        "method": method,
        "wall": wall,
        "peak": peak,
        "violations": len(rules.check(scheduled)),
        "sessions": f"{score.sessions_placed}/{score.sessions_total}",
        "granted": f"{score.requests_granted}/{score.requests_total}",
        "weight": score.weight,
        "absences": score.absences,
        "score": score.score,
        "bound": bound,
        "gap": gap,
    }


def _isolated(size: str, method: str) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        return pool.apply(_run, (size, method))


def main() -> None:
    chosen = os.environ.get("BENCH_SCHEDULER_SIZES")
    sizes = [s.strip() for s in chosen.split(",")] if chosen else list(DEFAULT_SIZES)
    header = (
        f"{'size':<7} {'method':<8} {'wall s':>7} {'peak MB':>8} {'viol':>4} {'sessions':>9} "
        f"{'granted':>11} {'weight':>7} {'abs':>4} {'score':>7} {'bound':>7} {'gap':>6} "
        f"{'x greedy':>8}"
    )
    print(header)
    print("-" * len(header), flush=True)
    for size in sizes:
        if size not in TIME_LIMITS:
            print(f"{size}: unknown size; choose from {', '.join(TIME_LIMITS)}")
            continue
        baseline = None
        for method in ("greedy", "planner"):
            row = _isolated(size, method)
            if method == "greedy":
                baseline = row["score"]
            ratio = f"{row['score'] / baseline:.3f}" if baseline and baseline > 0 else "-"
            bound = "-" if row["bound"] is None else str(row["bound"])
            gap = "-" if row["gap"] is None else f"{row['gap']:.1%}"
            print(
                f"{size:<7} {method:<8} {row['wall']:>7.1f} {row['peak']:>8.0f} "
                f"{row['violations']:>4} {row['sessions']:>9} {row['granted']:>11} "
                f"{row['weight']:>7} {row['absences']:>4} {row['score']:>7} {bound:>7} "
                f"{gap:>6} {ratio:>8}",
                flush=True,
            )
