"""iCalendar writing: read back by two independent parsers (tests.calendar_files)."""

from __future__ import annotations

import email
import email.policy
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain import times
from planner.domain.model import (
    BilateralRequest,
    Delegation,
    DelegationKind,
    Person,
    Placement,
    Plan,
    Rank,
    RequestStatus,
    Role,
    Session,
    SessionKind,
)
from planner.errors import NotFoundError
from planner.export import ical
from tests.calendar_files import read_events

NOW = datetime(2021, 10, 1, 9, 0, tzinfo=UTC)


# Helpers ------------------------------------------------------------------------


def _lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    return data[:-2].split(b"\r\n")


def _assert_well_formed(data: bytes) -> None:
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")
    for line in _lines(data):
        assert len(line) <= ical.FOLD_OCTETS
        line.decode("utf-8")  # a fold never splits a character


def _render(plan: Plan, method: ical.Method = ical.Method.PUBLISH) -> bytes:
    entries = ical.build_entries(plan)
    published = [
        ical.Published(e, ical.item_uid(plan.event.id, e.item), 0) for e in entries.values()
    ]
    header = ical.CalendarHeader(
        method,
        plan.event.timezone,
        name=plan.event.name,
        organizer=plan.event.organizer,
        span=(plan.event.start_date, plan.event.end_date),
    )
    return ical.render(published, header, NOW)


# Text, folding, UIDs ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain", "plain"),
        ("a, b; c", "a\\, b\\; c"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines", "two\\nlines"),
        ("crlf\r\nATTENDEE:mailto:x@y.z", "crlf\\nATTENDEE:mailto:x@y.z"),
        ("bare\rcr", "bare\\ncr"),
        ("bell\x07 and nul\x00", "bell and nul"),
        ("tab\tkept", "tab\tkept"),
        ("line\u2028separator", "line\\nseparator"),
    ],
)
def test_escape_text_leaves_no_line_break_or_separator(text: str, escaped: str) -> None:
    assert ical.escape_text(text) == escaped


@pytest.mark.parametrize(
    ("name", "quoted"),
    [
        ("Mukhtar Tileuberdi", '"Mukhtar Tileuberdi"'),
        ("Doe, John: Jr.; MP", '"Doe, John: Jr.; MP"'),
        ('Say "hi"', "\"Say ^'hi^'\""),
        ("caret ^ here", '"caret ^^ here"'),
        ("two\r\nlines", '"two lines"'),
    ],
)
def test_quote_parameter_keeps_separators_inside_quotes(name: str, quoted: str) -> None:
    assert ical.quote_parameter(name) == quoted


@pytest.mark.parametrize(
    "value",
    [
        "x" * 300,
        "Қасым-Жомарт Тоқаев " * 20,
        "中华人民共和国外交部部长" * 15,
        "🇰🇿🏛️" * 40,
        "a" + "é" * 200,
        "ab" + "ह" * 100,
    ],
)
def test_fold_keeps_lines_within_75_octets_and_characters_whole(value: str) -> None:
    folded = ical.fold(f"SUMMARY:{value}")
    lines = _lines(folded)
    assert all(len(line) <= 75 for line in lines)
    assert all(line.startswith(b" ") for line in lines[1:])
    pieces = [lines[0].decode("utf-8")] + [line[1:].decode("utf-8") for line in lines[1:]]
    assert "".join(pieces) == f"SUMMARY:{value}"


_ESCAPED_NEAR_FOLDS = st.tuples(
    st.integers(min_value=0, max_value=2 * ical.FOLD_OCTETS),
    st.lists(
        st.sampled_from(["\\", ",", ";", "\n", "\r\n", "a", " ", "é", "ह", "中", "🇰🇿"]),
        max_size=120,
    ),
)


def _fold_points(lines: list[bytes]) -> list[int]:
    """Where in the unfolded line each continuation line starts."""
    points, position = [], len(lines[0])
    for line in lines[1:]:
        points.append(position)
        position += len(line) - 1
    return points


@given(_ESCAPED_NEAR_FOLDS)
@settings(max_examples=400, deadline=None)
def test_fold_never_parts_a_backslash_from_what_it_escapes(
    text: tuple[int, list[str]],
) -> None:
    padding, pieces = text
    value = "x" * padding + "".join(pieces)
    line = f"DESCRIPTION:{ical.escape_text(value)}"
    lines = _lines(ical.fold(line))
    unfolded = b"".join([lines[0], *(physical[1:] for physical in lines[1:])])
    assert unfolded == line.encode("utf-8")
    assert all(len(physical) <= ical.FOLD_OCTETS for physical in lines)
    assert all(physical.startswith(b" ") for physical in lines[1:])
    for physical in lines:
        physical.decode("utf-8")  # no fold inside a UTF-8 sequence
    for point in _fold_points(lines):
        backslashes = len(unfolded[:point]) - len(unfolded[:point].rstrip(b"\\"))
        assert backslashes % 2 == 0, f"a fold parts an escape at octet {point}"
    read = icalendar.Event.from_ical(f"BEGIN:VEVENT\r\n{line}\r\nEND:VEVENT\r\n")
    assert str(read["description"]) == value.replace("\r\n", "\n")


@pytest.mark.parametrize("offset", range(60, 80))
def test_fold_at_an_escape_moves_the_backslash_to_the_next_line(offset: int) -> None:
    line = "DESCRIPTION:" + "x" * (offset - len("DESCRIPTION:")) + "\\, and \\n more" + "y" * 80
    lines = _lines(ical.fold(line))
    assert not any(physical.endswith(b"\\") for physical in lines)
    assert b"".join([lines[0], *(physical[1:] for physical in lines[1:])]) == line.encode()


@pytest.mark.parametrize(
    ("event", "item", "uid"),
    [
        ("cica-mfa-2021", "s-plenary", "s-plenary@cica-mfa-2021.summit-planner"),
        ("ev", "br 1/2", "br%201%2F2@ev.summit-planner"),
        ("ev", "a@b", "a%40b@ev.summit-planner"),
        ("ev", "Қ\nx", "%D2%9A%0Ax@ev.summit-planner"),
    ],
)
def test_item_uid_is_plain_ascii_and_from_ids_only(event: str, item: str, uid: str) -> None:
    assert ical.item_uid(event, item) == uid


# The sample plan ------------------------------------------------------------------


def test_sample_calendar_holds_every_placement_at_its_instant(cica: Plan) -> None:
    data = _render(cica)
    _assert_well_formed(data)
    events = read_events(data)
    assert len(events) == len(cica.schedule)
    for placement in cica.schedule:
        event = events[ical.item_uid(cica.event.id, placement.item)]
        assert event["start"] == placement.start.astimezone(UTC)
        assert event["end"] == cica.end_of(placement).astimezone(UTC)
        assert event["status"] == "CONFIRMED"
    text = data.decode("utf-8")
    assert "METHOD:PUBLISH" in text
    assert "DTSTART;TZID=Asia/Almaty:20211011T190000" in text
    assert "ATTENDEE" not in text  # a published calendar invites nobody (RFC 5546)


def test_sample_calendar_vtimezone_says_utc_plus_6_in_2021(cica: Plan) -> None:
    timezone = icalendar.Calendar.from_ical(_render(cica)).walk("VTIMEZONE")[0]
    assert str(timezone["tzid"]) == "Asia/Almaty"
    offsets = {str(part["tzoffsetto"].to_ical()) for part in timezone.walk("STANDARD")}
    assert offsets == {"+0600"}


def test_location_description_and_categories(cica: Plan) -> None:
    events = read_events(_render(cica))
    video = events[ical.item_uid(cica.event.id, "s-video")]
    assert video["location"] == "Main Conference Hall, Palace of Independence, Nur-Sultan"
    first, remote = video["description"].split("\n")
    assert first.startswith("For all delegations in town (45): Kazakhstan, Mongolia, ")
    assert first.endswith(", Eurasian Economic Commission")
    assert remote == "Joining remotely by video link: H.E. 王毅 (China)"
    calendar = icalendar.Calendar.from_ical(_render(cica))
    kinds = {str(e["uid"]): e["categories"].cats for e in calendar.walk("VEVENT")}
    assert kinds[ical.item_uid(cica.event.id, "s-dinner")] == ["Meal"]
    assert kinds[ical.item_uid(cica.event.id, "s-video")] == ["Plenary"]


def test_dtstamp_comes_from_the_injected_clock(cica: Plan) -> None:
    calendar = icalendar.Calendar.from_ical(_render(cica))
    assert {e.decoded("dtstamp") for e in calendar.walk("VEVENT")} == {NOW}


def test_render_refuses_a_naive_clock(cica: Plan) -> None:
    entry = next(iter(ical.build_entries(cica).values()))
    header = ical.CalendarHeader(ical.Method.PUBLISH, cica.event.timezone)
    with pytest.raises(ValueError, match="aware"):
        ical.render([ical.Published(entry, "u", 0)], header, datetime(2021, 1, 1))


# Time zones -----------------------------------------------------------------------


def _entry_at(zone_name: str, wall: datetime, fold: int = 0, minutes: int = 60) -> ical.Entry:
    tz = times.zone(zone_name)
    start = wall.replace(tzinfo=tz, fold=fold).astimezone(UTC).astimezone(tz)
    return ical.Entry(
        item="i",
        summary="Meeting",
        start=start,
        end=times.add_minutes(start, minutes),
        location="Hall",
        venue="v",
        category="Plenary",
        details=("d",),
        delegations=(),
    )


ZONE_CASES = [
    ("Asia/Almaty", datetime(2021, 10, 11, 10, 0), 0, "2021-10-11T04:00"),
    ("Asia/Almaty", datetime(2025, 5, 5, 10, 0), 0, "2025-05-05T05:00"),
    ("Asia/Almaty", datetime(2024, 2, 29, 23, 30), 0, "2024-02-29T17:30"),
    ("Europe/Berlin", datetime(2021, 3, 28, 1, 30), 0, "2021-03-28T00:30"),
    ("Europe/Berlin", datetime(2021, 3, 28, 3, 30), 0, "2021-03-28T01:30"),
    ("Europe/Berlin", datetime(2021, 10, 31, 2, 30), 0, "2021-10-31T00:30"),
    ("Europe/Berlin", datetime(2021, 10, 31, 2, 30), 1, "2021-10-31T01:30"),
    ("America/New_York", datetime(2024, 11, 3, 1, 30), 0, "2024-11-03T05:30"),
    ("America/New_York", datetime(2024, 11, 3, 1, 30), 1, "2024-11-03T06:30"),
    ("America/New_York", datetime(2026, 9, 22, 9, 0), 0, "2026-09-22T13:00"),
    ("Europe/Dublin", datetime(2022, 1, 10, 9, 0), 0, "2022-01-10T09:00"),
    ("Europe/Dublin", datetime(2022, 7, 10, 9, 0), 0, "2022-07-10T08:00"),
    ("Australia/Lord_Howe", datetime(2022, 4, 3, 1, 45), 1, "2022-04-02T15:15"),
    ("Asia/Kathmandu", datetime(2022, 4, 3, 9, 0), 0, "2022-04-03T03:15"),
    ("Africa/Casablanca", datetime(2023, 3, 26, 10, 0), 0, "2023-03-26T10:00"),
    ("Pacific/Apia", datetime(2011, 12, 31, 10, 0), 0, "2011-12-30T20:00"),
    ("UTC", datetime(2022, 4, 3, 9, 0), 0, "2022-04-03T09:00"),
]


REPEATED_WALL_TIMES = {
    ("Asia/Almaty", datetime(2024, 2, 29, 23, 30)),  # to +05 at midnight on 1 March 2024
    ("Europe/Berlin", datetime(2021, 10, 31, 2, 30)),
    ("America/New_York", datetime(2024, 11, 3, 1, 30)),
    ("Australia/Lord_Howe", datetime(2022, 4, 3, 1, 45)),
}
"""The cases whose wall time the clocks show twice (the hour when they go back)."""


@pytest.mark.parametrize(("zone_name", "wall", "fold", "utc"), ZONE_CASES)
def test_both_parsers_read_the_instant_in_every_zone(
    zone_name: str, wall: datetime, fold: int, utc: str
) -> None:
    entry = _entry_at(zone_name, wall, fold)
    header = ical.CalendarHeader(ical.Method.PUBLISH, zone_name)
    data = ical.render([ical.Published(entry, "u@x", 0)], header, NOW)
    _assert_well_formed(data)
    event = read_events(data)["u@x"]
    assert event["start"] == datetime.fromisoformat(utc).replace(tzinfo=UTC)
    assert event["end"] - event["start"] == timedelta(minutes=60)
    text = data.decode("utf-8")
    assert f"\r\nTZID:{zone_name}\r\n" in text
    if (zone_name, wall) in REPEATED_WALL_TIMES:  # written in UTC: readers differ on the pass
        expected = f"DTSTART:{datetime.fromisoformat(utc):%Y%m%dT%H%M%S}Z"
    else:
        expected = f"DTSTART;TZID={zone_name}:{wall:%Y%m%dT%H%M%S}"
    assert f"\r\n{expected}\r\n" in text


@pytest.mark.parametrize(
    ("year", "offset"), [(2021, "+0600"), (2023, "+0600"), (2024, "+0500"), (2025, "+0500")]
)
def test_almaty_offset_follows_the_tz_database(year: int, offset: str) -> None:
    entry = _entry_at("Asia/Almaty", datetime(year, 5, 10, 10, 0))
    header = ical.CalendarHeader(ical.Method.PUBLISH, "Asia/Almaty")
    text = ical.render([ical.Published(entry, "u", 0)], header, NOW).decode("utf-8")
    assert f"TZOFFSETTO:{offset}" in text
    assert "TZID=Asia/Almaty:" in text  # never an abbreviation, never floating


@pytest.mark.parametrize(
    ("zone_name", "wall", "fold", "line"),
    [
        ("Europe/Berlin", datetime(2021, 10, 31, 2, 30), 1, "DTSTART:20211031T013000Z"),
        ("Europe/Berlin", datetime(2021, 10, 31, 2, 30), 0, "DTSTART:20211031T003000Z"),
        ("America/New_York", datetime(2024, 11, 3, 1, 30), 0, "DTSTART:20241103T053000Z"),
        (
            "Europe/Berlin",
            datetime(2021, 10, 31, 3, 0),
            0,
            "DTSTART;TZID=Europe/Berlin:20211031T030000",
        ),
        (
            "Europe/Berlin",
            datetime(2021, 10, 31, 1, 45),
            0,
            "DTSTART;TZID=Europe/Berlin:20211031T014500",
        ),
    ],
)
def test_a_wall_time_that_names_two_instants_is_written_in_utc(
    zone_name: str, wall: datetime, fold: int, line: str
) -> None:
    entry = _entry_at(zone_name, wall, fold=fold)
    header = ical.CalendarHeader(ical.Method.PUBLISH, zone_name)
    text = ical.render([ical.Published(entry, "u", 0)], header, NOW).decode("utf-8")
    assert f"\r\n{line}\r\n" in text


def test_vtimezone_lists_the_change_inside_the_span() -> None:
    lines = ical.vtimezone(
        times.zone("Europe/Berlin"),
        "Europe/Berlin",
        datetime(2021, 3, 20).date(),
        datetime(2021, 4, 3).date(),
    )
    assert "BEGIN:DAYLIGHT" in lines
    assert "DTSTART:20210328T020000" in lines  # 02:00 CET, the wall time before the change
    assert lines.count("TZOFFSETTO:+0200") == 1


# Hostile text -----------------------------------------------------------------------


def _hostile(cica: Plan) -> Plan:
    title = 'Talks\r\nATTENDEE:mailto:intruder@example.org\nEND:VEVENT;, "x" \\ \x07'
    long_name = "Жәңгір Өтеғалиұлы" * 12
    people = list(cica.people)
    heads = {p.delegation: i for i, p in enumerate(people) if p.role is Role.HEAD}
    people[heads["kz"]] = replace(
        people[heads["kz"]],
        given_name='Ақан "The Chair"; Jr., ^',
        family_name="Рахметуллин:\nBEGIN:VALARM",
        email="head.kz@example.org",
    )
    people[heads["ru"]] = replace(
        people[heads["ru"]], given_name=long_name, email="head.ru@example.org"
    )
    request = BilateralRequest("br-x", "ru", "kz", 45, 1, status=RequestStatus.AGREED)
    session = replace(cica.session_by_id["s-press"], title=title)
    sessions = tuple(session if s.id == "s-press" else s for s in cica.sessions)
    start = cica.placement_by_item["s-som"].start
    schedule = (*cica.schedule, Placement("br-x", times.add_minutes(start, 600), "v-hod"))
    return replace(
        cica,
        people=tuple(people),
        sessions=sessions,
        requests=(*cica.requests, request),
        schedule=schedule,
    )


def test_no_value_can_add_a_property(cica: Plan) -> None:
    plan = _hostile(cica)
    data = _render(plan, ical.Method.REQUEST)
    _assert_well_formed(data)
    events = read_events(data)
    press = events[ical.item_uid(plan.event.id, "s-press")]
    assert press["summary"].startswith("Talks ATTENDEE:mailto:intruder@example.org END:VEVENT;")
    assert all("intruder" not in a for a in press["attendees"])
    bilateral = events[ical.item_uid(plan.event.id, "br-x")]
    assert bilateral["attendees"] == ["head.kz@example.org", "head.ru@example.org"]
    assert 'H.E. Ақан "The Chair"; Jr., ^ Рахметуллин: BEGIN:VALARM' in bilateral["cn"]
    calendar = icalendar.Calendar.from_ical(data)
    assert not calendar.walk("VALARM")
    assert len(calendar.walk("VEVENT")) == len(plan.schedule)
    unfolded = data.replace(b"\r\n ", b"").decode("utf-8")
    starts = [line.split(":", 1)[0].split(";", 1)[0] for line in unfolded.split("\r\n")]
    assert starts.count("ATTENDEE") == sum(len(e["attendees"]) for e in events.values())
    assert starts.count("END") == starts.count("BEGIN")


# Entries and scopes ------------------------------------------------------------------


def test_bilateral_invites_both_heads_and_host_head_chairs_sessions(cica: Plan) -> None:
    plan = _hostile(cica)
    entries = ical.build_entries(plan)
    bilateral = entries["br-x"]
    assert {a.person for a in bilateral.attendees} == {
        plan.head_of("ru").id,  # type: ignore[union-attr]
        plan.head_of("kz").id,  # type: ignore[union-attr]
    }
    assert {a.role for a in bilateral.attendees} == {ical.AttendeeRole.REQUIRED}
    roles = {a.person: a.role for a in entries["s-plenary"].attendees}
    assert roles[plan.head_of("kz").id] is ical.AttendeeRole.CHAIR  # type: ignore[union-attr]
    assert roles[plan.head_of("ru").id] is ical.AttendeeRole.REQUIRED  # type: ignore[union-attr]


def test_delegation_scope_has_sessions_for_all_only_while_present(cica: Plan) -> None:
    dinner = cica.placement_by_item["s-dinner"]
    delegation = cica.delegation_by_id["ru"]
    early = replace(delegation, departure=times.add_minutes(dinner.start, -60))
    plan = replace(cica, delegations=tuple(early if d.id == "ru" else d for d in cica.delegations))
    entries = ical.build_entries(plan)
    ru = ical.select(plan, entries, ical.scope_for(plan, delegation="ru"))
    kz = ical.select(plan, entries, ical.scope_for(plan, delegation="kz"))
    assert "s-dinner" not in ru
    assert "s-dinner" in kz
    assert "s-press" in kz and "s-press" not in ru


def test_venue_and_person_scopes(cica: Plan) -> None:
    entries = ical.build_entries(cica)
    hall = ical.select(cica, entries, ical.scope_for(cica, venue="v-akorda"))
    assert hall and all(e.venue == "v-akorda" for e in hall.values())
    chinese = ical.select(cica, entries, ical.scope_for(cica, person="p-cn-1"))
    assert "s-video" in chinese


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"delegation": "xx"}, "delegation"),
        ({"person": "p-x"}, "person"),
        ({"venue": "v"}, "venue"),
    ],
)
def test_unknown_filter_id_is_named(cica: Plan, kwargs: dict[str, str], name: str) -> None:
    with pytest.raises(NotFoundError, match=f"no {name} with id"):
        ical.scope_for(cica, **kwargs)


def test_home_time_is_shown_only_where_it_differs(cica: Plan) -> None:
    entry = ical.build_entries(cica)["s-dinner"]
    russia = ical.home_zone(cica, ical.scope_for(cica, delegation="ru"))
    kazakhstan = ical.home_zone(cica, ical.scope_for(cica, delegation="kz"))
    assert ical.home_time_line(entry, russia) == (
        "Home time for Russia (Europe/Moscow): 11 Oct 16:00–18:00"
    )
    assert ical.home_time_line(entry, kazakhstan) is None


def test_fingerprint_changes_with_what_a_recipient_sees_only(cica: Plan) -> None:
    entry = ical.build_entries(cica)["s-dinner"]
    assert entry.fingerprint() == replace(entry).fingerprint()
    moved = replace(entry, start=times.add_minutes(entry.start, 15))
    assert moved.fingerprint() != entry.fingerprint()
    renamed = replace(entry, summary="Gala dinner")
    assert renamed.fingerprint() != entry.fingerprint()


def test_entry_json_round_trip(cica: Plan) -> None:
    entry = ical.build_entries(_hostile(cica))["br-x"]
    again = ical.entry_from_json(ical.entry_to_json(entry), cica.event.zone)
    assert again == entry
    with pytest.raises(ValueError, match="not a calendar entry"):
        ical.entry_from_json('{"item": "x"}', cica.event.zone)


def test_a_plan_with_an_unknown_person_listed_still_renders() -> None:
    tz = times.zone("Europe/Vienna")
    start = datetime(2021, 10, 30, 9, 0, tzinfo=tz)
    plan = Plan(
        event=replace(
            _small_event(), timezone="Europe/Vienna", start_date=start.date(), end_date=start.date()
        ),
        delegations=(
            Delegation(
                "at",
                "Austria",
                DelegationKind.HOST,
                start - timedelta(days=1),
                start + timedelta(days=1),
            ),
        ),
        people=(Person("p1", "at", "Anna", "Gruber", Rank.MINISTER, Role.HEAD, email="a@b.at"),),
        sessions=(Session("s1", "Talks", SessionKind.PLENARY, 60, ("at",), people=("ghost",)),),
        schedule=(Placement("s1", start, "hall"),),
    )
    events = read_events(_render(plan, ical.Method.REQUEST))
    (event,) = events.values()
    assert event["attendees"] == ["a@b.at"]
    assert event["location"] == "hall, Vienna"


def _small_event() -> Any:
    from planner.domain.model import Event

    return Event(
        id="ev",
        name="Working meeting",
        city="Vienna",
        timezone="Europe/Vienna",
        start_date=datetime(2021, 10, 30).date(),
        end_date=datetime(2021, 10, 30).date(),
        day_start=datetime(2021, 1, 1, 8).time(),
        day_end=datetime(2021, 1, 1, 20).time(),
        slot_minutes=15,
        changeover_minutes=20,
    )


# E-mail drafts -----------------------------------------------------------------------


def test_email_draft_carries_the_invitation_byte_for_byte(cica: Plan) -> None:
    data = _render(cica, ical.Method.REQUEST)
    draft = ical.email_draft(
        data,
        method=ical.Method.REQUEST,
        sender=ical.Recipient("Protocol, CICA", "protocol@example.org"),
        recipients=[ical.Recipient('Ерлан "Deputy" Сәрсенбаев', "deputy.kz@example.org")],
        subject="Invitation: dinner\r\nBcc: intruder@example.org",
        body="Dear colleagues,\nplease find attached.",
        now=NOW,
    )
    message = email.message_from_bytes(draft, policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    assert message["Bcc"] is None
    assert "intruder" in message["Subject"]  # kept as text of the subject, not a header
    assert message["To"].addresses[0].addr_spec == "deputy.kz@example.org"
    assert message["To"].addresses[0].display_name == 'Ерлан "Deputy" Сәрсенбаев'
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content_type() == "text/calendar"
    assert attachment.get_param("method") == "REQUEST"
    assert attachment.get_param("charset") == "utf-8"
    assert attachment.get_payload(decode=True) == data
