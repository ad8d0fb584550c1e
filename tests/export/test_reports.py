"""The report model: what each printout lists, in which order, and its errors."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from planner.domain import times
from planner.domain.model import Person, Plan, Rank, Role
from planner.domain.precedence import order_of_precedence
from planner.errors import NotFoundError, ValidationError
from planner.export.reports import (
    REPORT_KINDS,
    build_report,
    clock_range,
    display_name,
    format_dates,
    format_day,
)


def test_report_roster_lists_delegations_in_the_order_of_precedence(cica: Plan) -> None:
    report = build_report(cica, "roster")
    expected = [
        f"{place}. {cica.delegation_name(d.id)}"
        for place, d in enumerate(order_of_precedence(cica), 1)
    ]
    assert "11. Turkey" in expected
    assert [section.heading for section in report.sections] == expected
    assert report.heading_line == "Roster of delegations · Nur-Sultan · 11–12 October 2021"


def test_report_roster_puts_the_head_first_then_members_grouped_by_role(cica: Plan) -> None:
    kazakhstan = build_report(cica, "roster", delegation="kz").sections[0]
    rows = kazakhstan.tables[0].rows
    assert rows[0].cells[:2] == ("Head of delegation", "H.E. Ақан Рахметуллин")
    assert rows[0].emphasis and not any(row.emphasis for row in rows[1:])
    labels = [row.cells[0] for row in rows if row.cells[0]]
    assert labels == [
        "Head of delegation",
        "Deputy head",
        "Member",
        "Adviser",
        "Security",
        "Press",
        "Liaison officer",
    ]
    assert len(rows) == len(cica.people_by_delegation["kz"])
    assert kazakhstan.subtitle == "Host · 10 people"


def test_report_roster_marks_people_joining_by_video_link(cica: Plan) -> None:
    china = build_report(cica, "roster", delegation="cn").sections[0]
    assert china.tables[0].rows[0].cells[:2] == (
        "Head of delegation · by video link",
        "H.E. 王毅",
    )


@pytest.mark.parametrize(
    ("given", "family", "honorific", "expected"),
    [
        ("毅", "王", "H.E.", "H.E. 王毅"),
        ("지훈", "서", None, "서지훈"),
        ("健一", "中村", None, "中村健一"),
        ("Sergey", "Lavrov", "H.E.", "H.E. Sergey Lavrov"),
        ("فرید", "نصیری", None, "فرید نصیری"),
        ("Wei", "王", None, "Wei 王"),
    ],
)
def test_display_name_writes_east_asian_names_family_first(
    given: str, family: str, honorific: str | None, expected: str
) -> None:
    person = Person("p", "d", given, family, Rank.OFFICIAL, Role.MEMBER, honorific=honorific)
    assert display_name(person) == expected


def test_report_finds_a_delegation_by_english_name_too(cica: Plan) -> None:
    report = build_report(cica, "programme", delegation="united states")
    assert [section.heading for section in report.sections] == ["United States"]


@pytest.mark.parametrize("what", REPORT_KINDS)
def test_report_refuses_an_unknown_delegation_and_names_it(cica: Plan, what: str) -> None:
    with pytest.raises(NotFoundError, match="'atlantis'"):
        build_report(cica, what, delegation="atlantis")


@pytest.mark.parametrize("what", ["programme", "daily", "venues"])
def test_report_refuses_a_day_outside_the_event(cica: Plan, what: str) -> None:
    with pytest.raises(ValidationError, match=r"2021-10-13 is not a day of the event"):
        build_report(cica, what, day=date(2021, 10, 13))


def test_report_refuses_a_day_for_the_roster_and_unknown_reports(cica: Plan) -> None:
    with pytest.raises(ValidationError, match="leave out the day"):
        build_report(cica, "roster", day=date(2021, 10, 11))
    with pytest.raises(ValidationError, match="unknown report 'badges'"):
        build_report(cica, "badges")


def test_report_programme_is_in_time_order_with_home_time_where_it_differs(cica: Plan) -> None:
    section = build_report(cica, "programme", delegation="us").sections[0]
    assert [table.caption for table in section.tables] == [
        "Monday 11 October 2021",
        "Tuesday 12 October 2021",
    ]
    first_day = section.tables[0]
    assert first_day.columns == ("Time", "Home time (New York)", "Item", "Venue", "Building")
    assert first_day.rows[0].cells[:2] == ("15:00–16:00", "05:00–06:00")
    assert first_day.rows[0].cells[3:] == ("Hall of Delegations", "Palace of Independence")
    # 09:30 in Nur-Sultan on the 12th is 23:30 on the 11th in New York.
    assert section.tables[1].rows[0].cells[1] == "11 Oct 23:30–00:30 (ends 12 Oct)"
    for table in section.tables:
        clock = [row.cells[0][:5] for row in table.rows]
        assert clock == sorted(clock)


def test_report_programme_has_no_home_time_when_the_zone_matches(cica: Plan) -> None:
    section = build_report(cica, "programme", delegation="kz").sections[0]
    assert all("Home time" not in " ".join(table.columns) for table in section.tables)
    assert section.lines == (
        "Head of delegation: H.E. Ақан Рахметуллин, Deputy Minister of Foreign Affairs, "
        "Acting Minister of Foreign Affairs",
        "In town: 11 Oct 07:00 – 12 Oct 23:59",
    )


def test_report_programme_of_every_delegation_starts_each_on_a_new_page(cica: Plan) -> None:
    sections = build_report(cica, "programme").sections
    assert len(sections) == len(cica.delegations)
    assert [section.new_page for section in sections] == [False] + [True] * (len(sections) - 1)


def test_report_programme_says_so_when_nothing_is_placed(cica: Plan) -> None:
    empty = replace(cica, schedule=())
    section = build_report(empty, "programme", delegation="kz", day=date(2021, 10, 11)).sections[0]
    assert section.tables == ()
    assert section.note == "Nothing is placed for this delegation on Monday 11 October 2021."


def test_report_daily_lists_one_day_by_time_and_venue(cica: Plan) -> None:
    report = build_report(cica, "daily", day=date(2021, 10, 12))
    (section,) = report.sections
    assert section.heading == "Tuesday 12 October 2021"
    rows = section.tables[0].rows
    placed_that_day = [
        p for p in cica.schedule if p.start.astimezone(cica.event.zone).date() == date(2021, 10, 12)
    ]
    assert len(rows) == len(placed_that_day)
    assert [row.cells[0][:5] for row in rows] == sorted(row.cells[0][:5] for row in rows)
    assert rows[0].cells[1:3] == ("Ceremonial Hall", "Akorda Presidential Palace")
    assert report.notes == (
        "Times are local to Nur-Sultan (Asia/Almaty, UTC+06:00 on 11 October 2021).",
    )


def test_report_daily_without_a_day_gives_each_day_its_page(cica: Plan) -> None:
    sections = build_report(cica, "daily").sections
    assert [section.heading for section in sections] == [
        "Monday 11 October 2021",
        "Tuesday 12 October 2021",
    ]
    assert [section.new_page for section in sections] == [False, True]


def test_report_door_sheets_have_one_page_per_venue_per_day(cica: Plan) -> None:
    sections = build_report(cica, "venues").sections
    used = {(p.venue, p.start.astimezone(cica.event.zone).date()) for p in cica.schedule}
    assert len(sections) == len(used)
    assert all(section.prominent for section in sections)
    assert [section.new_page for section in sections] == [False] + [True] * (len(sections) - 1)
    main_hall = [s for s in sections if s.heading == "Main Conference Hall"]
    assert main_hall[0].subtitle == "Palace of Independence · Tuesday 12 October 2021"
    assert main_hall[0].tables[0].rows[0].cells[2] == "All delegations (45 present)"


def test_report_door_sheets_list_named_delegations_in_precedence_order(cica: Plan) -> None:
    sections = build_report(cica, "venues", day=date(2021, 10, 11)).sections
    hall = next(s for s in sections if s.heading == "Hall of Delegations")
    listed = hall.tables[0].rows[0].cells[2].split(", ")
    places = {cica.delegation_name(d.id): i for i, d in enumerate(order_of_precedence(cica))}
    assert listed[0] == "Kazakhstan"
    assert [places[name] for name in listed] == sorted(places[name] for name in listed)


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        (date(2021, 10, 11), date(2021, 10, 12), "11–12 October 2021"),
        (date(2021, 10, 11), date(2021, 10, 11), "11 October 2021"),
        (date(2021, 9, 30), date(2021, 10, 2), "30 September – 2 October 2021"),
        (date(2021, 12, 31), date(2022, 1, 1), "31 December 2021 – 1 January 2022"),
    ],
)
def test_format_dates_writes_spans_as_invitations_do(
    first: date, last: date, expected: str
) -> None:
    assert format_dates(first, last) == expected


def test_format_day_is_english_whatever_the_locale() -> None:
    assert format_day(date(2021, 10, 11)) == "Monday 11 October 2021"


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Asia/Almaty", "10:00–11:30"),
        ("Asia/Kolkata", "09:30–11:00"),
        ("America/New_York", "00:00–01:30"),
        ("America/Chicago", "10 Oct 23:00–00:30 (ends 11 Oct)"),
        ("America/Los_Angeles", "10 Oct 21:00–22:30"),
        ("Asia/Kathmandu", "09:45–11:15"),
    ],
)
def test_clock_range_shows_the_wall_time_of_the_zone(zone: str, expected: str) -> None:
    almaty = times.zone("Asia/Almaty")
    start = times.at(date(2021, 10, 11), times.parse_clock("10:00"), almaty)
    end = times.add_minutes(start, 90)
    assert clock_range(start, end, times.zone(zone), date(2021, 10, 11)) == expected


def test_clock_range_counts_elapsed_minutes_across_a_dst_change() -> None:
    berlin = times.zone("Europe/Berlin")
    start = times.at(date(2021, 10, 31), times.parse_clock("02:30"), berlin)
    end = times.add_minutes(start, 60)
    assert clock_range(start, end, berlin) == "02:30–02:30"
