"""Improving a schedule that places every session it can.

:func:`eject` places unplaced requests by moving the few requests in their
way elsewhere. :func:`improve` then re-solves with CP-SAT: the whole plan
at once when it is small (which also proves a bound); a plan of a few
hundred items whole with the interval model (:mod:`planner.scheduling.intervals`)
and then, with the time left, like a bigger plan: by large-neighbourhood
search over windows of a day and over the requests of a few delegations,
each sub-model warm-started from the current schedule, with rounds of
:func:`eject` in between on plans with many requests.
"""

from __future__ import annotations

import time

from planner.domain.rules import ABSENCE_COST
from planner.scheduling.model import SubResult, count_options
from planner.scheduling.problem import Booked, ItemSpec
from planner.scheduling.search import Search

# The thresholds below were fitted on the benchmark's plans (the shipped
# sample and the generated small, CICA, ASEAN, UNGA and stress sizes of
# tests/synthetic.py); each says where they fall, so that a change to them can
# be weighed with `python -m bench scheduler`.

FULL_MODEL_OPTIONS = 15_000
"""Plans with at most this many options are solved as one model (with a proven bound).

Building a CP-SAT model is not bounded by its time limit, so bigger plans go
to neighbourhoods. Fitted: the generated small plan (about 6,000 options)
is solved whole; the sample (about 94,000) and CICA (about 39,000) and every
larger size go to neighbourhoods.
"""
INTERVAL_ITEMS = 300
"""Plans with at most this many free items are also solved whole with the interval model.

Fitted: the sample (122 items) and the generated CICA plans (about 125)
gain most from it (CICA at 30 s: 157 -> 163, the sample 277 -> 281); the
generated ASEAN plan (424) gained nothing measurable (1,238 -> 1,244 at
60 s, with half the time left to it), and UNGA's model would not build in time.
"""
INTERVAL_SHARE = 1.0
"""The share of the time left that the interval model takes; neighbourhoods have the rest.

Fitted on CICA at 30 s: 0.7 gave the same score; the model stops early
when it proves its schedule the best, and the neighbourhoods go on then.
"""
NEIGHBOURHOOD_OPTIONS = 12_000
"""At most this many options in one neighbourhood's sub-model (fitted like the above)."""
NEIGHBOURHOOD_SECONDS = 2.0
"""How long one neighbourhood's sub-model may run."""
TARGETED_TRIES = 4
"""How many windows are laid around one unplaced request at most."""
STALE_STEPS = 5
"""Windows are laid around unplaced requests only after this many steps without a gain.

Fitted with :data:`TARGETED_TRIES`: on CICA (30 s) those windows place its
heavy requests that random ones miss (score 146 -> 157); from the start, or
without a cap on tries, they cost the sample (275 -> 262), which has many
requests that no window places.
"""
EJECT_SHARE = 0.25
"""The share of the time limit that :func:`eject` may use at most, before the search."""
EJECT_EVERY = 10.0
"""Seconds of neighbourhood search between two rounds of :func:`eject`.

Fitted with :data:`EJECT_SECONDS` on the generated UNGA plan at its 90 s
limit (score 8575 -> 8600), and kept for stress at 300 s: about an eighth
of the search goes to ejection. A cadence drawn from the time limit would
move one of those two fitted points.
"""
EJECT_SECONDS = 1.5
"""How long each of those rounds may take."""
EJECT_REQUESTS = 1_000
"""Only plans with this many requests get those rounds.

Fitted: the generated ASEAN plan (364 requests) lost score by them, UNGA
(2,247 requests) gained; the sample and CICA have about 110 and never get them.
"""


def eject(search: Search, until: float) -> None:
    """Place unplaced requests by moving the requests in their way elsewhere.

    For each unplaced request, heaviest first, and each of its starts, the
    requests of its delegations and people around that start are taken out,
    the request is placed, and those taken out are placed again wherever
    they fit (sessions among them too, unless held); the change is kept when
    the schedule's value rose.
    """
    problem = search.problem
    gap = problem.changeover
    unplaced = sorted(
        (
            item
            for item in problem.requests
            if item.index not in search.occupancy.booked and item.starts and item.pools
        ),
        key=lambda item: (-item.weight, len(item.starts), item.id),
    )
    for item in unplaced:
        if time.monotonic() >= until or search.stopped():
            return
        occupancy = search.occupancy
        related: list[Booked] = []
        for entry in occupancy.booked.values():
            other = problem.items[entry.item]
            if set(item.delegations).intersection(entry.option.delegations) or set(
                item.people
            ).intersection(other.people):
                related.append(entry)
        for start in item.starts:
            end = start + item.duration
            blocking = [
                entry
                for entry in related
                if entry.option.start < end + gap
                and start < entry.option.start + problem.items[entry.item].duration + gap
            ]
            if any(problem.items[entry.item].held for entry in blocking):
                continue
            if len(blocking) > 3:
                continue
            if _eject_at(search, item, start, blocking):
                break


def _eject_at(search: Search, item: ItemSpec, start: int, blocking: list[Booked]) -> bool:
    """Place ``item`` at ``start`` in place of ``blocking``; False (undone) if no better.

    Sessions in the way go elsewhere first (those for all where fewest are
    absent), then requests, heaviest first; the change is kept only when the
    schedule's value rose, so no session is ever lost for it.
    """
    problem, occupancy = search.problem, search.occupancy
    before = search.value()
    for entry in blocking:
        occupancy.remove(problem.items[entry.item])
    option = occupancy.first_fit(item, [start])
    if option is not None:
        occupancy.add(item, option)
        placed = [item]
        for entry in sorted(
            blocking,
            key=lambda e: (not problem.items[e.item].is_session, -problem.items[e.item].weight),
        ):
            other = problem.items[entry.item]
            starts = None
            if other.for_all:
                starts = sorted(other.starts, key=lambda s: other.involved_at[s][1])
            again = occupancy.first_fit(other, starts)
            if again is not None:
                occupancy.add(other, again)
                placed.append(other)
        if search.value() > before:
            return True
        for other in placed:
            occupancy.remove(other)
    for entry in blocking:
        occupancy.add(problem.items[entry.item], entry.option, entry.venue)
    return False


def improve(search: Search) -> None:
    problem = search.problem
    free = [item for item in problem.items if item.held is None]
    if count_options(problem, free) <= FULL_MODEL_OPTIONS:
        _accepted, result = search.run_free(free, max(0.1, search.left()))
        _prove(search, free, result)
        search.report()
        return
    if not search.options.replan and len(free) <= INTERVAL_ITEMS:
        _accepted, result = search.run_intervals(free, max(0.1, INTERVAL_SHARE * search.left()))
        _prove(search, free, result)
        search.report()
    _neighbourhoods(search, free)


def _prove(search: Search, free: list[ItemSpec], result: SubResult) -> None:
    """What a model of every free item at once proves: a bound on the score, or its optimum.

    The model's objective counts each placed session as ``big`` more than
    every request; the bound is on schedules that place the sessions placed
    now, around the held items, which every such schedule holds too.
    """
    if not result.feasible or search.options.replan:
        return
    problem = search.problem
    booked = search.occupancy.booked.values()
    held_value = sum(
        problem.items[b.item].weight - ABSENCE_COST * b.option.absences
        for b in booked
        if problem.items[b.item].held is not None
    )
    free_sessions = sum(1 for i in free if i.is_session and i.index in search.occupancy.booked)
    offset = held_value - result.big * free_sessions
    bound = int(result.bound + 1e-6) + offset
    if result.status == "optimal":
        bound = round(result.objective) + offset
        search.proven = True
        search.status = "optimal"
    search.bound = min(search.bound, bound)


def _neighbourhoods(search: Search, free: list[ItemSpec]) -> None:
    """Large-neighbourhood search over windows of a day.

    Each step frees what lies in a window of one day (and every unplaced item
    that could go there) and re-solves it exactly. Windows grow while the
    sub-models are solved to optimality quickly, and shrink when they are not.
    """
    problem, occupancy = search.problem, search.occupancy
    window_minutes = 120
    tried: dict[int, int] = {}
    best, since = search.value(), 0
    next_eject = time.monotonic() + EJECT_EVERY
    ejecting = not search.options.replan and len(problem.requests) >= EJECT_REQUESTS
    while not search.stopped():
        if ejecting and time.monotonic() >= next_eject:
            value = search.value()
            eject(search, min(search.deadline, time.monotonic() + EJECT_SECONDS))
            if search.value() > value:
                search.report()
            next_eject = time.monotonic() + EJECT_EVERY
            continue
        if search.iterations % 2 == 1 and _delegation_neighbourhood(search, free):
            continue
        if search.value() > best:
            best, since = search.value(), search.iterations
        stale = search.iterations - since >= STALE_STEPS
        first, last, (opens, closes) = _window(search, window_minutes, tried if stale else None)
        chosen = []
        for item in free:
            booked = occupancy.booked.get(item.index)
            if booked is not None:
                start = booked.option.start
                if first <= start and start + item.duration <= last:
                    chosen.append(item)
            elif any(first <= s and s + item.duration <= last for s in item.starts):
                chosen.append(item)
        if not chosen:
            continue
        size = sum(
            sum(1 for s in item.starts if first <= s and s + item.duration <= last)
            * len(item.pools)
            for item in chosen
        )
        if size > NEIGHBOURHOOD_OPTIONS and window_minutes > 2 * problem.slot:
            window_minutes = max(2 * problem.slot, window_minutes - 30)
            continue
        allowed = dict.fromkeys((item.index for item in chosen), (first, last))
        limit = min(search.left(), NEIGHBOURHOOD_SECONDS)
        if limit <= 0.1:
            break
        search.iterations += 1
        began = time.monotonic()
        accepted, result = search.run_free(chosen, limit, allowed)
        if accepted:
            search.report()
        quick = time.monotonic() - began < 0.5 * limit
        if result.status == "optimal" and quick:
            window_minutes = min(closes - opens, window_minutes + 30)
        elif result.status != "optimal" and window_minutes > 2 * problem.slot:
            window_minutes = max(2 * problem.slot, window_minutes - 30)


def _window(
    search: Search, minutes: int, tried: dict[int, int] | None
) -> tuple[int, int, tuple[int, int]]:
    """A window of ``minutes`` and its day; with ``tried``, mostly around an unplaced request.

    A request left out is most often kept out by sessions and requests near
    the only times its delegations are all in town; a window holding one of
    its starts (heavier requests more often) frees exactly those, which a
    window drawn at random seldom does. ``tried`` counts those windows per
    request, so that none that no window can place takes them all.
    """
    problem, rng = search.problem, search.rng
    target: ItemSpec | None = None
    if tried is not None and search.iterations % 3 != 2:
        booked = search.occupancy.booked
        unplaced = [
            item
            for item in problem.requests
            if item.index not in booked
            and item.starts
            and item.pools
            and item.held is None
            and tried.get(item.index, 0) < TARGETED_TRIES
        ]
        if unplaced:
            target = rng.choices(unplaced, weights=[item.weight for item in unplaced])[0]
            tried[target.index] = tried.get(target.index, 0) + 1
    if target is None:
        opens, closes = problem.days[rng.randrange(len(problem.days))]
    else:
        start = rng.choice(target.starts)
        opens, closes = next((o, c) for o, c in problem.days if o <= start < c)
    length = min(minutes, closes - opens)
    steps = max(1, (closes - opens - length) // problem.slot + 1)
    earliest, latest = 0, steps - 1
    if target is not None:
        # Any window of that length on the grid that holds the request at that start.
        latest = min(latest, max(0, (start - opens) // problem.slot))
        ends_inside = -(-(start + target.duration - length - opens) // problem.slot)
        earliest = min(latest, max(0, ends_inside))
    first = opens + problem.slot * rng.randint(earliest, latest)
    return first, first + length, (opens, closes)


def _delegation_neighbourhood(search: Search, free: list[ItemSpec]) -> bool:
    """Re-solve every request of a few delegations over the whole event; False when none."""
    problem, rng = search.problem, search.rng
    requests = [item for item in free if not item.is_session and item.starts and item.pools]
    if not requests:
        return False
    wanted: set[int] = set()
    chosen: list[ItemSpec] = []
    for _attempt in range(8):
        pivot = rng.choice(requests)
        wanted.update(pivot.delegations)
        picked = [item for item in requests if wanted.intersection(item.delegations)]
        # Building a CP-SAT model is not bounded by its time limit: on a big plan
        # one busy delegation over the whole event can already be too many options.
        if count_options(problem, picked) > NEIGHBOURHOOD_OPTIONS:
            break
        chosen = picked
    limit = min(search.left(), NEIGHBOURHOOD_SECONDS)
    if limit <= 0.1 or not chosen:
        return False
    search.iterations += 1
    accepted, _result = search.run_free(chosen, limit)
    if accepted:
        search.report()
    return True
