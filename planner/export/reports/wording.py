"""Dates and times as a report writes them, in the document's language.

English as British protocol writes them (whatever the machine's locale),
any other language the CLDR's way (Babel).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date as cldr_date
from babel.dates import format_interval as cldr_interval
from babel.dates import format_skeleton as cldr_skeleton

from planner.messages import ENGLISH, current_document_language
from planner.messages import document_tr as tr

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


def short_moment(moment: datetime, tz: ZoneInfo) -> str:
    """``11 Oct 09:30`` in ``tz``."""
    local = moment.astimezone(tz)
    return f"{_short_date(local.date())} {local:%H:%M}"


def people_count(count: int) -> str:
    """``3 people``, in the document's language."""
    # English has one plural; other languages say "people: 3", which needs none.
    if current_document_language() == ENGLISH:
        return f"{count} person" if count == 1 else f"{count} people"
    return tr("people: {count}").format(count=count)


def items_count(count: int) -> str:
    """``3 items``, in the document's language."""
    if current_document_language() == ENGLISH:
        return f"{count} item" + ("" if count == 1 else "s")
    return tr("items: {count}").format(count=count)
