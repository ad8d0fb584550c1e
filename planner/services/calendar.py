"""Calendars and invitations: what changed since the last run, written and recorded at once.

Every run compares the plan with what the plan file records as sent
(:mod:`planner.services.calendar_runs` keeps the UIDs and SEQUENCE numbers):
an item that was sent and is now gone is listed with ``STATUS:CANCELLED`` in a
calendar, and sent as ``METHOD:CANCEL`` as an invitation.

The files are written and the records updated in one transaction: if a file
cannot be written, nothing is recorded, and the next run writes it again.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from planner.domain import times
from planner.domain.integrity import looks_like_email
from planner.domain.model import Organizer, Plan
from planner.errors import PlannerError
from planner.export import ical
from planner.files import write_atomically
from planner.services import calendar_runs
from planner.services.calendar_runs import Run, UidSource, scope_words, sent_record
from planner.services.invitation_files import (
    FileNames,
    draft,
    output_folder,
    unfinished_files,
)
from planner.services.plans import PlanService
from planner.storage.sent import Channel, SentRecord, SentStore


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
    calendar_runs.check_target(service, target)
    plan = service.plan
    scope = ical.scope_for(plan, delegation=delegation, person=person, venue=venue)
    store = SentStore(service.store.db)
    run = calendar_runs.start(service, now, uid_for, store)
    previous = store.sent(Channel.CALENDAR, scope.key)
    home = ical.home_zone(plan, scope)
    published: list[ical.Published] = []
    records: list[SentRecord] = []
    changed: list[str] = []
    selected = ical.select(plan, run.entries, scope)
    for item, entry in selected.items():
        before = previous.get(item)
        fresh, sequence = run.next_sequence(entry, before)
        if fresh:
            changed.append(item)
        run.raise_to(item, sequence)
        uid = run.items[item].uid
        line = ical.home_time_line(entry, home)
        published.append(ical.Published(entry, uid, sequence, extra_details=_one(line)))
        if fresh or before is None or before.sequence != sequence:
            records.append(
                sent_record(Channel.CALENDAR, scope.key, entry, uid, sequence, run.stamp)
            )
    for item, before in previous.items():
        if item in selected:
            continue
        if not before.cancelled:
            changed.append(item)
        entry, sequence = run.cancel(before, records)
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
        _write_and_record(service, store, run, records, [(target, data)])
    cancelled = sum(1 for p in published if p.cancelled)
    return CalendarReport(
        path=target,
        scope=scope_words(plan, scope),
        events=len(published) - cancelled,
        cancelled=cancelled,
        changed=tuple(changed),
        not_recorded=not_recorded,
    )


def _write_and_record(
    service: PlanService,
    store: SentStore,
    run: Run,
    records: Iterable[SentRecord],
    writes: Iterable[tuple[Path, bytes]],
) -> None:
    """Write the files and what was sent in one transaction: all of it, or nothing recorded."""
    with calendar_runs.recording(service):
        store.put_items(run.changed_items.values())
        store.put_sent(records)
        for path, data in writes:
            write_atomically(path, data)


def _one(line: str | None) -> tuple[str, ...]:
    return (line,) if line else ()


def _calendar_name(plan: Plan, scope: ical.Scope) -> str:
    if scope.kind is ical.ScopeKind.EVENT:
        return plan.event.name
    return f"{plan.event.name} — {scope_words(plan, scope)}"


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
    target = output_folder(Path(folder))
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
    for leftover in unfinished_files(target):
        leftover.unlink(missing_ok=True)
    store = SentStore(service.store.db)
    run = calendar_runs.start(service, now, uid_for, store)
    previous = store.sent(Channel.INVITATION, scope.key)
    home = ical.home_zone(plan, scope)
    names = FileNames(plan, previous)
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
            message = draft(plan, entry, data, method, audience, sequence, note, now)
            writes.append((target / f"{stem}.eml", message))
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
        before = previous.get(item)
        fresh, sequence = run.next_sequence(entry, before)
        if not fresh and not resend_all:
            unchanged += 1
            continue
        run.raise_to(item, sequence)
        uid = run.items[item].uid
        note = "" if before is None or before.cancelled else "updated"
        emit(entry, uid, sequence, ical.Method.REQUEST, audience, note=note)
        records.append(
            sent_record(
                Channel.INVITATION,
                scope.key,
                entry,
                uid,
                sequence,
                run.stamp,
                file_stem=names.stem(entry),
            )
        )
        if before is not None and not before.cancelled:
            # Those taken off the item are sent a cancellation of what they had.
            kept = {a.email for a in audience}
            had = run.snapshot(before)
            dropped = tuple(a for a in _audience(had.invited, scope) if a.email not in kept)
            if dropped:
                emit(had, uid, sequence, ical.Method.CANCEL, dropped, suffix=".cancel")
    for item, before in previous.items():
        if item in live or (before.cancelled and not resend_all):
            continue
        entry, sequence = run.cancel(before, records)
        audience = _audience(entry.invited, scope)
        emit(entry, before.uid, sequence, ical.Method.CANCEL, audience)
    _write_and_record(service, store, run, records, writes)
    return InvitationReport(
        folder=target,
        scope=scope_words(plan, scope),
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


def record_counts(service: PlanService) -> Mapping[str, int]:
    """How many items and deliveries the plan file records (for ``info`` and tests)."""
    return SentStore(service.store.db).counts()
