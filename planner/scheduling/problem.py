"""The immutable snapshot the schedulers work on: the plan in integer minutes.

Times are UTC minutes. Every start lies on a *grid point*: the slot grid of
one event day counted from ``day_start``. Two placements whose starts are grid
points overlap exactly when one of them covers the other's start, so checking
occupancy at grid points is exact.

Venues that are interchangeable for every item (same building, capacity and
features, never unavailable, not named by a fixed, locked or kept placement) form a
*pool*: the schedulers count how many rooms of a pool are busy and
:func:`assign_rooms` names the rooms at the end, an interval colouring that
always succeeds when no grid point has more bookings than rooms.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from planner.domain import times
from planner.domain.model import (
    BILATERAL_SEATS,
    Placement,
    Plan,
    RequestStatus,
    Venue,
)
from planner.domain.rules import ABSENCE_COST, in_town_on


@dataclass(frozen=True)
class Pool:
    """Interchangeable venues."""

    index: int
    venues: tuple[str, ...]
    building: int
    capacity: int
    features: frozenset[str]
    unavailable: tuple[tuple[int, int], ...] = ()

    @property
    def size(self) -> int:
        return len(self.venues)


@dataclass(frozen=True)
class Option:
    """One way to place an item: a start, a pool and who is involved."""

    start: int
    pool: int
    delegations: tuple[int, ...]
    absences: int = 0


@dataclass
class ItemSpec:
    """An item (a session, or a bilateral request that is not declined)."""

    index: int
    id: str
    title: str
    is_session: bool
    duration: int
    weight: int
    priority: int
    for_all: bool
    delegations: tuple[int, ...]
    people: tuple[int, ...]
    needs: frozenset[str]
    seats: int
    spd: int
    starts: tuple[int, ...]
    pools: tuple[int, ...]
    locked: Placement | None = None
    current: Placement | None = None
    involved_at: dict[int, tuple[tuple[int, ...], int]] = field(default_factory=dict)
    """For sessions for all: start -> (delegations present, absences)."""
    kept: Placement | None = None
    """A session the officer placed, kept where it is (``starts`` and ``pools`` are its own)."""
    free_starts: tuple[int, ...] = ()
    free_pools: tuple[int, ...] = ()
    """Where a kept session could go if it cannot stay (see :meth:`release`)."""
    after: tuple[int, ...] = ()
    """Sessions that must end before this one starts (rule 10)."""
    before: tuple[int, ...] = ()
    """Sessions that start only once this one has ended."""

    @property
    def held(self) -> Placement | None:
        """The placement the schedulers must not move: locked, or kept."""
        return self.locked or self.kept

    def release(self) -> None:
        """Let a kept session go anywhere its rules allow (its place breaks a rule)."""
        if self.kept is not None:
            self.kept = None
            self.starts, self.pools = self.free_starts, self.free_pools

    def options(self, problem: Problem, within: tuple[int, int] | None = None) -> Iterator[Option]:
        """Every (start, pool) that keeps rules 4–8 for this item alone (within a span)."""
        starts: Sequence[int] = self.starts
        if within is not None:
            first = bisect.bisect_left(starts, within[0])
            last = bisect.bisect_right(starts, within[1] - self.duration)
            starts = starts[first:last]
        for start in starts:
            end = start + self.duration
            if self.for_all:
                involved, absences = self.involved_at[start]
                seats = self.spd * len(involved) + self.seats
            else:
                involved, absences, seats = self.delegations, 0, self.seats
            for pool_index in self.pools:
                pool = problem.pools[pool_index]
                if pool.capacity < seats:
                    continue
                if any(a < end and start < b for a, b in pool.unavailable):
                    continue
                yield Option(start, pool_index, involved, absences)


class Problem:
    """A plan resolved for scheduling.

    With ``keep_sessions`` every placed session is *kept*: it may take only
    the start and venue it has, unless that breaks a rule for it alone (then
    it is free as if unplaced); the scheduler releases one that clashes with
    other kept or locked placements.
    """

    def __init__(self, plan: Plan, *, keep_sessions: bool = False) -> None:
        self.plan = plan
        self.keep_sessions = keep_sessions
        event = plan.event
        self.tz = event.zone
        self.slot = event.slot_minutes
        self.changeover = event.changeover_minutes
        self.days: list[tuple[int, int]] = [
            (times.minutes(a), times.minutes(b)) for a, b in map(event.day_bounds, event.days)
        ]
        self.grid: list[int] = []
        for opens, closes in self.days:
            self.grid.extend(range(opens, closes, self.slot))
        self.delegation_ids = [d.id for d in plan.delegations]
        self.delegation_index = {d: i for i, d in enumerate(self.delegation_ids)}
        self.stays = [
            (times.minutes(d.arrival), times.minutes(d.departure)) for d in plan.delegations
        ]
        self.person_ids = [p.id for p in plan.people]
        self.person_index = {p: i for i, p in enumerate(self.person_ids)}
        buildings = sorted({v.building for v in plan.venues})
        self.building_index = {name: i for i, name in enumerate(buildings)}
        self._in_town = [[in_town_on(d, day, plan) for d in plan.delegations] for day in event.days]
        self.pools = self._make_pools(plan)
        self.pool_of_venue = {venue: pool.index for pool in self.pools for venue in pool.venues}
        self.items: list[ItemSpec] = []
        self.item_index: dict[str, int] = {}
        for session in plan.sessions:
            self._add(session.id)
        for request in plan.requests:
            if request.status is not RequestStatus.DECLINED:
                self._add(request.id)
        self._link_order()

    # Construction -----------------------------------------------------------

    def _make_pools(self, plan: Plan) -> list[Pool]:
        pinned = {s.fixed.venue for s in plan.sessions if s.fixed and s.fixed.venue}
        pinned |= {p.venue for p in plan.schedule if p.locked}
        if self.keep_sessions:
            pinned |= {p.venue for p in plan.schedule if p.item in plan.session_by_id}
        groups: dict[tuple[object, ...], list[Venue]] = defaultdict(list)
        for venue in plan.venues:
            if venue.id in pinned or venue.unavailable:
                key: tuple[object, ...] = ("single", venue.id)
            else:
                key = (venue.building, venue.capacity, frozenset(venue.features))
            groups[key].append(venue)
        pools: list[Pool] = []
        for group in groups.values():
            first = group[0]
            pools.append(
                Pool(
                    index=len(pools),
                    venues=tuple(v.id for v in group),
                    building=self.building_index[first.building],
                    capacity=first.capacity,
                    features=frozenset(str(f) for f in first.features),
                    unavailable=tuple(
                        (times.minutes(s.start), times.minutes(s.end)) for s in first.unavailable
                    ),
                )
            )
        return pools

    def _add(self, item_id: str) -> None:
        plan = self.plan
        session = plan.session_by_id.get(item_id)
        request = plan.request_by_id.get(item_id)
        current = plan.placement_by_item.get(item_id)
        locked = current if current is not None and current.locked else None
        fixed_start: int | None = None
        fixed_venue: str | None = None
        if session is not None:
            duration = session.duration_minutes
            window = session.window
            needs = frozenset(str(f) for f in session.required_features)
            for_all = session.for_all
            delegations = (
                ()
                if session.for_all
                else tuple(
                    self.delegation_index[d]
                    for d in session.delegations
                    if d in self.delegation_index
                )
            )
            people = tuple(
                self.person_index[p]
                for p in dict.fromkeys((*session.people, *session.remote))
                if p in self.person_index
            )
            # Rule 4: whoever must attend in person needs their delegation in town.
            present = tuple(
                dict.fromkeys(
                    (
                        *delegations,
                        *(
                            self.delegation_index[plan.person_by_id[p].delegation]
                            for p in session.people
                            if p in plan.person_by_id
                            and plan.person_by_id[p].delegation in self.delegation_index
                        ),
                    )
                )
            )
            seats = (
                session.extra_seats
                if for_all
                else session.seats_per_delegation * len(delegations) + session.extra_seats
            )
            spd = session.seats_per_delegation
            weight, priority = 0, 0
            if session.fixed is not None:
                if session.fixed.start is not None:
                    fixed_start = times.minutes(session.fixed.start)
                fixed_venue = session.fixed.venue
        else:
            assert request is not None
            duration = request.duration_minutes
            window = request.window
            needs = frozenset(str(f) for f in request.needs)
            for_all = False
            delegations = tuple(
                self.delegation_index[d] for d in request.delegations if d in self.delegation_index
            )
            people = ()
            present = delegations
            seats, spd = BILATERAL_SEATS, 0
            weight, priority = request.weight, request.priority
        earliest = times.minutes(window.earliest) if window and window.earliest else None
        latest = times.minutes(window.latest) if window and window.latest else None
        if locked is not None:
            starts: tuple[int, ...] = (times.minutes(locked.start),)
            venue_pin: str | None = locked.venue
        else:
            venue_pin = fixed_venue
            candidates = []
            for day_index, (opens, closes) in enumerate(self.days):
                del day_index
                for start in range(opens, closes - duration + 1, self.slot):
                    end = start + duration
                    if fixed_start is not None and start != fixed_start:
                        continue
                    if earliest is not None and start < earliest:
                        continue
                    if latest is not None and end > latest:
                        continue
                    if not all(
                        self.stays[d][0] <= start and end <= self.stays[d][1] for d in present
                    ):
                        continue
                    candidates.append(start)
            starts = tuple(candidates)
        if venue_pin is not None:
            pools: tuple[int, ...] = (
                (self.pool_of_venue[venue_pin],) if venue_pin in self.pool_of_venue else ()
            )
            if locked is None and pools and not needs <= self.pools[pools[0]].features:
                pools = ()
        else:
            pools = tuple(p.index for p in self.pools if needs <= p.features)
        free_starts, free_pools = starts, pools
        kept = None
        if (
            self.keep_sessions
            and session is not None
            and current is not None
            and locked is None
            and times.minutes(current.start) in starts
            and self.pool_of_venue.get(current.venue) in pools
        ):
            kept = current
            starts = (times.minutes(current.start),)
            pools = (self.pool_of_venue[current.venue],)
        spec = ItemSpec(
            index=len(self.items),
            id=item_id,
            title=plan.item_title(item_id),
            is_session=session is not None,
            duration=duration,
            weight=weight,
            priority=priority,
            for_all=for_all,
            delegations=delegations,
            people=people,
            needs=needs,
            seats=seats,
            spd=spd,
            starts=starts,
            pools=pools,
            locked=locked,
            current=current,
            kept=kept,
            free_starts=free_starts,
            free_pools=free_pools,
        )
        if for_all:
            for start in free_starts:
                spec.involved_at[start] = self.involved(start, start + duration)
        self.item_index[item_id] = spec.index
        self.items.append(spec)

    def _link_order(self) -> None:
        """Rule 10: each session's earlier and later sessions, by item index."""
        later: dict[int, list[int]] = defaultdict(list)
        for session in self.plan.sessions:
            index = self.item_index[session.id]
            earlier = tuple(
                self.item_index[other]
                for other in dict.fromkeys(session.after)
                if other in self.item_index and other != session.id
            )
            self.items[index].after = earlier
            for other in earlier:
                later[other].append(index)
        for index, following in later.items():
            self.items[index].before = tuple(following)

    # Questions --------------------------------------------------------------

    def involved(self, start: int, end: int) -> tuple[tuple[int, ...], int]:
        """Delegations present for all of ``start``..``end``, and the absences then."""
        day = self.day_of(start)
        present = []
        absences = 0
        for index, (arrival, departure) in enumerate(self.stays):
            if arrival <= start and end <= departure:
                present.append(index)
            elif day is not None and self._in_town[day][index]:
                absences += 1
        return tuple(present), absences

    def day_of(self, minute: int) -> int | None:
        for index, (opens, closes) in enumerate(self.days):
            if opens <= minute < closes:
                return index
        return None

    @property
    def sessions(self) -> list[ItemSpec]:
        return [item for item in self.items if item.is_session]

    @property
    def requests(self) -> list[ItemSpec]:
        return [item for item in self.items if not item.is_session]

    def points(self, start: int, end: int) -> range:
        """Indexes of the grid points covered by ``start``..``end``."""
        first = bisect.bisect_left(self.grid, start)
        last = bisect.bisect_left(self.grid, end)
        return range(first, last)

    def option_of(self, placement: Placement) -> Option | None:
        """The option a placement takes, when its item and venue are known."""
        index = self.item_index.get(placement.item)
        pool = self.pool_of_venue.get(placement.venue)
        if index is None or pool is None:
            return None
        item = self.items[index]
        start = times.minutes(placement.start)
        if item.for_all:
            involved, absences = self.involved(start, start + item.duration)
            return Option(start, pool, involved, absences)
        return Option(start, pool, item.delegations)


@dataclass(frozen=True)
class Booked:
    """An item placed at an option (the schedulers' working form of a placement)."""

    item: int
    option: Option
    venue: str | None = None


class Occupancy:
    """Who and what is busy when: the incremental form of rules 1, 2, 3 and 9."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.pool_busy = [[0] * len(problem.grid) for _ in problem.pools]
        self.delegation: list[list[tuple[int, int, int]]] = [[] for _ in problem.stays]
        self.person: list[list[tuple[int, int]]] = [[] for _ in problem.person_ids]
        self.booked: dict[int, Booked] = {}

    def in_order(self, item: ItemSpec, start: int) -> bool:
        """Rule 10 against what is booked: after its earlier sessions, before its later ones."""
        items = self.problem.items
        for index in item.after:
            booked = self.booked.get(index)
            if booked is not None and booked.option.start + items[index].duration > start:
                return False
        end = start + item.duration
        for index in item.before:
            booked = self.booked.get(index)
            if booked is not None and booked.option.start < end:
                return False
        return True

    def fits(self, item: ItemSpec, option: Option) -> bool:
        problem = self.problem
        start, end = option.start, option.start + item.duration
        if (item.after or item.before) and not self.in_order(item, start):
            return False
        busy = self.pool_busy[option.pool]
        size = problem.pools[option.pool].size
        for point in problem.points(start, end):
            if busy[point] >= size:
                return False
        for person in item.people:
            for a, b in self.person[person]:
                if a < end and start < b:
                    return False
        building = problem.pools[option.pool].building
        gap = problem.changeover
        for delegation in option.delegations:
            for a, b, other in self.delegation[delegation]:
                margin = 0 if other == building else gap
                if a < end + margin and start < b + margin:
                    return False
        return True

    def first_fit(self, item: ItemSpec, starts: Iterable[int] | None = None) -> Option | None:
        """The first option of ``item`` that fits, trying ``starts`` in order (fast path)."""
        problem = self.problem
        gap = problem.changeover
        pools = [problem.pools[index] for index in item.pools]
        if not pools:
            return None
        ordered = bool(item.after or item.before)
        for start in item.starts if starts is None else starts:
            end = start + item.duration
            if ordered and not self.in_order(item, start):
                continue
            if item.for_all:
                involved, absences = item.involved_at[start]
                seats = item.spd * len(involved) + item.seats
            else:
                involved, absences, seats = item.delegations, 0, item.seats
            if any(a < end and start < b for person in item.people for a, b in self.person[person]):
                continue
            allowed: set[int] | None = None
            clash = False
            for delegation in involved:
                for a, b, other in self.delegation[delegation]:
                    if a < end + gap and start < b + gap:
                        if a < end and start < b:
                            clash = True
                            break
                        allowed = {other} if allowed is None or other in allowed else set()
                if clash:
                    break
            if clash or allowed == set():
                continue
            points = problem.points(start, end)
            for pool in pools:
                if pool.capacity < seats or (allowed is not None and pool.building not in allowed):
                    continue
                if pool.unavailable and any(a < end and start < b for a, b in pool.unavailable):
                    continue
                busy = self.pool_busy[pool.index]
                if len(points) and max(busy[points.start : points.stop]) >= len(pool.venues):
                    continue
                return Option(start, pool.index, involved, absences)
        return None

    def add(self, item: ItemSpec, option: Option, venue: str | None = None) -> None:
        problem = self.problem
        start, end = option.start, option.start + item.duration
        busy = self.pool_busy[option.pool]
        for point in problem.points(start, end):
            busy[point] += 1
        for person in item.people:
            self.person[person].append((start, end))
        building = problem.pools[option.pool].building
        for delegation in option.delegations:
            self.delegation[delegation].append((start, end, building))
        self.booked[item.index] = Booked(item.index, option, venue)

    def remove(self, item: ItemSpec) -> None:
        booked = self.booked.pop(item.index)
        option = booked.option
        problem = self.problem
        start, end = option.start, option.start + item.duration
        busy = self.pool_busy[option.pool]
        for point in problem.points(start, end):
            busy[point] -= 1
        for person in item.people:
            self.person[person].remove((start, end))
        building = problem.pools[option.pool].building
        for delegation in option.delegations:
            self.delegation[delegation].remove((start, end, building))


def objective(problem: Problem, booked: Iterable[Booked]) -> tuple[int, int, int]:
    """(weight, absences, score) of a set of bookings."""
    weight = absences = 0
    for entry in booked:
        item = problem.items[entry.item]
        weight += item.weight
        absences += entry.option.absences
    return weight, absences, weight - ABSENCE_COST * absences


def assign_rooms(
    problem: Problem, booked: Sequence[Booked], prefer: dict[str, str] | None = None
) -> list[Placement]:
    """Name a venue for every booking, keeping each item's preferred venue when free.

    Within a pool, bookings are taken in order of start and given a room that
    is free from then on; this never fails when no grid point of the pool has
    more bookings than rooms.
    """
    prefer = prefer or {}
    by_pool: dict[int, list[Booked]] = defaultdict(list)
    for entry in booked:
        by_pool[entry.option.pool].append(entry)
    placements = []
    for pool_index, entries in by_pool.items():
        pool = problem.pools[pool_index]
        free_from = dict.fromkeys(pool.venues, -(10**12))
        order = sorted(entries, key=lambda e: (e.option.start, problem.items[e.item].id))
        for entry in order:
            item = problem.items[entry.item]
            start = entry.option.start
            candidates = [v for v in pool.venues if free_from[v] <= start]
            if not candidates:
                raise RuntimeError(f"pool {pool.venues} is overbooked at {start}")
            wanted = entry.venue or prefer.get(item.id)
            venue = wanted if wanted in candidates else candidates[0]
            free_from[venue] = start + item.duration
            locked = item.locked is not None
            placements.append(
                Placement(item.id, times.from_minutes(start, problem.tz), venue, locked)
            )
    placements.sort(key=lambda p: (times.minutes(p.start), p.venue, p.item))
    return placements
