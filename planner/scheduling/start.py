"""The schedule the search starts from: held placements, greedy, then every session placed.

:func:`hold` books the locks and the sessions the officer placed, :func:`start`
places the rest greedily (re-planning first keeps every placement that still
fits), and :func:`repair_sessions` places the sessions the greedy left out:
by greedy placement in shuffled orders, else with a sessions-only CP-SAT
model, explaining the sessions that still cannot be placed.
"""

from __future__ import annotations

import random
import time

from planner.scheduling.explain import Explanation, conflict_message
from planner.scheduling.greedy import greedy, programme_order, session_order
from planner.scheduling.model import count_options, solve_free
from planner.scheduling.problem import ItemSpec, Occupancy, Problem
from planner.scheduling.search import Search

SESSION_MODEL_OPTIONS = 20_000
"""Above this many options, session repair re-places only the sessions that compete.

Fitted on the benchmark's plans: the sessions of the generated ASEAN plan
(about 4,000 options) and of every smaller one are re-placed all together;
UNGA's (about 30,000) and stress's only with those they compete with.
"""
REPAIR_SECONDS = 10.0
"""Session repair may run this long (from the start) even past a shorter time limit.

A schedule that leaves out a session is no answer, so placing every session
comes before the time limit; a cancellation still stops the solver models.
"""
REORDER_SECONDS = 1.0
"""The quick reordering repair runs this long even when cancelled: it is cheap."""


def hold(search: Search) -> None:
    """Book the locked placements, then the kept sessions that still fit with them.

    A kept session that clashes with what is booked already (the officer put
    two sessions for one delegation at once, or the closing before the
    opening) is released, to be placed anew where the rules allow.
    """
    problem, occupancy = search.problem, search.occupancy
    for item in problem.items:
        if item.locked is not None:
            option = problem.option_of(item.locked)
            if option is not None:
                occupancy.add(item, option, item.locked.venue)
    kept = [item for item in problem.sessions if item.kept is not None]
    # In the programme's order, earliest first: of two kept in the wrong order
    # the later one moves.
    for item in programme_order(kept, key=lambda item: (item.starts[0], item.id)):
        assert item.kept is not None
        option = problem.option_of(item.kept)
        if (
            option is not None
            and any(o == option for o in item.options(problem))
            and occupancy.fits(item, option)
        ):
            occupancy.add(item, option, item.kept.venue)
        else:
            item.release()


def start(search: Search) -> None:
    """(Re-planning) current placements that still fit, then greedy."""
    problem, occupancy = search.problem, search.occupancy
    if search.options.replan:
        kept = [item for item in problem.items if item.current is not None and item.held is None]
        kept.sort(
            key=lambda item: (
                not item.is_session,
                item.id not in search.options.protected,
                -item.weight,
                item.id,
            )
        )
        for item in kept:
            assert item.current is not None
            option = problem.option_of(item.current)
            if option is None or option.start not in item.starts:
                continue
            if not any(o == option for o in item.options(problem) if o.start == option.start):
                continue
            if occupancy.fits(item, option):
                occupancy.add(item, option, item.current.venue)
    greedy(problem, occupancy)


def repair_sessions(
    search: Search, hopeless: set[int], explanations: dict[str, Explanation]
) -> None:
    """Place sessions the greedy missed, moving requests and other sessions as needed."""
    problem, occupancy = search.problem, search.occupancy
    missing = [
        item
        for item in problem.sessions
        if item.index not in occupancy.booked and item.index not in hopeless
    ]
    if not missing:
        return
    # Sessions only: free every session that is not locked, drop the requests.
    requests = [
        occupancy.booked[item.index]
        for item in problem.requests
        if item.index in occupancy.booked and item.held is None
    ]
    for booked in requests:
        occupancy.remove(problem.items[booked.item])
    sessions = [
        item for item in problem.sessions if item.held is None and item.index not in hopeless
    ]
    # Placing every session comes before the time limit (within REPAIR_SECONDS).
    deadline = max(search.deadline, search.started + REPAIR_SECONDS)
    limit = max(3.0, min((deadline - time.monotonic()) * 0.6, 30.0))
    accepted = _reorder_sessions(search, sessions)
    if not accepted and count_options(problem, sessions) > SESSION_MODEL_OPTIONS:
        # A large plan: re-place the missing sessions with those that share
        # delegations or people with them, the others staying where they are.
        sessions = _neighbours(problem, occupancy, sessions)
    if not accepted and not search.cancelled():
        accepted, _result = search.run_free(sessions, limit, deadline=deadline)
    if not search.cancelled() and (
        not accepted or any(item.index not in occupancy.booked for item in sessions)
    ):
        _explain_conflicts(search, sessions, explanations, limit, deadline)
    for booked in requests:
        item = problem.items[booked.item]
        if occupancy.fits(item, booked.option):
            occupancy.add(item, booked.option, booked.venue)
    greedy(problem, occupancy)


def _neighbours(problem: Problem, occupancy: Occupancy, sessions: list[ItemSpec]) -> list[ItemSpec]:
    """The missing sessions and, within a budget of options, the sessions they compete with."""
    missing = [item for item in sessions if item.index not in occupancy.booked]
    chosen = list(missing)
    budget = SESSION_MODEL_OPTIONS - count_options(problem, chosen)
    wanted_delegations = {d for item in missing for d in item.delegations}
    wanted_people = {p for item in missing for p in item.people}
    everyone = any(item.for_all for item in missing)
    for item in sessions:
        if item.index not in occupancy.booked or len(item.starts) <= 1:
            continue
        related = (
            everyone
            or item.for_all
            or wanted_delegations.intersection(item.delegations)
            or wanted_people.intersection(item.people)
        )
        cost = len(item.starts) * len(item.pools)
        if related and cost <= budget:
            chosen.append(item)
            budget -= cost
    return chosen


def _reorder_sessions(search: Search, sessions: list[ItemSpec], tries: int = 200) -> bool:
    """Greedy placement of the sessions in shuffled orders, until one places them all."""
    problem, occupancy = search.problem, search.occupancy
    saved = [occupancy.booked[item.index] for item in sessions if item.index in occupancy.booked]
    for booked in saved:
        occupancy.remove(problem.items[booked.item])
    rng = random.Random(search.options.seed)
    began = time.monotonic()
    order = programme_order(sessions, key=lambda item: session_order(problem, item))
    for attempt in range(tries):
        if attempt:
            rng.shuffle(order)
            position = {item.index: place for place, item in enumerate(order)}
            order = programme_order(
                order, key=lambda item: (len(item.starts) > 1, position[item.index])
            )
        placed = []
        for item in order:
            starts = list(item.starts)
            if item.for_all:
                starts.sort(key=lambda start: (item.involved_at[start][1], start))
            option = occupancy.first_fit(item, starts)
            if option is None:
                break
            occupancy.add(item, option)
            placed.append(item)
        if len(placed) == len(order):
            return True
        for item in placed:
            occupancy.remove(item)
        # Cheap enough to finish past the time limit or a cancellation.
        if time.monotonic() - began > REORDER_SECONDS and search.stopped():
            break
    for booked in saved:
        occupancy.add(problem.items[booked.item], booked.option, booked.venue)
    return False


def _explain_conflicts(
    search: Search,
    sessions: list[ItemSpec],
    explanations: dict[str, Explanation],
    limit: float,
    deadline: float,
) -> None:
    problem, occupancy = search.problem, search.occupancy
    missing = [item for item in sessions if item.index not in occupancy.booked]
    if not missing:
        return
    placed = [item for item in sessions if item.index in occupancy.booked]
    saved = [occupancy.booked[item.index] for item in placed]
    for booked in saved:
        occupancy.remove(problem.items[booked.item])
    core_result = solve_free(
        problem,
        occupancy,
        sessions,
        deadline=time.monotonic() + max(0.5, min(limit, deadline - time.monotonic())),
        workers=search.options.workers,
        seed=search.options.seed,
        cancel=search.cancel,
        assume_sessions=True,
    )
    for booked in saved:
        occupancy.add(problem.items[booked.item], booked.option, booked.venue)
    core = [problem.items[index] for index in core_result.chosen]
    for item in missing:
        group = core if any(c.index == item.index for c in core) else [item, *core]
        explanations[item.id] = conflict_message(problem, group, item)
