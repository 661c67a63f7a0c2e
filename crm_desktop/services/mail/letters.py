"""Reading a letter (RFC 5322 bytes) into plain parts: addresses, subject, text, attachments.

Whatever the letter holds — an HTML-only body, a wrong or unknown charset, broken headers —
reading never fails: undecodable bytes become replacement characters.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

_TAGS = re.compile(r"<[^>]+>")
_DROP = re.compile(r"(?is)<(script|style|head)[^>]*>.*?</\1>")
_BREAKS = re.compile(r"(?i)<\s*(br|/p|/div|/tr|/li|/h\d)\s*/?>")
_BLANKS = re.compile(r"\n\s*\n\s*\n+")


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes


@dataclass(frozen=True)
class Letter:
    message_id: str
    sender: str  # the address, lower case
    sender_name: str
    recipients: list[str]
    subject: str
    text: str
    sent_at: datetime | None
    attachments: list[Attachment] = field(default_factory=list)


def html_to_text(markup: str) -> str:
    text = _DROP.sub("", markup)
    text = _BREAKS.sub("\n", text)
    text = html.unescape(_TAGS.sub("", text))
    lines = [line.strip() for line in text.splitlines()]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def _header(message: Message, name: str) -> str:
    raw = message.get(name)
    if raw is None:
        return ""
    try:
        return str(make_header(decode_header(str(raw)))).strip()
    except (UnicodeError, LookupError, ValueError, email.errors.HeaderParseError):
        return str(raw).encode("utf-8", "replace").decode("utf-8", "replace").strip()


def _payload_bytes(part: Message) -> bytes:
    """A leaf part's decoded content (get_payload(decode=True) is bytes or None there)."""
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def _payload_text(part: Message) -> str:
    """The declared charset; else UTF-8 (a few broken bytes replaced) when most of it is
    UTF-8; else Windows-1251 (the usual undeclared Russian); never an error."""
    data = _payload_bytes(part)
    declared = part.get_content_charset()
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    text = data.decode("utf-8", "replace")
    if text.count("\ufffd") <= max(2, len(text) // 10):
        return text
    return data.decode("cp1251", "replace")


def _filename(part: Message) -> str | None:
    name = part.get_filename()
    if not name:
        return None
    try:
        name = str(make_header(decode_header(name)))
    except (UnicodeError, LookupError, ValueError, email.errors.HeaderParseError):
        pass
    name = re.sub(r"[\\/:*?\"<>|\x00-\x1f]", "_", name).strip(". ") or "attachment"
    return name[:150]


def read_letter(raw: bytes) -> Letter:
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    plain, markup, attachments = [], [], []
    for part in message.walk():
        if part.is_multipart():
            continue
        name = _filename(part)
        disposition = (part.get("Content-Disposition") or "").lower()
        if name or "attachment" in disposition:
            attachments.append(Attachment(name or "attachment", _payload_bytes(part)))
        elif part.get_content_type() == "text/plain":
            plain.append(_payload_text(part))
        elif part.get_content_type() == "text/html":
            markup.append(_payload_text(part))
    text = "\n\n".join(p.strip() for p in plain if p.strip()) or \
        "\n\n".join(html_to_text(m) for m in markup)
    pairs = getaddresses([_header(message, "From")])
    sender_name, sender = pairs[0] if pairs else ("", "")
    recipients = [a.lower() for _, a in getaddresses(
        [_header(message, "To"), _header(message, "Cc")]) if a]
    try:
        date_header = message.get("Date")
        sent_at = parsedate_to_datetime(date_header) if date_header else None
        if sent_at is not None and sent_at.tzinfo is None:
            sent_at = sent_at.replace(tzinfo=UTC)
    except (TypeError, ValueError, IndexError):
        sent_at = None
    message_id = _header(message, "Message-ID").strip("<> ").lower()
    if not message_id:  # a letter without one: its own bytes name it
        message_id = "sha256:" + hashlib.sha256(raw).hexdigest()
    return Letter(message_id=message_id, sender=sender.strip().lower(),
                  sender_name=sender_name.strip(), recipients=recipients,
                  subject=_header(message, "Subject"), text=text.strip(),
                  sent_at=sent_at.astimezone(UTC) if sent_at else None,
                  attachments=attachments)
