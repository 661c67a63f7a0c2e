"""Mailboxes: IMAP fetching into the clients' history and the inbox, SMTP sending with an
offline outbox, letters' files that open on every laptop, and letters from a template with
a generated document attached. Each job lives in its own module; MailService joins them:

- accounts.py: this laptop's mailboxes and their passwords;
- fetching.py: IMAP, incremental by UIDVALIDITY/UID;
- inbox.py: letters from unknown addresses, filed with one click;
- sending.py: the outbox and SMTP;
- attachments.py: the files, synced with their bytes up to a cap;
- templated.py: a commercial offer or an invoice with its .docx (or PDF) attached;
- protocols.py: the IMAP/SMTP conversation itself.

A letter from a known address (a person's or a company's email) becomes an email interaction
of that client; from an unknown one, an email interaction with no client: the inbox.
"""

from __future__ import annotations

from typing import Any

from crm_desktop.services.mail.accounts import (
    ACCOUNTS_KEY,
    OUTBOX_KEY,
    STATE_KEY,
    AccountSettings,
    MailAccount,
    MailError,
    letter_id,
)
from crm_desktop.services.mail.attachments import (
    MAX_ATTACHMENT,
    MAX_SYNCED,
    AttachedFile,
    AttachmentStore,
)
from crm_desktop.services.mail.fetching import Fetching, FetchReport
from crm_desktop.services.mail.inbox import InboxFiling, InboxLetter
from crm_desktop.services.mail.sending import Sending
from crm_desktop.services.mail.templated import TemplateLetters

__all__ = ["ACCOUNTS_KEY", "MAX_ATTACHMENT", "MAX_SYNCED", "OUTBOX_KEY", "STATE_KEY",
           "AttachedFile", "FetchReport", "InboxLetter", "MailAccount", "MailError",
           "MailService", "letter_id"]


class MailService(AccountSettings, Fetching, InboxFiling, Sending, AttachmentStore,
                  TemplateLetters):
    def __init__(self, crm: Any) -> None:
        self.crm, self.ctx = crm, crm.ctx
