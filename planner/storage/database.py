"""Opening and creating plan files.

A plan file is an SQLite database marked with our ``application_id`` and a
schema version in ``user_version``. A file that is not SQLite, is truncated or
corrupt, belongs to another program, or was written by a newer version is
refused with a one-line message before anything is written to it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

import sqlite_utils

from planner.errors import StorageError
from planner.files import PLAN_FILE_MARK
from planner.storage.migrations import STEPS

log = logging.getLogger(__name__)

PLAN_SUFFIX = ".summit"
APPLICATION_ID = int.from_bytes(PLAN_FILE_MARK, "big")
SCHEMA_VERSION = len(STEPS)
_SQLITE_MAGIC = b"SQLite format 3\x00"
_BUSY_TIMEOUT_MS = 5000


def _connect(path: Path) -> sqlite_utils.Database:
    connection = sqlite3.connect(str(path), timeout=_BUSY_TIMEOUT_MS / 1000)
    db = sqlite_utils.Database(connection, execute_plugins=False)
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
        size = path.stat().st_size
        with path.open("rb") as stream:
            header = stream.read(100)
    except FileNotFoundError:
        raise StorageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise StorageError(f"{path}: is a folder, not a plan file") from None
    except OSError as error:
        raise StorageError(f"{path}: cannot be read ({error.strerror})") from None
    if size == 0:
        raise StorageError(f"{path}: the file is empty, not a Summit Planner plan")
    if not header.startswith(_SQLITE_MAGIC):
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


def open_plan_file(path: str | os.PathLike[str]) -> sqlite_utils.Database:
    """Open an existing plan file, migrating it to the current schema.

    Raises:
        StorageError: the file is missing, not a plan, damaged, or newer than
            this version; in every case it was left untouched.
    """
    file = Path(path)
    _check_header(file)
    try:
        db = _connect(file)
    except sqlite3.Error as error:
        raise StorageError(f"{file}: cannot be opened ({error})") from None
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
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
        if version < SCHEMA_VERSION:
            _configure_for_writing(db)
            _migrate(db, version)
            log.info("migrated %s from version %d to %d", file, version, SCHEMA_VERSION)
        else:
            _configure_for_writing(db)
    except StorageError:
        db.close()
        raise
    except sqlite3.DatabaseError as error:
        db.close()
        raise StorageError(f"{file}: the plan file is corrupt ({error})") from None
    return db


def create_plan_file(path: str | os.PathLike[str]) -> sqlite_utils.Database:
    """Create a new, empty plan file at ``path`` (which must not exist)."""
    file = Path(path)
    if file.exists():
        raise StorageError(f"{file}: already exists")
    try:
        db = _connect(file)
        _configure_for_writing(db)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _migrate(db, 0)
    except sqlite3.Error as error:
        raise StorageError(f"{file}: cannot be created ({error})") from None
    return db


def create_memory_plan() -> sqlite_utils.Database:
    """An in-memory plan database (tests and snapshots)."""
    db = sqlite_utils.Database(memory=True, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _migrate(db, 0)
    return db


def companion_files(path: Path) -> list[Path]:
    """A plan file and the journal files SQLite keeps beside it."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


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
