"""iCalendar: the whole-event .ics of a UNGA-size plan with 4,000 placements.

Target: under 2 s for the calendar of 4,000 placements, written through the
service (records of what was sent included), first and second time.

Beside the planner's own writer, the same events are written through the
icalendar 7 API (Calendar, Event, vCalAddress) with the planner's VTIMEZONE
(icalendar's ``Timezone.from_tzinfo`` samples the zone in 64-day steps and
misses an offset change that reverts within one), to show what writing with
it would cost: the service's first export with icalendar's writer in place of
ours is estimated as our export less our render plus icalendar's.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import icalendar

from bench.workload import timed, unga_workload
from planner.domain import times
from planner.domain.model import Plan
from planner.domain.operations import ApplySchedule
from planner.export import ical
from planner.services import PlanService
from planner.services.calendar import export_calendar, write_invitations

T = TypeVar("T")
TARGET_SECONDS = 2.0
NOW = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)


def _published(plan: Plan) -> list[ical.Published]:
    entries = ical.build_entries(plan)
    return [ical.Published(e, ical.item_uid(plan.event.id, e.item), 0) for e in entries.values()]


def _render(plan: Plan) -> bytes:
    header = ical.CalendarHeader(
        ical.Method.PUBLISH,
        plan.event.timezone,
        name=plan.event.name,
        organizer=plan.event.organizer,
        span=None,
    )
    return ical.render(_published(plan), header, NOW)


def _render_with_icalendar(plan: Plan) -> bytes:
    """The same calendar built through the icalendar API and serialised by it."""
    published = _published(plan)
    tz = times.zone(plan.event.timezone)
    calendar = icalendar.Calendar()
    calendar.add("prodid", ical.PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", plan.event.name)
    calendar.add("x-wr-timezone", plan.event.timezone)
    days = [p.entry.start.astimezone(tz).date() for p in published]
    days += [p.entry.end.astimezone(tz).date() for p in published]
    margin = timedelta(days=7)
    zone = ical.vtimezone(tz, plan.event.timezone, min(days) - margin, max(days) + margin)
    calendar.add_component(icalendar.Timezone.from_ical("\r\n".join(zone)))
    organizer = None
    if plan.event.organizer is not None and plan.event.organizer.email:
        organizer = icalendar.vCalAddress(ical.mailto(plan.event.organizer.email))
        organizer.params["CN"] = icalendar.vText(plan.event.organizer.name)
    for item in published:
        entry = item.entry
        event = icalendar.Event()
        event.add("uid", item.uid)
        event.add("dtstamp", NOW)
        event.add("dtstart", entry.start.astimezone(tz))
        event.add("dtend", entry.end.astimezone(tz))
        event.add("sequence", item.sequence)
        event.add("status", "CONFIRMED")
        event.add("summary", entry.summary)
        event.add("location", entry.location)
        event.add("description", "\n".join(entry.details))
        event.add("categories", [entry.category])
        event.add("transp", "OPAQUE")
        if organizer is not None:
            event.add("organizer", organizer)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def main() -> None:
    plan = unga_workload()
    rows: list[tuple[str, str, str]] = [
        (
            "plan",
            f"{len(plan.delegations)} delegations, {len(plan.people)} people, "
            f"{len(plan.schedule)} placements",
            plan.event.timezone,
        )
    ]

    def verdict(seconds: float) -> str:
        return f"ok (< {TARGET_SECONDS:.0f} s)" if seconds < TARGET_SECONDS else "TOO SLOW"

    data, ours = timed(lambda: _render(plan), repeat=3)
    rows.append(("build + render, our writer (no records)", f"{ours:.2f} s", verdict(ours)))
    rows.append(("  size", f"{len(data) / 1e6:.1f} MB", f"{data.count(b'BEGIN:VEVENT')} events"))
    started = time.perf_counter()
    parsed = icalendar.Calendar.from_ical(data)
    count = len(parsed.walk("VEVENT"))
    rows.append(
        ("  read back by icalendar", f"{time.perf_counter() - started:.2f} s", f"{count} events")
    )
    theirs_data, theirs = timed(lambda: _render_with_icalendar(plan), repeat=3)
    rows.append(
        (
            f"build + render, icalendar {icalendar.__version__} (no records)",
            f"{theirs:.2f} s",
            f"{verdict(theirs)}; {theirs / ours:.1f}x ours",
        )
    )
    rows.append(
        (
            "  size",
            f"{len(theirs_data) / 1e6:.1f} MB",
            f"{theirs_data.count(b'BEGIN:VEVENT')} events",
        )
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "unga.summit"
        PlanService.create(path, plan).close()
        service = PlanService.open(path)
        try:
            service.plan  # noqa: B018 (load outside the timing, as the app has it loaded)
            target = Path(folder) / "unga.ics"
            started = time.perf_counter()
            report = export_calendar(service, target, now=NOW)
            seconds = time.perf_counter() - started
            rows.append(("ics, first export (records all)", f"{seconds:.2f} s", verdict(seconds)))
            estimate = seconds - ours + theirs
            rows.append(
                (
                    "  the same with icalendar's writer (est.)",
                    f"{estimate:.2f} s",
                    verdict(estimate),
                )
            )
            moved = [p for p in service.plan.schedule[::20]]
            schedule = tuple(
                replace(p, start=times.add_minutes(p.start, 15)) if p in moved else p
                for p in service.plan.schedule
            )
            service.apply(ApplySchedule(schedule))
            service.plan  # noqa: B018
            started = time.perf_counter()
            again = export_calendar(service, target, now=NOW + timedelta(days=1))
            seconds = time.perf_counter() - started
            rows.append(
                (
                    "ics, again after moving 5%",
                    f"{seconds:.2f} s",
                    f"{verdict(seconds)}; {len(again.changed)} changed of {again.events}",
                )
            )
            delegation = plan.delegations[0].id
            started = time.perf_counter()
            invites = write_invitations(
                service, Path(folder) / "invites", delegation=delegation, now=NOW
            )
            seconds = time.perf_counter() - started
            rows.append(
                (
                    f"invitations for {delegation}",
                    f"{seconds:.2f} s",
                    f"{invites.requests} files",
                )
            )
            assert report.events == len(plan.schedule)
        finally:
            service.close()
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>48}  {note}")
