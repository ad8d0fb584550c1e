"""Preferences: the window's language (the system's, or one Summit Planner speaks)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from planner.gui.dialogs.layout import column, ok_cancel_buttons
from planner.gui.settings import Settings
from planner.messages import LANGUAGE_NAMES, base_language


class PreferencesDialog(QDialog):
    """Choose the window's language; it is remembered in the settings."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language_combo = QComboBox()
        system = base_language(QLocale.system().name())
        system_name = LANGUAGE_NAMES.get(system, LANGUAGE_NAMES["en"])
        self.language_combo.addItem(
            self.tr("As the system ({language})").format(language=system_name), ""
        )
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self.language_combo.setToolTip(self.tr("The language of menus, dialogs and messages"))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_combo)
        note = QLabel(self.tr("The window changes language the next time Summit Planner starts."))
        note.setWordWrap(True)
        column(self, form, note, ok_cancel_buttons(self))

    @property
    def chosen_language(self) -> str:
        return str(self.language_combo.currentData())

    def accept(self) -> None:
        self.settings.language = self.chosen_language
        self.settings.sync()
        super().accept()
