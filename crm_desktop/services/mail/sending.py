"""Sending: a letter is in the history at once (outcome 'queued') and waits in this laptop's
outbox until it leaves over SMTP, now or when a connection appears. Its files are kept in the
file store and synced (see attachments.py), so the sent letter's files open on every laptop."""

from __future__ import annotations

import json
import smtplib
from collections.abc import Callable
from datetime import datetime
from email.utils import make_msgid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from crm_desktop.domain.emails import normalize_email
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services.mail import protocols
from crm_desktop.services.mail.accounts import OUTBOX_KEY, MailAccount, letter_id
from crm_desktop.services.mail.attachments import MAX_ATTACHMENT
from crm_desktop.storage.models import Interaction, LocalSetting

if TYPE_CHECKING:
    from crm_desktop.storage.models_service import MailAttachment


class Sending:
    """The part of the mail service that sends (needs AccountSettings, AttachmentStore and
    Fetching's client_of beside it)."""

    crm: Any
    ctx: Any

    if TYPE_CHECKING:  # the other parts of MailService
        def client_of(self, session: Session, address: str
                      ) -> tuple[str | None, str | None]: ...
        def keep_files(self, session: Session, interaction_id: str,
                       files: list[tuple[str, bytes]], when: datetime
                       ) -> tuple[str | None, list[MailAttachment]]: ...
        def files_dir(self) -> Path: ...
        def account(self, account_id: str) -> MailAccount: ...
        @staticmethod
        def password(account: MailAccount) -> str | None: ...

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
            if path.stat().st_size > MAX_ATTACHMENT:
                raise ValidationError("attachments", f"the file {path.name} is larger than "
                                      f"{MAX_ATTACHMENT // (1024 * 1024)} MB")
        if not (company_id or contact_id or deal_id):
            with self.ctx.db.read() as session:
                company_id, contact_id = self.client_of(
                    session, recipients[0])
        message_id = make_msgid(domain=account.email.rpartition("@")[2] or "crm-desktop")
        ident = letter_id(message_id)
        text_body = body + (f"\n\n-- \n{account.signature}" if account.signature else "")
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            # The files are copied into the store: the letter leaves (and opens) even when the
            # originals are moved or were made in a temporary folder.
            kept, rows = self.keep_files(
                session, ident, [(p.name, p.read_bytes()) for p in files], now)
            folder = self.files_dir() / ident
            stored = [str(folder / r.name) for r in rows]
            values = self.crm.interactions.clean(session, {
                "channel": "email", "subject": subject.strip()[:500],
                "body": f"→ {', '.join(recipients)}\n\n{text_body}", "company_id": company_id,
                "contact_id": contact_id, "deal_id": deal_id, "occurred_at": now,
                "attachment": kept, "outcome": "queued"}, None)
            # the key derived from the Message-ID: the same letter fetched back is not new
            session.add(Interaction(id=ident, **values, created_at=now, updated_at=now))
            session.flush()
            session.add_all(rows)
            outbox = self._outbox(session)
            outbox.append({"id": ident, "interaction": ident, "account": account.id,
                           "to": recipients, "subject": subject.strip(), "body": text_body,
                           "attachments": stored, "message_id": message_id})
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
                protocols.smtp_send(account, password, protocols.message(account, entry))
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
