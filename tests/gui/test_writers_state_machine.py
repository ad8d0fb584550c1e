"""Random sequences of the window's own commands, interleaved with another program's edits.

The window edits lists (seats of a venue, a person's family name, the event's
city), moves blocks on the timetable, builds and applies a schedule, undoes
and redoes; a second connection edits the same things meanwhile, and the
window looks at the file now and then. After every step the file must hold
exactly what every writer asked for: nothing lost, nothing brought back.

The model of what to expect: every field a writer sets holds the value it
set. An undo (redo) puts back the values its step changed, unless another
writer changed one of them since: then it is refused and the undo history
cleared. The window drops its history, too, when it sees (by looking, or
through an edit of its own) that another program changed an entity in it;
and a build applies only to the plan it was built on.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, assume, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.domain import times
from planner.domain.edits import EVENT_KEY, Kind
from planner.domain.model import Plan
from planner.domain.operations import set_fields
from planner.errors import PlanChangedError
from planner.gui.commands import move_command, schedule_command
from planner.gui.document import Document
from planner.gui.models import EventModel, PeopleModel, VenueModel
from planner.gui.models.event import SETTINGS
from planner.scheduling.greedy import greedy_schedule
from planner.services import PlanService

EDIT = Qt.ItemDataRole.EditRole

Field = tuple[Kind, str, str]
"""(kind, key, field name) of one value a writer sets."""

VENUES = 3
PEOPLE = 3
ITEMS = 4
CITIES = ("Nur-Sultan", "Astana", "Almaty", "Shymkent")
NAMES = ("Tileuberdi", "Wang", "Jaishankar", "Lavrov", "Çavuşoğlu", "Ли", "서")


def _values(plan: Plan, fields: list[Field]) -> dict[Field, Any]:
    found: dict[Field, Any] = {}
    for kind, key, name in fields:
        if kind is Kind.VENUE:
            found[(kind, key, name)] = plan.venue_by_id[key].capacity
        elif kind is Kind.PERSON:
            found[(kind, key, name)] = plan.person_by_id[key].family_name
        elif kind is Kind.EVENT:
            found[(kind, key, name)] = plan.event.city
        else:
            placement = plan.placement_by_item.get(key)
            if placement is None:
                found[(kind, key, name)] = None
            elif name == "start":
                found[(kind, key, name)] = times.minutes(placement.start)
            else:
                found[(kind, key, name)] = placement.venue
    return found


@dataclass
class Step:
    """One step on the window's undo stack: each field it changed, (old, new)."""

    values: dict[Field, tuple[Any, Any]] = field(default_factory=dict)

    @property
    def entities(self) -> set[tuple[Kind, str]]:
        return {(kind, key) for kind, key, _name in self.values}


class Writers(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="writers-"))
        self.path = self.folder / "plan.summit"
        shutil.copyfile(TEMPLATE[0], self.path)
        self.document = Document.open(self.path)
        self.document.poll_timer.stop()  # the machine decides when the window looks
        self.other = PlanService.open(self.path)
        self.reader = PlanService.open(self.path)
        self.venues = VenueModel(self.document)
        self.people = PeopleModel(self.document)
        self.event = EventModel(self.document)
        plan = self.document.plan
        self.venue_ids = [v.id for v in plan.venues[:VENUES]]
        self.person_ids = [p.id for p in plan.people[:PEOPLE]]
        self.items = [p.item for p in plan.schedule[:ITEMS]]
        opens = plan.event.day_bounds(plan.event.start_date)[0]
        self.starts = [times.add_minutes(opens, 30 * n) for n in range(16)]
        self.fields: list[Field] = [
            *((Kind.VENUE, v, "capacity") for v in self.venue_ids),
            *((Kind.PERSON, p, "family_name") for p in self.person_ids),
            (Kind.EVENT, EVENT_KEY, "city"),
            *((Kind.PLACEMENT, i, name) for i in self.items for name in ("start", "venue")),
        ]
        self.expected = _values(plan, self.fields)
        self.done: list[Step] = []
        self.undone: list[Step] = []
        self.window_view = dict(self.expected)
        """What the window read from the file last (its own steps included)."""
        self.other_wrote = False
        """Whether another program committed since the window last read the file."""

    def teardown(self) -> None:
        self.document.close()
        self.other.close()
        self.reader.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # What the window does ----------------------------------------------------------

    @property
    def unseen(self) -> set[tuple[Kind, str]]:
        """Entities that differ from what the window read last."""
        return {
            (kind, key)
            for kind, key, name in self.fields
            if self.expected[(kind, key, name)] != self.window_view[(kind, key, name)]
        }

    def _sync(self) -> None:
        """The window reads the file (a look, or an edit of its own): history it can't keep goes."""
        if any(step.entities & self.unseen for step in (*self.done, *self.undone)):
            self.done, self.undone = [], []
        self._seen()

    def _seen(self) -> None:
        self.window_view = dict(self.expected)
        self.other_wrote = False

    def _settle(self) -> None:
        QApplication.processEvents()  # a dropped history is cleared on the next turn

    def _record(self, before: dict[Field, Any]) -> None:
        """A step the window just took (it may change nothing this machine follows)."""
        after = _values(self._file_plan(), self.fields)
        step = Step({f: (before[f], after[f]) for f in self.fields if before[f] != after[f]})
        self.done.append(step)
        self.undone = []
        self.expected.update({f: new for f, (_old, new) in step.values.items()})
        self._seen()

    def _file_plan(self) -> Plan:
        return self.reader.store.load()

    @rule(venue=st.integers(0, VENUES - 1), seats=st.integers(1, 400))
    def window_sets_seats(self, venue: int, seats: int) -> None:
        key = self.venue_ids[venue]
        row = self.venues.row_of_id(key)
        column = next(n for n, c in enumerate(self.venues.columns) if c.title == "Seats")
        index = self.venues.index(row, column)
        assume(seats != self.venues.data(index, EDIT) and seats != self.expected[(Kind.VENUE, key, "capacity")])
        before = dict(self.expected)
        self._sync()
        assert self.venues.setData(index, seats)
        self._record(before)
        self._settle()

    @rule(person=st.integers(0, PEOPLE - 1), name=st.sampled_from(NAMES))
    def window_sets_family_name(self, person: int, name: str) -> None:
        key = self.person_ids[person]
        row = self.people.row_of_id(key)
        column = next(n for n, c in enumerate(self.people.columns) if c.title == "Family name")
        index = self.people.index(row, column)
        assume(name != self.people.data(index, EDIT))
        assume(name != self.expected[(Kind.PERSON, key, "family_name")])
        before = dict(self.expected)
        self._sync()
        assert self.people.setData(index, name)
        self._record(before)
        self._settle()

    @rule(city=st.sampled_from(CITIES))
    def window_sets_city(self, city: str) -> None:
        row = next(n for n, s in enumerate(SETTINGS) if s.id == "city")
        index = self.event.index(row, 1)
        assume(city != self.event.data(index, EDIT) and city != self.expected[(Kind.EVENT, EVENT_KEY, "city")])
        before = dict(self.expected)
        self._sync()
        assert self.event.setData(index, city)
        self._record(before)
        self._settle()

    @rule(item=st.integers(0, ITEMS - 1), slot=st.integers(0, 15), venue=st.integers(0, VENUES - 1))
    def window_moves_a_block(self, item: int, slot: int, venue: int) -> None:
        key = self.items[item]
        start, venue_id = self.starts[slot], self.venue_ids[venue]
        assume(
            (self.expected[(Kind.PLACEMENT, key, "start")], self.expected[(Kind.PLACEMENT, key, "venue")])
            != (times.minutes(start), venue_id)
        )
        before = dict(self.expected)
        self._sync()
        self.document.execute(move_command(self.document, key, start, venue_id))
        self._record(before)
        self._settle()

    @rule()
    def window_builds_and_applies(self) -> None:
        document = self.document
        result = tuple(greedy_schedule(document.plan))  # built on what the window shows
        changed_meanwhile = self.other_wrote
        before = dict(self.expected)
        command = schedule_command(document, result, document.service.revision, "Build schedule")
        self._sync()
        if changed_meanwhile:
            with pytest.raises(PlanChangedError):
                document.execute(command)
        else:
            pushed = document.undo_stack.index()
            document.execute(command)
            if document.undo_stack.index() > pushed:  # a build that changes nothing is no step
                self._record(before)
        self._settle()

    def _undo_or_redo(self, undo: bool) -> None:
        """Run the stack's undo (redo), which reads the file first like every edit."""
        source, target = (self.done, self.undone) if undo else (self.undone, self.done)
        stack = self.document.undo_stack
        if not source:
            assert not (stack.canUndo() if undo else stack.canRedo())
            return
        step = source[-1]
        wanted = {f: (old, new) if undo else (new, old) for f, (old, new) in step.values.items()}
        conflict = any(self.expected[f] != now for f, (_back, now) in wanted.items())
        seen_elsewhere = any(s.entities & self.unseen for s in (*self.done, *self.undone))
        self._seen()
        failed: list[str] = []
        self.document.command_failed.connect(lambda text, reason: failed.append(reason))
        if undo:
            stack.undo()
        else:
            stack.redo()
        self._settle()
        if conflict:
            assert failed and "in the meantime" in failed[0]
            self.done, self.undone = [], []
            return
        assert not failed
        source.pop()
        target.append(step)
        self.expected.update({f: back for f, (back, _now) in wanted.items()})
        self._seen()
        if seen_elsewhere:
            self.done, self.undone = [], []

    @rule()
    def window_undoes(self) -> None:
        self._undo_or_redo(undo=True)

    @rule()
    def window_redoes(self) -> None:
        self._undo_or_redo(undo=False)

    @rule()
    def window_looks_at_the_file(self) -> None:
        self._sync()
        self.document.follow_file()
        self._settle()
        assert self.document.plan == self._file_plan()

    # What another program does -----------------------------------------------------

    def _other_sets(self, kind: Kind, key: str, name: str, value: Any, **fields: Any) -> None:
        assume(self.expected[(kind, key, name)] != value)
        self.other.apply(set_fields(kind, key, **fields))
        self.expected[(kind, key, name)] = value
        self.other_wrote = True

    @rule(venue=st.integers(0, VENUES - 1), seats=st.integers(1, 400))
    def other_sets_seats(self, venue: int, seats: int) -> None:
        key = self.venue_ids[venue]
        self._other_sets(Kind.VENUE, key, "capacity", seats, capacity=seats)

    @rule(person=st.integers(0, PEOPLE - 1), name=st.sampled_from(NAMES))
    def other_sets_family_name(self, person: int, name: str) -> None:
        key = self.person_ids[person]
        self._other_sets(Kind.PERSON, key, "family_name", name, family_name=name)

    @rule(city=st.sampled_from(CITIES))
    def other_sets_city(self, city: str) -> None:
        self._other_sets(Kind.EVENT, EVENT_KEY, "city", city, city=city)

    @rule(item=st.integers(0, ITEMS - 1), slot=st.integers(0, 15), venue=st.integers(0, VENUES - 1))
    def other_moves_a_block(self, item: int, slot: int, venue: int) -> None:
        key = self.items[item]
        start, venue_id = self.starts[slot], self.venue_ids[venue]
        wanted = (times.minutes(start), venue_id)
        current = (
            self.expected[(Kind.PLACEMENT, key, "start")],
            self.expected[(Kind.PLACEMENT, key, "venue")],
        )
        assume(current != wanted)
        self.other.move(key, start, venue_id)
        self.expected[(Kind.PLACEMENT, key, "start")] = wanted[0]
        self.expected[(Kind.PLACEMENT, key, "venue")] = wanted[1]
        self.other_wrote = True

    @rule()
    def other_unplaces_a_block(self) -> None:
        key = self.items[0]
        assume(self.expected[(Kind.PLACEMENT, key, "start")] is not None)
        self.other.unplace(key)
        self.expected[(Kind.PLACEMENT, key, "start")] = None
        self.expected[(Kind.PLACEMENT, key, "venue")] = None
        self.other_wrote = True

    # After every step ---------------------------------------------------------------

    @invariant()
    def the_file_holds_what_every_writer_asked_for(self) -> None:
        assert _values(self._file_plan(), self.fields) == self.expected
        QApplication.processEvents()
        stack = self.document.undo_stack
        assert stack.index() == len(self.done)
        assert stack.count() == len(self.done) + len(self.undone)


TEMPLATE: list[Path] = []


@pytest.mark.slow
def test_no_writer_undoes_another_s_work(plan_path: Path, qapp: Any) -> None:
    TEMPLATE[:] = [plan_path]
    try:
        from hypothesis.stateful import run_state_machine_as_test

        run_state_machine_as_test(
            Writers,
            settings=settings(
                max_examples=int(os.environ.get("WRITERS_EXAMPLES", "20")),
                stateful_step_count=20,
                deadline=None,
                phases=[Phase.explicit, Phase.reuse, Phase.generate],
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
            ),
        )
    finally:
        TEMPLATE.clear()


def test_the_model_catches_a_writer_that_brings_back_old_values(
    plan_path: Path, qapp: Any
) -> None:
    """The check that every step runs fails on a whole-plan write of an old copy."""
    TEMPLATE[:] = [plan_path]
    machine = Writers()
    try:
        stale = machine.document.plan
        key = machine.venue_ids[0]
        machine.other.apply(set_fields(Kind.VENUE, key, capacity=321))
        machine.expected[(Kind.VENUE, key, "capacity")] = 321
        machine.the_file_holds_what_every_writer_asked_for()
        with machine.document.service.store.transaction():
            machine.document.service.store.write_plan(stale)  # what an old writer did
        with pytest.raises(AssertionError):
            machine.the_file_holds_what_every_writer_asked_for()
    finally:
        machine.teardown()
        TEMPLATE.clear()
