"""Email: mailboxes (IMAP in, SMTP out) into the clients' history (see mailbox.py)."""

from __future__ import annotations

from typing import Any

from crm_desktop.services.mail.letters import Letter, read_letter
from crm_desktop.services.mail.mailbox import (
    MAX_SYNCED,
    AttachedFile,
    FetchReport,
    InboxLetter,
    MailAccount,
    MailError,
    MailService,
    letter_id,
)
from crm_desktop.services.mail.templated import DOCUMENTS, TemplatedLetter, pdf_converter

__all__ = ["DOCUMENTS", "MAX_SYNCED", "AttachedFile", "FetchReport", "InboxLetter", "Letter",
           "MailAccount", "MailError", "MailService", "TemplatedLetter", "letter_id", "mail",
           "pdf_converter", "read_letter"]


def mail(crm: Any) -> MailService:
    found = getattr(crm, "mail", None)
    if found is None:
        found = MailService(crm)
        crm.mail = found
    return found
