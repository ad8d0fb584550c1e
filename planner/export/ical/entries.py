"""What a recipient sees of each placed item: :class:`Entry` records built from a plan.

:func:`build_entries` gives every placed item its times, place, title,
details and the people invited; an entry can be kept as JSON
(:func:`entry_to_json`) to remember what was sent.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from functools import cached_property
from typing import Any
from zoneinfo import ZoneInfo

from planner.domain import times
from planner.domain.integrity import looks_like_email
from planner.domain.model import (
    BilateralRequest,
    DelegationKind,
    Person,
    Plan,
    Role,
    Session,
    SessionKind,
)
from planner.domain.precedence import (
    invitation_contact,
    order_of_precedence,
    usable_email,
)
from planner.domain.rules import ScheduleView
from planner.export.ical.text import single_line

_KIND_LABELS = {
    SessionKind.PLENARY: "Plenary",
    SessionKind.MINISTERIAL: "Ministerial",
    SessionKind.BILATERAL: "Bilateral",
    SessionKind.CEREMONY: "Ceremony",
    SessionKind.MEAL: "Meal",
    SessionKind.PRESS: "Press",
    SessionKind.SIDE_EVENT: "Side event",
    SessionKind.OTHER: "Other",
}
_CHAIRED = {SessionKind.PLENARY, SessionKind.MINISTERIAL, SessionKind.CEREMONY}


class AttendeeRole(StrEnum):
    CHAIR = "CHAIR"
    REQUIRED = "REQ-PARTICIPANT"
    OPTIONAL = "OPT-PARTICIPANT"


@dataclass(frozen=True)
class Attendee:
    """One person invited to an item."""

    person: str
    name: str
    delegation: str
    email: str | None
    role: AttendeeRole
    remote: bool = False


@dataclass(frozen=True)
class Entry:
    """What a recipient sees of one placed item, whatever the scope."""

    item: str
    summary: str
    start: datetime
    end: datetime
    location: str
    venue: str
    category: str
    details: tuple[str, ...]
    delegations: tuple[str, ...]
    attendees: tuple[Attendee, ...] = ()

    @property
    def invited(self) -> tuple[Attendee, ...]:
        """Attendees who can be sent an invitation (they have an e-mail address)."""
        return tuple(a for a in self.attendees if a.email)

    def fingerprint(self) -> str:
        """A digest of what a recipient sees; a new digest means a new SEQUENCE."""
        return self._digest

    @cached_property
    def _digest(self) -> str:
        attendees = sorted(
            f"{a.email}\x1f{a.name}\x1f{a.role.value}\x1f{int(a.remote)}" for a in self.invited
        )
        seen = [
            str(times.minutes(self.start)),
            str(times.minutes(self.end)),
            self.summary,
            self.location,
            self.category,
            "\x1e".join(self.details),
            "\x1e".join(attendees),
        ]
        text = "\x1d".join(seen)  # separators that single-line text cannot hold
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]

    def involves_person(self, person_id: str) -> bool:
        return any(a.person == person_id for a in self.attendees)


def entry_to_json(entry: Entry) -> str:
    """The entry as JSON, to keep what a recipient was sent."""
    data = {
        "item": entry.item,
        "summary": entry.summary,
        "start": entry.start.astimezone(UTC).isoformat(),
        "end": entry.end.astimezone(UTC).isoformat(),
        "location": entry.location,
        "venue": entry.venue,
        "category": entry.category,
        "details": list(entry.details),
        "delegations": list(entry.delegations),
        "attendees": [
            {
                "person": a.person,
                "name": a.name,
                "delegation": a.delegation,
                "email": a.email,
                "role": a.role.value,
                "remote": a.remote,
            }
            for a in entry.attendees
        ],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def entry_from_json(text: str, tz: ZoneInfo) -> Entry:
    """Read back :func:`entry_to_json`; times come back in ``tz``.

    Raises:
        ValueError: the text is not such a record.
    """
    data: dict[str, Any] = json.loads(text)
    try:
        return Entry(
            item=str(data["item"]),
            summary=str(data["summary"]),
            start=datetime.fromisoformat(data["start"]).astimezone(tz),
            end=datetime.fromisoformat(data["end"]).astimezone(tz),
            location=str(data["location"]),
            venue=str(data["venue"]),
            category=str(data["category"]),
            details=tuple(str(line) for line in data["details"]),
            delegations=tuple(str(d) for d in data["delegations"]),
            attendees=tuple(
                Attendee(
                    person=str(a["person"]),
                    name=str(a["name"]),
                    delegation=str(a["delegation"]),
                    email=a["email"],
                    role=AttendeeRole(a["role"]),
                    remote=bool(a["remote"]),
                )
                for a in data["attendees"]
            ),
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"not a calendar entry record ({error})") from None


def build_entries(plan: Plan) -> dict[str, Entry]:
    """Every placed item of the plan as an entry, keyed by item id, in time order."""
    view = ScheduleView(plan)
    rank = {d.id: place for place, d in enumerate(order_of_precedence(plan))}
    hosts = {d.id for d in plan.delegations if d.kind is DelegationKind.HOST}
    made = _Attendees()
    entries: dict[str, Entry] = {}
    for booking in sorted(view.bookings, key=lambda b: (b.start, b.placement.venue, b.item)):
        placement = booking.placement
        delegations = tuple(sorted(booking.delegations, key=lambda d: (rank.get(d, len(rank)), d)))
        venue = plan.venue_by_id.get(placement.venue)
        place = [venue.name, venue.building] if venue else [placement.venue]
        location = ", ".join(part for part in (*place, plan.event.city) if part)
        if booking.session is not None:
            category = _KIND_LABELS[booking.session.kind]
            attendees = _session_attendees(plan, booking.session, delegations, hosts, made)
            details = _session_details(plan, booking.session, delegations)
        else:
            assert booking.request is not None
            category = _KIND_LABELS[SessionKind.BILATERAL]
            attendees = _request_attendees(plan, booking.request, made)
            details = _request_details(plan, booking.request)
        entries[placement.item] = Entry(
            item=placement.item,
            summary=single_line(booking.title) or placement.item,
            start=placement.start,
            end=plan.end_of(placement),
            location=single_line(location),
            venue=placement.venue,
            category=category,
            details=details,
            delegations=delegations,
            attendees=attendees,
        )
    return entries


class _Attendees:
    """Attendee records made once per person and role (a head is in many bilaterals)."""

    def __init__(self) -> None:
        self._made: dict[tuple[Person, AttendeeRole, bool], Attendee] = {}

    def __call__(self, person: Person, role: AttendeeRole, remote: bool = False) -> Attendee:
        key = (person, role, remote)
        found = self._made.get(key)
        if found is None:
            found = self._made[key] = _attendee(person, role, remote)
        return found


def _attendee(person: Person, role: AttendeeRole, remote: bool = False) -> Attendee:
    email = person.email if person.email and looks_like_email(person.email) else None
    return Attendee(
        person=person.id,
        name=single_line(person.formal_name) or person.id,
        delegation=person.delegation,
        email=email,
        role=role,
        remote=remote or person.remote,
    )


def _session_attendees(
    plan: Plan,
    session: Session,
    delegations: Sequence[str],
    hosts: set[str],
    _attendee: _Attendees,
) -> tuple[Attendee, ...]:
    chosen: dict[str, Attendee] = {}

    def add(person: Person | None, role: AttendeeRole, remote: bool = False) -> None:
        if person is not None and person.id not in chosen:
            chosen[person.id] = _attendee(person, role, remote)

    for person_id in session.people:
        add(plan.person_by_id.get(person_id), AttendeeRole.REQUIRED)
    for person_id in session.remote:
        add(plan.person_by_id.get(person_id), AttendeeRole.REQUIRED, remote=True)
    for delegation_id in delegations:
        head = plan.head_of(delegation_id)
        chair = session.kind in _CHAIRED and delegation_id in hosts
        if head is not None:
            role = AttendeeRole.CHAIR if chair else AttendeeRole.REQUIRED
            if head.id in chosen and chair:
                chosen[head.id] = _attendee(head, role, chosen[head.id].remote)
            add(head, role)
        for person in plan.people_by_delegation.get(delegation_id, ()):
            if person.role is Role.DEPUTY:
                add(person, AttendeeRole.OPTIONAL)
        if not any(a.email for a in chosen.values() if a.delegation == delegation_id):
            add(invitation_contact(plan, delegation_id), AttendeeRole.REQUIRED)
    return tuple(chosen.values())


def _request_attendees(
    plan: Plan, request: BilateralRequest, _attendee: _Attendees
) -> tuple[Attendee, ...]:
    chosen: list[Attendee] = []
    for delegation_id in request.delegations:
        head = plan.head_of(delegation_id)
        if head is not None:
            chosen.append(_attendee(head, AttendeeRole.REQUIRED))
        if head is None or not usable_email(head):
            contact = invitation_contact(plan, delegation_id)
            if contact is not None:
                chosen.append(_attendee(contact, AttendeeRole.REQUIRED))
    return tuple(chosen)


def _names(plan: Plan, people: Iterable[str]) -> str:
    shown = []
    for person_id in people:
        person = plan.person_by_id.get(person_id)
        if person is None:
            continue
        shown.append(f"{person.formal_name} ({plan.delegation_name(person.delegation)})")
    return "; ".join(shown)


def _session_details(plan: Plan, session: Session, delegations: Sequence[str]) -> tuple[str, ...]:
    lines = []
    names = ", ".join(plan.delegation_name(d) for d in delegations)
    if session.for_all:
        lines.append(f"For all delegations in town ({len(delegations)}): {names}")
    else:
        lines.append(f"Delegations ({len(delegations)}): {names}")
    in_person = _names(plan, session.people)
    if in_person:
        lines.append(f"In person: {in_person}")
    remote = _names(plan, session.remote)
    if remote:
        lines.append(f"Joining remotely by video link: {remote}")
    return tuple(lines)


def _request_details(plan: Plan, request: BilateralRequest) -> tuple[str, ...]:
    first = plan.delegation_name(request.from_delegation)
    second = plan.delegation_name(request.to_delegation)
    return (f"Bilateral meeting of {first} and {second}, requested by {first}",)
