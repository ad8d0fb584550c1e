"""The unplaced list: what it lists, its search box, drag data and activation."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planner.domain.model import Plan, RequestStatus
from planner.gui.views.item_drag import MIME_TYPE, item_from_mime
from planner.gui.views.unplaced import UnplacedList, UnplacedRole


@pytest.fixture
def unplaced(qtbot: QtBot) -> UnplacedList:
    widget = UnplacedList()
    qtbot.addWidget(widget)
    widget.resize(360, 600)
    widget.show()
    return widget


def test_lists_unplaced_sessions_then_open_requests(unplaced: UnplacedList, cica: Plan) -> None:
    som = cica.placement_by_item["s-som"]
    plan = replace(cica, schedule=tuple(p for p in cica.schedule if p is not som))
    unplaced.set_plan(plan)
    items = unplaced.visible_items()
    wanted = [r for r in cica.requests if r.status is not RequestStatus.DECLINED]
    assert items[0] == "s-som"
    assert len(items) == 1 + len(wanted)
    declined = {r.id for r in cica.requests if r.status is RequestStatus.DECLINED}
    assert declined and not declined & set(items)
    priorities = [cica.request_by_id[item].priority for item in items[1:]]
    assert priorities == sorted(priorities)
    assert f"({len(items)})" in unplaced.title_label.text()


def test_a_granted_request_leaves_the_list(unplaced: UnplacedList, cica: Plan) -> None:
    unplaced.set_plan(cica)
    assert "br-001" in unplaced.visible_items()
    anywhere = replace(cica.placement_by_item["s-som"], item="br-001")
    unplaced.set_plan(replace(cica, schedule=(*cica.schedule, anywhere)))
    assert "br-001" not in unplaced.visible_items()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("br-001", {"br-001"}), ("RUSSIA", None), ("no such thing", set())],
)
def test_search_filters_by_title_delegation_or_id(
    unplaced: UnplacedList, cica: Plan, text: str, expected: set[str] | None
) -> None:
    unplaced.set_plan(cica)
    unplaced.search_edit.setText(text)
    shown = set(unplaced.visible_items())
    if expected is None:
        russian = {r.id for r in cica.requests if "ru" in r.delegations}
        russian -= {r.id for r in cica.requests if r.status is RequestStatus.DECLINED}
        assert shown == russian
    else:
        assert shown == expected


def test_dragging_an_entry_carries_its_item_id(unplaced: UnplacedList, cica: Plan) -> None:
    unplaced.set_plan(cica)
    model = unplaced.model
    assert model.mimeTypes() == [MIME_TYPE]
    index = model.index(0)
    assert model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    data = model.mimeData([index])
    assert item_from_mime(data) == model.data(index, UnplacedRole.ITEM)


def test_double_click_activates_the_entry(unplaced: UnplacedList, cica: Plan, qtbot: QtBot) -> None:
    unplaced.set_plan(cica)
    first = unplaced.proxy.index(0, 0)
    point = unplaced.list_view.visualRect(first).center()
    with qtbot.waitSignal(unplaced.item_activated) as signal:
        qtbot.mouseDClick(unplaced.list_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == [unplaced.visible_items()[0]]


def test_f2_edits_the_current_entry(unplaced: UnplacedList, cica: Plan, qtbot: QtBot) -> None:
    unplaced.set_plan(cica)
    unplaced.list_view.setCurrentIndex(unplaced.proxy.index(2, 0))
    with qtbot.waitSignal(unplaced.item_activated) as signal:
        qtbot.keyClick(unplaced.list_view, Qt.Key.Key_F2)
    assert signal.args == [unplaced.visible_items()[2]]


def test_enter_asks_to_place_the_current_entry(
    unplaced: UnplacedList, cica: Plan, qtbot: QtBot
) -> None:
    unplaced.set_plan(cica)
    unplaced.list_view.setCurrentIndex(unplaced.proxy.index(2, 0))
    with (
        qtbot.waitSignal(unplaced.place_requested) as signal,
        qtbot.assertNotEmitted(unplaced.item_activated),
    ):
        qtbot.keyClick(unplaced.list_view, Qt.Key.Key_Return)
    assert signal.args == [unplaced.visible_items()[2]]


def test_model_passes_the_model_tester(
    unplaced: UnplacedList, cica: Plan, qtmodeltester: ModelTester
) -> None:
    unplaced.set_plan(cica)
    qtmodeltester.check(unplaced.model, force_py=True)
    qtmodeltester.check(unplaced.proxy, force_py=True)
