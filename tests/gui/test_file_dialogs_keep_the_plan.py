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

from PySide6.QtWidgets import QFileSystemModel

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
