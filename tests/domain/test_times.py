"""Time zones from the tz database, wall times and elapsed minutes."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from planner.domain import times


def test_almaty_was_utc_plus_6_in_2021_and_is_plus_5_since_march_2024() -> None:
    almaty = times.zone("Asia/Almaty")
    assert datetime(2021, 10, 11, 10, 0, tzinfo=almaty).utcoffset() == timedelta(hours=6)
    assert datetime(2024, 2, 28, 10, 0, tzinfo=almaty).utcoffset() == timedelta(hours=6)
    assert datetime(2024, 3, 2, 10, 0, tzinfo=almaty).utcoffset() == timedelta(hours=5)


@pytest.mark.parametrize(
    "name", ["", "Mars/Olympus", "../../etc/passwd", "/etc/localtime", "Asia", "Asia/", "UTC+6"]
)
def test_unknown_zone_names_are_refused(name: str) -> None:
    assert not times.is_known_zone(name)
    with pytest.raises(times.UnknownTimezoneError):
        times.zone(name)


def test_a_wall_time_stored_before_a_tz_change_keeps_its_wall_time() -> None:
    # Written when Almaty was still +06:00 for 2025; read with today's rules (+05:00).
    value = times.parse_stored("2025-10-11T10:00:00+06:00", times.zone("Asia/Almaty"))
    assert (value.hour, value.minute) == (10, 0)
    assert value.utcoffset() == timedelta(hours=5)


def test_stored_offset_picks_the_repeated_hour_of_a_dst_fold() -> None:
    brussels = times.zone("Europe/Brussels")
    first = times.parse_stored("2021-10-31T02:30:00+02:00", brussels)
    second = times.parse_stored("2021-10-31T02:30:00+01:00", brussels)
    assert times.minutes(second) - times.minutes(first) == 60
    assert times.format_datetime(second, brussels) == "2021-10-31T02:30:00+01:00"


def test_imported_instants_are_converted_to_the_event_zone() -> None:
    almaty = times.zone("Asia/Almaty")
    value = times.parse_datetime("2021-10-11T04:00:00Z", almaty)
    assert times.format_datetime(value, almaty) == "2021-10-11T10:00:00+06:00"
    wall = times.parse_datetime("2021-10-11T10:00", almaty)
    assert times.format_datetime(wall, almaty) == "2021-10-11T10:00:00+06:00"


def test_add_minutes_counts_elapsed_time_across_dst() -> None:
    new_york = times.zone("America/New_York")
    start = datetime(2021, 11, 7, 0, 30, tzinfo=new_york)
    later = times.add_minutes(start, 180)
    assert times.minutes(later) - times.minutes(start) == 180
    assert (later.hour, later.minute) == (2, 30)


@pytest.mark.parametrize("text", ["9:00", "24:00", "12:60", "noon", "12:00:00"])
def test_clock_rejects_malformed_times(text: str) -> None:
    with pytest.raises(ValueError, match=r"HH:MM|not a time|hour|minute"):
        times.parse_clock(text)
