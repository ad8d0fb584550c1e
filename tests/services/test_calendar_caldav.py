"""A real CalDAV server (Radicale, on 127.0.0.1) must accept and serve every file we write.

Radicale parses what it is given and refuses what it cannot store; what it
serves back is read with icalendar and vobject and compared with the plan.
"""

from __future__ import annotations

import base64
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from planner.domain import times
from planner.domain.model import Plan
from planner.export import ical
from planner.services import PlanService
from planner.services.calendar import export_calendar, write_invitations
from tests.calendar_files import read_events

pytest.importorskip("radicale")

T0 = datetime(2021, 10, 1, 9, 0, tzinfo=UTC)
_MKCALENDAR = (
    b'<?xml version="1.0"?><D:mkcol xmlns:D="DAV:" '
    b'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop><D:resourcetype>'
    b"<D:collection/><C:calendar/></D:resourcetype></D:prop></D:set></D:mkcol>"
)


class CalDav:
    """A few requests to one Radicale server, as the user ``officer``."""

    def __init__(self, base: str) -> None:
        self.base = base
        token = base64.b64encode(b"officer:secret").decode("ascii")
        self.headers = {"Authorization": f"Basic {token}"}

    def request(
        self, method: str, path: str, body: bytes | None = None, content_type: str = ""
    ) -> tuple[int, bytes]:
        headers = dict(self.headers)
        if content_type:
            headers["Content-Type"] = content_type
        request = urllib.request.Request(
            self.base + path, data=body, method=method, headers=headers
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def make_calendar(self, path: str) -> None:
        status, body = self.request("MKCOL", path, _MKCALENDAR, "application/xml")
        assert status == 201, body

    def put(self, path: str, data: bytes) -> int:
        status, body = self.request("PUT", path, data, "text/calendar; charset=utf-8")
        assert status in (201, 204), (status, body)
        return status

    def get(self, path: str) -> bytes:
        status, body = self.request("GET", path)
        assert status == 200, (status, body)
        return body


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def caldav(tmp_path: Path) -> Iterator[CalDav]:
    """Radicale on 127.0.0.1 at a free port, storing in tmp_path, any password accepted."""
    port = _free_port()
    log = (tmp_path / "radicale.log").open("wb")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "radicale",
            "--config",
            "",
            "--server-hosts",
            f"127.0.0.1:{port}",
            "--auth-type",
            "none",
            "--rights-type",
            "authenticated",
            "--storage-filesystem-folder",
            str(tmp_path / "collections"),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    client = CalDav(f"http://127.0.0.1:{port}")
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                client.request("GET", "/")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    log.close()
                    pytest.fail(
                        "the CalDAV server did not start:\n"
                        + (tmp_path / "radicale.log").read_text(errors="replace")
                    )
                time.sleep(0.1)
        yield client
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def _assert_plan_instants(plan: Plan, events: dict[str, dict[str, Any]]) -> None:
    assert len(events) == len(plan.schedule)
    for placement in plan.schedule:
        event = events[ical.item_uid(plan.event.id, placement.item)]
        assert event["start"] == placement.start.astimezone(UTC)
        assert event["end"] == plan.end_of(placement).astimezone(UTC)


def test_server_takes_the_whole_event_calendar(
    caldav: CalDav, service: PlanService, tmp_path: Path
) -> None:
    export_calendar(service, tmp_path / "all.ics", now=T0)
    assert caldav.put("/officer/summit/", (tmp_path / "all.ics").read_bytes()) == 201
    _assert_plan_instants(service.plan, read_events(caldav.get("/officer/summit/")))


def test_server_takes_a_delegation_calendar_with_hostile_names(
    caldav: CalDav, service: PlanService, tmp_path: Path
) -> None:
    plan = service.plan
    title = 'Press\r\nATTENDEE:mailto:intruder@example.org;\\, "quoted" ' + "Ә" * 60
    service.replace_from_document(
        replace(
            plan,
            sessions=tuple(
                replace(s, title=title) if s.id == "s-press" else s for s in plan.sessions
            ),
        )
    )
    export_calendar(service, tmp_path / "kz.ics", delegation="kz", now=T0)
    caldav.put("/officer/kz/", (tmp_path / "kz.ics").read_bytes())
    served = caldav.get("/officer/kz/")
    events = read_events(served)
    press = events[ical.item_uid(plan.event.id, "s-press")]
    assert press["summary"] == ical.single_line(title)
    lines = served.decode("utf-8").replace("\r\n ", "").split("\r\n")
    assert not [line for line in lines if line.startswith("ATTENDEE")]


def test_server_takes_each_invitation_then_its_update_and_cancellation(
    caldav: CalDav, service: PlanService, tmp_path: Path
) -> None:
    caldav.make_calendar("/officer/invitations/")
    write_invitations(service, tmp_path / "1", now=T0)
    first = sorted((tmp_path / "1").glob("*.ics"))
    assert first
    for path in first:
        assert caldav.put(f"/officer/invitations/{quote(path.name)}", path.read_bytes()) == 201
    plan = service.plan
    dinner = plan.placement_by_item["s-dinner"]
    service.move("s-dinner", times.add_minutes(dinner.start, -30), dinner.venue)
    service.unplace("s-closing")
    write_invitations(service, tmp_path / "2", now=T0 + timedelta(days=1))
    second = sorted((tmp_path / "2").glob("*.ics"))
    # The update and the cancellation replace the resources stored under the first names.
    assert {p.name for p in second} <= {p.name for p in first} and len(second) == 2
    for path in second:
        assert caldav.put(f"/officer/invitations/{quote(path.name)}", path.read_bytes()) == 204
    served = read_events(caldav.get("/officer/invitations/"))
    assert len(served) == len(first)
    moved = served[ical.item_uid(plan.event.id, "s-dinner")]
    assert moved["sequence"] == 1
    assert moved["start"] == times.add_minutes(dinner.start, -30).astimezone(UTC)
    closing = served[ical.item_uid(plan.event.id, "s-closing")]
    assert (closing["status"], closing["sequence"]) == ("CANCELLED", 1)
