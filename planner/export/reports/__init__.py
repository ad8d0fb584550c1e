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

Modules: :mod:`.model` (rows, tables, sections, labels), :mod:`.wording`
(dates and counts in the document's language), :mod:`.roster`,
:mod:`.schedules` (programme, daily, venues) and :mod:`.build` (the entry
point, :func:`build_report`).
"""

from planner.export.reports.build import build_report, find_delegation, report_languages
from planner.export.reports.model import (
    KIND_LABELS,
    RANK_LABELS,
    REPORT_KINDS,
    REPORT_TITLES,
    ROLE_LABELS,
    Report,
    Row,
    Section,
    Table,
    display_name,
)
from planner.export.reports.wording import clock_range, format_date, format_dates, format_day

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
