"""Email against real servers: a private Dovecot IMAP server (letters in Russian and English,
attachments, HTML-only, a broken encoding) and an aiosmtpd SMTP server. Incremental fetching
that never takes a letter twice, through a dropped connection and a new UIDVALIDITY; the
inbox of unknown senders filed to a new client, lead or request; the offline outbox."""

from __future__ import annotations

import imaplib
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from sqlalchemy import select

from crm_desktop.services.crm import Crm
from crm_desktop.services.dto import CompanyDTO, ContactDTO
from crm_desktop.services.mail import MailAccount, MailError, letter_id, mail
from crm_desktop.services.mail.mailbox import STATE_KEY
from crm_desktop.services.service_desk import desk
from crm_desktop.storage.models import Interaction, LocalSetting
from tests.service.mail_servers import DOVECOT, dovecot, free_port, smtp_server

pytestmark = pytest.mark.skipif(not Path(DOVECOT).exists(),
                                reason="dovecot-imapd is not installed (.ci/run installs it)")
USER, PASSWORD = "anna@example.ru", "пароль-1"


@pytest.fixture
def imap_port() -> Iterator[int]:
    with dovecot({USER: PASSWORD}) as port:
        yield port


def account(port: int, smtp_port: int = 1) -> MailAccount:
    return MailAccount(id="box1", email=USER, imap_host="127.0.0.1", imap_port=port,
                       imap_ssl=False, smtp_host="127.0.0.1", smtp_port=smtp_port,
                       smtp_security="none", signature="Анна, ООО Свет")


def deliver(port: int, *letters: bytes) -> None:
    imap = imaplib.IMAP4("127.0.0.1", port, timeout=10)
    token = b"\0" + USER.encode() + b"\0" + PASSWORD.encode()
    imap.authenticate("PLAIN", lambda _: token)
    for letter in letters:
        assert imap.append("INBOX", None, None, letter)[0] == "OK"
    imap.logout()


def letter(sender: str, subject: str, text: str | None = None, html: str | None = None,
           attachment: tuple[str, bytes] | None = None, charset: str = "utf-8") -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = USER
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain="example.com")
    message["Date"] = "Mon, 16 Mar 2026 10:00:00 +0300"
    if text is not None:
        message.set_content(text, charset=charset)
    if html is not None:
        if text is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    if attachment is not None:
        message.add_attachment(attachment[1], maintype="application", subtype="pdf",
                               filename=attachment[0])
    return message.as_bytes()


BROKEN = (b"From: =?koi8-r?B?\xff\xfe?= <broken@example.com>\r\nTo: anna@example.ru\r\n"
          b"Subject: =?x-unknown?Q?=D0=9F?=\r\nContent-Type: text/plain; charset=no-such\r\n"
          b"Message-ID: <broken-1@example.com>\r\n\r\n\xd0\x9f\xd1\x80\xff\xfe\xd0\xb8\r\n")


class Clients(NamedTuple):
    company: CompanyDTO  # office@romashka.ru
    person: ContactDTO  # ivan@romashka.ru, of the company


@pytest.fixture
def clients(crm: Crm) -> Clients:
    company = crm.companies.create(name="ООО Ромашка", emails=["office@romashka.ru"])
    person = crm.contacts.create(first_name="Иван", last_name="Ёлкин",
                                 company_id=company.id, emails=["ivan@romashka.ru"])
    return Clients(company, person)


def test_fetch_files_known_senders_and_keeps_the_rest_in_the_inbox(
        crm: Crm, imap_port: int, clients: Clients) -> None:
    company, person = clients
    service = mail(crm)
    box = service.save_account(account(imap_port), PASSWORD)
    deliver(imap_port,
            letter("Иван Ёлкин <Ivan@Romashka.ru>", "Счёт за март", "Добрый день! Пришлите счёт.",
                   attachment=("договор №5.pdf", b"%PDF-1.4 test")),
            letter("office@romashka.ru", "Price list", html="<p>Hello,<br>send the <b>price"
                   "</b> list</p><script>x()</script>"),
            letter("stranger@example.com", "Вопрос о доставке", "Сколько стоит доставка?"),
            BROKEN)
    report = service.fetch(box)
    assert (report.fetched, report.filed, report.inbox) == (4, 2, 2)
    history = crm.interactions.timeline(company_id=company.id)
    by_subject = {i.subject: i for i in history}
    invoice = by_subject["Счёт за март"]
    assert invoice.contact_id == person.id and invoice.channel == "email"
    assert "Пришлите счёт" in invoice.body
    assert Path(invoice.attachment).name == "договор №5.pdf"
    assert service.stored_path(invoice.attachment).read_bytes() == b"%PDF-1.4 test"
    [kept] = service.attachments(invoice.id)
    assert service.open_attachment(kept.id).read_bytes() == b"%PDF-1.4 test"
    html_only = by_subject["Price list"].body
    assert "Hello,\nsend the price list" in html_only and "x()" not in html_only
    inbox = service.inbox()
    assert len(inbox) == 2 and "Вопрос о доставке" in {i.subject for i in inbox}
    broken = next(i for i in inbox if "broken@example.com" in i.sender)
    assert "Пр" in broken.body  # the readable part kept, the rest replaced
    # nothing new: nothing twice
    assert service.fetch(box).fetched == 0
    with crm.db.read() as session:
        assert session.scalar(select(Interaction.id).where(
            Interaction.id == letter_id("broken-1@example.com"))) is not None


def test_a_dropped_connection_loses_and_repeats_nothing(crm: Crm, imap_port: int,
                                                        clients: Clients) -> None:
    service = mail(crm)
    box = service.save_account(account(imap_port), PASSWORD)
    deliver(imap_port, *[letter("office@romashka.ru", f"Письмо {n}", f"текст {n}")
                         for n in range(1, 6)])
    calls = {"n": 0}

    def connect(acc: MailAccount) -> imaplib.IMAP4:
        imap = imaplib.IMAP4(acc.imap_host, acc.imap_port, timeout=10)
        original = imap.uid

        def uid(command: str, *args: str) -> tuple[str, list[Any]]:  # imaplib's status, data
            if command == "FETCH":
                calls["n"] += 1
                if calls["n"] == 3:  # the line goes down in the middle of the third letter
                    imap.sock.shutdown(2)
            return original(command, *args)

        imap.uid = uid
        return imap

    with pytest.raises(MailError):
        service.fetch(box, connect=connect)
    company = crm.companies.list()[0]
    assert len(crm.interactions.timeline(company_id=company.id)) == 2
    report = service.fetch(box)
    assert report.fetched == 3
    subjects = sorted(i.subject for i in crm.interactions.timeline(company_id=company.id))
    assert subjects == [f"Письмо {n}" for n in range(1, 6)]


def test_a_new_uidvalidity_takes_nothing_twice(crm: Crm, imap_port: int, clients: Clients
                                               ) -> None:
    service = mail(crm)
    box = service.save_account(account(imap_port), PASSWORD)
    deliver(imap_port, letter("office@romashka.ru", "Один", "1"),
            letter("office@romashka.ru", "Два", "2"))
    assert service.fetch(box).fetched == 2
    with crm.db.write() as session:  # as if the server rebuilt the folder
        session.merge(LocalSetting(key=STATE_KEY.format(account=box.id),
                                   value='{"uidvalidity": 1, "last_uid": 99}'))
    report = service.fetch(box)
    assert (report.fetched, report.known) == (2, 2)
    assert len(crm.interactions.timeline(company_id=clients[0].id)) == 2


def test_a_wrong_password_or_a_dead_server_is_one_clear_error(crm: Crm, imap_port: int) -> None:
    service = mail(crm)
    box = service.save_account(account(imap_port))
    with pytest.raises(MailError, match="refused the login"):
        service.fetch(box, password="wrong")
    with pytest.raises(MailError, match="cannot be reached"):
        service.fetch(account(free_port()), password=PASSWORD)


def test_the_inbox_files_a_letter_to_a_client_a_lead_or_a_request(crm: Crm, imap_port: int) -> None:
    service = mail(crm)
    box = service.save_account(account(imap_port), PASSWORD)
    deliver(imap_port, letter("Пётр Сидоров <petr@new.ru>", "Хотим купить", "Цена?"),
            letter("petr@new.ru", "И ещё", "Сроки?"),
            letter("lead@other.ru", "Интересно", "Пришлите КП"),
            letter("help@third.ru", "Не работает", "Всё сломалось"))
    service.fetch(box)
    inbox = {i.subject: i for i in service.inbox()}
    assert len(inbox) == 4
    company_id = service.file_to_new_client(inbox["Хотим купить"].id)
    company = crm.companies.get(company_id)
    assert company.name == "Пётр Сидоров" and company.emails == ["petr@new.ru"]
    # every letter from that address moved with it
    assert {i.subject for i in crm.interactions.timeline(company_id=company_id)} == {
        "Хотим купить", "И ещё"}
    lead = crm.companies.get(service.file_to_new_client(inbox["Интересно"].id, lead=True))
    assert lead.kind == "prospect"
    request = desk(crm).get(service.file_to_request(inbox["Не работает"].id))
    assert request.subject == "Не работает" and request.channel == "email"
    assert "Всё сломалось" in request.description
    assert service.inbox() == []


def test_sending_waits_offline_and_leaves_when_the_server_is_there(
        crm: Crm, clients: Clients, tmp_path: Path) -> None:
    pytest.importorskip("aiosmtpd")  # .ci/run installs it
    company, person = clients
    service = mail(crm)
    offer = tmp_path / "КП.docx"
    offer.write_bytes(b"PK offer")
    with smtp_server() as (port, received):
        box = service.save_account(account(1, port))
        # first with the server away: the letter waits in the outbox, already in the history
        dead = service.save_account(MailAccount(**{**box.__dict__, "smtp_port": free_port()}))
        ident = service.send(dead, ["ivan@romashka.ru"], "Коммерческое предложение",
                             "Добрый день! Направляем КП.", [offer])
        sent, problems = service.send_outbox(password_of=lambda _: None)
        assert sent == 0 and len(problems) == 1 and len(service.outbox()) == 1
        row = next(i for i in crm.interactions.timeline(company_id=company.id))
        assert row.id == ident and row.outcome == "queued" and row.contact_id == person.id
        # the connection comes back
        service.save_account(box)
        assert service.send_outbox(password_of=lambda _: None) == (1, [])
        assert service.outbox() == []
        assert crm.interactions.get(ident).outcome == "sent"
        assert len(received.messages) == 1
        sender, recipients, raw = received.messages[0]
        assert sender == USER and recipients == ["ivan@romashka.ru"]
        from crm_desktop.services.mail import read_letter

        back = read_letter(raw)
        assert back.subject == "Коммерческое предложение" and "Анна, ООО Свет" in back.text
        assert [a.name for a in back.attachments] == ["КП.docx"]
        assert letter_id(back.message_id) == ident  # fetched back later: known, not new
