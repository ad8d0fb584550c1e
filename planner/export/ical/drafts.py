"""E-mail drafts that carry an invitation: a message marked unsent, ready to send."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from planner.export.ical.text import CONTROL, LINE_BREAKS, single_line
from planner.export.ical.writer import Method


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str


def email_draft(
    calendar: bytes,
    *,
    method: Method,
    sender: Recipient | None,
    recipients: Sequence[Recipient],
    subject: str,
    body: str,
    now: datetime,
    filename: str = "invite.ics",
) -> bytes:
    """An RFC 5322 message, marked unsent, with ``calendar`` attached.

    Mail programs open it as a draft (``X-Unsent: 1``) ready to send. The
    calendar goes as ``text/calendar; method=…; charset=utf-8`` in base64, so
    its CRLF line ends and folding arrive byte for byte.

    Raises:
        ValueError: an address the e-mail library cannot write.
    """
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = single_line(subject)
    if sender is not None:
        message["From"] = _address(sender)
    if recipients:
        message["To"] = [_address(r) for r in recipients]
    message["Date"] = format_datetime(now.astimezone(UTC))
    message["X-Unsent"] = "1"
    message.set_content(LINE_BREAKS.sub("\n", CONTROL.sub("", body)), charset="utf-8")
    message.add_attachment(
        calendar,
        maintype="text",
        subtype="calendar",
        params={"method": method.value, "charset": "utf-8"},
        filename=filename,
    )
    return message.as_bytes()


def _address(recipient: Recipient) -> Address:
    try:
        return Address(display_name=single_line(recipient.name), addr_spec=recipient.email)
    except (ValueError, IndexError, HeaderParseError) as error:
        raise ValueError(f"cannot write the address {recipient.email!r} ({error})") from None
