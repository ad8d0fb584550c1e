"""Shared fixtures. Qt runs offscreen; nothing here touches the real clock or home."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner.domain.model import Plan
from planner.services import PlanService, create_demo, sample_plan

FIXED_NOW = datetime(2021, 10, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def cica() -> Plan:
    """The shipped sample plan, read once."""
    return sample_plan()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "cica.summit"
    create_demo(path)
    return path


@pytest.fixture
def plan_path(tmp_path: Path, _demo_template: Path) -> Path:
    """A fresh plan file holding the sample plan, in the test's own folder."""
    path = tmp_path / "cica.summit"
    shutil.copyfile(_demo_template, path)
    return path


@pytest.fixture
def service(plan_path: Path) -> Iterator[PlanService]:
    """The sample plan, open for editing."""
    opened = PlanService.open(plan_path)
    yield opened
    opened.close()


@pytest.fixture
def clock() -> datetime:
    """A fixed, timezone-aware 'now' for anything that stamps time."""
    return FIXED_NOW


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses Qt as ``gui`` so ``-m "not gui"`` runs the core alone."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.gui)
