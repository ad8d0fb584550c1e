"""The programme's order, locks, titles and names in other languages through the format."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from planner.domain.model import FormerName
from planner.errors import ValidationError
from planner.interchange import dump_plan, parse_plan

Doc = dict[str, Any]


def _problems(document: Doc) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        parse_plan(json.dumps(document))
    return [str(problem) for problem in caught.value.problems]


def _with_programme(document: Doc) -> Doc:
    document["sessions"].extend(
        [
            {
                "id": "debate",
                "title": "General debate",
                "kind": "plenary",
                "duration_minutes": 60,
                "delegations": "all",
                "after": ["plenary"],
                "titles": {"ru": "Общие прения", "kk": "Жалпы пікірталас"},
            },
            {
                "id": "closing",
                "title": "Closing",
                "kind": "ceremony",
                "duration_minutes": 30,
                "delegations": "all",
                "after": ["plenary", "debate"],
            },
        ]
    )
    document["delegations"][1]["names"] = {"ru": "Египет", "kk": "Мысыр"}
    document["delegations"][2]["former_names"] = [
        {"name": "Hindustan", "until": "1950-01-26"},
    ]
    document["schedule"][0]["locked"] = True
    return document


def test_order_titles_names_and_locks_are_read(document: Doc) -> None:
    plan = parse_plan(json.dumps(_with_programme(document))).plan
    assert plan.session_by_id["closing"].after == ("plenary", "debate")
    assert dict(plan.session_by_id["debate"].titles) == {
        "ru": "Общие прения",
        "kk": "Жалпы пікірталас",
    }
    assert dict(plan.delegation_by_id["eg"].names) == {"ru": "Египет", "kk": "Мысыр"}
    assert plan.delegation_by_id["in"].former_names == (FormerName("Hindustan", date(1950, 1, 26)),)
    assert plan.placement_by_item["plenary"].locked


def test_export_writes_them_back_byte_for_byte(document: Doc) -> None:
    first = dump_plan(parse_plan(json.dumps(_with_programme(document))).plan)
    exported = json.loads(first)
    assert exported["sessions"][2]["after"] == ["plenary", "debate"]
    assert exported["sessions"][1]["titles"]["ru"] == "Общие прения"
    assert exported["delegations"][1]["names"] == {"ru": "Египет", "kk": "Мысыр"}
    assert exported["delegations"][2]["former_names"] == [
        {"name": "Hindustan", "until": "1950-01-26"}
    ]
    assert exported["schedule"][0]["locked"] is True
    assert dump_plan(parse_plan(first).plan) == first


def test_an_unlocked_placement_writes_no_locked_key(document: Doc) -> None:
    exported = json.loads(dump_plan(parse_plan(json.dumps(document)).plan))
    assert "locked" not in exported["schedule"][0]


def test_a_cycle_in_the_order_is_refused_with_its_path(document: Doc) -> None:
    _with_programme(document)
    document["sessions"][0]["after"] = ["closing"]
    problems = _problems(document)
    assert problems == [
        "sessions[0].after: the order goes round in a cycle: Opening plenary (plenary) → "
        "Closing (closing) → Opening plenary (plenary); one of these must not wait for the next"
    ]


def test_a_longer_cycle_names_every_session_on_it(document: Doc) -> None:
    _with_programme(document)
    document["sessions"][0]["after"] = ["debate"]
    document["sessions"][2]["after"] = ["debate"]
    problems = _problems(document)
    assert len(problems) == 1
    assert "Opening plenary (plenary) → General debate (debate) → Opening plenary" in problems[0]


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("sessions", 1, "after"), ["nothing"], "sessions[1].after[0]: unknown session 'nothing'"),
        (
            ("sessions", 1, "after"),
            ["debate"],
            "sessions[1].after[0]: a session cannot come after itself",
        ),
        (
            ("sessions", 2, "after"),
            ["debate", "debate"],
            "sessions[2].after[1]: session 'debate' is listed twice",
        ),
        (
            ("sessions", 1, "titles"),
            {"Russian!": "Общие прения"},
            "sessions[1].titles.Russian!: 'Russian!' is not a language tag",
        ),
        (
            ("delegations", 2, "former_names"),
            [{"name": "Hindustan", "until": "1950-02-30"}],
            "delegations[2].former_names[0].until: '1950-02-30' is not a real date",
        ),
        (
            ("delegations", 2, "former_names"),
            [{"name": " ", "until": "1950-01-26"}],
            "delegations[2].former_names[0].name: a former name must not be empty",
        ),
        (
            ("schedule", 0, "locked"),
            "yes",
            "schedule[0].locked: must be true or false, found text",
        ),
    ],
)
def test_bad_values_are_named_with_their_path(
    document: Doc, path: tuple[Any, ...], value: Any, expected: str
) -> None:
    _with_programme(document)
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    problems = _problems(document)
    assert any(problem.startswith(expected) for problem in problems), problems
