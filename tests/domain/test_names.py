"""Names of the day, and names and titles in other languages."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from planner.domain.model import Plan
from planner.domain.names import (
    delegation_name_in,
    name_on,
    session_title_in,
    translation,
)
from planner.domain.precedence import order_of_precedence
from planner.interchange import parse_plan
from tests.domain.test_precedence import explain_precedence

TURKIYE = {
    "id": "tr",
    "name": "Türkiye",
    "kind": "member_state",
    "country": "TR",
    "names": {"ru": "Турция", "kk": "Түркия"},
    "former_names": [{"name": "Turkey", "until": "2022-06-01"}],
    "arrival": "2021-10-10T12:00:00+06:00",
    "departure": "2021-10-13T12:00:00+06:00",
}
THAILAND = {
    "id": "th",
    "name": "Thailand",
    "kind": "member_state",
    "country": "TH",
    "arrival": "2021-10-10T12:00:00+06:00",
    "departure": "2021-10-13T12:00:00+06:00",
}
UZBEKISTAN = {**THAILAND, "id": "uz", "name": "Uzbekistan", "country": "UZ"}
ESWATINI = {
    **THAILAND,
    "id": "sz",
    "name": "Eswatini",
    "country": "SZ",
    "former_names": [{"name": "Swaziland", "until": "2018-04-19"}],
}


def plan_in(year: int, document: dict[str, Any]) -> Plan:
    """The small document with Türkiye, Thailand, Uzbekistan and Eswatini, held in ``year``."""
    document["delegations"].extend([TURKIYE, THAILAND, UZBEKISTAN, ESWATINI])
    return parse_plan(json.dumps(document).replace("2021-10-1", f"{year}-10-1")).plan


def order(plan: Plan) -> list[str]:
    return [plan.delegation_name(d.id) for d in order_of_precedence(plan)]


def test_the_former_name_holds_until_its_date(document: dict[str, Any]) -> None:
    document["delegations"].append(
        {
            **TURKIYE,
            "former_names": [
                {"name": "Turkey", "until": "2022-06-01"},
                {"name": "Ottoman Empire", "until": "1923-10-29"},
            ],
        }
    )
    turkiye = parse_plan(json.dumps(document)).plan.delegation_by_id["tr"]
    assert name_on(turkiye, date(2021, 10, 11)) == "Turkey"
    assert name_on(turkiye, date(2022, 5, 31)) == "Turkey"
    assert name_on(turkiye, date(2022, 6, 1)) == "Türkiye"
    assert name_on(turkiye, date(1900, 1, 1)) == "Ottoman Empire"


def test_a_2021_plan_says_turkey(document: dict[str, Any]) -> None:
    plan = plan_in(2021, document)
    assert plan.delegation_name("tr") == "Turkey"
    assert plan.item_title("eg-in") == "Bilateral Egypt–India"
    assert order(plan) == [
        "Kazakhstan",
        "Egypt",
        "Eswatini",
        "India",
        "Thailand",
        "Turkey",
        "Uzbekistan",
        "United Nations",
    ]


def test_a_2023_plan_says_turkiye(document: dict[str, Any]) -> None:
    plan = plan_in(2023, document)
    assert plan.delegation_name("tr") == "Türkiye"
    assert "Türkiye" in order(plan) and "Turkey" not in order(plan)


def test_a_delegation_sorts_by_the_name_of_the_day(document: dict[str, Any]) -> None:
    assert order(plan_in(2017, document))[1:7] == [
        "Egypt",
        "India",
        "Swaziland",
        "Thailand",
        "Turkey",
        "Uzbekistan",
    ]


def test_the_lot_is_named_by_the_name_of_the_day(document: dict[str, Any]) -> None:
    document["event"]["precedence"] = {"first": "tr"}
    plan = plan_in(2021, document)
    assert order(plan)[1:4] == ["Turkey", "Uzbekistan", "Egypt"]
    assert "starting at ‘Turkey’ drawn by lot" in explain_precedence(plan, "eg")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (None, "Turkey"),
        ("en", "Turkey"),
        ("en-GB", "Turkey"),
        ("ru", "Турция"),
        ("ru-RU", "Турция"),
        ("KK", "Түркия"),
        ("id", "Turkey"),
    ],
)
def test_a_delegation_is_named_in_a_language(
    document: dict[str, Any], language: str | None, expected: str
) -> None:
    assert delegation_name_in(plan_in(2021, document), "tr", language) == expected


def test_a_name_in_a_language_falls_back_to_the_english_name_of_the_day(
    document: dict[str, Any],
) -> None:
    plan = plan_in(2023, document)
    assert delegation_name_in(plan, "th", "ru") == "Thailand"
    assert delegation_name_in(plan, "tr", "id") == "Türkiye"
    assert delegation_name_in(plan, "tr", "ru") == "Турция"


def test_a_session_title_in_a_language(document: dict[str, Any]) -> None:
    document["sessions"][0]["titles"] = {"ru-RU": "Открытие", "kk": "Ашылуы"}
    session = parse_plan(json.dumps(document)).plan.sessions[0]
    assert session_title_in(session, "ru") == "Открытие"
    assert session_title_in(session, "kk-KZ") == "Ашылуы"
    assert session_title_in(session, "en") == "Opening plenary"
    assert session_title_in(session, "id") == "Opening plenary"


def test_translation_prefers_the_exact_tag() -> None:
    texts = (("pt", "Portugal"), ("pt-BR", "Brasil"))
    assert translation(texts, "pt-BR") == "Brasil"
    assert translation(texts, "pt-PT") == "Portugal"
    assert translation(texts, "es") is None
