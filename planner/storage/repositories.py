"""The plan file's store: whole-plan reads and row-by-row writes, in transactions.

:class:`PlanStore` reads the whole plan as a :class:`~planner.domain.model.Plan`
(in one read transaction, with the revision it is at) and writes
:class:`~planner.domain.edits.Edit` records row by row: only the rows an edit
touches. Every write runs in :meth:`PlanStore.transaction`, which takes the
write lock at once (``BEGIN IMMEDIATE``), so what a change reads inside it is
what it writes over; every write of plan rows raises the plan's revision.

How each entity is kept in its row is :mod:`planner.storage.rows`; what is
done with stored values that are not a plan, :mod:`planner.storage.damage`.
No row dict leaves the storage package.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlite_utils

from planner.domain import times
from planner.domain.edits import Edit, EntityChange, Kind
from planner.domain.model import Event, Placement, Plan, Session
from planner.errors import PlanBusyError, StorageError
from planner.storage.damage import DamagedPlanError, RowReader, mistyped_values, read_row
from planner.storage.database import no_space_left
from planner.storage.rows import (
    Row,
    delegation_from_row,
    delegation_row,
    entity_row,
    event_from_row,
    event_row,
    person_from_row,
    person_row,
    placement_from_row,
    placement_row,
    request_from_row,
    request_row,
    session_from_row,
    session_row,
    venue_from_row,
    venue_row,
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
        problems = mistyped_values(self.db)
        if problems:
            raise DamagedPlanError(problems)
        rows = list(self._rows("event", "singleton"))
        if not rows:
            raise StorageError("the plan file holds no event")
        event = read_row("event", rows[0], event_from_row)
        tz = read_row("event", rows[0], lambda row: times.zone(event.timezone), "timezone")
        members: dict[str, list[str]] = {}
        for row in self._rows("session_delegation", "session, sort_order"):
            members.setdefault(row["session"], []).append(row["delegation"])
        attendees: dict[tuple[str, int], list[str]] = {}
        for row in self._rows("session_person", "session, remote, sort_order"):
            attendees.setdefault((row["session"], row["remote"]), []).append(row["person"])
        earlier: dict[str, list[str]] = {}
        for row in self._rows("session_after", "session, sort_order"):
            earlier.setdefault(row["session"], []).append(row["earlier"])
        reader = RowReader()
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
            row = entity_row(change.kind, entity, zone, sort_order)
            self.db.table(table).insert(row)
        else:
            row = entity_row(change.kind, entity, zone, 0)
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
