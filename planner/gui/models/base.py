"""The shared table adapter: rows of one plan list, columns declared as data.

Models hold no rules and no plan of their own to write back: they show the
document's current plan, and a cell edit becomes one operation of the core
(change these fields of this entity), run as one undoable command on the
plan as the file holds it then; the core validates it. A refused edit leaves
the plan and the cell as they were and emits ``edit_rejected`` with the
reason, which the page shows at the field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from planner.domain.edits import Entity, Kind
from planner.domain.model import Plan
from planner.domain.operations import AddEntity, ChangeEntity, Operation, RemoveEntities
from planner.errors import PlannerError, ValidationError
from planner.gui.commands import OperationCommand
from planner.gui.document import Document
from planner.gui.translation import tr as tr  # tables.py and event.py import it from here
from planner.services import Changes

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
Cell = str | int | bool | None


class ItemRole(IntEnum):
    """Custom data roles of the planner's table models."""

    ID = Qt.ItemDataRole.UserRole + 1
    """The id of the row's object."""
    SORT = Qt.ItemDataRole.UserRole + 2
    """A value that sorts the column as an officer expects (numbers, times)."""
    CHOICES = Qt.ItemDataRole.UserRole + 3
    """For a cell edited by choosing: a list of (label, value) pairs."""
    EDITOR = Qt.ItemDataRole.UserRole + 4
    """The editor a cell wants: one of :class:`Editor`, or None for plain text."""


class Editor(StrEnum):
    """Editors beyond plain text; every one hands the model text, which the model reads."""

    NUMBER = "number"
    """Text, so that letters typed are refused with a message rather than swallowed."""
    DATE = "date"
    TIME = "time"
    DATETIME = "datetime"
    PICK_MANY = "pick many"
    """Several of the column's choices, ticked in a list; the model gets them comma-separated."""


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: how to show a row's value, and (when editable) how to change it.

    ``edit`` receives the plan, the row and the value the editor produced, and
    returns the edited row; it raises ValueError or PlannerError on bad input.
    """

    title: str
    value: Callable[[Plan, T], Cell]
    edit: Callable[[Plan, T, Any], T] | None = None
    display: Callable[[Plan, T], str] | None = None
    tooltip: str = ""
    choices: Callable[[Plan], list[tuple[str, str]]] | None = None
    checkable: bool = False
    sort: Callable[[Plan, T], Any] | None = None
    editor: Editor | None = None


def edit_error_text(error: Exception) -> str:
    """The reason a cell edit was refused, as one short paragraph."""
    if isinstance(error, ValidationError) and error.problems:
        return "; ".join(problem.message for problem in error.problems[:3])
    if isinstance(error, PlannerError):
        return error.message
    return str(error)


class PlanTableModel(QAbstractTableModel, Generic[T]):
    """A table over one list of the plan.

    Signals:
        edit_rejected(QModelIndex, str): an edit was refused; nothing was saved.
    """

    edit_rejected = Signal(QModelIndex, str)
    what = "row"
    """What a row is, for undo texts ("venue", "person")."""
    kind = Kind.VENUE
    """The kind of entity a row is."""
    natural_order = QT_TRANSLATE_NOOP("", "In the plan's order")
    """How the rows are ordered before a column header is clicked (translated when shown)."""
    editable_rows = True
    """Whether rows can be added and removed (the event's settings cannot)."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.columns: Sequence[Column[T]] = self.make_columns()
        self._plan = document.plan
        self._rows: list[T] = list(self.rows_of(self._plan))
        self.live = True
        self.stale = False
        document.changes_applied.connect(self._on_document_changes_applied)

    # For subclasses ------------------------------------------------------------

    def make_columns(self) -> Sequence[Column[T]]:
        raise NotImplementedError

    def rows_of(self, plan: Plan) -> Sequence[T]:
        raise NotImplementedError

    def row_id(self, row: T) -> str:
        return str(getattr(row, "id"))  # noqa: B009 (every listed dataclass has an id)

    def edit_operation(self, row: T, column: Column[T], value: Any) -> Operation:
        """The operation that puts ``value`` in ``column`` of ``row``, on the plan as it is then."""
        edit = column.edit
        assert edit is not None
        return ChangeEntity(
            self.kind, self.row_id(row), lambda plan, current: edit(plan, current, value)
        )

    def edits_nothing(self, row: T, column: Column[T], value: Any) -> bool:
        """Whether ``value`` leaves ``row`` as it is (raises ValueError or PlannerError if bad)."""
        assert column.edit is not None
        return bool(column.edit(self._plan, row, value) == row)

    def concerns(self, changes: Changes) -> bool:
        """Whether ``changes`` may alter what this table shows."""
        return changes.any

    def new_entity(self, plan: Plan) -> Entity:
        """A new row's entity for ``plan`` (raises PlannerError when none can be added)."""
        raise PlannerError(tr("rows cannot be added here"))

    # Qt's model interface ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
                return column.tooltip
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.edit is not None:
            if column.checkable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        number, column_number = index.row(), index.column()
        if not (0 <= number < len(self._rows) and 0 <= column_number < len(self.columns)):
            return None
        row = self._rows[number]
        column = self.columns[column_number]
        plan = self._plan
        if role == Qt.ItemDataRole.DisplayRole:
            if column.checkable:
                return None
            if column.display is not None:
                return column.display(plan, row)
            value = column.value(plan, row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(column.value(plan, row), int) and not column.checkable:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return None
        if role == Qt.ItemDataRole.EditRole:
            value = column.value(plan, row)
            return "" if value is None else value
        if role == Qt.ItemDataRole.CheckStateRole and column.checkable:
            return Qt.CheckState.Checked if column.value(plan, row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            shown = self.data(index, Qt.ItemDataRole.DisplayRole)
            return f"{column.title}: {shown}" if shown not in (None, "") else column.title
        if role == ItemRole.ID:
            return self.row_id(row)
        if role == ItemRole.SORT:
            if column.sort is not None:
                return column.sort(plan, row)
            value = column.value(plan, row)
            return "" if value is None else value
        if role == ItemRole.CHOICES and column.choices is not None:
            return column.choices(plan)
        if role == ItemRole.EDITOR and column.edit is not None and not column.checkable:
            if column.editor is not None:
                return column.editor
            if isinstance(column.value(plan, row), int) and column.choices is None:
                return Editor.NUMBER
        return None

    def tooltip(self, row: T, column: Column[T]) -> str | None:
        return column.tooltip or None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not (self.flags(index) & ~Qt.ItemFlag.ItemIsEnabled):
            return False
        if self.stale:
            self.refresh()  # never build an edit on a plan that has changed since
        column = self.columns[index.column()]
        if column.edit is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and column.checkable:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole or column.checkable:
            return False
        row = self._rows[index.row()]
        if not column.checkable and value == self.data(index, Qt.ItemDataRole.EditRole):
            return False  # nothing changed: no undo step, no write
        try:
            if self.edits_nothing(row, column, value):
                return False
            text = tr("Change {what} {field}").format(what=self.what, field=column.title.lower())
            operation = self.edit_operation(row, column, value)
            self.document.execute(OperationCommand(self.document, operation, text))
        except (PlannerError, ValueError) as error:
            self.edit_rejected.emit(self.index(index.row(), index.column()), edit_error_text(error))
            return False
        return True

    # Rows ------------------------------------------------------------------------

    def row_of_id(self, row_id: str) -> int | None:
        for number, row in enumerate(self._rows):
            if self.row_id(row) == row_id:
                return number
        return None

    def add_row(self) -> str:
        """Add a row (one undoable step); returns its id."""
        command = OperationCommand(
            self.document,
            AddEntity(self.kind, self.new_entity),
            tr("Add {what}").format(what=self.what),
        )
        self.document.execute(command)
        return next((change.key for change in command.edit.changes if change.before is None), "")

    def remove_rows(self, ids: set[str]) -> None:
        """Remove rows (one undoable step); PlannerError when something still refers to them."""
        if not ids:
            return
        if not self.editable_rows:
            raise PlannerError(tr("rows cannot be removed here"))
        text = tr("Remove {count} {what}(s)").format(count=len(ids), what=self.what)
        self.document.execute(
            OperationCommand(self.document, RemoveEntities(self.kind, sorted(ids)), text)
        )

    def refresh(self) -> None:
        """Re-read the plan, announcing the narrowest change Qt needs to hear about."""
        self.stale = False
        plan = self.document.plan
        rows = list(self.rows_of(plan))
        same_rows = [self.row_id(r) for r in rows] == [self.row_id(r) for r in self._rows]
        if not same_rows:
            self.beginResetModel()
            self._plan, self._rows = plan, rows
            self.endResetModel()
            return
        old = self._rows
        self._plan, self._rows = plan, rows
        if not self.columns or not rows:
            return
        changed = [number for number, (a, b) in enumerate(zip(old, rows, strict=True)) if a != b]
        if not changed or len(changed) > 1:
            # a change elsewhere (a venue renamed) may alter derived cells on any row
            first, last = (0, len(rows) - 1)
        else:
            first = last = changed[0]
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def set_live(self, live: bool) -> None:
        """Whether a view shows the model now; a hidden one catches up when shown."""
        self.live = live
        if live and self.stale:
            self.refresh()

    def _on_document_changes_applied(self, changes: Changes) -> None:
        if self.concerns(changes):
            if self.live:
                self.refresh()
            else:
                self.stale = True


def unique_id(prefix: str, taken: set[str]) -> str:
    number = 1
    while f"{prefix}-{number}" in taken:
        number += 1
    return f"{prefix}-{number}"
