"""Talking IMAP and SMTP: connecting, logging in, reading folder state, building and sending
a message. No database here."""

from __future__ import annotations

import imaplib
import mimetypes
import re
import smtplib
import ssl
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from crm_desktop.services.mail.accounts import TIMEOUT_S, MailAccount


def login(imap: imaplib.IMAP4, user: str, password: str) -> None:
    """LOGIN takes ASCII only; a password with other letters goes by AUTHENTICATE PLAIN
    (UTF-8), which servers such as Dovecot accept."""
    if (user + password).isascii():
        imap.login(user, password)
    else:
        token = b"\0" + user.encode() + b"\0" + password.encode()
        imap.authenticate("PLAIN", lambda _: token)


def quote_folder(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def uidvalidity(imap: imaplib.IMAP4) -> int:
    _, data = imap.response("UIDVALIDITY")
    if data and data[0]:
        return int(data[0])
    status, data = imap.status("INBOX", "(UIDVALIDITY)")
    match = re.search(rb"UIDVALIDITY (\d+)", data[0] if data else b"")
    return int(match.group(1)) if match else 0


def connect_imap(account: MailAccount) -> imaplib.IMAP4:
    if account.imap_ssl:
        return imaplib.IMAP4_SSL(account.imap_host, account.imap_port, timeout=TIMEOUT_S,
                                 ssl_context=ssl.create_default_context())
    return imaplib.IMAP4(account.imap_host, account.imap_port, timeout=TIMEOUT_S)


def message(account: MailAccount, entry: dict[str, Any]) -> EmailMessage:
    built = EmailMessage()
    built["From"] = account.email
    built["To"] = ", ".join(entry["to"])
    built["Subject"] = entry["subject"]
    built["Message-ID"] = entry["message_id"]
    built["Date"] = format_datetime(datetime.now().astimezone())
    built.set_content(entry["body"])
    for name in entry.get("attachments", []):
        path = Path(name)
        maintype, subtype = mime_type(path)
        built.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype,
                             filename=path.name)
    return built


def mime_type(path: Path) -> tuple[str, str]:
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    maintype, _, subtype = kind.partition("/")
    return maintype, subtype


def smtp_send(account: MailAccount, password: str | None, letter: EmailMessage) -> None:
    if not account.smtp_host:
        raise smtplib.SMTPException("no SMTP server is set for this mailbox")
    if account.smtp_security == "ssl":
        client: smtplib.SMTP = smtplib.SMTP_SSL(account.smtp_host, account.smtp_port,
                                                timeout=TIMEOUT_S,
                                                context=ssl.create_default_context())
    else:
        client = smtplib.SMTP(account.smtp_host, account.smtp_port, timeout=TIMEOUT_S)
    try:
        client.ehlo()
        if account.smtp_security == "starttls":
            client.starttls(context=ssl.create_default_context())
            client.ehlo()
        if password and client.has_extn("auth"):  # a server without AUTH relays as it is
            client.login(account.login(), password)
        client.send_message(letter)
    finally:
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            pass
