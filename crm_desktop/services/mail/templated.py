"""A letter from a template with its generated document attached: a commercial offer or an
invoice for a deal, made by the documents service (the manager's signature is put into the
document when the manager has one; the mailbox's text signature ends the letter).

PDF: only where a converter is installed (LibreOffice's `soffice`); without one the .docx is
attached and the result says so, so the window can tell the user why there is no PDF.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services.mail.accounts import MailAccount
from crm_desktop.storage.models import Company, Contact, Deal, Stage

DOCUMENTS = ("offer", "invoice")  # the letter templates that carry a generated document
CONVERT_TIMEOUT_S = 120
TEXTS = {
    "en": {
        "offer": ("Commercial offer for {client}",
                  "Good afternoon!\n\nPlease find our commercial offer attached. "
                  "I will be glad to answer your questions."),
        "invoice": ("Invoice for {client}",
                    "Good afternoon!\n\nPlease find the invoice attached. "
                    "Thank you for your order."),
    },
    "ru": {
        "offer": ("Коммерческое предложение для {client}",
                  "Добрый день!\n\nНаправляем вам наше коммерческое предложение во вложении. "
                  "Буду рад ответить на ваши вопросы."),
        "invoice": ("Счёт для {client}",
                    "Добрый день!\n\nВо вложении счёт на оплату. Спасибо за заказ!"),
    },
}


@dataclass(frozen=True)
class TemplatedLetter:
    interaction_id: str
    document: Path  # the file attached (.docx, or .pdf where a converter exists)
    pdf_missing: bool  # a PDF was asked for, but no converter is installed: .docx attached


@dataclass(frozen=True)
class DealChoice:
    id: str
    title: str


def pdf_converter() -> str | None:
    """LibreOffice's command line, if installed (no PDF without it)."""
    return shutil.which("soffice") or shutil.which("libreoffice")


class TemplateLetters:
    """The part of the mail service that sends letters with generated documents."""

    crm: Any
    ctx: Any

    if TYPE_CHECKING:  # the other parts of MailService
        def send(self, account: MailAccount, to: list[str], subject: str, body: str,
                 attachments: list[Path] | None = None, company_id: str | None = None,
                 contact_id: str | None = None, deal_id: str | None = None) -> str: ...
        def files_dir(self) -> Path: ...

    def letter_text(self, template: str, client: str) -> tuple[str, str]:
        """The template's subject and text in the database's language, {client} filled."""
        language = self.crm.documents.language()
        subject, body = TEXTS.get(language, TEXTS["en"])[self._known(template)]
        return subject.replace("{client}", client), body

    def client_of_deal(self, deal_id: str) -> tuple[str, str]:
        """The deal's client's name and first address ("" when it has none)."""
        with self.ctx.db.read() as session:
            deal = session.get(Deal, deal_id)
            if deal is None or deal.deleted_at is not None:
                raise NotFoundError("deal", deal_id)
            return _client(session, deal.company_id, deal.contact_id)

    def deals_for_letter(self, company_id: str | None = None,
                         contact_id: str | None = None) -> list[DealChoice]:
        """The client's deals a document can be made for: open ones first, newest first."""
        if not (company_id or contact_id):
            return []
        link = Deal.company_id == company_id if company_id else Deal.contact_id == contact_id
        stmt = (select(Deal.id, Deal.title).join(Stage, Stage.id == Deal.stage_id)
                .where(Deal.deleted_at.is_(None), link)
                .order_by((Stage.kind == "open").desc(), Deal.created_at.desc()).limit(100))
        with self.ctx.db.read() as session:
            return [DealChoice(i, t) for i, t in session.execute(stmt)]

    def send_with_document(self, account: MailAccount, deal_id: str, template: str,
                           to: list[str] | None = None, subject: str | None = None,
                           body: str | None = None, pdf: bool = False,
                           attachments: list[Path] | None = None) -> TemplatedLetter:
        """Generates the template's document for the deal, attaches it and queues the letter
        to the deal's client (or `to`), in the deal's and the client's history."""
        template = self._known(template)
        with self.ctx.db.read() as session:
            deal = session.get(Deal, deal_id)
            if deal is None or deal.deleted_at is not None:
                raise NotFoundError("deal", deal_id)
            company_id, contact_id, title = deal.company_id, deal.contact_id, deal.title
            client, address = _client(session, company_id, contact_id)
        recipients = [a for a in (to or [address]) if a]
        if not recipients:
            raise ValidationError("to", "the client has no email address")
        default_subject, default_body = self.letter_text(template, client or title)
        document = self.document_for(template, deal_id)
        missing = False
        if pdf:
            converted = self.to_pdf(document)
            missing = converted is None
            document = converted or document
        ident = self.send(
            account, recipients, subject or default_subject, body or default_body,
            [document, *(attachments or [])], company_id=company_id, contact_id=contact_id,
            deal_id=deal_id)
        return TemplatedLetter(ident, document, missing)

    def document_for(self, template: str, deal_id: str) -> Path:
        """The deal's document from the template, in a folder of this laptop's store (the
        letter copies it into its own; the document is not logged apart: the letter is)."""
        language = self.crm.documents.language()
        folder = self.files_dir() / "outgoing"
        from crm_desktop.storage.files import make_private_dir

        make_private_dir(folder)
        target = folder / f"{_file_name(template, language)}-{deal_id[-6:]}.docx"
        made: Path = self.crm.documents.generate(f"{language}/{template}", deal_id, target,
                                                 link=False)
        return made

    def to_pdf(self, document: Path) -> Path | None:
        """The document as PDF beside it, or None when no converter is installed."""
        command = pdf_converter()
        if command is None:
            return None
        try:
            subprocess.run([command, "--headless", "--convert-to", "pdf", "--outdir",
                            str(document.parent), str(document)], check=True,
                           capture_output=True, timeout=CONVERT_TIMEOUT_S)
        except (OSError, subprocess.SubprocessError):
            return None
        converted = document.with_suffix(".pdf")
        return converted if converted.is_file() else None

    @staticmethod
    def _known(template: str) -> str:
        if template not in DOCUMENTS:
            raise ValidationError("template", f"'{template}' is not one of "
                                  f"{', '.join(DOCUMENTS)}")
        return template


def _client(session: Session, company_id: str | None, contact_id: str | None) -> tuple[str, str]:
    """The client's name and first address (the person's, else the company's)."""
    person = session.get(Contact, contact_id) if contact_id else None
    company = session.get(Company, company_id) if company_id else None
    name = company.name if company is not None else " ".join(
        p for p in (getattr(person, "last_name", None), getattr(person, "first_name", None))
        if p)
    for row in (person, company):
        if row is not None and row.emails:
            return name, row.emails[0]
    return name, ""


def _file_name(template: str, language: str) -> str:
    names = {"ru": {"offer": "Коммерческое предложение", "invoice": "Счёт"},
             "en": {"offer": "Commercial offer", "invoice": "Invoice"}}
    return names.get(language, names["en"])[template]
