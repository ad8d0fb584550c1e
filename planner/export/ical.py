"""iCalendar (RFC 5545) calendars and iTIP (RFC 5546) invitations of a plan.

Two steps, both pure:

1. :func:`build_entries` turns the plan's placements into :class:`Entry`
   records: what a recipient sees of each item (times, place, title, the
   people invited). :func:`select` picks the items of one delegation, person
   or venue (a :class:`Scope`).
2. :func:`render` writes entries as one ``VCALENDAR`` with a ``METHOD``
   (``PUBLISH`` for a calendar, ``REQUEST`` or ``CANCEL`` for an invitation).

Times are written as wall time with ``TZID=<IANA name>`` and a ``VTIMEZONE``
generated here from the tz database for the dates concerned, so clients that
know the zone by name and clients that only read the file agree on the
instant. A wall time that names two instants (the repeated hour when clocks go
back) is written in UTC instead, since readers disagree on which pass it
means; nothing is ever floating.

The ``icalendar`` library reads these files back in the tests but does not
write them: its serialiser folds lines one character at a time (seconds for a
large summit), and ``Timezone.from_tzinfo`` in 7.x drops a change of offset
that falls on the first day of its range (Africa/Casablanca, 19 March 2023).
Every text value goes through :func:`escape_text` and every parameter through
:func:`quote_parameter`, so no name or title can start a property of its own;
lines are folded at 75 octets without splitting a UTF-8 sequence.

The clock (``now``) and the UIDs (``uid_for``) are injected by the caller.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from enum import StrEnum
from functools import cached_property
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from planner.domain import times
from planner.domain.integrity import looks_like_email
from planner.domain.model import (
    BilateralRequest,
    DelegationKind,
    Organizer,
    Person,
    Plan,
    Role,
    Session,
    SessionKind,
)
from planner.domain.precedence import members_in_order, order_of_precedence
from planner.domain.rules import ScheduleView
from planner.errors import NotFoundError

PRODUCT_ID = "-//Summit Planner//Summit Planner//EN"
FOLD_OCTETS = 75
"""RFC 5545 3.1: content lines longer than this many octets are folded."""

_UID_SAFE = "-._~"
# RFC 5545 TEXT may hold no control character but HTAB; line breaks become \n.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x85")
_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]+")
_MAILTO_SAFE = "@.+-_!$&'*=?^`{|}~"
_TZ_MARGIN = timedelta(days=7)

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


class Method(StrEnum):
    """The iTIP method of a calendar file."""

    PUBLISH = "PUBLISH"
    REQUEST = "REQUEST"
    CANCEL = "CANCEL"


class AttendeeRole(StrEnum):
    CHAIR = "CHAIR"
    REQUIRED = "REQ-PARTICIPANT"
    OPTIONAL = "OPT-PARTICIPANT"


# Text ----------------------------------------------------------------------


def escape_text(value: str) -> str:
    """An RFC 5545 TEXT value: ``\\``, ``;`` and ``,`` escaped, line breaks as ``\\n``.

    Control characters other than tab are dropped: they are not allowed in
    TEXT, and a bare CR or LF would end the content line.
    """
    value = _LINE_BREAKS.sub("\n", value)
    value = _CONTROL.sub("", value)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def single_line(value: str) -> str:
    """``value`` with every line break and control character turned into one space."""
    return _SINGLE_LINE.sub(" ", value).strip()


def quote_parameter(value: str) -> str:
    """A parameter value, always quoted, with RFC 6868 ``^`` escapes for ``"`` and ``^``.

    Quoting keeps ``:``, ``;`` and ``,`` in a name from ending the parameter.
    """
    value = single_line(value).replace("^", "^^").replace('"', "^'")
    return f'"{value}"'


def fold(line: str) -> bytes:
    """One content line as UTF-8 with CRLF, folded at 75 octets between characters."""
    data = line.encode("utf-8")
    if len(data) <= FOLD_OCTETS:
        return data + b"\r\n"
    parts = []
    start = 0
    limit = FOLD_OCTETS
    while len(data) - start > limit:
        cut = start + limit
        while data[cut] & 0xC0 == 0x80:  # never inside a UTF-8 sequence
            cut -= 1
        parts.append(data[start:cut])
        start = cut
        limit = FOLD_OCTETS - 1  # continuation lines start with a space
    parts.append(data[start:])
    return b"\r\n ".join(parts) + b"\r\n"


def item_uid(event_id: str, item_id: str) -> str:
    """The UID of an item for the life of the plan: ``<item>@<event>.summit-planner``.

    Only letters, digits and ``-._~`` are kept as they are; everything else is
    percent-encoded, so the UID is plain ASCII and the same on every run.
    """
    return f"{quote(item_id, safe=_UID_SAFE)}@{quote(event_id, safe=_UID_SAFE)}.summit-planner"


def mailto(email: str) -> str:
    return "mailto:" + quote(single_line(email), safe=_MAILTO_SAFE)


# Entries -------------------------------------------------------------------


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
            add(_contact(plan, delegation_id), AttendeeRole.REQUIRED)
    return tuple(chosen.values())


def _request_attendees(
    plan: Plan, request: BilateralRequest, _attendee: _Attendees
) -> tuple[Attendee, ...]:
    chosen: list[Attendee] = []
    for delegation_id in request.delegations:
        head = plan.head_of(delegation_id)
        if head is not None:
            chosen.append(_attendee(head, AttendeeRole.REQUIRED))
        if head is None or not _usable_email(head):
            contact = _contact(plan, delegation_id)
            if contact is not None:
                chosen.append(_attendee(contact, AttendeeRole.REQUIRED))
    return tuple(chosen)


def _usable_email(person: Person) -> bool:
    return bool(person.email and looks_like_email(person.email))


def _contact(plan: Plan, delegation_id: str) -> Person | None:
    """Who receives a delegation's invitations when its head has no address.

    Ministers rarely give theirs; the delegation's deputy, liaison officer or
    other member does, in the delegation's own order.
    """
    for person in members_in_order(plan, delegation_id):
        if _usable_email(person) and not person.remote:
            return person
    return None


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


# Scopes --------------------------------------------------------------------


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
    if delegation is None or not delegation.timezone:
        return None
    try:
        zone = times.zone(delegation.timezone)
    except times.UnknownTimezoneError:
        return None
    return plan.delegation_name(delegation.id), zone


def home_time_line(entry: Entry, home: tuple[str, ZoneInfo] | None) -> str | None:
    """``Home time for Russia (Europe/Moscow): 11 Oct 07:00–07:45``, where it differs."""
    if home is None:
        return None
    name, zone = home
    start, end = entry.start.astimezone(zone), entry.end.astimezone(zone)
    if start.utcoffset() == entry.start.utcoffset() and end.utcoffset() == entry.end.utcoffset():
        return None
    ending = f"{end:%H:%M}" if end.date() == start.date() else times.short_when(end)
    return f"Home time for {name} ({zone.key}): {times.short_when(start)}–{ending}"


# Rendering -----------------------------------------------------------------


@dataclass(frozen=True)
class Published:
    """An entry as it goes into a file: with its SEQUENCE and whether it is cancelled."""

    entry: Entry
    uid: str
    sequence: int
    cancelled: bool = False
    extra_details: tuple[str, ...] = ()


@dataclass(frozen=True)
class CalendarHeader:
    """What the ``VCALENDAR`` says about itself."""

    method: Method
    timezone: str
    name: str | None = None
    organizer: Organizer | None = None
    product: str = PRODUCT_ID
    span: tuple[date, date] | None = None
    """Dates the VTIMEZONE must cover beyond the entries' own (the event's)."""
    attendee_filter: Callable[[Attendee], bool] | None = field(default=None, compare=False)


def render(published: Sequence[Published], header: CalendarHeader, now: datetime) -> bytes:
    """One ``VCALENDAR`` with a ``VEVENT`` per published entry, as bytes.

    Args:
        published: the entries in the order to write them.
        header: method, time zone, calendar name and organizer.
        now: the DTSTAMP of every event (aware).

    Returns:
        UTF-8 without a BOM, CRLF line ends, folded at 75 octets.
    """
    tz = times.zone(header.timezone)
    stamp = _utc(now)
    lines: list[bytes] = [
        fold("BEGIN:VCALENDAR"),
        fold("VERSION:2.0"),
        fold(f"PRODID:{escape_text(header.product)}"),
        fold("CALSCALE:GREGORIAN"),
        fold(f"METHOD:{header.method.value}"),
    ]
    if header.name:
        lines.append(fold(f"X-WR-CALNAME:{escape_text(single_line(header.name))}"))
        lines.append(fold(f"X-WR-TIMEZONE:{header.timezone}"))
    lines.append(_vtimezone(published, header, tz))
    organizer = _organizer_line(header.organizer)
    for item in published:
        lines.extend(_vevent(item, header, tz, stamp, organizer))
    lines.append(fold("END:VCALENDAR"))
    return b"".join(lines)


def _organizer_line(organizer: Organizer | None) -> str | None:
    if organizer is None or not organizer.email or not looks_like_email(organizer.email):
        return None
    name = single_line(organizer.name)
    cn = f";CN={quote_parameter(name)}" if name else ""
    return f"ORGANIZER{cn}:{mailto(organizer.email)}"


def _vevent(
    item: Published, header: CalendarHeader, tz: ZoneInfo, stamp: str, organizer: str | None
) -> list[bytes]:
    entry = item.entry
    method = header.method
    status = "CANCELLED" if item.cancelled or method is Method.CANCEL else "CONFIRMED"
    description = "\n".join((*entry.details, *item.extra_details))
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(item.uid)}",
        f"DTSTAMP:{stamp}",
        _when("DTSTART", entry.start, tz, header.timezone),
        _when("DTEND", entry.end, tz, header.timezone),
        f"SEQUENCE:{item.sequence}",
        f"STATUS:{status}",
        f"SUMMARY:{escape_text(entry.summary)}",
        f"LOCATION:{escape_text(entry.location)}",
        f"DESCRIPTION:{escape_text(description)}",
        f"CATEGORIES:{escape_text(entry.category)}",
        "TRANSP:OPAQUE",
    ]
    if organizer is not None:
        lines.append(organizer)
    if method is not Method.PUBLISH:
        chosen = header.attendee_filter
        for attendee in entry.invited:
            if chosen is None or chosen(attendee):
                lines.append(_attendee_line(attendee, cancelled=method is Method.CANCEL))
    lines.append("END:VEVENT")
    return [fold(line) for line in lines]


def _attendee_line(attendee: Attendee, *, cancelled: bool) -> str:
    assert attendee.email is not None
    params = [
        f"CN={quote_parameter(attendee.name)}",
        "CUTYPE=INDIVIDUAL",
        f"ROLE={attendee.role.value}",
    ]
    if not cancelled:
        params += ["PARTSTAT=NEEDS-ACTION", "RSVP=TRUE"]
    return f"ATTENDEE;{';'.join(params)}:{mailto(attendee.email)}"


def _utc(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("the clock must give an aware date-time")
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _when(name: str, value: datetime, tz: ZoneInfo, tzid: str) -> str:
    """``DTSTART;TZID=Asia/Almaty:20211011T100000``, or UTC where wall time is ambiguous."""
    wall = value.astimezone(tz)
    naive = wall.replace(tzinfo=None)
    # RFC 5545 3.3.5 takes a repeated wall time as its first pass, but readers
    # differ (ical.js takes the second), so any wall time that names two
    # instants, or not exactly this one, is written in UTC instead.
    first = naive.replace(tzinfo=tz, fold=0)
    second = naive.replace(tzinfo=tz, fold=1)
    if (
        first.utcoffset() != second.utcoffset()
        or times.minutes(first) != times.minutes(value)
        or wall.second
        or wall.microsecond
    ):
        return f"{name}:{_utc(value)}"
    return f"{name};TZID={tzid}:{naive:%Y%m%dT%H%M%S}"


def _vtimezone(published: Sequence[Published], header: CalendarHeader, tz: ZoneInfo) -> bytes:
    days = [p.entry.start.astimezone(tz).date() for p in published]
    days += [p.entry.end.astimezone(tz).date() for p in published]
    if header.span is not None:
        days += list(header.span)
    if not days:
        days = [date(1970, 1, 1)]
    first, last = min(days) - _TZ_MARGIN, max(days) + _TZ_MARGIN
    return b"".join(fold(line) for line in vtimezone(tz, header.timezone, first, last))


def vtimezone(tz: ZoneInfo, tzid: str, first: date, last: date) -> list[str]:
    """A ``VTIMEZONE`` for ``tz`` that is exact from ``first`` to ``last``.

    One observance starts at ``first`` with the offset then in force, and one
    more follows every change the tz database has in the span, its onset
    given in the wall time before the change (RFC 5545 3.6.5). Written from
    the tz database directly: ``icalendar.Timezone.from_tzinfo`` (7.x) drops a
    change that falls on the first day of its range.
    """
    begin = datetime(first.year, first.month, first.day, tzinfo=UTC) - timedelta(days=1)
    finish = datetime(last.year, last.month, last.day, tzinfo=UTC) + timedelta(days=2)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    state = _zone_state(tz, begin)
    lines += _observance(begin, state, state)
    for moment, before, after in _transitions(tz, begin, finish, state):
        lines += _observance(moment, before, after)
    if "BEGIN:STANDARD" not in lines:
        # Readers built on dateutil's tzical fail on a zone with no STANDARD
        # part (Pacific/Apia in 2011 kept summer time all year); the offsets
        # are what give the instants, so the first part is called standard.
        end = lines.index("END:DAYLIGHT")
        lines[2], lines[end] = "BEGIN:STANDARD", "END:STANDARD"
    lines.append("END:VTIMEZONE")
    return lines


_ZoneState = tuple[timedelta, timedelta, str]
_SCAN_STEP = timedelta(hours=6)


def _zone_state(tz: ZoneInfo, moment: datetime) -> _ZoneState:
    local = moment.astimezone(tz)
    return (local.utcoffset() or timedelta(0), local.dst() or timedelta(0), local.tzname() or "")


def _transitions(
    tz: ZoneInfo, begin: datetime, finish: datetime, state: _ZoneState
) -> Iterable[tuple[datetime, _ZoneState, _ZoneState]]:
    """Each change of offset or name in ``begin``..``finish``: (UTC instant, before, after)."""
    moment = begin
    while moment < finish:
        step = min(_SCAN_STEP, finish - moment)
        later = _zone_state(tz, moment + step)
        if later != state:
            low, high = moment, moment + step
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if _zone_state(tz, middle) == state:
                    low = middle
                else:
                    high = middle
            high = high.replace(microsecond=0)
            after = _zone_state(tz, high)
            yield high, state, after
            state = after
            moment = high
        else:
            moment += step


def _observance(moment: datetime, before: _ZoneState, after: _ZoneState) -> list[str]:
    kind = "DAYLIGHT" if after[1] > timedelta(0) else "STANDARD"
    onset = (moment.astimezone(UTC).replace(tzinfo=None) + before[0]).strftime("%Y%m%dT%H%M%S")
    lines = [
        f"BEGIN:{kind}",
        f"DTSTART:{onset}",
        f"TZOFFSETFROM:{_offset(before[0])}",
        f"TZOFFSETTO:{_offset(after[0])}",
    ]
    if after[2]:
        lines.append(f"TZNAME:{escape_text(single_line(after[2]))}")
    lines.append(f"END:{kind}")
    return lines


def _offset(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{seconds:02d}" if seconds else "")


# E-mail drafts -------------------------------------------------------------


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str


def email_draft(
    calendar: bytes,
    *,
    method: Method,
    sender: Recipient | None,
    recipients: Sequence[Recipient],
    subject: str,
    body: str,
    now: datetime,
    filename: str = "invite.ics",
) -> bytes:
    """An RFC 5322 message, marked unsent, with ``calendar`` attached.

    Mail programs open it as a draft (``X-Unsent: 1``) ready to send. The
    calendar goes as ``text/calendar; method=…; charset=utf-8`` in base64, so
    its CRLF line ends and folding arrive byte for byte.

    Raises:
        ValueError: an address the e-mail library cannot write.
    """
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = single_line(subject)
    if sender is not None:
        message["From"] = _address(sender)
    if recipients:
        message["To"] = [_address(r) for r in recipients]
    message["Date"] = format_datetime(now.astimezone(UTC))
    message["X-Unsent"] = "1"
    message.set_content(_LINE_BREAKS.sub("\n", _CONTROL.sub("", body)), charset="utf-8")
    message.add_attachment(
        calendar,
        maintype="text",
        subtype="calendar",
        params={"method": method.value, "charset": "utf-8"},
        filename=filename,
    )
    return message.as_bytes()


def _address(recipient: Recipient) -> Address:
    try:
        return Address(display_name=single_line(recipient.name), addr_spec=recipient.email)
    except (ValueError, IndexError, HeaderParseError) as error:
        raise ValueError(f"cannot write the address {recipient.email!r} ({error})") from None
