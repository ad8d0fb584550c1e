"""Opening and creating plan files.

A plan file is an SQLite database marked with our ``application_id`` and a
schema version in ``user_version``. A file that is not SQLite, is truncated or
corrupt, belongs to another program, or was written by a newer version is
refused with a one-line message before anything is written to it.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import sqlite3
import stat
import urllib.parse
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from planner.errors import StorageError
from planner.files import (
    JOURNAL_SUFFIXES,
    PLAN_FILE_MARK,
    SQLITE_MAGIC,
    journal_name_problem,
    read_head,
)
from planner.storage.migrations import STEPS

log = logging.getLogger(__name__)

APPLICATION_ID = int.from_bytes(PLAN_FILE_MARK, "big")
SCHEMA_VERSION = len(STEPS)
_BUSY_TIMEOUT_MS = 5000


class PlanDatabase(sqlite_utils.Database):
    """An open plan file; ``cannot_write`` says why it cannot be written, or is None."""

    cannot_write: str | None = None


def _connect(path: Path) -> PlanDatabase:
    connection = sqlite3.connect(str(path), timeout=_BUSY_TIMEOUT_MS / 1000)
    return _wrap(connection)


def _wrap(connection: sqlite3.Connection) -> PlanDatabase:
    db = PlanDatabase(connection, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
    return db


def _configure_for_writing(db: sqlite_utils.Database) -> None:
    # WAL keeps readers and the writer apart and survives a killed process;
    # FULL sync makes each committed edit survive a power cut as well.
    if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")


def _check_header(path: Path) -> None:
    """Refuse files that cannot be a healthy SQLite database, without opening them."""
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(status.st_mode):
            # Reading a pipe or a device would wait for a writer that never comes.
            raise StorageError(f"{path}: not a Summit Planner plan (not a regular file)")
        size = status.st_size
        header = read_head(path, 100)
    except FileNotFoundError:
        raise StorageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise StorageError(f"{path}: is a folder, not a plan file") from None
    except OSError as error:
        raise StorageError(f"{path}: cannot be read ({error.strerror})") from None
    if size == 0:
        raise StorageError(f"{path}: the file is empty, not a Summit Planner plan")
    if not header.startswith(SQLITE_MAGIC):
        raise StorageError(f"{path}: not a Summit Planner plan (not an SQLite database)")
    if len(header) < 100:
        raise StorageError(f"{path}: the plan file is truncated ({size} bytes)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    if page_size < 512 or page_size & (page_size - 1):
        raise StorageError(f"{path}: the plan file is corrupt (bad page size in its header)")
    if size % page_size or size < page_count * page_size:
        raise StorageError(
            f"{path}: the plan file is truncated ({size} bytes; its header says "
            f"{page_count * page_size})"
        )


def read_only_reason(path: Path) -> str | None:
    """Why the plan file at ``path`` cannot be written here, or None if it can."""
    folder = path.parent if str(path.parent) else Path(".")
    if os.access(path, os.W_OK) and os.access(folder, os.W_OK):
        return None
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return f"{path} is on read-only media"
    except OSError:
        pass
    if not os.access(folder, os.W_OK):
        return f"the folder {folder} cannot be written"
    return f"{path} cannot be written"


def _connect_read_only(path: Path) -> PlanDatabase:
    """A connection that cannot change the file or its journal.

    Where the folder cannot be written, SQLite cannot make the shared-memory
    file a WAL reader needs; a file whose journal is empty can then be read as
    immutable, and one with committed changes still in its journal cannot be
    read here at all.
    """
    uri = f"file:{urllib.parse.quote(str(path.absolute()))}"
    try:
        connection = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=_BUSY_TIMEOUT_MS / 1000)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        journal = companion_files(path)[1]
        if journal.exists() and journal.stat().st_size:
            raise StorageError(
                f"{path}: cannot be read here: its latest changes are still in {journal.name}, "
                "and the folder cannot be written; copy the plan with its journal files to a "
                "folder that can be written"
            ) from None
        try:
            connection = sqlite3.connect(f"{uri}?immutable=1", uri=True)
        except sqlite3.Error as error:
            raise StorageError(f"{path}: cannot be opened ({error})") from None
    db = _wrap(connection)
    db.execute("PRAGMA query_only = ON")
    return db


@functools.cache
def _schema_of_version(version: int) -> frozenset[tuple[str, str, str, str]]:
    """What sqlite_master holds in a file of ``version``, made by running its steps."""
    db = sqlite_utils.Database(memory=True, execute_plugins=False)
    for step in STEPS[:version]:
        step(db)
    structure = _structure(db)
    db.close()
    return structure


def _structure(db: sqlite_utils.Database) -> frozenset[tuple[str, str, str, str]]:
    rows = db.execute(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchall()
    return frozenset((kind, name, table, " ".join(sql.split())) for kind, name, table, sql in rows)


def _check_structure(db: sqlite_utils.Database, file: Path, version: int) -> None:
    """Refuse a file whose tables, indexes, views or triggers are not its version's own.

    A trigger or a view would run its own statements inside our edits.
    """
    expected = _schema_of_version(version)
    found = _structure(db)
    if found == expected:
        return
    expected_names = {(kind, name): sql for kind, name, _table, sql in expected}
    found_names = {(kind, name): sql for kind, name, _table, sql in found}
    changes = [
        f"{kind} {name} added" for kind, name in sorted(found_names.keys() - expected_names.keys())
    ]
    changes += [
        f"{kind} {name} missing"
        for kind, name in sorted(expected_names.keys() - found_names.keys())
    ]
    changes += [
        f"{kind} {name} differs"
        for (kind, name), sql in sorted(found_names.items())
        if (kind, name) in expected_names and expected_names[(kind, name)] != sql
    ]
    raise StorageError(
        f"{file}: not a Summit Planner plan (its structure was changed: {', '.join(changes)})"
    )


StoredPlan = sqlite_utils.Database
PlanCheck = Callable[[StoredPlan], None]
"""Reads a plan of the current version and raises StorageError to refuse it."""


def open_plan_file(
    path: str | os.PathLike[str], accept: PlanCheck | None = None, *, read_only: bool = False
) -> PlanDatabase:
    """Open an existing plan file, migrating it to the current schema.

    Everything is decided on a read-only connection (the file's header, owner,
    version, integrity, structure, and ``accept`` on its contents); only a file
    that passes is opened for writing. A file that cannot be written here (or
    with ``read_only``) stays open for reading, with the reason in ``cannot_write``.

    Raises:
        StorageError: the file is missing, not a plan, damaged, or newer than
            this version; in every case it was left untouched.
    """
    file = Path(path)
    _check_header(file)
    journals = [companion for companion in companion_files(file)[1:] if not companion.exists()]
    reader = _connect_read_only(file)
    try:
        version = _inspect(reader, file)
        if version == SCHEMA_VERSION:
            _accept(reader, file, accept)
        else:
            # An older file is judged on a migrated copy in memory: the file itself is
            # migrated only once it is accepted.
            copy = sqlite_utils.Database(memory=True, execute_plugins=False)
            try:
                reader.conn.backup(copy.conn)
                _migrate(copy, version)
                _accept(copy, file, accept)
            finally:
                copy.close()
    except StorageError:
        reader.close()
        _remove_new_empty_journals(journals)
        raise
    reason = f"{file} was opened for reading only" if read_only else read_only_reason(file)
    if reason is None:
        db: PlanDatabase | None = None
        try:
            db = _connect(file)
            _configure_for_writing(db)
            if version < SCHEMA_VERSION:
                _migrate(db, version)
                log.info("migrated %s from version %d to %d", file, version, SCHEMA_VERSION)
        except sqlite3.Error as error:
            if db is not None:
                db.close()
            full = no_space_left(file)
            if full is None:
                reader.close()
                raise StorageError(f"{file}: cannot be opened for writing ({error})") from None
            refusal = full
        else:
            reader.close()
            return db
    else:
        refusal = f"the plan is read-only ({reason})"
    if version < SCHEMA_VERSION:
        reader.close()
        raise StorageError(
            f"{file}: written by an older version (plan file version {version}) and cannot "
            f"be brought up to date: {refusal}"
        )
    reader.cannot_write = refusal
    return reader


def no_space_left(path: Path, reserve: int = 64 * 1024) -> str | None:
    """``no space left on FOLDER`` when the disk holding ``path`` is (all but) full."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        full = shutil.disk_usage(folder).free < reserve
    except OSError:
        return None
    return f"no space left on {folder}" if full else None


def _inspect(db: sqlite_utils.Database, file: Path) -> int:
    """The file's schema version, once it is known to be a healthy plan of ours."""
    try:
        version: int = db.execute("PRAGMA user_version").fetchone()[0]
        application = db.execute("PRAGMA application_id").fetchone()[0]
        if application != APPLICATION_ID:
            raise StorageError(f"{file}: an SQLite database of another program, not a plan")
        if version > SCHEMA_VERSION:
            raise StorageError(
                f"{file}: written by a newer version of Summit Planner (plan file version "
                f"{version}; this version reads up to {SCHEMA_VERSION}). Open it with a "
                "newer Summit Planner."
            )
        status = db.execute("PRAGMA quick_check").fetchone()[0]
        if status != "ok":
            raise StorageError(f"{file}: the plan file is corrupt ({status})")
        if version < 1:
            raise StorageError(f"{file}: not a Summit Planner plan (it holds no plan tables)")
        _check_structure(db, file, version)
    except sqlite3.DatabaseError as error:
        raise StorageError(f"{file}: the plan file is corrupt ({error})") from None
    return version


def _accept(db: sqlite_utils.Database, file: Path, accept: PlanCheck | None) -> None:
    if accept is None:
        return
    try:
        accept(db)
    except sqlite3.DatabaseError as error:
        raise StorageError(f"{file}: the plan file is damaged ({error})") from None


def _remove_new_empty_journals(journals: list[Path]) -> None:
    """Remove the journal files that reading a refused file made, while they hold nothing."""
    wal = [journal for journal in journals if journal.name.endswith("-wal")]
    if any(journal.exists() and journal.stat().st_size for journal in wal):
        return
    for journal in journals:
        journal.unlink(missing_ok=True)


def refuse_taken_name(path: Path) -> None:
    """Raise StorageError if a new plan file cannot be made at ``path``.

    The name must be free, and not one SQLite keeps for a journal.
    """
    if path.exists():
        raise StorageError(f"{path}: already exists")
    problem = journal_name_problem(path)
    if problem is not None:
        raise StorageError(problem)


def create_plan_file(path: str | os.PathLike[str]) -> sqlite_utils.Database:
    """Create a new, empty plan file at ``path`` (which must not exist)."""
    file = Path(path)
    refuse_taken_name(file)
    try:
        db = _connect(file)
        _configure_for_writing(db)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _migrate(db, 0)
    except sqlite3.Error as error:
        raise StorageError(f"{file}: cannot be created ({error})") from None
    return db


def companion_files(path: Path) -> list[Path]:
    """A plan file and the journal files SQLite keeps beside it (write-ahead log first)."""
    return [path, *(path.with_name(path.name + suffix) for suffix in JOURNAL_SUFFIXES)]


def copy_plan_file(db: sqlite_utils.Database, target: Path) -> None:
    """Copy the whole open plan, everything the file knows, into a new file ``target``.

    SQLite's online backup reads a consistent snapshot even while the plan is
    being edited.
    """
    copy = sqlite3.connect(str(target))
    try:
        db.conn.backup(copy)
        copy.execute("PRAGMA journal_mode = WAL")
    finally:
        copy.close()


def _migrate(db: sqlite_utils.Database, version: int) -> None:
    with db.atomic():
        for step_number in range(version + 1, SCHEMA_VERSION + 1):
            STEPS[step_number - 1](db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
