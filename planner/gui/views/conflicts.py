"""The conflicts panel: every broken rule of the schedule, one line each.

Double-clicking a line (or pressing Enter on it) asks the window to show the
first item involved; the window connects :attr:`ConflictsPanel.violation_activated`
to :meth:`~planner.gui.views.timetable.TimetableView.select_item`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from planner.domain.model import Plan
from planner.domain.rules import RULE_NAMES, Violation

_ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class _ConflictList(QListWidget):
    """A list that reports Enter on its current line, and a double-click on any line."""

    entry_activated = Signal(QListWidgetItem)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self.entry_activated.emit(current)
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        entry = self.itemAt(event.position().toPoint())
        if entry is not None:
            self.setCurrentItem(entry)
            self.entry_activated.emit(entry)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


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
        self.list_widget = _ConflictList(self)
        self.list_widget.setAccessibleName(self.tr("Conflicts"))
        self.list_widget.setToolTip(self.tr("Double-click or press Enter to show the item"))
        self.list_widget.setWordWrap(True)
        self.list_widget.setAlternatingRowColors(True)
        self.list_widget.setUniformItemSizes(False)
        self.list_widget.entry_activated.connect(self._on_list_widget_activated)
        self.title_label.setBuddy(self.list_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.list_widget, 1)
        self._count = 0
        self._show_count()

    def set_violations(self, plan: Plan, violations: Sequence[Violation]) -> None:
        """Show ``violations`` of ``plan`` (in the order given: rule, then item)."""
        widget = self.list_widget
        widget.setUpdatesEnabled(False)
        widget.clear()
        for violation in violations:
            entry = QListWidgetItem(str(violation))
            entry.setData(_ITEM_ROLE, violation.items[0] if violation.items else "")
            entry.setToolTip(self._tooltip(plan, violation))
            widget.addItem(entry)
        widget.setUpdatesEnabled(True)
        self._count = len(violations)
        self._show_count()
        self.count_changed.emit(self._count)

    def count(self) -> int:
        return self._count

    def lines(self) -> list[str]:
        """The text of every line, top to bottom."""
        return [self.list_widget.item(row).text() for row in range(self.list_widget.count())]

    def _tooltip(self, plan: Plan, violation: Violation) -> str:
        lines = [
            self.tr("Rule {rule}: {name}").format(
                rule=violation.rule, name=RULE_NAMES.get(violation.rule, "")
            ),
            violation.message,
        ]
        if violation.items:
            titles = ", ".join(plan.item_title(item) for item in violation.items)
            lines.append(self.tr("Items: {titles}").format(titles=titles))
        return "\n".join(lines)

    def _show_count(self) -> None:
        if self._count:
            text = self.tr("&Conflicts ({count})").format(count=self._count)
        else:
            text = self.tr("&Conflicts: none, every rule is kept")
        self.title_label.setText(text)
        description = self.tr("{count} rule violations").format(count=self._count)
        self.setAccessibleName(self.tr("Conflicts"))
        self.setAccessibleDescription(description)
        self.list_widget.setAccessibleDescription(description)

    @Slot(QListWidgetItem)
    def _on_list_widget_activated(self, entry: QListWidgetItem) -> None:
        item = entry.data(_ITEM_ROLE)
        if item:
            self.violation_activated.emit(str(item))
