"""This laptop's mailboxes: their settings (local, never synced) and passwords (the keyring,
with the same fallback as the server password in sync.credentials: without a keyring, in
memory for this session only, never in a file)."""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import quote

from sqlalchemy import text

from crm_desktop.domain.emails import normalize_email
from crm_desktop.domain.errors import CrmError, NotFoundError, ValidationError
from crm_desktop.storage.models import LocalSetting

KEYS = uuid.UUID("7d1c3f0a-9b2e-4e61-a8c5-3b6f0e2d9a47")
ACCOUNTS_KEY = "mail.accounts"
STATE_KEY = "mail.state.{account}"
OUTBOX_KEY = "mail.outbox"
TIMEOUT_S = 30


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


class AccountSettings:
    """The part of the mail service that keeps the mailboxes' settings."""

    crm: Any
    ctx: Any

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
