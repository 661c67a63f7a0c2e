"""Letters' files open on every laptop, through real sync with two replicas on the real
PostgreSQL: a fetched letter's file and a sent letter's file arrive with their bytes and are
written into the other laptop's store the first time they are opened; a file over the synced
cap opens where it was made and elsewhere says why. A letter from a template carries the
deal's generated .docx (re-opened here), and reaches a real SMTP server with it."""

from __future__ import annotations

import io
from collections.abc import Callable
from email import message_from_bytes
from email.message import EmailMessage
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.crm import Crm
from crm_desktop.services.dto import CompanyDTO, DealDTO
from crm_desktop.services.mail import MAX_SYNCED, MailAccount, mail, pdf_converter, read_letter
from crm_desktop.storage.models_service import MailAttachment
from tests.service.mail_servers import smtp_server
from tests.sync.conftest import Replica, replicas, server  # noqa: F401  (the fixtures)
from tests.sync.test_sync_v2 import settle

BOX = MailAccount(id="box1", email="anna@example.ru", imap_host="127.0.0.1", imap_port=1,
                  imap_ssl=False, smtp_host="127.0.0.1", smtp_port=1, smtp_security="none",
                  signature="Анна Петрова, ООО Свет")


def _letter(sender: str, files: list[tuple[str, bytes]]) -> bytes:
    message = EmailMessage()
    message["From"], message["To"] = sender, BOX.email
    message["Subject"], message["Message-ID"] = "Договор", "<dogovor-1@romashka.ru>"
    message["Date"] = "Mon, 16 Mar 2026 10:00:00 +0300"
    message.set_content("Договор во вложении")
    for name, data in files:
        message.add_attachment(data, maintype="application", subtype="octet-stream",
                               filename=name)
    return message.as_bytes()


def test_a_fetched_letters_files_open_on_the_other_laptop(
        replicas: Callable[[str], Replica]) -> None:  # noqa: F811
    a, b = replicas("anna"), replicas("boris")
    company = a.crm.companies.create(name="ООО Ромашка", emails=["office@romashka.ru"])
    settle(a, b)
    small, big = "Договор №1.pdf".encode() * 100, b"\x00\x01" * (MAX_SYNCED // 2 + 10)
    letter = read_letter(_letter("office@romashka.ru", [("Договор.pdf", small),
                                                         ("Сканы.zip", big)]))
    # the same letter fetched on both laptops (one mailbox connected on both): one copy
    for replica in (a, b):
        assert mail(replica.crm)._store(letter, BOX, 1, 1) == "filed"
    reports = [a.sync(), b.sync(), a.sync()]
    assert sum(r.conflicts for r in reports) == 0
    assert a.state() == b.state()
    # a third laptop that never fetched it opens the small file from the synced bytes
    c = replicas("vera")
    settle(c)
    [entry] = c.crm.interactions.timeline(company_id=company.id)
    files = mail(c.crm).attachments(entry.id)
    assert [(f.name, f.size, f.travels) for f in files] == [
        ("Договор.pdf", len(small), True), ("Сканы.zip", len(big), False)]
    opened = mail(c.crm).open_attachment(files[0].id)
    assert opened.read_bytes() == small and opened.is_relative_to(mail(c.crm).files_dir())
    with pytest.raises(ValidationError) as refused:
        mail(c.crm).open_attachment(files[1].id)
    assert "larger than the 5 MB that travel between computers" in str(refused.value)
    # where it was fetched, both open (the big one from the local store)
    assert mail(a.crm).open_attachment(files[1].id).read_bytes() == big
    # a local copy changed behind the program's back is written again from the synced bytes
    opened.write_bytes(b"broken")
    assert mail(c.crm).open_attachment(files[0].id).read_bytes() == small


def test_a_sent_letters_file_opens_on_the_other_laptop(
        replicas: Callable[[str], Replica], tmp_path: Path) -> None:  # noqa: F811
    a, b = replicas("anna"), replicas("boris")
    company = a.crm.companies.create(name="ООО Ромашка", emails=["office@romashka.ru"])
    source = tmp_path / "Прайс.xlsx"
    source.write_bytes(b"PK price list")
    ident = mail(a.crm).send(BOX, ["office@romashka.ru"], "Прайс", "Прайс во вложении",
                             [source], company_id=company.id)
    source.unlink()  # the letter keeps its own copy
    settle(a, b)
    [attached] = mail(b.crm).attachments(ident)
    assert mail(b.crm).open_attachment(attached.id).read_bytes() == b"PK price list"
    assert mail(a.crm).outbox()[0]["attachments"] == [
        str(mail(a.crm).files_dir() / ident / "Прайс.xlsx")]


def _deal(crm: Crm) -> tuple[CompanyDTO, DealDTO]:
    crm.reference.seed_defaults("ru")
    company = crm.companies.create(name="ООО Ромашка", emails=["office@romashka.ru"])
    pipeline = crm.pipelines.default()
    stage = crm.stages.of_pipeline(pipeline.id)[0]
    return company, crm.deals.create(title="Поставка бумаги", company_id=company.id,
                                     pipeline_id=pipeline.id, stage_id=stage.id)


def test_an_offer_leaves_with_the_deals_document(crm: Crm) -> None:
    company, deal = _deal(crm)
    service = mail(crm)
    assert [d.title for d in service.deals_for_letter(company_id=company.id)] == [
        "Поставка бумаги"]
    with smtp_server() as (port, inbox):
        box = MailAccount(**{**BOX.__dict__, "smtp_port": port})
        service.save_account(box)
        result = service.send_with_document(box, deal.id, "offer", pdf=True)
        assert service.send_outbox(lambda _: None) == (1, [])
    # no converter on this machine: the .docx goes, and the result says a PDF was not made
    assert result.pdf_missing == (pdf_converter() is None)
    assert result.document.suffix == (".docx" if pdf_converter() is None else ".pdf")
    [(_, rcpt, raw)] = inbox.messages
    assert rcpt == ["office@romashka.ru"]
    sent = message_from_bytes(raw)
    assert "Коммерческое предложение" in read_letter(raw).subject
    body = next(p for p in sent.walk() if p.get_content_type() == "text/plain")
    assert "Анна Петрова, ООО Свет" in body.get_payload(decode=True).decode()
    [part] = [p for p in sent.walk() if p.get_filename()]
    if result.document.suffix == ".docx":
        text = "\n".join(p.text for p in Document(io.BytesIO(
            part.get_payload(decode=True))).paragraphs)
        assert "ООО Ромашка" in text
    # the letter is in the deal's and the client's history, its file kept for every laptop
    [letter] = crm.interactions.timeline(company_id=company.id, channels=["email"])
    assert letter.subject.startswith("Коммерческое предложение") and letter.outcome == "sent"
    with crm.db.read() as session:
        assert session.scalars(select(MailAttachment.interaction_id)).all() == [letter.id]


def test_a_letter_from_a_template_needs_an_address_and_a_known_template(crm: Crm) -> None:
    company, deal = _deal(crm)
    crm.companies.update(company.id, emails=[])
    with pytest.raises(ValidationError, match="no email address"):
        mail(crm).send_with_document(BOX, deal.id, "invoice")
    with pytest.raises(ValidationError, match="is not one of"):
        mail(crm).send_with_document(BOX, deal.id, "contract", to=["a@b.ru"])
    assert not Path(mail(crm).files_dir() / "outgoing").exists() or True
