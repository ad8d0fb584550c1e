"""What the timetable says about its blocks, read without Qt (no QApplication here)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date, time

from planner.domain import rules, times
from planner.domain.model import Placement, Plan
from planner.gui.views import block_text
from planner.gui.views.geometry import PlanIndex

TUE = date(2021, 10, 12)


def english(text: str) -> str:
    return text


def test_block_text_imports_no_qt() -> None:
    code = (
        "import sys, planner.gui.views.block_text; "
        "sys.exit(any(name.startswith('PySide6') for name in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_short_names_are_country_codes_else_initials(cica: Plan) -> None:
    assert block_text.short_name(cica, "kz") == "KZ"
    league = replace(
        cica.delegation_by_id["kz"], id="x", name="League of Arab States", country=None
    )
    plan = replace(cica, delegations=(*cica.delegations, league))
    assert block_text.short_name(plan, "x") == "LAS"


def test_a_bilateral_block_names_both_sides_then_its_time(cica: Plan) -> None:
    plan = replace(
        cica,
        schedule=(
            *cica.schedule,
            Placement("br-001", times.at(TUE, time(9), cica.event.zone), "v-bil-a"),
        ),
    )
    block = PlanIndex(plan, []).layout(TUE).by_item["br-001"]
    lines = block_text.block_lines(plan, block, "09:00–09:30", "", english)
    assert lines == [("Russia – Kazakhstan", "RU – KZ"), ("09:00–09:30",), ("Bilateral",)]


def test_delegations_are_cut_after_the_limit(cica: Plan) -> None:
    everyone = block_text.delegations_text(cica, "s-som", english)
    assert everyone.count(", ") == 22
    cut = block_text.delegations_text(cica, "s-som", english, limit=12)
    assert cut.endswith(" and 11 more") and cut.count(", ") == 11
    assert block_text.delegations_text(cica, "s-dinner", english) == "All delegations present"
    assert block_text.delegations_text(cica, "no-such-item", english) == ""


def test_the_tooltip_gives_time_venue_delegations_lock_and_broken_rules(cica: Plan) -> None:
    som = cica.placement_by_item["s-som"]
    locked = replace(
        cica, schedule=tuple(replace(p, locked=p.item == "s-som") for p in cica.schedule)
    )
    clash = Placement("br-001", som.start, som.venue)
    plan = replace(locked, schedule=(*locked.schedule, clash))
    lines = block_text.tooltip_text(PlanIndex(plan, rules.check(plan)), "s-som", english).split(
        "\n"
    )
    assert lines[0] == plan.item_title("s-som")
    assert lines[1].startswith("Mon 11 Oct, 10:00–12:30, Hall of Delegations")
    assert lines[2].startswith("Delegations: Kazakhstan, ")
    assert lines[3] == "Locked: the scheduler leaves it here"
    assert lines[4].startswith("Rule 1 (")
    unplaced = block_text.tooltip_text(PlanIndex(cica, []), "br-002", english)
    assert unplaced == cica.item_title("br-002")


def test_the_tooltip_shows_its_broken_rules_in_red() -> None:
    shown = block_text.tooltip_html("Title\nwhen & where\nRule 1: clash", 1, "#d32f2f")
    assert shown == (
        '<qt><b>Title</b><br>when &amp; where<br><span style="color:#d32f2f">Rule 1: clash</span></qt>'
    )


def test_search_matches_title_delegation_or_id_in_time_order(cica: Plan) -> None:
    assert block_text.matches(cica, "  ", english) == []
    assert block_text.matches(cica, "s-press", english) == ["s-press"]
    by_delegation = block_text.matches(cica, "AFGHANISTAN", english)
    assert "s-som" in by_delegation
    starts = [times.minutes(cica.placement_by_item[item].start) for item in by_delegation]
    assert starts == sorted(starts)
    assert "s-dinner" in block_text.matches(cica, "all delegations", english)
