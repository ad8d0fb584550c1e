"""The plan: frozen dataclasses that mirror the summit-plan format.

Field names follow the exchange format, except ``from``/``to`` of a bilateral
request (Python keywords), which are ``from_delegation``/``to_delegation``.
Every date-time is timezone-aware in the event's zone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import cached_property
from typing import Any, Literal
from zoneinfo import ZoneInfo

from planner.domain import names, times


class DelegationKind(StrEnum):
    """Status groups, in the order of precedence the format defines."""

    HOST = "host"
    MEMBER_STATE = "member_state"
    OBSERVER_STATE = "observer_state"
    OBSERVER_ORG = "observer_org"
    PARTNER_ORG = "partner_org"
    GUEST = "guest"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    DelegationKind.HOST: "host",
    DelegationKind.MEMBER_STATE: "member state",
    DelegationKind.OBSERVER_STATE: "observer state",
    DelegationKind.OBSERVER_ORG: "observer organisation",
    DelegationKind.PARTNER_ORG: "partner organisation",
    DelegationKind.GUEST: "guest",
}


class Rank(StrEnum):
    """Ranks from highest to lowest."""

    HEAD_OF_STATE = "head_of_state"
    HEAD_OF_GOVERNMENT = "head_of_government"
    VICE_PRESIDENT = "vice_president"
    MINISTER = "minister"
    DEPUTY_MINISTER = "deputy_minister"
    AMBASSADOR = "ambassador"
    SENIOR_OFFICIAL = "senior_official"
    OFFICIAL = "official"
    STAFF = "staff"

    @property
    def order(self) -> int:
        return list(Rank).index(self)

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


class Role(StrEnum):
    HEAD = "head"
    DEPUTY = "deputy"
    MEMBER = "member"
    ADVISER = "adviser"
    INTERPRETER = "interpreter"
    SECURITY = "security"
    PRESS = "press"
    LIAISON = "liaison"


class SessionKind(StrEnum):
    PLENARY = "plenary"
    MINISTERIAL = "ministerial"
    BILATERAL = "bilateral"
    CEREMONY = "ceremony"
    MEAL = "meal"
    PRESS = "press"
    SIDE_EVENT = "side_event"
    OTHER = "other"


class Feature(StrEnum):
    INTERPRETATION = "interpretation"
    VIDEO_LINK = "video_link"
    PRESS = "press"
    ACCESSIBLE = "accessible"
    FLAGS = "flags"
    CATERING = "catering"


class RequestStatus(StrEnum):
    REQUESTED = "requested"
    AGREED = "agreed"
    DECLINED = "declined"


class PrecedenceOrder(StrEnum):
    ALPHABETICAL = "alphabetical"
    RANK = "rank"


ALL: Literal["all"] = "all"
"""A session's ``delegations`` when it is meant for every delegation in town."""

BILATERAL_SEATS = 6
"""Seats a bilateral meeting needs (rule 5)."""


def canonical_features(features: Iterable[Feature | str]) -> tuple[Feature, ...]:
    """Features without repeats, in the format's order (stable exports)."""
    wanted = {Feature(feature) for feature in features}
    return tuple(feature for feature in Feature if feature in wanted)


@dataclass(frozen=True)
class Organizer:
    name: str
    email: str | None = None


@dataclass(frozen=True)
class PrecedenceRule:
    order: PrecedenceOrder = PrecedenceOrder.ALPHABETICAL
    first: str | None = None
    """Id of the delegation whose name starts the alphabet (drawn by lot)."""


@dataclass(frozen=True)
class Event:
    id: str
    name: str
    city: str
    timezone: str
    start_date: date
    end_date: date
    day_start: time
    day_end: time
    slot_minutes: int
    changeover_minutes: int
    organizer: Organizer | None = None
    languages: tuple[str, ...] = ()
    precedence: PrecedenceRule = field(default_factory=PrecedenceRule)

    @property
    def zone(self) -> ZoneInfo:
        return times.zone(self.timezone)

    @property
    def days(self) -> tuple[date, ...]:
        count = (self.end_date - self.start_date).days + 1
        return tuple(self.start_date + timedelta(days=offset) for offset in range(max(count, 0)))

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        """The working hours of ``day`` as aware datetimes in the event's zone."""
        return times.at(day, self.day_start, self.zone), times.at(day, self.day_end, self.zone)


def event_settings_text(event: Event) -> dict[str, str | int]:
    """The event's own settings as both files write them: ISO dates, ``HH:MM`` times of day.

    The organizer, languages and precedence are left out: each file keeps them
    in a shape of its own.
    """
    return {
        "id": event.id,
        "name": event.name,
        "city": event.city,
        "timezone": event.timezone,
        "start_date": event.start_date.isoformat(),
        "end_date": event.end_date.isoformat(),
        "day_start": times.format_clock(event.day_start),
        "day_end": times.format_clock(event.day_end),
        "slot_minutes": event.slot_minutes,
        "changeover_minutes": event.changeover_minutes,
    }


def read_event_settings(text: Mapping[str, Any]) -> dict[str, Any]:
    """What :func:`event_settings_text` wrote, read back as :class:`Event` arguments.

    Raises:
        KeyError: a setting is missing.
        ValueError: a date or a time of day is not one.
    """
    return {
        "id": text["id"],
        "name": text["name"],
        "city": text["city"],
        "timezone": text["timezone"],
        "start_date": date.fromisoformat(text["start_date"]),
        "end_date": date.fromisoformat(text["end_date"]),
        "day_start": times.parse_clock(text["day_start"]),
        "day_end": times.parse_clock(text["day_end"]),
        "slot_minutes": text["slot_minutes"],
        "changeover_minutes": text["changeover_minutes"],
    }


@dataclass(frozen=True)
class Span:
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Window:
    earliest: datetime | None = None
    latest: datetime | None = None


@dataclass(frozen=True)
class Fixed:
    start: datetime | None = None
    venue: str | None = None


@dataclass(frozen=True)
class Venue:
    id: str
    name: str
    building: str
    capacity: int
    features: tuple[Feature, ...] = ()
    unavailable: tuple[Span, ...] = ()


@dataclass(frozen=True)
class FormerName:
    """An English short name a delegation had before the date ``until``."""

    name: str
    until: date


Translations = tuple[tuple[str, str], ...]
"""Language tag → text, in the officer's order (a tuple, so plans stay hashable)."""


@dataclass(frozen=True)
class Delegation:
    id: str
    name: str
    kind: DelegationKind
    arrival: datetime
    departure: datetime
    country: str | None = None
    precedence: int | None = None
    languages: tuple[str, ...] = ()
    timezone: str | None = None
    names: Translations = ()
    """The delegation's name in other languages (``names`` of the format)."""
    former_names: tuple[FormerName, ...] = ()

    def present(self, start: datetime, end: datetime) -> bool:
        """Whether the delegation is in town for the whole of ``start``..``end`` (rule 4)."""
        return times.minutes(self.arrival) <= times.minutes(start) and times.minutes(
            end
        ) <= times.minutes(self.departure)


def is_east_asian(text: str) -> bool:
    """Han, kana or Hangul only (names written family name first, without a space)."""
    return bool(text) and all(
        "\u1100" <= char <= "\u11ff"
        or "\u2e80" <= char <= "\u9fff"
        or "\uac00" <= char <= "\ud7af"
        or "\uf900" <= char <= "\ufaff"
        or "\U00020000" <= char <= "\U0003134f"
        for char in text
    )


@dataclass(frozen=True)
class Person:
    id: str
    delegation: str
    given_name: str
    family_name: str
    rank: Rank
    role: Role
    honorific: str | None = None
    position: str | None = None
    email: str | None = None
    remote: bool = False

    @property
    def full_name(self) -> str:
        """``Mukhtar Tileuberdi``; Chinese, Japanese and Korean names family name first.

        A name written in Han, kana or Hangul reads family name first with no
        space between, as its bearer writes it (``王毅``, ``서지훈``).
        """
        if is_east_asian(self.given_name) and is_east_asian(self.family_name):
            return f"{self.family_name}{self.given_name}"
        return " ".join(part for part in (self.given_name, self.family_name) if part)

    @property
    def formal_name(self) -> str:
        """Honorific and name: ``H.E. Mukhtar Tileuberdi``."""
        return " ".join(part for part in (self.honorific, self.full_name) if part)


@dataclass(frozen=True)
class Session:
    id: str
    title: str
    kind: SessionKind
    duration_minutes: int
    delegations: Literal["all"] | tuple[str, ...]
    people: tuple[str, ...] = ()
    seats_per_delegation: int = 2
    extra_seats: int = 0
    needs: tuple[Feature, ...] = ()
    remote: tuple[str, ...] = ()
    fixed: Fixed | None = None
    window: Window | None = None
    after: tuple[str, ...] = ()
    """Sessions that must have ended before this one starts (rule 10)."""
    titles: Translations = ()
    """The title in other languages."""

    @property
    def for_all(self) -> bool:
        return self.delegations == ALL

    @property
    def required_features(self) -> tuple[Feature, ...]:
        """``needs``, plus a video link when anyone joins remotely (rule 6)."""
        if self.remote:
            return canonical_features((*self.needs, Feature.VIDEO_LINK))
        return self.needs


@dataclass(frozen=True)
class BilateralRequest:
    id: str
    from_delegation: str
    to_delegation: str
    duration_minutes: int
    priority: int
    window: Window | None = None
    needs: tuple[Feature, ...] = ()
    status: RequestStatus = RequestStatus.REQUESTED

    @property
    def weight(self) -> int:
        """What granting it adds to the score: ``2 ** (5 - priority)``."""
        return int(2 ** (5 - self.priority))

    @property
    def delegations(self) -> tuple[str, str]:
        return (self.from_delegation, self.to_delegation)


@dataclass(frozen=True)
class Placement:
    """An item (session or bilateral request) at a start time in a venue.

    ``locked``: the officer pinned it, and the scheduler leaves it where it is.
    """

    item: str
    start: datetime
    venue: str
    locked: bool = False


Item = Session | BilateralRequest


@dataclass(frozen=True)
class Plan:
    """A whole plan; lists keep the officer's order."""

    event: Event
    venues: tuple[Venue, ...] = ()
    delegations: tuple[Delegation, ...] = ()
    people: tuple[Person, ...] = ()
    sessions: tuple[Session, ...] = ()
    requests: tuple[BilateralRequest, ...] = ()
    schedule: tuple[Placement, ...] = ()

    @cached_property
    def venue_by_id(self) -> Mapping[str, Venue]:
        return {venue.id: venue for venue in self.venues}

    @cached_property
    def delegation_by_id(self) -> Mapping[str, Delegation]:
        return {delegation.id: delegation for delegation in self.delegations}

    @cached_property
    def person_by_id(self) -> Mapping[str, Person]:
        return {person.id: person for person in self.people}

    @cached_property
    def session_by_id(self) -> Mapping[str, Session]:
        return {session.id: session for session in self.sessions}

    @cached_property
    def request_by_id(self) -> Mapping[str, BilateralRequest]:
        return {request.id: request for request in self.requests}

    @cached_property
    def placement_by_item(self) -> Mapping[str, Placement]:
        return {placement.item: placement for placement in self.schedule}

    @cached_property
    def people_by_delegation(self) -> Mapping[str, tuple[Person, ...]]:
        grouped: dict[str, list[Person]] = {delegation.id: [] for delegation in self.delegations}
        for person in self.people:
            grouped.setdefault(person.delegation, []).append(person)
        return {key: tuple(value) for key, value in grouped.items()}

    def without_sessions(self, ids: Iterable[str]) -> Plan:
        """The plan without these sessions: their placements go, and so does
        their place in the order (``after``) of the sessions that remain."""
        gone = set(ids)
        return replace(
            self,
            sessions=tuple(
                replace(s, after=tuple(e for e in s.after if e not in gone))
                if gone.intersection(s.after)
                else s
                for s in self.sessions
                if s.id not in gone
            ),
            schedule=tuple(p for p in self.schedule if p.item not in gone),
        )

    def item(self, item_id: str) -> Item | None:
        """The session or bilateral request with this id, if any."""
        return self.session_by_id.get(item_id) or self.request_by_id.get(item_id)

    def item_title(self, item_id: str) -> str:
        """How an officer names an item in a sentence."""
        session = self.session_by_id.get(item_id)
        if session is not None:
            return session.title
        request = self.request_by_id.get(item_id)
        if request is not None:
            first = self.delegation_name(request.from_delegation)
            return f"Bilateral {first}–{self.delegation_name(request.to_delegation)}"
        return item_id

    @cached_property
    def delegation_names(self) -> Mapping[str, str]:
        """Each delegation's English name in force on the event's first day."""
        day = self.event.start_date
        return {d.id: names.name_on(d, day) for d in self.delegations}

    def delegation_name(self, delegation_id: str) -> str:
        """The delegation's English name in force at the event (its id if unknown)."""
        return self.delegation_names.get(delegation_id, delegation_id)

    def head_of(self, delegation_id: str) -> Person | None:
        for person in self.people_by_delegation.get(delegation_id, ()):
            if person.role is Role.HEAD:
                return person
        return None

    def end_of(self, placement: Placement) -> datetime:
        item = self.item(placement.item)
        duration = item.duration_minutes if item is not None else 0
        return times.add_minutes(placement.start, duration)
