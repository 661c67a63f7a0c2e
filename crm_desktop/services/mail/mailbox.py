"""Mailboxes: IMAP fetching into the clients' history and the inbox, SMTP sending with an
offline outbox.

Accounts are this laptop's (local settings, never synced); passwords live in the keyring with
the same fallback as the server password (sync.credentials): without a keyring, in memory for
this session only, never in a file.

Fetching is incremental by UIDVALIDITY and UID: each letter is stored in the same transaction
as the new "last UID", so a dropped connection loses nothing and repeats nothing; a new
UIDVALIDITY starts the folder again, and letters already stored are recognised by their key
(derived from the Message-ID), as are the same letters fetched on another laptop.

A letter from a known address (a person's or a company's email) becomes an email interaction
of that client; from an unknown one, an email interaction with no client: the inbox, where one
click files it to a new client, a new lead (a company of kind prospect) or a service request.
"""

from __future__ import annotations

import imaplib
import json
import re
import smtplib
import ssl
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from crm_desktop.domain.emails import normalize_email
from crm_desktop.domain.errors import CrmError, NotFoundError, ValidationError
from crm_desktop.services.mail.letters import Letter, read_letter
from crm_desktop.storage.models import Interaction, LocalSetting

KEYS = uuid.UUID("7d1c3f0a-9b2e-4e61-a8c5-3b6f0e2d9a47")
ACCOUNTS_KEY = "mail.accounts"
STATE_KEY = "mail.state.{account}"
OUTBOX_KEY = "mail.outbox"
TIMEOUT_S = 30
MAX_BODY = 200_000
MAX_ATTACHMENT = 25 * 1024 * 1024


class MailError(CrmError):
    """The mail server could not be reached or refused; nothing half-done was kept."""


def letter_id(message_id: str) -> str:
    """The key of a letter's interaction: the same on every laptop that fetches or sends it."""
    return str(uuid.uuid5(KEYS, "mail/" + message_id.strip("<> ").lower()))


@dataclass(frozen=True)
class MailAccount:
    id: str
    email: str
    imap_host: str
    imap_port: int = 993
    imap_ssl: bool = True
    smtp_host: str = ""
    smtp_port: int = 465
    smtp_security: str = "ssl"  # ssl | starttls | none
    username: str = ""
    folder: str = "INBOX"
    signature: str = ""

    def login(self) -> str:
        return self.username or self.email

    def secret_url(self) -> str:
        """The keyring's name for this account's password (sync.credentials' rules)."""
        return f"imap://{quote(self.login(), safe='')}@{self.imap_host}:{self.imap_port}/mail"


@dataclass(frozen=True)
class FetchReport:
    fetched: int = 0
    filed: int = 0  # into a client's history
    inbox: int = 0  # from unknown addresses
    known: int = 0  # already stored (another laptop, or a new UIDVALIDITY)
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class InboxLetter:
    id: str
    sender: str
    subject: str
    body: str
    received_at: datetime
    attachment: str | None


class MailService:
    def __init__(self, crm: Any) -> None:
        self.crm, self.ctx = crm, crm.ctx

    # -- accounts ---------------------------------------------------------------------------
    def accounts(self) -> list[MailAccount]:
        with self.ctx.db.read() as session:
            row = session.get(LocalSetting, ACCOUNTS_KEY)
            items = json.loads(row.value) if row and row.value else []
        return [MailAccount(**item) for item in items]

    def save_account(self, account: MailAccount, password: str | None = None) -> MailAccount:
        email = normalize_email(account.email)
        if not account.imap_host.strip():
            raise ValidationError("imap_host", "enter the IMAP server")
        for name in ("imap_port", "smtp_port"):
            port = getattr(account, name)
            if not isinstance(port, int) or not 0 < port < 65536:
                raise ValidationError(name, "a port is a number from 1 to 65535")
        if account.smtp_security not in ("ssl", "starttls", "none"):
            raise ValidationError("smtp_security", "choose ssl, starttls or none")
        account = MailAccount(**{**asdict(account), "email": email,
                                 "id": account.id or str(uuid.uuid4())})
        items = [a for a in self.accounts() if a.id != account.id] + [account]
        with self.ctx.db.write() as session:
            session.merge(LocalSetting(key=ACCOUNTS_KEY,
                                       value=json.dumps([asdict(a) for a in items])))
        if password:
            from crm_desktop.sync.credentials import store_password

            try:
                store_password(account.secret_url(), password)
            except CrmError:
                pass  # no keyring: kept in memory for this session (the caller may say so)
        return account

    def remove_account(self, account_id: str) -> None:
        items = [a for a in self.accounts() if a.id != account_id]
        with self.ctx.db.write() as session:
            session.merge(LocalSetting(key=ACCOUNTS_KEY,
                                       value=json.dumps([asdict(a) for a in items])))
            session.execute(text("DELETE FROM local_settings WHERE key = :k"),
                            {"k": STATE_KEY.format(account=account_id)})

    def account(self, account_id: str) -> MailAccount:
        for account in self.accounts():
            if account.id == account_id:
                return account
        raise NotFoundError("mailbox", account_id)

    @staticmethod
    def password(account: MailAccount) -> str | None:
        from crm_desktop.sync.credentials import load_password

        return load_password(account.secret_url())

    # -- fetching ---------------------------------------------------------------------------
    def fetch(self, account: MailAccount, password: str | None = None,
              progress: Callable[[int, int], None] | None = None,
              connect: Callable[[MailAccount], imaplib.IMAP4] | None = None) -> FetchReport:
        """New letters of the account's folder since the last fetch, each stored with the
        new position in one transaction."""
        password = password or self.password(account)
        if password is None:
            raise MailError(f"no password for {account.email}: enter it in the mailbox settings")
        try:
            imap = (connect or _connect_imap)(account)
            _login(imap, account.login(), password)
        except (OSError, imaplib.IMAP4.error) as exc:
            raise MailError(f"the mail server {account.imap_host} cannot be reached or "
                            f"refused the login: {exc}") from exc
        report = {"fetched": 0, "filed": 0, "inbox": 0, "known": 0}
        try:
            status, data = imap.select(_quote_folder(account.folder), readonly=True)
            if status != "OK":
                raise MailError(f"the folder {account.folder} cannot be opened")
            validity = _uidvalidity(imap)
            state = self._state(account)
            last = state["last_uid"] if state.get("uidvalidity") == validity else 0
            status, data = imap.uid("SEARCH", None, f"UID {last + 1}:*")
            if status != "OK":
                raise MailError("the mail server refused the search")
            uids = sorted(int(u) for u in (data[0] or b"").split() if int(u) > last)
            for number, uid in enumerate(uids, start=1):
                status, parts = imap.uid("FETCH", str(uid), "(BODY.PEEK[])")
                raw = next((p[1] for p in parts or [] if isinstance(p, tuple)), None)
                if status != "OK" or raw is None:
                    raise MailError(f"the letter {uid} could not be read")
                kind = self._store(read_letter(raw), account, validity, uid)
                report["fetched"] += 1
                report[kind] += 1
                if progress is not None:
                    progress(number, len(uids))
            if not uids and state.get("uidvalidity") != validity:
                self._save_state(account, validity, last)
        except (OSError, imaplib.IMAP4.abort, imaplib.IMAP4.error) as exc:
            raise MailError(f"the connection to {account.imap_host} broke after "
                            f"{report['fetched']} letter(s); the next fetch goes on from "
                            f"there: {exc}") from exc
        finally:
            try:
                imap.logout()
            except (OSError, imaplib.IMAP4.error):
                pass
        return FetchReport(**report)

    def _state(self, account: MailAccount) -> dict[str, int]:
        with self.ctx.db.read() as session:
            row = session.get(LocalSetting, STATE_KEY.format(account=account.id))
            return json.loads(row.value) if row and row.value else {}

    def _save_state(self, account: MailAccount, validity: int, last: int,
                    session: Session | None = None) -> None:
        value = json.dumps({"uidvalidity": validity, "last_uid": last})
        if session is None:
            with self.ctx.db.write() as own:
                own.merge(LocalSetting(key=STATE_KEY.format(account=account.id), value=value))
        else:
            session.merge(LocalSetting(key=STATE_KEY.format(account=account.id), value=value))

    def _store(self, letter: Letter, account: MailAccount, validity: int, uid: int) -> str:
        ident = letter_id(letter.message_id)
        with self.ctx.db.write() as session:
            self._save_state(account, validity, uid, session)
            if session.get(Interaction, ident) is not None:
                return "known"
            company_id, contact_id = self.client_of(session, letter.sender)
            now = self.ctx.clock.now()
            attachment = self._keep_attachments(ident, letter)
            body = letter.text[:MAX_BODY]
            header = f"{letter.sender_name} <{letter.sender}>".strip() if letter.sender_name \
                else letter.sender
            # Every value comes from the letter itself, so a laptop that fetches the same
            # letter writes the same row (no author: the client wrote it).
            when = letter.sent_at or now
            session.add(Interaction(
                id=ident, channel="email", occurred_at=when,
                subject=(letter.subject or "")[:500] or None,
                body=f"{header}\n\n{body}".strip(), company_id=company_id,
                contact_id=contact_id, user_id=None, attachment=attachment,
                outcome=None, created_at=when, updated_at=when))
            return "filed" if company_id or contact_id else "inbox"

    def client_of(self, session: Session, address: str) -> tuple[str | None, str | None]:
        """The person (and their company), else the company, whose emails hold the address."""
        if not address:
            return None, None
        row = session.execute(text(
            "SELECT id, company_id FROM contacts WHERE deleted_at IS NULL AND EXISTS "
            "(SELECT 1 FROM json_each(contacts.emails) WHERE lower(value) = :a) "
            "ORDER BY id LIMIT 1"), {"a": address}).first()
        if row is not None:
            return row[1], row[0]
        company = session.execute(text(
            "SELECT id FROM companies WHERE deleted_at IS NULL AND EXISTS "
            "(SELECT 1 FROM json_each(companies.emails) WHERE lower(value) = :a) "
            "ORDER BY id LIMIT 1"), {"a": address}).scalar()
        return company, None

    def files_dir(self) -> Path:
        path = self.ctx.db.path
        return path.with_name(path.stem + "-files") / "mail"

    def _keep_attachments(self, ident: str, letter: Letter) -> str | None:
        """Attachments in the file store beside the database; the interaction names the file
        (one) or the folder (several)."""
        kept = [a for a in letter.attachments if 0 < len(a.data) <= MAX_ATTACHMENT]
        if not kept:
            return None
        from crm_desktop.storage.files import make_private_dir, write_bytes_atomic

        folder = self.files_dir() / ident
        make_private_dir(folder)
        names: list[Path] = []
        for attachment in kept:
            target = folder / attachment.name
            counter = 1
            while target in names:
                target = folder / f"{counter}-{attachment.name}"
                counter += 1
            write_bytes_atomic(target, attachment.data)
            names.append(target)
        return str(names[0] if len(names) == 1 else folder)[:1000]

    # -- the inbox: letters from unknown addresses -----------------------------------------
    def inbox(self, limit: int = 500) -> list[InboxLetter]:
        stmt = (select(Interaction).where(
            Interaction.deleted_at.is_(None), Interaction.channel == "email",
            Interaction.company_id.is_(None), Interaction.contact_id.is_(None),
            Interaction.deal_id.is_(None), Interaction.outcome.is_(None))
            .order_by(Interaction.occurred_at.desc()).limit(limit))
        with self.ctx.db.read() as session:
            return [InboxLetter(r.id, (r.body or "").split("\n", 1)[0], r.subject or "",
                                r.body or "", r.occurred_at, r.attachment)
                    for r in session.scalars(stmt)]

    def file_to_new_client(self, ident: str, name: str | None = None,
                           lead: bool = False) -> str:
        """A new company (a lead: kind prospect) with the sender's address; the letter, and
        every other inbox letter from that address, in its history. Returns the company id."""
        with self.ctx.db.write() as session:
            row = self._inbox_row(session, ident)
            address, display = _sender(row.body)
            company = self.crm.companies.create_in(
                session, name=(name or display or address or "?")[:300],
                kind="prospect" if lead else "client", emails=[address] if address else [])
            self._file_from(session, address, company.id, None, row)
            return company.id

    def file_to_request(self, ident: str, company_id: str | None = None) -> str:
        """A service request from the letter (a new client made from the sender when none is
        given); returns the request id."""
        from crm_desktop.services.service_desk import desk

        company_id = company_id or self.file_to_new_client(ident)
        with self.ctx.db.read() as session:
            row = session.get(Interaction, ident)
            subject, body = row.subject, row.body
        request = desk(self.crm).create(subject or "—", company_id=company_id,
                                        description=body, channel="email")
        return request.id

    def file_to(self, ident: str, company_id: str | None = None,
                contact_id: str | None = None) -> None:
        with self.ctx.db.write() as session:
            row = self._inbox_row(session, ident)
            address, _ = _sender(row.body)
            self._file_from(session, address, company_id, contact_id, row)

    def _inbox_row(self, session: Session, ident: str) -> Interaction:
        row = session.get(Interaction, ident)
        if row is None or row.deleted_at is not None or row.channel != "email":
            raise NotFoundError("letter", ident)
        return row

    def _file_from(self, session: Session, address: str | None, company_id: str | None,
                   contact_id: str | None, row: Interaction) -> None:
        rows = [row]
        if address:
            rows += [r for r in session.scalars(select(Interaction).where(
                Interaction.deleted_at.is_(None), Interaction.channel == "email",
                Interaction.company_id.is_(None), Interaction.contact_id.is_(None),
                Interaction.id != row.id)) if _sender(r.body)[0] == address]
        now = self.ctx.clock.now()
        for item in rows:
            item.company_id, item.contact_id, item.updated_at = company_id, contact_id, now

    # -- sending ----------------------------------------------------------------------------
    def send(self, account: MailAccount, to: list[str], subject: str, body: str,
             attachments: list[Path] | None = None, company_id: str | None = None,
             contact_id: str | None = None, deal_id: str | None = None) -> str:
        """Queues a letter: it is in the history at once (outcome 'queued') and leaves with
        the next `send_outbox`, now or when a connection appears. Returns its interaction."""
        recipients = [normalize_email(a) for a in to if a and a.strip()]
        if not recipients:
            raise ValidationError("to", "enter at least one address")
        if not (subject or "").strip():
            raise ValidationError("subject", "enter the subject")
        files = [Path(p) for p in attachments or []]
        for path in files:
            if not path.is_file():
                raise ValidationError("attachments", f"{path} is not a file")
        if not (company_id or contact_id or deal_id):
            with self.ctx.db.read() as session:
                company_id, contact_id = self.client_of(session, recipients[0])
        message_id = make_msgid(domain=account.email.rpartition("@")[2] or "crm-desktop")
        ident = letter_id(message_id)
        text_body = body + (f"\n\n-- \n{account.signature}" if account.signature else "")
        entry = {"id": ident, "account": account.id, "to": recipients,
                 "subject": subject.strip(), "body": text_body,
                 "attachments": [str(p.resolve()) for p in files], "message_id": message_id}
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            values = self.crm.interactions.clean(session, {
                "channel": "email", "subject": subject.strip()[:500],
                "body": f"→ {', '.join(recipients)}\n\n{text_body}", "company_id": company_id,
                "contact_id": contact_id, "deal_id": deal_id, "occurred_at": now,
                "attachment": str(files[0].resolve()) if len(files) == 1 else None,
                "outcome": "queued"}, None)
            # the key derived from the Message-ID: the same letter fetched back is not new
            session.add(Interaction(id=ident, **values, created_at=now, updated_at=now))
            outbox = self._outbox(session)
            outbox.append({**entry, "interaction": ident})
            session.merge(LocalSetting(key=OUTBOX_KEY, value=json.dumps(outbox)))
        return ident

    def _outbox(self, session: Session) -> list[dict[str, Any]]:
        row = session.get(LocalSetting, OUTBOX_KEY)
        return json.loads(row.value) if row and row.value else []

    def outbox(self) -> list[dict[str, Any]]:
        with self.ctx.db.read() as session:
            return self._outbox(session)

    def send_outbox(self, password_of: Callable[[MailAccount], str | None] | None = None
                    ) -> tuple[int, list[str]]:
        """Sends what waits; offline or refused letters stay for the next try. Returns the
        number sent and the problems (one line each)."""
        sent, problems = 0, []
        for entry in self.outbox():
            try:
                account = self.account(entry["account"])
            except NotFoundError:
                problems.append(f"the mailbox of «{entry['subject']}» was removed")
                continue
            password = (password_of or self.password)(account)
            try:
                _smtp_send(account, password, _message(account, entry))
            except (OSError, smtplib.SMTPException) as exc:
                problems.append(f"«{entry['subject']}» waits: {account.smtp_host} "
                                f"{type(exc).__name__}: {exc}")
                continue
            with self.ctx.db.write() as session:
                row = session.get(Interaction, entry["interaction"])
                if row is not None:
                    row.outcome, row.updated_at = "sent", self.ctx.clock.now()
                left = [e for e in self._outbox(session) if e["id"] != entry["id"]]
                session.merge(LocalSetting(key=OUTBOX_KEY, value=json.dumps(left)))
            sent += 1
        return sent, problems


def _sender(body: str | None) -> tuple[str | None, str]:
    first = (body or "").split("\n", 1)[0]
    match = re.search(r"<([^<>@\s]+@[^<>\s]+)>", first) or re.search(r"(\S+@\S+)", first)
    address = match.group(1).lower() if match else None
    name = first.split("<", 1)[0].strip() if "<" in first else ""
    return address, name


def _login(imap: imaplib.IMAP4, user: str, password: str) -> None:
    """LOGIN takes ASCII only; a password with other letters goes by AUTHENTICATE PLAIN
    (UTF-8), which servers such as Dovecot accept."""
    if (user + password).isascii():
        imap.login(user, password)
    else:
        token = b"\0" + user.encode() + b"\0" + password.encode()
        imap.authenticate("PLAIN", lambda _: token)


def _quote_folder(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _uidvalidity(imap: imaplib.IMAP4) -> int:
    _, data = imap.response("UIDVALIDITY")
    if data and data[0]:
        return int(data[0])
    status, data = imap.status("INBOX", "(UIDVALIDITY)")
    match = re.search(rb"UIDVALIDITY (\d+)", data[0] if data else b"")
    return int(match.group(1)) if match else 0


def _connect_imap(account: MailAccount) -> imaplib.IMAP4:
    if account.imap_ssl:
        return imaplib.IMAP4_SSL(account.imap_host, account.imap_port, timeout=TIMEOUT_S,
                                 ssl_context=ssl.create_default_context())
    return imaplib.IMAP4(account.imap_host, account.imap_port, timeout=TIMEOUT_S)


def _message(account: MailAccount, entry: dict[str, Any]) -> EmailMessage:
    message = EmailMessage()
    message["From"] = account.email
    message["To"] = ", ".join(entry["to"])
    message["Subject"] = entry["subject"]
    message["Message-ID"] = entry["message_id"]
    message["Date"] = format_datetime(datetime.now().astimezone())
    message.set_content(entry["body"])
    for name in entry.get("attachments", []):
        path = Path(name)
        data = path.read_bytes()
        maintype, subtype = _mime(path)
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=path.name)
    return message


def _mime(path: Path) -> tuple[str, str]:
    import mimetypes

    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    maintype, _, subtype = kind.partition("/")
    return maintype, subtype


def _smtp_send(account: MailAccount, password: str | None, message: EmailMessage) -> None:
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
        client.send_message(message)
    finally:
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            pass
