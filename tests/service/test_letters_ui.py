"""Letters from the client card (offscreen, real widgets, a real SQLite file, a real aiosmtpd
server): an offer from its template carries the deal's generated .docx (re-opened here), the
PDF box is off where no converter is installed; a double-click on a letter opens its files,
written again from the synced copy when the local one is gone, and names the size cap for a
file too large to travel."""

from __future__ import annotations

import io
import os
from email import message_from_bytes
from pathlib import Path
from typing import NamedTuple

import pytest
from docx import Document
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from crm_desktop.services.crm import Crm
from crm_desktop.services.dto import CompanyDTO, DealDTO
from crm_desktop.services.mail import MailAccount, mail, pdf_converter
from crm_desktop.storage.models_service import MailAttachment
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.service.letters_tab import ClientLettersTab
from tests.service.mail_servers import smtp_server
from tests.ui.conftest import context, isolated_settings, wait_idle  # noqa: F401

SHOTS = Path(os.environ.get("CRM_SCREENSHOTS", "/tmp"))


class ClientWithDeal(NamedTuple):
    company: CompanyDTO  # with an address to write to
    deal: DealDTO  # the company's, at the first stage


@pytest.fixture
def client_with_deal(crm: Crm) -> ClientWithDeal:
    company = crm.companies.create(name="ООО Ромашка", emails=["office@romashka.ru"])
    pipeline = crm.pipelines.default()
    stage = crm.stages.of_pipeline(pipeline.id)[0]
    deal = crm.deals.create(title="Поставка бумаги", company_id=company.id,
                            pipeline_id=pipeline.id, stage_id=stage.id)
    return ClientWithDeal(company, deal)


def test_an_offer_from_the_card_carries_the_deals_document(
        qtbot: QtBot, context: AppContext, crm: Crm,  # noqa: F811
        client_with_deal: ClientWithDeal) -> None:
    company, deal = client_with_deal
    with smtp_server() as (port, received):
        mail(crm).save_account(MailAccount(id="", email="anna@example.ru",
                                           imap_host="127.0.0.1", imap_ssl=False,
                                           smtp_host="127.0.0.1", smtp_port=port,
                                           smtp_security="none", signature="Анна, ООО Свет"))
        tab = ClientLettersTab(context, "company", company.id)
        tab.resize(1366, 768)
        tab.show()
        qtbot.addWidget(tab)
        wait_idle(qtbot, context)
        dialog = tab.write()
        wait_idle(qtbot, context)
        assert not dialog.deal.isVisibleTo(dialog)  # no template yet: no document row
        dialog.template.setCurrentIndex(dialog.template.findData("offer"))
        assert dialog.deal.isVisibleTo(dialog) and dialog.deal.currentData() == deal.id
        assert dialog.pdf.isEnabled() == (pdf_converter() is not None)
        dialog.grab().save(str(SHOTS / "letter_with_document.png"))
        with qtbot.waitSignal(tab.loaded, timeout=20_000):
            dialog.send()
        qtbot.waitUntil(lambda: len(received.messages) == 1, timeout=20_000)
    sent = message_from_bytes(received.messages[0][2])
    [part] = [p for p in sent.walk() if p.get_filename()]
    assert part.get_filename().endswith(".docx")
    text = "\n".join(p.text for p in Document(io.BytesIO(part.get_payload(
        decode=True))).paragraphs)
    assert "ООО Ромашка" in text
    wait_idle(qtbot, context)
    assert tab.table.item(0, 3).text() == f"📎 {part.get_filename()}"


def test_a_double_click_opens_the_letters_files(qtbot: QtBot, context: AppContext, crm: Crm,  # noqa: F811
                                                tmp_path: Path) -> None:
    company = crm.companies.create(name="ООО Ромашка", emails=["office@romashka.ru"])
    small, big = tmp_path / "Прайс.xlsx", tmp_path / "Сканы.zip"
    small.write_bytes(b"PK price")
    big.write_bytes(b"PK scans")
    box = MailAccount(id="box", email="anna@example.ru", imap_host="127.0.0.1")
    ident = mail(crm).send(box, ["office@romashka.ru"], "Прайс", "Во вложении", [small, big],
                           company_id=company.id)
    stored = mail(crm).files_dir() / ident
    for path in stored.iterdir():
        path.unlink()  # as on a laptop that only received the letter by sync
    with crm.db.write() as session:  # the scans as if over the synced cap
        session.execute(update(MailAttachment).where(MailAttachment.name == "Сканы.zip")
                        .values(content=None, size=12 * 1024 * 1024))
    tab = ClientLettersTab(context, "company", company.id)
    opened: list[str] = []
    tab.open_url = lambda url: opened.append(url.toLocalFile())
    tab.show()
    qtbot.addWidget(tab)
    wait_idle(qtbot, context)
    assert tab.table.item(0, 3).text() == "📎"
    tab.table.cellDoubleClicked.emit(0, 1)
    wait_idle(qtbot, context)
    assert opened == [str(stored / "Прайс.xlsx")]
    assert Path(opened[0]).read_bytes() == b"PK price"
    assert "12.0 MB" in tab.hint.text() and "5 MB" in tab.hint.text()


def test_a_letter_from_the_deal_card(
        qtbot: QtBot, context: AppContext, crm: Crm, client_with_deal: ClientWithDeal) -> None:  # noqa: F811
    from crm_desktop.ui.funnel.deal_card import DealCard

    company, deal = client_with_deal
    with smtp_server() as (port, received):
        mail(crm).save_account(MailAccount(id="", email="anna@example.ru",
                                           imap_host="127.0.0.1", imap_ssl=False,
                                           smtp_host="127.0.0.1", smtp_port=port,
                                           smtp_security="none"))
        card = DealCard(context, deal.id)
        card.show()
        qtbot.addWidget(card)
        wait_idle(qtbot, context)
        card.write_letter.click()
        wait_idle(qtbot, context)
        dialog = card.letter_dialog
        assert dialog.ui.to.text() == "office@romashka.ru"
        assert dialog.template.currentData() == "offer" and dialog.document_deal() == deal.id
        assert dialog.ui.subject.text() == "Commercial offer for ООО Ромашка"
        dialog.send()
        qtbot.waitUntil(lambda: len(received.messages) == 1, timeout=20_000)
    sent = message_from_bytes(received.messages[0][2])
    assert [p.get_filename() for p in sent.walk() if p.get_filename()][0].endswith(".docx")
    wait_idle(qtbot, context)
    [letter] = crm.interactions.timeline(company_id=company.id, channels=["email"])
    assert letter.deal_id == deal.id
