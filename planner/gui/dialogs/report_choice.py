"""What to print: the report, one delegation or all, one day or all, the language and the paper."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypedDict

from PySide6.QtCore import QLocale
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QWidget,
)

from planner.domain.model import Plan
from planner.domain.precedence import order_of_precedence
from planner.gui.dialogs.layout import column, labelled_form, ok_cancel_buttons
from planner.messages import ENGLISH, LANGUAGE_NAMES, base_language

REPORTS = ("roster", "programme", "daily", "venues")
DAY_REPORTS = frozenset({"programme", "daily", "venues"})
"""The reports that can keep to one day (a roster covers the whole event)."""


class ReportScope(TypedDict):
    """What a report keeps to, as :func:`planner.printing.build_document` takes it."""

    delegation: str | None
    day: date | None
    languages: tuple[str, ...]


@dataclass(frozen=True)
class ReportChoice:
    """The arguments of :func:`planner.printing.build_document`, plus the paper."""

    what: str
    delegation: str | None = None
    day: date | None = None
    paper: str = "a4"
    languages: tuple[str, ...] = (ENGLISH,)
    """The language to print in, or two side by side (the roster only)."""

    @property
    def scope(self) -> ReportScope:
        return ReportScope(delegation=self.delegation, day=self.day, languages=self.languages)

    @property
    def file_stem(self) -> str:
        parts = [self.what]
        if self.delegation:
            parts.append(self.delegation)
        if self.day:
            parts.append(self.day.isoformat())
        if self.languages != (ENGLISH,):
            parts.append("+".join(self.languages))
        return "-".join(parts)


def language_name(tag: str) -> str:
    """A language by its own name: ``Русский``, ``Қазақ тілі``; Qt's name for the others."""
    known = LANGUAGE_NAMES.get(base_language(tag))
    if known is not None:
        return known
    native = QLocale(tag.replace("-", "_")).nativeLanguageName()
    return native.capitalize() if native else tag


def print_languages(event_languages: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    """What the dialog offers: each of the event's languages (English always), then the
    first language beside each other one, for the roster."""
    languages = list(dict.fromkeys(event_languages))
    if not any(base_language(tag) == ENGLISH for tag in languages):
        languages.insert(0, ENGLISH)
    offered: list[tuple[str, tuple[str, ...]]] = [(language_name(tag), (tag,)) for tag in languages]
    first = languages[0]
    for other in languages[1:]:
        pair = f"{language_name(first)} + {language_name(other)}"
        offered.append((pair, (first, other)))
    return offered


class ReportChoiceDialog(QDialog):
    """Choose a report (roster, programmes, daily programme, door sheets) and its scope."""

    def __init__(
        self, plan: Plan, purpose: str, day: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        titles = {
            "print": self.tr("Print"),
            "preview": self.tr("Print preview"),
            "pdf": self.tr("Export PDF"),
        }
        self.setWindowTitle(titles.get(purpose, self.tr("Print")))
        self.report_combo = QComboBox()
        labels = {
            "roster": self.tr("Roster of delegations"),
            "programme": self.tr("Programme (per delegation)"),
            "daily": self.tr("Daily programme"),
            "venues": self.tr("Door sheets (per venue)"),
        }
        for what in REPORTS:
            self.report_combo.addItem(labels[what], what)
        self.delegation_combo = QComboBox()
        self.delegation_combo.addItem(self.tr("All delegations"), None)
        for delegation in order_of_precedence(plan):
            self.delegation_combo.addItem(plan.delegation_name(delegation.id), delegation.id)
        self.day_combo = QComboBox()
        self.day_combo.addItem(self.tr("Every day"), None)
        for event_day in plan.event.days:
            self.day_combo.addItem(f"{event_day:%A} {event_day.day} {event_day:%B %Y}", event_day)
        if day is not None and day in plan.event.days:
            self.day_combo.setCurrentIndex(plan.event.days.index(day) + 1)
        self.language_combo = QComboBox()
        window_language = base_language(QLocale().name())
        for label, languages in print_languages(plan.event.languages):
            self.language_combo.addItem(label, languages)
            if len(languages) == 1 and base_language(languages[0]) == window_language:
                # Officers print in the language they work in, when the event has it.
                self.language_combo.setCurrentIndex(self.language_combo.count() - 1)
        self.language_combo.setToolTip(
            self.tr("Two languages side by side are for the roster of delegations")
        )
        self.report_combo.currentIndexChanged.connect(self._offer_pairs_for_the_roster)
        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("A4"), "a4")
        self.paper_combo.addItem(self.tr("US Letter"), "letter")
        form = labelled_form(
            [
                (self.tr("&Report:"), self.report_combo),
                (self.tr("&Delegation:"), self.delegation_combo),
                (self.tr("D&ay:"), self.day_combo),
                (self.tr("&Language:"), self.language_combo),
                (self.tr("&Paper:"), self.paper_combo),
            ]
        )
        self._day_index = self.day_combo.currentIndex()
        self.day_combo.setToolTip(self.tr("A roster lists delegations for the whole event"))
        self.report_combo.currentIndexChanged.connect(self._on_report_changed)
        self._on_report_changed()
        column(self, form, ok_cancel_buttons(self))
        self._offer_pairs_for_the_roster()

    def _offer_pairs_for_the_roster(self) -> None:
        roster = self.report_combo.currentData() == "roster"
        model = self.language_combo.model()
        assert isinstance(model, QStandardItemModel)
        for row in range(self.language_combo.count()):
            pair = len(self.language_combo.itemData(row)) == 2
            item = model.item(row)
            item.setEnabled(roster or not pair)
        if not model.item(self.language_combo.currentIndex()).isEnabled():
            self.language_combo.setCurrentIndex(0)

    def _on_report_changed(self) -> None:
        """A day does not apply to the roster: the choice is shown disabled, not refused later.

        Disabled, it reads "Every day" (what a roster covers); the day chosen
        before comes back with a report that takes one.
        """
        applies = self.report_combo.currentData() in DAY_REPORTS
        if applies and not self.day_combo.isEnabled():
            self.day_combo.setCurrentIndex(self._day_index)
        elif not applies and self.day_combo.isEnabled():
            self._day_index = self.day_combo.currentIndex()
            self.day_combo.setCurrentIndex(0)
        self.day_combo.setEnabled(applies)

    def choice(self) -> ReportChoice:
        return ReportChoice(
            what=str(self.report_combo.currentData()),
            delegation=self.delegation_combo.currentData(),
            day=self.day_combo.currentData() if self.day_combo.isEnabled() else None,
            paper=str(self.paper_combo.currentData()),
            languages=tuple(self.language_combo.currentData()),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, plan: Plan, purpose: str, day: date | None = None
    ) -> ReportChoice | None:
        dialog = cls(plan, purpose, day, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.choice()
        return None
