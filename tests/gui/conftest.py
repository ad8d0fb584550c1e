"""GUI fixtures: settings in a temporary INI, an open document, the main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths

from planner.gui.document import Document
from planner.gui.main_window import MainWindow
from planner.gui.settings import Settings


@pytest.fixture(autouse=True)
def _standard_paths_test_mode() -> Iterator[None]:
    """Keep every QStandardPaths lookup away from the real home folder."""
    QStandardPaths.setTestModeEnabled(True)
    yield
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.from_file(tmp_path / "settings.ini")


@pytest.fixture
def document(plan_path: Path, qapp: object) -> Iterator[Document]:
    opened = Document.open(plan_path)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: Any, settings: Settings, plan_path: Path) -> MainWindow:
    """The main window with the CICA plan open."""
    shown = MainWindow(settings)
    qtbot.addWidget(shown)
    shown.set_document(Document.open(plan_path, shown))
    return shown
