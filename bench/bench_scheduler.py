"""Scheduler: the planner against greedy first-fit and an independent CP-SAT model.

Each run happens in a fresh process so that its peak memory is its own. The
rule checker counts violations in every schedule. Four methods per size:
``greedy`` (plain first-fit in priority order), ``reference`` (the plain
interval model of :mod:`bench.reference_model`, the acceptance yardstick, at
the same time limit), ``ref+hint`` (the same model warm-started from the
greedy schedule) and ``planner``. ``x ref`` is a method's score over the
better of the two reference rows (when they place every session). Choose
sizes with BENCH_SCHEDULER_SIZES (e.g. ``sample,cica``; ``sample`` is the
shipped CICA 2021 plan with its schedule cleared) and the time limits with
BENCH_SCHEDULER_LIMIT (seconds, overriding every size's default);
BENCH_SCHEDULER_METHODS picks methods (default all four) and
BENCH_SCHEDULER_SEEDS the generated plans (e.g. ``0,1,2``: one plan per seed
and size; default 0). The default runs cica, asean, unga and stress, about
half an hour in all.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.domain.model import Plan

TIME_LIMITS = {
    "small": 5.0,
    "sample": 30.0,
    "cica": 30.0,
    "asean": 60.0,
    "unga": 90.0,
    "stress": 300.0,
}
DEFAULT_SIZES = ("cica", "asean", "unga", "stress")
METHODS = ("greedy", "reference", "ref+hint", "planner")


def _plan(size: str, seed: int) -> Plan:
    from planner.services import sample_plan
    from tests.synthetic import generate_plan

    if size == "sample":
        plan = sample_plan()
        return replace(plan, schedule=tuple(p for p in plan.schedule if p.locked))
    return generate_plan(size, seed)


def _run(size: str, method: str, limit: float, seed: int) -> dict[str, Any]:
    from bench.reference_model import solve_reference
    from planner.domain import rules
    from planner.scheduling import SolveOptions, first_fit, solve

    plan = _plan(size, seed)
    started = time.monotonic()
    bound: int | None = None
    gap: float | None = None
    if method == "greedy":
        placements = first_fit(plan)
    elif method in ("reference", "ref+hint"):
        hint = first_fit(plan) if method == "ref+hint" else ()
        found = solve_reference(plan, limit, hint=hint)
        placements = found.placements
        bound = found.bound
    else:
        result = solve(plan, SolveOptions(time_limit=limit))
        placements = result.placements
        bound, gap = result.bound, result.gap
    wall = time.monotonic() - started
    scheduled = replace(plan, schedule=placements)
    score = rules.score(scheduled)
    if bound is not None and gap is None:
        gap = max(0.0, (bound - score.score) / max(abs(bound), 1))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "size": size,
        "method": method,
        "wall": wall,
        "peak": peak,
        "violations": len(rules.check(scheduled)),
        "sessions": f"{score.sessions_placed}/{score.sessions_total}",
        "complete": score.sessions_placed == score.sessions_total,
        "granted": f"{score.requests_granted}/{score.requests_total}",
        "weight": score.weight,
        "absences": score.absences,
        "score": score.score,
        "bound": bound,
        "gap": gap,
    }


def _isolated(size: str, method: str, limit: float, seed: int) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        return pool.apply(_run, (size, method, limit, seed))


def main() -> None:
    chosen = os.environ.get("BENCH_SCHEDULER_SIZES")
    sizes = [s.strip() for s in chosen.split(",")] if chosen else list(DEFAULT_SIZES)
    picked = os.environ.get("BENCH_SCHEDULER_METHODS")
    methods = [m for m in METHODS if not picked or m in picked.split(",")]
    override = os.environ.get("BENCH_SCHEDULER_LIMIT")
    seeds = [int(s) for s in os.environ.get("BENCH_SCHEDULER_SEEDS", "0").split(",")]
    header = (
        f"{'size':<7} {'seed':>4} {'method':<9} {'limit':>5} {'wall s':>7} {'peak MB':>8} "
        f"{'viol':>4} {'sessions':>9} {'granted':>11} {'weight':>7} {'abs':>4} {'score':>7} "
        f"{'bound':>7} {'gap':>6} {'x greedy':>8} {'x ref':>6}"
    )
    print(header)
    print("-" * len(header), flush=True)
    for size in sizes:
        if size not in TIME_LIMITS:
            print(f"{size}: unknown size; choose from {', '.join(TIME_LIMITS)}")
            continue
        limit = float(override) if override else TIME_LIMITS[size]
        # The sample is one plan; the generated sizes are drawn from each seed.
        for seed in seeds if size != "sample" else seeds[:1]:
            _compare(size, seed, methods, limit)


def _compare(size: str, seed: int, methods: list[str], limit: float) -> None:
    """One row per method on one plan, each against greedy and the better reference."""
    baseline = reference = None
    for method in methods:
        row = _isolated(size, method, limit, seed)
        if method == "greedy":
            baseline = row["score"]
        if method in ("reference", "ref+hint") and row["complete"]:
            reference = max(row["score"], reference or row["score"])
        ratio = _ratio(row["score"], baseline)
        versus = _ratio(row["score"], reference)
        bound = "-" if row["bound"] is None else str(row["bound"])
        gap = "-" if row["gap"] is None else f"{row['gap']:.1%}"
        print(
            f"{size:<7} {seed:>4} {method:<9} {limit:>5.0f} {row['wall']:>7.1f} "
            f"{row['peak']:>8.0f} {row['violations']:>4} {row['sessions']:>9} {row['granted']:>11} "
            f"{row['weight']:>7} {row['absences']:>4} {row['score']:>7} {bound:>7} "
            f"{gap:>6} {ratio:>8} {versus:>6}",
            flush=True,
        )


def _ratio(score: int, baseline: int | None) -> str:
    """``score / baseline``, or ``-`` when the baseline is missing or not positive."""
    if baseline is None or baseline <= 0:
        return "-"
    return f"{score / baseline:.3f}"
