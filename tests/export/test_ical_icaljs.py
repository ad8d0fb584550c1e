"""A third reader: Mozilla's ical.js (Thunderbird's parser) through node.

It resolves times through the file's own VTIMEZONE. Runs where ``node`` is
installed and finds ``ical.js``: the set-up installs it beside the virtual
environment, and ``NODE_PATH`` may point elsewhere; skipped where neither has it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from planner.domain import times
from planner.domain.model import Plan
from planner.export import ical

pytestmark = pytest.mark.required_in_ci

NOW = datetime(2021, 10, 1, 9, 0, tzinfo=UTC)
READER = r"""
const ICAL = require('ical.js');
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const root = new ICAL.Component(ICAL.parse(input));
  for (const zone of root.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const events = root.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      summary: event.summary,
      status: vevent.getFirstPropertyValue('status'),
      attendees: vevent.getAllProperties('attendee').map(
        (a) => [a.getFirstValue(), a.getParameter('cn')]),
    };
  });
  process.stdout.write(JSON.stringify(events));
});
"""


def _node_environment() -> dict[str, str]:
    installed = Path(sys.prefix) / "node" / "node_modules"
    paths = [str(installed), *filter(None, os.environ.get("NODE_PATH", "").split(os.pathsep))]
    return {**os.environ, "NODE_PATH": os.pathsep.join(paths)}


def _node() -> str:
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        pytest.skip("node is not installed")
    found = subprocess.run(
        [node, "-e", "require.resolve('ical.js')"],
        capture_output=True,
        check=False,
        timeout=60,
        env=_node_environment(),
    )
    if found.returncode != 0:
        pytest.skip("ical.js is not installed for node (set NODE_PATH)")
    return node


def read_with_icaljs(data: bytes, folder: Path) -> dict[str, dict[str, Any]]:
    node = _node()
    script = folder / "read.cjs"
    script.write_text(READER, encoding="utf-8")
    done = subprocess.run(
        [node, str(script)],
        input=data,
        capture_output=True,
        check=True,
        timeout=60,
        env=_node_environment(),
    )
    events: list[dict[str, Any]] = json.loads(done.stdout)
    for event in events:
        for key in ("start", "end"):
            event[key] = datetime.fromisoformat(event[key].replace("Z", "+00:00"))
    return {event["uid"]: event for event in events}


@pytest.mark.parametrize(
    ("zone_name", "wall", "fold", "utc"),
    [
        ("Asia/Almaty", datetime(2021, 10, 11, 10, 0), 0, "2021-10-11T04:00"),
        ("Asia/Almaty", datetime(2025, 5, 5, 10, 0), 0, "2025-05-05T05:00"),
        ("Europe/Berlin", datetime(2021, 3, 28, 3, 30), 0, "2021-03-28T01:30"),
        ("Europe/Berlin", datetime(2021, 10, 31, 2, 30), 1, "2021-10-31T01:30"),
        ("America/New_York", datetime(2024, 11, 3, 1, 30), 0, "2024-11-03T05:30"),
        ("America/New_York", datetime(2026, 9, 22, 9, 0), 0, "2026-09-22T13:00"),
        ("Africa/Casablanca", datetime(2023, 3, 26, 10, 0), 0, "2023-03-26T10:00"),
        ("Australia/Lord_Howe", datetime(2022, 4, 3, 1, 45), 1, "2022-04-02T15:15"),
    ],
)
def test_icaljs_reads_the_instant(
    tmp_path: Path, zone_name: str, wall: datetime, fold: int, utc: str
) -> None:
    tz = times.zone(zone_name)
    start = wall.replace(tzinfo=tz, fold=fold).astimezone(UTC).astimezone(tz)
    entry = ical.Entry(
        "i", "Talks", start, times.add_minutes(start, 45), "Hall", "v", "Other", (), ()
    )
    header = ical.CalendarHeader(ical.Method.PUBLISH, zone_name)
    data = ical.render([ical.Published(entry, "u@x", 0)], header, NOW)
    event = read_with_icaljs(data, tmp_path)["u@x"]
    assert event["start"] == datetime.fromisoformat(utc).replace(tzinfo=UTC)
    assert event["end"] - event["start"] == timedelta(minutes=45)


def test_icaljs_reads_the_sample_invitations_with_hostile_names(tmp_path: Path, cica: Plan) -> None:
    people = tuple(
        replace(p, given_name='Ерлан "Chair"; x, y: z', family_name="С\nATTENDEE:mailto:e@x.y")
        if p.id == "p-kz-3"
        else p
        for p in cica.people
    )
    plan = replace(cica, people=people)
    entries = ical.build_entries(plan)
    published = [
        ical.Published(e, ical.item_uid(plan.event.id, e.item), 2) for e in entries.values()
    ]
    header = ical.CalendarHeader(
        ical.Method.REQUEST, plan.event.timezone, organizer=plan.event.organizer
    )
    events = read_with_icaljs(ical.render(published, header, NOW), tmp_path)
    assert len(events) == len(plan.schedule)
    for placement in plan.schedule:
        event = events[ical.item_uid(plan.event.id, placement.item)]
        assert event["start"] == placement.start.astimezone(UTC)
        assert event["end"] == plan.end_of(placement).astimezone(UTC)
    dinner = events[ical.item_uid(plan.event.id, "s-dinner")]
    names = dict(dinner["attendees"])
    assert names["mailto:deputy.kz@example.org"] == (
        'H.E. Ерлан "Chair"; x, y: z С ATTENDEE:mailto:e@x.y'
    )
    assert "mailto:e@x.y" not in names
