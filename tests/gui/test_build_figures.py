"""The build dialog says what ``schedule`` says, and moves placed sessions only when asked."""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from typing import Any

import pytest

from planner.cli.schedule_command import _print_result
from planner.domain import rules, times
from planner.domain.model import Plan
from planner.gui.dialogs.build import BuildDialog
from planner.gui.settings import Settings
from planner.gui.tasks import BuildChoice, ProgressSink, run_scheduler
from planner.services.schedule import ScheduleResult, SolveOptions, compute_schedule
from tests.gui.schedule_results import result_of


def test_the_dialog_shows_the_figures_schedule_prints(
    qtbot: Any, cica: Plan, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    result = compute_schedule(cica, SolveOptions(time_limit=2))
    _print_result(cica, result, replan=False)
    printed = capsys.readouterr().out

    def the_same_result(
        plan: Plan, choice: BuildChoice, report: ProgressSink, cancel: threading.Event
    ) -> ScheduleResult:
        return result

    dialog = BuildDialog(cica, False, settings, the_same_result)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=5000)

    def printed_value(name: str) -> str:
        found = re.search(rf"^{name}: (.+)$", printed, re.MULTILINE)
        assert found, name
        return found[1]

    granted = dialog.granted_label.text()
    assert granted.startswith(printed_value("requests granted") + " (priority 1: ")
    for part in printed_value("by priority").split(", "):
        priority, counts = part.split(": ")
        assert f"priority {priority}: {counts}" in granted
    assert dialog.absences_label.text() == printed_value("absences")
    assert dialog.score_label.text() == printed_value("score")
    gap = printed_value("gap")
    assert dialog.best_label.text() == (
        f"within {gap} of the best possible (no schedule scores above {printed_value('bound')})"
        if gap != "0.0%"
        else "reached: no schedule scores higher"
    )
    # And both are the rules' own score of that schedule.
    scheduled = rules.score(replace(cica, schedule=result.placements))
    assert dialog.score_label.text() == str(scheduled.score)
    assert scheduled.score <= result.bound


def test_the_check_box_asks_for_rearranging(qtbot: Any, cica: Plan, settings: Settings) -> None:
    asked: list[BuildChoice] = []

    def recording(
        plan: Plan, choice: BuildChoice, report: ProgressSink, cancel: threading.Event
    ) -> ScheduleResult:
        asked.append(choice)
        return result_of(plan, plan.schedule)

    dialog = BuildDialog(cica, False, settings, recording)
    qtbot.addWidget(dialog)
    assert not dialog.rearrange_check.isChecked()
    assert "order of sessions still hold" in dialog.rearrange_check.toolTip()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=5000)
    dialog.outcome = None
    dialog.start_button.setEnabled(True)
    dialog.rearrange_check.setEnabled(True)
    dialog.rearrange_check.setChecked(True)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=5000)
    assert [choice.rearrange for choice in asked] == [False, True]


def test_a_real_build_in_the_window_keeps_the_placed_sessions(
    qtbot: Any, cica: Plan, settings: Settings
) -> None:
    dialog = BuildDialog(cica, False, settings, run_scheduler)
    qtbot.addWidget(dialog)
    dialog.limit_spin.setValue(2)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
    assert dialog.outcome is not None
    assert not [item for item in dialog.outcome.moved if item in cica.session_by_id]
    after = {p.item: p for p in dialog.outcome.schedule}
    for placement in cica.schedule:
        kept = after[placement.item]
        assert times.minutes(kept.start) == times.minutes(placement.start)
        assert kept.venue == placement.venue
