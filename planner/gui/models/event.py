"""The event's settings as a two-column table: what the setting is, and its value."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from planner.domain import times
from planner.domain.edits import Kind
from planner.domain.model import Event, Organizer, Plan, PrecedenceOrder, PrecedenceRule
from planner.domain.operations import Operation, change_event
from planner.gui.models import values
from planner.gui.models.base import Column, Editor, Index, ItemRole, PlanTableModel, tr
from planner.gui.models.tables import delegation_id
from planner.services import Changes


@dataclass(frozen=True)
class Setting:
    """One row of the event table."""

    id: str
    label: object  # marked QT_TRANSLATE_NOOP for lupdate; a str at run time
    get: Any
    set: Any
    tooltip: object = ""
    choices: Any = None
    editor: Editor | None = None


def _organizer(event: Event, name: str | None = None, email: str | None = None) -> Event:
    current = event.organizer or Organizer("")
    updated = Organizer(
        current.name if name is None else name, current.email if email is None else email or None
    )
    return replace(event, organizer=updated if updated.name or updated.email else None)


def _first_by_lot(plan: Plan, value: Any) -> Event:
    event = plan.event
    source = str(value).strip()
    if not source:
        return replace(event, precedence=replace(event.precedence, first=None))
    first = delegation_id(plan, source)
    return replace(event, precedence=replace(event.precedence, first=first))


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "name",
        QT_TRANSLATE_NOOP("", "Name"),
        lambda p: p.event.name,
        lambda p, v: replace(p.event, name=values.text(v)),
    ),
    Setting(
        "city",
        QT_TRANSLATE_NOOP("", "City"),
        lambda p: p.event.city,
        lambda p, v: replace(p.event, city=values.text(v)),
    ),
    Setting(
        "timezone",
        QT_TRANSLATE_NOOP("", "Time zone"),
        lambda p: p.event.timezone,
        lambda p, v: replace(p.event, timezone=values.text(v)),
        QT_TRANSLATE_NOOP(
            "", "IANA name such as Asia/Almaty; every time in the plan is in this zone"
        ),
    ),
    Setting(
        "start_date",
        QT_TRANSLATE_NOOP("", "First day"),
        lambda p: p.event.start_date.isoformat(),
        lambda p, v: replace(p.event, start_date=values.day(v)),
        QT_TRANSLATE_NOOP("", "YYYY-MM-DD"),
        editor=Editor.DATE,
    ),
    Setting(
        "end_date",
        QT_TRANSLATE_NOOP("", "Last day"),
        lambda p: p.event.end_date.isoformat(),
        lambda p, v: replace(p.event, end_date=values.day(v)),
        QT_TRANSLATE_NOOP("", "YYYY-MM-DD"),
        editor=Editor.DATE,
    ),
    Setting(
        "day_start",
        QT_TRANSLATE_NOOP("", "Day starts"),
        lambda p: times.format_clock(p.event.day_start),
        lambda p, v: replace(p.event, day_start=values.clock(v)),
        QT_TRANSLATE_NOOP("", "HH:MM"),
        editor=Editor.TIME,
    ),
    Setting(
        "day_end",
        QT_TRANSLATE_NOOP("", "Day ends"),
        lambda p: times.format_clock(p.event.day_end),
        lambda p, v: replace(p.event, day_end=values.clock(v)),
        QT_TRANSLATE_NOOP("", "HH:MM"),
        editor=Editor.TIME,
    ),
    Setting(
        "slot_minutes",
        QT_TRANSLATE_NOOP("", "Slot (minutes)"),
        lambda p: p.event.slot_minutes,
        lambda p, v: replace(p.event, slot_minutes=values.whole_number(v)),
        QT_TRANSLATE_NOOP("", "The grid every start time sits on: 5, 10, 15 or 30"),
    ),
    Setting(
        "changeover_minutes",
        QT_TRANSLATE_NOOP("", "Changeover (minutes)"),
        lambda p: p.event.changeover_minutes,
        lambda p, v: replace(p.event, changeover_minutes=values.whole_number(v)),
        QT_TRANSLATE_NOOP("", "Time a delegation needs between sessions in different buildings"),
    ),
    Setting(
        "organizer",
        QT_TRANSLATE_NOOP("", "Organiser"),
        lambda p: p.event.organizer.name if p.event.organizer else "",
        lambda p, v: _organizer(p.event, name=values.text(v)),
    ),
    Setting(
        "organizer_email",
        QT_TRANSLATE_NOOP("", "Organiser e-mail"),
        lambda p: (p.event.organizer.email or "") if p.event.organizer else "",
        lambda p, v: _organizer(p.event, email=values.text(v)),
        QT_TRANSLATE_NOOP("", "The address invitations are sent from"),
    ),
    Setting(
        "languages",
        QT_TRANSLATE_NOOP("", "Languages"),
        lambda p: ", ".join(p.event.languages),
        lambda p, v: replace(p.event, languages=values.words(v)),
        QT_TRANSLATE_NOOP("", "BCP 47 tags separated by commas, e.g. en, ru, kk"),
    ),
    Setting(
        "precedence_order",
        QT_TRANSLATE_NOOP("", "Order of precedence"),
        lambda p: p.event.precedence.order.value,
        lambda p, v: replace(
            p.event,
            precedence=PrecedenceRule(values.choice(PrecedenceOrder, v), p.event.precedence.first),
        ),
        QT_TRANSLATE_NOOP(
            "", "alphabetical: by status group, then name; rank: by the head's rank first"
        ),
        lambda p: values.choices_of(PrecedenceOrder),
    ),
    Setting(
        "precedence_first",
        QT_TRANSLATE_NOOP("", "Alphabet starts at"),
        lambda p: p.event.precedence.first or "",
        _first_by_lot,
        QT_TRANSLATE_NOOP(
            "", "The delegation drawn by lot whose name starts the alphabet; empty: A"
        ),
        lambda p: [("", ""), *((p.delegation_name(d.id), d.id) for d in p.delegations)],
    ),
)


class EventModel(PlanTableModel[Setting]):
    what = "event"
    kind = Kind.EVENT
    natural_order = ""  # one row per setting: nothing to say about their order
    editable_rows = False

    def make_columns(self) -> Sequence[Column[Setting]]:
        return [
            Column(tr("Setting"), lambda p, s: tr(str(s.label))),
            Column(
                tr("Value"),
                lambda p, s: s.get(p),
                lambda p, s, v: s,  # edit_operation below applies the setting's own setter
                display=self._display,
            ),
        ]

    def _display(self, plan: Plan, setting: Setting) -> str:
        value = setting.get(plan)
        if setting.id == "precedence_first" and value:
            return plan.delegation_name(str(value))
        return str(value)

    def rows_of(self, plan: Plan) -> Sequence[Setting]:
        return SETTINGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(SETTINGS):
            setting = SETTINGS[index.row()]
            if role == ItemRole.CHOICES and index.column() == 1:
                return setting.choices(self._plan) if setting.choices else None
            if role == ItemRole.EDITOR and index.column() == 1:
                if setting.editor is not None:
                    return setting.editor
                return Editor.NUMBER if isinstance(setting.get(self._plan), int) else None
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr(str(setting.tooltip)) if setting.tooltip else None
        return super().data(index, role)

    def edit_operation(self, row: Setting, column: Column[Setting], value: Any) -> Operation:
        return change_event(lambda plan, event: row.set(plan, value))

    def edits_nothing(self, row: Setting, column: Column[Setting], value: Any) -> bool:
        return bool(row.set(self._plan, value) == self._plan.event)

    def concerns(self, changes: Changes) -> bool:
        return changes.event or changes.delegations
