"""The window in Russian, Indonesian and Kazakh: its own words, Qt's own, and Preferences."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from planner.gui.dialogs.preferences import PreferencesDialog
from planner.gui.document import Document
from planner.gui.main_window import MainWindow
from planner.gui.resources import install_translators, ui_locale
from planner.gui.settings import Settings

# The menu bar, the File menu's print entry and Qt's own Cancel button, as each language has them.
EXPECTED = {
    "en": (["&File", "&Edit", "&View", "&Plan", "&Help"], "&Print…", "Cancel"),
    "ru": (["&Файл", "&Правка", "&Вид", "П&лан", "&Справка"], "&Печать…", "Отмена"),
    "id": (["&Berkas", "&Sunting", "&Tampilan", "&Rencana", "Ba&ntuan"], "Cet&ak…", "Batal"),
    "kk": (
        ["&Файл", "Т&үзету", "&Көрініс", "&Жоспар", "&Анықтама"],
        "&Басып шығару…",
        "Бас тарту",
    ),
}


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[Any]:
    """Install the translators of a language for one test, and take them out after."""
    installed: list[Any] = []

    def speak(language: str) -> None:
        installed.extend(install_translators(qapp, ui_locale(language)))

    before = QLocale()
    yield speak
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def window_in(speaking: Any, qtbot: Any, settings: Settings, plan_path: Path) -> Any:
    """The main window on the sample plan, in a language."""

    def open_in(language: str) -> MainWindow:
        speaking(language)
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.set_document(Document.open(plan_path, window))
        return window

    return open_in


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_the_window_shows_its_menus_in_the_chosen_language(
    language: str, window_in: Any, qtbot: Any
) -> None:
    window = window_in(language)
    menus, print_entry, cancel = EXPECTED[language]
    assert [action.text() for action in window.menuBar().actions()] == menus
    assert print_entry in [action.text() for action in window.menus["file"].actions()]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel


@pytest.mark.parametrize(
    ("language", "paste"), [("ru", "В&ставить"), ("id", "&Tempel"), ("kk", "Кіріс&тіру")]
)
def test_qt_s_own_editing_menu_is_translated(
    language: str, paste: str, speaking: Any, qtbot: Any
) -> None:
    speaking(language)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert paste in [action.text().split("\t")[0] for action in menu.actions()]


def test_the_system_language_is_the_default_and_a_choice_is_remembered(
    qtbot: Any, settings: Settings, tmp_path: Path
) -> None:
    assert settings.language == ""
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    choices = [dialog.language_combo.itemData(i) for i in range(dialog.language_combo.count())]
    assert choices == ["", "en", "ru", "kk", "id"]
    dialog.language_combo.setCurrentIndex(choices.index("kk"))
    dialog.accept()
    again = Settings.from_file(tmp_path / "settings.ini")
    assert again.language == "kk"
    assert ui_locale(again.language).language() == QLocale.Language.Kazakh
    reopened = PreferencesDialog(again)
    qtbot.addWidget(reopened)
    assert reopened.chosen_language == "kk"


def test_a_language_the_planner_does_not_speak_is_refused(settings: Settings) -> None:
    with pytest.raises(ValueError, match="does not speak"):
        settings.language = "xx"
    settings.store.setValue("ui/language", "xx")
    assert settings.language == ""


def test_preferences_sits_in_the_edit_menu(qtbot: Any, settings: Settings, plan_path: Path) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.preferences_action in window.menus["edit"].actions()


def test_the_print_dialog_offers_the_event_s_languages_and_the_roster_side_by_side(
    qtbot: Any, cica: Any, tmp_path: Path
) -> None:
    from planner.gui import printing
    from planner.gui.dialogs.report_choice import ReportChoiceDialog

    dialog = ReportChoiceDialog(cica, "pdf")
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    offered = [combo.itemData(row) for row in range(combo.count())]
    assert offered == [("en",), ("ru",), ("en", "ru")]
    assert [combo.itemText(row) for row in range(combo.count())] == [
        "English",
        "Русский",
        "English + Русский",
    ]
    combo.setCurrentIndex(2)
    choice = dialog.choice()
    assert choice.what == "roster" and choice.languages == ("en", "ru")
    assert choice.file_stem == "roster-en+ru"
    assert printing.export_pdf(cica, tmp_path / "both.pdf", choice, cica.event.start_date) > 1
    dialog.report_combo.setCurrentIndex(2)  # the daily programme: one language only
    assert dialog.choice().languages == ("en",)
    model = combo.model()
    assert not model.item(2).isEnabled() and model.item(1).isEnabled()


def test_the_print_dialog_starts_on_the_window_s_language_when_the_event_has_it(
    qtbot: Any, cica: Any, speaking: Any
) -> None:
    from planner.gui.dialogs.report_choice import ReportChoiceDialog

    speaking("ru")
    dialog = ReportChoiceDialog(cica, "print")
    qtbot.addWidget(dialog)
    assert dialog.choice().languages == ("ru",)
    speaking("id")  # Indonesian is not among the event's languages: English
    other = ReportChoiceDialog(cica, "print")
    qtbot.addWidget(other)
    assert other.choice().languages == ("en",)


def test_the_day_tabs_name_the_days_in_the_window_s_language(window_in: Any) -> None:
    window = window_in("ru")
    tabs = window.timetable.day_tabs
    labels = [tabs.tabText(index) for index in range(tabs.count())]
    # 11 and 12 October 2021, a Monday and a Tuesday, in Russian
    assert len(labels) == 2
    assert labels[0].startswith("пн") and "11 окт" in labels[0]
    assert labels[1].startswith("вт") and "12 окт" in labels[1]
    days = [action.text() for action in window.day_actions]
    assert days[1].startswith("&2 вт") and days[1].endswith("2021"), days


def test_the_redo_keys_are_listed_once_each(qtbot: Any, settings: Settings) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    keys = [sequence.toString() for sequence in window.redo_action.shortcuts()]
    assert len(keys) == len(set(keys)) and {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(keys), keys


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_each_menu_and_tab_has_an_alt_key_of_its_own(language: str, window_in: Any) -> None:
    """Alt+E opens the Edit menu at once rather than first going to a tab that shares E."""
    from PySide6.QtGui import QKeySequence

    window = window_in(language)
    titles = [action.text() for action in window.menuBar().actions()]
    titles += [window.tabs.tabText(index) for index in range(window.tabs.count())]
    keys = [QKeySequence.mnemonic(title).toString() for title in titles]
    assert "" not in keys, titles
    assert len(set(keys)) == len(keys), sorted(zip(keys, titles, strict=True))
