"""A list tab: search box, sortable filtered table, Add and Remove, messages at the field."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.gui.models.base import Editor, ItemRole, PlanTableModel, edit_error_text

Index = QModelIndex | QPersistentModelIndex


class FilterProxy(QSortFilterProxyModel):
    """Sorts by :attr:`ItemRole.SORT` and keeps rows where any cell contains the search text."""

    def __init__(self, source: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(ItemRole.SORT)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortLocaleAware(True)


_FORMATS = {
    Editor.DATE: "yyyy-MM-dd",
    Editor.TIME: "HH:mm",
    Editor.DATETIME: "yyyy-MM-dd HH:mm",
}
"""The text each picker hands the model: what an officer would type in the cell."""


class ChoiceDelegate(QStyledItemDelegate):
    """The editor a cell asks for: a combo box for choices, pickers for dates and times,
    and plain text for numbers (so that letters typed are refused with a reason, where a
    spin box would swallow them)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        title = str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        choices = index.data(ItemRole.CHOICES)
        kind = index.data(ItemRole.EDITOR)
        editor: QWidget
        if choices and kind == Editor.PICK_MANY:
            picks = QListWidget(parent)
            for label, value in choices:
                entry = QListWidgetItem(label, picks)
                entry.setData(Qt.ItemDataRole.UserRole, value)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
            editor = picks
        elif choices:
            combo = QComboBox(parent)
            for label, value in choices:
                combo.addItem(label, value)
            editor = combo
        elif kind == Editor.DATE:
            editor = QDateEdit(parent)
        elif kind == Editor.TIME:
            editor = QTimeEdit(parent)
        elif kind == Editor.DATETIME:
            editor = QDateTimeEdit(parent)
        elif kind == Editor.NUMBER:
            editor = QLineEdit(parent)
        else:
            return super().createEditor(parent, option, index)
        if isinstance(editor, QDateTimeEdit):  # QDateEdit and QTimeEdit are ones too
            editor.setDisplayFormat(_FORMATS[Editor(kind)])
            editor.setCalendarPopup(kind != Editor.TIME)
        editor.setAccessibleName(title)
        return editor

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        super().updateEditorGeometry(editor, option, index)
        if isinstance(editor, QListWidget):  # room to see and tick the choices
            rect = option.rect
            editor.setGeometry(rect.x(), rect.y(), max(rect.width(), 260), 220)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QListWidget):
            chosen = {part for part in str(value or "").split(",") if part}
            for row in range(editor.count()):
                entry = editor.item(row)
                picked = entry.data(Qt.ItemDataRole.UserRole) in chosen
                entry.setCheckState(Qt.CheckState.Checked if picked else Qt.CheckState.Unchecked)
            return
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(found, 0))
            return
        kind = index.data(ItemRole.EDITOR)
        if isinstance(editor, QDateTimeEdit) and kind in _FORMATS:
            shown = QDateTime.fromString(str(value), _FORMATS[Editor(kind)])
            if kind == Editor.TIME:
                editor.setTime(QTime.fromString(str(value), _FORMATS[Editor.TIME]))
            elif kind == Editor.DATE:
                editor.setDate(QDate.fromString(str(value), _FORMATS[Editor.DATE]))
            elif shown.isValid():
                editor.setDateTime(shown)
            return
        if isinstance(editor, QLineEdit) and kind == Editor.NUMBER:
            editor.setText("" if value is None else str(value))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QListWidget):
            picked = [
                str(editor.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(editor.count())
                if editor.item(row).checkState() == Qt.CheckState.Checked
            ]
            model.setData(index, ",".join(picked), Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        kind = index.data(ItemRole.EDITOR)
        if isinstance(editor, QDateTimeEdit) and kind in _FORMATS:
            text = editor.dateTime().toString(_FORMATS[Editor(kind)])
            if kind == Editor.TIME:
                text = editor.time().toString(_FORMATS[Editor.TIME])
            elif kind == Editor.DATE:
                text = editor.date().toString(_FORMATS[Editor.DATE])
            model.setData(index, text, Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QLineEdit) and kind == Editor.NUMBER:
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class FieldMessage(QLabel):
    """A refusal said at the cell: a balloon just below it, until the next good edit."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("field_message")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Why the value was not changed"))
        self.setAutoFillBackground(True)
        self.setMargin(6)
        self.setStyleSheet(
            "QLabel#field_message { background-color: palette(base); "
            "color: palette(text); border: 2px solid #c62828; border-radius: 4px; }"
        )
        self.hide()

    def show_at(self, cell: QRect, text: str) -> None:
        area = self.parentWidget()
        width = min(max(cell.width(), 260), max(area.width() - 8, 120)) if area else 260
        self.setText(text)
        self.setFixedWidth(width)
        self.adjustSize()
        x = cell.left()
        y = cell.bottom() + 3
        if area is not None:
            x = max(2, min(x, area.width() - width - 2))
            if y + self.height() > area.height():
                y = max(2, cell.top() - self.height() - 3)
        self.move(x, y)
        self.show()
        self.raise_()


class ListPage(QWidget):
    """One list of the plan, searchable and editable in place.

    Signals:
        message(str): something to show in the status bar.
        activated(str): a row was activated (Enter or double-click on a read-only cell).
    """

    message = Signal(str)
    activated = Signal(str)

    def __init__(
        self, model: PlanTableModel[Any], name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = FilterProxy(model, self)
        model.set_live(False)  # live from the first time the page is shown
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search {name}…").format(name=name.lower()))
        self.search_edit.setAccessibleName(self.tr("Search {name}").format(name=name.lower()))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(name)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        # No sort column until the officer clicks a header: rows keep the plan's
        # order (precedence for delegations), and opening a big plan sorts nothing.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()  # row numbers mean nothing once sorted
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        # Size columns by the first rows only, and only when first shown: measuring
        # every cell of 3,000 people would delay opening the window.
        self.table.horizontalHeader().setResizeContentsPrecision(30)
        self._sized = False
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setToolTip(self.tr("Add a row, then edit it in place"))
        self.add_button.setAccessibleName(self.tr("Add to {name}").format(name=name.lower()))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected rows (Undo brings them back)"))
        self.remove_button.setAccessibleName(
            self.tr("Remove from {name}").format(name=name.lower())
        )
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.field_message = FieldMessage(self.table.viewport())
        self.refusal = ""
        """The refusal said at the field, until the next good edit ("" for none)."""
        model.edit_rejected.connect(self._on_model_edit_rejected)
        model.dataChanged.connect(self._on_model_changed)
        model.modelReset.connect(self._on_model_changed)
        self.table.verticalScrollBar().valueChanged.connect(self.field_message.hide)
        self.table.horizontalScrollBar().valueChanged.connect(self.field_message.hide)
        self.table.doubleClicked.connect(self._on_table_double_clicked)

        self.order_label = QLabel(self)
        self.order_label.setAccessibleName(self.tr("Order of the rows"))
        self.order_label.setTextFormat(Qt.TextFormat.RichText)
        self.order_label.linkActivated.connect(self._on_order_label_link_activated)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._show_order)
        self._show_order()

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.order_label)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        if not model.editable_rows:
            # Rows that cannot be added or removed (the event's settings) get no buttons.
            self.add_button.hide()
            self.remove_button.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.setTabOrder(self.search_edit, self.add_button)
        self.setTabOrder(self.add_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.table)

    def natural_order(self) -> str:
        order = str(self.model.natural_order)
        return QCoreApplication.translate("", order) if order else ""

    def order_text(self) -> str:
        """How the rows are sorted: the list's own order, or a column and its direction."""
        header = self.table.horizontalHeader()
        column = header.sortIndicatorSection()
        if not 0 <= column < self.model.columnCount():
            return self.natural_order()
        title = self.model.headerData(column, Qt.Orientation.Horizontal)
        ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        direction = self.tr("ascending") if ascending else self.tr("descending")
        return self.tr("Sorted by {column}, {direction}").format(column=title, direction=direction)

    def _show_order(self) -> None:
        text = html.escape(self.order_text())
        if self.table.horizontalHeader().sortIndicatorSection() >= 0:
            back = html.escape(self.tr("back to {order}").format(order=self.natural_order()))
            text += f' · <a href="natural">{back.lower()}</a>'
        self.order_label.setText(text)
        self.order_label.setVisible(bool(text))

    def show_natural_order(self) -> None:
        """Undo a click on a column header: rows in the list's own order again."""
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self._show_order()

    def _on_order_label_link_activated(self, link: str) -> None:
        self.show_natural_order()

    def showEvent(self, event: QShowEvent) -> None:
        self.model.set_live(True)
        if not self._sized:
            self._sized = True
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(header.count()):
                header.resizeSection(column, min(header.sectionSize(column), 320))
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.model.set_live(False)  # edits elsewhere refresh this list when it is shown again
        super().hideEvent(event)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def selected_ids(self) -> set[str]:
        rows = self.table.selectionModel().selectedRows()
        return {str(self.proxy.mapToSource(row).data(ItemRole.ID)) for row in rows}

    def select_id(self, row_id: str) -> None:
        row = self.model.row_of_id(row_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _on_add_clicked(self) -> None:
        try:
            added = self.model.add_row()
        except PlannerError as error:
            self.message.emit(edit_error_text(error))
            return
        self.search_edit.clear()
        self.select_id(added)
        self.table.setFocus()

    def _on_remove_clicked(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.message.emit(self.tr("Select the rows to remove first."))
            return
        try:
            self.model.remove_rows(ids)
        except PlannerError as error:
            self.message.emit(
                self.tr("Not removed: {reason}").format(reason=edit_error_text(error))
            )

    def _on_model_edit_rejected(self, index: QModelIndex, reason: str) -> None:
        title = self.model.headerData(index.column(), Qt.Orientation.Horizontal)
        text = self.tr("{field} not changed: {reason}").format(field=title, reason=reason)
        self.refusal = text
        self.message.emit(text)
        shown = self.proxy.mapFromSource(index)
        if shown.isValid():
            self.table.scrollTo(shown)
            self.field_message.show_at(self.table.visualRect(shown), text)

    def _on_model_changed(self) -> None:
        """A good edit (or any change to the list) takes back the last refusal."""
        if self.refusal:
            self.refusal = ""
            self.field_message.hide()
            self.message.emit("")

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if not (index.flags() & Qt.ItemFlag.ItemIsEditable):
            self.activated.emit(str(index.data(ItemRole.ID)))
