"""The pieces every dialog is laid out with: labelled fields, OK and Cancel, a column."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLayout, QVBoxLayout, QWidget


def labelled_form(rows: Iterable[tuple[str, QWidget]]) -> QFormLayout:
    """A form of (label, field) rows; a screen reader names each field by its label."""
    form = QFormLayout()
    for label, widget in rows:
        form.addRow(label, widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
    return form


def ok_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel, accepting and rejecting ``dialog``."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def column(dialog: QDialog, *parts: QWidget | QLayout) -> QVBoxLayout:
    """``dialog`` laid out as ``parts``, top to bottom."""
    layout = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout
