"""Content lines of iCalendar (RFC 5545): escaped text, quoted parameters, folding.

Every text value goes through :func:`escape_text` and every parameter through
:func:`quote_parameter`, so no name or title can start a property of its own;
lines are folded at 75 octets, never inside a UTF-8 sequence nor between a
backslash and the character it escapes.
"""

from __future__ import annotations

import re
from urllib.parse import quote

PRODUCT_ID = "-//Summit Planner//Summit Planner//EN"
FOLD_OCTETS = 75
"""RFC 5545 3.1: content lines longer than this many octets are folded."""

# RFC 5545 TEXT may hold no control character but HTAB; line breaks become \n.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
LINE_BREAKS = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x85")
_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]+")
_UID_SAFE = "-._~"
_MAILTO_SAFE = "@.+-_!$&'*=?^`{|}~"
_BACKSLASH = ord("\\")


def escape_text(value: str) -> str:
    """An RFC 5545 TEXT value: ``\\``, ``;`` and ``,`` escaped, line breaks as ``\\n``.

    Control characters other than tab are dropped: they are not allowed in
    TEXT, and a bare CR or LF would end the content line.
    """
    value = LINE_BREAKS.sub("\n", value)
    value = CONTROL.sub("", value)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def single_line(value: str) -> str:
    """``value`` with every line break and control character turned into one space."""
    return _SINGLE_LINE.sub(" ", value).strip()


def quote_parameter(value: str) -> str:
    """A parameter value, always quoted, with RFC 6868 ``^`` escapes for ``"`` and ``^``.

    Quoting keeps ``:``, ``;`` and ``,`` in a name from ending the parameter.
    """
    value = single_line(value).replace("^", "^^").replace('"', "^'")
    return f'"{value}"'


def fold(line: str) -> bytes:
    """One content line as UTF-8 with CRLF, folded at 75 octets between characters.

    A fold never falls inside a UTF-8 sequence, nor right after a backslash
    that escapes the next character: readers are meant to unfold first, but
    some (Google Calendar) drop an event whose ``\\,`` or ``\\n`` is split
    across two lines (issue 1501 of the collective iCalendar library for Python).
    """
    data = line.encode("utf-8")
    if len(data) <= FOLD_OCTETS:
        return data + b"\r\n"
    parts = []
    start = 0
    limit = FOLD_OCTETS
    while len(data) - start > limit:
        cut = start + limit
        while data[cut] & 0xC0 == 0x80:  # never inside a UTF-8 sequence
            cut -= 1
        if _escapes_next(data, cut - 1):
            cut -= 1
        parts.append(data[start:cut])
        start = cut
        limit = FOLD_OCTETS - 1  # continuation lines start with a space
    parts.append(data[start:])
    return b"\r\n ".join(parts) + b"\r\n"


def _escapes_next(data: bytes, index: int) -> bool:
    """Whether ``data[index]`` is a backslash escaping the octet after it.

    Escapes pair from the left (``\\\\`` is one escaped backslash), so a
    backslash escapes the next octet when an odd number of them end at it.
    """
    run = 0
    while index - run >= 0 and data[index - run] == _BACKSLASH:
        run += 1
    return run % 2 == 1


def item_uid(event_id: str, item_id: str) -> str:
    """The UID of an item for the life of the plan: ``<item>@<event>.summit-planner``.

    Only letters, digits and ``-._~`` are kept as they are; everything else is
    percent-encoded, so the UID is plain ASCII and the same on every run.
    """
    return f"{quote(item_id, safe=_UID_SAFE)}@{quote(event_id, safe=_UID_SAFE)}.summit-planner"


def mailto(email: str) -> str:
    return "mailto:" + quote(single_line(email), safe=_MAILTO_SAFE)
