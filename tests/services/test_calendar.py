"""Calendars and invitations across runs: UIDs kept, SEQUENCE raised, removals cancelled.

Every file written is read back with two independent parsers (icalendar and
vobject) and its instants compared with the plan's.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from planner.cli import main
from planner.domain import times
from planner.domain.model import Organizer, Plan
from planner.domain.precedence import members_in_order
from planner.errors import ExportError, NotFoundError, PlannerError
from planner.export import ical
from planner.services import PlanService, import_document, invitation_files
from planner.services import calendar as calendar_service
from planner.services.calendar import export_calendar, write_invitations
from tests.calendar_files import read_events

T0 = datetime(2021, 10, 1, 9, 0, tzinfo=UTC)
T1 = T0 + timedelta(days=1)
T2 = T0 + timedelta(days=2)


def uid(plan: Plan, item: str) -> str:
    return ical.item_uid(plan.event.id, item)


def assert_instants(plan: Plan, events: dict[str, dict[str, Any]]) -> None:
    for placement in plan.schedule:
        key = uid(plan, placement.item)
        if key in events:
            assert events[key]["start"] == placement.start.astimezone(UTC)
            assert events[key]["end"] == plan.end_of(placement).astimezone(UTC)


# The calendar -------------------------------------------------------------------------


def test_calendar_again_without_changes_is_the_same_file(
    service: PlanService, tmp_path: Path
) -> None:
    first = export_calendar(service, tmp_path / "a.ics", now=T0)
    second = export_calendar(service, tmp_path / "b.ics", now=T0)
    assert (tmp_path / "a.ics").read_bytes() == (tmp_path / "b.ics").read_bytes()
    assert first.events == second.events == len(service.plan.schedule)
    assert len(first.changed) == first.events and second.changed == ()


def test_calendar_after_changes_keeps_uids_raises_sequence_and_cancels(
    service: PlanService, tmp_path: Path
) -> None:
    export_calendar(service, tmp_path / "before.ics", now=T0)
    before = read_events((tmp_path / "before.ics").read_bytes())
    plan = service.plan
    moved = plan.placement_by_item["s-closing"]
    service.move("s-closing", times.add_minutes(moved.start, 30), moved.venue)
    service.unplace("s-lunch")
    plan = service.plan
    service.replace_from_document(plan.without_sessions({"s-photo"}))
    report = export_calendar(service, tmp_path / "after.ics", now=T1)
    after = read_events((tmp_path / "after.ics").read_bytes())
    plan = service.plan
    assert set(after) == set(before)  # nothing dropped, nothing renamed
    assert report.cancelled == 2
    assert sorted(report.changed) == ["s-closing", "s-lunch", "s-photo"]
    for item in ("s-lunch", "s-photo"):
        event = after[uid(plan, item)]
        assert event["status"] == "CANCELLED"
        assert event["sequence"] == 1
        assert event["start"] == before[uid(plan, item)]["start"]
    closing = after[uid(plan, "s-closing")]
    assert closing["sequence"] == 1 and closing["status"] == "CONFIRMED"
    assert closing["start"] - before[uid(plan, "s-closing")]["start"] == timedelta(minutes=30)
    assert after[uid(plan, "s-dinner")]["sequence"] == 0
    assert_instants(plan, after)


def test_an_item_placed_again_comes_back_with_a_higher_sequence(
    service: PlanService, tmp_path: Path
) -> None:
    placement = service.plan.placement_by_item["s-lunch"]
    export_calendar(service, tmp_path / "1.ics", now=T0)
    service.unplace("s-lunch")
    export_calendar(service, tmp_path / "2.ics", now=T1)
    service.move("s-lunch", placement.start, placement.venue)
    export_calendar(service, tmp_path / "3.ics", now=T2)
    events = read_events((tmp_path / "3.ics").read_bytes())
    lunch = events[uid(service.plan, "s-lunch")]
    assert (lunch["status"], lunch["sequence"]) == ("CONFIRMED", 2)


def test_delegation_calendar_shows_home_time_and_cancels_what_left_it(
    service: PlanService, tmp_path: Path
) -> None:
    path = tmp_path / "ru.ics"
    report = export_calendar(service, path, delegation="ru", now=T0)
    text = path.read_bytes().decode("utf-8")
    assert "Home time for Russia (Europe/Moscow)" in text.replace("\r\n ", "")
    assert report.scope == "Russia"
    plan = service.plan
    delegation = plan.delegation_by_id["ru"]
    dinner = plan.placement_by_item["s-dinner"]
    leaves = replace(delegation, departure=times.add_minutes(dinner.start, -30))
    service.replace_from_document(
        replace(plan, delegations=tuple(leaves if d.id == "ru" else d for d in plan.delegations))
    )
    export_calendar(service, path, delegation="ru", now=T1)
    events = read_events(path.read_bytes())
    assert events[uid(plan, "s-dinner")]["status"] == "CANCELLED"
    assert events[uid(plan, "s-dinner")]["sequence"] >= 1


def test_unknown_filter_writes_nothing(service: PlanService, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="'atlantis'"):
        export_calendar(service, tmp_path / "x.ics", delegation="atlantis", now=T0)
    assert not (tmp_path / "x.ics").exists()
    assert calendar_service.record_counts(service) == {"calendar_item": 0, "calendar_sent": 0}


def test_a_failed_write_records_nothing(service: PlanService, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_calendar(service, tmp_path / "missing" / "x.ics", now=T0)
    assert calendar_service.record_counts(service) == {"calendar_item": 0, "calendar_sent": 0}


def test_the_plan_file_is_never_the_output(service: PlanService, plan_path: Path) -> None:
    with pytest.raises(ExportError, match="plan file itself"):
        export_calendar(service, plan_path, now=T0)
    assert PlanService.open(plan_path).plan == service.plan


# Invitations ---------------------------------------------------------------------------


def _files(folder: Path, suffix: str = ".ics") -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob(f"*{suffix}"))}


def invitation_name(plan: Plan, item: str) -> str:
    """What an invitation file is first called: its start in the event's time, then the meeting."""
    start = plan.placement_by_item[item].start
    request = plan.request_by_id.get(item)
    what = (
        "–".join(plan.delegation_name(d) for d in request.delegations)
        if request
        else plan.session_by_id[item].title
    )
    stem = f"{start.astimezone(plan.event.zone):%Y-%m-%d %H%M} {what}"
    return f"{invitation_files.file_words(stem)}.ics"


def test_invitations_one_event_per_file_with_organizer_and_attendees(
    service: PlanService, tmp_path: Path
) -> None:
    report = write_invitations(service, tmp_path / "out", now=T0)
    files = _files(tmp_path / "out")
    assert report.requests == len(files) > 0
    plan = service.plan
    for data in files.values():
        events = read_events(data)
        assert len(events) == 1
        (event,) = events.values()
        assert event["method"] == "REQUEST"
        assert event["status"] == "CONFIRMED"
        assert event["organizer"] == "mailto:protocol@example.org"
        assert event["attendees"]
        for params in event["params"]:
            assert params["PARTSTAT"] == "NEEDS-ACTION"
            assert params["RSVP"] == "TRUE"
            assert params["ROLE"] in {"CHAIR", "REQ-PARTICIPANT", "OPT-PARTICIPANT"}
            assert params["CN"]
        assert_instants(plan, events)
    assert report.skipped == ()


def test_a_delegation_whose_head_has_no_address_is_invited_through_its_contact(
    service: PlanService, tmp_path: Path
) -> None:
    plan = service.plan
    request = next(r for r in plan.requests if r.id == "br-011")  # Kazakhstan–Israel
    heads = [plan.head_of(d) for d in request.delegations]
    assert all(head is not None and not head.email for head in heads)
    start = times.parse_datetime("2021-10-11T08:00", plan.event.zone)
    service.move("br-011", start, "v-bil-a")
    write_invitations(service, tmp_path / "out", now=T0)
    name = invitation_name(service.plan, "br-011")
    assert name == "2021-10-11 0800 Kazakhstan–Israel.ics"
    (event,) = read_events((tmp_path / "out" / name).read_bytes()).values()
    invited = set(event["attendees"])
    expected = set()
    for delegation in request.delegations:
        contact = next(p for p in members_in_order(plan, delegation) if p.email and not p.remote)
        expected.add(contact.email)
    assert invited == expected


def test_an_item_with_nobody_to_write_to_is_skipped_and_named(
    service: PlanService, tmp_path: Path
) -> None:
    plan = service.plan
    briefing = plan.session_by_id["s-briefing"]
    involved = set(briefing.delegations)
    silent = tuple(replace(p, email=None) if p.delegation in involved else p for p in plan.people)
    service.replace_from_document(replace(plan, people=silent))
    report = write_invitations(service, tmp_path / "out", now=T0)
    assert report.skipped == (
        "Briefing for observers and partner organisations on the transformation of CICA "
        "(s-briefing): no one invited has an e-mail address",
    )


def test_invitations_second_run_writes_only_changes_then_cancels(
    service: PlanService, tmp_path: Path
) -> None:
    first = write_invitations(service, tmp_path / "1", now=T0)
    again = write_invitations(service, tmp_path / "2", now=T0)
    assert again.files == () and again.unchanged == first.requests
    plan = service.plan
    closing_name = invitation_name(plan, "s-closing")
    dinner_name = invitation_name(plan, "s-dinner")
    assert {closing_name, dinner_name} <= set(_files(tmp_path / "1"))
    dinner = plan.placement_by_item["s-dinner"]
    service.move("s-dinner", times.add_minutes(dinner.start, -60), dinner.venue)
    service.unplace("s-closing")
    changed = write_invitations(service, tmp_path / "3", now=T1)
    files = _files(tmp_path / "3")
    # An update and a cancellation keep the name the item was first sent under.
    assert sorted(files) == sorted([closing_name, dinner_name])
    dinner_event = read_events(files[dinner_name])[uid(plan, "s-dinner")]
    assert (dinner_event["method"], dinner_event["sequence"]) == ("REQUEST", 1)
    assert dinner_event["start"] == times.add_minutes(dinner.start, -60).astimezone(UTC)
    closing = read_events(files[closing_name])[uid(plan, "s-closing")]
    assert (closing["method"], closing["status"], closing["sequence"]) == (
        "CANCEL",
        "CANCELLED",
        1,
    )
    assert closing["attendees"]  # the cancellation goes to those who were invited
    assert changed.cancellations == 1 and changed.requests == 1
    assert write_invitations(service, tmp_path / "4", now=T2).files == ()
    everything = write_invitations(service, tmp_path / "5", resend_all=True, now=T2)
    assert everything.requests == first.requests - 1
    assert everything.cancellations == 1


def test_a_deleted_item_is_cancelled_after_import_replace(
    service: PlanService, plan_path: Path, tmp_path: Path
) -> None:
    write_invitations(service, tmp_path / "1", now=T0)
    video_name = invitation_name(service.plan, "s-video")
    document = tmp_path / "plan.json"
    service.export_json(document)
    service.close()
    data = json.loads(document.read_text(encoding="utf-8"))
    data["sessions"] = [s for s in data["sessions"] if s["id"] != "s-video"]
    for session in data["sessions"]:
        session["after"] = [e for e in session.get("after", []) if e != "s-video"]
    data["schedule"] = [p for p in data["schedule"] if p["item"] != "s-video"]
    document.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    import_document(document, plan_path, replace_existing=True)
    reopened = PlanService.open(plan_path)
    try:
        report = write_invitations(reopened, tmp_path / "2", now=T1)
        files = _files(tmp_path / "2")
        assert list(files) == [video_name]
        event = read_events(files[video_name])[ical.item_uid("cica-mfa-2021", "s-video")]
        assert (event["method"], event["status"], event["sequence"]) == ("CANCEL", "CANCELLED", 1)
        assert report.cancellations == 1
    finally:
        reopened.close()


def test_people_taken_off_an_item_get_their_own_cancellation(
    service: PlanService, tmp_path: Path
) -> None:
    plan = service.plan
    deputy = plan.person_by_id["p-kz-3"]
    assert deputy.email == "deputy.kz@example.org"
    write_invitations(service, tmp_path / "1", now=T0)
    plan = service.plan
    service.replace_from_document(
        replace(
            plan,
            people=tuple(replace(p, email=None) if p.id == "p-kz-3" else p for p in plan.people),
        )
    )
    write_invitations(service, tmp_path / "2", now=T1)
    files = _files(tmp_path / "2")
    cancellations = {name: data for name, data in files.items() if name.endswith(".cancel.ics")}
    assert cancellations
    for data in cancellations.values():
        (event,) = read_events(data).values()
        assert event["method"] == "CANCEL"
        assert event["attendees"] == ["deputy.kz@example.org"]


def test_person_invitations_and_missing_e_mail(service: PlanService, tmp_path: Path) -> None:
    report = write_invitations(service, tmp_path / "p", person="p-kz-3", now=T0)
    assert report.requests > 0
    with pytest.raises(PlannerError, match="no valid e-mail"):
        write_invitations(service, tmp_path / "q", person="p-kz-1", now=T0)


def test_invitations_need_an_organizer_address(service: PlanService, tmp_path: Path) -> None:
    plan = service.plan
    service.replace_from_document(
        replace(plan, event=replace(plan.event, organizer=Organizer("Protocol")))
    )
    with pytest.raises(PlannerError, match="no organizer e-mail"):
        write_invitations(service, tmp_path / "out", now=T0)
    assert not (tmp_path / "out").exists()


def test_output_folder_that_is_a_file_is_refused(service: PlanService, tmp_path: Path) -> None:
    (tmp_path / "out").write_text("x")
    with pytest.raises(ExportError, match="is a file"):
        write_invitations(service, tmp_path / "out", now=T0)


def test_a_write_failing_midway_records_nothing(
    service: PlanService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = calendar_service.write_atomically
    written: list[Path] = []

    def flaky(path: Any, data: bytes) -> None:
        if len(written) == 3:
            raise ExportError(f"{path}: cannot be written (disk full)")
        written.append(Path(path))
        real(path, data)

    monkeypatch.setattr(calendar_service, "write_atomically", flaky)
    with pytest.raises(ExportError, match="disk full"):
        write_invitations(service, tmp_path / "out", now=T0)
    monkeypatch.setattr(calendar_service, "write_atomically", real)
    assert calendar_service.record_counts(service) == {"calendar_item": 0, "calendar_sent": 0}
    again = write_invitations(service, tmp_path / "out", now=T0)
    assert again.unchanged == 0 and again.requests > 3


def test_eml_drafts_attach_the_invitation(service: PlanService, tmp_path: Path) -> None:
    write_invitations(service, tmp_path / "out", delegation="kz", eml=True, now=T0)
    drafts = _files(tmp_path / "out", ".eml")
    invitations = _files(tmp_path / "out")
    assert drafts and {n.removesuffix(".eml") for n in drafts} == {
        n.removesuffix(".ics") for n in invitations
    }
    for name, raw in drafts.items():
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert message["X-Unsent"] == "1"
        (event,) = read_events(invitations[name.removesuffix(".eml") + ".ics"]).values()
        # A long subject is folded into encoded words; read back, a fold may leave two spaces.
        subject = " ".join(message["Subject"].split())
        assert re.fullmatch(
            rf"Invitation: {re.escape(event['summary'])} "
            r"\((Mon 11|Tue 12) Oct \d\d:\d\d–\d\d:\d\d Asia/Almaty \(UTC\+06:00\)\)",
            subject,
        ), subject
        addresses = [a.addr_spec for a in message["To"].addresses]
        assert addresses and all(a.endswith(".kz@example.org") for a in addresses)
        (attachment,) = list(message.iter_attachments())
        assert attachment.get_content_type() == "text/calendar"
        assert attachment.get_param("method") == "REQUEST"
        payload = attachment.get_payload(decode=True)
        assert payload == invitations[name.removesuffix(".eml") + ".ics"]


def test_invitation_file_names_are_safe_and_distinct_whatever_the_titles(
    service: PlanService,
) -> None:
    plan = service.plan
    placement = plan.placement_by_item["s-dinner"]
    start = placement.start
    titles = ["../../etc/passwd", 'a:b*c?"d"<e>|f\\g', "CON", "", "same", "same", "Dinner."]
    entries = [
        ical.Entry(f"item/{n}", title, start, start, "", placement.venue, "", (), ())
        for n, title in enumerate(titles)
    ]
    names = invitation_files.FileNames(plan, {})
    stems = [names.stem(entry) for entry in entries]
    assert len(set(stems)) == len(stems)
    assert all("/" not in s and "\\" not in s and not s.startswith(".") for s in stems)
    assert not any(set(s) & set(':*?"<>|,;') or s.endswith((".", " ")) for s in stems)
    long = ical.Entry("x", "word " * 40, start, start, "", placement.venue, "", (), ())
    assert len(names.stem(long)) <= 80 and names.stem(long).endswith("word")
    when = f"{start.astimezone(plan.event.zone):%Y-%m-%d %H%M}"
    assert stems[0] == f"{when} .. .. etc passwd"
    assert stems[1] == f"{when} a b c d e f g"
    assert stems[4] == f"{when} same" and stems[5].startswith(f"{when} same (item_5-")
    assert names.stem(entries[0]) == stems[0], "one item, one name"


# Command line ---------------------------------------------------------------------------


def test_cli_ics_and_invites(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ics", str(plan_path), str(tmp_path / "all.ics")]) == 0
    assert "wrote" in capsys.readouterr().out
    events = read_events((tmp_path / "all.ics").read_bytes())
    assert len(events) == 12
    assert main(["ics", str(plan_path), str(tmp_path / "v.ics"), "--venue", "v-akorda"]) == 0
    assert main(["invites", str(plan_path), str(tmp_path / "out"), "--eml"]) == 0
    out = capsys.readouterr().out
    assert "(REQUEST, sequence 0)" in out
    assert main(["invites", str(plan_path), str(tmp_path / "out")]) == 0
    assert "0 invitation(s) and 0 cancellation(s)" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["ics", "{plan}", "{out}/x.ics", "--delegation", "zz"], "no delegation with id 'zz'"),
        (["ics", "{plan}", "{out}/x.ics", "--person", "nobody"], "no person with id 'nobody'"),
        (["ics", "{plan}", "{out}/x.ics", "--venue", "v-moon"], "no venue with id 'v-moon'"),
        (["invites", "{plan}", "{out}/d", "--delegation", "zz"], "no delegation with id 'zz'"),
        (["ics", "{out}/none.summit", "{out}/x.ics"], "no such file"),
        (["ics", "{plan}", "{out}/no/x.ics"], "does not exist"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(
    plan_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    argv = [a.format(plan=plan_path, out=tmp_path) for a in arguments]
    assert main(argv) == 2
    error = capsys.readouterr().err
    assert message in error and "Traceback" not in error
    assert len(error.strip().splitlines()) == 1


def test_cli_filters_are_mutually_exclusive(plan_path: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["ics", str(plan_path), str(tmp_path / "x.ics"), "--delegation", "kz", "--venue", "v"])
    assert stop.value.code == 2


def test_a_plan_file_that_refuses_the_records_is_named(
    service: PlanService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    def refuse(self: object, records: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(calendar_service.SentStore, "put_sent", refuse)
    with pytest.raises(PlannerError, match="cannot record what was written"):
        export_calendar(service, tmp_path / "x.ics", now=T0)
    assert not (tmp_path / "x.ics").exists()
