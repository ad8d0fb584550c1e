"""Plan rows <-> model dataclasses: how each entity is kept in its table.

Each ``*_row`` function gives the row an entity is stored as, and each
``*_from_row`` reads one back; :func:`stored_form` is an entity as the file
will read it back. Lists and name maps are kept as JSON text, date-times as
text in the event's zone.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from planner.domain import model, times
from planner.domain.edits import Edit, Entity, EntityChange, Kind

Row = dict[str, Any]


def _json(values: Iterable[Any]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _json_object(pairs: Iterable[tuple[str, str]]) -> str:
    return json.dumps(dict(pairs), ensure_ascii=False)


def _read_object(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(json.loads(text).items())


class FieldError(ValueError):
    """A stored value that cannot be read, with the column it is in."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def _stored_list(row: Row, column: str) -> list[Any]:
    """A list kept as JSON text in ``column``."""
    try:
        value = json.loads(row[column])
    except (TypeError, ValueError) as error:
        raise FieldError(column, f"not a JSON list: {error}") from None
    if not isinstance(value, list):
        raise FieldError(column, "not a JSON list")
    return value


def _stored_features(row: Row, column: str) -> tuple[model.Feature, ...]:
    return tuple(model.Feature(f) for f in _stored_list(row, column))


def _when(value: datetime | None, tz: ZoneInfo) -> str | None:
    return None if value is None else times.format_datetime(value, tz)


def _read_when(text: str | None, tz: ZoneInfo) -> datetime | None:
    return None if text is None else times.parse_stored(text, tz)


def _window(earliest: str | None, latest: str | None, tz: ZoneInfo) -> model.Window | None:
    if earliest is None and latest is None:
        return None
    return model.Window(_read_when(earliest, tz), _read_when(latest, tz))


def event_row(event: model.Event) -> Row:
    return {
        "singleton": 1,
        **model.event_settings_text(event),
        "organizer_name": event.organizer.name if event.organizer else None,
        "organizer_email": event.organizer.email if event.organizer else None,
        "languages": _json(event.languages),
        "precedence_order": event.precedence.order.value,
        "precedence_first": event.precedence.first,
    }


def event_from_row(row: Row) -> model.Event:
    organizer = None
    if row["organizer_name"] is not None:
        organizer = model.Organizer(row["organizer_name"], row["organizer_email"])
    return model.Event(
        **model.read_event_settings(row),
        organizer=organizer,
        languages=tuple(_stored_list(row, "languages")),
        precedence=model.PrecedenceRule(
            model.PrecedenceOrder(row["precedence_order"]), row["precedence_first"]
        ),
    )


def venue_row(venue: model.Venue, tz: ZoneInfo, sort_order: int) -> Row:
    return {
        "id": venue.id,
        "sort_order": sort_order,
        "name": venue.name,
        "building": venue.building,
        "capacity": venue.capacity,
        "features": _json(f.value for f in venue.features),
        "unavailable": _json(
            {"start": _when(span.start, tz), "end": _when(span.end, tz)}
            for span in venue.unavailable
        ),
    }


def venue_from_row(row: Row, tz: ZoneInfo) -> model.Venue:
    return model.Venue(
        id=row["id"],
        name=row["name"],
        building=row["building"],
        capacity=row["capacity"],
        features=_stored_features(row, "features"),
        unavailable=tuple(
            model.Span(times.parse_stored(span["start"], tz), times.parse_stored(span["end"], tz))
            for span in _stored_list(row, "unavailable")
        ),
    )


def delegation_row(delegation: model.Delegation, tz: ZoneInfo, sort_order: int) -> Row:
    return {
        "id": delegation.id,
        "sort_order": sort_order,
        "name": delegation.name,
        "kind": delegation.kind.value,
        "country": delegation.country,
        "precedence": delegation.precedence,
        "arrival": _when(delegation.arrival, tz),
        "departure": _when(delegation.departure, tz),
        "languages": _json(delegation.languages),
        "timezone": delegation.timezone,
        "names": _json_object(delegation.names),
        "former_names": _json(
            {"name": former.name, "until": former.until.isoformat()}
            for former in delegation.former_names
        ),
    }


def delegation_from_row(row: Row, tz: ZoneInfo) -> model.Delegation:
    return model.Delegation(
        id=row["id"],
        name=row["name"],
        kind=model.DelegationKind(row["kind"]),
        arrival=times.parse_stored(row["arrival"], tz),
        departure=times.parse_stored(row["departure"], tz),
        country=row["country"],
        precedence=row["precedence"],
        languages=tuple(_stored_list(row, "languages")),
        timezone=row["timezone"],
        names=_read_object(row["names"]),
        former_names=tuple(
            model.FormerName(former["name"], date.fromisoformat(former["until"]))
            for former in json.loads(row["former_names"])
        ),
    )


def person_row(person: model.Person, sort_order: int) -> Row:
    return {
        "id": person.id,
        "sort_order": sort_order,
        "delegation": person.delegation,
        "honorific": person.honorific,
        "given_name": person.given_name,
        "family_name": person.family_name,
        "position": person.position,
        "rank": person.rank.value,
        "role": person.role.value,
        "email": person.email,
        "remote": int(person.remote),
    }


def person_from_row(row: Row) -> model.Person:
    return model.Person(
        id=row["id"],
        delegation=row["delegation"],
        given_name=row["given_name"],
        family_name=row["family_name"],
        rank=model.Rank(row["rank"]),
        role=model.Role(row["role"]),
        honorific=row["honorific"],
        position=row["position"],
        email=row["email"],
        remote=bool(row["remote"]),
    )


def session_row(session: model.Session, tz: ZoneInfo, sort_order: int) -> Row:
    fixed = session.fixed or model.Fixed()
    window = session.window or model.Window()
    return {
        "id": session.id,
        "sort_order": sort_order,
        "title": session.title,
        "kind": session.kind.value,
        "duration_minutes": session.duration_minutes,
        "for_all": int(session.for_all),
        "seats_per_delegation": session.seats_per_delegation,
        "extra_seats": session.extra_seats,
        "needs": _json(f.value for f in session.needs),
        "fixed_start": _when(fixed.start, tz),
        "fixed_venue": fixed.venue,
        "window_earliest": _when(window.earliest, tz),
        "window_latest": _when(window.latest, tz),
        "titles": _json_object(session.titles),
    }


def session_from_row(
    row: Row,
    tz: ZoneInfo,
    delegations: tuple[str, ...],
    people: tuple[str, ...],
    remote: tuple[str, ...],
    after: tuple[str, ...] = (),
) -> model.Session:
    fixed = None
    if row["fixed_start"] is not None or row["fixed_venue"] is not None:
        fixed = model.Fixed(_read_when(row["fixed_start"], tz), row["fixed_venue"])
    return model.Session(
        id=row["id"],
        title=row["title"],
        kind=model.SessionKind(row["kind"]),
        duration_minutes=row["duration_minutes"],
        delegations=model.ALL if row["for_all"] else delegations,
        people=people,
        seats_per_delegation=row["seats_per_delegation"],
        extra_seats=row["extra_seats"],
        needs=_stored_features(row, "needs"),
        remote=remote,
        fixed=fixed,
        window=_window(row["window_earliest"], row["window_latest"], tz),
        after=after,
        titles=_read_object(row["titles"]),
    )


def request_row(request: model.BilateralRequest, tz: ZoneInfo, sort_order: int) -> Row:
    window = request.window or model.Window()
    return {
        "id": request.id,
        "sort_order": sort_order,
        "from_delegation": request.from_delegation,
        "to_delegation": request.to_delegation,
        "duration_minutes": request.duration_minutes,
        "priority": request.priority,
        "window_earliest": _when(window.earliest, tz),
        "window_latest": _when(window.latest, tz),
        "needs": _json(f.value for f in request.needs),
        "status": request.status.value,
    }


def request_from_row(row: Row, tz: ZoneInfo) -> model.BilateralRequest:
    return model.BilateralRequest(
        id=row["id"],
        from_delegation=row["from_delegation"],
        to_delegation=row["to_delegation"],
        duration_minutes=row["duration_minutes"],
        priority=row["priority"],
        window=_window(row["window_earliest"], row["window_latest"], tz),
        needs=_stored_features(row, "needs"),
        status=model.RequestStatus(row["status"]),
    )


def placement_row(placement: model.Placement, tz: ZoneInfo, is_session: bool) -> Row:
    return {
        "item": placement.item,
        "session": placement.item if is_session else None,
        "request": None if is_session else placement.item,
        "start": _when(placement.start, tz),
        "venue": placement.venue,
        "locked": int(placement.locked),
    }


def placement_from_row(row: Row, tz: ZoneInfo) -> model.Placement:
    return model.Placement(
        item=row["item"],
        start=times.parse_stored(row["start"], tz),
        venue=row["venue"],
        locked=bool(row["locked"]),
    )


def entity_row(kind: Kind, entity: Entity, zone: ZoneInfo, sort_order: int) -> Row:
    if isinstance(entity, model.Venue):
        return venue_row(entity, zone, sort_order)
    if isinstance(entity, model.Delegation):
        return delegation_row(entity, zone, sort_order)
    if isinstance(entity, model.Person):
        return person_row(entity, sort_order)
    if isinstance(entity, model.Session):
        return session_row(entity, zone, sort_order)
    if isinstance(entity, model.BilateralRequest):
        return request_row(entity, zone, sort_order)
    raise TypeError(f"no table holds a {kind.value}")


def stored_form(kind: Kind, entity: Entity, zone: ZoneInfo) -> Entity:
    """``entity`` exactly as the plan file will read it back (times as stored, …)."""
    if isinstance(entity, model.Event):
        return event_from_row(event_row(entity))
    if isinstance(entity, model.Placement):
        return placement_from_row(placement_row(entity, zone, False), zone)
    row = entity_row(kind, entity, zone, 0)
    if isinstance(entity, model.Venue):
        return venue_from_row(row, zone)
    if isinstance(entity, model.Delegation):
        return delegation_from_row(row, zone)
    if isinstance(entity, model.Person):
        return person_from_row(row)
    if isinstance(entity, model.Session):
        members = () if entity.for_all else tuple(entity.delegations)
        return session_from_row(row, zone, members, entity.people, entity.remote, entity.after)
    return request_from_row(row, zone)


def stored_edit(edit: Edit, zone: ZoneInfo) -> Edit:
    """``edit`` with every new value in the form the plan file reads back."""
    return Edit(
        tuple(
            change
            if change.after is None
            else EntityChange(
                change.kind,
                change.key,
                change.before,
                stored_form(change.kind, change.after, zone),
                change.position,
            )
            for change in edit.changes
        ),
        edit.orders,
    )
