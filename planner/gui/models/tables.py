"""The table models of the lists: venues, delegations, people, sessions, requests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from typing import Any, Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP

from planner.domain import times
from planner.domain.edits import Entity, Kind
from planner.domain.model import (
    ALL,
    BilateralRequest,
    Delegation,
    DelegationKind,
    Fixed,
    Person,
    Plan,
    Rank,
    RequestStatus,
    Role,
    Session,
    SessionKind,
    Venue,
    Window,
)
from planner.domain.precedence import (
    members_in_order,
    name_key,
    order_of_precedence,
    standings,
)
from planner.errors import PlannerError
from planner.gui.models import values
from planner.gui.models.base import (
    Column,
    Editor,
    PlanTableModel,
    tr,
    unique_id,
)
from planner.services import Changes


def _delegation_choices(plan: Plan) -> list[tuple[str, str]]:
    return [(plan.delegation_name(d.id), d.id) for d in plan.delegations]


def delegation_id(plan: Plan, value: Any) -> str:
    """A delegation named by id or by name."""
    source = str(value).strip()
    if source in plan.delegation_by_id:
        return source
    key = name_key(source)
    for delegation in plan.delegations:
        if key in (name_key(delegation.name), name_key(plan.delegation_name(delegation.id))):
            return delegation.id
    raise ValueError(tr("no delegation called {name!r}").format(name=source))


def _field(title: str, name: str, read: Callable[[Any], Any], **options: Any) -> Column[Any]:
    """A column of the row's field ``name``; an edit puts in what ``read`` makes of the value."""
    return Column(
        title,
        lambda p, row: getattr(row, name),
        lambda p, row, value: replace(row, **{name: read(value)}),
        **options,
    )


def _delegation_field(title: str, name: str) -> Column[Any]:
    """A column of the delegation in the row's field ``name``, shown and chosen by its name."""

    def shown(plan: Plan, row: Any) -> str:
        return plan.delegation_name(getattr(row, name))

    return Column(
        title,
        lambda p, row: getattr(row, name),
        lambda p, row, value: replace(row, **{name: delegation_id(p, value)}),
        display=shown,
        choices=_delegation_choices,
        sort=lambda p, row: name_key(shown(p, row)),
    )


def _when_field(title: str, name: str, tooltip: str) -> Column[Any]:
    """A column of the date and time in the row's field ``name``, typed in the event's zone."""
    return Column(
        title,
        lambda p, row: values.show_when(getattr(row, name), p.event.zone),
        lambda p, row, value: replace(row, **{name: values.when(value, p.event.zone)}),
        sort=lambda p, row: times.minutes(getattr(row, name)),
        editor=Editor.DATETIME,
        tooltip=tooltip,
    )


def _placed(plan: Plan, item: str) -> str:
    placement = plan.placement_by_item.get(item)
    if placement is None:
        return ""
    venue = plan.venue_by_id.get(placement.venue)
    where = venue.name if venue else placement.venue
    lock = " 🔒" if placement.locked else ""
    return f"{values.show_when(placement.start, plan.event.zone)}, {where}{lock}"


def _placed_sort(plan: Plan, item: Any) -> int:
    placement = plan.placement_by_item.get(item.id)
    return times.minutes(placement.start) if placement else 2**40


class VenueModel(PlanTableModel[Venue]):
    what = "venue"
    kind = Kind.VENUE

    def make_columns(self) -> Sequence[Column[Venue]]:
        return [
            Column(tr("Id"), lambda p, v: v.id),
            _field(tr("Name"), "name", values.text),
            _field(
                tr("Building"),
                "building",
                values.text,
                tooltip=tr("Moving between buildings needs the changeover time (rule 9)"),
            ),
            _field(tr("Seats"), "capacity", partial(values.whole_number, low=1, high=100_000)),
            Column(
                tr("Features"),
                lambda p, v: values.show_features(v.features),
                lambda p, v, x: replace(v, features=values.features(x)),
                tooltip=tr(
                    "Comma-separated: interpretation, video link, press, accessible, flags, "
                    "catering"
                ),
            ),
            Column(
                tr("Unavailable"),
                lambda p, v: values.show_spans(v.unavailable, p.event.zone),
                lambda p, v, x: replace(v, unavailable=values.spans(x, p.event.zone)),
                tooltip=tr(
                    "When the venue cannot be used, e.g. 2021-10-11 09:00–12:00; "
                    "2021-10-12 14:00–15:30 (empty: always open)"
                ),
            ),
        ]

    def rows_of(self, plan: Plan) -> Sequence[Venue]:
        return plan.venues

    def concerns(self, changes: Changes) -> bool:
        return changes.venues or changes.event

    def new_entity(self, plan: Plan) -> Entity:
        building = plan.venues[-1].building if plan.venues else tr("Main building")
        venue = Venue(unique_id("venue", set(plan.venue_by_id)), tr("New venue"), building, 10)
        return venue


class DelegationModel(PlanTableModel[Delegation]):
    """Delegations in the order of precedence; the reason for each place is the tooltip."""

    what = "delegation"
    kind = Kind.DELEGATION
    natural_order = QT_TRANSLATE_NOOP("", "In the order of precedence")

    def make_columns(self) -> Sequence[Column[Delegation]]:
        return [
            Column(
                tr("Place"),
                lambda p, d: self._places.get(d.id, 0),
                tooltip=tr("Place in the order of precedence"),
            ),
            _field(tr("Name"), "name", values.text),
            Column(
                tr("Status"),
                lambda p, d: d.kind.value,
                lambda p, d, x: replace(d, kind=values.choice(DelegationKind, x)),
                display=lambda p, d: d.kind.label,
                choices=lambda p: [(k.label, k.value) for k in DelegationKind],
            ),
            Column(
                tr("Country"),
                lambda p, d: d.country,
                lambda p, d, x: replace(d, country=(values.optional_text(x) or "").upper() or None),
                tooltip=tr("ISO 3166 two-letter code, e.g. KZ"),
            ),
            _when_field(tr("Arrival"), "arrival", tr("Event time, e.g. 2021-10-11 09:00")),
            _when_field(tr("Departure"), "departure", tr("Event time, e.g. 2021-10-12 18:00")),
            Column(
                tr("Pinned place"),
                lambda p, d: d.precedence,
                lambda p, d, x: replace(d, precedence=values.optional_number(x, 1)),
                editor=Editor.NUMBER,
                tooltip=tr("Pins the delegation at this place; empty: the computed order"),
                sort=lambda p, d: d.precedence or 0,
            ),
            _field(
                tr("Home time zone"),
                "timezone",
                values.optional_text,
                tooltip=tr("IANA name, e.g. Asia/Tokyo"),
            ),
            Column(tr("People"), lambda p, d: len(p.people_by_delegation.get(d.id, ()))),
        ]

    def rows_of(self, plan: Plan) -> Sequence[Delegation]:
        ranked = standings(plan)
        self._places = {s.delegation.id: s.place for s in ranked}
        self._reasons = {s.delegation.id: s.reason for s in ranked}
        return [s.delegation for s in ranked]

    def concerns(self, changes: Changes) -> bool:
        return changes.delegations or changes.people or changes.event

    def tooltip(self, row: Delegation, column: Column[Delegation]) -> str | None:
        return self._reasons.get(row.id)

    def new_entity(self, plan: Plan) -> Entity:
        first, last = plan.event.days[0], plan.event.days[-1]
        tz = plan.event.zone
        delegation = Delegation(
            unique_id("delegation", set(plan.delegation_by_id)),
            tr("New delegation"),
            DelegationKind.GUEST,
            times.at(first, plan.event.day_start, tz),
            times.at(last, plan.event.day_end, tz),
        )
        return delegation


class PeopleModel(PlanTableModel[Person]):
    """People by delegation in the order of precedence, each delegation head first."""

    what = "person"
    kind = Kind.PERSON
    natural_order = QT_TRANSLATE_NOOP("", "In the order of precedence, by delegation")

    def make_columns(self) -> Sequence[Column[Person]]:
        return [
            Column(tr("Id"), lambda p, x: x.id),
            _delegation_field(tr("Delegation"), "delegation"),
            _field(tr("Honorific"), "honorific", values.optional_text),
            _field(tr("Given name"), "given_name", values.text),
            _field(tr("Family name"), "family_name", values.text),
            _field(tr("Position"), "position", values.optional_text),
            Column(
                tr("Rank"),
                lambda p, x: x.rank.value,
                lambda p, x, v: replace(x, rank=values.choice(Rank, v)),
                display=lambda p, x: x.rank.label,
                choices=lambda p: values.choices_of(Rank),
                sort=lambda p, x: x.rank.order,
            ),
            Column(
                tr("Role"),
                lambda p, x: x.role.value,
                lambda p, x, v: replace(x, role=values.choice(Role, v)),
                choices=lambda p: values.choices_of(Role),
            ),
            _field(tr("E-mail"), "email", values.optional_text),
            Column(
                tr("Remote"),
                lambda p, x: x.remote,
                lambda p, x, v: replace(x, remote=bool(v)),
                checkable=True,
                tooltip=tr("Takes part by video link only"),
            ),
        ]

    def rows_of(self, plan: Plan) -> Sequence[Person]:
        ordered = [
            person
            for delegation in order_of_precedence(plan)
            for person in members_in_order(plan, delegation.id)
        ]
        listed = {person.id for person in ordered}
        # Anyone of a delegation the plan lacks still shows, at the end.
        return [*ordered, *(person for person in plan.people if person.id not in listed)]

    def concerns(self, changes: Changes) -> bool:
        return changes.people or changes.delegations

    def new_entity(self, plan: Plan) -> Entity:
        if not plan.delegations:
            raise PlannerError(tr("add a delegation first: every person belongs to one"))
        person = Person(
            unique_id("person", set(plan.person_by_id)),
            plan.delegations[0].id,
            "",
            tr("New person"),
            Rank.OFFICIAL,
            Role.MEMBER,
        )
        return person


def _session_delegations(plan: Plan, value: Any) -> Literal["all"] | tuple[str, ...]:
    source = str(value).strip()
    if source.casefold() == ALL:
        return ALL
    return tuple(delegation_id(plan, part) for part in source.split(",") if part.strip())


def _show_session_delegations(plan: Plan, session: Session) -> str:
    if session.for_all:
        return ALL
    return ", ".join(plan.delegation_name(d) for d in session.delegations)


def _fixed(session: Session, **values: Any) -> Fixed | None:
    """The session's fixed start and venue with ``values`` put in (None: nothing fixed)."""
    fixed = replace(session.fixed or Fixed(), **values)
    return None if fixed == Fixed() else fixed


def _window(session: Session, **values: Any) -> Window | None:
    window = replace(session.window or Window(), **values)
    return None if window == Window() else window


def _window_column(title: str, bound: str, tooltip: str) -> Column[Session]:
    """A column for one end of a session's window (``earliest`` or ``latest``)."""
    return Column(
        title,
        lambda p, s: values.show_when(getattr(s.window or Window(), bound), p.event.zone),
        lambda p, s, v: replace(
            s, window=_window(s, **{bound: values.optional_when(v, p.event.zone)})
        ),
        tooltip=tooltip,
    )


def _fixed_venue_name(plan: Plan, session: Session) -> str:
    venue = plan.venue_by_id.get(session.fixed.venue or "") if session.fixed else None
    return venue.name if venue else ""


def _session_ids(plan: Plan, value: Any) -> tuple[str, ...]:
    """Sessions named by id or by title, separated by commas."""
    by_title = {name_key(s.title): s.id for s in plan.sessions}
    found = []
    for part in str(value or "").split(","):
        text = part.strip()
        if not text:
            continue
        session = text if text in plan.session_by_id else by_title.get(name_key(text))
        if session is None:
            raise ValueError(tr("no session called {name!r}").format(name=text))
        found.append(session)
    return tuple(dict.fromkeys(found))


class SessionModel(PlanTableModel[Session]):
    what = "session"
    kind = Kind.SESSION

    def make_columns(self) -> Sequence[Column[Session]]:
        return [
            Column(tr("Id"), lambda p, s: s.id),
            _field(tr("Title"), "title", values.text),
            Column(
                tr("Kind"),
                lambda p, s: s.kind.value,
                lambda p, s, v: replace(s, kind=values.choice(SessionKind, v)),
                display=lambda p, s: s.kind.value.replace("_", " "),
                choices=lambda p: values.choices_of(SessionKind),
            ),
            _field(
                tr("Minutes"), "duration_minutes", partial(values.whole_number, low=1, high=1440)
            ),
            Column(
                tr("Delegations"),
                lambda p, s: _show_session_delegations(p, s),
                lambda p, s, v: replace(s, delegations=_session_delegations(p, v)),
                tooltip=tr("'all', or delegation names separated by commas"),
            ),
            _field(
                tr("Seats each"),
                "seats_per_delegation",
                partial(values.whole_number, low=0, high=1000),
            ),
            _field(
                tr("Extra seats"), "extra_seats", partial(values.whole_number, low=0, high=10_000)
            ),
            Column(
                tr("Needs"),
                lambda p, s: values.show_features(s.needs),
                lambda p, s, v: replace(s, needs=values.features(v)),
                tooltip=tr("Venue features the session needs, separated by commas"),
            ),
            Column(
                tr("Fixed start"),
                lambda p, s: values.show_when(s.fixed.start if s.fixed else None, p.event.zone),
                lambda p, s, v: replace(
                    s, fixed=_fixed(s, start=values.optional_when(v, p.event.zone))
                ),
                tooltip=tr("The session starts exactly then, e.g. 2021-10-12 10:00; empty: free"),
            ),
            Column(
                tr("Fixed venue"),
                lambda p, s: (s.fixed.venue if s.fixed else None) or "",
                lambda p, s, v: replace(s, fixed=_fixed(s, venue=values.optional_text(v))),
                display=_fixed_venue_name,
                choices=lambda p: [("", ""), *((v.name, v.id) for v in p.venues)],
                tooltip=tr("The session takes place in this venue; empty: any that fits"),
            ),
            _window_column(
                tr("Not before"),
                "earliest",
                tr("The earliest start, e.g. 2021-10-12 12:30; empty: the first day"),
            ),
            _window_column(
                tr("Ends by"),
                "latest",
                tr("The latest end, e.g. 2021-10-12 14:30; empty: the last day"),
            ),
            Column(
                tr("After"),
                lambda p, s: ",".join(s.after),
                lambda p, s, v: replace(s, after=_session_ids(p, v)),
                display=lambda p, s: ", ".join(p.item_title(e) for e in s.after),
                choices=lambda p: [(x.title, x.id) for x in p.sessions],
                editor=Editor.PICK_MANY,
                tooltip=tr("The session starts only once these sessions have ended (rule 10)"),
            ),
            Column(tr("Scheduled"), lambda p, s: _placed(p, s.id), sort=_placed_sort),
        ]

    def rows_of(self, plan: Plan) -> Sequence[Session]:
        return plan.sessions

    def concerns(self, changes: Changes) -> bool:
        return changes.sessions or changes.schedule or changes.delegations or changes.venues

    def new_entity(self, plan: Plan) -> Entity:
        taken = set(plan.session_by_id) | set(plan.request_by_id)
        session = Session(unique_id("session", taken), tr("New session"), SessionKind.OTHER, 60, ())
        return session


class RequestModel(PlanTableModel[BilateralRequest]):
    what = "bilateral request"
    kind = Kind.REQUEST

    def make_columns(self) -> Sequence[Column[BilateralRequest]]:
        return [
            Column(tr("Id"), lambda p, r: r.id),
            _delegation_field(tr("From"), "from_delegation"),
            _delegation_field(tr("To"), "to_delegation"),
            _field(
                tr("Minutes"), "duration_minutes", partial(values.whole_number, low=1, high=1440)
            ),
            _field(
                tr("Priority"),
                "priority",
                partial(values.whole_number, low=1, high=5),
                tooltip=tr("1 is the highest, 5 the lowest"),
            ),
            Column(
                tr("Status"),
                lambda p, r: r.status.value,
                lambda p, r, v: replace(r, status=values.choice(RequestStatus, v)),
                choices=lambda p: values.choices_of(RequestStatus),
            ),
            Column(
                tr("Weight"),
                lambda p, r: r.weight,
                tooltip=tr("What granting it adds to the score"),
            ),
            Column(tr("Scheduled"), lambda p, r: _placed(p, r.id), sort=_placed_sort),
        ]

    def rows_of(self, plan: Plan) -> Sequence[BilateralRequest]:
        return plan.requests

    def concerns(self, changes: Changes) -> bool:
        return changes.requests or changes.schedule or changes.delegations or changes.venues

    def new_entity(self, plan: Plan) -> Entity:
        if len(plan.delegations) < 2:
            raise PlannerError(tr("a bilateral meeting needs two delegations in the plan"))
        taken = set(plan.session_by_id) | set(plan.request_by_id)
        first, second = plan.delegations[0].id, plan.delegations[1].id
        request = BilateralRequest(unique_id("request", taken), first, second, 30, 3)
        return request
