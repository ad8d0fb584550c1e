"""What a plan must hold to be a plan at all: ids, references, values.

These are not the scheduling rules (a schedule that breaks those is still the
officer's plan); they are what the file and every exporter rely on. Problems
are reported with summit-plan JSON paths (``people[4].delegation``), which
match the plan's lists index for index, so import and the editors share them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import TypeVar

from planner.domain import times
from planner.domain.model import Plan, Role, Window
from planner.errors import Problem

T = TypeVar("T")

_EMAIL = re.compile(r"^[^@\s<>\"(),;:]+@[^@\s<>\"(),;:]+\.[^@\s<>\"(),;:.]+$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
# A line break in an address would start a new header in an e-mail or a calendar.
_LINE_BREAK_OR_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")
SLOT_CHOICES = (5, 10, 15, 30)
# Bounds far beyond any real summit, so that a typo or a hostile file is named
# here instead of overflowing the plan file's integers.
MAX_CAPACITY = 1_000_000
MAX_SEATS_PER_DELEGATION = 1_000
MAX_EXTRA_SEATS = 1_000_000
MAX_PLACE = 100_000
# Limits a real summit never reaches, so that a hostile file or a typo (an end
# date of 9999-12-31, a 5 MB title) is named here instead of making the solver,
# the printer or the calendar work without end.
MAX_EVENT_DAYS = 60
MAX_DAYS_AROUND_EVENT = 366
FIRST_YEAR, LAST_YEAR = 1900, 2999
MAX_TEXT_LENGTH = 500
MAX_EMAIL_LENGTH = 254


def looks_like_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


def _path(*parts: str | int) -> str:
    path = ""
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else part)
    return path


class _Report:
    def __init__(self) -> None:
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        self.first_day = date(FIRST_YEAR, 1, 1) - timedelta(days=MAX_DAYS_AROUND_EVENT)
        self.last_day = date(LAST_YEAR, 12, 31) + timedelta(days=MAX_DAYS_AROUND_EVENT)

    def near(self, value: datetime | None, *where: str | int) -> bool:
        """Whether ``value`` lies within the days around the event (an error if not)."""
        if value is None or self.first_day <= value.date() <= self.last_day:
            return True
        self.error(
            f"{value.date().isoformat()} is more than {MAX_DAYS_AROUND_EVENT} days from the event",
            *where,
        )
        return False

    def length(self, value: str | None, what: str, *where: str | int, limit: int = 0) -> None:
        limit = limit or MAX_TEXT_LENGTH
        if value is not None and len(value) > limit:
            self.error(
                f"{what} is {len(value):,} characters long; at most {limit} are kept", *where
            )

    def error(self, message: str, *where: str | int) -> None:
        self.errors.append(Problem(_path(*where), message))

    def warn(self, message: str, *where: str | int) -> None:
        self.warnings.append(Problem(_path(*where), message))

    def ids(self, key: str, items: Sequence[object]) -> dict[str, int]:
        seen: dict[str, int] = {}
        for index, item in enumerate(items):
            item_id = str(getattr(item, "id"))  # noqa: B009 (any dataclass with an id)
            if not item_id:
                self.error("an id must not be empty", key, index, "id")
            elif item_id in seen:
                self.error(
                    f"duplicate id {item_id!r} (also {_path(key, seen[item_id])})",
                    key,
                    index,
                    "id",
                )
            else:
                seen[item_id] = index
        return seen

    def exists(self, value: str, known: Mapping[str, object], what: str, *where: str | int) -> None:
        if value not in known:
            self.error(f"unknown {what} {value!r}", *where)

    def ordered(
        self,
        first: datetime | None,
        last: datetime | None,
        names: tuple[str, str],
        *where: str | int,
    ) -> None:
        # Each end is checked for distance first: far-off dates cannot be compared in UTC.
        if not (self.near(first, *where, names[0]) & self.near(last, *where, names[1])):
            return
        if first is not None and last is not None and times.minutes(last) <= times.minutes(first):
            self.error(f"{names[1]} must come after {names[0]}", *where, names[1])

    def window(self, window: Window | None, *where: str | int) -> None:
        if window is not None:
            self.ordered(window.earliest, window.latest, ("earliest", "latest"), *where, "window")

    def text(self, value: str, what: str, *where: str | int) -> None:
        if not value.strip():
            self.error(f"{what} must not be empty", *where)
        self.length(value, what, *where)

    def minutes(self, value: int, *where: str | int) -> None:
        if not 1 <= value <= 1440:
            self.error(f"{value} is not a duration from 1 to 1440 minutes", *where)


Scope = frozenset[tuple[str, str]]
"""Entities to check, as (plan list name, id): ``("venues", "v-hall")``, ``("schedule", item)``."""


def _chosen(items: Sequence[T], list_name: str, scope: Scope | None) -> Iterator[tuple[int, T]]:
    """The entities of one list that ``scope`` names (all of them without a scope)."""
    if scope is None:
        yield from enumerate(items)
        return
    wanted = {key for name, key in scope if name == list_name}
    if not wanted:
        return
    attribute = "item" if list_name == "schedule" else "id"
    for index, item in enumerate(items):
        if getattr(item, attribute) in wanted:
            yield index, item


def check_plan(
    plan: Plan, scope: Scope | None = None
) -> tuple[list[Problem], list[Problem]]:
    """Errors and warnings that make ``plan`` unfit to store, with their paths.

    With ``scope``, only the entities it names are checked: for an edit that
    changes some fields of a few entities of a plan already checked (the
    caller passes no scope when entities appear or disappear, or the event
    changes).
    """
    report = _Report()
    venues: Mapping[str, object]
    delegations: Mapping[str, object]
    people: Mapping[str, object]
    sessions: Mapping[str, object]
    requests: Mapping[str, object]
    if scope is None:
        _check_event(plan, report)
        venues = report.ids("venues", plan.venues)
        delegations = report.ids("delegations", plan.delegations)
        people = report.ids("people", plan.people)
        session_index = report.ids("sessions", plan.sessions)
        sessions = session_index
        request_index = report.ids("bilateral_requests", plan.requests)
        requests = request_index
        for item_id, index in request_index.items():
            if item_id in session_index:
                report.error(
                    f"id {item_id!r} is also the id of sessions[{session_index[item_id]}]; "
                    "a placement could not tell them apart",
                    "bilateral_requests",
                    index,
                    "id",
                )
        first = plan.event.precedence.first
        if first is not None:
            report.exists(first, delegations, "delegation", "event", "precedence", "first")
    else:
        venues, delegations, people = plan.venue_by_id, plan.delegation_by_id, plan.person_by_id
        sessions, requests = plan.session_by_id, plan.request_by_id

    for index, venue in _chosen(plan.venues, "venues", scope):
        report.text(venue.name, "a venue's name", "venues", index, "name")
        report.length(venue.building, "a building's name", "venues", index, "building")
        if not 1 <= venue.capacity <= MAX_CAPACITY:
            report.error(
                f"capacity must be from 1 to {MAX_CAPACITY:,} seats", "venues", index, "capacity"
            )
        for span_index, span in enumerate(venue.unavailable):
            report.ordered(
                span.start, span.end, ("start", "end"), "venues", index, "unavailable", span_index
            )
    for index, delegation in _chosen(plan.delegations, "delegations", scope):
        report.text(delegation.name, "a delegation's name", "delegations", index, "name")
        report.ordered(
            delegation.arrival,
            delegation.departure,
            ("arrival", "departure"),
            "delegations",
            index,
        )
        if delegation.timezone is not None and not times.is_known_zone(delegation.timezone):
            report.error(
                f"unknown time zone {delegation.timezone!r}", "delegations", index, "timezone"
            )
        if delegation.precedence is not None and not 1 <= delegation.precedence <= MAX_PLACE:
            report.error(
                f"a pinned place must be from 1 to {MAX_PLACE:,}",
                "delegations",
                index,
                "precedence",
            )
        _translations(report, delegation.names, "delegations", index, "names")
        for former_index, former in enumerate(delegation.former_names):
            report.text(
                former.name,
                "a former name",
                "delegations",
                index,
                "former_names",
                former_index,
                "name",
            )
        if delegation.country is not None and not _COUNTRY.match(delegation.country):
            report.error(
                f"{delegation.country!r} is not an ISO 3166 two-letter code such as KZ",
                "delegations",
                index,
                "country",
            )
    heads: dict[str, int] = {}
    for index, person in _chosen(plan.people, "people", scope):
        report.exists(person.delegation, delegations, "delegation", "people", index, "delegation")
        if not (person.given_name.strip() or person.family_name.strip()):
            report.error("a person needs a given or a family name", "people", index, "family_name")
        for field in ("given_name", "family_name", "honorific", "position"):
            report.length(getattr(person, field), "the text", "people", index, field)
        report.length(
            person.email, "an e-mail address", "people", index, "email", limit=MAX_EMAIL_LENGTH
        )
        if person.role is Role.HEAD:
            if scope is None:
                earlier = heads.setdefault(person.delegation, index)
            else:
                earlier = _first_head(plan, person.delegation, index)
            if earlier != index:
                report.error(
                    f"delegation {person.delegation!r} already has a head (people[{earlier}]); "
                    "a delegation has at most one",
                    "people",
                    index,
                    "role",
                )
        if person.email is not None and _LINE_BREAK_OR_CONTROL.search(person.email):
            report.error(
                "an e-mail address must be one line, without control characters",
                "people",
                index,
                "email",
            )
        elif person.email is not None and not looks_like_email(person.email):
            report.warn(
                f"{person.email!r} does not look like an e-mail address", "people", index, "email"
            )
    for index, session in _chosen(plan.sessions, "sessions", scope):
        report.text(session.title, "a session's title", "sessions", index, "title")
        report.minutes(session.duration_minutes, "sessions", index, "duration_minutes")
        if not session.for_all:
            _members(
                report,
                session.delegations,
                delegations,
                "delegation",
                "sessions",
                index,
                "delegations",
            )
        _members(report, session.people, people, "person", "sessions", index, "people")
        _members(report, session.remote, people, "person", "sessions", index, "remote")
        if not 0 <= session.seats_per_delegation <= MAX_SEATS_PER_DELEGATION:
            report.error(
                f"seats_per_delegation must be from 0 to {MAX_SEATS_PER_DELEGATION:,}",
                "sessions",
                index,
                "seats_per_delegation",
            )
        if not 0 <= session.extra_seats <= MAX_EXTRA_SEATS:
            report.error(
                f"extra_seats must be from 0 to {MAX_EXTRA_SEATS:,}",
                "sessions",
                index,
                "extra_seats",
            )
        if session.fixed is not None:
            report.near(session.fixed.start, "sessions", index, "fixed", "start")
        if session.fixed is not None and session.fixed.venue is not None:
            report.exists(session.fixed.venue, venues, "venue", "sessions", index, "fixed", "venue")
        report.window(session.window, "sessions", index)
        _members(report, session.after, sessions, "session", "sessions", index, "after")
        if session.id in session.after:
            report.error(
                "a session cannot come after itself",
                "sessions",
                index,
                "after",
                session.after.index(session.id),
            )
        _translations(report, session.titles, "sessions", index, "titles")
    for cycle in order_cycles(plan):
        report.error(
            "the order goes round in a cycle: "
            + " → ".join(f"{plan.session_by_id[s].title} ({s})" for s in cycle)
            + "; one of these must not wait for the next",
            "sessions",
            next(n for n, s in enumerate(plan.sessions) if s.id == cycle[0]),
            "after",
        )
    for index, request in _chosen(plan.requests, "requests", scope):
        report.exists(
            request.from_delegation, delegations, "delegation", "bilateral_requests", index, "from"
        )
        report.exists(
            request.to_delegation, delegations, "delegation", "bilateral_requests", index, "to"
        )
        if request.from_delegation == request.to_delegation:
            report.error(
                "a delegation cannot request a meeting with itself",
                "bilateral_requests",
                index,
                "to",
            )
        report.minutes(request.duration_minutes, "bilateral_requests", index, "duration_minutes")
        if not 1 <= request.priority <= 5:
            report.error(
                f"priority {request.priority} is not from 1 (highest) to 5",
                "bilateral_requests",
                index,
                "priority",
            )
        report.window(request.window, "bilateral_requests", index)
    placed: dict[str, int] = {}
    for index, placement in _chosen(plan.schedule, "schedule", scope):
        if placement.item not in sessions and placement.item not in requests:
            report.error(
                f"unknown session or bilateral request {placement.item!r}",
                "schedule",
                index,
                "item",
            )
        if scope is not None:
            pass  # a placement is keyed by its item: the plan cannot hold two
        elif placement.item in placed:
            report.error(
                f"{placement.item!r} is placed twice (also schedule[{placed[placement.item]}]); "
                "an item has at most one placement",
                "schedule",
                index,
                "item",
            )
        placed.setdefault(placement.item, index)
        report.near(placement.start, "schedule", index, "start")
        report.exists(placement.venue, venues, "venue", "schedule", index, "venue")
    return report.errors, report.warnings


def _first_head(plan: Plan, delegation: str, index: int) -> int:
    """Where another head of ``delegation`` than ``people[index]`` stands (``index``: none)."""
    for person in plan.people_by_delegation.get(delegation, ()):
        if person.role is Role.HEAD and person is not plan.people[index]:
            return plan.people.index(person)
    return index


def order_cycles(plan: Plan) -> list[tuple[str, ...]]:
    """Each cycle in the sessions' ``after`` lists, as a path back to its start.

    ``("s-a", "s-b", "s-a")``: s-a comes after s-b, which comes after s-a.
    Cycles through sessions already on a reported cycle are left out (one
    mistake is named once, not once per path round it), and so is a session
    naming itself, which is reported on its own.
    """
    known = plan.session_by_id
    waits_for = {
        s.id: [other for other in dict.fromkeys(s.after) if other in known and other != s.id]
        for s in plan.sessions
    }
    done: set[str] = set()
    cycles: list[tuple[str, ...]] = []
    in_cycles: set[str] = set()
    for root in waits_for:
        if root in done:
            continue
        # Depth-first without recursion: a plan may chain thousands of sessions.
        path: list[str] = [root]
        on_path = {root}
        pending = [iter(waits_for[root])]
        while pending:
            following = next(pending[-1], None)
            if following is None:
                pending.pop()
                finished = path.pop()
                on_path.discard(finished)
                done.add(finished)
            elif following in on_path:
                cycle = (*path[path.index(following) :], following)
                if in_cycles.isdisjoint(cycle):
                    in_cycles.update(cycle)
                    cycles.append(cycle)
            elif following not in done:
                path.append(following)
                on_path.add(following)
                pending.append(iter(waits_for[following]))
    return cycles


def _translations(report: _Report, texts: Iterable[tuple[str, str]], *where: str | int) -> None:
    for tag, text in texts:
        if not _LANGUAGE_TAG.match(tag):
            report.error(f"{tag!r} is not a language tag such as ru or kk", *where, tag)
        elif not text.strip():
            report.error("must not be empty", *where, tag)


def _members(
    report: _Report,
    values: Iterable[str],
    known: Mapping[str, object],
    what: str,
    *where: str | int,
) -> None:
    seen: set[str] = set()
    for index, value in enumerate(values):
        report.exists(value, known, what, *where, index)
        if value in seen:
            report.error(f"{what} {value!r} is listed twice", *where, index)
        seen.add(value)


def _check_event(plan: Plan, report: _Report) -> None:
    event = plan.event
    report.text(event.id, "the event's id", "event", "id")
    report.text(event.name, "the event's name", "event", "name")
    if not times.is_known_zone(event.timezone):
        report.error(
            f"unknown time zone {event.timezone!r} (use an IANA name such as Asia/Almaty)",
            "event",
            "timezone",
        )
    if not FIRST_YEAR <= event.start_date.year <= LAST_YEAR:
        report.error(
            f"the event must start from {FIRST_YEAR} to {LAST_YEAR}", "event", "start_date"
        )
    elif event.end_date < event.start_date:
        report.error("the event ends before it starts", "event", "end_date")
    elif (event.end_date - event.start_date).days + 1 > MAX_EVENT_DAYS:
        report.error(
            f"the event lasts {(event.end_date - event.start_date).days + 1:,} days; "
            f"at most {MAX_EVENT_DAYS} are planned",
            "event",
            "end_date",
        )
    else:
        report.first_day = event.start_date - timedelta(days=MAX_DAYS_AROUND_EVENT)
        report.last_day = event.end_date + timedelta(days=MAX_DAYS_AROUND_EVENT)
    report.length(event.city, "the city", "event", "city")
    if event.organizer is not None:
        report.length(event.organizer.name, "the organizer's name", "event", "organizer", "name")
        report.length(
            event.organizer.email,
            "an e-mail address",
            "event",
            "organizer",
            "email",
            limit=MAX_EMAIL_LENGTH,
        )
        if event.organizer.email and _LINE_BREAK_OR_CONTROL.search(event.organizer.email):
            report.error(
                "an e-mail address must be one line, without control characters",
                "event",
                "organizer",
                "email",
            )
    if event.day_end <= event.day_start:
        report.error("the working day ends before it starts", "event", "day_end")
    if event.slot_minutes not in SLOT_CHOICES:
        report.error(
            f"slot_minutes must be one of {', '.join(map(str, SLOT_CHOICES))}",
            "event",
            "slot_minutes",
        )
    if not 0 <= event.changeover_minutes <= 240:
        report.error("changeover_minutes must be from 0 to 240", "event", "changeover_minutes")
