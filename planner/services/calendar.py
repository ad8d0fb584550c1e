"""Calendars and invitations: what changed since the last run, written and recorded at once.

Every run compares the plan with what the plan file records as sent:

* a new item gets SEQUENCE 0 under its UID for life;
* an item whose time, place, title, people or status changed gets a higher
  SEQUENCE (the same one in every file that carries it);
* an item that was sent and is now gone (unplaced, deleted, or no longer the
  audience's) is cancelled under the same UID: listed with
  ``STATUS:CANCELLED`` in a calendar, sent as ``METHOD:CANCEL`` as an
  invitation.

The files are written and the records updated in one transaction: if a file
cannot be written, nothing is recorded, and the next run writes it again.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property
from pathlib import Path

from planner.domain import times
from planner.domain.integrity import looks_like_email
from planner.domain.model import Organizer, Plan
from planner.errors import ExportError, PlannerError, StorageError
from planner.export import ical
from planner.files import write_atomically
from planner.services.plans import PlanService
from planner.storage.sent import Channel, ItemRecord, SentRecord, SentStore

UidSource = Callable[[str, str], str]
"""``(event id, item id) -> UID`` for an item that has none recorded yet."""

_SLUG_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class CalendarReport:
    """What :func:`export_calendar` wrote."""

    path: Path
    scope: str
    events: int
    cancelled: int
    changed: tuple[str, ...]
    """Items that are new, changed or cancelled since this calendar was last written."""
    not_recorded: str | None = None
    """Why what was written could not be recorded in the plan (it is read-only), or None."""


@dataclass(frozen=True)
class WrittenFile:
    path: Path
    item: str
    title: str
    method: ical.Method
    sequence: int


@dataclass(frozen=True)
class InvitationReport:
    """What :func:`write_invitations` wrote, and what it left alone and why."""

    folder: Path
    scope: str
    files: tuple[WrittenFile, ...] = ()
    unchanged: int = 0
    skipped: tuple[str, ...] = ()

    @property
    def requests(self) -> int:
        return sum(
            1 for f in self.files if f.method is ical.Method.REQUEST and f.path.suffix == ".ics"
        )

    @property
    def cancellations(self) -> int:
        return sum(
            1 for f in self.files if f.method is ical.Method.CANCEL and f.path.suffix == ".ics"
        )


@dataclass
class _Run:
    """The state of one run: the plan, its entries, and the records to write."""

    plan: Plan
    entries: dict[str, ical.Entry]
    items: dict[str, ItemRecord]
    now: datetime
    changed_items: dict[str, ItemRecord] = field(default_factory=dict)

    @cached_property
    def stamp(self) -> str:
        return times.format_datetime(self.now, self.plan.event.zone)

    def sequence(self, item: str) -> int:
        return self.items[item].sequence

    def raise_to(self, item: str, sequence: int) -> None:
        """Keep the item's recorded SEQUENCE at least as high as one just sent."""
        record = self.items[item]
        if sequence > record.sequence:
            self.items[item] = replace(record, sequence=sequence, changed_at=self.stamp)
            self.changed_items[item] = self.items[item]


def _start(
    service: PlanService, now: datetime, uid_for: UidSource, store: SentStore | None = None
) -> _Run:
    if now.tzinfo is None:
        raise ValueError("now must be an aware date-time")
    plan = service.plan
    entries = ical.build_entries(plan)
    sent = store or SentStore(service.store.db)
    items = sent.items()
    run = _Run(plan, entries, items, now)
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


def _snapshot(run: _Run, record: SentRecord) -> ical.Entry:
    try:
        return ical.entry_from_json(record.snapshot, run.plan.event.zone)
    except ValueError as error:
        raise StorageError(
            f"the plan file's record of what was sent for {record.item!r} is damaged ({error})"
        ) from None


@contextmanager
def _recording(service: PlanService) -> Iterator[None]:
    """One transaction for the records and the files; a plan file that cannot take it is named."""
    try:
        with service.store.transaction():
            yield
    except sqlite3.Error as error:
        raise StorageError(
            f"{service.path or 'the plan file'}: cannot record what was written ({error}); "
            "the files will be written again next time"
        ) from None


def _check_target(service: PlanService, path: Path) -> None:
    if service.path is not None and path.exists() and path.resolve() == service.path.resolve():
        raise ExportError(f"{path}: is the plan file itself; choose another output file")


# The calendar ------------------------------------------------------------------


def export_calendar(
    service: PlanService,
    path: str | os.PathLike[str],
    *,
    delegation: str | None = None,
    person: str | None = None,
    venue: str | None = None,
    now: datetime,
    uid_for: UidSource = ical.item_uid,
) -> CalendarReport:
    """Write one calendar (``METHOD:PUBLISH``) of the placed items, filtered as asked.

    Items written to this calendar before and now gone stay in it as
    cancelled, under the same UID, so that a client that imports it again
    removes them.

    Raises:
        NotFoundError: no such delegation, person or venue.
        ExportError: the file cannot be written (nothing is recorded then).
    """
    target = Path(path)
    _check_target(service, target)
    plan = service.plan
    scope = ical.scope_for(plan, delegation=delegation, person=person, venue=venue)
    store = SentStore(service.store.db)
    run = _start(service, now, uid_for, store)
    previous = store.sent(Channel.CALENDAR, scope.key)
    home = ical.home_zone(plan, scope)
    published: list[ical.Published] = []
    records: list[SentRecord] = []
    changed: list[str] = []
    selected = ical.select(plan, run.entries, scope)
    for item, entry in selected.items():
        digest = entry.fingerprint()
        before = previous.get(item)
        sequence = run.sequence(item)
        fresh = before is None or before.cancelled or before.fingerprint != digest
        if before is not None:
            sequence = max(sequence, before.sequence + (1 if fresh else 0))
        if fresh:
            changed.append(item)
        run.raise_to(item, sequence)
        uid = run.items[item].uid
        line = ical.home_time_line(entry, home)
        published.append(ical.Published(entry, uid, sequence, extra_details=_one(line)))
        if fresh or before is None or before.sequence != sequence:
            records.append(
                _record(Channel.CALENDAR, scope.key, entry, uid, sequence, False, run.stamp)
            )
    for item, before in previous.items():
        if item in selected:
            continue
        entry = _snapshot(run, before)
        sequence = before.sequence
        if not before.cancelled:
            sequence = max(run.items[item].sequence if item in run.items else 0, sequence + 1)
            if item in run.items:
                run.raise_to(item, sequence)
            changed.append(item)
            records.append(replace(before, sequence=sequence, cancelled=True, sent_at=run.stamp))
        published.append(ical.Published(entry, before.uid, sequence, cancelled=True))
    published.sort(key=lambda p: (times.minutes(p.entry.start), p.entry.venue, p.entry.item))
    header = ical.CalendarHeader(
        method=ical.Method.PUBLISH,
        timezone=plan.event.timezone,
        name=_calendar_name(plan, scope),
        organizer=plan.event.organizer,
        span=(plan.event.start_date, plan.event.end_date),
    )
    data = ical.render(published, header, now)
    not_recorded = service.store.read_only
    if not_recorded is not None:
        # A calendar is a view of the plan: a plan that cannot be written still
        # publishes one, and the next export from a writable copy says what changed.
        write_atomically(target, data)
    else:
        with _recording(service):
            store.put_items(run.changed_items.values())
            store.put_sent(records)
            write_atomically(target, data)
    cancelled = sum(1 for p in published if p.cancelled)
    return CalendarReport(
        path=target,
        scope=_scope_words(plan, scope),
        events=len(published) - cancelled,
        cancelled=cancelled,
        changed=tuple(changed),
        not_recorded=not_recorded,
    )


def _one(line: str | None) -> tuple[str, ...]:
    return (line,) if line else ()


def _record(
    channel: Channel,
    scope: str,
    entry: ical.Entry,
    uid: str,
    sequence: int,
    cancelled: bool,
    stamp: str,
    *,
    file_stem: str | None = None,
) -> SentRecord:
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
        cancelled=cancelled,
        snapshot=snapshot,
        sent_at=stamp,
    )


def _calendar_name(plan: Plan, scope: ical.Scope) -> str:
    if scope.kind is ical.ScopeKind.EVENT:
        return plan.event.name
    return f"{plan.event.name} — {_scope_words(plan, scope)}"


def _scope_words(plan: Plan, scope: ical.Scope) -> str:
    if scope.kind is ical.ScopeKind.DELEGATION:
        return plan.delegation_name(scope.id)
    if scope.kind is ical.ScopeKind.PERSON:
        person = plan.person_by_id[scope.id]
        return f"{person.formal_name} ({plan.delegation_name(person.delegation)})"
    if scope.kind is ical.ScopeKind.VENUE:
        venue = plan.venue_by_id[scope.id]
        return f"{venue.name}, {venue.building}"
    return "the whole event"


# Invitations -------------------------------------------------------------------


def write_invitations(
    service: PlanService,
    folder: str | os.PathLike[str],
    *,
    delegation: str | None = None,
    person: str | None = None,
    resend_all: bool = False,
    eml: bool = False,
    now: datetime,
    uid_for: UidSource = ical.item_uid,
) -> InvitationReport:
    """Write one invitation file per item that is new or changed since the last run.

    ``METHOD:REQUEST`` with the event's organizer and an attendee per invited
    person with an e-mail address; one event per file. Items sent before and
    now gone are sent ``METHOD:CANCEL`` under the same UID, and people taken
    off an item that goes on get a cancellation of their own
    (``<item>.cancel.ics``). With ``resend_all`` every item is written again;
    with ``eml`` an e-mail draft goes beside each file.

    Raises:
        NotFoundError: no such delegation or person.
        PlannerError: the event has no organizer e-mail, or the person has none.
        ExportError: a file cannot be written (nothing is recorded then).
    """
    plan = service.plan
    organizer = plan.event.organizer
    if organizer is None or not organizer.email or not looks_like_email(organizer.email):
        raise PlannerError(
            "the event has no organizer e-mail address, which invitations are sent from; "
            "set event.organizer.email in the plan"
        )
    scope = ical.scope_for(plan, delegation=delegation, person=person)
    if scope.kind is ical.ScopeKind.PERSON:
        invitee = plan.person_by_id[scope.id]
        if not invitee.email or not looks_like_email(invitee.email):
            raise PlannerError(
                f"{invitee.formal_name} ({scope.id}) has no valid e-mail address to invite"
            )
    created = not Path(folder).exists()
    target = _output_folder(Path(folder))
    try:
        return _write_invitations(
            service,
            target,
            scope,
            organizer,
            resend_all=resend_all,
            eml=eml,
            now=now,
            uid_for=uid_for,
        )
    except BaseException:
        if created and not any(target.iterdir()):
            target.rmdir()  # a failed run leaves no empty folder behind
        raise


def _write_invitations(
    service: PlanService,
    target: Path,
    scope: ical.Scope,
    organizer: Organizer,
    *,
    resend_all: bool,
    eml: bool,
    now: datetime,
    uid_for: UidSource,
) -> InvitationReport:
    plan = service.plan
    for leftover in _unfinished_files(target):
        leftover.unlink(missing_ok=True)
    store = SentStore(service.store.db)
    run = _start(service, now, uid_for, store)
    previous = store.sent(Channel.INVITATION, scope.key)
    home = ical.home_zone(plan, scope)
    names = _FileNames(plan, previous)
    writes: list[tuple[Path, bytes]] = []
    written: list[WrittenFile] = []
    records: list[SentRecord] = []
    skipped: list[str] = []
    unchanged = 0

    def emit(
        entry: ical.Entry,
        uid: str,
        sequence: int,
        method: ical.Method,
        audience: tuple[ical.Attendee, ...],
        *,
        suffix: str = "",
        note: str = "",
    ) -> None:
        line = ical.home_time_line(entry, home) if method is ical.Method.REQUEST else None
        emails = {a.email for a in audience}
        header = ical.CalendarHeader(
            method=method,
            timezone=plan.event.timezone,
            organizer=organizer,
            span=(plan.event.start_date, plan.event.end_date),
            attendee_filter=None
            if method is ical.Method.REQUEST
            else (lambda attendee: attendee.email in emails),
        )
        published = ical.Published(
            entry, uid, sequence, cancelled=method is ical.Method.CANCEL, extra_details=_one(line)
        )
        data = ical.render([published], header, now)
        stem = names.stem(entry) + suffix
        path = target / f"{stem}.ics"
        writes.append((path, data))
        written.append(WrittenFile(path, entry.item, entry.summary, method, sequence))
        if eml:
            draft = _draft(plan, entry, data, method, audience, sequence, note, now)
            writes.append((target / f"{stem}.eml", draft))
            written.append(
                WrittenFile(target / f"{stem}.eml", entry.item, entry.summary, method, sequence)
            )

    selected = ical.select(plan, run.entries, scope)
    live: set[str] = set()
    for item, entry in selected.items():
        audience = _audience(entry.invited, scope)
        if not audience:
            skipped.append(f"{entry.summary} ({item}): {_nobody(plan, scope)}")
            continue
        live.add(item)
        digest = entry.fingerprint()
        before = previous.get(item)
        fresh = before is None or before.cancelled or before.fingerprint != digest
        sequence = run.sequence(item)
        if before is not None:
            sequence = max(sequence, before.sequence + (1 if fresh else 0))
        if not fresh and not resend_all:
            unchanged += 1
            continue
        run.raise_to(item, sequence)
        uid = run.items[item].uid
        note = "" if before is None or before.cancelled else "updated"
        emit(entry, uid, sequence, ical.Method.REQUEST, audience, note=note)
        records.append(
            _record(
                Channel.INVITATION,
                scope.key,
                entry,
                uid,
                sequence,
                False,
                run.stamp,
                file_stem=names.stem(entry),
            )
        )
        if before is not None and not before.cancelled:
            # Those taken off the item are sent a cancellation of what they had.
            kept = {a.email for a in audience}
            had = _snapshot(run, before)
            dropped = tuple(a for a in _audience(had.invited, scope) if a.email not in kept)
            if dropped:
                emit(had, uid, sequence, ical.Method.CANCEL, dropped, suffix=".cancel")
    for item, before in previous.items():
        if item in live or (before.cancelled and not resend_all):
            continue
        entry = _snapshot(run, before)
        sequence = before.sequence
        if not before.cancelled:
            sequence = max(run.items[item].sequence if item in run.items else 0, sequence + 1)
            if item in run.items:
                run.raise_to(item, sequence)
            records.append(replace(before, sequence=sequence, cancelled=True, sent_at=run.stamp))
        audience = _audience(entry.invited, scope)
        emit(entry, before.uid, sequence, ical.Method.CANCEL, audience)
    with _recording(service):
        store.put_items(run.changed_items.values())
        store.put_sent(records)
        for path, data in writes:
            write_atomically(path, data)
    return InvitationReport(
        folder=target,
        scope=_scope_words(plan, scope),
        files=tuple(written),
        unchanged=unchanged,
        skipped=tuple(skipped),
    )


def _audience(invited: Iterable[ical.Attendee], scope: ical.Scope) -> tuple[ical.Attendee, ...]:
    """Who of the invited belongs to the scope's audience."""
    if scope.kind is ical.ScopeKind.DELEGATION:
        return tuple(a for a in invited if a.delegation == scope.id)
    if scope.kind is ical.ScopeKind.PERSON:
        return tuple(a for a in invited if a.person == scope.id)
    return tuple(invited)


def _nobody(plan: Plan, scope: ical.Scope) -> str:
    if scope.kind is ical.ScopeKind.DELEGATION:
        return f"no one of {plan.delegation_name(scope.id)} with an e-mail address is invited"
    return "no one invited has an e-mail address"


def _unfinished_files(folder: Path) -> list[Path]:
    """Hidden partial files that a run killed while writing left in ``folder``."""
    return [
        path
        for pattern in (".*.ics.*.part", ".*.eml.*.part")
        for path in folder.glob(pattern)
        if path.is_file()
    ]


def _output_folder(folder: Path) -> Path:
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder}: is a file, not a folder for the invitations")
    if not folder.exists():
        parent = folder.parent if str(folder.parent) else Path(".")
        if not parent.is_dir():
            raise ExportError(f"{folder}: the folder {parent} does not exist")
        try:
            folder.mkdir()
        except OSError as error:
            raise ExportError(f"{folder}: cannot be created ({error.strerror})") from None
    return folder


class _FileNames:
    """A file name per invitation that says what it is: ``2021-10-11 1030 Egypt–India``.

    The start in the event's time, then the meeting (a bilateral by its two
    delegations); characters no file system takes become ``_``, and two
    meetings that would share a name are told apart by their ids. An item
    keeps the name it was first sent under, so that an update or a
    cancellation replaces that file (and the calendar resource stored under
    its name) rather than adding a second one.
    """

    def __init__(self, plan: Plan, previous: Mapping[str, SentRecord]) -> None:
        self.plan = plan
        self._stems: dict[str, str] = {}
        self._taken: dict[str, str] = {}
        for item, record in previous.items():
            self._keep(item, sent_file_stem(record) or _id_stem(item))

    def _keep(self, item: str, stem: str) -> str:
        self._stems[item] = stem
        self._taken[stem.casefold()] = item
        return stem

    def stem(self, entry: ical.Entry) -> str:
        if entry.item in self._stems:
            return self._stems[entry.item]
        start = entry.start.astimezone(self.plan.event.zone)
        request = self.plan.request_by_id.get(entry.item)
        what = (
            f"{self.plan.delegation_name(request.from_delegation)}–"
            f"{self.plan.delegation_name(request.to_delegation)}"
            if request is not None
            else entry.summary
        )
        stem = _file_words(f"{start:%Y-%m-%d %H%M} {what}") or _id_stem(entry.item)
        if self._taken.get(stem.casefold(), entry.item) != entry.item:
            stem = f"{stem} ({_id_stem(entry.item)})"
        return self._keep(entry.item, stem)


def _id_stem(item: str) -> str:
    """A safe name made of an item's id (as the first versions named every file)."""
    slug = _SLUG_UNSAFE.sub("_", item).strip("._")[:80] or "item"
    if slug != item:
        slug = f"{slug}-{hashlib.sha256(item.encode('utf-8')).hexdigest()[:8]}"
    return slug


def sent_file_stem(record: SentRecord) -> str | None:
    """The name an invitation was written under (records from before names: None)."""
    try:
        stem = json.loads(record.snapshot).get("file")
    except (ValueError, AttributeError):
        return None
    return stem if isinstance(stem, str) and stem else None


def _file_words(text: str) -> str:
    """``text`` as a file name every file system and calendar server takes, cut at a word."""
    words = " ".join(_FILE_UNSAFE.sub(" ", text).split())
    if len(words) > _STEM_LENGTH:
        words = words[: _STEM_LENGTH + 1].rsplit(" ", 1)[0]
    return words.rstrip(" .-")


# Letters, digits, spaces and a few marks are all that every file system and
# calendar server takes in a name (Radicale refuses a comma, Windows a colon).
_FILE_UNSAFE = re.compile(r"[^\w\s().–-]", re.UNICODE)
_STEM_LENGTH = 80


def _draft(
    plan: Plan,
    entry: ical.Entry,
    calendar: bytes,
    method: ical.Method,
    audience: tuple[ical.Attendee, ...],
    sequence: int,
    note: str,
    now: datetime,
) -> bytes:
    organizer = plan.event.organizer
    sender = (
        ical.Recipient(organizer.name, organizer.email)
        if organizer is not None and organizer.email
        else None
    )
    recipients = [ical.Recipient(a.name, a.email) for a in audience if a.email]
    when = _when_words(plan, entry)
    if method is ical.Method.CANCEL:
        subject = f"Cancelled: {entry.summary} ({when})"
        opening = "This meeting is cancelled."
    elif note:
        subject = f"Updated invitation: {entry.summary} ({when})"
        opening = f"This invitation replaces the one sent before (update {sequence})."
    else:
        subject = f"Invitation: {entry.summary} ({when})"
        opening = "You are invited to the meeting below."
    # Names may hold line breaks; in the body, as in the headers, each stays on its line.
    line = ical.single_line
    body = "\n".join(
        [
            line(plan.event.name),
            "",
            opening,
            "",
            line(entry.summary),
            f"When: {when}",
            f"Where: {line(entry.location)}",
            *(line(detail) for detail in entry.details),
            "",
            "The calendar invitation is attached; open it to add the meeting to your calendar.",
        ]
    )
    try:
        return ical.email_draft(
            calendar,
            method=method,
            sender=sender,
            recipients=recipients,
            subject=subject,
            body=body,
            now=now,
        )
    except ValueError as error:
        raise ExportError(
            f"the e-mail draft for {entry.summary!r} cannot be written: {error}"
        ) from None


def _when_words(plan: Plan, entry: ical.Entry) -> str:
    tz = plan.event.zone
    start, end = entry.start.astimezone(tz), entry.end.astimezone(tz)
    offset = start.strftime("%z")
    return (
        f"{start:%a} {times.short_when(start)}–{end:%H:%M} "
        f"{plan.event.timezone} (UTC{offset[:3]}:{offset[3:]})"
    )


def record_counts(service: PlanService) -> Mapping[str, int]:
    """How many items and deliveries the plan file records (for ``info`` and tests)."""
    return SentStore(service.store.db).counts()
