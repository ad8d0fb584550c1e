"""Reading back the calendars the planner writes, by two independent parsers.

icalendar resolves a TZID by its IANA name through zoneinfo; vobject builds
the zone from the file's own VTIMEZONE (through dateutil), so the two check
both halves of what a calendar program may do.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

import icalendar
import vobject
import vobject.icalendar


def read_events(data: bytes) -> dict[str, dict[str, Any]]:
    """Each VEVENT by UID as icalendar sees it; fails where vobject sees it otherwise.

    ``attendees`` are the invited addresses (without ``mailto:``) in order,
    ``cn`` their names, ``params`` each one's parameters.
    """
    found: dict[str, dict[str, Any]] = {}
    calendar = icalendar.Calendar.from_ical(data)
    for event in calendar.walk("VEVENT"):
        attendees = event.get("attendee", [])
        attendees = attendees if isinstance(attendees, list) else [attendees]
        found[str(event["uid"])] = {
            "method": str(calendar.get("method", "")),
            "start": event.decoded("dtstart").astimezone(UTC),
            "end": event.decoded("dtend").astimezone(UTC),
            "summary": str(event["summary"]),
            "description": str(event.get("description", "")),
            "location": str(event.get("location", "")),
            "status": str(event["status"]),
            "sequence": int(event["sequence"]),
            "attendees": sorted(str(a).removeprefix("mailto:") for a in attendees),
            "cn": sorted(str(a.params.get("CN", "")) for a in attendees),
            "params": [dict(a.params) for a in attendees],
            "organizer": str(event.get("organizer", "")),
        }
    others = _vobject_events(data)
    assert len(others) == len(found)
    for event in others:
        mine = found[event.uid.value]
        assert event.dtstart.value.astimezone(UTC) == mine["start"]
        assert event.dtend.value.astimezone(UTC) == mine["end"]
        assert event.summary.value == mine["summary"]
        assert event.status.value == mine["status"]
        assert int(event.sequence.value) == mine["sequence"]
        if hasattr(event, "location"):
            assert event.location.value == mine["location"]
        if hasattr(event, "description"):
            assert event.description.value == mine["description"]
        addresses = sorted(
            str(a.value).removeprefix("mailto:") for a in getattr(event, "attendee_list", [])
        )
        assert addresses == mine["attendees"]
    return found


def _vobject_events(data: bytes) -> list[Any]:
    """The file's VEVENTs as vobject reads them with the file's own VTIMEZONE.

    vobject resolves a TZID through a process-wide registry that keeps the
    first zone it met under a name, so the file is read once to register its
    own VTIMEZONEs (``registerTzid`` replaces what an earlier file left) and
    again to read its events with them.
    """
    text = data.decode("utf-8")
    for zone in getattr(vobject.readOne(text), "vtimezone_list", []):
        vobject.icalendar.registerTzid(zone.tzid.value, zone.tzinfo)
    return list(getattr(vobject.readOne(text), "vevent_list", []))
