"""Reports of placed items: programmes, daily programmes and venue door sheets."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from zoneinfo import ZoneInfo

from planner.domain import times, zones
from planner.domain.model import Delegation, Plan
from planner.domain.names import delegation_name_in, session_title_in
from planner.domain.precedence import name_key, order_of_precedence
from planner.domain.rules import Booking, ScheduleView
from planner.export.reports.model import KIND_LABELS, Row, Section, Table, display_name
from planner.export.reports.wording import clock_range, format_day, items_count, short_moment
from planner.messages import current_document_language
from planner.messages import document_tr as tr


@dataclass(frozen=True)
class Selection:
    """What a report of placed items covers: some days, one delegation's or everyone's."""

    plan: Plan
    only: Delegation | None
    days: tuple[date, ...]
    language: str

    @property
    def zone(self) -> ZoneInfo:
        return self.plan.event.zone

    @cached_property
    def bookings(self) -> list[Booking]:
        """Placed items in time order, then by venue name (stable across runs)."""

        def key(booking: Booking) -> tuple[int, str, str]:
            venue = booking.venue.name if booking.venue else booking.placement.venue
            return (booking.start, name_key(venue), booking.item)

        return sorted(ScheduleView(self.plan).bookings, key=key)

    @cached_property
    def precedence(self) -> dict[str, int]:
        """Each delegation's place in the order of precedence."""
        return {d.id: place for place, d in enumerate(order_of_precedence(self.plan))}

    def time_cell(
        self, booking: Booking, zone: ZoneInfo | None = None, day: date | None = None
    ) -> str:
        """The booking's start and end in ``zone`` (the event's by default)."""
        end = times.from_minutes(booking.end, self.zone)
        return clock_range(booking.placement.start, end, zone or self.zone, day)


def _day_of(plan: Plan, booking: Booking) -> date:
    return booking.placement.start.astimezone(plan.event.zone).date()


def _involves(plan: Plan, booking: Booking, delegation_id: str) -> bool:
    if delegation_id in booking.delegations:
        return True
    return any(
        (person := plan.person_by_id.get(person_id)) is not None
        and person.delegation == delegation_id
        for person_id in booking.people
    )


def _venue_cells(plan: Plan, booking: Booking) -> tuple[str, str]:
    if booking.venue is None:
        return (booking.placement.venue, "")
    return (booking.venue.name, booking.venue.building)


def _delegations_cell(plan: Plan, booking: Booking, precedence: dict[str, int]) -> str:
    if booking.session is not None and booking.session.for_all:
        count = len(booking.delegations)
        return tr("All delegations ({count} present)").format(count=count)
    ordered = sorted(booking.delegations, key=lambda d: (precedence.get(d, len(precedence)), d))
    language = current_document_language()
    return ", ".join(delegation_name_in(plan, d, language) for d in ordered)


def _remote_note(plan: Plan, booking: Booking, delegation_id: str | None = None) -> str:
    if booking.session is None or not booking.session.remote:
        return ""
    names = [
        display_name(person)
        for person_id in booking.session.remote
        if (person := plan.person_by_id.get(person_id)) is not None
        and (delegation_id is None or person.delegation == delegation_id)
    ]
    return tr("By video link: {names}").format(names=", ".join(names)) if names else ""


def _item_title(plan: Plan, booking: Booking) -> str:
    """The session's title, or the bilateral meeting's, in the document's language."""
    language = current_document_language()
    if booking.session is not None:
        return session_title_in(booking.session, language)
    if booking.request is not None:
        return tr("Bilateral {first}–{second}").format(
            first=delegation_name_in(plan, booking.request.from_delegation, language),
            second=delegation_name_in(plan, booking.request.to_delegation, language),
        )
    return booking.title


def _title_cell(plan: Plan, booking: Booking, delegation_id: str | None = None) -> str:
    remote = _remote_note(plan, booking, delegation_id)
    title = _item_title(plan, booking)
    return f"{title} — {remote}" if remote else title


def programmes(covered: Selection) -> list[Section]:
    """A section per delegation (or only the one chosen), each on its own page."""
    plan = covered.plan
    chosen = [covered.only] if covered.only is not None else order_of_precedence(plan)
    sections = []
    for index, delegation in enumerate(chosen):
        sections.append(_programme(covered, delegation, new_page=index > 0))
    if not sections:
        sections.append(Section(heading=tr("Programme"), note=tr("The plan lists no delegations.")))
    return sections


def _programme(covered: Selection, delegation: Delegation, *, new_page: bool) -> Section:
    plan, days = covered.plan, covered.days
    event_zone = covered.zone
    home = zones.home_zone(delegation)
    mine = [
        booking
        for booking in covered.bookings
        if _day_of(plan, booking) in days and _involves(plan, booking, delegation.id)
    ]

    def differs(booking: Booking) -> bool:
        start = booking.placement.start.astimezone(event_zone)
        return home is not None and zones.clock_differs(start, home)

    with_home = home is not None and any(differs(booking) for booking in mine)
    columns: tuple[str, ...] = (tr("Time"), tr("Item"), tr("Venue"), tr("Building"))
    widths: tuple[int, ...] = (15, 43, 22, 20)
    if with_home:
        assert delegation.timezone is not None
        home_heading = tr("Home time ({zone})").format(zone=_zone_label(delegation.timezone))
        columns = (columns[0], home_heading, *columns[1:])
        widths = (14, 17, 33, 18, 18)
    tables = []
    for day in days:
        rows = []
        for booking in mine:
            if _day_of(plan, booking) != day:
                continue
            venue, building = _venue_cells(plan, booking)
            cells: tuple[str, ...] = (
                covered.time_cell(booking),
                _title_cell(plan, booking, delegation.id),
                venue,
                building,
            )
            if with_home:
                home_cell = (
                    covered.time_cell(booking, home, day) if differs(booking) else tr("same")
                )
                cells = (cells[0], home_cell, *cells[1:])
            rows.append(Row(cells=cells))
        if rows:
            tables.append(
                Table(columns=columns, widths=widths, rows=tuple(rows), caption=format_day(day))
            )
    lines = []
    head = plan.head_of(delegation.id)
    if head is not None:
        position = f", {head.position}" if head.position else ""
        lines.append(tr("Head of delegation: {name}").format(name=display_name(head)) + position)
    lines.append(
        tr("In town: {arrival} – {departure}").format(
            arrival=short_moment(delegation.arrival, event_zone),
            departure=short_moment(delegation.departure, event_zone),
        )
    )
    if with_home:
        assert delegation.timezone is not None
        lines.append(tr("Home time is {zone}.").format(zone=delegation.timezone))
    if len(days) == 1:
        nothing = tr("Nothing is placed for this delegation on {day}.").format(
            day=format_day(days[0])
        )
    else:
        nothing = tr("Nothing is placed for this delegation during the event.")
    return Section(
        heading=delegation_name_in(plan, delegation.id, covered.language),
        subtitle=tr("Programme of the delegation") + f" · {tr(KIND_LABELS[delegation.kind])}",
        lines=tuple(lines),
        tables=tuple(tables),
        note="" if tables else nothing,
        new_page=new_page,
    )


def _zone_label(name: str) -> str:
    """``Asia/Ho_Chi_Minh`` -> ``Ho Chi Minh``."""
    return name.rsplit("/", 1)[-1].replace("_", " ")


def daily(covered: Selection) -> list[Section]:
    """A section per day, each on its own page: every placement by time and venue."""
    plan, only = covered.plan, covered.only
    sections = []
    for index, day in enumerate(covered.days):
        rows = []
        for booking in covered.bookings:
            if _day_of(plan, booking) != day:
                continue
            if only is not None and not _involves(plan, booking, only.id):
                continue
            venue, building = _venue_cells(plan, booking)
            rows.append(
                Row(
                    cells=(
                        covered.time_cell(booking),
                        venue,
                        building,
                        _title_cell(plan, booking),
                        _delegations_cell(plan, booking, covered.precedence),
                    )
                )
            )
        table = Table(
            columns=(tr("Time"), tr("Venue"), tr("Building"), tr("Item"), tr("Delegations")),
            widths=(14, 16, 16, 28, 26),
            rows=tuple(rows),
        )
        sections.append(
            Section(
                heading=format_day(day),
                subtitle=items_count(len(rows)),
                tables=(table,) if rows else (),
                note="" if rows else tr("Nothing is placed on this day."),
                new_page=index > 0,
            )
        )
    return sections


def door_sheets(covered: Selection) -> list[Section]:
    """A page per venue per day it is used, its heading to read from across a corridor."""
    plan, only, days = covered.plan, covered.only, covered.days
    sections: list[Section] = []
    for venue in plan.venues:
        for day in days:
            rows = [
                Row(
                    cells=(
                        covered.time_cell(booking),
                        _title_cell(plan, booking),
                        _delegations_cell(plan, booking, covered.precedence),
                    )
                )
                for booking in _in_venue(plan, covered.bookings, venue.id, day)
                if only is None or _involves(plan, booking, only.id)
            ]
            if not rows:
                continue
            sections.append(
                Section(
                    heading=venue.name,
                    subtitle=f"{venue.building} · {format_day(day)}",
                    tables=(
                        Table(
                            columns=(tr("Time"), tr("Item"), tr("Delegations")),
                            widths=(18, 42, 40),
                            rows=tuple(rows),
                        ),
                    ),
                    new_page=bool(sections),
                    prominent=True,
                )
            )
    if not sections:
        if len(days) == 1:
            note = tr("No venue is used on {day}.").format(day=format_day(days[0]))
        else:
            note = tr("No venue is used during the event.")
        sections.append(Section(heading=tr("Venues"), note=note))
    return sections


def _in_venue(plan: Plan, bookings: Iterable[Booking], venue_id: str, day: date) -> list[Booking]:
    return [
        booking
        for booking in bookings
        if booking.placement.venue == venue_id and _day_of(plan, booking) == day
    ]
