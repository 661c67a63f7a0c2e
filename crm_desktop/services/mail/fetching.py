"""Fetching a mailbox over IMAP into the clients' history and the inbox.

Incremental by UIDVALIDITY and UID: each letter is stored in the same transaction as the new
"last UID", so a dropped connection loses nothing and repeats nothing; a new UIDVALIDITY starts
the folder again, and letters already stored are recognised by their key (derived from the
Message-ID), as are the same letters fetched on another laptop.
"""

from __future__ import annotations

import imaplib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from crm_desktop.services.mail import protocols
from crm_desktop.services.mail.accounts import STATE_KEY, MailAccount, MailError, letter_id
from crm_desktop.services.mail.letters import Letter, read_letter
from crm_desktop.storage.models import Interaction, LocalSetting

if TYPE_CHECKING:
    from crm_desktop.storage.models_service import MailAttachment

MAX_BODY = 200_000


@dataclass(frozen=True)
class FetchReport:
    fetched: int = 0
    filed: int = 0  # into a client's history
    inbox: int = 0  # from unknown addresses
    known: int = 0  # already stored (another laptop, or a new UIDVALIDITY)
    errors: list[str] = field(default_factory=list)


class Fetching:
    """The part of the mail service that brings letters in (needs AccountSettings and
    AttachmentStore beside it)."""

    crm: Any
    ctx: Any

    if TYPE_CHECKING:  # the other parts of MailService
        def keep_files(self, session: Session, interaction_id: str,
                       files: list[tuple[str, bytes]], when: datetime
                       ) -> tuple[str | None, list[MailAttachment]]: ...
        @staticmethod
        def password(account: MailAccount) -> str | None: ...

    def fetch(self, account: MailAccount, password: str | None = None,
              progress: Callable[[int, int], None] | None = None,
              connect: Callable[[MailAccount], imaplib.IMAP4] | None = None) -> FetchReport:
        """New letters of the account's folder since the last fetch, each stored with the
        new position in one transaction."""
        password = password or self.password(account)
        if password is None:
            raise MailError(f"no password for {account.email}: enter it in the mailbox settings")
        try:
            imap = (connect or protocols.connect_imap)(account)
            protocols.login(imap, account.login(), password)
        except (OSError, imaplib.IMAP4.error) as exc:
            raise MailError(f"the mail server {account.imap_host} cannot be reached or "
                            f"refused the login: {exc}") from exc
        report = {"fetched": 0, "filed": 0, "inbox": 0, "known": 0}
        try:
            status, data = imap.select(protocols.quote_folder(account.folder), readonly=True)
            if status != "OK":
                raise MailError(f"the folder {account.folder} cannot be opened")
            validity = protocols.uidvalidity(imap)
            state = self._state(account)
            last = state["last_uid"] if state.get("uidvalidity") == validity else 0
            status, data = imap.uid("SEARCH", f"UID {last + 1}:*")  # (no charset)
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
        return FetchReport(fetched=report["fetched"], filed=report["filed"],
                           inbox=report["inbox"], known=report["known"])

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
            # Every value comes from the letter itself, so a laptop that fetches the same
            # letter writes the same rows (no author: the client wrote it).
            when = letter.sent_at or self.ctx.clock.now()
            path, files = self.keep_files(
                session, ident, [(a.name, a.data) for a in letter.attachments], when)
            session.add(Interaction(
                id=ident, channel="email", occurred_at=when,
                subject=(letter.subject or "")[:500] or None,
                body=f"{_header(letter)}\n\n{letter.text[:MAX_BODY]}".strip(),
                company_id=company_id, contact_id=contact_id, user_id=None, attachment=path,
                outcome=None, created_at=when, updated_at=when))
            session.flush()  # the files' rows point at the letter
            session.add_all(files)
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


def _header(letter: Letter) -> str:
    if letter.sender_name:
        return f"{letter.sender_name} <{letter.sender}>".strip()
    return letter.sender
