"""What the side lists (conflicts, unplaced) share: their entries' flags and their list view."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QListView

from planner.gui.models.base import Index


def entry_flags(index: Index, extra: Qt.ItemFlag = Qt.ItemFlag.NoItemFlags) -> Qt.ItemFlag:
    """The flags of an entry of a flat, read-only list, with ``extra`` ones (drag)."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    return (
        Qt.ItemFlag.ItemIsEnabled
        | Qt.ItemFlag.ItemIsSelectable
        | Qt.ItemFlag.ItemNeverHasChildren
        | extra
    )


class EntryList(QListView):
    """A list that reports a double-click on an entry, which becomes the current one.

    Signals:
        entry_activated(QModelIndex): the officer asked for an entry.
    """

    entry_activated = Signal(QModelIndex)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            self.setCurrentIndex(index)
            self.entry_activated.emit(index)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
