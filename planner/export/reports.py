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

Every report is built in one language (English by default): its words come
from the translation catalogues, dates and weekdays from the CLDR (Babel),
and delegations' and sessions' names from their ``names`` and ``titles`` in
that language where the plan has them. The roster can also be built in two
languages side by side, as CICA prints it in English and Russian.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date as cldr_date
from babel.dates import format_interval as cldr_interval
from babel.dates import format_skeleton as cldr_skeleton

from planner.domain import times
from planner.domain.model import Delegation, DelegationKind, Person, Plan, Rank, Role
from planner.domain.names import delegation_name_in, known_names, session_title_in
from planner.domain.precedence import members_in_order, name_key, order_of_precedence
from planner.domain.rules import Booking, ScheduleView
from planner.errors import NotFoundError, ValidationError
from planner.messages import (
    ENGLISH,
    QT_TR_NOOP,
    base_language,
    current_document_language,
    document_language,
)
from planner.messages import document_tr as tr

REPORT_KINDS = ("roster", "programme", "daily", "venues")
"""The reports there are, as the command line names them."""

REPORT_TITLES = {
    "roster": QT_TR_NOOP("Roster of delegations"),
    "programme": QT_TR_NOOP("Programme"),
    "daily": QT_TR_NOOP("Daily programme"),
    "venues": QT_TR_NOOP("Venue door sheets"),
}
"""The reports' titles in English; ``tr()`` gives them in the document's language."""

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
    Role.HEAD: QT_TR_NOOP("Head of delegation"),
    Role.DEPUTY: QT_TR_NOOP("Deputy head"),
    Role.MEMBER: QT_TR_NOOP("Member"),
    Role.ADVISER: QT_TR_NOOP("Adviser"),
    Role.INTERPRETER: QT_TR_NOOP("Interpreter"),
    Role.SECURITY: QT_TR_NOOP("Security"),
    Role.PRESS: QT_TR_NOOP("Press"),
    Role.LIAISON: QT_TR_NOOP("Liaison officer"),
}

RANK_LABELS = {
    Rank.HEAD_OF_STATE: QT_TR_NOOP("head of state"),
    Rank.HEAD_OF_GOVERNMENT: QT_TR_NOOP("head of government"),
    Rank.VICE_PRESIDENT: QT_TR_NOOP("vice president"),
    Rank.MINISTER: QT_TR_NOOP("minister"),
    Rank.DEPUTY_MINISTER: QT_TR_NOOP("deputy minister"),
    Rank.AMBASSADOR: QT_TR_NOOP("ambassador"),
    Rank.SENIOR_OFFICIAL: QT_TR_NOOP("senior official"),
    Rank.OFFICIAL: QT_TR_NOOP("official"),
    Rank.STAFF: QT_TR_NOOP("staff"),
}

KIND_LABELS = {
    DelegationKind.HOST: QT_TR_NOOP("Host"),
    DelegationKind.MEMBER_STATE: QT_TR_NOOP("Member state"),
    DelegationKind.OBSERVER_STATE: QT_TR_NOOP("Observer state"),
    DelegationKind.OBSERVER_ORG: QT_TR_NOOP("Observer organisation"),
    DelegationKind.PARTNER_ORG: QT_TR_NOOP("Partner organisation"),
    DelegationKind.GUEST: QT_TR_NOOP("Guest"),
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
    languages: tuple[str, ...] = (ENGLISH,)
    """The languages it is written in: one, or two side by side (the bilingual roster)."""

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


# Dates are in the document's language: English as British protocol writes
# them (whatever the machine's locale), any other the CLDR's way (Babel).


def _cldr_locale() -> str | None:
    language = current_document_language()
    return None if language == ENGLISH else language


def format_day(day: date) -> str:
    """``Monday 11 October 2021``; ``понедельник, 11 октября 2021 г.`` in Russian."""
    if (cldr := _cldr_locale()) is not None:
        return cldr_date(day, "full", locale=cldr)
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_date(day: date) -> str:
    """``11 October 2021``; ``11 октября 2021 г.`` in Russian."""
    if (cldr := _cldr_locale()) is not None:
        return cldr_date(day, "long", locale=cldr)
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_dates(first: date, last: date) -> str:
    """A span of days the way an invitation writes it: ``11–12 October 2021``."""
    if last <= first:
        return format_date(first)
    if (cldr := _cldr_locale()) is not None:
        return cldr_interval(first, last, "yMMMd", locale=cldr)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {_MONTHS[last.month - 1]} {last.year}"
    if first.year == last.year:
        return f"{first.day} {_MONTHS[first.month - 1]} – {format_date(last)}"
    return f"{format_date(first)} – {format_date(last)}"


def _short_date(day: date) -> str:
    if (cldr := _cldr_locale()) is not None:
        return cldr_skeleton("MMMd", day, locale=cldr)
    return f"{day.day} {_MONTHS[day.month - 1][:3]}"


def clock_range(start: datetime, end: datetime, tz: ZoneInfo, day: date | None = None) -> str:
    """``10:00–12:30`` in ``tz``; names the date where it is not ``day``."""
    first = start.astimezone(tz)
    last = end.astimezone(tz)
    text = f"{first:%H:%M}–{last:%H:%M}"
    if day is not None and first.date() != day:
        text = f"{_short_date(first.date())} {text}"
    if last.date() != first.date():
        text += " " + tr("(ends {day})").format(day=_short_date(last.date()))
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
        with document_language(ENGLISH):
            dates = format_dates(event.start_date, event.end_date)
        raise ValidationError(f"{day.isoformat()} is not a day of the event ({dates})")
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


def report_languages(text: str | None) -> tuple[str, ...]:
    """``ru`` -> ``("ru",)``; ``en,ru`` -> both, side by side; nothing -> English.

    Raises:
        ValidationError: more than two languages, a language twice, or an empty one.
    """
    if text is None or not text.strip():
        return (ENGLISH,)
    tags = tuple(part.strip() for part in text.split(","))
    if any(not tag for tag in tags) or len(tags) > 2:
        raise ValidationError(f"{text!r}: give one language (ru) or two side by side (en,ru)")
    if len(tags) == 2 and base_language(tags[0]) == base_language(tags[1]):
        raise ValidationError(f"{text!r}: two different languages are needed side by side")
    return tags


def build_report(
    plan: Plan,
    what: str,
    *,
    delegation: str | None = None,
    day: date | None = None,
    languages: Sequence[str] = (ENGLISH,),
) -> Report:
    """The report ``what`` (one of REPORT_KINDS) of ``plan``.

    Args:
        plan: the plan to print.
        what: ``roster``, ``programme``, ``daily`` or ``venues``.
        delegation: keep to this delegation (id or English name).
        day: keep to this day of the event (not for the roster).
        languages: the language to write it in (a tag such as ``ru``), or two
            for a roster in both side by side.

    Raises:
        ValidationError: an unknown report, a day outside the event, a day
            given for the roster, or two languages for anything but the roster.
        NotFoundError: an unknown delegation.
    """
    if not languages or len(languages) > 2:
        raise ValidationError("a report is written in one language, or a roster in two")
    if len(languages) == 2:
        if what != "roster":
            raise ValidationError(
                f"only the roster prints in two languages side by side, not the {what}"
            )
        return _bilingual_roster(plan, delegation, day, (languages[0], languages[1]))
    with document_language(languages[0]) as language:
        return _build_report(plan, what, delegation, day, language)


def _build_report(
    plan: Plan, what: str, delegation: str | None, day: date | None, language: str
) -> Report:
    if what not in REPORT_KINDS:
        raise ValidationError(f"unknown report {what!r}: choose one of {', '.join(REPORT_KINDS)}")
    chosen = find_delegation(plan, delegation) if delegation is not None else None
    if what == "roster":
        if day is not None:
            raise ValidationError("a roster lists delegations, not a day: leave out the day")
        sections = _roster(plan, chosen, language)
    else:
        days = _event_days(plan, day)
        bookings = _bookings(plan)
        if what == "programme":
            sections = _programmes(plan, bookings, chosen, days, language)
        elif what == "daily":
            sections = _daily(plan, bookings, chosen, days, language)
        else:
            sections = _door_sheets(plan, bookings, chosen, days, language)
    event = plan.event
    title = tr(REPORT_TITLES[what])
    if chosen is not None and what != "programme":
        title = f"{title}: {delegation_name_in(plan, chosen.id, language)}"
    return Report(
        what=what,
        title=title,
        event=event.name,
        place=event.city,
        dates=format_dates(event.start_date, event.end_date),
        sections=tuple(sections),
        notes=_notes(plan, what),
        languages=(language,),
    )


def _notes(plan: Plan, what: str) -> tuple[str, ...]:
    if what == "roster":
        return ()
    event = plan.event
    opens, _closes = event.day_bounds(event.start_date)
    return (
        tr("Times are local to {city} ({zone}, {offset} on {day}).").format(
            city=event.city,
            zone=event.timezone,
            offset=_offset_label(opens),
            day=format_date(event.start_date),
        ),
    )


# Roster ---------------------------------------------------------------------


def _people_count(count: int) -> str:
    # English has one plural; other languages say "people: 3", which needs none.
    if current_document_language() == ENGLISH:
        return f"{count} person" if count == 1 else f"{count} people"
    return tr("people: {count}").format(count=count)


def _roster(plan: Plan, only: Delegation | None, language: str) -> list[Section]:
    sections = []
    for place, delegation in enumerate(order_of_precedence(plan), start=1):
        if only is not None and delegation.id != only.id:
            continue
        members = members_in_order(plan, delegation.id)
        rows = _roster_rows(members)
        subtitle = f"{tr(KIND_LABELS[delegation.kind])} · {_people_count(len(members))}"
        table = Table(
            columns=(tr("Role"), tr("Name", "a person's name"), tr("Position"), tr("Rank")),
            widths=(17, 30, 33, 20),
            rows=tuple(rows),
        )
        sections.append(
            Section(
                heading=f"{place}. {delegation_name_in(plan, delegation.id, language)}",
                subtitle=subtitle,
                tables=(table,) if rows else (),
                note="" if rows else tr("No members are listed yet."),
                keep_together=True,
            )
        )
    return sections


def _bilingual_roster(
    plan: Plan,
    delegation: str | None,
    day: date | None,
    languages: tuple[str, str],
) -> Report:
    """The roster in two languages side by side: each heading, label and column in both.

    Names of people, positions as the plan gives them and the order of
    precedence (the first language's) are shared.
    """
    with document_language(languages[0]) as one:
        first = _build_report(plan, "roster", delegation, day, one)
    with document_language(languages[1]) as other:
        second = _build_report(plan, "roster", delegation, day, other)
    sections = tuple(
        _side_by_side(left, right)
        for left, right in zip(first.sections, second.sections, strict=True)
    )
    return Report(
        what="roster",
        title=f"{first.title} / {second.title}",
        event=first.event,
        place=first.place,
        dates=f"{first.dates} / {second.dates}",
        sections=sections,
        languages=(one, other),
    )


def _both(left: str, right: str) -> str:
    return left if left == right or not right else f"{left} / {right}"


def _side_by_side(left: Section, right: Section) -> Section:
    """One delegation of the bilingual roster: role and rank each in two columns.

    The name, the people's names and their positions are written once; the
    second language's name joins the heading where it differs.
    """
    place, _, name = left.heading.partition(". ")
    other_name = right.heading.partition(". ")[2]
    tables = []
    for ours, theirs in zip(left.tables, right.tables, strict=True):
        rows = tuple(
            Row(
                cells=(
                    mine.cells[0],
                    yours.cells[0],
                    mine.cells[1],
                    mine.cells[2],
                    mine.cells[3],
                    yours.cells[3],
                ),
                emphasis=mine.emphasis,
            )
            for mine, yours in zip(ours.rows, theirs.rows, strict=True)
        )
        tables.append(
            Table(
                columns=(
                    ours.columns[0],
                    theirs.columns[0],
                    _both(ours.columns[1], theirs.columns[1]),
                    _both(ours.columns[2], theirs.columns[2]),
                    ours.columns[3],
                    theirs.columns[3],
                ),
                widths=(13, 16, 18, 22, 13, 18),
                rows=rows,
            )
        )
    return Section(
        heading=f"{place}. {_both(name, other_name)}",
        subtitle=_both(left.subtitle, right.subtitle),
        tables=tuple(tables),
        note=_both(left.note, right.note),
        keep_together=True,
    )


def _roster_rows(members: Sequence[Person]) -> list[Row]:
    """Head first, then one group per role in the roles' order, each by precedence."""
    by_role: dict[Role, list[Person]] = {}
    for person in members:
        by_role.setdefault(person.role, []).append(person)
    rows = []
    for role in Role:
        for index, person in enumerate(by_role.get(role, ())):
            label = tr(ROLE_LABELS[role]) if index == 0 else ""
            if person.remote:
                label = f"{label} · {tr('by video link')}" if label else tr("By video link")
            rows.append(
                Row(
                    cells=(
                        label,
                        display_name(person),
                        person.position or "",
                        tr(RANK_LABELS[person.rank]),
                    ),
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


def _programmes(
    plan: Plan,
    bookings: Sequence[Booking],
    only: Delegation | None,
    days: tuple[date, ...],
    language: str,
) -> list[Section]:
    chosen = [only] if only is not None else order_of_precedence(plan)
    sections = []
    for index, delegation in enumerate(chosen):
        sections.append(_programme(plan, bookings, delegation, days, language, new_page=index > 0))
    if not sections:
        sections.append(Section(heading=tr("Programme"), note=tr("The plan lists no delegations.")))
    return sections


def _programme(
    plan: Plan,
    bookings: Sequence[Booking],
    delegation: Delegation,
    days: tuple[date, ...],
    language: str,
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
                home_cell = clock_range(start, end, home, day) if differs(booking) else tr("same")
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
            arrival=_short_moment(delegation.arrival, event_zone),
            departure=_short_moment(delegation.departure, event_zone),
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
        heading=delegation_name_in(plan, delegation.id, language),
        subtitle=tr("Programme of the delegation") + f" · {tr(KIND_LABELS[delegation.kind])}",
        lines=tuple(lines),
        tables=tuple(tables),
        note="" if tables else nothing,
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
    language: str,
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
            columns=(tr("Time"), tr("Venue"), tr("Building"), tr("Item"), tr("Delegations")),
            widths=(14, 16, 16, 28, 26),
            rows=tuple(rows),
        )
        sections.append(
            Section(
                heading=format_day(day),
                subtitle=_items_count(len(rows)),
                tables=(table,) if rows else (),
                note="" if rows else tr("Nothing is placed on this day."),
                new_page=index > 0,
            )
        )
    return sections


def _items_count(count: int) -> str:
    if current_document_language() == ENGLISH:
        return f"{count} item" + ("" if count == 1 else "s")
    return tr("items: {count}").format(count=count)


def _precedence_places(plan: Plan) -> dict[str, int]:
    return {delegation.id: place for place, delegation in enumerate(order_of_precedence(plan))}


def _door_sheets(
    plan: Plan,
    bookings: Sequence[Booking],
    only: Delegation | None,
    days: tuple[date, ...],
    language: str,
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


__all__ = [
    "KIND_LABELS",
    "RANK_LABELS",
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
    "report_languages",
]
