"""What the unplaced list and the timetable drag: an item id, in a MIME type of its own."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

MIME_TYPE = "application/x-summit-planner-item"
"""What the unplaced list and the timetable drag: an item id in UTF-8."""


def item_mime(item: str) -> QMimeData:
    """Drag data carrying ``item``."""
    data = QMimeData()
    data.setData(MIME_TYPE, item.encode("utf-8"))
    return data


def item_from_mime(data: QMimeData | None) -> str | None:
    """The item id a drag carries, or None when it carries none."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return None
    try:
        text = bytes(data.data(MIME_TYPE).data()).decode("utf-8").strip()
    except UnicodeDecodeError:
        return None
    return text or None
