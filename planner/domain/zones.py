"""A delegation's home zone, and how an offset from UTC is written.

Calendar entries, printed programmes and the delegation timeline all show a
delegation's home time beside the event's, and the calendar's VTIMEZONE, the
printed notes, the e-mail drafts, ``info`` and the timeline all write
offsets: each asks here, so they agree on which zone and on the digits.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from planner.domain import times
from planner.domain.model import Delegation


def home_zone(delegation: Delegation) -> ZoneInfo | None:
    """The delegation's home zone; None when it names none or one the tz database lacks.

    A plan read from a file may name a zone this machine's tz database does
    not know; the delegation's times are then shown in the event's zone only.
    """
    if not delegation.timezone:
        return None
    try:
        return times.zone(delegation.timezone)
    except times.UnknownTimezoneError:
        return None


def clock_differs(moment: datetime, zone: ZoneInfo) -> bool:
    """Whether a clock in ``zone`` is off from ``moment``'s own offset at that instant."""
    return moment.astimezone(zone).utcoffset() != moment.utcoffset()


def offset_digits(offset: timedelta, *, separator: str = ":", short: bool = False) -> str:
    """``+05:45``, or ``+0545`` with no separator (RFC 5545 UTC-OFFSET).

    Seconds follow only where the offset has them (``+00:19:32``, Amsterdam
    before 1937); ``short`` leaves out the minutes of a whole hour (``+06``).
    """
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    if short and not rest:
        return f"{sign}{hours:02d}"
    parts = [f"{hours:02d}", f"{minutes:02d}"] + ([f"{seconds:02d}"] if seconds else [])
    return sign + separator.join(parts)


def offset_label(moment: datetime) -> str:
    """``UTC+06:00``: the offset in force at ``moment`` (``UTC`` for a naive one)."""
    offset = moment.utcoffset()
    return "UTC" if offset is None else f"UTC{offset_digits(offset)}"


def zone_abbreviation(moment: datetime) -> str:
    """``IST``; ``UTC+06`` or ``UTC+05:45`` where the tz database has no abbreviation.

    The tz database writes a zone without a customary abbreviation as its
    bare offset (``+06``, ``+0545``), which reads as a number on its own.
    """
    name = moment.tzname() or ""
    offset = moment.utcoffset()
    if name[:1] in ("+", "-") and offset is not None:
        return f"UTC{offset_digits(offset, short=True)}"
    return name


__all__ = [
    "clock_differs",
    "home_zone",
    "offset_digits",
    "offset_label",
    "zone_abbreviation",
]
