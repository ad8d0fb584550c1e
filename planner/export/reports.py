"""The printed reports as a neutral model: what goes on paper, not how it looks.

One model feeds every writer (HTML for print and preview, and anything else
that wants a roster or a programme). It is built from a Plan alone, holds plain
strings (never markup: writers escape), and marks where a new page should
start. Times are the event's wall-clock times; a delegation's home time is
added where its zone differs from the event's at that instant.

Reports:
    roster: delegations in the order of precedence, each with its head first,
        then its members by role.
    programme: one delegation's placed items in time order (or every
        delegation's, one per page), with venue, building and home time.
    daily: one day's placements (or each day's, one per page) by time and venue.
    venues: door sheets, one page per venue per day it is used.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from planner.domain import times
from planner.domain.model import Delegation, Person, Plan, Role
from planner.domain.names import known_names
from planner.domain.precedence import members_in_order, name_key, order_of_precedence
from planner.domain.rules import Booking, ScheduleView
from planner.errors import NotFoundError, ValidationError

REPORT_KINDS = ("roster", "programme", "daily", "venues")
"""The reports there are, as the command line names them."""

REPORT_TITLES = {
    "roster": "Roster of delegations",
    "programme": "Programme",
    "daily": "Daily programme",
    "venues": "Venue door sheets",
}

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

ROLE_LABELS = {
    Role.HEAD: "Head of delegation",
    Role.DEPUTY: "Deputy head",
    Role.MEMBER: "Member",
    Role.ADVISER: "Adviser",
    Role.INTERPRETER: "Interpreter",
    Role.SECURITY: "Security",
    Role.PRESS: "Press",
    Role.LIAISON: "Liaison officer",
}


@dataclass(frozen=True)
class Row:
    """One line of a table; ``emphasis`` marks the head of a delegation."""

    cells: tuple[str, ...]
    emphasis: bool = False


@dataclass(frozen=True)
class Table:
    """Rows under column headings; ``widths`` are percentages of the line."""

    columns: tuple[str, ...]
    widths: tuple[int, ...]
    rows: tuple[Row, ...]
    caption: str = ""


@dataclass(frozen=True)
class Section:
    """A heading with what belongs under it.

    Attributes:
        heading: the delegation, day or venue the section is about.
        subtitle: one line under the heading.
        lines: short paragraphs before the tables.
        tables: the content.
        note: said instead of the tables when there is nothing to list.
        new_page: start the section on a fresh page (page-break hint).
        keep_together: better not split across pages (hint; writers may ignore it).
        prominent: a heading to read from across a corridor (door sheets).
    """

    heading: str
    subtitle: str = ""
    lines: tuple[str, ...] = ()
    tables: tuple[Table, ...] = ()
    note: str = ""
    new_page: bool = False
    keep_together: bool = False
    prominent: bool = False


@dataclass(frozen=True)
class Report:
    """A whole printout: what it is, the event it belongs to, and its sections."""

    what: str
    title: str
    event: str
    place: str
    dates: str
    sections: tuple[Section, ...]
    notes: tuple[str, ...] = ()

    @property
    def heading_line(self) -> str:
        """``Roster of delegations · Nur-Sultan · 11–12 October 2021``."""
        return " · ".join(part for part in (self.title, self.place, self.dates) if part)


def display_name(person: Person) -> str:
    """Honorific and name as printed: ``H.E. 王毅``, ``H.E. Sergey Lavrov``.

    Chinese, Japanese and Korean names print family name first with no space
    between, as their bearers write them (:attr:`Person.full_name`).
    """
    return person.formal_name


def format_day(day: date) -> str:
    """``Monday 11 October 2021`` (English whatever the machine's locale)."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_date(day: date) -> str:
    """``11 October 2021``."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_dates(first: date, last: date) -> str:
    """A span of days the way an invitation writes it: ``11–12 October 2021``."""
    if last <= first:
        return format_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {_MONTHS[last.month - 1]} {last.year}"
    if first.year == last.year:
        return f"{first.day} {_MONTHS[first.month - 1]} – {format_date(last)}"
    return f"{format_date(first)} – {format_date(last)}"


def _short_date(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1][:3]}"


def clock_range(start: datetime, end: datetime, tz: ZoneInfo, day: date | None = None) -> str:
    """``10:00–12:30`` in ``tz``; names the date where it is not ``day``."""
    first = start.astimezone(tz)
    last = end.astimezone(tz)
    text = f"{first:%H:%M}–{last:%H:%M}"
    if day is not None and first.date() != day:
        text = f"{_short_date(first.date())} {text}"
    if last.date() != first.date():
        text += f" (ends {_short_date(last.date())})"
    return text


def _offset_label(moment: datetime) -> str:
    offset = moment.strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"


def _zone_or_none(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return times.zone(name)
    except times.UnknownTimezoneError:
        return None


def _zone_label(name: str) -> str:
    """``Asia/Ho_Chi_Minh`` -> ``Ho Chi Minh``."""
    return name.rsplit("/", 1)[-1].replace("_", " ")


def _event_days(plan: Plan, day: date | None) -> tuple[date, ...]:
    event = plan.event
    if day is None:
        return event.days
    if day not in event.days:
        raise ValidationError(
            f"{day.isoformat()} is not a day of the event "
            f"({format_dates(event.start_date, event.end_date)})"
        )
    return (day,)


def find_delegation(plan: Plan, wanted: str) -> Delegation:
    """The delegation with id ``wanted`` (or, failing that, a name it goes by).

    Raises:
        NotFoundError: no delegation has that id or name.
    """
    found = plan.delegation_by_id.get(wanted)
    if found is not None:
        return found
    key = name_key(wanted.strip())
    for delegation in plan.delegations:
        if any(name_key(name) == key for name in known_names(delegation, plan.delegation_name)):
            return delegation
    raise NotFoundError(
        f"unknown delegation {wanted!r}: no delegation in the plan has that id or name",
        ids=(wanted,),
    )


def build_report(
    plan: Plan, what: str, *, delegation: str | None = None, day: date | None = None
) -> Report:
    """The report ``what`` (one of REPORT_KINDS) of ``plan``.

    Args:
        plan: the plan to print.
        what: ``roster``, ``programme``, ``daily`` or ``venues``.
        delegation: keep to this delegation (id or English name).
        day: keep to this day of the event (not for the roster).

    Raises:
        ValidationError: an unknown report, a day outside the event, or a day
            given for the roster.
        NotFoundError: an unknown delegation.
    """
    if what not in REPORT_KINDS:
        raise ValidationError(f"unknown report {what!r}: choose one of {', '.join(REPORT_KINDS)}")
    chosen = find_delegation(plan, delegation) if delegation is not None else None
    if what == "roster":
        if day is not None:
            raise ValidationError("a roster lists delegations, not a day: leave out the day")
        sections = _roster(plan, chosen)
    else:
        days = _event_days(plan, day)
        bookings = _bookings(plan)
        if what == "programme":
            sections = _programmes(plan, bookings, chosen, days)
        elif what == "daily":
            sections = _daily(plan, bookings, chosen, days)
        else:
            sections = _door_sheets(plan, bookings, chosen, days)
    event = plan.event
    title = REPORT_TITLES[what]
    if chosen is not None and what != "programme":
        title = f"{title}: {chosen.name}"
    return Report(
        what=what,
        title=title,
        event=event.name,
        place=event.city,
        dates=format_dates(event.start_date, event.end_date),
        sections=tuple(sections),
        notes=_notes(plan, what),
    )


def _notes(plan: Plan, what: str) -> tuple[str, ...]:
    if what == "roster":
        return ()
    event = plan.event
    opens, _closes = event.day_bounds(event.start_date)
    return (
        f"Times are local to {event.city} ({event.timezone}, "
        f"{_offset_label(opens)} on {format_date(event.start_date)}).",
    )


# Roster ---------------------------------------------------------------------


def _roster(plan: Plan, only: Delegation | None) -> list[Section]:
    sections = []
    for place, delegation in enumerate(order_of_precedence(plan), start=1):
        if only is not None and delegation.id != only.id:
            continue
        members = members_in_order(plan, delegation.id)
        rows = _roster_rows(members)
        count = len(members)
        subtitle = f"{delegation.kind.label.capitalize()} · {count} " + (
            "person" if count == 1 else "people"
        )
        table = Table(
            columns=("Role", "Name", "Position", "Rank"),
            widths=(18, 32, 36, 14),
            rows=tuple(rows),
        )
        sections.append(
            Section(
                heading=f"{place}. {plan.delegation_name(delegation.id)}",
                subtitle=subtitle,
                tables=(table,) if rows else (),
                note="" if rows else "No members are listed yet.",
                keep_together=True,
            )
        )
    return sections


def _roster_rows(members: Sequence[Person]) -> list[Row]:
    """Head first, then one group per role in the roles' order, each by precedence."""
    by_role: dict[Role, list[Person]] = {}
    for person in members:
        by_role.setdefault(person.role, []).append(person)
    rows = []
    for role in Role:
        for index, person in enumerate(by_role.get(role, ())):
            label = ROLE_LABELS[role] if index == 0 else ""
            if person.remote:
                label = f"{label} · by video link" if label else "By video link"
            rows.append(
                Row(
                    cells=(label, display_name(person), person.position or "", person.rank.label),
                    emphasis=role is Role.HEAD,
                )
            )
    return rows


# Schedules ------------------------------------------------------------------


def _bookings(plan: Plan) -> list[Booking]:
    """Placed items in time order, then by venue name (stable across runs)."""
    bookings = ScheduleView(plan).bookings

    def key(booking: Booking) -> tuple[int, str, str]:
        venue = booking.venue.name if booking.venue else booking.placement.venue
        return (booking.start, name_key(venue), booking.item)

    return sorted(bookings, key=key)


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
        return f"All delegations ({count} present)"
    ordered = sorted(booking.delegations, key=lambda d: (precedence.get(d, len(precedence)), d))
    return ", ".join(plan.delegation_name(d) for d in ordered)


def _remote_note(plan: Plan, booking: Booking, delegation_id: str | None = None) -> str:
    if booking.session is None or not booking.session.remote:
        return ""
    names = [
        display_name(person)
        for person_id in booking.session.remote
        if (person := plan.person_by_id.get(person_id)) is not None
        and (delegation_id is None or person.delegation == delegation_id)
    ]
    return f"By video link: {', '.join(names)}" if names else ""


def _title_cell(plan: Plan, booking: Booking, delegation_id: str | None = None) -> str:
    remote = _remote_note(plan, booking, delegation_id)
    return f"{booking.title} — {remote}" if remote else booking.title


def _programmes(
    plan: Plan,
    bookings: Sequence[Booking],
    only: Delegation | None,
    days: tuple[date, ...],
) -> list[Section]:
    chosen = [only] if only is not None else order_of_precedence(plan)
    sections = []
    for index, delegation in enumerate(chosen):
        sections.append(_programme(plan, bookings, delegation, days, new_page=index > 0))
    if not sections:
        sections.append(Section(heading="Programme", note="The plan lists no delegations."))
    return sections


def _programme(
    plan: Plan,
    bookings: Sequence[Booking],
    delegation: Delegation,
    days: tuple[date, ...],
    *,
    new_page: bool,
) -> Section:
    event_zone = plan.event.zone
    home = _zone_or_none(delegation.timezone)
    mine = [
        booking
        for booking in bookings
        if _day_of(plan, booking) in days and _involves(plan, booking, delegation.id)
    ]

    def differs(booking: Booking) -> bool:
        start = booking.placement.start
        return (
            home is not None
            and start.astimezone(home).utcoffset() != start.astimezone(event_zone).utcoffset()
        )

    with_home = home is not None and any(differs(booking) for booking in mine)
    columns: tuple[str, ...] = ("Time", "Item", "Venue", "Building")
    widths: tuple[int, ...] = (15, 43, 22, 20)
    if with_home:
        assert delegation.timezone is not None
        columns = ("Time", f"Home time ({_zone_label(delegation.timezone)})", *columns[1:])
        widths = (14, 17, 33, 18, 18)
    tables = []
    for day in days:
        rows = []
        for booking in mine:
            if _day_of(plan, booking) != day:
                continue
            start = booking.placement.start
            end = times.from_minutes(booking.end, event_zone)
            venue, building = _venue_cells(plan, booking)
            cells: tuple[str, ...] = (
                clock_range(start, end, event_zone),
                _title_cell(plan, booking, delegation.id),
                venue,
                building,
            )
            if with_home:
                assert home is not None
                home_cell = clock_range(start, end, home, day) if differs(booking) else "same"
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
        lines.append(f"Head of delegation: {display_name(head)}{position}")
    lines.append(
        f"In town: {_short_moment(delegation.arrival, event_zone)} – "
        f"{_short_moment(delegation.departure, event_zone)}"
    )
    if with_home:
        assert delegation.timezone is not None
        lines.append(f"Home time is {delegation.timezone}.")
    day_words = "on " + format_day(days[0]) if len(days) == 1 else "during the event"
    return Section(
        heading=plan.delegation_name(delegation.id),
        subtitle=f"Programme of the delegation · {delegation.kind.label.capitalize()}",
        lines=tuple(lines),
        tables=tuple(tables),
        note="" if tables else f"Nothing is placed for this delegation {day_words}.",
        new_page=new_page,
    )


def _short_moment(moment: datetime, tz: ZoneInfo) -> str:
    local = moment.astimezone(tz)
    return f"{_short_date(local.date())} {local:%H:%M}"


def _daily(
    plan: Plan,
    bookings: Sequence[Booking],
    only: Delegation | None,
    days: tuple[date, ...],
) -> list[Section]:
    event_zone = plan.event.zone
    precedence = _precedence_places(plan)
    sections = []
    for index, day in enumerate(days):
        rows = []
        for booking in bookings:
            if _day_of(plan, booking) != day:
                continue
            if only is not None and not _involves(plan, booking, only.id):
                continue
            venue, building = _venue_cells(plan, booking)
            end = times.from_minutes(booking.end, event_zone)
            rows.append(
                Row(
                    cells=(
                        clock_range(booking.placement.start, end, event_zone),
                        venue,
                        building,
                        _title_cell(plan, booking),
                        _delegations_cell(plan, booking, precedence),
                    )
                )
            )
        table = Table(
            columns=("Time", "Venue", "Building", "Item", "Delegations"),
            widths=(14, 16, 16, 28, 26),
            rows=tuple(rows),
        )
        sections.append(
            Section(
                heading=format_day(day),
                subtitle=f"{len(rows)} item" + ("" if len(rows) == 1 else "s"),
                tables=(table,) if rows else (),
                note="" if rows else "Nothing is placed on this day.",
                new_page=index > 0,
            )
        )
    return sections


def _precedence_places(plan: Plan) -> dict[str, int]:
    return {delegation.id: place for place, delegation in enumerate(order_of_precedence(plan))}


def _door_sheets(
    plan: Plan,
    bookings: Sequence[Booking],
    only: Delegation | None,
    days: tuple[date, ...],
) -> list[Section]:
    event_zone = plan.event.zone
    precedence = _precedence_places(plan)
    sections: list[Section] = []
    for venue in plan.venues:
        for day in days:
            rows = [
                Row(
                    cells=(
                        clock_range(
                            booking.placement.start,
                            times.from_minutes(booking.end, event_zone),
                            event_zone,
                        ),
                        _title_cell(plan, booking),
                        _delegations_cell(plan, booking, precedence),
                    )
                )
                for booking in _in_venue(plan, bookings, venue.id, day)
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
                            columns=("Time", "Item", "Delegations"),
                            widths=(18, 42, 40),
                            rows=tuple(rows),
                        ),
                    ),
                    new_page=bool(sections),
                    prominent=True,
                )
            )
    if not sections:
        where = "on " + format_day(days[0]) if len(days) == 1 else "during the event"
        sections.append(Section(heading="Venues", note=f"No venue is used {where}."))
    return sections


def _in_venue(plan: Plan, bookings: Iterable[Booking], venue_id: str, day: date) -> list[Booking]:
    return [
        booking
        for booking in bookings
        if booking.placement.venue == venue_id and _day_of(plan, booking) == day
    ]


__all__ = [
    "REPORT_KINDS",
    "REPORT_TITLES",
    "ROLE_LABELS",
    "Report",
    "Row",
    "Section",
    "Table",
    "build_report",
    "clock_range",
    "display_name",
    "find_delegation",
    "format_date",
    "format_dates",
    "format_day",
]
