"""Schema steps, in order. Step N brings a file from user_version N-1 to N.

A new step is appended, never edited: files written by every earlier version
must keep opening. Each step runs inside the transaction that opens the file.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

_SCHEMA_1 = """
CREATE TABLE event (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    city TEXT NOT NULL,
    timezone TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    day_start TEXT NOT NULL,
    day_end TEXT NOT NULL,
    slot_minutes INTEGER NOT NULL,
    changeover_minutes INTEGER NOT NULL,
    organizer_name TEXT,
    organizer_email TEXT,
    languages TEXT NOT NULL DEFAULT '[]',
    precedence_order TEXT NOT NULL DEFAULT 'alphabetical',
    precedence_first TEXT
);
CREATE TABLE venue (
    id TEXT PRIMARY KEY,
    sort_order INTEGER NOT NULL,
    name TEXT NOT NULL,
    building TEXT NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity >= 1),
    features TEXT NOT NULL DEFAULT '[]',
    unavailable TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE delegation (
    id TEXT PRIMARY KEY,
    sort_order INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT,
    precedence INTEGER,
    arrival TEXT NOT NULL,
    departure TEXT NOT NULL,
    languages TEXT NOT NULL DEFAULT '[]',
    timezone TEXT
);
CREATE TABLE person (
    id TEXT PRIMARY KEY,
    sort_order INTEGER NOT NULL,
    delegation TEXT NOT NULL REFERENCES delegation(id) ON DELETE CASCADE,
    honorific TEXT,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    position TEXT,
    rank TEXT NOT NULL,
    role TEXT NOT NULL,
    email TEXT,
    remote INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX person_delegation ON person(delegation);
CREATE UNIQUE INDEX one_head_per_delegation ON person(delegation) WHERE role = 'head';
CREATE TABLE session (
    id TEXT PRIMARY KEY,
    sort_order INTEGER NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    for_all INTEGER NOT NULL,
    seats_per_delegation INTEGER NOT NULL DEFAULT 2,
    extra_seats INTEGER NOT NULL DEFAULT 0,
    needs TEXT NOT NULL DEFAULT '[]',
    fixed_start TEXT,
    fixed_venue TEXT REFERENCES venue(id),
    window_earliest TEXT,
    window_latest TEXT
);
CREATE TABLE session_delegation (
    session TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    delegation TEXT NOT NULL REFERENCES delegation(id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL,
    PRIMARY KEY (session, delegation)
);
CREATE INDEX session_delegation_delegation ON session_delegation(delegation);
CREATE TABLE session_person (
    session TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    person TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    remote INTEGER NOT NULL,
    sort_order INTEGER NOT NULL,
    PRIMARY KEY (session, person, remote)
);
CREATE INDEX session_person_person ON session_person(person);
CREATE TABLE request (
    id TEXT PRIMARY KEY,
    sort_order INTEGER NOT NULL,
    from_delegation TEXT NOT NULL REFERENCES delegation(id) ON DELETE CASCADE,
    to_delegation TEXT NOT NULL REFERENCES delegation(id) ON DELETE CASCADE,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
    window_earliest TEXT,
    window_latest TEXT,
    needs TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'requested'
);
CREATE INDEX request_from ON request(from_delegation);
CREATE INDEX request_to ON request(to_delegation);
CREATE TABLE placement (
    item TEXT PRIMARY KEY,
    session TEXT UNIQUE REFERENCES session(id) ON DELETE CASCADE,
    request TEXT UNIQUE REFERENCES request(id) ON DELETE CASCADE,
    start TEXT NOT NULL,
    venue TEXT NOT NULL REFERENCES venue(id),
    locked INTEGER NOT NULL DEFAULT 0,
    CHECK ((session IS NULL) <> (request IS NULL)),
    CHECK (item = coalesce(session, request))
);
CREATE INDEX placement_venue ON placement(venue);
"""


Step = Callable[[sqlite_utils.Database], None]


def _script(script: str) -> Step:
    """A step that runs the statements of ``script`` in order."""

    def step(db: sqlite_utils.Database) -> None:
        # sqlite3's executescript() commits first; the steps must stay in the caller's
        # transaction.
        for statement in script.split(";"):
            if statement.strip():
                db.execute(statement)

    return step


# What calendars and invitations were written, so that the next run sends only
# what changed (with a higher SEQUENCE) and cancels what was taken off. These
# tables deliberately have no foreign keys to items: a deleted item must still
# be cancelled under its UID next time, and importing a plan over the file
# (which rewrites the plan's tables) must leave them as they are.
_SCHEMA_2 = """
CREATE TABLE calendar_item (
    item TEXT PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    sequence INTEGER NOT NULL CHECK (sequence >= 0),
    fingerprint TEXT NOT NULL,
    cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    changed_at TEXT NOT NULL
);
CREATE TABLE calendar_sent (
    channel TEXT NOT NULL CHECK (channel IN ('calendar', 'invitation')),
    scope TEXT NOT NULL,
    item TEXT NOT NULL,
    uid TEXT NOT NULL,
    sequence INTEGER NOT NULL CHECK (sequence >= 0),
    fingerprint TEXT NOT NULL,
    cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    snapshot TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (channel, scope, item)
);
CREATE INDEX calendar_sent_item ON calendar_sent(item);
"""


# A number that every committed change to the plan raises, so that a long job
# (a scheduler run) can tell whether the plan it started from is still the
# plan in the file, and an open window can tell that another program wrote.
_SCHEMA_3 = """
CREATE TABLE plan_revision (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    revision INTEGER NOT NULL CHECK (revision >= 0)
);
INSERT INTO plan_revision (singleton, revision) VALUES (1, 0);
"""


# The programme's order (a session starts after the sessions it names, rule 10),
# session titles and delegation names in other languages, and the names a
# delegation had before (the name in force depends on the event's date).
# The order is a table of its own so that deleting a session drops it from
# every other session's order, as deleting a delegation drops it from sessions.
_SCHEMA_4 = """
CREATE TABLE session_after (
    session TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    earlier TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL,
    PRIMARY KEY (session, earlier)
);
CREATE INDEX session_after_earlier ON session_after(earlier);
ALTER TABLE session ADD COLUMN titles TEXT NOT NULL DEFAULT '{}';
ALTER TABLE delegation ADD COLUMN names TEXT NOT NULL DEFAULT '{}';
ALTER TABLE delegation ADD COLUMN former_names TEXT NOT NULL DEFAULT '[]'
"""


STEPS: list[Step] = [_script(_SCHEMA_1), _script(_SCHEMA_2), _script(_SCHEMA_3), _script(_SCHEMA_4)]
"""STEPS[N-1] brings a file to version N."""
