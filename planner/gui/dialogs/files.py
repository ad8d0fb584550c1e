"""File choosers: thin wrappers so callers (and tests) have one place to ask for a path.

Every chooser names files by their extension alone. Qt's own would read each
file in the folder to find its type, and reading the open plan file through a
second descriptor and closing it drops every POSIX lock this process holds on
it (the rule of fcntl locks): the next program to open the plan would then
think itself alone, checkpoint the journal and delete it from under the
window, whose later edits would be lost.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QFileInfo, QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QLineEdit, QWidget

from planner.gui.translation import tr

PLAN_SUFFIX = ".summit"


class ExtensionIconProvider(QAbstractFileIconProvider):
    """Icons and types from a file's name: no file is opened to find them."""

    def __init__(self) -> None:
        super().__init__()
        self._standard = QFileIconProvider()
        self._mime = QMimeDatabase()

    def icon(self, which: object) -> QIcon:
        if isinstance(which, QFileInfo):
            kind = (
                QAbstractFileIconProvider.IconType.Folder
                if which.isDir()
                else QAbstractFileIconProvider.IconType.File
            )
            return self._standard.icon(kind)
        icon: QIcon = self._standard.icon(which)  # type: ignore[call-overload]
        return icon

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return tr("Folder")
        if info.suffix().lower() == PLAN_SUFFIX.lstrip("."):
            return tr("Summit Planner plan")
        mime = self._mime.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension)
        return mime.comment() or tr("File")


class _Chooser(QFileDialog):
    """Qt's chooser; with ``suffix``, a name typed without it gets it before Qt's own
    check, so that replacing a file is asked about the file that will be written."""

    def __init__(
        self, parent: QWidget | None, title: str, folder: str, filters: str, suffix: str = ""
    ) -> None:
        super().__init__(parent, title, folder, filters)
        self.suffix = suffix

    def accept(self) -> None:
        chosen = self.selectedFiles()
        if self.suffix and chosen:
            path = Path(chosen[0])
            if path.suffix.lower() != self.suffix and not path.is_dir():
                completed = path.with_name(path.name + self.suffix)
                self.selectFile(str(completed))
                # selectFile leaves the name field alone while it has the focus,
                # as it has when the officer presses Enter there.
                name = self.findChild(QLineEdit, "fileNameEdit")
                if name is not None:
                    name.setText(completed.name)
        super().accept()


def _dialog(
    parent: QWidget | None, title: str, folder: str, filters: str = "", *, suffix: str = ""
) -> QFileDialog:
    dialog = _Chooser(parent, title, folder, filters, suffix)
    dialog.setIconProvider(ExtensionIconProvider())
    if sys.platform != "win32":
        # A native chooser runs in this process too and reads files as it likes.
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    return dialog


def _chosen(dialog: QFileDialog) -> Path | None:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()


def ask_open_path(
    parent: QWidget | None, title: str, filters: str, folder: str = ""
) -> Path | None:
    """A file to read, or None when the officer cancels."""
    dialog = _dialog(parent, title, folder, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _chosen(dialog)


def _save_dialog(
    parent: QWidget | None, title: str, filters: str, suggested: str = "", suffix: str = ""
) -> QFileDialog:
    dialog = _dialog(parent, title, suggested, filters, suffix=suffix)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if suggested and not Path(suggested).is_dir():
        dialog.selectFile(suggested)
    return dialog


def ask_save_path(
    parent: QWidget | None, title: str, filters: str, suggested: str = "", suffix: str = ""
) -> Path | None:
    """A file to write (the dialog confirms replacing one), or None when cancelled.

    ``suffix`` (``.summit``) is added when the officer typed a name without it.
    """
    path = _chosen(_save_dialog(parent, title, filters, suggested, suffix))
    if path is None:
        return None
    if suffix and path.suffix.lower() != suffix:  # a native chooser (Windows) has not added it
        path = path.with_name(path.name + suffix)
    return path


def ask_folder(parent: QWidget | None, title: str, folder: str = "") -> Path | None:
    dialog = _dialog(parent, title, folder)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _chosen(dialog)
