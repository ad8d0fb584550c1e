"""summit-planner schedule keeps the sessions the officer placed; --rearrange may move them."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.cli import main
from planner.domain import rules, times
from planner.services import PlanService


def _sessions(path: Path) -> dict[str, tuple[int, str]]:
    service = PlanService.open(path)
    try:
        plan = service.plan
        return {
            p.item: (times.minutes(p.start), p.venue)
            for p in plan.schedule
            if p.item in plan.session_by_id
        }
    finally:
        service.close()


def test_schedule_keeps_every_placed_session_and_fits_bilaterals_around(
    plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _sessions(plan_path)
    assert len(before) == 12
    assert main(["schedule", str(plan_path), "--time-limit", "3"]) == 0
    out = capsys.readouterr().out
    assert "session moved" not in out
    assert _sessions(plan_path) == before
    service = PlanService.open(plan_path)
    try:
        assert rules.check(service.plan) == []
        assert any(p.item in service.plan.request_by_id for p in service.plan.schedule)
    finally:
        service.close()


def test_rearrange_may_move_sessions_and_keeps_their_order(
    plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schedule", str(plan_path), "--time-limit", "3", "--rearrange"]) == 0
    capsys.readouterr()
    service = PlanService.open(plan_path)
    try:
        plan = service.plan
        assert rules.check(plan) == []
        placed = plan.placement_by_item
        for session in plan.sessions:
            for earlier in session.after:
                assert plan.end_of(placed[earlier]) <= placed[session.id].start
    finally:
        service.close()


def test_help_says_what_rearrange_does(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["schedule", "--help"])
    assert "--rearrange" in capsys.readouterr().out
