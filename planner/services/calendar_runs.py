"""One run of calendars or invitations: what changed since what the plan file records as sent.

* a new item gets SEQUENCE 0 under its UID for life;
* an item whose time, place, title, people or status changed gets a higher
  SEQUENCE (the same one in every file that carries it);
* an item that was sent and is now gone (unplaced, deleted, or no longer the
  audience's) is cancelled under the same UID.

A run only works out the numbers and the records; the caller writes its files
and :func:`recording` keeps files and records in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property
from pathlib import Path

from planner.domain import times
from planner.domain.model import Plan
from planner.errors import ExportError, StorageError
from planner.export import ical
from planner.files import is_same_file
from planner.services.plans import PlanService
from planner.storage.sent import Channel, ItemRecord, SentRecord, SentStore

UidSource = Callable[[str, str], str]
"""``(event id, item id) -> UID`` for an item that has none recorded yet."""


@dataclass
class Run:
    """The state of one run: the plan, its entries, and the records to write."""

    plan: Plan
    entries: dict[str, ical.Entry]
    items: dict[str, ItemRecord]
    now: datetime
    changed_items: dict[str, ItemRecord] = field(default_factory=dict)

    @cached_property
    def stamp(self) -> str:
        return times.format_datetime(self.now, self.plan.event.zone)

    def raise_to(self, item: str, sequence: int) -> None:
        """Keep the item's recorded SEQUENCE at least as high as one just sent."""
        record = self.items[item]
        if sequence > record.sequence:
            self.items[item] = replace(record, sequence=sequence, changed_at=self.stamp)
            self.changed_items[item] = self.items[item]

    def next_sequence(self, entry: ical.Entry, before: SentRecord | None) -> tuple[bool, int]:
        """Whether ``entry`` is new to this channel and scope since ``before``, and its SEQUENCE."""
        fresh = before is None or before.cancelled or before.fingerprint != entry.fingerprint()
        sequence = self.items[entry.item].sequence
        if before is not None:
            sequence = max(sequence, before.sequence + (1 if fresh else 0))
        return fresh, sequence

    def cancel(self, before: SentRecord, records: list[SentRecord]) -> tuple[ical.Entry, int]:
        """What was sent as ``before``, and the SEQUENCE of its cancellation.

        A cancellation not yet sent is added to ``records``; one sent before
        keeps its SEQUENCE.
        """
        entry = self.snapshot(before)
        sequence = before.sequence
        if not before.cancelled:
            item = before.item
            sequence = max(self.items[item].sequence if item in self.items else 0, sequence + 1)
            if item in self.items:
                self.raise_to(item, sequence)
            records.append(replace(before, sequence=sequence, cancelled=True, sent_at=self.stamp))
        return entry, sequence

    def snapshot(self, record: SentRecord) -> ical.Entry:
        """The entry as it was sent.

        Raises:
            StorageError: the record is damaged.
        """
        try:
            return ical.entry_from_json(record.snapshot, self.plan.event.zone)
        except ValueError as error:
            raise StorageError(
                f"the plan file's record of what was sent for {record.item!r} is damaged ({error})"
            ) from None


def start(service: PlanService, now: datetime, uid_for: UidSource, store: SentStore) -> Run:
    """The run of ``now``: every item's UID and SEQUENCE, raised where it changed or went."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware date-time")
    plan = service.plan
    entries = ical.build_entries(plan)
    items = store.items()
    run = Run(plan, entries, items, now)
    for item, entry in entries.items():
        digest = entry.fingerprint()
        record = items.get(item)
        if record is None:
            uid = uid_for(plan.event.id, item)
            items[item] = ItemRecord(item, uid, 0, digest, False, run.stamp)
        elif record.cancelled or record.fingerprint != digest:
            items[item] = ItemRecord(
                item, record.uid, record.sequence + 1, digest, False, run.stamp
            )
        else:
            continue
        run.changed_items[item] = items[item]
    for item, record in list(items.items()):
        if item not in entries and not record.cancelled:
            items[item] = replace(
                record, sequence=record.sequence + 1, cancelled=True, changed_at=run.stamp
            )
            run.changed_items[item] = items[item]
    return run


@contextmanager
def recording(service: PlanService) -> Iterator[None]:
    """One transaction for the records and the files; a plan file that cannot take it is named."""
    try:
        with service.store.transaction():
            yield
    except sqlite3.Error as error:
        raise StorageError(
            f"{service.path or 'the plan file'}: cannot record what was written ({error}); "
            "the files will be written again next time"
        ) from None


def check_target(service: PlanService, path: Path) -> None:
    """Refuse to write over the plan file itself."""
    if is_same_file(path, service.path):
        raise ExportError(f"{path}: is the plan file itself; choose another output file")


def sent_record(
    channel: Channel,
    scope: str,
    entry: ical.Entry,
    uid: str,
    sequence: int,
    stamp: str,
    *,
    file_stem: str | None = None,
) -> SentRecord:
    """The record of ``entry`` sent (not cancelled) on ``channel`` to ``scope``."""
    # A published calendar names no attendees, so its snapshot needs none.
    kept = entry if channel is Channel.INVITATION else replace(entry, attendees=())
    snapshot = ical.entry_to_json(kept)
    if file_stem is not None:  # the invitation's file keeps this name from now on
        snapshot = json.dumps({**json.loads(snapshot), "file": file_stem}, ensure_ascii=False)
    return SentRecord(
        channel=channel,
        scope=scope,
        item=entry.item,
        uid=uid,
        sequence=sequence,
        fingerprint=entry.fingerprint(),
        cancelled=False,
        snapshot=snapshot,
        sent_at=stamp,
    )


def scope_words(plan: Plan, scope: ical.Scope) -> str:
    """``Kazakhstan``, ``H.E. Ms A (Kazakhstan)``, ``Hall A, Palace``, ``the whole event``."""
    if scope.kind is ical.ScopeKind.DELEGATION:
        return plan.delegation_name(scope.id)
    if scope.kind is ical.ScopeKind.PERSON:
        person = plan.person_by_id[scope.id]
        return f"{person.formal_name} ({plan.delegation_name(person.delegation)})"
    if scope.kind is ical.ScopeKind.VENUE:
        venue = plan.venue_by_id[scope.id]
        return f"{venue.name}, {venue.building}"
    return "the whole event"
