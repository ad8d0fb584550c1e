"""The order of precedence: status groups, names from the lot, pins, rank."""

from __future__ import annotations

import json
from typing import Any

import pytest

from planner.domain.model import Plan
from planner.domain.precedence import (
    members_in_order,
    name_key,
    order_of_precedence,
    standings,
)
from planner.interchange import parse_plan


def explain_precedence(plan: Plan, delegation_id: str) -> str:
    """Why the delegation stands where it stands, as the lists show it."""
    return next(s.reason for s in standings(plan) if s.delegation.id == delegation_id)


STAY = {"arrival": "2021-10-10T12:00:00+06:00", "departure": "2021-10-13T12:00:00+06:00"}


def _delegation(delegation_id: str, name: str, kind: str = "member_state", **extra: Any) -> dict:
    return {"id": delegation_id, "name": name, "kind": kind, **STAY, **extra}


def _plan(document: dict[str, Any]) -> Plan:
    return parse_plan(json.dumps(document)).plan


@pytest.fixture
def crowd(document: dict[str, Any]) -> dict[str, Any]:
    document["delegations"] = [
        _delegation("un", "United Nations", "observer_org"),
        _delegation("sco", "Shanghai Cooperation Organisation", "partner_org"),
        _delegation("tr", "Turkey"),
        _delegation("az", "Azerbaijan"),
        _delegation("kz", "Kazakhstan", "host"),
        _delegation("ci", "Côte d'Ivoire", "guest"),
        _delegation("jp", "Japan", "observer_state"),
        _delegation("in", "India"),
        _delegation("eg", "Egypt"),
    ]
    document["people"] = []
    document["schedule"] = []
    document["sessions"] = []
    document["bilateral_requests"] = []
    return document


def _ids(plan: Plan) -> list[str]:
    return [d.id for d in order_of_precedence(plan)]


def test_groups_then_english_names(crowd: dict[str, Any]) -> None:
    assert _ids(_plan(crowd)) == ["kz", "az", "eg", "in", "tr", "jp", "un", "sco", "ci"]


def test_lot_starts_the_alphabet_and_wraps_round(crowd: dict[str, Any]) -> None:
    crowd["event"]["precedence"] = {"order": "alphabetical", "first": "in"}
    assert _ids(_plan(crowd)) == ["kz", "in", "tr", "az", "eg", "jp", "un", "sco", "ci"]


def test_pinned_delegation_takes_its_place_and_others_fill_round_it(
    crowd: dict[str, Any],
) -> None:
    crowd["delegations"][6]["precedence"] = 1  # Japan first
    crowd["delegations"][2]["precedence"] = 4  # Turkey fourth
    assert _ids(_plan(crowd)) == ["jp", "kz", "az", "tr", "eg", "in", "un", "sco", "ci"]


def test_rank_order_puts_the_highest_head_first(crowd: dict[str, Any]) -> None:
    crowd["event"]["precedence"] = {"order": "rank"}
    crowd["people"] = [
        {
            "id": "eg-h",
            "delegation": "eg",
            "given_name": "A",
            "family_name": "B",
            "rank": "head_of_state",
            "role": "head",
        },
        {
            "id": "kz-h",
            "delegation": "kz",
            "given_name": "C",
            "family_name": "D",
            "rank": "minister",
            "role": "head",
        },
        {
            "id": "tr-h",
            "delegation": "tr",
            "given_name": "E",
            "family_name": "F",
            "rank": "minister",
            "role": "head",
        },
    ]
    assert _ids(_plan(crowd))[:3] == ["eg", "kz", "tr"]


def test_names_sort_without_accents_or_case() -> None:
    assert name_key("Côte d'Ivoire") < name_key("cuba")
    assert name_key("ÅLAND") == name_key("aland")


def test_explanation_names_the_reason(crowd: dict[str, Any]) -> None:
    crowd["event"]["precedence"] = {"order": "alphabetical", "first": "in"}
    crowd["delegations"][6]["precedence"] = 1
    plan = _plan(crowd)
    assert explain_precedence(plan, "jp").startswith("Place 1 of 9: pinned at place 1")
    turkey = explain_precedence(plan, "tr")
    assert turkey.startswith("Place 4 of 9:")
    assert "member state" in turkey
    assert "‘India’ drawn by lot" in turkey


def test_within_a_delegation_head_deputy_rank_then_family_name(
    document: dict[str, Any],
) -> None:
    base = {"delegation": "in", "given_name": "X"}
    document["people"] = [
        {**base, "id": "p1", "family_name": "Zeta", "rank": "official", "role": "member"},
        {**base, "id": "p2", "family_name": "Alpha", "rank": "official", "role": "member"},
        {**base, "id": "p3", "family_name": "Mid", "rank": "ambassador", "role": "adviser"},
        {**base, "id": "p4", "family_name": "Dep", "rank": "staff", "role": "deputy"},
        {**base, "id": "p5", "family_name": "Head", "rank": "minister", "role": "head"},
    ]
    plan = _plan(document)
    assert [p.id for p in members_in_order(plan, "in")] == ["p5", "p4", "p3", "p2", "p1"]
