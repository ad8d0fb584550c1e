"""Rules 1–10 of the format, each broken on purpose, and the score."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from planner.domain import rules
from planner.domain.model import Plan
from planner.interchange import parse_plan

Doc = dict[str, Any]


def _plan(document: Doc) -> Plan:
    return parse_plan(json.dumps(document)).plan


def _place(document: Doc, item: str, start: str, venue: str) -> None:
    document["schedule"].append({"item": item, "start": start, "venue": venue})


def _second_session(document: Doc, **fields: Any) -> None:
    session = {
        "id": "side",
        "title": "Side event",
        "kind": "side_event",
        "duration_minutes": 60,
        "delegations": ["kz", "eg"],
    }
    session.update(fields)
    document["sessions"].append(session)


def venue_clash(document: Doc) -> None:
    _second_session(document)
    _place(document, "side", "2021-10-11T10:30:00+06:00", "hall")


def delegation_clash(document: Doc) -> None:
    _place(document, "eg-in", "2021-10-11T10:30:00+06:00", "room-a")


def person_clash(document: Doc) -> None:
    _second_session(document, delegations=["kz"], people=["in-adviser"])
    document["sessions"].append(
        {
            "id": "briefing",
            "title": "Briefing",
            "kind": "other",
            "duration_minutes": 30,
            "delegations": ["un"],
            "people": ["in-adviser"],
        }
    )
    _place(document, "side", "2021-10-12T10:00:00+06:00", "room-a")
    _place(document, "briefing", "2021-10-12T10:15:00+06:00", "room-b")


def late_arrival(document: Doc) -> None:
    document["delegations"][1]["arrival"] = "2021-10-11T14:00:00+06:00"
    _place(document, "eg-in", "2021-10-11T11:45:00+06:00", "room-a")


def too_small(document: Doc) -> None:
    document["venues"][0]["capacity"] = 7


def missing_feature(document: Doc) -> None:
    document["venues"][0]["features"] = ["video_link"]


def remote_needs_video(document: Doc) -> None:
    document["people"][1]["remote"] = True
    _second_session(document, remote=["eg-head"])
    _place(document, "side", "2021-10-12T10:00:00+06:00", "room-a")


def fixed_elsewhere(document: Doc) -> None:
    document["sessions"][0]["fixed"] = {"start": "2021-10-11T09:00:00+06:00"}


def outside_window(document: Doc) -> None:
    document["sessions"][0]["window"] = {"latest": "2021-10-11T10:30:00+06:00"}


def venue_unavailable(document: Doc) -> None:
    document["venues"][0]["unavailable"] = [
        {"start": "2021-10-11T10:30:00+06:00", "end": "2021-10-11T12:00:00+06:00"}
    ]


def after_hours(document: Doc) -> None:
    document["schedule"][0]["start"] = "2021-10-11T17:30:00+06:00"


def off_grid(document: Doc) -> None:
    document["schedule"][0]["start"] = "2021-10-11T10:05:00+06:00"


def outside_event(document: Doc) -> None:
    document["schedule"][0]["start"] = "2021-10-13T10:00:00+06:00"


def changeover(document: Doc) -> None:
    _place(document, "eg-in", "2021-10-11T11:15:00+06:00", "room-b")


def speaker_gone(document: Doc) -> None:
    # A press briefing of Kazakhstan needs India's head in person; India has left.
    document["delegations"][2]["departure"] = "2021-10-12T12:00:00+06:00"
    _second_session(document, delegations=["kz"], people=["in-head"], title="Press briefing")
    _place(document, "side", "2021-10-12T14:00:00+06:00", "room-a")


def speaker_not_yet_there(document: Doc) -> None:
    # A session for all lists Egypt's head in person before Egypt arrives.
    document["delegations"][1]["arrival"] = "2021-10-11T12:00:00+06:00"
    document["sessions"][0]["people"] = ["eg-head"]


def order_broken(document: Doc) -> None:
    _second_session(document, title="Closing", after=["plenary"])
    _place(document, "side", "2021-10-11T10:30:00+06:00", "room-a")


@pytest.mark.parametrize(
    ("breaks", "rule", "words"),
    [
        (
            venue_clash,
            1,
            "Main Hall holds ‘Opening plenary’ and ‘Side event’ at 10:30–11:00 on 11 Oct",
        ),
        (
            delegation_clash,
            2,
            "Egypt is in ‘Opening plenary’ and ‘Bilateral Egypt–India’ at 10:30–11:00 on 11 Oct",
        ),
        (person_clash, 3, "Asha Rao is in ‘Side event’ and ‘Briefing’"),
        (
            late_arrival,
            4,
            "Egypt arrives at 11 Oct 14:00 but ‘Bilateral Egypt–India’ starts at 11 Oct 11:45",
        ),
        (too_small, 5, "‘Opening plenary’ needs 8 seats; Main Hall has 7"),
        (missing_feature, 6, "‘Opening plenary’ needs interpretation"),
        (remote_needs_video, 6, "‘Side event’ needs video_link"),
        (fixed_elsewhere, 7, "is fixed at 11 Oct 09:00 but placed at 11 Oct 10:00"),
        (outside_window, 7, "ends at 11 Oct 11:00, after its window closes at 11 Oct 10:30"),
        (venue_unavailable, 7, "Main Hall is unavailable 10:30–12:00 on 11 Oct"),
        (after_hours, 8, "outside working hours 09:00–18:00"),
        (off_grid, 8, "starts at 10:05, off the 15-minute grid counted from 09:00"),
        (outside_event, 8, "outside the event"),
        (
            speaker_gone,
            4,
            "Subrahmanyam Jaishankar must attend ‘Press briefing’ in person "
            "(14:00–15:00 on 12 Oct) but India departs at 12 Oct 12:00",
        ),
        (
            speaker_not_yet_there,
            4,
            "Sameh Shoukry must attend ‘Opening plenary’ in person (10:00–11:00 on 11 Oct) "
            "but Egypt arrives at 11 Oct 12:00",
        ),
        (
            order_broken,
            10,
            "‘Closing’ starts at 11 Oct 10:30 but comes after ‘Opening plenary’, "
            "which ends at 11 Oct 11:00",
        ),
        (
            changeover,
            9,
            "Egypt has 15 min between ‘Opening plenary’ (Palace) and ‘Bilateral Egypt–India’ (Annex)",
        ),
    ],
    ids=lambda value: getattr(value, "__name__", None),
)
def test_check_reports_the_broken_rule_in_words(
    document: Doc, breaks: Callable[[Doc], None], rule: int, words: str
) -> None:
    assert rules.check(_plan(document)) == []
    broken = copy.deepcopy(document)
    breaks(broken)

    violations = rules.check(_plan(broken))

    assert rule in {v.rule for v in violations}
    assert any(words in str(v) for v in violations), [str(v) for v in violations]
    assert all(str(v).startswith(f"Rule {v.rule}: ") for v in violations)


def test_check_names_items_and_delegations(document: Doc) -> None:
    delegation_clash(document)
    clashes = [v for v in rules.check(_plan(document)) if v.rule == 2]
    assert sorted(v.delegations for v in clashes) == [("eg",), ("in",)]
    assert all(set(v.items) == {"plenary", "eg-in"} for v in clashes)


def test_order_holds_once_the_earlier_session_has_ended(document: Doc) -> None:
    _second_session(document, title="Closing", after=["plenary"])
    _place(document, "side", "2021-10-11T11:00:00+06:00", "room-a")
    assert rules.check(_plan(document)) == []


def test_order_asks_nothing_of_an_unplaced_earlier_session(document: Doc) -> None:
    _second_session(document, title="Closing", after=["plenary"])
    document["schedule"] = [
        {"item": "side", "start": "2021-10-11T09:00:00+06:00", "venue": "room-a"}
    ]
    assert rules.check(_plan(document)) == []


def test_order_names_both_sessions(document: Doc) -> None:
    order_broken(document)
    (violation,) = [v for v in rules.check(_plan(document)) if v.rule == 10]
    assert violation.items == ("side", "plenary")


def test_a_speaker_of_a_delegation_in_the_session_is_reported_once(document: Doc) -> None:
    document["delegations"][2]["departure"] = "2021-10-12T12:00:00+06:00"
    _second_session(document, delegations=["in"], people=["in-head"])
    _place(document, "side", "2021-10-12T14:00:00+06:00", "room-a")
    presence = [v for v in rules.check(_plan(document)) if v.rule == 4]
    assert [v.delegations for v in presence] == [("in",)]
    assert "India departs" in str(presence[0])


def test_all_session_involves_only_delegations_present(document: Doc) -> None:
    # India leaves before the plenary: not involved, so no presence breach, but an absence.
    document["delegations"][2]["departure"] = "2021-10-11T09:30:00+06:00"
    plan = _plan(document)
    assert rules.check(plan) == []
    assert rules.score(plan).absences == 1


def test_capacity_of_all_session_counts_present_delegations(document: Doc) -> None:
    document["venues"][0]["capacity"] = 6  # 3 delegations present x 2 seats
    document["delegations"][3]["arrival"] = "2021-10-12T09:00:00+06:00"
    assert rules.check(_plan(document)) == []


def test_score_weights_requests_by_priority_and_costs_absences(document: Doc) -> None:
    document["bilateral_requests"].append(
        {"id": "kz-un", "from": "kz", "to": "un", "duration_minutes": 30, "priority": 5}
    )
    document["bilateral_requests"].append(
        {
            "id": "kz-eg",
            "from": "kz",
            "to": "eg",
            "duration_minutes": 30,
            "priority": 3,
            "status": "declined",
        }
    )
    _place(document, "eg-in", "2021-10-11T14:00:00+06:00", "room-a")
    _place(document, "kz-un", "2021-10-11T14:00:00+06:00", "hall")
    document["delegations"][3]["departure"] = "2021-10-11T10:30:00+06:00"  # misses the plenary

    score = rules.score(_plan(document))

    assert (score.weight, score.requests_granted, score.requests_total) == (16 + 1, 2, 2)
    assert score.absences == 1
    assert score.score == 17 - 16


def test_rules_use_elapsed_time_across_a_dst_change() -> None:
    # 2021-10-31 in Europe/Brussels: 02:00-03:00 happens twice.
    document = {
        "format": "summit-plan",
        "version": 1,
        "event": {
            "id": "eu",
            "name": "Night session",
            "city": "Brussels",
            "timezone": "Europe/Brussels",
            "start_date": "2021-10-31",
            "end_date": "2021-10-31",
            "day_start": "00:00",
            "day_end": "23:00",
            "slot_minutes": 30,
            "changeover_minutes": 0,
        },
        "venues": [{"id": "v", "name": "Room", "building": "B", "capacity": 10, "features": []}],
        "delegations": [
            {
                "id": "a",
                "name": "A",
                "kind": "member_state",
                "arrival": "2021-10-30T00:00:00+02:00",
                "departure": "2021-11-01T00:00:00+01:00",
            }
        ],
        "sessions": [
            {
                "id": "s1",
                "title": "First",
                "kind": "other",
                "duration_minutes": 60,
                "delegations": ["a"],
            },
            {
                "id": "s2",
                "title": "Second",
                "kind": "other",
                "duration_minutes": 60,
                "delegations": ["a"],
            },
        ],
        # 02:00+02:00 then 02:00+01:00: the same wall time, an hour apart.
        "schedule": [
            {"item": "s1", "start": "2021-10-31T02:00:00+02:00", "venue": "v"},
            {"item": "s2", "start": "2021-10-31T02:00:00+01:00", "venue": "v"},
        ],
    }
    assert rules.check(_plan(document)) == []
