"""A typed facade over QSettings: every key the window keeps, with its type and default.

Only window state lives here (geometry, recent files, the last plan, the
solver's time limit, the language); summit data stays in the plan file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from planner.messages import LANGUAGE_NAMES

ORGANIZATION = "Summit Planner"
APPLICATION = "Summit Planner"
RECENT_LIMIT = 8


@dataclass(frozen=True)
class Key:
    """A declared setting: its key in the INI/registry and what it is for."""

    name: str
    description: str


GEOMETRY = Key("window/geometry", "Main window position and size (Qt's own bytes).")
WINDOW_STATE = Key("window/state", "Docks and toolbars of the main window.")
RECENT_FILES = Key("files/recent", "Plan files opened lately, most recent first.")
LAST_PLAN = Key("files/last", "The plan open when the window last closed.")
TIME_LIMIT = Key("schedule/time_limit", "Seconds the scheduler may search (Build schedule…).")
DEFAULT_TIME_LIMIT = 30
TIMETABLE_ZOOM = Key("timetable/zoom", "The timetable's height per hour against the natural one.")
LANGUAGE = Key("ui/language", "The window's language (en, ru, kk, id); empty: the system's.")


class Settings:
    """Typed access to the window's settings.

    Args:
        store: the QSettings to read and write; tests pass an INI file in a
            temporary folder, the application the user's native store.
    """

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    @classmethod
    def from_file(cls, path: str | Path) -> Settings:
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def sync(self) -> None:
        self.store.sync()

    # Window ------------------------------------------------------------------

    def _bytes(self, key: Key) -> QByteArray | None:
        value = self.store.value(key.name)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes(GEOMETRY)

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.store.setValue(GEOMETRY.name, value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes(WINDOW_STATE)

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.store.setValue(WINDOW_STATE.name, value)

    # Files ---------------------------------------------------------------------

    @property
    def recent_files(self) -> list[str]:
        value = self.store.value(RECENT_FILES.name, [])
        if isinstance(value, str):  # QSettings hands back one entry as a plain string
            value = [value]
        if not isinstance(value, list):
            return []
        return [str(entry) for entry in value if str(entry)][:RECENT_LIMIT]

    def add_recent(self, path: str | Path) -> None:
        """Put ``path`` first among the recent files (and make it the last plan)."""
        text = str(Path(path).resolve())
        entries = [entry for entry in self.recent_files if entry != text]
        self.store.setValue(RECENT_FILES.name, [text, *entries][:RECENT_LIMIT])
        self.store.setValue(LAST_PLAN.name, text)

    def forget_recent(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        self.store.setValue(
            RECENT_FILES.name, [entry for entry in self.recent_files if entry != text]
        )
        if self.last_plan == text:
            self.store.remove(LAST_PLAN.name)

    def clear_recent(self) -> None:
        self.store.setValue(RECENT_FILES.name, [])

    @property
    def last_plan(self) -> str | None:
        value = self.store.value(LAST_PLAN.name)
        return str(value) if isinstance(value, str) and value else None

    # Scheduling ------------------------------------------------------------------

    @property
    def time_limit(self) -> int:
        value = self.store.value(TIME_LIMIT.name, DEFAULT_TIME_LIMIT)
        try:
            seconds = int(str(value))
        except ValueError:
            return DEFAULT_TIME_LIMIT
        return seconds if 1 <= seconds <= 3600 else DEFAULT_TIME_LIMIT

    @time_limit.setter
    def time_limit(self, seconds: int) -> None:
        self.store.setValue(TIME_LIMIT.name, int(seconds))

    # The timetable ------------------------------------------------------------------

    @property
    def timetable_zoom(self) -> float:
        try:
            zoom = float(str(self.store.value(TIMETABLE_ZOOM.name, 1.0)))
        except ValueError:
            return 1.0
        return zoom if 0.1 <= zoom <= 10 else 1.0

    @timetable_zoom.setter
    def timetable_zoom(self, zoom: float) -> None:
        self.store.setValue(TIMETABLE_ZOOM.name, float(zoom))

    # Language --------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The language chosen in Preferences, or ``""`` to follow the system."""
        value = self.store.value(LANGUAGE.name, "")
        return value if isinstance(value, str) and value in LANGUAGE_NAMES else ""

    @language.setter
    def language(self, language: str) -> None:
        if language and language not in LANGUAGE_NAMES:
            raise ValueError(f"Summit Planner does not speak {language!r}")
        self.store.setValue(LANGUAGE.name, language)
