"""File choosers: thin wrappers so callers (and tests) have one place to ask for a path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_open_path(
    parent: QWidget | None, title: str, filters: str, folder: str = ""
) -> Path | None:
    """A file to read, or None when the officer cancels."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(chosen) if chosen else None


def ask_save_path(
    parent: QWidget | None, title: str, filters: str, suggested: str = "", suffix: str = ""
) -> Path | None:
    """A file to write (the dialog confirms replacing one), or None when cancelled.

    ``suffix`` (``.summit``) is added when the officer typed a name without it.
    """
    chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    if not chosen:
        return None
    path = Path(chosen)
    if suffix and path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    return path


def ask_folder(parent: QWidget | None, title: str, folder: str = "") -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, folder)
    return Path(chosen) if chosen else None
