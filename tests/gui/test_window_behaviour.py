"""The window as an officer expects a desktop program to behave: printing with its
defaults, shortcuts, a timetable that reads, editing, the keyboard, exports, the
frame, and lists that say their order."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QMenu,
    QStyleOptionViewItem,
    QTimeEdit,
)
from pytestqt.qtbot import QtBot

from planner.domain import times
from planner.domain.model import Feature, Placement, Plan
from planner.gui import main_window as main_window_module
from planner.gui.dialogs.calendar_choice import CalendarChoiceDialog, slug
from planner.gui.dialogs.help import about_text, shortcut_rows
from planner.gui.dialogs.report_choice import ReportChoiceDialog
from planner.gui.document import Document
from planner.gui.main_window import MainWindow, conflicts_text
from planner.gui.models import ItemRole
from planner.gui.printing import PreviewDialog, document
from planner.gui.settings import Settings
from planner.gui.views.delegation_timeline import DelegationTimeline
from planner.gui.views.timetable import TimetableView
from planner.gui.views.timetable_painting import wrap_text
from planner.gui.views.unplaced import UnplacedList
from planner.printing import build_document
from planner.printing.pagination import paginate

MON, TUE = date(2021, 10, 11), date(2021, 10, 12)


def at(plan: Plan, day: date, hour: int, minute: int = 0) -> datetime:
    return times.at(day, time(hour, minute), plan.event.zone)


def with_placements(plan: Plan, *placements: Placement) -> Plan:
    replaced = {placement.item for placement in placements}
    kept = tuple(p for p in plan.schedule if p.item not in replaced)
    return replace(plan, schedule=(*kept, *placements))


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, plan_path: Path) -> MainWindow:
    shown = MainWindow(settings)
    qtbot.addWidget(shown)
    shown.set_document(Document.open(plan_path, shown))
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


@pytest.fixture
def view(qtbot: QtBot) -> TimetableView:
    widget = TimetableView()
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    return widget


# 1. Print Preview takes its own defaults ---------------------------------------------


def test_print_preview_with_its_default_choices_produces_pages(qtbot: QtBot, cica: Plan) -> None:
    dialog = ReportChoiceDialog(cica, "preview", TUE)
    qtbot.addWidget(dialog)
    assert dialog.report_combo.currentData() == "roster"
    assert not dialog.day_combo.isEnabled()  # a roster covers the whole event
    choice = dialog.choice()
    assert choice.what == "roster" and choice.day is None
    preview = PreviewDialog(document(cica, choice, MON), choice)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.pages_painted > 0)
    assert preview.pages_painted >= 2


def test_the_day_applies_again_to_a_report_that_takes_one(qtbot: QtBot, cica: Plan) -> None:
    dialog = ReportChoiceDialog(cica, "print", TUE)
    qtbot.addWidget(dialog)
    assert dialog.day_combo.currentData() is None  # reads "Every day" while disabled
    dialog.report_combo.setCurrentIndex(dialog.report_combo.findData("daily"))
    assert dialog.day_combo.isEnabled()
    assert dialog.choice().day == TUE
    build_document(cica, "daily", day=dialog.choice().day, printed_on=MON)  # no refusal


def test_a_section_continued_on_the_next_page_repeats_its_heading(qapp: Any, cica: Plan) -> None:
    printable = build_document(cica, "roster", printed_on=MON)
    laid_out = printable.document.clone()
    laid_out.setTextWidth(500)
    pages = paginate(laid_out, 300)
    assert pages[0].continued is None
    continued = [page for page in pages if page.continued is not None]
    assert continued, "some delegation runs over a page at this height"
    for page in continued:
        heading = page.strips[0]
        assert heading.at == 0.0 and heading.bottom - heading.top >= page.continued.height


# 2. Shortcuts -------------------------------------------------------------------------


def test_ctrl_2_shows_the_second_day(window: MainWindow, qtbot: QtBot) -> None:
    window.timetable.canvas.setFocus()
    qtbot.keyClick(window.timetable.canvas, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_day() == TUE
    qtbot.keyClick(window.timetable.canvas, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_day() == MON


def test_every_shortcut_belongs_to_one_action(window: MainWindow) -> None:
    window._fill_view_menu()  # as after an edit of the event: built again, not doubled
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    keys = Counter(
        key.toString()
        for action in window.findChildren(QAction)
        for key in action.shortcuts()
        if not key.isEmpty() and action.isEnabled()
    )
    assert [key for key, count in keys.items() if count > 1] == []


def test_every_menu_entry_has_its_own_accelerator(window: MainWindow) -> None:
    for menu in window.menus.values():
        letters = []
        for action in menu.actions():
            if action.isSeparator():
                continue
            text = action.text()
            assert "&" in text, f"{text!r} in {menu.title()!r} cannot be reached by a letter"
            letters.append(text[text.index("&") + 1].casefold())
        assert len(letters) == len(set(letters)), menu.title()


def test_ctrl_f_on_the_timetable_finds_a_block(window: MainWindow, qtbot: QtBot) -> None:
    window.tabs.setCurrentWidget(window.schedule_splitter)
    window.find_action.trigger()
    assert window.timetable.search_edit.hasFocus()
    qtbot.keyClicks(window.timetable.search_edit, "dinner")
    assert window.timetable.selected_item() == "s-dinner"
    assert "1 of 1" in window.timetable.found_label.text()


# 3. The timetable reads ---------------------------------------------------------------


def test_a_bilateral_block_names_both_delegations(view: TimetableView, cica: Plan) -> None:
    placed = with_placements(cica, Placement("br-001", at(cica, MON, 9), "v-bilat-a"))
    view.set_plan(placed, [])
    assert view.canvas.block_text("br-001", width=400)[0] == "Russia – Kazakhstan"
    # in its own column the names wrap onto the block's spare line
    assert " ".join(view.canvas.block_text("br-001")[:2]) == "Russia – Kazakhstan"
    assert view.canvas.block_text("br-001", width=60)[0] == "RU – KZ"  # narrow: the codes


def test_a_venue_header_shows_its_whole_name(view: TimetableView, cica: Plan) -> None:
    view.set_plan(cica, [])
    column = view.canvas.layout_.column_of("v-main") if view.canvas.layout_ else None
    assert column is not None
    tooltip = view.canvas.header_tooltip(column)
    assert "Main Conference Hall" in tooltip and "Palace of Independence" in tooltip
    metrics = view.canvas.fontMetrics()
    narrow = metrics.horizontalAdvance("Main Conference")
    assert wrap_text("Main Conference Hall", metrics, narrow, 2) == ["Main Conference", "Hall"]


def test_zoom_in_out_and_fit_the_day_are_remembered(
    window: MainWindow, qtbot: QtBot, settings: Settings
) -> None:
    canvas = window.timetable.canvas
    before = canvas.per_minute
    window.zoom_in_action.trigger()
    assert canvas.per_minute > before
    window.zoom_out_action.trigger()
    window.zoom_out_action.trigger()
    assert canvas.per_minute < before
    window.fit_day_action.trigger()
    layout = canvas.layout_
    assert layout is not None
    day_height = (layout.closes - layout.opens) * canvas.per_minute
    assert day_height <= canvas.viewport().height() - canvas.metrics.header
    assert settings.timetable_zoom == pytest.approx(canvas.zoom)
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert again.timetable.zoom() == pytest.approx(canvas.zoom)
    assert [a.shortcut() for a in (window.zoom_in_action, window.zoom_out_action)] == [
        QKeySequence(QKeySequence.StandardKey.ZoomIn),
        QKeySequence(QKeySequence.StandardKey.ZoomOut),
    ]
    assert window.fit_day_action.shortcut() == QKeySequence("Ctrl+0")


def test_overlapping_blocks_widen_their_venue(view: TimetableView, cica: Plan) -> None:
    clash = with_placements(
        cica,
        Placement("br-001", at(cica, MON, 10, 15), "v-hod"),
        Placement("br-002", at(cica, MON, 10, 30), "v-hod"),
    )
    view.set_plan(clash, [])
    layout = view.canvas.layout_
    assert layout is not None
    crowded, calm = layout.column_of("v-hod"), layout.column_of("v-banquet")
    assert crowded is not None and calm is not None
    assert view.canvas.column_width(crowded) == 3 * view.canvas.column_width(calm)
    # Widened, the bilateral's block still names both sides in full (wrapped if need be).
    assert " ".join(view.canvas.block_text("br-001")).startswith("Russia – Kazakhstan ")


def test_by_delegation_marks_a_double_booking_and_names_the_partner(
    qtbot: QtBot, cica: Plan
) -> None:
    timeline = DelegationTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(1300, 700)
    timeline.show()
    # Russia meets Kazakhstan during the opening plenary everyone attends.
    clash = with_placements(cica, Placement("br-001", at(cica, TUE, 11, 45), "v-bilat-a"))
    timeline.set_plan(clash)
    timeline.set_day(TUE)
    assert timeline.double_booked("ru") == ["br-001", "s-plenary"]
    assert "br-001" not in timeline.double_booked("cn")
    lanes = timeline.canvas.lanes_of("ru")  # one above the other, both readable
    assert {lanes["br-001"], lanes["s-plenary"]} == {(0, 2), (1, 2)}
    texts = dict(zip(timeline.bars("ru"), timeline.bar_texts("ru"), strict=True))
    assert texts["br-001"] == "with Kazakhstan"
    assert dict(zip(timeline.bars("kz"), timeline.bar_texts("kz"), strict=True))["br-001"] == (
        "with Russia"
    )


# 4. Editing ---------------------------------------------------------------------------


def _editor(window: MainWindow, page_key: str, row: int, column: int) -> tuple[Any, Any]:
    page = window.pages[page_key]
    window.tabs.setCurrentWidget(page)
    index = page.proxy.index(row, column)
    editor = page.table.itemDelegate().createEditor(
        page.table.viewport(), QStyleOptionViewItem(), index
    )
    page.table.itemDelegate().setEditorData(editor, index)
    return page, (editor, index)


def test_text_typed_into_a_number_is_refused_at_the_field(window: MainWindow) -> None:
    page, (editor, index) = _editor(window, "venues", 0, 3)
    assert isinstance(editor, QLineEdit)  # not a spin box that swallows letters
    editor.setText("twelve")
    page.table.itemDelegate().setModelData(editor, page.proxy, index)
    assert page.field_message.isVisible()
    assert "not a whole number" in page.field_message.text()
    assert "Seats not changed" in window.statusBar().currentMessage()
    # the next good edit takes the refusal back, in the balloon and the status bar
    assert page.proxy.setData(page.proxy.index(0, 1), "Hall of Peace")
    assert not page.field_message.isVisible()
    assert window.statusBar().currentMessage() == ""


def test_dates_and_times_have_pickers(window: MainWindow) -> None:
    page, (editor, index) = _editor(window, "delegations", 0, 4)
    assert isinstance(editor, QDateTimeEdit) and editor.calendarPopup()
    editor.setDateTime(editor.dateTime().addSecs(3600))
    page.table.itemDelegate().setModelData(editor, page.proxy, index)
    delegation = window.document.plan.delegation_by_id[
        str(index.data(Qt.ItemDataRole.UserRole + 1))
    ]
    assert delegation.arrival.astimezone(window.document.plan.event.zone).strftime("%H:%M") == (
        editor.dateTime().toString("HH:mm")
    )
    _page, (day_editor, _index) = _editor(window, "event", 3, 1)
    assert isinstance(day_editor, QDateEdit)
    _page, (clock_editor, _index) = _editor(window, "event", 5, 1)
    assert isinstance(clock_editor, QTimeEdit)


def test_the_event_tab_has_no_add_or_remove(window: MainWindow) -> None:
    event = window.pages["event"]
    assert event.add_button.isHidden() and event.remove_button.isHidden()
    assert not window.pages["venues"].add_button.isHidden()


def test_features_read_as_words_in_the_unplaced_list(qtbot: QtBot, cica: Plan) -> None:
    needs = replace(cica.request_by_id["br-001"], needs=(Feature.VIDEO_LINK,))
    plan = replace(cica, requests=tuple(needs if r.id == "br-001" else r for r in cica.requests))
    unplaced = UnplacedList()
    qtbot.addWidget(unplaced)
    unplaced.set_plan(plan)
    row = unplaced.model.items().index("br-001")
    tooltip = unplaced.model.data(unplaced.model.index(row), Qt.ItemDataRole.ToolTipRole)
    assert "video link" in tooltip and "video_link" not in tooltip


# 5. Keyboard --------------------------------------------------------------------------


def test_down_goes_to_the_next_block_in_time_across_venues(
    view: TimetableView, cica: Plan, qtbot: QtBot
) -> None:
    placed = with_placements(cica, Placement("br-001", at(cica, MON, 11), "v-bilat-a"))
    view.set_plan(placed, [])
    view.select_item("s-som")  # 10:00 in the Hall of Delegations
    qtbot.keyClick(view.canvas, Qt.Key.Key_Down)
    assert view.selected_item() == "br-001"  # 11:00 in another venue, before 15:00 in its own


def test_a_keyboard_only_move(window: MainWindow, qtbot: QtBot) -> None:
    canvas = window.timetable.canvas
    assert window.timetable.select_item("s-som")
    before = window.document.plan.placement_by_item["s-som"]
    qtbot.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    moved = window.document.plan.placement_by_item["s-som"]
    assert moved.start - before.start == timedelta(minutes=window.document.plan.event.slot_minutes)
    assert moved.venue == before.venue
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    layout = canvas.layout_
    assert layout is not None
    beside = layout.columns[layout.column_of(before.venue) + 1].venue_id  # type: ignore[operator]
    assert window.document.plan.placement_by_item["s-som"].venue == beside
    assert window.timetable.selected_item() == "s-som"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.document.plan.placement_by_item["s-som"] == before


def test_an_unplaced_item_is_placed_at_the_focused_cell_with_enter(
    window: MainWindow, qtbot: QtBot
) -> None:
    canvas = window.timetable.canvas
    canvas.setFocus()
    canvas.select(None)
    for _ in range(4):  # the cell cursor: a slot down four times, one venue right
        qtbot.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    layout = canvas.layout_
    assert layout is not None and canvas.cell == (1, layout.opens + 4 * layout.slot)
    unplaced = window.unplaced
    unplaced.list_view.setCurrentIndex(unplaced.proxy.index(0, 0))
    item = unplaced.visible_items()[0]
    qtbot.keyClick(unplaced.list_view, Qt.Key.Key_Return)
    placement = window.document.plan.placement_by_item[item]
    assert placement.venue == layout.columns[1].venue_id
    assert times.minutes(placement.start) == layout.opens + 4 * layout.slot


# 6. Exports ---------------------------------------------------------------------------


def test_the_for_chooser_is_grouped_and_searchable(qtbot: QtBot, cica: Plan) -> None:
    dialog = CalendarChoiceDialog(cica, invitations=False)
    qtbot.addWidget(dialog)
    groups = [dialog.tree.topLevelItem(n).text(0) for n in range(dialog.tree.topLevelItemCount())]
    assert groups[1:] == ["Delegations", "People", "Venues"]
    dialog.search_edit.setText("egy")
    choice = dialog.choice()
    assert choice.delegation == "eg"
    assert choice.file_stem == "cica-mfa-2021-egypt"
    dialog.search_edit.setText("Ceremonial")
    assert dialog.choice().venue == "v-akorda"
    assert dialog.choice().file_stem == "cica-mfa-2021-ceremonial-hall"
    assert slug("Hall A, Palace") == "hall-a-palace"


def test_invitations_say_what_they_write_and_who_gets_a_heads(qtbot: QtBot, cica: Plan) -> None:
    dialog = CalendarChoiceDialog(cica, invitations=True)
    qtbot.addWidget(dialog)
    assert "files to send" in dialog.findChildren(type(dialog.notice))[0].text()
    assert "also those sent before" in dialog.resend_check.toolTip()
    dialog.search_edit.setText("egy")
    notice = dialog.contact_notice()
    assert "Egypt" in notice and "adviser" in notice and "عبد الحميد" in notice


def test_the_status_counts_invitations(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.gui.dialogs.calendar_choice import CalendarChoice

    choice = CalendarChoice(delegation="kz", eml=True, name="Kazakhstan", event="cica-mfa-2021")
    monkeypatch.setattr(CalendarChoiceDialog, "ask", classmethod(lambda *a, **k: choice))
    monkeypatch.setattr(main_window_module.files, "ask_folder", lambda *a: tmp_path / "out")
    window.write_invitations()
    message = window.statusBar().currentMessage()
    written = len(list((tmp_path / "out").glob("*.ics")))
    assert written >= 2 and len(list((tmp_path / "out").glob("*.eml"))) == written
    # the meetings are counted, not the files (twice as many with the drafts)
    assert message.startswith(f"{written} invitations (.ics and .eml) into ")


# 7. First start and the frame ---------------------------------------------------------


def test_unplaced_items_show_the_call_to_build(window: MainWindow) -> None:
    assert window.unplaced.build_button.defaultAction() is window.build_action
    assert window.unplaced.build_button.isVisible()
    assert "Build Schedule" in window.timetable.canvas.call_to_action()


def test_conflicts_are_counted_in_words_once(window: MainWindow, cica: Plan) -> None:
    assert conflicts_text(1) == "1 conflict"
    assert conflicts_text(3) == "3 conflicts"
    window.conflicts.set_violations(cica, [])
    assert window.conflicts_dock.windowTitle() == "Conflicts"
    assert "(" not in window.conflicts.title_label.text()


def test_the_empty_conflicts_panel_is_small_and_comes_back_from_the_view_menu(
    window: MainWindow, qtbot: QtBot
) -> None:
    qtbot.waitUntil(lambda: not window._check_pending)
    assert window.document is not None and not window.document.violations
    assert window.conflicts_dock.height() < window.height() / 10
    window.conflicts_dock.close()
    assert window.conflicts_action in window.view_menu.actions()
    window.conflicts_action.trigger()
    assert window.conflicts_dock.isVisible()


def test_help_lists_shortcuts_and_versions(window: MainWindow, qtbot: QtBot) -> None:
    help_menu = window.menus["help"]
    assert [a.text() for a in help_menu.actions() if not a.isSeparator()] == [
        "&Quick Guide",
        "&Keyboard Shortcuts",
        "&About Summit Planner",
    ]
    rows = dict(shortcut_rows([m for m in window.menus.values() if isinstance(m, QMenu)]))
    assert "View ▸ 2 Tue 12 Oct 2021" in rows.values()
    assert any("Ctrl+2" in keys for keys in rows)
    text = about_text()
    from importlib import metadata

    from PySide6.QtCore import qVersion

    assert qVersion() in text and metadata.version("ortools") in text
    assert "Time-zone data" in text
    # The release the planner's times come from (the tzdata package), as `info` says.
    assert f"{times.tz_database_version()} (tzdata package)" in text


# 8. Lists say their order -------------------------------------------------------------


def test_people_and_delegations_say_how_they_are_sorted(window: MainWindow) -> None:
    people = window.pages["people"]
    window.tabs.setCurrentWidget(people)
    assert people.order_text() == "In the order of precedence, by delegation"
    first = people.model.index(0, 0)
    assert people.model.data(first, ItemRole.ID) == "p-kz-1"  # the host's head first
    people.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert people.order_text() == "Sorted by Family name, ascending"
    assert "back to" in people.order_label.text()
    people.show_natural_order()
    assert people.order_text() == "In the order of precedence, by delegation"
    assert window.pages["delegations"].order_text() == "In the order of precedence"


def test_korean_names_read_family_name_first(cica: Plan, qtbot: QtBot) -> None:
    head = cica.person_by_id["p-kr-1"]
    assert head.formal_name == "H.E. 서지훈"
    dialog = CalendarChoiceDialog(cica, invitations=False)
    qtbot.addWidget(dialog)
    dialog.search_edit.setText("서지훈")
    assert dialog.choice().person == "p-kr-1"
