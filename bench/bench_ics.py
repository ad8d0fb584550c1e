"""iCalendar: the whole-event .ics of a UNGA-size plan with 4,000 placements.

Target: under 2 s for the calendar of 4,000 placements, written through the
service (records of what was sent included), first and second time.
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


def _render(plan: Plan) -> bytes:
    entries = ical.build_entries(plan)
    published = [
        ical.Published(e, ical.item_uid(plan.event.id, e.item), 0) for e in entries.values()
    ]
    header = ical.CalendarHeader(
        ical.Method.PUBLISH, plan.event.timezone, name=plan.event.name, span=None
    )
    return ical.render(published, header, NOW)


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

    data, seconds = timed(lambda: _render(plan))
    rows.append(("build + render (no records)", f"{seconds:.2f} s", verdict(seconds)))
    rows.append(("  size", f"{len(data) / 1e6:.1f} MB", f"{data.count(b'BEGIN:VEVENT')} events"))
    started = time.perf_counter()
    parsed = icalendar.Calendar.from_ical(data)
    count = len(parsed.walk("VEVENT"))
    rows.append(
        ("  read back by icalendar", f"{time.perf_counter() - started:.2f} s", f"{count} events")
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
