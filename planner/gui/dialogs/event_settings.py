"""New…: the event settings of a new plan, validated through the core before it is created."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from planner.domain.model import Event, Plan
from planner.errors import ValidationError
from planner.gui.dialogs.layout import column, labelled_form, ok_cancel_buttons
from planner.services import validate

SLOT_CHOICES = (5, 10, 15, 30)


class EventSettingsDialog(QDialog):
    """Name, place, zone, dates and the working day of a new event."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan"))
        start = today or date.today()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. CICA Ministerial Meeting 2021"))
        self.city_edit = QLineEdit()
        self.zone_edit = QLineEdit("UTC")
        self.zone_edit.setToolTip(self.tr("IANA time zone name, e.g. Asia/Almaty"))
        self.start_edit = QDateEdit(QDate(start.year, start.month, start.day))
        self.end_edit = QDateEdit(QDate(start.year, start.month, start.day))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.day_start_edit = QTimeEdit(QTime(9, 0))
        self.day_end_edit = QTimeEdit(QTime(18, 0))
        for clock in (self.day_start_edit, self.day_end_edit):
            clock.setDisplayFormat("HH:mm")
        self.slot_combo = QComboBox()
        for minutes in SLOT_CHOICES:
            self.slot_combo.addItem(self.tr("{n} minutes").format(n=minutes), minutes)
        self.slot_combo.setCurrentIndex(SLOT_CHOICES.index(15))
        self.changeover_spin = QSpinBox()
        self.changeover_spin.setRange(0, 240)
        self.changeover_spin.setValue(15)
        self.changeover_spin.setSuffix(self.tr(" min"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: palette(highlight); font-weight: bold")
        self.error_label.setAccessibleName(self.tr("Problems"))

        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Name:"), self.name_edit),
            (self.tr("&City:"), self.city_edit),
            (self.tr("&Time zone:"), self.zone_edit),
            (self.tr("&First day:"), self.start_edit),
            (self.tr("&Last day:"), self.end_edit),
            (self.tr("Day &starts:"), self.day_start_edit),
            (self.tr("Day &ends:"), self.day_end_edit),
            (self.tr("S&lot:"), self.slot_combo),
            (self.tr("C&hangeover:"), self.changeover_spin),
        ]
        column(self, labelled_form(rows), self.error_label, ok_cancel_buttons(self))
        self.result_plan: Plan | None = None

    def plan(self) -> Plan:
        """The empty plan the fields describe (not yet validated)."""
        first = self.start_edit.date().toPython()
        last = self.end_edit.date().toPython()
        start_clock = self.day_start_edit.time().toPython()
        end_clock = self.day_end_edit.time().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        assert isinstance(start_clock, time) and isinstance(end_clock, time)
        name = self.name_edit.text().strip()
        event = Event(
            id=_slug(name) or "event",
            name=name,
            city=self.city_edit.text().strip(),
            timezone=self.zone_edit.text().strip(),
            start_date=first,
            end_date=last,
            day_start=start_clock.replace(second=0, microsecond=0),
            day_end=end_clock.replace(second=0, microsecond=0),
            slot_minutes=int(self.slot_combo.currentData()),
            changeover_minutes=self.changeover_spin.value(),
        )
        return Plan(event=event)

    def accept(self) -> None:
        plan = self.plan()
        try:
            validate(plan)
        except ValidationError as error:
            lines = [f"{p.where.removeprefix('event.')}: {p.message}" for p in error.problems]
            self.error_label.setText("\n".join(lines))
            return
        self.result_plan = replace(plan)
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> Plan | None:
        dialog = cls(parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_plan
        return None


def _slug(name: str) -> str:
    kept = "".join(char.lower() if char.isalnum() else "-" for char in name)
    return "-".join(part for part in kept.split("-") if part)[:40]
