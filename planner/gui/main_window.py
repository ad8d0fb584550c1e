"""The main window: the list tabs, the timetable views, the conflicts dock, the status bar.

Every change is written to the plan file at once as one transaction and put
on the undo stack, so the window has no Save: nothing can be lost. What the
File and Plan menus do is in :mod:`planner.gui.controller`; which menu holds
which action, in :mod:`planner.gui.actions`.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QWidget,
)

from planner.errors import PlannerError
from planner.gui.actions import build_menus, make_action
from planner.gui.commands import lock_command, move_command, unplace_command
from planner.gui.controller import PlanController
from planner.gui.dialogs import files as files  # the file choosers, as tests reach them
from planner.gui.dialogs.help import show_about, show_guide, show_shortcuts
from planner.gui.dialogs.preferences import PreferencesDialog
from planner.gui.document import Document
from planner.gui.errors import report_error
from planner.gui.models import (
    DelegationModel,
    EventModel,
    ListPage,
    PeopleModel,
    RequestModel,
    SessionModel,
    VenueModel,
)
from planner.gui.settings import Settings
from planner.gui.translation import tr
from planner.gui.views.conflicts import ConflictsPanel
from planner.gui.views.day_view import day_label
from planner.gui.views.delegation_timeline import DelegationTimeline
from planner.gui.views.timetable import TimetableView
from planner.gui.views.unplaced import UnplacedList
from planner.services import Changes

log = logging.getLogger(__name__)

SCHEDULE_TABS = 2
"""The timetable and the delegation view come first; the list tabs follow."""
STATUS_DELAY_MS = 150
"""The status bar's counts and score follow an edit by this much (they read the whole plan)."""
CHECK_DELAY_MS = 400
"""After opening, the rules are checked once the day is painted, or after this long."""
CONFLICTS_HEIGHT = 150
"""The conflicts panel's height while it lists conflicts."""


def conflicts_text(count: int) -> str:
    """``1 conflict``, ``3 conflicts``."""
    return (tr("1 conflict") if count == 1 else tr("{count} conflicts")).format(count=count)


class MainWindow(QMainWindow):
    """The one window of the application; :meth:`set_document` puts a plan in it."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.document: Document | None = None
        self.undo_group = QUndoGroup(self)
        self.pages: dict[str, ListPage] = {}
        self.setWindowTitle(tr("Summit Planner"))
        self.setAccessibleName(tr("Summit Planner"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Views of the plan"))
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._build_schedule_views()
        self.status_label = QLabel()
        self.status_label.setAccessibleName(tr("Plan summary"))
        self.statusBar().addPermanentWidget(self.status_label)
        self.status_timer = QTimer(self)
        self.status_timer.setSingleShot(True)
        self.status_timer.setInterval(STATUS_DELAY_MS)
        self.status_timer.timeout.connect(self._update_status)
        self.controller = PlanController(self)
        self._build_actions()
        self.menus = build_menus(self)
        self.view_menu = self.menus["view"]
        self.view_menu.aboutToShow.connect(self._check_view_menu)
        self._fill_view_menu()
        self.unplaced.set_build_action(self.build_action)
        self.timetable.set_zoom(settings.timetable_zoom)
        self.timetable.zoom_changed.connect(self._on_timetable_zoom_changed)
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        else:
            self.resize(1400, 900)
        if settings.window_state is not None:
            self.restoreState(settings.window_state)

    def _build_schedule_views(self) -> None:
        self.timetable = TimetableView()
        self._check_pending = False
        self.timetable.canvas.viewport().installEventFilter(self)
        self.unplaced = UnplacedList()
        self.schedule_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.schedule_splitter.setObjectName("schedule_splitter")
        self.schedule_splitter.addWidget(self.timetable)
        self.schedule_splitter.addWidget(self.unplaced)
        self.schedule_splitter.setStretchFactor(0, 5)
        self.schedule_splitter.setStretchFactor(1, 1)
        self.schedule_splitter.setSizes([1100, 260])
        self.timeline = DelegationTimeline()
        self.tabs.addTab(self.schedule_splitter, tr("&Timetable"))
        self.tabs.addTab(self.timeline, tr("&By Delegation"))
        self.conflicts = ConflictsPanel()
        self.conflicts_dock = QDockWidget(tr("Conflicts"), self)
        self.conflicts_dock.setObjectName("conflicts_dock")
        self.conflicts_dock.setWidget(self.conflicts)
        self.conflicts_dock.setAccessibleName(tr("Conflicts"))
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.conflicts_dock)
        self.resizeDocks([self.conflicts_dock], [CONFLICTS_HEIGHT], Qt.Orientation.Vertical)
        self.timetable.move_requested.connect(self._on_timetable_move_requested)
        self.timetable.lock_requested.connect(self._on_timetable_lock_requested)
        self.timetable.unplace_requested.connect(self._on_timetable_unplace_requested)
        self.timetable.item_activated.connect(self.edit_item)
        self.timetable.day_changed.connect(self._on_timetable_day_changed)
        self.unplaced.item_activated.connect(self.edit_item)
        self.unplaced.place_requested.connect(self.timetable.place_at_cursor)
        self.timeline.item_activated.connect(self.edit_item)
        self.conflicts.violation_activated.connect(self.show_item)
        self.conflicts.count_changed.connect(self._on_conflicts_count_changed)

    # Actions and menus ---------------------------------------------------------------

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = make_action(
            self, tr("&New…"), self.controller.new_plan, key.New, tr("Start a new plan file")
        )
        self.open_action = make_action(
            self, tr("&Open…"), self.controller.open_plan, key.Open, tr("Open a plan file")
        )
        self.save_copy_action = make_action(
            self,
            tr("Save a Cop&y As…"),
            self.controller.save_copy,
            key.SaveAs,
            tr("Write the plan to another plan file; you keep working on this one"),
        )
        self.import_json_action = make_action(
            self,
            tr("&Import Plan (JSON)…"),
            self.controller.import_json,
            None,
            tr("Replace this plan with a summit-plan document (Undo brings it back)"),
        )
        self.export_json_action = make_action(
            self,
            tr("&Export Plan (JSON)…"),
            self.controller.export_json,
            None,
            tr("Write the plan as a summit-plan document for another office"),
        )
        self.import_people_action = make_action(
            self,
            tr("Import People from &Spreadsheet…"),
            self.controller.import_people,
            None,
            tr("Add or update people from an accreditation list (XLSX or CSV)"),
        )
        self.export_calendar_action = make_action(
            self,
            tr("Export i&Calendar…"),
            self.controller.export_calendar,
            None,
            tr("Write the schedule as an .ics calendar for a delegation, a person or a venue"),
        )
        self.invitations_action = make_action(
            self,
            tr("Write Invi&tations…"),
            self.controller.write_invitations,
            None,
            tr(
                "Write invitation files to send: one .ics per meeting (and an e-mail draft "
                "if asked), with updates and cancellations since the last time"
            ),
        )
        self.print_action = make_action(
            self,
            tr("&Print…"),
            self.controller.print_report,
            key.Print,
            tr("Print a roster or a programme"),
        )
        self.preview_action = make_action(
            self,
            tr("Print Pre&view…"),
            self.controller.preview_report,
            "Ctrl+Shift+P",
            tr("See the pages before printing"),
        )
        self.pdf_action = make_action(
            self,
            tr("Export P&DF…"),
            self.controller.export_pdf,
            "Ctrl+Shift+E",
            tr("Write a roster or a programme as a PDF file"),
        )
        self.quit_action = make_action(self, tr("&Quit"), self.close, key.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.undo_group.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(key.Undo))
        self.redo_action = self.undo_group.createRedoAction(self, tr("&Redo"))
        redo_keys = [QKeySequence(key.Redo), QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        # Each once: the platform's Redo is one of the other two on some systems.
        unique_redo_keys = {sequence.toString(): sequence for sequence in redo_keys}
        self.redo_action.setShortcuts(list(unique_redo_keys.values()))
        self.find_action = make_action(
            self, tr("&Find"), self.focus_search, key.Find, tr("Search the list in front")
        )
        self.preferences_action = make_action(
            self,
            tr("Prefere&nces…"),
            self.show_preferences,
            key.Preferences,
            tr("Choose the language of the window"),
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.check_action = make_action(
            self,
            tr("&Check Rules"),
            self.check_rules,
            "F7",
            tr("Check rules 1–10 and list conflicts"),
        )
        self.build_action = make_action(
            self,
            tr("&Build Schedule…"),
            lambda: self.controller.build_schedule(replan=False),
            "Ctrl+B",
            tr("Let the scheduler place every session and as many bilaterals as it can"),
        )
        self.replan_action = make_action(
            self,
            tr("&Re-plan…"),
            lambda: self.controller.build_schedule(replan=True),
            "Ctrl+Shift+B",
            tr("Improve the schedule, keeping locked placements where they are"),
        )
        self.zoom_in_action = make_action(
            self, tr("Zoom &In"), self.timetable.zoom_in, key.ZoomIn, tr("Show more of each hour")
        )
        self.zoom_out_action = make_action(
            self, tr("Zoom &Out"), self.timetable.zoom_out, key.ZoomOut, tr("Show more of the day")
        )
        self.fit_day_action = make_action(
            self,
            tr("&Fit the Day"),
            self.timetable.fit_day,
            "Ctrl+0",
            tr("Show the whole working day in the timetable's height"),
        )
        self.conflicts_action = self.conflicts_dock.toggleViewAction()
        self.conflicts_action.setText(tr("&Conflicts Panel"))
        self.conflicts_action.setShortcut(QKeySequence("F8"))
        self.conflicts_action.setStatusTip(tr("Show or hide the list of broken rules"))
        self.guide_action = make_action(
            self,
            tr("&Quick Guide"),
            lambda: show_guide(self),
            key.HelpContents,
            tr("How to plan a summit here"),
        )
        self.shortcuts_action = make_action(
            self,
            tr("&Keyboard Shortcuts"),
            lambda: show_shortcuts(self, list(self.menus.values())),
            "Ctrl+/",
            tr("Every shortcut key"),
        )
        self.about_action = make_action(
            self, tr("&About Summit Planner"), lambda: show_about(self), None, tr("Versions in use")
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.document_actions = [
            self.save_copy_action,
            self.import_json_action,
            self.export_json_action,
            self.import_people_action,
            self.export_calendar_action,
            self.invitations_action,
            self.print_action,
            self.preview_action,
            self.pdf_action,
            self.find_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_day_action,
            self.check_action,
            self.build_action,
            self.replan_action,
        ]
        for action in self.document_actions:
            action.setEnabled(False)

    def _fill_view_menu(self) -> None:
        """The tabs (Alt+1…) and the days (Ctrl+1…) above zoom and the conflicts panel.

        Built again only when the tabs or the days change, never while the menu
        opens: each shortcut then belongs to exactly one action.
        """
        menu = self.view_menu
        if not hasattr(self, "_tabs_end"):
            self.tab_actions: list[QAction] = []
            self.day_actions: list[QAction] = []
            self._tabs_end = menu.addSeparator()
            self._days_end = menu.addSeparator()
            menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_day_action])
            menu.addSeparator()
            menu.addAction(self.conflicts_action)
        for action in [*self.tab_actions, *self.day_actions]:
            menu.removeAction(action)
            action.deleteLater()
        self.tab_actions = []
        for number in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(number), self)
            action.setCheckable(True)
            if number < 9:
                action.setShortcut(QKeySequence(f"Alt+{number + 1}"))
            action.triggered.connect(
                lambda _checked=False, chosen=number: self.tabs.setCurrentIndex(chosen)
            )
            self.tab_actions.append(action)
        menu.insertActions(self._tabs_end, self.tab_actions)
        self.day_actions = []
        for number, day in enumerate(self.event_days()):
            label = day_label(day, with_year=True)
            action = QAction(f"&{number + 1} {label}" if number < 9 else label, self)
            action.setCheckable(True)
            if number < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _checked=False, chosen=day: self.show_day(chosen))
            self.day_actions.append(action)
        menu.insertActions(self._days_end, self.day_actions)
        self._check_view_menu()

    def _check_view_menu(self) -> None:
        for number, action in enumerate(self.tab_actions):
            action.setChecked(number == self.tabs.currentIndex())
        shown = self.current_day()
        for day, action in zip(self.event_days(), self.day_actions, strict=False):
            action.setChecked(day == shown)

    # The document ---------------------------------------------------------------------

    def event_days(self) -> tuple[date, ...]:
        return self.document.plan.event.days if self.document else ()

    def set_document(self, document: Document) -> None:
        """Show ``document`` (closing the one shown before)."""
        previous = self.document
        self.document = document
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        current_tab = self.tabs.currentIndex()
        while self.tabs.count() > SCHEDULE_TABS:
            page = self.tabs.widget(SCHEDULE_TABS)
            self.tabs.removeTab(SCHEDULE_TABS)
            if page is not None:
                page.deleteLater()
        self.pages.clear()
        self._build_views(document)
        if 0 <= current_tab < self.tabs.count():
            self.tabs.setCurrentIndex(current_tab)
        # Show the day at once; checking every rule of a big plan follows its first paint
        # (or a moment later when the timetable is not in front).
        self._show_schedule(checked=False)
        self._check_pending = True
        QTimer.singleShot(CHECK_DELAY_MS, self._run_pending_check)
        document.changes_applied.connect(self._on_document_changes_applied)
        document.history_dropped.connect(self.show_message)
        document.command_failed.connect(self._on_document_command_failed)
        document.undo_stack.cleanChanged.connect(self._update_title)
        for action in self.document_actions:
            action.setEnabled(True)
        if previous is not None:
            self.undo_group.removeStack(previous.undo_stack)
            previous.close()
            previous.deleteLater()
        self.settings.add_recent(document.path)
        self._update_title()
        self._fill_view_menu()
        self.status_label.setText(tr("Counting…"))
        self.status_timer.start()

    def _build_views(self, document: Document) -> None:
        lists: list[tuple[str, str, Any]] = [
            ("event", tr("Eve&nt"), EventModel),
            ("venues", tr("Ven&ues"), VenueModel),
            ("delegations", tr("&Delegations"), DelegationModel),
            ("people", tr("Peop&le"), PeopleModel),
            ("sessions", tr("&Sessions"), SessionModel),
            ("requests", tr("&Requests"), RequestModel),
        ]
        for key, title, model_class in lists:
            page = ListPage(model_class(document), title.replace("&", ""))
            page.setObjectName(f"{key}_page")
            page.message.connect(self.show_message)
            self.pages[key] = page
            self.tabs.addTab(page, title)

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle(tr("Summit Planner"))
            return
        # The application's name follows the plan's, once: a window manager that shows
        # only the start of the title still tells two open plans apart.
        self.setWindowTitle(tr("{name} — Summit Planner").format(name=self.document.path.name))
        self.setWindowFilePath(str(self.document.path))

    def _update_status(self) -> None:
        if self.document is None:
            self.status_label.clear()
            return
        plan = self.document.plan
        score = self.document.score
        conflicts = len(self.document.violations)
        text = tr(
            "{delegations} delegations · {people} people · sessions {placed}/{sessions} · "
            "bilaterals {granted}/{requests} · score {score} · {conflicts}"
        ).format(
            delegations=len(plan.delegations),
            people=len(plan.people),
            placed=score.sessions_placed,
            sessions=score.sessions_total,
            granted=score.requests_granted,
            requests=score.requests_total,
            score=score.score,
            conflicts=conflicts_text(conflicts),
        )
        self.status_label.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._check_pending and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._run_pending_check)
        return super().eventFilter(watched, event)

    def _run_pending_check(self) -> None:
        if self._check_pending:
            self._show_schedule()

    def _show_schedule(self, checked: bool = True) -> None:
        self._check_pending = self._check_pending and not checked
        if self.document is None:
            return
        plan = self.document.plan
        violations = self.document.violations if checked else ()
        self.timetable.set_plan(plan, violations)
        self.unplaced.set_plan(plan)
        self.timeline.set_plan(plan)
        self.conflicts.set_violations(plan, violations)

    @Slot(object)
    def _on_document_changes_applied(self, changes: Changes) -> None:
        if changes.event:
            self._fill_view_menu()
        self._show_schedule()
        self.status_timer.start()  # the score needs the whole schedule: after the edit shows

    @Slot(str, str)
    def _on_document_command_failed(self, text: str, reason: str) -> None:
        title = tr("Cannot undo or redo “{text}”").format(text=text)
        report_error(self, title, PlannerError(reason))

    @Slot(int)
    def _on_conflicts_count_changed(self, count: int) -> None:
        self.conflicts_dock.setWindowTitle(
            tr("Conflicts ({count})").format(count=count) if count else tr("Conflicts")
        )
        # With nothing to list the panel shrinks to its one line; it grows back for conflicts.
        height = self.conflicts.sizeHint().height() if count == 0 else CONFLICTS_HEIGHT
        self.resizeDocks([self.conflicts_dock], [height], Qt.Orientation.Vertical)

    @Slot(str, object, str)
    def _on_timetable_move_requested(self, item: str, start: datetime, venue: str) -> None:
        document = self.document
        if document is not None:
            self.controller.execute(
                lambda: move_command(document, item, start, venue), tr("Cannot move")
            )

    @Slot(str, bool)
    def _on_timetable_lock_requested(self, item: str, locked: bool) -> None:
        document = self.document
        if document is not None:
            self.controller.execute(lambda: lock_command(document, item, locked), tr("Cannot lock"))

    @Slot(str)
    def _on_timetable_unplace_requested(self, item: str) -> None:
        document = self.document
        if document is not None:
            self.controller.execute(lambda: unplace_command(document, item), tr("Cannot unplace"))

    @Slot(object)
    def _on_timetable_day_changed(self, day: date) -> None:
        self.timeline.set_day(day)

    @Slot(float)
    def _on_timetable_zoom_changed(self, zoom: float) -> None:
        self.settings.timetable_zoom = zoom

    @Slot(str)
    def show_item(self, item: str) -> None:
        """Show ``item`` on the timetable (its day, scrolled to, highlighted)."""
        if not item:
            return
        self.tabs.setCurrentWidget(self.schedule_splitter)
        if not self.timetable.select_item(item):
            self.edit_item(item)
        else:
            self.timetable.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def edit_item(self, item: str) -> None:
        """Open the list where ``item`` is edited, with its row selected."""
        if self.document is None or not item:
            return
        plan = self.document.plan
        key = "sessions" if item in plan.session_by_id else "requests"
        if item not in plan.session_by_id and item not in plan.request_by_id:
            return
        page = self.pages[key]
        self.tabs.setCurrentWidget(page)
        page.search_edit.clear()
        page.select_id(item)
        page.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    def write_invitations(self) -> None:
        """File › Write Invitations… (the controller's, here for callers of the window)."""
        self.controller.write_invitations()

    # Edit, View and Plan menus ----------------------------------------------------------

    def focus_search(self) -> None:
        page = self.tabs.currentWidget()
        if page is self.schedule_splitter:
            self.timetable.focus_search()
            return
        if isinstance(page, ListPage):
            page.focus_search()
            return
        search = getattr(page, "search_edit", None)
        if search is not None:
            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            search.selectAll()

    def current_day(self) -> date | None:
        return self.timetable.current_day() if self.document else None

    def show_preferences(self) -> None:
        PreferencesDialog(self.settings, self).exec()

    def show_day(self, day: date) -> None:
        """Switch the timetable and the delegation view to ``day``."""
        self.timetable.set_day(day)
        self.timeline.set_day(day)
        if self.tabs.currentIndex() >= SCHEDULE_TABS:
            self.tabs.setCurrentWidget(self.schedule_splitter)

    def check_rules(self) -> None:
        assert self.document is not None
        self.conflicts_dock.show()
        self.conflicts_dock.raise_()
        self.conflicts.list_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        count = len(self.document.violations)
        if count == 0:
            self.show_message(tr("No conflicts: the schedule keeps rules 1–10."))
        else:
            self.show_message(conflicts_text(count))

    # Closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        if self.document is not None:
            self.document.close()
            self.document = None
        event.accept()
