"""Time zones and instants.

Zones come from the ``tzdata`` package alone rather than the operating
system's copy, so every machine reads the same rules and an officer's laptop
agrees with the office server. Wall-clock times are what officers mean, so a
plan keeps them; arithmetic is done on UTC minutes because Python compares two
datetimes of the same zone by wall time and ignores DST folds.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo

_ZONE_NAME = re.compile(r"^[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*$")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class UnknownTimezoneError(ValueError):
    """A time zone name that is not in the tz database."""


@lru_cache(maxsize=256)
def zone(name: str) -> ZoneInfo:
    """The zone called ``name`` (an IANA name such as ``Asia/Almaty``).

    Raises:
        UnknownTimezoneError: the name is not in the tz database.
    """
    if not name or not _ZONE_NAME.match(name) or name.startswith("/"):
        raise UnknownTimezoneError(f"unknown time zone {name!r}")
    package, _, leaf = ("tzdata.zoneinfo/" + name).rpartition("/")
    try:
        source = resources.files(package.replace("/", ".")).joinpath(leaf)
        with source.open("rb") as stream:
            return ZoneInfo.from_file(stream, key=name)
    except (ModuleNotFoundError, FileNotFoundError, IsADirectoryError, ValueError, OSError):
        raise UnknownTimezoneError(f"unknown time zone {name!r}") from None


def is_known_zone(name: str) -> bool:
    """Whether ``name`` is a zone of the tz database."""
    try:
        zone(name)
    except UnknownTimezoneError:
        return False
    return True


def tz_database_version() -> str:
    """The version of the tz database in use, e.g. ``2026a``."""
    import tzdata

    return str(tzdata.IANA_VERSION)


def parse_datetime(text: str, tz: ZoneInfo) -> datetime:
    """Read an ISO 8601 date-time; without an offset it is wall time in ``tz``.

    The result is in ``tz``. Raises ValueError on malformed text, and on a
    moment so far off (year 1, year 9999) that it has no place in ``tz``.
    """
    value = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    try:
        if value.tzinfo is None:
            return resolve_wall_time(value, tz)
        return value.astimezone(tz)
    except OverflowError:
        raise ValueError(f"{text!r} is out of the range of dates") from None


def resolve_wall_time(wall: datetime, tz: ZoneInfo, offset: timedelta | None = None) -> datetime:
    """Attach ``tz`` to a naive wall time, choosing the DST fold by ``offset``.

    When the tz database has changed since ``offset`` was recorded (neither
    fold has it), the wall time wins: the officer planned "10:00 local".
    """
    first = wall.replace(tzinfo=tz, fold=0)
    if offset is not None and first.utcoffset() != offset:
        second = wall.replace(tzinfo=tz, fold=1)
        if second.utcoffset() == offset:
            return second
    return first


def parse_stored(text: str, tz: ZoneInfo) -> datetime:
    """Read a wall time as the plan file keeps it (ISO with the offset it had)."""
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        return resolve_wall_time(value, tz)
    return resolve_wall_time(value.replace(tzinfo=None), tz, value.utcoffset())


def format_datetime(value: datetime, tz: ZoneInfo) -> str:
    """ISO 8601 with the offset in ``tz``: ``2021-10-11T10:00:00+06:00``."""
    return value.astimezone(tz).isoformat(timespec="seconds")


def minutes(value: datetime) -> int:
    """Whole minutes since 1970-01-01 UTC (the rules' and solver's time axis)."""
    return int((value - _EPOCH).total_seconds() // 60)


def add_minutes(value: datetime, count: int) -> datetime:
    """``value`` plus ``count`` elapsed minutes (not wall-clock minutes across a DST change)."""
    tz = value.tzinfo
    return (value.astimezone(UTC) + timedelta(minutes=count)).astimezone(tz)


def from_minutes(value: int, tz: ZoneInfo) -> datetime:
    """The instant ``value`` minutes after the epoch, in ``tz``."""
    return (_EPOCH + timedelta(minutes=value)).astimezone(tz)


def at(day: date, clock: time, tz: ZoneInfo) -> datetime:
    """Wall time ``clock`` on ``day`` in ``tz``."""
    return resolve_wall_time(datetime.combine(day, clock), tz)


def parse_clock(text: str) -> time:
    """``HH:MM`` to a time; ValueError when malformed or out of range."""
    match = re.fullmatch(r"(\d{2}):(\d{2})", text)
    if not match:
        raise ValueError(f"{text!r} is not a time of day as HH:MM")
    return time(int(match[1]), int(match[2]))


def format_clock(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def short_when(value: datetime) -> str:
    """``11 Oct 10:00``: the way officers write a time in a sentence."""
    return f"{value.day} {value:%b %H:%M}"
