"""The summit-plan document <-> the plan: every field of the format, both ways.

:func:`plan_from_document` builds the plan from a document that
:func:`planner.interchange.summit_plan.parse_plan` has checked;
:func:`plan_to_document` puts an offset on every date-time and keeps a stable
order, so that export → import → export gives the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from planner.domain import times
from planner.domain.model import (
    ALL,
    BilateralRequest,
    Delegation,
    DelegationKind,
    Event,
    Feature,
    Fixed,
    FormerName,
    Organizer,
    Person,
    Placement,
    Plan,
    PrecedenceOrder,
    PrecedenceRule,
    Rank,
    RequestStatus,
    Role,
    Session,
    SessionKind,
    Span,
    Venue,
    Window,
    canonical_features,
    event_settings_text,
    read_event_settings,
)

FORMAT_NAME = "summit-plan"
FORMAT_VERSION = 1


# Reading ------------------------------------------------------------------


def plan_from_document(doc: dict[str, Any], *, lenient: bool = False) -> Plan:
    """The plan a checked document describes.

    With ``lenient``, a date-time that is not real stands in as the first day's
    start (so that the rest of the document can still be checked).
    """
    event_doc = doc["event"]
    tz = times.zone(event_doc["timezone"])

    fallback = times.at(
        date.fromisoformat(event_doc["start_date"]), times.parse_clock(event_doc["day_start"]), tz
    )

    def when(text: str) -> datetime:
        try:
            return times.parse_datetime(text, tz)
        except ValueError:
            if lenient:
                return fallback
            raise

    def maybe(text: str | None) -> datetime | None:
        return None if text is None else when(text)

    def window(value: Mapping[str, str] | None) -> Window | None:
        if not value:
            return None
        return Window(maybe(value.get("earliest")), maybe(value.get("latest")))

    def features(values: list[str] | None) -> tuple[Feature, ...]:
        return canonical_features(values or ())

    def day(text: str) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            if lenient:
                return fallback.date()
            raise

    organizer = event_doc.get("organizer")
    precedence = event_doc.get("precedence", {})
    event = Event(
        **read_event_settings(event_doc),
        organizer=Organizer(organizer["name"], organizer.get("email")) if organizer else None,
        languages=tuple(event_doc.get("languages", ())),
        precedence=PrecedenceRule(
            PrecedenceOrder(precedence.get("order", "alphabetical")), precedence.get("first")
        ),
    )
    venues = tuple(
        Venue(
            id=v["id"],
            name=v["name"],
            building=v["building"],
            capacity=v["capacity"],
            features=features(v["features"]),
            unavailable=tuple(
                Span(when(s["start"]), when(s["end"])) for s in v.get("unavailable", ())
            ),
        )
        for v in doc["venues"]
    )
    delegations = tuple(
        Delegation(
            id=d["id"],
            name=d["name"],
            kind=DelegationKind(d["kind"]),
            arrival=when(d["arrival"]),
            departure=when(d["departure"]),
            country=d.get("country"),
            precedence=d.get("precedence"),
            languages=tuple(d.get("languages", ())),
            timezone=d.get("timezone"),
            names=tuple(d.get("names", {}).items()),
            former_names=tuple(
                FormerName(f["name"], day(f["until"])) for f in d.get("former_names", ())
            ),
        )
        for d in doc["delegations"]
    )
    people = tuple(
        Person(
            id=p["id"],
            delegation=p["delegation"],
            given_name=p["given_name"],
            family_name=p["family_name"],
            rank=Rank(p["rank"]),
            role=Role(p["role"]),
            honorific=p.get("honorific"),
            position=p.get("position"),
            email=p.get("email"),
            remote=bool(p.get("remote", False)),
        )
        for p in doc.get("people", ())
    )

    def fixed(value: Mapping[str, str] | None) -> Fixed | None:
        if not value:
            return None
        return Fixed(maybe(value.get("start")), value.get("venue"))

    sessions = tuple(
        Session(
            id=s["id"],
            title=s["title"],
            kind=SessionKind(s["kind"]),
            duration_minutes=s["duration_minutes"],
            delegations=ALL if s["delegations"] == ALL else tuple(s["delegations"]),
            people=tuple(s.get("people", ())),
            seats_per_delegation=s.get("seats_per_delegation", 2),
            extra_seats=s.get("extra_seats", 0),
            needs=features(s.get("needs")),
            remote=tuple(s.get("remote", ())),
            fixed=fixed(s.get("fixed")),
            window=window(s.get("window")),
            after=tuple(s.get("after", ())),
            titles=tuple(s.get("titles", {}).items()),
        )
        for s in doc.get("sessions", ())
    )
    requests = tuple(
        BilateralRequest(
            id=r["id"],
            from_delegation=r["from"],
            to_delegation=r["to"],
            duration_minutes=r["duration_minutes"],
            priority=r["priority"],
            window=window(r.get("window")),
            needs=features(r.get("needs")),
            status=RequestStatus(r.get("status", "requested")),
        )
        for r in doc.get("bilateral_requests", ())
    )
    schedule = tuple(
        Placement(
            item=p["item"],
            start=when(p["start"]),
            venue=p["venue"],
            locked=bool(p.get("locked", False)),
        )
        for p in doc.get("schedule", ())
    )
    return Plan(event, venues, delegations, people, sessions, requests, schedule)


# Writing ------------------------------------------------------------------


def plan_to_document(plan: Plan) -> dict[str, Any]:
    """The plan as a summit-plan document (a JSON-ready dict, in a stable order)."""
    tz = plan.event.zone

    def when(value: datetime) -> str:
        return times.format_datetime(value, tz)

    def window(value: Window | None) -> dict[str, str] | None:
        if value is None:
            return None
        return _compact(
            {"earliest": _opt(value.earliest, when), "latest": _opt(value.latest, when)}
        )

    event = plan.event
    event_doc = _compact(
        {
            **event_settings_text(event),
            "organizer": _compact({"name": event.organizer.name, "email": event.organizer.email})
            if event.organizer
            else None,
            "languages": list(event.languages) or None,
            "precedence": _compact(
                {"order": event.precedence.order.value, "first": event.precedence.first}
            ),
        }
    )
    sessions_by_id = plan.session_by_id
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "event": event_doc,
        "venues": [
            _compact(
                {
                    "id": v.id,
                    "name": v.name,
                    "building": v.building,
                    "capacity": v.capacity,
                    "features": [f.value for f in v.features],
                    "unavailable": [
                        {"start": when(s.start), "end": when(s.end)} for s in v.unavailable
                    ]
                    or None,
                }
            )
            for v in plan.venues
        ],
        "delegations": [
            _compact(
                {
                    "id": d.id,
                    "name": d.name,
                    "kind": d.kind.value,
                    "country": d.country,
                    "precedence": d.precedence,
                    "arrival": when(d.arrival),
                    "departure": when(d.departure),
                    "languages": list(d.languages) or None,
                    "timezone": d.timezone,
                    "names": dict(d.names) or None,
                    "former_names": [
                        {"name": f.name, "until": f.until.isoformat()} for f in d.former_names
                    ]
                    or None,
                }
            )
            for d in plan.delegations
        ],
        "people": [
            _compact(
                {
                    "id": p.id,
                    "delegation": p.delegation,
                    "honorific": p.honorific,
                    "given_name": p.given_name,
                    "family_name": p.family_name,
                    "position": p.position,
                    "rank": p.rank.value,
                    "role": p.role.value,
                    "email": p.email,
                    "remote": True if p.remote else None,
                }
            )
            for p in plan.people
        ],
        "sessions": [
            _compact(
                {
                    "id": s.id,
                    "title": s.title,
                    "kind": s.kind.value,
                    "duration_minutes": s.duration_minutes,
                    "delegations": ALL if s.for_all else list(s.delegations),
                    "people": list(s.people) or None,
                    "seats_per_delegation": s.seats_per_delegation,
                    "extra_seats": s.extra_seats,
                    "needs": [f.value for f in s.needs] or None,
                    "remote": list(s.remote) or None,
                    "fixed": _compact({"start": _opt(s.fixed.start, when), "venue": s.fixed.venue})
                    if s.fixed
                    else None,
                    "window": window(s.window),
                    "after": list(s.after) or None,
                    "titles": dict(s.titles) or None,
                }
            )
            for s in plan.sessions
        ],
        "bilateral_requests": [
            _compact(
                {
                    "id": r.id,
                    "from": r.from_delegation,
                    "to": r.to_delegation,
                    "duration_minutes": r.duration_minutes,
                    "priority": r.priority,
                    "window": window(r.window),
                    "needs": [f.value for f in r.needs] or None,
                    "status": r.status.value,
                }
            )
            for r in plan.requests
        ],
        "schedule": [
            _compact(
                {
                    "item": p.item,
                    "start": when(p.start),
                    "venue": p.venue,
                    "locked": True if p.locked else None,
                }
            )
            for p in sorted(
                plan.schedule,
                key=lambda p: (
                    times.minutes(p.start),
                    p.venue,
                    p.item not in sessions_by_id,
                    p.item,
                ),
            )
        ],
    }
    return document


def dump_plan(plan: Plan) -> str:
    """The plan as summit-plan JSON text (UTF-8 ready, newline at the end)."""
    return json.dumps(plan_to_document(plan), ensure_ascii=False, indent=2) + "\n"


def _compact(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def _opt(value: datetime | None, render: Callable[[datetime], str]) -> str | None:
    return None if value is None else render(value)
