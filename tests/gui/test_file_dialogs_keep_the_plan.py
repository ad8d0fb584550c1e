"""A file chooser that lists the plan's folder leaves the open plan's locks alone.

Reading the plan file through another descriptor and closing it drops the
POSIX locks SQLite holds on it; the next program then deletes the journal
from under the window. The choosers name files by extension only.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QFileSystemModel

from planner.domain.edits import Kind
from planner.domain.operations import set_fields
from planner.gui.dialogs import files
from planner.gui.document import Document
from planner.services import PlanService


def _list_the_folder(dialog: Any, plan_path: Path, qtbot: Any) -> None:
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    assert model is not None

    def listed() -> bool:
        index = model.index(str(plan_path))
        return index.isValid() and bool(model.type(index))

    qtbot.waitUntil(listed, timeout=5000)
    for column in range(model.columnCount()):  # what the details view shows
        model.data(model.index(str(plan_path)).siblingAtColumn(column))
    dialog.reject()


def test_listing_the_plan_s_folder_keeps_the_window_s_edits(plan_path: Path, qtbot: Any) -> None:
    document = Document.open(plan_path)
    try:
        venue = document.plan.venues[0]
        document.service.apply(set_fields(Kind.VENUE, venue.id, capacity=111))
        dialog = files._dialog(None, "Choose", str(plan_path.parent), "Plans (*.summit)")
        assert dialog.iconProvider() is not None
        model = dialog.findChild(QFileSystemModel)
        assert model is not None and model.iconProvider() is dialog.iconProvider()
        _list_the_folder(dialog, plan_path, qtbot)
        # Another program opens and closes the plan: it must see the window is still there.
        subprocess.run(
            [sys.executable, "-m", "planner", "info", str(plan_path)],
            check=True,
            capture_output=True,
        )
        assert plan_path.with_name(plan_path.name + "-wal").exists()
        document.service.apply(set_fields(Kind.VENUE, venue.id, capacity=112))
        reader = PlanService.open(plan_path)
        try:
            assert reader.plan.venue_by_id[venue.id].capacity == 112
        finally:
            reader.close()
    finally:
        document.close()


def test_the_chooser_names_a_plan_without_reading_it(plan_path: Path, qapp: Any) -> None:
    from PySide6.QtCore import QFileInfo

    provider = files.ExtensionIconProvider()
    assert provider.type(QFileInfo(str(plan_path))) == "Summit Planner plan"
    assert not provider.icon(QFileInfo(str(plan_path))).isNull()


# The offscreen platform cannot raise a window or let the name's completer grab the keys.
@pytest.mark.qt_log_ignore(r"^This plugin does not support (raise\(\)|grabbing the keyboard)$")
def test_replacing_a_file_is_asked_about_the_name_the_suffix_completes(
    tmp_path: Path, qtbot: Any
) -> None:
    """A name typed as "ro" where a plan goes means ro.summit: the chooser asks before
    replacing that file (not a file "ro"), and chooses nothing when the answer is No."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

    (tmp_path / "ro.summit").write_bytes(b"another plan")
    dialog = files._save_dialog(
        None, "Save a copy", "Plans (*.summit)", str(tmp_path / "plan copy.summit"), ".summit"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[str] = []

    def answer_no() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.No).click()
        elif dialog.isVisible():
            QTimer.singleShot(20, answer_no)

    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None

    def type_and_accept(typed: str) -> None:
        dialog.activateWindow()
        name.setFocus()
        qtbot.waitUntil(name.hasFocus)  # as the officer types: the name field has the focus
        name.selectAll()
        qtbot.keyClicks(name, typed)
        QTimer.singleShot(20, answer_no)
        dialog.accept()

    type_and_accept("ro")
    assert len(asked) == 1 and "ro.summit" in asked[0]
    assert dialog.result() != QFileDialog.DialogCode.Accepted

    type_and_accept("fresh")
    assert len(asked) == 1  # nothing to replace
    assert dialog.result() == QFileDialog.DialogCode.Accepted
    assert dialog.selectedFiles() == [str(tmp_path / "fresh.summit")]
