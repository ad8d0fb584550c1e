"""Whose calendar: a delegation, a person or a venue (invitations: a delegation or person).

The choices run to a few hundred on a real plan, so they are a searchable
list grouped under Delegations, People and Venues rather than one drop-down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from planner.domain.model import Plan
from planner.domain.precedence import (
    invitation_contact,
    members_in_order,
    order_of_precedence,
    usable_email,
)
from planner.gui.dialogs.layout import column, ok_cancel_buttons

_UNSAFE = re.compile(r"[^\w]+")
_SCOPE = Qt.ItemDataRole.UserRole + 1


def slug(text: str) -> str:
    """``Egypt`` -> ``egypt``; ``Hall A, Palace`` -> ``hall-a-palace`` (letters of any script)."""
    return _UNSAFE.sub("-", text.casefold()).strip("-_") or "plan"


@dataclass(frozen=True)
class CalendarChoice:
    delegation: str | None = None
    person: str | None = None
    venue: str | None = None
    resend_all: bool = False
    eml: bool = False
    name: str = ""
    """Whose calendar, in words (``Egypt``), for the file name."""
    event: str = ""
    """The event's id (``cica-2021``), for the file name."""

    @property
    def file_stem(self) -> str:
        """What the file holds: ``cica-2021-egypt``, or ``cica-2021`` for everything."""
        parts = [self.event or "schedule"]
        if self.name:
            parts.append(slug(self.name))
        return "-".join(parts)


class CalendarChoiceDialog(QDialog):
    """Choose whose meetings go into the calendar or the invitations."""

    def __init__(self, plan: Plan, invitations: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.invitations = invitations
        self.setWindowTitle(
            self.tr("Write invitations") if invitations else self.tr("Export iCalendar")
        )
        intro = QLabel(
            self.tr(
                "Writes invitation files to send: one .ics per meeting (and an e-mail draft "
                "beside it if asked) into a folder you choose. The first time every meeting "
                "is written; later only new and changed ones, and cancellations."
            )
            if invitations
            else self.tr("Writes one .ics calendar file with the placed meetings of the choice.")
        )
        intro.setWordWrap(True)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Find a delegation, a person or a venue"))
        self.search_edit.setAccessibleName(self.tr("Find whose meetings"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._filter)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Whose meetings"))
        self.tree.setUniformRowHeights(True)
        self._fill()
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.search_edit.returnPressed.connect(self._on_search_return)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Who receives the invitations"))
        self.resend_check = QCheckBox(self.tr("&Send every invitation again"))
        self.resend_check.setToolTip(
            self.tr(
                "Writes every meeting again, also those sent before and unchanged "
                "(for someone who lost theirs); without it only new and changed ones"
            )
        )
        self.eml_check = QCheckBox(self.tr("Also write &e-mail drafts (.eml)"))
        self.buttons = ok_cancel_buttons(self)
        label = QLabel(self.tr("&For:"))
        label.setBuddy(self.search_edit)
        checks = (self.resend_check, self.eml_check) if invitations else ()
        layout = column(
            self, intro, label, self.search_edit, self.tree, self.notice, *checks, self.buttons
        )
        layout.setStretchFactor(self.tree, 1)
        if not invitations:
            self.notice.hide()
        self.setTabOrder(self.search_edit, self.tree)
        self.resize(520, 560)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _fill(self) -> None:
        plan = self.plan
        everything = QTreeWidgetItem([self.tr("Everything (the whole event)")])
        everything.setData(0, _SCOPE, ("", None, ""))
        self.tree.addTopLevelItem(everything)
        delegations = self._group(self.tr("Delegations"))
        people = self._group(self.tr("People"))
        for delegation in order_of_precedence(plan):
            name = plan.delegation_name(delegation.id)
            self._entry(delegations, name, ("delegation", delegation.id, name))
            for person in members_in_order(plan, delegation.id):
                shown = f"{person.formal_name} ({name})"
                self._entry(people, shown, ("person", person.id, person.full_name))
        if not self.invitations:
            venues = self._group(self.tr("Venues"))
            for venue in plan.venues:
                self._entry(
                    venues, f"{venue.name}, {venue.building}", ("venue", venue.id, venue.name)
                )
        self.tree.expandItem(delegations)

    def _group(self, title: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem([title])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        self.tree.addTopLevelItem(group)
        return group

    @staticmethod
    def _entry(group: QTreeWidgetItem, text: str, scope: tuple[str, str, str]) -> None:
        entry = QTreeWidgetItem(group, [text])
        entry.setData(0, _SCOPE, scope)

    def _filter(self, text: str) -> None:
        """Keep the entries holding ``text``; the groups with any open, the first one chosen."""
        needle = text.strip().casefold()
        first: QTreeWidgetItem | None = None
        for number in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(number)
            if group is None:
                continue
            if group.childCount() == 0:
                group.setHidden(bool(needle) and needle not in group.text(0).casefold())
                continue
            shown = 0
            for child_number in range(group.childCount()):
                child = group.child(child_number)
                if child is None:
                    continue
                hidden = bool(needle) and needle not in child.text(0).casefold()
                child.setHidden(hidden)
                if not hidden:
                    shown += 1
                    first = first or child
            group.setHidden(shown == 0)
            group.setExpanded(bool(needle) and shown > 0)
        if needle and first is not None:
            self.tree.setCurrentItem(first)

    def _on_search_return(self) -> None:
        if self._scope() is not None:
            self.accept()

    def _scope(self) -> tuple[str, str | None, str] | None:
        item = self.tree.currentItem()
        scope = item.data(0, _SCOPE) if item is not None and not item.isHidden() else None
        return (str(scope[0]), scope[1], str(scope[2])) if scope else None

    def _on_current_changed(self) -> None:
        scope = self._scope()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(scope is not None)
        self.notice.setText(self.contact_notice())

    def contact_notice(self) -> str:
        """Who gets the invitations of a delegation whose head gave no e-mail address."""
        scope = self._scope()
        if not self.invitations or scope is None:
            return ""
        kind, value, _name = scope
        if kind == "person":
            person = self.plan.person_by_id.get(str(value))
            if person is not None and not usable_email(person):
                return self.tr("{name} has no e-mail address: there is no one to invite.").format(
                    name=person.formal_name
                )
            return ""
        ids = [str(value)] if kind == "delegation" else [d.id for d in self.plan.delegations]
        lines = []
        for delegation_id in ids:
            head = self.plan.head_of(delegation_id)
            if head is None or usable_email(head):
                continue
            contact = invitation_contact(self.plan, delegation_id)
            name = self.plan.delegation_name(delegation_id)
            if contact is None:
                lines.append(
                    self.tr("{delegation}: no one has an e-mail address").format(delegation=name)
                )
            else:
                lines.append(
                    self.tr("{delegation}: to {contact} ({role}) for {head}").format(
                        delegation=name,
                        contact=contact.formal_name,
                        role=contact.role.value,
                        head=head.formal_name,
                    )
                )
        if not lines:
            return ""
        shown = lines[:6]
        if len(lines) > len(shown):
            shown.append(self.tr("and {count} more").format(count=len(lines) - len(shown)))
        return self.tr("Heads without an e-mail address; their invitations go to:") + (
            "\n" + "\n".join(shown)
        )

    def choice(self) -> CalendarChoice:
        kind, value, name = self._scope() or ("", None, "")
        return CalendarChoice(
            delegation=value if kind == "delegation" else None,
            person=value if kind == "person" else None,
            venue=value if kind == "venue" else None,
            resend_all=self.resend_check.isChecked(),
            eml=self.eml_check.isChecked(),
            name=name,
            event=self.plan.event.id,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, plan: Plan, invitations: bool) -> CalendarChoice | None:
        dialog = cls(plan, invitations, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.choice()
        return None
