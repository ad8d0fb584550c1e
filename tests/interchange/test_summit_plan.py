"""summit-plan import validation and byte-stable export."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from planner.domain.model import Plan
from planner.errors import ValidationError
from planner.interchange import dump_plan, parse_plan

Doc = dict[str, Any]


def _problems(document: Doc | bytes | str) -> list[str]:
    data = document if isinstance(document, bytes | str) else json.dumps(document)
    with pytest.raises(ValidationError) as caught:
        parse_plan(data)
    return [str(problem) for problem in caught.value.problems]


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    def change(document: Doc) -> None:
        target: Any = document
        keys: list[Any] = [int(k) if k.isdigit() else k for k in path.split(".")]
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value

    change.__name__ = f"{path}={value!r}"
    return change


def _delete(path: str) -> Callable[[Doc], None]:
    def change(document: Doc) -> None:
        target: Any = document
        keys: list[Any] = [int(k) if k.isdigit() else k for k in path.split(".")]
        for key in keys[:-1]:
            target = target[key]
        del target[keys[-1]]

    change.__name__ = f"del {path}"
    return change


def _append(key: str, item: Doc) -> Callable[[Doc], None]:
    def change(document: Doc) -> None:
        document.setdefault(key, []).append(item)

    change.__name__ = f"{key}+={item.get('id', item)}"
    return change


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_delete("delegations.1.arrival"), "delegations[1]: missing required key 'arrival'"),
        (
            _set("delegations.1.arrival", "11 Oct 2021"),
            'delegations[1].arrival: "11 Oct 2021" is not a date-time',
        ),
        (
            _set("delegations.1.arrival", "2021-02-30T10:00:00+06:00"),
            "delegations[1].arrival: '2021-02-30T10:00:00+06:00' is not a real date and time",
        ),
        (_set("delegations.1.kind", "empire"), 'delegations[1].kind: "empire" is not one of'),
        (
            _set("venues.0.capacity", "100"),
            "venues[0].capacity: must be a whole number, found text",
        ),
        (_set("venues.0.capacity", 0), "venues[0].capacity"),
        (
            _set("event.timezone", "Asia/Nur-Sultan"),
            "event.timezone: unknown time zone 'Asia/Nur-Sultan'",
        ),
        (
            _set("event.start_date", "2021-13-01"),
            "event.start_date: '2021-13-01' is not a real date",
        ),
        (_set("event.end_date", "2021-10-01"), "event.end_date: the event ends before it starts"),
        (_set("event.slot_minutes", 7), "event.slot_minutes"),
        (
            _set("delegations.2.timezone", "India/Delhi"),
            "delegations[2].timezone: unknown time zone 'India/Delhi'",
        ),
        (
            _set("delegations.1.departure", "2021-10-09T12:00:00+06:00"),
            "delegations[1].departure: departure must come after arrival",
        ),
        (
            _set("delegations.1.id", "kz"),
            "delegations[1].id: duplicate id 'kz' (also delegations[0])",
        ),
        (
            _set("people.0.delegation", "atlantis"),
            "people[0].delegation: unknown delegation 'atlantis'",
        ),
        (
            _set("people.3.role", "head"),
            "people[3].role: delegation 'in' already has a head (people[2])",
        ),
        (
            _set("sessions.0.delegations", ["kz", "zz"]),
            "sessions[0].delegations[1]: unknown delegation 'zz'",
        ),
        (
            _set("sessions.0.delegations", "everyone"),
            'sessions[0].delegations: must be "all" or a list of delegation ids',
        ),
        (_set("sessions.0.people", ["nobody"]), "sessions[0].people[0]: unknown person 'nobody'"),
        (
            _set("sessions.0.fixed", {"venue": "attic"}),
            "sessions[0].fixed.venue: unknown venue 'attic'",
        ),
        (
            _set(
                "sessions.0.window", {"earliest": "2021-10-12T10:00", "latest": "2021-10-11T10:00"}
            ),
            "sessions[0].window.latest: latest must come after earliest",
        ),
        (
            _set("bilateral_requests.0.to", "eg"),
            "bilateral_requests[0].to: a delegation cannot request a meeting with itself",
        ),
        (_set("bilateral_requests.0.priority", 6), "bilateral_requests[0].priority"),
        (
            _set("bilateral_requests.0.id", "plenary"),
            "bilateral_requests[0].id: id 'plenary' is also the id of sessions[0]",
        ),
        (
            _set("schedule.0.item", "ghost"),
            "schedule[0].item: unknown session or bilateral request 'ghost'",
        ),
        (_set("schedule.0.venue", "attic"), "schedule[0].venue: unknown venue 'attic'"),
        (
            _append(
                "schedule",
                {"item": "plenary", "start": "2021-10-12T10:00:00+06:00", "venue": "hall"},
            ),
            "schedule[1].item: 'plenary' is placed twice (also schedule[0])",
        ),
        (_set("format", "other-plan"), 'format: must be "summit-plan"'),
        (_set("version", 2), "version: version 2 is newer than 1"),
        (_delete("venues"), "(document): missing required key 'venues'"),
        (_set("delegations.0.country", "kaz"), "delegations[0].country"),
        (
            _set("venues.0.capacity", 10**30),
            "venues[0].capacity: capacity must be from 1 to 1,000,000 seats",
        ),
        (
            _set("delegations.0.precedence", 10**25),
            "delegations[0].precedence: a pinned place must be from 1 to 100,000",
        ),
        (
            _set("sessions.0.extra_seats", 10**20),
            "sessions[0].extra_seats: extra_seats must be from 0 to 1,000,000",
        ),
    ],
    ids=lambda value: getattr(value, "__name__", None),
)
def test_invalid_document_names_the_problem_and_its_path(
    document: Doc, change: Callable[[Doc], None], expected: str
) -> None:
    broken = copy.deepcopy(document)
    change(broken)
    problems = _problems(broken)
    assert any(expected in problem for problem in problems), problems


def test_every_problem_is_reported_at_once(document: Doc) -> None:
    document["people"][0]["delegation"] = "atlantis"
    document["schedule"][0]["venue"] = "attic"
    document["delegations"][1]["id"] = "kz"
    assert len(_problems(document)) >= 3


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "line 1, column 1"),
        (b"{", "line 1, column 2"),
        (b"\xff\xfe garbage", "not valid UTF-8"),
        (b"[1, 2, 3]", "must be a JSON object"),
        (b'{"format": "summit-plan", "format": "x"}', "appears twice"),
        (b'{"format": "summit-plan", "version": NaN}', "not a JSON number"),
        (b"[" * 100000 + b"]" * 100000, "nested too deeply"),
    ],
)
def test_malformed_json_is_refused_with_a_position(data: bytes, expected: str) -> None:
    problems = _problems(data)
    assert any(expected in problem for problem in problems), problems


def test_newer_version_says_so_in_the_message(document: Doc) -> None:
    document["version"] = 7
    with pytest.raises(ValidationError, match="version 7; this Summit Planner reads version 1"):
        parse_plan(json.dumps(document))


def test_unknown_keys_are_warnings_not_errors(document: Doc) -> None:
    document["colour"] = "blue"
    document["delegations"][0]["flag_size"] = "large"
    result = parse_plan(json.dumps(document))
    assert sorted(str(w) for w in result.warnings) == [
        "colour: unknown key, ignored",
        "delegations[0].flag_size: unknown key, ignored",
    ]


def test_a_schedule_that_breaks_rules_still_imports(document: Doc) -> None:
    document["schedule"][0]["start"] = "2021-10-11T03:00:00+06:00"
    assert len(parse_plan(json.dumps(document)).plan.schedule) == 1


def test_date_times_without_offset_are_event_wall_time(document: Doc) -> None:
    document["schedule"][0]["start"] = "2021-10-11T10:00"
    text = dump_plan(parse_plan(json.dumps(document)).plan)
    assert '"start": "2021-10-11T10:00:00+06:00"' in text


def test_export_import_export_is_byte_identical(cica: Plan) -> None:
    first = dump_plan(cica)
    second = dump_plan(parse_plan(first.encode("utf-8")).plan)
    assert first == second
    assert first.endswith("\n")
    assert "Нұр" in first or "Қ" in first  # non-ASCII kept as it is, not \u-escaped


def test_export_puts_an_offset_on_every_date_time(cica: Plan) -> None:
    document = json.loads(dump_plan(cica))
    starts = [p["start"] for p in document["schedule"]]
    assert starts and all(s.endswith("+06:00") for s in starts)
    arrivals = [d["arrival"] for d in document["delegations"]]
    assert all(a[-6] in "+-" for a in arrivals)


def test_a_bad_date_does_not_hide_a_bad_reference(document: Doc) -> None:
    document["delegations"][1]["arrival"] = "2021-02-30T10:00:00+06:00"
    document["schedule"][0]["venue"] = "attic"
    problems = _problems(document)
    assert problems == [
        "delegations[1].arrival: '2021-02-30T10:00:00+06:00' is not a real date and time",
        "schedule[0].venue: unknown venue 'attic'",
    ]
