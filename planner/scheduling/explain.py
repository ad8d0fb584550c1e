"""Why a session cannot be placed, in the officer's words, naming the rule.

:func:`precheck` catches the common cases before any solver runs: a fixed
time outside the working hours or the window, a delegation not in town then,
no venue with the features or the seats, a venue unavailable whenever the
session could take place. :func:`conflict_message` words a small set of
sessions that cannot all be placed together (found by the solver).
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain import times
from planner.domain.model import Session
from planner.scheduling.problem import ItemSpec, Problem


@dataclass(frozen=True)
class Explanation:
    """An item the scheduler could not place, and why (``rule`` 1–10, 0 when several)."""

    item: str
    rule: int
    message: str

    def __str__(self) -> str:
        return self.message


def _at(problem: Problem, minute: int) -> str:
    return times.short_when(times.from_minutes(minute, problem.tz))


def _clock(problem: Problem, minute: int) -> str:
    value = times.from_minutes(minute, problem.tz)
    return f"{value:%H:%M} on {value.day} {value:%b}"


def _features(names: frozenset[str]) -> str:
    text = sorted(name.replace("_", " ") for name in names)
    return " and ".join(text) if text else ""


def precheck(problem: Problem, item: ItemSpec) -> Explanation | None:
    """Why ``item`` (a session) has no possible start and venue at all, if so."""
    plan = problem.plan
    session = plan.session_by_id.get(item.id)
    if session is None or item.held is not None:
        return None
    title = f"‘{item.title}’"
    if not item.starts:
        return Explanation(item.id, *_no_start(problem, item, session, title))
    if not item.pools:
        fixed_venue = session.fixed.venue if session.fixed else None
        if fixed_venue is not None and fixed_venue in plan.venue_by_id:
            venue = plan.venue_by_id[fixed_venue]
            missing = item.needs - {str(f) for f in venue.features}
            return Explanation(
                item.id,
                6,
                f"{title} is fixed in {venue.name}, which has no {_features(frozenset(missing))} "
                "(rule 6)",
            )
        if fixed_venue is not None:
            return Explanation(item.id, 7, f"{title} is fixed in an unknown venue (rule 7)")
        return Explanation(
            item.id, 6, f"{title} needs {_features(item.needs)}; no venue has it all (rule 6)"
        )
    # Seats: the fewest the session can need against the largest suitable venue.
    fewest = min(
        (item.spd * len(item.involved_at[start][0]) + item.seats if item.for_all else item.seats)
        for start in item.starts
    )
    largest = max((problem.pools[p] for p in item.pools), key=lambda pool: pool.capacity)
    if largest.capacity < fewest:
        venue = plan.venue_by_id[largest.venues[0]]
        with_needs = f" with {_features(item.needs)}" if item.needs else ""
        return Explanation(
            item.id,
            5,
            f"{title} needs {fewest} seats{with_needs}; the largest such venue, "
            f"{venue.name}, has {largest.capacity} (rule 5)",
        )
    if not any(True for _ in item.options(problem)):
        names = ", ".join(
            plan.venue_by_id[problem.pools[p].venues[0]].name
            for p in item.pools
            if problem.pools[p].unavailable
        )
        return Explanation(
            item.id,
            7,
            f"{title} has no time when a venue with the seats and features is available"
            + (f" ({names} unavailable)" if names else "")
            + " (rule 7)",
        )
    return None


def _no_start(problem: Problem, item: ItemSpec, session: Session, title: str) -> tuple[int, str]:
    plan = problem.plan
    event = plan.event
    fixed = session.fixed.start if session.fixed and session.fixed.start else None
    window = session.window
    if fixed is not None:
        start = times.minutes(fixed)
        end = start + item.duration
        for index, name in _who_must_be_in_town(problem, session, item):
            arrival, departure = problem.stays[index]
            if arrival > start:
                return 4, (
                    f"{name} arrives at {_clock(problem, arrival)} but {title} is fixed at "
                    f"{_clock(problem, start)} (rule 4)"
                )
            if departure < end:
                return 4, (
                    f"{name} departs at {_clock(problem, departure)} but {title} is fixed to end "
                    f"at {_clock(problem, end)} (rule 4)"
                )
        if window is not None and (
            (window.earliest and start < times.minutes(window.earliest))
            or (window.latest and end > times.minutes(window.latest))
        ):
            return 7, f"{title} is fixed at {_at(problem, start)}, outside its own window (rule 7)"
        day = problem.day_of(start)
        if day is None or end > problem.days[day][1]:
            return 8, (
                f"{title} is fixed at {_at(problem, start)}, outside the working hours "
                f"{times.format_clock(event.day_start)}–{times.format_clock(event.day_end)} "
                "of the event days (rule 8)"
            )
        return 8, (
            f"{title} is fixed at {_at(problem, start)}, off the {event.slot_minutes}-minute "
            f"grid counted from {times.format_clock(event.day_start)} (rule 8)"
        )
    longest = max((closes - opens for opens, closes in problem.days), default=0)
    if item.duration > longest:
        return 8, (
            f"{title} lasts {item.duration} min, longer than a working day "
            f"({times.format_clock(event.day_start)}–{times.format_clock(event.day_end)}) "
            "(rule 8)"
        )
    if window is not None:
        earliest = times.minutes(window.earliest) if window.earliest else None
        latest = times.minutes(window.latest) if window.latest else None
        # Is the window itself too short or outside the days?
        inside = [
            start
            for opens, closes in problem.days
            for start in range(opens, closes - item.duration + 1, problem.slot)
            if (earliest is None or start >= earliest)
            and (latest is None or start + item.duration <= latest)
        ]
        if not inside:
            return 7, (
                f"{title} ({item.duration} min) does not fit its window"
                f"{' from ' + _at(problem, earliest) if earliest is not None else ''}"
                f"{' to ' + _at(problem, latest) if latest is not None else ''} within the "
                "working hours (rule 7)"
            )
    for index, name in _who_must_be_in_town(problem, session, item):
        arrival, departure = problem.stays[index]
        if window is not None and window.latest and arrival > times.minutes(window.latest):
            return 4, (
                f"{name} arrives at {_clock(problem, arrival)}, after the window of {title} "
                f"closes at {_clock(problem, times.minutes(window.latest))} (rule 4)"
            )
    for index, name in _who_must_be_in_town(problem, session, item):
        arrival, departure = problem.stays[index]
        if not any(
            max(opens, arrival) + item.duration <= min(closes, departure)
            for opens, closes in problem.days
        ):
            return 4, (
                f"{name} is never in town for {item.duration} min within the working hours, "
                f"as {title} needs (rule 4)"
            )
    who = "its delegations" if not session.people else "its delegations and people"
    return 4, (
        f"{title}: {who} are never all in town together for {item.duration} min "
        "within the working hours" + (" and its window" if window is not None else "") + " (rule 4)"
    )


def _who_must_be_in_town(
    problem: Problem, session: Session, item: ItemSpec
) -> list[tuple[int, str]]:
    """Delegations rule 4 asks to be in town, with how to name each in a sentence.

    A delegation that is there only for someone who must attend in person is
    named through that person: "Turkey (of Mevlüt Çavuşoğlu, who must attend
    in person)".
    """
    plan = problem.plan
    found = {
        index: plan.delegation_name(problem.delegation_ids[index]) for index in item.delegations
    }
    for person_id in session.people:
        person = plan.person_by_id.get(person_id)
        if person is None or person.delegation not in problem.delegation_index:
            continue
        index = problem.delegation_index[person.delegation]
        if index not in found:
            found[index] = (
                f"{plan.delegation_name(person.delegation)} (of {person.full_name}, who must "
                "attend in person)"
            )
    return list(found.items())


def conflict_message(problem: Problem, items: list[ItemSpec], item: ItemSpec) -> Explanation:
    """Why ``item`` cannot be placed together with the other ``items`` of a conflict."""
    others = [other for other in items if other.index != item.index]
    names = ", ".join(f"‘{other.title}’" for other in others[:5])
    more = f" and {len(others) - 5} more" if len(others) > 5 else ""
    shared: list[str] = []
    mine = set(item.delegations)
    for other in others:
        common = mine & set(other.delegations)
        shared.extend(
            problem.plan.delegation_name(problem.delegation_ids[index]) for index in sorted(common)
        )
    why = ""
    if shared:
        why = " (they share " + ", ".join(dict.fromkeys(shared[:4])) + ")"
    rule = 2 if shared else 1
    if not others:
        return Explanation(
            item.id,
            0,
            f"‘{item.title}’ cannot be placed around the locked, fixed and kept placements "
            "(rules 1–3, 9 and 10)"
            + (
                "; let placed sessions move (rearrange) to make room"
                if any(other.kept is not None for other in problem.sessions)
                else ""
            ),
        )
    return Explanation(
        item.id,
        rule,
        f"‘{item.title}’ cannot be placed together with {names}{more}{why}: their fixed "
        "times, windows, order, venues and delegations leave no room for all of them "
        f"(rules 1–3, 7, 9 and 10)",
    )
