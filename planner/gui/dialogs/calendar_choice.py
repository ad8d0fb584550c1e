"""Whose calendar: a delegation, a person or a venue (invitations: a delegation or person)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import Plan
from planner.domain.precedence import members_in_order, order_of_precedence


@dataclass(frozen=True)
class CalendarChoice:
    delegation: str | None = None
    person: str | None = None
    venue: str | None = None
    resend_all: bool = False
    eml: bool = False

    @property
    def file_stem(self) -> str:
        return self.delegation or self.person or self.venue or "schedule"


class CalendarChoiceDialog(QDialog):
    """Choose whose meetings go into the calendar or the invitations."""

    def __init__(self, plan: Plan, invitations: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Write invitations") if invitations else self.tr("Export iCalendar")
        )
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("Everything"), ("", None))
        for delegation in order_of_precedence(plan):
            self.scope_combo.addItem(
                self.tr("Delegation: {name}").format(name=plan.delegation_name(delegation.id)),
                ("delegation", delegation.id),
            )
            for person in members_in_order(plan, delegation.id):
                self.scope_combo.addItem(
                    f"    {person.formal_name} ({plan.delegation_name(delegation.id)})",
                    ("person", person.id),
                )
        if not invitations:
            for venue in plan.venues:
                self.scope_combo.addItem(
                    self.tr("Venue: {name}").format(name=venue.name), ("venue", venue.id)
                )
        self.scope_combo.setAccessibleName(self.tr("Whose meetings"))
        self.scope_combo.setToolTip(self.tr("Type to jump to a delegation or a person"))
        self.resend_check = QCheckBox(self.tr("&Send every invitation again"))
        self.resend_check.setToolTip(
            self.tr("Without this, only new and changed meetings are written")
        )
        self.eml_check = QCheckBox(self.tr("Also write &e-mail drafts (.eml)"))
        form = QFormLayout()
        form.addRow(self.tr("&For:"), self.scope_combo)
        if invitations:
            form.addRow(self.resend_check)
            form.addRow(self.eml_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> CalendarChoice:
        kind, value = self.scope_combo.currentData()
        return CalendarChoice(
            delegation=value if kind == "delegation" else None,
            person=value if kind == "person" else None,
            venue=value if kind == "venue" else None,
            resend_all=self.resend_check.isChecked(),
            eml=self.eml_check.isChecked(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, plan: Plan, invitations: bool) -> CalendarChoice | None:
        dialog = cls(plan, invitations, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.choice()
        return None
