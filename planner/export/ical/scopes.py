"""Whose items a calendar holds (:class:`Scope`), and their home time.

A scope is the whole event, one delegation, one person or one venue;
:func:`select` keeps the entries it holds, and :func:`home_time_line` tells a
delegation the time of an item by its own clock where that differs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from planner.domain import times, zones
from planner.domain.model import Plan
from planner.errors import NotFoundError
from planner.export.ical.entries import Entry


class ScopeKind(StrEnum):
    EVENT = "event"
    DELEGATION = "delegation"
    PERSON = "person"
    VENUE = "venue"


@dataclass(frozen=True)
class Scope:
    """Whose items a calendar or a batch of invitations holds."""

    kind: ScopeKind = ScopeKind.EVENT
    id: str = ""

    @property
    def key(self) -> str:
        """How records of what was sent name the scope: ``event``, ``delegation:kz``."""
        return self.kind.value if self.kind is ScopeKind.EVENT else f"{self.kind.value}:{self.id}"


def scope_for(
    plan: Plan,
    *,
    delegation: str | None = None,
    person: str | None = None,
    venue: str | None = None,
) -> Scope:
    """The scope asked for (at most one filter).

    Raises:
        NotFoundError: the plan has no such delegation, person or venue.
        ValueError: more than one filter was given.
    """
    given = [
        (kind, value)
        for kind, value in (
            (ScopeKind.DELEGATION, delegation),
            (ScopeKind.PERSON, person),
            (ScopeKind.VENUE, venue),
        )
        if value is not None
    ]
    if len(given) > 1:
        raise ValueError("give at most one of delegation, person and venue")
    if not given:
        return Scope()
    kind, value = given[0]
    known: Mapping[str, object] = {
        ScopeKind.DELEGATION: plan.delegation_by_id,
        ScopeKind.PERSON: plan.person_by_id,
        ScopeKind.VENUE: plan.venue_by_id,
    }[kind]
    if value not in known:
        raise NotFoundError(f"the plan has no {kind.value} with id {value!r}", ids=[value])
    return Scope(kind, value)


def in_scope(plan: Plan, entry: Entry, scope: Scope) -> bool:
    """Whether the scope's calendar holds ``entry``.

    A delegation's items are those it is involved in (a session for all only
    when it is in town for the whole of it) or one of its people attends; a
    person's are those they are invited to; a venue's those held in it.
    """
    if scope.kind is ScopeKind.EVENT:
        return True
    if scope.kind is ScopeKind.VENUE:
        return entry.venue == scope.id
    if scope.kind is ScopeKind.PERSON:
        return entry.involves_person(scope.id)
    return scope.id in entry.delegations or any(a.delegation == scope.id for a in entry.attendees)


def select(plan: Plan, entries: Mapping[str, Entry], scope: Scope) -> dict[str, Entry]:
    """The entries of ``scope``, in the order given."""
    return {item: e for item, e in entries.items() if in_scope(plan, e, scope)}


def home_zone(plan: Plan, scope: Scope) -> tuple[str, ZoneInfo] | None:
    """The home time zone of the scope's delegation (or person's), with its name."""
    delegation_id = scope.id if scope.kind is ScopeKind.DELEGATION else None
    if scope.kind is ScopeKind.PERSON:
        person = plan.person_by_id.get(scope.id)
        delegation_id = person.delegation if person else None
    delegation = plan.delegation_by_id.get(delegation_id) if delegation_id else None
    zone = zones.home_zone(delegation) if delegation is not None else None
    if delegation is None or zone is None:
        return None
    return plan.delegation_name(delegation.id), zone


def home_time_line(entry: Entry, home: tuple[str, ZoneInfo] | None) -> str | None:
    """``Home time for Russia (Europe/Moscow): 11 Oct 07:00–07:45``, where it differs."""
    if home is None:
        return None
    name, zone = home
    if not zones.clock_differs(entry.start, zone) and not zones.clock_differs(entry.end, zone):
        return None
    start, end = entry.start.astimezone(zone), entry.end.astimezone(zone)
    ending = f"{end:%H:%M}" if end.date() == start.date() else times.short_when(end)
    return f"Home time for {name} ({zone.key}): {times.short_when(start)}–{ending}"
