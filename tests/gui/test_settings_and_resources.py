"""Settings kept in an INI file, and the resources the window shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale

from planner.gui.resources import app_icon, install_translators
from planner.gui.settings import DEFAULT_TIME_LIMIT, RECENT_LIMIT, Settings


def test_recent_files_keep_the_latest_first_without_repeats(
    settings: Settings, tmp_path: Path
) -> None:
    paths = [tmp_path / f"plan{n}.summit" for n in range(RECENT_LIMIT + 2)]
    for path in paths:
        settings.add_recent(path)
    settings.add_recent(paths[3])
    recent = settings.recent_files
    assert recent[0] == str(paths[3].resolve())
    assert len(recent) == RECENT_LIMIT and len(set(recent)) == RECENT_LIMIT
    settings.forget_recent(paths[3])
    assert str(paths[3].resolve()) not in settings.recent_files
    assert settings.last_plan is None


def test_settings_survive_a_restart_and_refuse_nonsense(tmp_path: Path) -> None:
    first = Settings.from_file(tmp_path / "s.ini")
    first.time_limit = 45
    first.add_recent(tmp_path / "a.summit")
    first.sync()
    second = Settings.from_file(tmp_path / "s.ini")
    assert second.time_limit == 45
    assert second.recent_files == [str((tmp_path / "a.summit").resolve())]
    second.store.setValue("schedule/time_limit", "forever")
    assert second.time_limit == DEFAULT_TIME_LIMIT


def test_the_application_icon_and_translations_load(qapp: Any) -> None:
    icon = app_icon()
    assert not icon.isNull() and not icon.pixmap(32, 32).isNull()
    before = QLocale()
    translators = install_translators(qapp, QLocale(QLocale.Language.Russian))
    assert len(translators) == 2  # Qt's own words and the planner's
    assert QLocale().language() == QLocale.Language.Russian
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
