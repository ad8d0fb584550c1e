"""Colours of the schedule views: one per session kind, plus bilateral meetings.

A colour's key is a block's kind (:func:`~planner.gui.views.geometry.item_key`).

Each kind has a light and a dark tone; the views pick the tone that suits the
widget's palette, so blocks stay readable in light and dark themes. Text on a
block is drawn in the colour :func:`text_colour` picks for its background.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette

from planner.domain.model import SessionKind
from planner.gui.views.geometry import BILATERAL

# (light theme, dark theme): pastel fills on white, deep fills on dark grey.
_TONES: dict[str, tuple[str, str]] = {
    SessionKind.PLENARY.value: ("#9ec5fe", "#1f4f8f"),
    SessionKind.MINISTERIAL.value: ("#b6a7f5", "#4a3a8c"),
    SessionKind.BILATERAL.value: ("#d4e7a1", "#55691f"),
    SessionKind.CEREMONY.value: ("#f7c873", "#8a5a10"),
    SessionKind.MEAL.value: ("#f5a8a0", "#8c3a32"),
    SessionKind.PRESS.value: ("#c9d67a", "#5c6a12"),
    SessionKind.SIDE_EVENT.value: ("#f2a8d8", "#7f2f66"),
    SessionKind.OTHER.value: ("#c8ccd2", "#4a5058"),
    BILATERAL: ("#7dd3b0", "#17694f"),
}

_LABELS: dict[str, str] = {
    SessionKind.PLENARY.value: str(QT_TRANSLATE_NOOP("palette", "Plenary")),
    SessionKind.MINISTERIAL.value: str(QT_TRANSLATE_NOOP("palette", "Ministerial")),
    SessionKind.BILATERAL.value: str(QT_TRANSLATE_NOOP("palette", "Bilateral session")),
    SessionKind.CEREMONY.value: str(QT_TRANSLATE_NOOP("palette", "Ceremony")),
    SessionKind.MEAL.value: str(QT_TRANSLATE_NOOP("palette", "Meal")),
    SessionKind.PRESS.value: str(QT_TRANSLATE_NOOP("palette", "Press")),
    SessionKind.SIDE_EVENT.value: str(QT_TRANSLATE_NOOP("palette", "Side event")),
    SessionKind.OTHER.value: str(QT_TRANSLATE_NOOP("palette", "Other")),
    BILATERAL: str(QT_TRANSLATE_NOOP("palette", "Bilateral meeting")),
}

_CONFLICT = "#d32f2f"


def conflict_colour() -> QColor:
    """The edge of a block that breaks a rule (reads on light and dark fills)."""
    return QColor(_CONFLICT)


def legend_keys() -> tuple[str, ...]:
    """Every colour key, in legend order."""
    return tuple(_TONES)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def fill(key: str, palette: QPalette) -> QColor:
    """The fill of a block of ``key`` under ``palette``."""
    light, dark = _TONES.get(key, _TONES[SessionKind.OTHER.value])
    return QColor(dark if is_dark(palette) else light)


def text_colour(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    red, green, blue = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return QColor("#111111") if luminance > 0.5 else QColor("#f5f5f5")


def label(key: str) -> str:
    """The translated legend label of ``key``."""
    return QCoreApplication.translate("palette", _LABELS.get(key, _LABELS["other"]))
