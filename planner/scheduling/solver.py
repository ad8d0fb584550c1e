"""Build a schedule: greedy start, CP-SAT over the whole plan or over neighbourhoods.

:func:`solve` first keeps every session the officer placed (unless told to
rearrange them) and every lock, places what it can greedily (or, when
re-planning, keeps every placement that still fits), repairs sessions the greedy left out with a
sessions-only CP-SAT model, places more requests by moving the few requests
in their way elsewhere (:func:`_eject`), and then improves the schedule with CP-SAT: over
the whole plan when it is small, and otherwise by large-neighbourhood search
over windows of a day, each sub-model warm-started from the current
schedule. The best schedule so far is kept at every step, so a time limit or
a cancellation returns it.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from planner.domain import rules, times
from planner.domain.model import Placement, Plan
from planner.domain.rules import ABSENCE_COST, gap_of
from planner.scheduling.explain import Explanation, conflict_message, precheck
from planner.scheduling.greedy import greedy, programme_order, session_order
from planner.scheduling.model import SubResult, count_options, solve_free
from planner.scheduling.problem import (
    Booked,
    ItemSpec,
    Occupancy,
    Option,
    Problem,
    assign_rooms,
    objective,
)

FULL_MODEL_OPTIONS = 15_000
"""Plans with at most this many options are solved as one model (with a proven bound)."""
NEIGHBOURHOOD_OPTIONS = 12_000
SESSION_MODEL_OPTIONS = 20_000
"""Above this many options, session repair re-places only the sessions that compete."""
MOVE_COST = 100
"""What moving an already placed item costs when re-planning (more than any request)."""
PROTECTED_MOVE_COST = 1_000
"""Moving an item whose invitations were sent costs this much more."""
REPAIR_SECONDS = 10.0
"""Session repair may run this long (from the start) even past a shorter time limit.

A schedule that leaves out a session is no answer, so placing every session
comes before the time limit; a cancellation still stops the solver models.
"""
REORDER_SECONDS = 1.0
"""The quick reordering repair runs this long even when cancelled: it is cheap."""


@dataclass(frozen=True)
class SolveOptions:
    """How to solve: time limit (s), CP-SAT workers, re-plan with fewest moves, seed.

    ``protected``: items whose invitations were already sent; re-planning
    prefers not to move them. ``rearrange``: placed sessions may move too
    (by default each stays where the officer put it, unless that breaks a
    rule); locks, fixed starts and venues, windows and the order always hold.
    """

    time_limit: float = 30.0
    workers: int = 2
    replan: bool = False
    protected: frozenset[str] = frozenset()
    seed: int = 0
    rearrange: bool = False


@dataclass(frozen=True)
class Progress:
    score: int
    bound: int
    gap: float
    elapsed: float
    granted_weight: int
    absences: int
    requests_granted: int = 0


@dataclass(frozen=True)
class Move:
    """An item whose placement changed (``None``: not placed on that side)."""

    item: str
    before: Placement | None
    after: Placement | None


@dataclass(frozen=True)
class ScheduleResult:
    placements: tuple[Placement, ...]
    unplaced: tuple[Explanation, ...]
    moves: tuple[Move, ...]
    requests_gained: tuple[str, ...]
    requests_lost: tuple[str, ...]
    score: int
    bound: int
    gap: float
    weight: int
    absences: int
    sessions_placed: int
    sessions_total: int
    requests_granted: int
    requests_total: int
    status: str
    cancelled: bool
    elapsed: float
    granted_by_priority: tuple[tuple[int, int, int], ...] = ()
    """``(priority, granted, requested)``, as :class:`planner.domain.rules.Score` has it."""

    @property
    def figures(self) -> rules.Score:
        """The schedule's score, granted requests and absences, as ``rules.score`` gives them."""
        return rules.Score(
            sessions_placed=self.sessions_placed,
            sessions_total=self.sessions_total,
            requests_granted=self.requests_granted,
            requests_total=self.requests_total,
            weight=self.weight,
            absences=self.absences,
            granted_by_priority=self.granted_by_priority,
        )

    @property
    def complete(self) -> bool:
        """Whether every session is placed."""
        return self.sessions_placed == self.sessions_total


@dataclass
class _Search:
    problem: Problem
    options: SolveOptions
    progress: Callable[[Progress], None] | None
    cancel: threading.Event | None
    started: float
    deadline: float
    occupancy: Occupancy
    bound: int
    proven: bool = False
    status: str = "feasible"
    rng: random.Random = field(default_factory=random.Random)
    full_model_options: int = FULL_MODEL_OPTIONS
    iterations: int = 0
    improvements: int = 0
    complete_snapshot: list[Booked] | None = None
    """The latest schedule that placed every session placeable, kept for any stop."""

    def left(self) -> float:
        return self.deadline - time.monotonic()

    def stopped(self) -> bool:
        if self.cancel is not None and self.cancel.is_set():
            return True
        if self.left() <= 0.05:
            return True
        if not self.options.replan:
            _weight, _absences, score = objective(self.problem, self.occupancy.booked.values())
            if score >= self.bound and self.complete():
                self.proven = True
                self.status = "optimal"
                return True
        return False

    def complete(self) -> bool:
        return all(item.index in self.occupancy.booked for item in self.problem.sessions)

    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()

    def keep_if_complete(self, hopeless: set[int]) -> None:
        """Remember the schedule when it places every session that can be placed."""
        booked = self.occupancy.booked
        if all(i.index in booked for i in self.problem.sessions if i.index not in hopeless):
            self.complete_snapshot = list(booked.values())

    def restore_complete(self, hopeless: set[int]) -> None:
        """Go back to the last session-complete schedule if the current one lost a session."""
        booked = self.occupancy.booked
        if self.complete_snapshot is None or all(
            i.index in booked for i in self.problem.sessions if i.index not in hopeless
        ):
            return
        occupancy = Occupancy(self.problem)
        for entry in self.complete_snapshot:
            occupancy.add(self.problem.items[entry.item], entry.option, entry.venue)
        self.occupancy = occupancy

    def report(self) -> None:
        if self.progress is None:
            return
        booked = self.occupancy.booked
        weight, absences, score = objective(self.problem, booked.values())
        self.progress(
            Progress(
                score=score,
                bound=max(self.bound, score),
                gap=gap_of(score, self.bound),
                elapsed=time.monotonic() - self.started,
                granted_weight=weight,
                absences=absences,
                requests_granted=sum(1 for i in booked if not self.problem.items[i].is_session),
            )
        )

    def penalty(self, item: ItemSpec, option: Option) -> int:
        """Re-planning: staying where it was earns what a move (or a drop) would cost."""
        if not self.options.replan or item.current is None:
            return 0
        current = self.problem.option_of(item.current)
        if current is None or current.start != option.start or current.pool != option.pool:
            return 0
        bonus = MOVE_COST
        if item.id in self.options.protected:
            bonus += PROTECTED_MOVE_COST
        return -bonus

    def value(self) -> int:
        total = 0
        for booked in self.occupancy.booked.values():
            item = self.problem.items[booked.item]
            total += item.weight - ABSENCE_COST * booked.option.absences
            total -= self.penalty(item, booked.option)
            if item.is_session:
                total += 10**9
        return total

    def run_free(
        self,
        free: list[ItemSpec],
        limit: float,
        allowed: dict[int, tuple[int, int]] | None = None,
        deadline: float | None = None,
    ) -> tuple[bool, SubResult]:
        """Re-place ``free`` items with CP-SAT; keep the result only when it is no worse."""
        occupancy = self.occupancy
        before = {i.index: occupancy.booked[i.index] for i in free if i.index in occupancy.booked}
        old_value = self.value()
        for index in before:
            occupancy.remove(self.problem.items[index])
        result = solve_free(
            self.problem,
            occupancy,
            free,
            allowed_starts=allowed,
            hint={index: booked.option for index, booked in before.items()},
            penalty=self.penalty if self.options.replan else None,
            deadline=self.deadline if deadline is None else deadline,
            time_limit=limit,
            workers=self.options.workers,
            seed=self.rng.randrange(1 << 30),
            cancel=self.cancel,
        )
        if result.feasible:
            for index, option in result.chosen.items():
                item = self.problem.items[index]
                occupancy.add(item, option, item.held.venue if item.held else None)
            if self.value() >= old_value:
                return True, result
            for index in result.chosen:
                occupancy.remove(self.problem.items[index])
        for index, booked in before.items():
            occupancy.add(self.problem.items[index], booked.option, booked.venue)
        return False, result


def solve(
    plan: Plan,
    options: SolveOptions | None = None,
    progress: Callable[[Progress], None] | None = None,
    cancel: threading.Event | None = None,
) -> ScheduleResult:
    """A schedule for ``plan`` keeping rules 1–10, as good as the time allows."""
    options = options or SolveOptions()
    started = time.monotonic()
    problem = Problem(plan, keep_sessions=not options.rearrange)
    search = _Search(
        problem=problem,
        options=options,
        progress=progress,
        cancel=cancel,
        started=started,
        deadline=started + max(0.1, options.time_limit - _finishing_time(options.time_limit)),
        occupancy=Occupancy(problem),
        bound=0,
        rng=random.Random(options.seed),
    )
    _hold(search)
    # After the held placements are settled: a kept session released from its
    # place widens what the bound must allow for.
    search.bound = _first_bound(problem, options.time_limit)
    explanations: dict[str, Explanation] = {}
    hopeless = set()
    for item in problem.sessions:
        found = precheck(problem, item)
        if found is not None:
            explanations[item.id] = found
            hopeless.add(item.index)
    _start(search)
    search.keep_if_complete(hopeless)
    search.report()
    _repair_sessions(search, hopeless, explanations)
    search.keep_if_complete(hopeless)
    search.report()
    if not search.stopped() and not options.replan:
        _eject(search, started + EJECT_SHARE * options.time_limit)
        search.report()
    if not search.stopped():
        _improve(search)
    search.restore_complete(hopeless)
    search.stopped()
    return _result(search, explanations, started)


def _finishing_time(time_limit: float) -> float:
    """Time kept back for naming rooms and checking the result (about 0.6 s on 10,000 items)."""
    return min(0.2 + 0.01 * time_limit, 3.0)


def _hold(search: _Search) -> None:
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


def _start(search: _Search) -> None:
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


def _repair_sessions(
    search: _Search, hopeless: set[int], explanations: dict[str, Explanation]
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


def _reorder_sessions(search: _Search, sessions: list[ItemSpec], tries: int = 200) -> bool:
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
    search: _Search,
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


EJECT_SHARE = 0.25
"""The share of the time limit that :func:`_eject` may use at most."""
EJECT_EVERY = 10.0
"""Seconds of neighbourhood search between two rounds of :func:`_eject`."""
EJECT_SECONDS = 1.5
"""How long each of those rounds may take."""
EJECT_REQUESTS = 1_000
"""Only plans with this many requests get those rounds (smaller ones lost by them)."""


def _eject(search: _Search, until: float) -> None:
    """Place unplaced requests by moving the requests in their way elsewhere.

    For each unplaced request, heaviest first, and each of its starts, the
    requests of its delegations and people around that start are taken out,
    the request is placed, and those taken out are placed again wherever
    they fit; the change is kept when the granted weight rose.
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
            if any(
                problem.items[entry.item].is_session or problem.items[entry.item].held
                for entry in blocking
            ):
                continue
            if len(blocking) > 3:
                continue
            if _eject_at(search, item, start, blocking):
                break


def _eject_at(search: _Search, item: ItemSpec, start: int, blocking: list[Booked]) -> bool:
    """Place ``item`` at ``start`` in place of ``blocking``; False (undone) if no better."""
    problem, occupancy = search.problem, search.occupancy
    for entry in blocking:
        occupancy.remove(problem.items[entry.item])
    option = occupancy.first_fit(item, [start])
    if option is not None:
        occupancy.add(item, option)
        gained = item.weight
        placed = []
        for entry in sorted(blocking, key=lambda e: -problem.items[e.item].weight):
            other = problem.items[entry.item]
            again = occupancy.first_fit(other)
            if again is not None:
                occupancy.add(other, again)
                placed.append(other)
            else:
                gained -= other.weight
        if gained > 0:
            return True
        for other in placed:
            occupancy.remove(other)
        occupancy.remove(item)
    for entry in blocking:
        occupancy.add(problem.items[entry.item], entry.option, entry.venue)
    return False


def _improve(search: _Search) -> None:
    problem = search.problem
    free = [item for item in problem.items if item.held is None]
    total = count_options(problem, free)
    if total <= search.full_model_options:
        _accepted, result = search.run_free(free, max(0.1, search.left()))
        if result.feasible and not search.options.replan:
            sessions = sum(1 for i in problem.sessions if i.index in search.occupancy.booked)
            locked_value = sum(
                problem.items[b.item].weight - ABSENCE_COST * b.option.absences
                for b in search.occupancy.booked.values()
                if problem.items[b.item].held is not None
            )
            free_sessions = sum(
                1 for i in free if i.is_session and i.index in search.occupancy.booked
            )
            del sessions
            bound = int(result.bound) - result.big * free_sessions + locked_value
            if result.status == "optimal":
                bound = round(result.objective) - result.big * free_sessions + locked_value
                search.proven = True
                search.status = "optimal"
            search.bound = min(search.bound, bound)
        search.report()
        return
    _neighbourhoods(search, free)


def _neighbourhoods(search: _Search, free: list[ItemSpec]) -> None:
    """Large-neighbourhood search over windows of a day.

    Each step frees what lies in a window of one day (and every unplaced item
    that could go there) and re-solves it exactly. Windows grow while the
    sub-models are solved to optimality quickly, and shrink when they are not.
    """
    problem, occupancy, rng = search.problem, search.occupancy, search.rng
    days = problem.days
    window_minutes = 120
    next_eject = time.monotonic() + EJECT_EVERY
    eject = not search.options.replan and len(problem.requests) >= EJECT_REQUESTS
    while not search.stopped():
        if eject and time.monotonic() >= next_eject:
            value = search.value()
            _eject(search, min(search.deadline, time.monotonic() + EJECT_SECONDS))
            if search.value() > value:
                search.improvements += 1
                search.report()
            next_eject = time.monotonic() + EJECT_EVERY
            continue
        if search.iterations % 2 == 1 and _delegation_neighbourhood(search, free):
            continue
        day = rng.randrange(len(days))
        opens, closes = days[day]
        length = min(window_minutes, closes - opens)
        steps = max(1, (closes - opens - length) // problem.slot + 1)
        first = opens + problem.slot * rng.randrange(steps)
        last = first + length
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
        limit = min(search.left(), 2.0)
        if limit <= 0.1:
            break
        search.iterations += 1
        began = time.monotonic()
        accepted, result = search.run_free(chosen, limit, allowed)
        if accepted:
            search.improvements += 1
            search.report()
        quick = time.monotonic() - began < 0.5 * limit
        if result.status == "optimal" and quick:
            window_minutes = min(closes - opens, window_minutes + 30)
        elif result.status != "optimal" and window_minutes > 2 * problem.slot:
            window_minutes = max(2 * problem.slot, window_minutes - 30)


TIGHT_BOUND_LIMIT = 10.0
"""From this time limit on, the solver spends a moment on the tighter relaxation of :mod:`bound`."""
LP_BOUND_LIMIT = 20.0
"""From this time limit on, it also tries the time-indexed relaxation (at most a tenth of it)."""


def _first_bound(problem: Problem, time_limit: float) -> int:
    """The proven bound before any search: the quick LP, tightened when time allows."""
    quick = upper_bound(problem)
    if time_limit < TIGHT_BOUND_LIMIT:
        return quick
    from planner.scheduling.bound import time_indexed_bound
    from planner.scheduling.bound import upper_bound as tighter

    bound = min(quick, tighter(problem, seconds=min(2.0, time_limit * 0.03)))
    if time_limit >= LP_BOUND_LIMIT:
        relaxed = time_indexed_bound(problem, seconds=min(6.0, time_limit * 0.1))
        if relaxed is not None:
            bound = min(bound, relaxed)
    return bound


def _delegation_neighbourhood(search: _Search, free: list[ItemSpec]) -> bool:
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
    limit = min(search.left(), 2.0)
    if limit <= 0.1 or not chosen:
        return False
    search.iterations += 1
    accepted, _result = search.run_free(chosen, limit)
    if accepted:
        search.improvements += 1
        search.report()
    return True


def upper_bound(problem: Problem) -> int:
    """An upper bound on the score: an LP over each delegation's and each room's time.

    Each granted request takes its duration from both delegations' working
    time in town and from the rooms' time; each session for all costs at least
    its fewest absences.
    """
    from ortools.linear_solver import pywraplp

    requests = [item for item in problem.requests if item.starts and item.pools]
    absences = sum(
        min((item.involved_at[s][1] for s in item.starts), default=0)
        for item in problem.sessions
        if item.for_all
    )
    if not requests:
        return -ABSENCE_COST * absences
    solver = pywraplp.Solver.CreateSolver("GLOP")
    if solver is None:
        return sum(item.weight for item in requests) - ABSENCE_COST * absences
    variables = {item.index: solver.NumVar(0.0, 1.0, "") for item in requests}
    usage: dict[int, list[tuple[object, int]]] = {}
    for item in requests:
        for delegation in item.delegations:
            usage.setdefault(delegation, []).append((variables[item.index], item.duration))
    for delegation, terms in usage.items():
        arrival, departure = problem.stays[delegation]
        available = sum(
            max(0, min(closes, departure) - max(opens, arrival)) for opens, closes in problem.days
        )
        busy = sum(
            item.duration
            for item in problem.sessions
            if not item.for_all and delegation in item.delegations
        )
        constraint = solver.Constraint(0.0, float(max(0, available - busy)))
        for var, duration in terms:
            constraint.SetCoefficient(var, float(duration))
    rooms = sum(pool.size for pool in problem.pools) * sum(c - o for o, c in problem.days)
    constraint = solver.Constraint(0.0, float(rooms))
    for item in requests:
        constraint.SetCoefficient(variables[item.index], float(item.duration))
    objective_ = solver.Objective()
    for item in requests:
        objective_.SetCoefficient(variables[item.index], float(item.weight))
    objective_.SetMaximization()
    if solver.Solve() != pywraplp.Solver.OPTIMAL:
        return sum(item.weight for item in requests) - ABSENCE_COST * absences
    return int(solver.Objective().Value() + 1e-6) - ABSENCE_COST * absences


def _result(
    search: _Search, explanations: dict[str, Explanation], started: float
) -> ScheduleResult:
    problem, occupancy = search.problem, search.occupancy
    plan = problem.plan
    prefer = {p.item: p.venue for p in plan.schedule}
    booked = list(occupancy.booked.values())
    placements = assign_rooms(problem, booked, prefer)
    placements = _safe(plan, placements)
    placed = {p.item for p in placements}
    unplaced = []
    for item in problem.sessions:
        if item.id not in placed:
            unplaced.append(
                explanations.get(item.id)
                or Explanation(
                    item.id, 0, f"‘{item.title}’ could not be placed within the time limit"
                )
            )
    checked = rules.score(replace(plan, schedule=tuple(placements)))
    before = plan.placement_by_item
    after = {p.item: p for p in placements}
    moves = []
    for item_id in sorted(set(before) | set(after)):
        old, new = before.get(item_id), after.get(item_id)
        if (
            old is not None
            and new is not None
            and times.minutes(old.start) == times.minutes(new.start)
            and old.venue == new.venue
        ):
            continue
        moves.append(Move(item_id, old, new))
    requests = plan.request_by_id
    gained = tuple(sorted(i for i in after if i in requests and i not in before))
    lost = tuple(sorted(i for i in before if i in requests and i not in after))
    cancelled = search.cancel is not None and search.cancel.is_set()
    bound = max(search.bound, checked.score)
    status = search.status
    if cancelled:
        status = "cancelled"
    elif checked.sessions_placed < checked.sessions_total:
        status = "incomplete"
    elif not search.proven and time.monotonic() >= search.deadline - 0.05:
        status = "time limit"
    return ScheduleResult(
        placements=tuple(placements),
        unplaced=tuple(unplaced),
        moves=tuple(moves),
        requests_gained=gained,
        requests_lost=lost,
        score=checked.score,
        bound=bound,
        gap=gap_of(checked.score, bound),
        weight=checked.weight,
        absences=checked.absences,
        sessions_placed=checked.sessions_placed,
        sessions_total=checked.sessions_total,
        requests_granted=checked.requests_granted,
        requests_total=checked.requests_total,
        status=status,
        cancelled=cancelled,
        elapsed=time.monotonic() - started,
        granted_by_priority=checked.granted_by_priority,
    )


def _safe(plan: Plan, placements: list[Placement]) -> list[Placement]:
    """Drop any request the rule checker objects to (a safety net; it should never act)."""
    locked = {p.item for p in plan.schedule if p.locked}
    for _round in range(3):
        violations = rules.check(replace(plan, schedule=tuple(placements)))
        bad = {
            item
            for violation in violations
            for item in violation.items
            if item in plan.request_by_id and item not in locked
        }
        if not bad:
            break
        placements = [p for p in placements if p.item not in bad]
    return placements


__all__ = ["Booked", "Move", "Progress", "ScheduleResult", "SolveOptions", "solve"]
