"""Rows <-> dataclasses. No row dict leaves this module.

:class:`PlanStore` reads the whole plan as a :class:`~planner.domain.model.Plan`
(in one read transaction, with the revision it is at) and writes
:class:`~planner.domain.edits.Edit` records row by row: only the rows an edit
touches. Every write runs in :meth:`PlanStore.transaction`, which takes the
write lock at once (``BEGIN IMMEDIATE``), so what a change reads inside it is
what it writes over; every write of plan rows raises the plan's revision.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import sqlite_utils

from planner.domain import times
from planner.domain.edits import Edit, Entity, EntityChange, Kind
from planner.domain.model import (
    ALL,
    BilateralRequest,
    Delegation,
    DelegationKind,
    Event,
    Feature,
    Fixed,
    FormerName,
    Organizer,
    Person,
    Placement,
    Plan,
    PrecedenceOrder,
    PrecedenceRule,
    Rank,
    RequestStatus,
    Role,
    Session,
    SessionKind,
    Span,
    Venue,
    Window,
)
from planner.errors import PlanBusyError, Problem, StorageError
from planner.storage.database import no_space_left

Row = dict[str, Any]
T = TypeVar("T")


def _json(values: Iterable[Any]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _json_object(pairs: Iterable[tuple[str, str]]) -> str:
    return json.dumps(dict(pairs), ensure_ascii=False)


def _read_object(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(json.loads(text).items())


class _FieldError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def _stored_list(row: Row, column: str) -> list[Any]:
    """A list kept as JSON text in ``column``."""
    try:
        value = json.loads(row[column])
    except (TypeError, ValueError) as error:
        raise _FieldError(column, f"not a JSON list: {error}") from None
    if not isinstance(value, list):
        raise _FieldError(column, "not a JSON list")
    return value


def _when(value: datetime | None, tz: ZoneInfo) -> str | None:
    return None if value is None else times.format_datetime(value, tz)


def _read_when(text: str | None, tz: ZoneInfo) -> datetime | None:
    return None if text is None else times.parse_stored(text, tz)


def _window(earliest: str | None, latest: str | None, tz: ZoneInfo) -> Window | None:
    if earliest is None and latest is None:
        return None
    return Window(_read_when(earliest, tz), _read_when(latest, tz))


def event_row(event: Event) -> Row:
    return {
        "singleton": 1,
        "id": event.id,
        "name": event.name,
        "city": event.city,
        "timezone": event.timezone,
        "start_date": event.start_date.isoformat(),
        "end_date": event.end_date.isoformat(),
        "day_start": times.format_clock(event.day_start),
        "day_end": times.format_clock(event.day_end),
        "slot_minutes": event.slot_minutes,
        "changeover_minutes": event.changeover_minutes,
        "organizer_name": event.organizer.name if event.organizer else None,
        "organizer_email": event.organizer.email if event.organizer else None,
        "languages": _json(event.languages),
        "precedence_order": event.precedence.order.value,
        "precedence_first": event.precedence.first,
    }


def event_from_row(row: Row) -> Event:
    organizer = None
    if row["organizer_name"] is not None:
        organizer = Organizer(row["organizer_name"], row["organizer_email"])
    return Event(
        id=row["id"],
        name=row["name"],
        city=row["city"],
        timezone=row["timezone"],
        start_date=date.fromisoformat(row["start_date"]),
        end_date=date.fromisoformat(row["end_date"]),
        day_start=times.parse_clock(row["day_start"]),
        day_end=times.parse_clock(row["day_end"]),
        slot_minutes=row["slot_minutes"],
        changeover_minutes=row["changeover_minutes"],
        organizer=organizer,
        languages=tuple(_stored_list(row, "languages")),
        precedence=PrecedenceRule(
            PrecedenceOrder(row["precedence_order"]), row["precedence_first"]
        ),
    )


def venue_row(venue: Venue, tz: ZoneInfo, sort_order: int) -> Row:
    return {
        "id": venue.id,
        "sort_order": sort_order,
        "name": venue.name,
        "building": venue.building,
        "capacity": venue.capacity,
        "features": _json(f.value for f in venue.features),
        "unavailable": _json(
            {"start": _when(span.start, tz), "end": _when(span.end, tz)}
            for span in venue.unavailable
        ),
    }


def venue_from_row(row: Row, tz: ZoneInfo) -> Venue:
    return Venue(
        id=row["id"],
        name=row["name"],
        building=row["building"],
        capacity=row["capacity"],
        features=tuple(Feature(f) for f in _stored_list(row, "features")),
        unavailable=tuple(
            Span(times.parse_stored(span["start"], tz), times.parse_stored(span["end"], tz))
            for span in _stored_list(row, "unavailable")
        ),
    )


def delegation_row(delegation: Delegation, tz: ZoneInfo, sort_order: int) -> Row:
    return {
        "id": delegation.id,
        "sort_order": sort_order,
        "name": delegation.name,
        "kind": delegation.kind.value,
        "country": delegation.country,
        "precedence": delegation.precedence,
        "arrival": _when(delegation.arrival, tz),
        "departure": _when(delegation.departure, tz),
        "languages": _json(delegation.languages),
        "timezone": delegation.timezone,
        "names": _json_object(delegation.names),
        "former_names": _json(
            {"name": former.name, "until": former.until.isoformat()}
            for former in delegation.former_names
        ),
    }


def delegation_from_row(row: Row, tz: ZoneInfo) -> Delegation:
    return Delegation(
        id=row["id"],
        name=row["name"],
        kind=DelegationKind(row["kind"]),
        arrival=times.parse_stored(row["arrival"], tz),
        departure=times.parse_stored(row["departure"], tz),
        country=row["country"],
        precedence=row["precedence"],
        languages=tuple(_stored_list(row, "languages")),
        timezone=row["timezone"],
        names=_read_object(row["names"]),
        former_names=tuple(
            FormerName(former["name"], date.fromisoformat(former["until"]))
            for former in json.loads(row["former_names"])
        ),
    )


def person_row(person: Person, sort_order: int) -> Row:
    return {
        "id": person.id,
        "sort_order": sort_order,
        "delegation": person.delegation,
        "honorific": person.honorific,
        "given_name": person.given_name,
        "family_name": person.family_name,
        "position": person.position,
        "rank": person.rank.value,
        "role": person.role.value,
        "email": person.email,
        "remote": int(person.remote),
    }


def person_from_row(row: Row) -> Person:
    return Person(
        id=row["id"],
        delegation=row["delegation"],
        given_name=row["given_name"],
        family_name=row["family_name"],
        rank=Rank(row["rank"]),
        role=Role(row["role"]),
        honorific=row["honorific"],
        position=row["position"],
        email=row["email"],
        remote=bool(row["remote"]),
    )


def session_row(session: Session, tz: ZoneInfo, sort_order: int) -> Row:
    fixed = session.fixed or Fixed()
    window = session.window or Window()
    return {
        "id": session.id,
        "sort_order": sort_order,
        "title": session.title,
        "kind": session.kind.value,
        "duration_minutes": session.duration_minutes,
        "for_all": int(session.for_all),
        "seats_per_delegation": session.seats_per_delegation,
        "extra_seats": session.extra_seats,
        "needs": _json(f.value for f in session.needs),
        "fixed_start": _when(fixed.start, tz),
        "fixed_venue": fixed.venue,
        "window_earliest": _when(window.earliest, tz),
        "window_latest": _when(window.latest, tz),
        "titles": _json_object(session.titles),
    }


def session_from_row(
    row: Row,
    tz: ZoneInfo,
    delegations: tuple[str, ...],
    people: tuple[str, ...],
    remote: tuple[str, ...],
    after: tuple[str, ...] = (),
) -> Session:
    fixed = None
    if row["fixed_start"] is not None or row["fixed_venue"] is not None:
        fixed = Fixed(_read_when(row["fixed_start"], tz), row["fixed_venue"])
    return Session(
        id=row["id"],
        title=row["title"],
        kind=SessionKind(row["kind"]),
        duration_minutes=row["duration_minutes"],
        delegations=ALL if row["for_all"] else delegations,
        people=people,
        seats_per_delegation=row["seats_per_delegation"],
        extra_seats=row["extra_seats"],
        needs=tuple(Feature(f) for f in _stored_list(row, "needs")),
        remote=remote,
        fixed=fixed,
        window=_window(row["window_earliest"], row["window_latest"], tz),
        after=after,
        titles=_read_object(row["titles"]),
    )


def request_row(request: BilateralRequest, tz: ZoneInfo, sort_order: int) -> Row:
    window = request.window or Window()
    return {
        "id": request.id,
        "sort_order": sort_order,
        "from_delegation": request.from_delegation,
        "to_delegation": request.to_delegation,
        "duration_minutes": request.duration_minutes,
        "priority": request.priority,
        "window_earliest": _when(window.earliest, tz),
        "window_latest": _when(window.latest, tz),
        "needs": _json(f.value for f in request.needs),
        "status": request.status.value,
    }


def request_from_row(row: Row, tz: ZoneInfo) -> BilateralRequest:
    return BilateralRequest(
        id=row["id"],
        from_delegation=row["from_delegation"],
        to_delegation=row["to_delegation"],
        duration_minutes=row["duration_minutes"],
        priority=row["priority"],
        window=_window(row["window_earliest"], row["window_latest"], tz),
        needs=tuple(Feature(f) for f in _stored_list(row, "needs")),
        status=RequestStatus(row["status"]),
    )


def placement_row(placement: Placement, tz: ZoneInfo, is_session: bool) -> Row:
    return {
        "item": placement.item,
        "session": placement.item if is_session else None,
        "request": None if is_session else placement.item,
        "start": _when(placement.start, tz),
        "venue": placement.venue,
        "locked": int(placement.locked),
    }


def placement_from_row(row: Row, tz: ZoneInfo) -> Placement:
    return Placement(
        item=row["item"],
        start=times.parse_stored(row["start"], tz),
        venue=row["venue"],
        locked=bool(row["locked"]),
    )


_TABLES = {
    Kind.VENUE: "venue",
    Kind.DELEGATION: "delegation",
    Kind.PERSON: "person",
    Kind.SESSION: "session",
    Kind.REQUEST: "request",
    Kind.PLACEMENT: "placement",
}


def _is_busy(error: sqlite3.OperationalError) -> bool:
    text = str(error)
    return "database is locked" in text or "database is busy" in text


_PLAN_TABLES = (
    ("event", "id"),
    ("venue", "id"),
    ("delegation", "id"),
    ("person", "id"),
    ("session", "id"),
    ("session_delegation", "session"),
    ("session_person", "session"),
    ("request", "id"),
    ("placement", "item"),
)
# The summit-plan list that each table's rows become, in the same order.
_TABLE_OF_LIST = {
    "venues": "venue",
    "delegations": "delegation",
    "people": "person",
    "sessions": "session",
    "bilateral_requests": "request",
    "schedule": "placement",
}
_COLUMN_OF_KEY = {
    "from": "from_delegation",
    "to": "to_delegation",
    "window.earliest": "window_earliest",
    "window.latest": "window_latest",
    "fixed.start": "fixed_start",
    "fixed.venue": "fixed_venue",
    "organizer.name": "organizer_name",
    "organizer.email": "organizer_email",
    "precedence.order": "precedence_order",
    "precedence.first": "precedence_first",
}


class DamagedPlanError(StorageError):
    """Stored values that are not a plan, each named by table, id and field."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        lines = [str(problem) for problem in self.problems[:_PROBLEMS_SHOWN]]
        if len(self.problems) > _PROBLEMS_SHOWN:
            lines.append(f"… and {len(self.problems) - _PROBLEMS_SHOWN} more")
        super().__init__(
            "the plan file holds values that are not a plan:\n"
            + "\n".join(f"  {line}" for line in lines)
        )


_PROBLEMS_SHOWN = 20


def _where(table: str, key: object, field: str) -> str:
    return (
        f"table {table}, id {key!r}, field {field}"
        if table != "event"
        else f"table event, field {field}"
    )


def _stored_type(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bytes):
        return "a BLOB"
    if isinstance(value, float):
        return "a real number"
    if isinstance(value, int):
        return "a whole number"
    return "text"


def stored_place(plan: Plan, json_path: str) -> str:
    """Where a summit-plan path (``venues[2].capacity``) is kept in the file."""
    head, _, rest = json_path.partition(".")
    if head == "event":
        return _where("event", plan.event.id, _COLUMN_OF_KEY.get(rest, rest))
    name, _, index_text = head.partition("[")
    table = _TABLE_OF_LIST.get(name)
    items: tuple[Any, ...] = getattr(plan, "requests" if name == "bilateral_requests" else name, ())
    if table is None or not index_text.rstrip("]").isdigit():
        return json_path
    index = int(index_text.rstrip("]"))
    if index >= len(items):
        return json_path
    key = items[index].item if table == "placement" else items[index].id
    return _where(table, key, _COLUMN_OF_KEY.get(rest, rest))


_READ_ERRORS = (ValueError, KeyError, TypeError, AttributeError, OverflowError)


def _read_row(table: str, row: Row, read: Callable[[Row], T], field: str | None = None) -> T:
    try:
        return read(row)
    except _READ_ERRORS as error:
        raise DamagedPlanError([_row_problem(table, row, error, field)]) from None


def _row_problem(table: str, row: Row, error: Exception, field: str | None = None) -> Problem:
    key = row.get("item", row.get("id"))
    if field is None and isinstance(error, _FieldError):
        field = error.field
    if field is None:
        # Name the field whose value the error quotes, where it quotes one.
        text = str(error)
        field = next(
            (
                name
                for name, value in row.items()
                if isinstance(value, str) and value and repr(value) in text
            ),
            "(row)",
        )
    return Problem(_where(table, key, field), f"cannot be read ({error})")


class _Reader:
    """Reads rows into the model, collecting every row that cannot be read."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def all(self, table: str, rows: Iterable[Row], read: Callable[[Row], T]) -> tuple[T, ...]:
        result = []
        for row in rows:
            try:
                result.append(read(row))
            except _READ_ERRORS as error:
                self.problems.append(_row_problem(table, row, error))
        return tuple(result)


def ensure_writable(db: sqlite_utils.Database) -> None:
    """Raise StorageError before any write to a plan that cannot be written here."""
    refusal: str | None = getattr(db, "cannot_write", None)
    if refusal is not None:
        raise StorageError(f"{refusal}: nothing was changed")


def write_failure(db: sqlite_utils.Database, error: sqlite3.OperationalError) -> Exception:
    """The officer's words for a write that SQLite could not make, or ``error`` itself."""
    code = getattr(error, "sqlite_errorcode", None)
    path = _file_of(db)
    if code == sqlite3.SQLITE_FULL or (
        path is not None and code is not None and code & 0xFF == sqlite3.SQLITE_IOERR
    ):
        full = no_space_left(path) if path is not None else "no space left on the disk"
        if full is not None:
            return StorageError(f"{full}: nothing was changed")
    if code is not None and code & 0xFF == sqlite3.SQLITE_READONLY:
        return StorageError(
            f"the plan is read-only ({path} cannot be written): nothing was changed"
        )
    return error


def _file_of(db: sqlite_utils.Database) -> Path | None:
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None


class PlanStore:
    """Reads and writes one plan file.

    Args:
        db: an open plan database (see :func:`planner.storage.open_plan_file`).
        path: the file, to name it in messages.
    """

    def __init__(self, db: sqlite_utils.Database, path: Path | None = None) -> None:
        self.db = db
        self.path = path

    def close(self) -> None:
        self.db.close()

    @property
    def read_only(self) -> str | None:
        """Why the plan cannot be written here ("the plan is read-only (…)"), or None."""
        reason: str | None = getattr(self.db, "cannot_write", None)
        return reason

    @property
    def _name(self) -> str:
        return str(self.path) if self.path is not None else "the plan file"

    def _busy(self) -> PlanBusyError:
        return PlanBusyError(f"{self._name}: the plan is in use by another program; try again")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic change: everything inside is written, or nothing is.

        The write lock is taken at the start, so what is read inside is what
        is written over. A plan another program is writing is waited for (the
        busy timeout), then refused with :class:`PlanBusyError`; a plan that
        cannot be written here (read-only, a full disk) is refused in words.
        """
        connection = self.db.conn
        ensure_writable(self.db)
        if connection.in_transaction:
            with self.db.atomic():
                yield
            return
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if _is_busy(error):
                raise self._busy() from None
            raise write_failure(self.db, error) from None
        try:
            yield
        except BaseException as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            if isinstance(error, sqlite3.OperationalError):
                raise write_failure(self.db, error) from None
            raise
        try:
            connection.execute("COMMIT")
        except sqlite3.OperationalError as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            if _is_busy(error):
                raise self._busy() from None
            raise write_failure(self.db, error) from None

    def check_writable(self) -> None:
        """Raise now what a change would meet, writing nothing.

        For long work (a scheduler run) that should learn before it starts: a
        plan that is read-only here, a disk without room for a change to every
        page of the plan, or another program holding the plan.
        """
        ensure_writable(self.db)
        path = _file_of(self.db)
        if path is not None:
            try:
                room: int | None = path.stat().st_size + 64 * 1024
            except OSError:
                room = None
            full = no_space_left(path, room) if room is not None else None
            if full is not None:
                raise StorageError(f"{full}: nothing was changed")
        with self.transaction():
            pass

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """One consistent view for several reads (a writer may commit in between)."""
        connection = self.db.conn
        if connection.in_transaction:
            yield
            return
        connection.execute("BEGIN")
        try:
            yield
        finally:
            if connection.in_transaction:
                connection.execute("COMMIT")

    def has_event(self) -> bool:
        return bool(self.db.execute("SELECT count(*) FROM event").fetchone()[0])

    def revision(self) -> int:
        """The plan's revision: every committed change to the plan raises it."""
        return int(self.db.execute("SELECT revision FROM plan_revision").fetchone()[0])

    def data_version(self) -> int:
        """A number that changes when another connection commits anything to the file."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def _raise_revision(self) -> None:
        self.db.execute("UPDATE plan_revision SET revision = revision + 1")

    def _rows(self, table: str, order: str = "sort_order, id") -> Iterator[Row]:
        return self.db.query(f"SELECT * FROM [{table}] ORDER BY {order}")

    def read(self) -> tuple[int, Plan]:
        """The plan and its revision, read together in one consistent view."""
        with self._reading():
            return self.revision(), self.load()

    def load(self) -> Plan:
        """The whole plan as it stands in the file.

        Raises:
            StorageError: a stored value is not of its column's type or cannot be
                read as what it stands for; each one is named by table, id and field.
        """
        with self._reading():
            return self._load()

    def _load(self) -> Plan:
        problems = self._mistyped_values()
        if problems:
            raise DamagedPlanError(problems)
        rows = list(self._rows("event", "singleton"))
        if not rows:
            raise StorageError("the plan file holds no event")
        event = _read_row("event", rows[0], event_from_row)
        tz = _read_row("event", rows[0], lambda row: times.zone(event.timezone), "timezone")
        members: dict[str, list[str]] = {}
        for row in self._rows("session_delegation", "session, sort_order"):
            members.setdefault(row["session"], []).append(row["delegation"])
        attendees: dict[tuple[str, int], list[str]] = {}
        for row in self._rows("session_person", "session, remote, sort_order"):
            attendees.setdefault((row["session"], row["remote"]), []).append(row["person"])
        earlier: dict[str, list[str]] = {}
        for row in self._rows("session_after", "session, sort_order"):
            earlier.setdefault(row["session"], []).append(row["earlier"])
        reader = _Reader()
        plan = Plan(
            event=event,
            venues=reader.all("venue", self._rows("venue"), lambda row: venue_from_row(row, tz)),
            delegations=reader.all(
                "delegation", self._rows("delegation"), lambda row: delegation_from_row(row, tz)
            ),
            people=reader.all("person", self._rows("person"), person_from_row),
            sessions=reader.all(
                "session",
                self._rows("session"),
                lambda row: session_from_row(
                    row,
                    tz,
                    tuple(members.get(row["id"], ())),
                    tuple(attendees.get((row["id"], 0), ())),
                    tuple(attendees.get((row["id"], 1), ())),
                    tuple(earlier.get(row["id"], ())),
                ),
            ),
            requests=reader.all(
                "request", self._rows("request"), lambda row: request_from_row(row, tz)
            ),
            schedule=reader.all(
                "placement",
                self._rows("placement", "start, venue, item"),
                lambda row: placement_from_row(row, tz),
            ),
        )
        if reader.problems:
            raise DamagedPlanError(reader.problems)
        return plan

    def _mistyped_values(self) -> list[Problem]:
        """Values whose storage type is not their column's (the file's own schema says which).

        SQLite lets any column hold any type; a tampered file can have text in a
        capacity or a BLOB for a title.
        """
        problems: list[Problem] = []
        for table, key in _PLAN_TABLES:
            columns = self.db.execute(f"PRAGMA table_info([{table}])").fetchall()
            tests = []
            for _cid, name, declared, not_null, _default, _pk in columns:
                allowed = {"INTEGER": "integer", "TEXT": "text"}.get(declared)
                if allowed is not None:
                    nullable = "" if not_null else ", 'null'"
                    tests.append(
                        (
                            name,
                            allowed,
                            bool(not_null),
                            f"typeof([{name}]) NOT IN ('{allowed}'{nullable})",
                        )
                    )
            if not tests:
                continue
            condition = " OR ".join(test[3] for test in tests)
            names = [column[1] for column in columns]
            for row in self.db.execute(f"SELECT * FROM [{table}] WHERE {condition}"):
                values = dict(zip(names, row, strict=True))
                for name, allowed, not_null, _test in tests:
                    value = values[name]
                    expected = int if allowed == "integer" else str
                    if isinstance(value, expected) or (value is None and not not_null):
                        continue
                    what = "a whole number" if allowed == "integer" else "text"
                    problems.append(
                        Problem(
                            _where(table, values.get(key), name),
                            f"must be {what}, found {_stored_type(value)}",
                        )
                    )
        return problems

    # Writing ---------------------------------------------------------------

    def write_edit(self, edit: Edit, zone: ZoneInfo) -> None:
        """Write the rows ``edit`` touches, and nothing else; raise the revision.

        Call inside :meth:`transaction`, with an edit rebased onto the plan the
        file holds and ``zone`` the event's zone after it.
        """
        # References are checked at commit, so rows can be written in any order.
        self.db.execute("PRAGMA defer_foreign_keys = ON")
        removals = [c for c in edit.changes if c.after is None]
        others = [c for c in edit.changes if c.after is not None]
        for change in removals:
            table = _TABLES[change.kind]
            key = "item" if change.kind is Kind.PLACEMENT else "id"
            self.db.execute(f"DELETE FROM [{table}] WHERE [{key}] = ?", [change.key])
        # A new head may replace the old one: the unique index must not see two.
        for change in others:
            if change.kind is Kind.PERSON and change.before is not None:
                self.db.execute("UPDATE person SET role = 'member' WHERE id = ?", [change.key])
        for change in others:
            self._write_change(change, zone)
        for order in edit.orders:
            table = _TABLES[order.kind]
            current = {row["id"]: row["sort_order"] for row in self._rows(table)}
            for number, key in enumerate(order.after):
                if current.get(key, number) != number:
                    self.db.execute(
                        f"UPDATE [{table}] SET sort_order = ? WHERE id = ?", [number, key]
                    )
        if not edit.empty:
            self._raise_revision()

    def _write_change(self, change: EntityChange, zone: ZoneInfo) -> None:
        entity = change.after
        assert entity is not None
        if change.kind is Kind.EVENT:
            assert isinstance(entity, Event)
            self.put_event(entity)
            return
        table = _TABLES[change.kind]
        if change.kind is Kind.PLACEMENT:
            assert isinstance(entity, Placement)
            is_session = bool(
                self.db.execute(
                    "SELECT count(*) FROM session WHERE id = ?", [entity.item]
                ).fetchone()[0]
            )
            self.db.table(table).upsert(placement_row(entity, zone, is_session), pk="item")
            return
        if change.before is None:
            sort_order = self._sort_order_at(table, change.position)
            row = _entity_row(change.kind, entity, zone, sort_order)
            self.db.table(table).insert(row)
        else:
            row = _entity_row(change.kind, entity, zone, 0)
            del row["sort_order"]
            self.db.table(table).update(change.key, row)
        if isinstance(entity, Session):
            self.put_session_links(entity)

    def _sort_order_at(self, table: str, position: int | None) -> int:
        """A sort order that puts a new row at ``position`` (None: at the end)."""
        if position is not None:
            found = self.db.execute(
                f"SELECT sort_order FROM [{table}] ORDER BY sort_order, id LIMIT 1 OFFSET ?",
                [position],
            ).fetchone()
            if found is not None:
                self.db.execute(
                    f"UPDATE [{table}] SET sort_order = sort_order + 1 WHERE sort_order >= ?",
                    [found[0]],
                )
                return int(found[0])
        last = self.db.execute(f"SELECT max(sort_order) FROM [{table}]").fetchone()[0]
        return 0 if last is None else int(last) + 1

    def write_plan(self, plan: Plan) -> None:
        """Bring the file to ``plan``, row by row, keeping rows that already match.

        For filling a new plan file; a change to an existing plan is an
        :class:`Edit` (see :meth:`write_edit`). Call inside :meth:`transaction`.
        """
        tz = plan.event.zone
        sessions = plan.session_by_id
        tables: list[tuple[str, str, list[Row]]] = [
            ("venue", "id", [venue_row(v, tz, i) for i, v in enumerate(plan.venues)]),
            (
                "delegation",
                "id",
                [delegation_row(d, tz, i) for i, d in enumerate(plan.delegations)],
            ),
            ("person", "id", [person_row(p, i) for i, p in enumerate(plan.people)]),
            ("session", "id", [session_row(s, tz, i) for i, s in enumerate(plan.sessions)]),
            ("request", "id", [request_row(r, tz, i) for i, r in enumerate(plan.requests)]),
            (
                "placement",
                "item",
                [placement_row(p, tz, p.item in sessions) for p in plan.schedule],
            ),
        ]
        self.db.execute("PRAGMA defer_foreign_keys = ON")
        if list(self._rows("event", "singleton")) != [event_row(plan.event)]:
            self.put_event(plan.event)
        existing = {table: self._keyed(table, key) for table, key, _rows in tables}
        for table, key, rows in reversed(tables):
            for stale in existing[table].keys() - {row[key] for row in rows}:
                self.db.execute(f"DELETE FROM [{table}] WHERE [{key}] = ?", [stale])
        for table, key, rows in tables:
            changed = [row for row in rows if existing[table].get(row[key]) != row]
            if table == "person":
                for row in changed:
                    self.db.execute("UPDATE person SET role = 'member' WHERE id = ?", [row["id"]])
            if changed:
                self.db.table(table).upsert_all(changed, pk=key)
            if table == "session":
                for session in plan.sessions:
                    self.put_session_links(session)

    def _keyed(self, table: str, key: str) -> dict[str, Row]:
        return {row[key]: row for row in self._rows(table, key)}

    def put_event(self, event: Event) -> None:
        self.db.table("event").upsert(event_row(event), pk="singleton")

    def put_session_links(self, session: Session) -> None:
        current_members = [
            row["delegation"]
            for row in self.db.query(
                "SELECT delegation FROM session_delegation WHERE session = ? ORDER BY sort_order",
                [session.id],
            )
        ]
        wanted_members = [] if session.for_all else list(session.delegations)
        if current_members != wanted_members:
            self.db.execute("DELETE FROM session_delegation WHERE session = ?", [session.id])
            self.db.table("session_delegation").insert_all(
                {"session": session.id, "delegation": d, "sort_order": i}
                for i, d in enumerate(wanted_members)
            )
        current_people = [
            (row["person"], row["remote"])
            for row in self.db.query(
                "SELECT person, remote FROM session_person WHERE session = ? "
                "ORDER BY remote, sort_order",
                [session.id],
            )
        ]
        wanted_people = [(p, 0) for p in session.people] + [(p, 1) for p in session.remote]
        if current_people != wanted_people:
            self.db.execute("DELETE FROM session_person WHERE session = ?", [session.id])
            self.db.table("session_person").insert_all(
                {"session": session.id, "person": p, "remote": r, "sort_order": i}
                for i, (p, r) in enumerate(wanted_people)
            )
        current_after = [
            row["earlier"]
            for row in self.db.query(
                "SELECT earlier FROM session_after WHERE session = ? ORDER BY sort_order",
                [session.id],
            )
        ]
        if current_after != list(session.after):
            self.db.execute("DELETE FROM session_after WHERE session = ?", [session.id])
            self.db.table("session_after").insert_all(
                {"session": session.id, "earlier": e, "sort_order": i}
                for i, e in enumerate(session.after)
            )

    def counts(self) -> Mapping[str, int]:
        tables = ("venue", "delegation", "person", "session", "request", "placement")
        return {
            table: self.db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
            for table in tables
        }


def _entity_row(kind: Kind, entity: Entity, zone: ZoneInfo, sort_order: int) -> Row:
    if isinstance(entity, Venue):
        return venue_row(entity, zone, sort_order)
    if isinstance(entity, Delegation):
        return delegation_row(entity, zone, sort_order)
    if isinstance(entity, Person):
        return person_row(entity, sort_order)
    if isinstance(entity, Session):
        return session_row(entity, zone, sort_order)
    if isinstance(entity, BilateralRequest):
        return request_row(entity, zone, sort_order)
    raise TypeError(f"no table holds a {kind.value}")


def stored_form(kind: Kind, entity: Entity, zone: ZoneInfo) -> Entity:
    """``entity`` exactly as the plan file will read it back (times as stored, …)."""
    if isinstance(entity, Event):
        return event_from_row(event_row(entity))
    if isinstance(entity, Placement):
        return placement_from_row(placement_row(entity, zone, False), zone)
    row = _entity_row(kind, entity, zone, 0)
    if isinstance(entity, Venue):
        return venue_from_row(row, zone)
    if isinstance(entity, Delegation):
        return delegation_from_row(row, zone)
    if isinstance(entity, Person):
        return person_from_row(row)
    if isinstance(entity, Session):
        members = () if entity.for_all else tuple(entity.delegations)
        return session_from_row(row, zone, members, entity.people, entity.remote, entity.after)
    return request_from_row(row, zone)


def stored_edit(edit: Edit, zone: ZoneInfo) -> Edit:
    """``edit`` with every new value in the form the plan file reads back."""
    return Edit(
        tuple(
            change
            if change.after is None
            else EntityChange(
                change.kind,
                change.key,
                change.before,
                stored_form(change.kind, change.after, zone),
                change.position,
            )
            for change in edit.changes
        ),
        edit.orders,
    )
