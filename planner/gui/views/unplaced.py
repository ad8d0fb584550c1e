"""The side list of what is not on the schedule yet: drag an entry onto the timetable.

It lists the sessions without a placement and the bilateral requests that
were not declined and are not granted yet, sessions first, then requests by
priority. Dragging an entry carries its item id under
:data:`~planner.gui.views.item_drag.MIME_TYPE`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import BilateralRequest, Plan, RequestStatus, Session
from planner.domain.precedence import name_key
from planner.gui.models.base import Index
from planner.gui.models.values import show_features
from planner.gui.views import palette
from planner.gui.views.entry_list import EntryList, entry_flags
from planner.gui.views.geometry import item_key
from planner.gui.views.item_drag import MIME_TYPE, item_mime


class UnplacedRole(IntEnum):
    """Custom data roles of :class:`UnplacedModel`."""

    ITEM = Qt.ItemDataRole.UserRole + 1
    """The item id."""
    SEARCH = Qt.ItemDataRole.UserRole + 2
    """Text the search box matches: title, delegations, id."""


@dataclass(frozen=True)
class _Row:
    item: str
    title: str
    detail: str
    key: str
    tooltip: str
    search: str


class UnplacedModel(QAbstractListModel):
    """Unplaced sessions and open bilateral requests of a plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._plan: Plan | None = None

    def set_plan(self, plan: Plan) -> None:
        rows = self._rows_of(plan)
        self._plan = plan
        if [row.item for row in rows] == [row.item for row in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def items(self) -> list[str]:
        return [row.item for row in self._rows]

    def _rows_of(self, plan: Plan) -> list[_Row]:
        placed = plan.placement_by_item
        sessions = [s for s in plan.sessions if s.id not in placed]
        requests = sorted(
            (
                r
                for r in plan.requests
                if r.id not in placed and r.status is not RequestStatus.DECLINED
            ),
            key=lambda r: (r.priority, name_key(plan.item_title(r.id)), r.id),
        )
        return [self._session_row(plan, s) for s in sessions] + [
            self._request_row(plan, r) for r in requests
        ]

    def _session_row(self, plan: Plan, session: Session) -> _Row:
        key = item_key(session)
        detail = self.tr("{kind} · {minutes} min").format(
            kind=palette.label(key), minutes=session.duration_minutes
        )
        if session.for_all:
            who = self.tr("all delegations")
        else:
            who = ", ".join(plan.delegation_name(d) for d in session.delegations)
        tooltip = "\n".join(
            (session.title, detail, self.tr("Delegations: {names}").format(names=who))
        )
        return _Row(
            session.id, session.title, detail, key, tooltip, f"{session.title} {who} {session.id}"
        )

    def _request_row(self, plan: Plan, request: BilateralRequest) -> _Row:
        title = plan.item_title(request.id)
        detail = self.tr("priority {priority} · {minutes} min").format(
            priority=request.priority, minutes=request.duration_minutes
        )
        if request.status is RequestStatus.AGREED:
            detail += " · " + self.tr("agreed")
        lines = [title, detail]
        if request.needs:
            lines.append(self.tr("Needs: {features}").format(features=show_features(request.needs)))
        who = " ".join(plan.delegation_name(d) for d in request.delegations)
        return _Row(
            request.id,
            title,
            detail,
            item_key(request),
            "\n".join(lines),
            f"{title} {who} {request.id}",
        )

    # Qt model interface -------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.title}\n{row.detail}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.tooltip
        if role == Qt.ItemDataRole.DecorationRole:
            parent = self.parent()
            if isinstance(parent, QWidget):
                return palette.fill(row.key, parent.palette())
            return None
        if role == UnplacedRole.ITEM:
            return row.item
        if role == UnplacedRole.SEARCH:
            return row.search
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return entry_flags(index, Qt.ItemFlag.ItemIsDragEnabled)

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        for index in indexes:
            if index.isValid() and 0 <= index.row() < len(self._rows):
                return item_mime(self._rows[index.row()].item)
        return QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction


class _ListView(EntryList):
    """A list whose current entry is placed on Enter and edited on F2 or a double-click."""

    entry_placed = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if current.isValid() and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.entry_placed.emit(current)
                event.accept()
                return
            if event.key() == Qt.Key.Key_F2:
                self.entry_activated.emit(current)
                event.accept()
                return
        super().keyPressEvent(event)


class UnplacedList(QWidget):
    """Unplaced sessions and requests with a search box; a drag source for the timetable.

    Signals:
        item_activated(str): the officer asked to edit an item (double-click or F2).
        place_requested(str): the officer asked to place an item at the timetable's
            focused cell (Enter).
        count_changed(int): how many entries the list holds after a new plan.
    """

    item_activated = Signal(str)
    place_requested = Signal(str)
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = UnplacedModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(UnplacedRole.SEARCH)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.title_label = QLabel(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search unplaced items"))
        self.search_edit.setAccessibleName(self.tr("Search unplaced items"))
        self.search_edit.setToolTip(self.tr("Filter by title, delegation or id"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_edit_changed)
        self.list_view = _ListView(self)
        self.list_view.setModel(self.proxy)
        self.list_view.setAccessibleName(self.tr("Unplaced items"))
        self.list_view.setToolTip(
            self.tr(
                "Drag an item onto the timetable, or press Enter to place it at the "
                "timetable's focused cell; double-click or F2 edits it"
            )
        )
        self.list_view.setDragEnabled(True)
        self.list_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setUniformItemSizes(True)
        # A long title ends in an ellipsis (its tooltip has it whole) rather than running
        # under the edge behind a sideways scroll bar.
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.entry_activated.connect(self._on_list_view_activated)
        self.list_view.entry_placed.connect(self._on_list_view_placed)
        self.build_button = QToolButton(self)
        self.build_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.build_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.build_button.hide()
        self.title_label.setBuddy(self.search_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.build_button)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list_view, 1)
        self.setAccessibleName(self.tr("Unplaced"))
        self._show_count()

    def set_plan(self, plan: Plan) -> None:
        """List what ``plan`` leaves unplaced (keeps the search text)."""
        self.model.set_plan(plan)
        self._show_count()
        self.count_changed.emit(self.model.rowCount())

    def set_build_action(self, action: QAction) -> None:
        """The call to action shown while anything is unplaced (Build schedule…)."""
        self.build_button.setDefaultAction(action)
        self._show_count()

    def visible_items(self) -> list[str]:
        """The item ids the list shows under the current search, top to bottom."""
        return [
            str(self.proxy.data(self.proxy.index(row, 0), UnplacedRole.ITEM))
            for row in range(self.proxy.rowCount())
        ]

    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.title_label.setText(self.tr("&Unplaced ({count})").format(count=count))
        self.build_button.setVisible(count > 0 and self.build_button.defaultAction() is not None)
        self.setAccessibleDescription(
            self.tr("{count} items not on the schedule").format(count=count)
        )

    @Slot(str)
    def _on_search_edit_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())

    @Slot(QModelIndex)
    def _on_list_view_placed(self, index: QModelIndex) -> None:
        item = self.proxy.data(index, UnplacedRole.ITEM)
        if item:
            self.place_requested.emit(str(item))

    @Slot(QModelIndex)
    def _on_list_view_activated(self, index: QModelIndex) -> None:
        item = self.proxy.data(index, UnplacedRole.ITEM)
        if item:
            self.item_activated.emit(str(item))
