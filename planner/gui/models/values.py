"""Reading what an officer typed into a cell: text, numbers, times, features, choices.

Each reader raises ValueError with a sentence that says what was expected.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from planner.domain import times
from planner.domain.model import Feature, Span, canonical_features
from planner.gui.translation import tr

E = TypeVar("E", bound=StrEnum)


def text(value: Any) -> str:
    return str(value).strip()


def is_blank(value: Any) -> bool:
    """Whether a cell was left empty: what the optional readers read as None."""
    return value is None or not str(value).strip()


def optional_text(value: Any) -> str | None:
    return None if is_blank(value) else text(value)


def whole_number(value: Any, low: int | None = None, high: int | None = None) -> int:
    if isinstance(value, bool):
        raise ValueError(tr("expected a whole number"))
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValueError(tr("{value!r} is not a whole number").format(value=value)) from None
    if low is not None and number < low:
        raise ValueError(tr("must be at least {low}").format(low=low))
    if high is not None and number > high:
        raise ValueError(tr("must be at most {high}").format(high=high))
    return number


def optional_number(value: Any, low: int | None = None) -> int | None:
    return None if is_blank(value) else whole_number(value, low)


def show_when(value: datetime | None, tz: ZoneInfo) -> str:
    """A date-time as officers type it: ``2021-10-11 09:00`` in the event's zone."""
    if value is None:
        return ""
    local = value.astimezone(tz)
    return f"{local:%Y-%m-%d %H:%M}"


def when(value: Any, tz: ZoneInfo) -> datetime:
    """``2021-10-11 09:00`` (wall time in ``tz``) or ISO 8601 with an offset."""
    source = str(value).strip()
    try:
        return times.parse_datetime(source.replace(" ", "T", 1), tz)
    except ValueError:
        raise ValueError(
            tr("{value!r} is not a date and time such as 2021-10-11 09:00").format(value=source)
        ) from None


def optional_when(value: Any, tz: ZoneInfo) -> datetime | None:
    """:func:`when`, or None for an empty cell (a window or fixed start left free)."""
    return None if is_blank(value) else when(value, tz)


def day(value: Any) -> date:
    source = str(value).strip()
    try:
        return date.fromisoformat(source)
    except ValueError:
        raise ValueError(
            tr("{value!r} is not a date such as 2021-10-11").format(value=source)
        ) from None


def clock(value: Any) -> time:
    source = str(value).strip()
    try:
        return times.parse_clock(source)
    except ValueError:
        raise ValueError(tr("{value!r} is not a time such as 09:30").format(value=source)) from None


def choice(kind: type[E], value: Any) -> E:
    source = str(value).strip()
    for member in kind:
        if source in (member.value, member.value.replace("_", " ")):
            return member
    allowed = ", ".join(member.value for member in kind)
    raise ValueError(tr("{value!r} is not one of: {allowed}").format(value=source, allowed=allowed))


def choices_of(kind: type[StrEnum]) -> list[tuple[str, str]]:
    return [(member.value.replace("_", " "), member.value) for member in kind]


def features(value: Any) -> tuple[Feature, ...]:
    """Comma-separated venue features: ``interpretation, video link``."""
    names = [part.strip() for part in str(value).split(",") if part.strip()]
    return canonical_features(choice(Feature, name.replace(" ", "_")) for name in names)


def show_features(values: Iterable[Feature]) -> str:
    return ", ".join(feature.value.replace("_", " ") for feature in values)


def words(value: Any) -> tuple[str, ...]:
    """A comma-separated list (languages)."""
    return tuple(part.strip() for part in str(value).split(",") if part.strip())


def spans(value: Any, tz: ZoneInfo) -> tuple[Span, ...]:
    """``2021-10-11 09:00–12:00; 2021-10-12 14:00–2021-10-12 15:30``: times a venue is closed.

    The end may be a time alone (the same day as the start). Empty: never closed.
    """
    found: list[Span] = []
    for part in str(value or "").replace("\n", ";").split(";"):
        text = part.strip()
        if not text:
            continue
        start_text, dash, end_text = text.replace(" - ", "–").partition("–")
        if not dash:
            raise ValueError(
                tr("{value!r}: give a start and an end, such as 2021-10-11 09:00–12:00").format(
                    value=text
                )
            )
        start = when(start_text, tz)
        end_text = end_text.strip()
        if len(end_text) <= 5:  # HH:MM: the same day
            end_text = f"{start.astimezone(tz):%Y-%m-%d} {end_text}"
        end = when(end_text, tz)
        if times.minutes(end) <= times.minutes(start):
            raise ValueError(tr("{value!r}: the end must come after the start").format(value=text))
        found.append(Span(start, end))
    return tuple(found)


def show_spans(items: Iterable[Span], tz: ZoneInfo) -> str:
    """Spans as :func:`spans` reads them, the end by its time when on the same day."""
    shown = []
    for span in items:
        start, end = span.start.astimezone(tz), span.end.astimezone(tz)
        tail = f"{end:%H:%M}" if end.date() == start.date() else show_when(end, tz)
        shown.append(f"{show_when(start, tz)}–{tail}")
    return "; ".join(shown)
