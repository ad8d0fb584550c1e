"""Entries written as one ``VCALENDAR``, with a ``VTIMEZONE`` from the tz database.

Times are written as wall time with ``TZID=<IANA name>`` and a ``VTIMEZONE``
generated here for the dates concerned, so clients that know the zone by
name and clients that only read the file agree on the instant. A wall time
that names two instants (the repeated hour when clocks go back) is written in
UTC instead, since readers disagree on which pass it means; nothing is ever
floating.

The lines are written here rather than through a general iCalendar library:
for a large summit this writer takes a tenth of the time (the README gives
the figures), and the VTIMEZONE such libraries derive from a tzinfo samples
it in steps of days, missing a change of offset that reverts within a step
or falls on the first day of the range (Africa/Casablanca, 19 March 2023).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from planner.domain import times, zones
from planner.domain.integrity import looks_like_email
from planner.domain.model import Organizer
from planner.export.ical.entries import Attendee, Entry
from planner.export.ical.text import (
    PRODUCT_ID,
    escape_text,
    fold,
    mailto,
    quote_parameter,
    single_line,
)

_TZ_MARGIN = timedelta(days=7)


class Method(StrEnum):
    """The iTIP method of a calendar file."""

    PUBLISH = "PUBLISH"
    REQUEST = "REQUEST"
    CANCEL = "CANCEL"


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
    the tz database directly, scanning every six hours, so that no change is
    missed however soon it reverts.
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
        f"TZOFFSETFROM:{zones.offset_digits(before[0], separator='')}",
        f"TZOFFSETTO:{zones.offset_digits(after[0], separator='')}",
    ]
    if after[2]:
        lines.append(f"TZNAME:{escape_text(single_line(after[2]))}")
    lines.append(f"END:{kind}")
    return lines
