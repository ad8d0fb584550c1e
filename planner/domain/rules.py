"""The hard rules 1–9 of the summit-plan format, and the score of a schedule.

:func:`check` returns every broken rule with the items, delegations, people
and venues involved and a sentence an officer understands. It runs after
every edit in the app, so it works on integer UTC minutes and sweeps each
resource's placements in time order instead of comparing all pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property

from planner.domain import times
from planner.domain.model import (
    BILATERAL_SEATS,
    BilateralRequest,
    Delegation,
    Placement,
    Plan,
    RequestStatus,
    Session,
    Venue,
)

RULE_NAMES = {
    1: "Venue",
    2: "Delegation",
    3: "Person",
    4: "Presence",
    5: "Capacity",
    6: "Features",
    7: "Fixed and windows",
    8: "Hours and grid",
    9: "Changeover",
}

ABSENCE_COST = 16


@dataclass(frozen=True)
class Violation:
    """One broken rule."""

    rule: int
    message: str
    items: tuple[str, ...] = ()
    delegations: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    venues: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"Rule {self.rule}: {self.message}"


@dataclass(frozen=True)
class Booking:
    """A placement resolved against the plan: minutes, venue and who is in it."""

    placement: Placement
    title: str
    start: int
    end: int
    venue: Venue | None
    session: Session | None
    request: BilateralRequest | None
    delegations: tuple[str, ...]
    people: tuple[str, ...]

    @property
    def item(self) -> str:
        return self.placement.item


class ScheduleView:
    """The plan's schedule resolved once, shared by the rules and the score."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._present_cache: dict[tuple[int, int], tuple[str, ...]] = {}
        self._delegation_minutes = {
            d.id: (times.minutes(d.arrival), times.minutes(d.departure)) for d in plan.delegations
        }

    def present_for(self, start: int, end: int) -> tuple[str, ...]:
        """Delegations in town for the whole of ``start``..``end`` (rule 4)."""
        key = (start, end)
        if key not in self._present_cache:
            self._present_cache[key] = tuple(
                delegation_id
                for delegation_id, (arrival, departure) in self._delegation_minutes.items()
                if arrival <= start and end <= departure
            )
        return self._present_cache[key]

    def stay(self, delegation_id: str) -> tuple[int, int]:
        return self._delegation_minutes[delegation_id]

    @cached_property
    def bookings(self) -> list[Booking]:
        plan = self.plan
        result = []
        for placement in plan.schedule:
            session = plan.session_by_id.get(placement.item)
            request = plan.request_by_id.get(placement.item)
            item = session or request
            if item is None:
                continue
            start = times.minutes(placement.start)
            end = start + item.duration_minutes
            if session is not None:
                if session.for_all:
                    delegations = self.present_for(start, end)
                else:
                    delegations = tuple(session.delegations)
                people = tuple(dict.fromkeys((*session.people, *session.remote)))
            else:
                assert request is not None
                delegations = request.delegations
                people = ()
            result.append(
                Booking(
                    placement=placement,
                    title=plan.item_title(placement.item),
                    start=start,
                    end=end,
                    venue=plan.venue_by_id.get(placement.venue),
                    session=session,
                    request=request,
                    delegations=delegations,
                    people=people,
                )
            )
        return result


def check(plan: Plan) -> list[Violation]:
    """Every rule the plan's schedule breaks, ordered by rule then item."""
    view = ScheduleView(plan)
    checker = _Checker(view)
    checker.run()
    return sorted(checker.found, key=lambda v: (v.rule, v.items, v.message))


class _Checker:
    def __init__(self, view: ScheduleView) -> None:
        self.view = view
        self.plan = view.plan
        self.tz = self.plan.event.zone
        self.found: list[Violation] = []
        self._local: dict[int, datetime] = {}

    def report(self, rule: int, message: str, **involved: Iterable[str]) -> None:
        self.found.append(
            Violation(rule, message, **{key: tuple(value) for key, value in involved.items()})
        )

    def local(self, minute: int) -> datetime:
        # Hand-edited plans can hold thousands of conflicts over a few hundred instants.
        value = self._local.get(minute)
        if value is None:
            value = self._local[minute] = times.from_minutes(minute, self.tz)
        return value

    def when(self, start: int, end: int) -> str:
        first, last = self.local(start), self.local(end)
        return f"{first:%H:%M}–{last:%H:%M} on {first.day} {first:%b}"

    def at(self, minute: int) -> str:
        return times.short_when(self.local(minute))

    def run(self) -> None:
        bookings = self.view.bookings
        self.check_overlaps(bookings)
        for booking in bookings:
            self.check_presence(booking)
            self.check_capacity(booking)
            self.check_features(booking)
            self.check_fixed_and_window(booking)
            self.check_hours(booking)

    # Rules 1, 2, 3 and 9: a sweep per venue, delegation and person.
    def check_overlaps(self, bookings: Sequence[Booking]) -> None:
        by_venue: dict[str, list[Booking]] = defaultdict(list)
        by_delegation: dict[str, list[Booking]] = defaultdict(list)
        by_person: dict[str, list[Booking]] = defaultdict(list)
        for booking in bookings:
            by_venue[booking.placement.venue].append(booking)
            for delegation_id in booking.delegations:
                by_delegation[delegation_id].append(booking)
            for person_id in booking.people:
                by_person[person_id].append(booking)

        for venue_id, group in by_venue.items():
            name = self.venue_name(venue_id)
            for first, second, _gap in _close_pairs(group, 0):
                self.report(
                    1,
                    f"{name} holds ‘{first.title}’ and ‘{second.title}’ at "
                    f"{self.when(second.start, min(first.end, second.end))}",
                    items=(first.item, second.item),
                    venues=(venue_id,),
                )
        changeover = self.plan.event.changeover_minutes
        for delegation_id, group in by_delegation.items():
            name = self.plan.delegation_name(delegation_id)
            for first, second, gap in _close_pairs(group, changeover):
                if gap < 0:
                    self.report(
                        2,
                        f"{name} is in ‘{first.title}’ and ‘{second.title}’ at "
                        f"{self.when(second.start, min(first.end, second.end))}",
                        items=(first.item, second.item),
                        delegations=(delegation_id,),
                    )
                elif self.building(first) != self.building(second):
                    self.report(
                        9,
                        f"{name} has {gap} min between ‘{first.title}’ "
                        f"({self.building(first)}) and ‘{second.title}’ "
                        f"({self.building(second)}) at {self.at(first.end)}; "
                        f"changing buildings takes {changeover} min",
                        items=(first.item, second.item),
                        delegations=(delegation_id,),
                    )
        for person_id, group in by_person.items():
            person = self.plan.person_by_id.get(person_id)
            name = person.full_name if person else person_id
            for first, second, _gap in _close_pairs(group, 0):
                self.report(
                    3,
                    f"{name} is in ‘{first.title}’ and ‘{second.title}’ at "
                    f"{self.when(second.start, min(first.end, second.end))}",
                    items=(first.item, second.item),
                    people=(person_id,),
                )

    def venue_name(self, venue_id: str) -> str:
        venue = self.plan.venue_by_id.get(venue_id)
        return venue.name if venue else venue_id

    def building(self, booking: Booking) -> str:
        return booking.venue.building if booking.venue else ""

    def check_presence(self, booking: Booking) -> None:
        if booking.session is not None and booking.session.for_all:
            return
        for delegation_id in booking.delegations:
            delegation = self.plan.delegation_by_id.get(delegation_id)
            if delegation is None:
                continue
            name = self.plan.delegation_name(delegation_id)
            arrival, departure = self.view.stay(delegation_id)
            if arrival > booking.start:
                self.report(
                    4,
                    f"{name} arrives at {self.at(arrival)} but ‘{booking.title}’ "
                    f"starts at {self.at(booking.start)}",
                    items=(booking.item,),
                    delegations=(delegation_id,),
                )
            elif departure < booking.end:
                self.report(
                    4,
                    f"{name} departs at {self.at(departure)} but ‘{booking.title}’ "
                    f"ends at {self.at(booking.end)}",
                    items=(booking.item,),
                    delegations=(delegation_id,),
                )

    def check_capacity(self, booking: Booking) -> None:
        venue = booking.venue
        if venue is None:
            return
        seats = seats_needed(booking.session, len(booking.delegations))
        if venue.capacity < seats:
            self.report(
                5,
                f"‘{booking.title}’ needs {seats} seats; {venue.name} has {venue.capacity}",
                items=(booking.item,),
                venues=(venue.id,),
            )

    def check_features(self, booking: Booking) -> None:
        venue = booking.venue
        if venue is None:
            return
        if booking.session is not None:
            needs = booking.session.required_features
        else:
            assert booking.request is not None
            needs = booking.request.needs
        missing = [feature.value for feature in needs if feature not in venue.features]
        if missing:
            self.report(
                6,
                f"‘{booking.title}’ needs {', '.join(missing)}; {venue.name} has no "
                f"{' or '.join(missing)}",
                items=(booking.item,),
                venues=(venue.id,),
            )

    def check_fixed_and_window(self, booking: Booking) -> None:
        item = booking.session or booking.request
        assert item is not None
        fixed = booking.session.fixed if booking.session else None
        if fixed is not None:
            if fixed.start is not None and times.minutes(fixed.start) != booking.start:
                self.report(
                    7,
                    f"‘{booking.title}’ is fixed at {self.at(times.minutes(fixed.start))} "
                    f"but placed at {self.at(booking.start)}",
                    items=(booking.item,),
                )
            if fixed.venue is not None and fixed.venue != booking.placement.venue:
                self.report(
                    7,
                    f"‘{booking.title}’ is fixed in {self.venue_name(fixed.venue)} "
                    f"but placed in {self.venue_name(booking.placement.venue)}",
                    items=(booking.item,),
                    venues=(fixed.venue, booking.placement.venue),
                )
        window = item.window
        if window is not None:
            if window.earliest is not None and booking.start < times.minutes(window.earliest):
                self.report(
                    7,
                    f"‘{booking.title}’ starts at {self.at(booking.start)}, before its window "
                    f"opens at {self.at(times.minutes(window.earliest))}",
                    items=(booking.item,),
                )
            if window.latest is not None and booking.end > times.minutes(window.latest):
                self.report(
                    7,
                    f"‘{booking.title}’ ends at {self.at(booking.end)}, after its window "
                    f"closes at {self.at(times.minutes(window.latest))}",
                    items=(booking.item,),
                )
        venue = booking.venue
        if venue is not None:
            for span in venue.unavailable:
                first, last = times.minutes(span.start), times.minutes(span.end)
                if first < booking.end and booking.start < last:
                    self.report(
                        7,
                        f"{venue.name} is unavailable {self.when(first, last)} but holds "
                        f"‘{booking.title}’ at {self.when(booking.start, booking.end)}",
                        items=(booking.item,),
                        venues=(venue.id,),
                    )

    def check_hours(self, booking: Booking) -> None:
        event = self.plan.event
        local = booking.placement.start.astimezone(self.tz)
        day = local.date()
        if day not in event.days:
            self.report(
                8,
                f"‘{booking.title}’ is on {day:%d %b %Y}, outside the event "
                f"({event.start_date:%d %b} – {event.end_date:%d %b %Y})",
                items=(booking.item,),
            )
            return
        opens, closes = (times.minutes(bound) for bound in event.day_bounds(day))
        if booking.start < opens or booking.end > closes:
            self.report(
                8,
                f"‘{booking.title}’ at {self.when(booking.start, booking.end)} is outside "
                f"working hours {times.format_clock(event.day_start)}–"
                f"{times.format_clock(event.day_end)}",
                items=(booking.item,),
            )
        elif (booking.start - opens) % event.slot_minutes:
            self.report(
                8,
                f"‘{booking.title}’ starts at {local:%H:%M}, off the {event.slot_minutes}-minute "
                f"grid counted from {times.format_clock(event.day_start)}",
                items=(booking.item,),
            )


def seats_needed(session: Session | None, delegation_count: int) -> int:
    """Seats an item needs (rule 5); ``None`` stands for a bilateral request."""
    if session is None:
        return BILATERAL_SEATS
    return session.seats_per_delegation * delegation_count + session.extra_seats


def _close_pairs(group: Sequence[Booking], margin: int) -> Iterable[tuple[Booking, Booking, int]]:
    """Pairs less than ``margin`` minutes apart or overlapping, with their gap.

    The gap is negative when the two overlap.
    """
    ordered = sorted(group, key=lambda booking: (booking.start, booking.end, booking.item))
    active: list[Booking] = []
    for booking in ordered:
        active = [other for other in active if other.end + margin > booking.start]
        for other in active:
            if other.end > booking.start:
                yield other, booking, -1
            else:
                yield other, booking, booking.start - other.end
        active.append(booking)


@dataclass(frozen=True)
class Score:
    """What a schedule achieves (the soft part of the format)."""

    sessions_placed: int
    sessions_total: int
    requests_granted: int
    requests_total: int
    weight: int
    absences: int

    @property
    def score(self) -> int:
        return self.weight - ABSENCE_COST * self.absences


def in_town_on(delegation: Delegation, day: date, plan: Plan) -> bool:
    """Whether the delegation's stay overlaps the working hours of ``day``."""
    opens, closes = plan.event.day_bounds(day)
    return times.minutes(delegation.arrival) < times.minutes(closes) and times.minutes(
        opens
    ) < times.minutes(delegation.departure)


def absentees(view: ScheduleView, booking: Booking) -> list[str]:
    """Delegations in town on the day of an "all" session but not there for all of it."""
    plan = view.plan
    if booking.session is None or not booking.session.for_all:
        return []
    day = booking.placement.start.astimezone(plan.event.zone).date()
    present = set(booking.delegations)
    return [
        delegation.id
        for delegation in plan.delegations
        if delegation.id not in present and in_town_on(delegation, day, plan)
    ]


def score(plan: Plan) -> Score:
    """The score of the plan's schedule, as the format defines it."""
    view = ScheduleView(plan)
    granted = weight = absences = placed = 0
    for booking in view.bookings:
        if booking.request is not None:
            if booking.request.status is not RequestStatus.DECLINED:
                granted += 1
                weight += booking.request.weight
        else:
            placed += 1
            absences += len(absentees(view, booking))
    wanted = [r for r in plan.requests if r.status is not RequestStatus.DECLINED]
    return Score(
        sessions_placed=placed,
        sessions_total=len(plan.sessions),
        requests_granted=granted,
        requests_total=len(wanted),
        weight=weight,
        absences=absences,
    )
