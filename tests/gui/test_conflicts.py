"""The conflicts panel: one line per violation, a count, and jumping to the item."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planner.domain import rules, times
from planner.domain.model import Placement, Plan
from planner.gui.views.conflicts import ConflictsPanel


@pytest.fixture
def panel(qtbot: QtBot) -> ConflictsPanel:
    widget = ConflictsPanel()
    qtbot.addWidget(widget)
    widget.resize(500, 400)
    widget.show()
    return widget


@pytest.fixture
def clash(cica: Plan) -> Plan:
    start = times.at(date(2021, 10, 12), time(11, 30), cica.event.zone)
    return replace(cica, schedule=(*cica.schedule, Placement("br-001", start, "v-main")))


def test_lists_every_violation_with_its_rule(panel: ConflictsPanel, clash: Plan) -> None:
    violations = rules.check(clash)
    panel.set_violations(clash, violations)
    assert panel.lines() == [f"Rule {v.rule}: {v.message}" for v in violations]
    assert panel.count() == len(violations) == 3
    assert "(3)" not in panel.title_label.text()  # the dock's title says the count, once
    assert "3" in panel.accessibleDescription()
    tooltip = panel.model.data(panel.model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert "Venue" in tooltip and "Bilateral Russia–Kazakhstan" in tooltip


def test_no_violations_says_so(panel: ConflictsPanel, cica: Plan, clash: Plan) -> None:
    panel.set_violations(clash, rules.check(clash))
    with_none = rules.check(cica)
    panel.set_violations(cica, with_none)
    assert panel.lines() == []
    assert "None" in panel.title_label.text()
    assert panel.list_view.isHidden()  # an empty list takes no room


def test_double_click_asks_for_the_first_item(
    panel: ConflictsPanel, clash: Plan, qtbot: QtBot
) -> None:
    violations = rules.check(clash)
    panel.set_violations(clash, violations)
    point = panel.list_view.visualRect(panel.model.index(0)).center()
    with qtbot.waitSignal(panel.violation_activated) as signal:
        qtbot.mouseDClick(panel.list_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == [violations[0].items[0]]


def test_enter_asks_for_the_current_item(panel: ConflictsPanel, clash: Plan, qtbot: QtBot) -> None:
    violations = rules.check(clash)
    panel.set_violations(clash, violations)
    panel.list_view.setCurrentIndex(panel.model.index(2))
    with qtbot.waitSignal(panel.violation_activated) as signal:
        qtbot.keyClick(panel.list_view, Qt.Key.Key_Return)
    assert signal.args == [violations[2].items[0]]


def test_count_changed_reports_the_new_count(
    panel: ConflictsPanel, clash: Plan, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(panel.count_changed) as signal:
        panel.set_violations(clash, rules.check(clash))
    assert signal.args == [3]


def test_model_passes_the_model_tester(
    panel: ConflictsPanel, clash: Plan, qtmodeltester: ModelTester
) -> None:
    panel.set_violations(clash, rules.check(clash))
    qtmodeltester.check(panel.model, force_py=True)
