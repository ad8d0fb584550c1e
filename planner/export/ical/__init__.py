"""iCalendar (RFC 5545) calendars and iTIP (RFC 5546) invitations of a plan.

Two steps, both pure:

1. :func:`build_entries` (:mod:`.entries`) turns the plan's placements into
   :class:`Entry` records: what a recipient sees of each item (times, place,
   title, the people invited). :func:`select` (:mod:`.scopes`) picks the
   items of one delegation, person or venue (a :class:`Scope`).
2. :func:`render` (:mod:`.writer`) writes entries as one ``VCALENDAR`` with a
   ``METHOD`` (``PUBLISH`` for a calendar, ``REQUEST`` or ``CANCEL`` for an
   invitation) and the ``VTIMEZONE`` of the event's zone.

:mod:`.text` escapes, quotes and folds the content lines; :mod:`.drafts` puts
an invitation into an e-mail draft. The clock (``now``) and the UIDs
(``uid_for``) are injected by the caller.
"""

from planner.export.ical.drafts import Recipient, email_draft
from planner.export.ical.entries import (
    Attendee,
    AttendeeRole,
    Entry,
    build_entries,
    entry_from_json,
    entry_to_json,
)
from planner.export.ical.scopes import (
    Scope,
    ScopeKind,
    home_time_line,
    home_zone,
    in_scope,
    scope_for,
    select,
)
from planner.export.ical.text import (
    FOLD_OCTETS,
    PRODUCT_ID,
    escape_text,
    fold,
    item_uid,
    mailto,
    quote_parameter,
    single_line,
)
from planner.export.ical.writer import CalendarHeader, Method, Published, render, vtimezone

__all__ = [
    "FOLD_OCTETS",
    "PRODUCT_ID",
    "Attendee",
    "AttendeeRole",
    "CalendarHeader",
    "Entry",
    "Method",
    "Published",
    "Recipient",
    "Scope",
    "ScopeKind",
    "build_entries",
    "email_draft",
    "entry_from_json",
    "entry_to_json",
    "escape_text",
    "fold",
    "home_time_line",
    "home_zone",
    "in_scope",
    "item_uid",
    "mailto",
    "quote_parameter",
    "render",
    "scope_for",
    "select",
    "single_line",
    "vtimezone",
]
