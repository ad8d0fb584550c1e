"""The conflicts panel: every broken rule of the schedule, one line each.

Double-clicking a line (or pressing Enter on it) asks the window to show the
first item involved; the window connects :attr:`ConflictsPanel.violation_activated`
to :meth:`~planner.gui.views.timetable.TimetableView.select_item`.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from planner.domain.model import Plan
from planner.domain.rules import RULE_NAMES, Violation
from planner.gui.models.base import Index
from planner.gui.views.entry_list import EntryList, entry_flags


class ConflictRole(IntEnum):
    """Custom data roles of :class:`ConflictsModel`."""

    ITEM = Qt.ItemDataRole.UserRole + 1
    """The first item the violation involves ("" when none)."""
    RULE = Qt.ItemDataRole.UserRole + 2


class ConflictsModel(QAbstractListModel):
    """Violations as list rows; tooltips are worked out only when asked for."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan: Plan | None = None
        self._violations: list[Violation] = []

    def set_violations(self, plan: Plan, violations: Sequence[Violation]) -> None:
        self._plan = plan
        if list(violations) == self._violations:
            return
        self.beginResetModel()
        self._violations = list(violations)
        self.endResetModel()

    def violations(self) -> list[Violation]:
        return list(self._violations)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._violations)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._violations):
            return None
        violation = self._violations[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return str(violation)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(violation)
        if role == ConflictRole.ITEM:
            return violation.items[0] if violation.items else ""
        if role == ConflictRole.RULE:
            return violation.rule
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return entry_flags(index)

    def _tooltip(self, violation: Violation) -> str:
        lines = [
            self.tr("Rule {rule}: {name}").format(
                rule=violation.rule, name=RULE_NAMES.get(violation.rule, "")
            ),
            violation.message,
        ]
        if violation.items and self._plan is not None:
            plan = self._plan
            titles = ", ".join(plan.item_title(item) for item in violation.items)
            lines.append(self.tr("Items: {titles}").format(titles=titles))
        return "\n".join(lines)


class _ConflictList(EntryList):
    """A list that reports Enter on its current line, and a double-click on any line."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
            self.entry_activated.emit(current)
            event.accept()
            return
        super().keyPressEvent(event)


class ConflictsPanel(QWidget):
    """All rule violations of the plan, as ``Rule N: message``.

    Signals:
        violation_activated(str): the officer asked to see the first item of a
            violation (double-click or Enter).
        count_changed(int): the number of violations after a new check.
    """

    violation_activated = Signal(str)
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(self)
        self.model = ConflictsModel(self)
        self.list_view = _ConflictList(self)
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(self.tr("Conflicts"))
        self.list_view.setToolTip(self.tr("Double-click or press Enter to show the item"))
        # One line per violation (the whole message in the tooltip): a long list
        # then costs nothing to lay out.
        self.list_view.setUniformItemSizes(True)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.list_view.entry_activated.connect(self._on_list_view_activated)
        self.title_label.setBuddy(self.list_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.list_view, 1)
        self._show_count()

    def set_violations(self, plan: Plan, violations: Sequence[Violation]) -> None:
        """Show ``violations`` of ``plan`` (in the order given: rule, then item)."""
        self.model.set_violations(plan, violations)
        self._show_count()
        self.count_changed.emit(self.count())

    def count(self) -> int:
        return self.model.rowCount()

    def lines(self) -> list[str]:
        """The text of every line, top to bottom."""
        return [str(violation) for violation in self.model.violations()]

    def _show_count(self) -> None:
        count = self.count()
        # The count is the dock's title; the line here says what to do with the list.
        if count:
            text = self.tr("Double-click a &conflict or press Enter to show its item.")
        else:
            text = self.tr("None: the schedule keeps every rule.")
        self.title_label.setText(text)
        self.list_view.setVisible(count > 0)
        description = self.tr("{count} rule violations").format(count=count)
        self.setAccessibleName(self.tr("Conflicts"))
        self.setAccessibleDescription(description)
        self.list_view.setAccessibleDescription(description)

    @Slot(QModelIndex)
    def _on_list_view_activated(self, index: QModelIndex) -> None:
        item = self.model.data(index, ConflictRole.ITEM)
        if item:
            self.violation_activated.emit(str(item))
