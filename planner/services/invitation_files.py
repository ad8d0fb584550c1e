"""The files of an invitation run: the folder, each file's name, and its e-mail draft."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from planner.domain import times, zones
from planner.domain.model import Plan
from planner.errors import ExportError
from planner.export import ical
from planner.storage.sent import SentRecord

# Letters, digits, spaces and a few marks are all that every file system and
# calendar server takes in a name (Radicale refuses a comma, Windows a colon).
_FILE_UNSAFE = re.compile(r"[^\w\s().–-]", re.UNICODE)
_STEM_LENGTH = 80
_SLUG_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def unfinished_files(folder: Path) -> list[Path]:
    """Hidden partial files that a run killed while writing left in ``folder``."""
    return [
        path
        for pattern in (".*.ics.*.part", ".*.eml.*.part")
        for path in folder.glob(pattern)
        if path.is_file()
    ]


def output_folder(folder: Path) -> Path:
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


class FileNames:
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
        stem = file_words(f"{start:%Y-%m-%d %H%M} {what}") or _id_stem(entry.item)
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


def file_words(text: str) -> str:
    """``text`` as a file name every file system and calendar server takes, cut at a word."""
    words = " ".join(_FILE_UNSAFE.sub(" ", text).split())
    if len(words) > _STEM_LENGTH:
        words = words[: _STEM_LENGTH + 1].rsplit(" ", 1)[0]
    return words.rstrip(" .-")


def draft(
    plan: Plan,
    entry: ical.Entry,
    calendar: bytes,
    method: ical.Method,
    audience: tuple[ical.Attendee, ...],
    sequence: int,
    note: str,
    now: datetime,
) -> bytes:
    """The e-mail draft that carries ``calendar`` to ``audience``.

    Raises:
        ExportError: an address the draft cannot hold.
    """
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
    return (
        f"{start:%a} {times.short_when(start)}–{end:%H:%M} "
        f"{plan.event.timezone} ({zones.offset_label(start)})"
    )
