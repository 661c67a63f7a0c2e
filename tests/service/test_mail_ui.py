"""The mail view (offscreen, real widgets) against a real Dovecot and aiosmtpd: a mailbox
added in its dialog, letters fetched on the network thread, an unknown sender's letter made a
service request with one click, a new letter sent; a screenshot at 1366×768."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.services.crm import Crm
from crm_desktop.services.mail import mail
from crm_desktop.services.service_desk import desk
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.service.mail_view import MailView
from tests.service.mail_servers import DOVECOT, dovecot, smtp_server
from tests.service.test_mail import PASSWORD, USER, deliver, letter
from tests.ui.conftest import context, isolated_settings, type_text, wait_idle  # noqa: F401

pytestmark = pytest.mark.skipif(not Path(DOVECOT).exists(),
                                reason="dovecot-imapd is not installed (.ci/run installs it)")
SHOTS = Path(os.environ.get("CRM_SCREENSHOTS", "/tmp"))


def test_mail_view(qtbot: QtBot, context: AppContext, crm: Crm) -> None:  # noqa: F811
    pytest.importorskip("aiosmtpd")
    company = crm.companies.create(name="ООО Ромашка", emails=["office@romashka.ru"])
    view = MailView(context)
    view.resize(1366, 768)
    view.show()
    qtbot.addWidget(view)
    wait_idle(qtbot, context)
    assert not view.fetch_button.isEnabled() and view.empty.isVisible()
    with dovecot({USER: PASSWORD}) as port, smtp_server() as (smtp_port, received):
        deliver(port, letter("office@romashka.ru", "Счёт", "Пришлите счёт"),
                letter("Пётр <petr@new.ru>", "Не работает касса", "Помогите!"))
        dialog = view.edit_mailbox(None)
        ui = dialog.ui
        type_text(ui.email, USER)
        type_text(ui.imap_host, "127.0.0.1")
        ui.imap_port.setValue(port)
        ui.imap_ssl.setChecked(False)
        type_text(ui.smtp_host, "127.0.0.1")
        ui.smtp_port.setValue(smtp_port)
        ui.smtp_security.setCurrentIndex(ui.smtp_security.findData("none"))
        type_text(ui.password, PASSWORD)
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            dialog.save()
        wait_idle(qtbot, context)
        assert view.fetch_button.isEnabled()
        with qtbot.waitSignal(view.fetched, timeout=30_000):
            view.fetch()
        wait_idle(qtbot, context)
        assert view.status.text() == "New letters: 2, sent: 0"
        assert [i.subject for i in crm.interactions.timeline(company_id=company.id)] == ["Счёт"]
        assert [letter.subject for letter in view.letters] == ["Не работает касса"]
        view.grab().save(str(SHOTS / "mail_inbox.png"))
        view.request_button.click()
        wait_idle(qtbot, context)
        requests = desk(crm).queue()
        assert [r.subject for r in requests] == ["Не работает касса"]
        assert view.letters == [] and view.empty.isVisible()
        # a letter to the client: queued, then sent
        compose = view.write("office@romashka.ru", "Счёт на оплату")
        type_text(compose.ui.body, "Добрый день! Счёт во вложении.")
        with qtbot.waitSignal(view.fetched, timeout=30_000):
            compose.send()
        assert len(received.messages) == 1
        assert mail(crm).outbox() == []
        sent = next(i for i in crm.interactions.timeline(company_id=company.id)
                    if i.subject == "Счёт на оплату")
        assert sent.outcome == "sent"


def test_a_letter_from_the_client_card(qtbot: QtBot, context: AppContext, crm: Crm) -> None:  # noqa: F811
    pytest.importorskip("aiosmtpd")
    from crm_desktop.services.mail import MailAccount
    from crm_desktop.ui.service.letters_tab import ClientLettersTab

    company = crm.companies.create(name="ООО Ромашка", emails=["office@romashka.ru"])
    with smtp_server() as (port, received):
        mail(crm).save_account(MailAccount(id="", email=USER, imap_host="127.0.0.1",
                                           imap_ssl=False, smtp_host="127.0.0.1",
                                           smtp_port=port, smtp_security="none"))
        tab = ClientLettersTab(context, "company", company.id)
        tab.resize(900, 500)
        tab.show()
        qtbot.addWidget(tab)
        wait_idle(qtbot, context)
        assert tab.write_button.isEnabled() and tab.table.rowCount() == 0
        dialog = tab.write()
        assert dialog.ui.to.text() == "office@romashka.ru"
        dialog.template.setCurrentIndex(dialog.template.findData("offer"))
        assert dialog.ui.subject.text() == "Commercial offer for ООО Ромашка"
        offer = Path(crm.path).with_name("КП.docx")
        offer.write_bytes(b"PK")
        dialog.add_file(offer)
        with qtbot.waitSignal(tab.loaded, timeout=10_000):
            dialog.send()
        qtbot.waitUntil(lambda: len(received.messages) == 1, timeout=20_000)
        qtbot.waitUntil(lambda: mail(crm).outbox() == [], timeout=10_000)
        context.coordinator.data_changed.emit("interaction")
        wait_idle(qtbot, context)
        assert tab.table.rowCount() == 1 and tab.table.item(0, 2).text() == "sent"
        tab.grab().save(str(SHOTS / "client_letters_tab.png"))
