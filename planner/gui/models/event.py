"""The event's settings as a two-column table: what the setting is, and its value."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
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


def _event_field(
    key: str,
    label: object,
    read: Callable[[Any], Any],
    tooltip: object = "",
    show: Callable[[Any], Any] = lambda value: value,
    editor: Editor | None = None,
) -> Setting:
    """The setting of the event's field ``key``, shown by ``show``, typed in as ``read`` reads."""
    return Setting(
        key,
        label,
        lambda p: show(getattr(p.event, key)),
        lambda p, v: replace(p.event, **{key: read(v)}),
        tooltip,
        editor=editor,
    )


SETTINGS: tuple[Setting, ...] = (
    _event_field("name", QT_TRANSLATE_NOOP("", "Name"), values.text),
    _event_field("city", QT_TRANSLATE_NOOP("", "City"), values.text),
    _event_field(
        "timezone",
        QT_TRANSLATE_NOOP("", "Time zone"),
        values.text,
        QT_TRANSLATE_NOOP(
            "", "IANA name such as Asia/Almaty; every time in the plan is in this zone"
        ),
    ),
    _event_field(
        "start_date",
        QT_TRANSLATE_NOOP("", "First day"),
        values.day,
        QT_TRANSLATE_NOOP("", "YYYY-MM-DD"),
        date.isoformat,
        Editor.DATE,
    ),
    _event_field(
        "end_date",
        QT_TRANSLATE_NOOP("", "Last day"),
        values.day,
        QT_TRANSLATE_NOOP("", "YYYY-MM-DD"),
        date.isoformat,
        Editor.DATE,
    ),
    _event_field(
        "day_start",
        QT_TRANSLATE_NOOP("", "Day starts"),
        values.clock,
        QT_TRANSLATE_NOOP("", "HH:MM"),
        times.format_clock,
        Editor.TIME,
    ),
    _event_field(
        "day_end",
        QT_TRANSLATE_NOOP("", "Day ends"),
        values.clock,
        QT_TRANSLATE_NOOP("", "HH:MM"),
        times.format_clock,
        Editor.TIME,
    ),
    _event_field(
        "slot_minutes",
        QT_TRANSLATE_NOOP("", "Slot (minutes)"),
        values.whole_number,
        QT_TRANSLATE_NOOP("", "The grid every start time sits on: 5, 10, 15 or 30"),
    ),
    _event_field(
        "changeover_minutes",
        QT_TRANSLATE_NOOP("", "Changeover (minutes)"),
        values.whole_number,
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
