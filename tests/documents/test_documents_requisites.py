"""Issue 15: contracts and invoices carry our company's KPP and OGRN (from the requisites
entered in the window) and a signature line — real .docx files written and opened again."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.services.crm import Crm
from tests.documents.test_documents import all_text
from tests.funnel.test_deal_services import SBER, account_for


@pytest.fixture
def deal_id(crm: Crm) -> str:
    company = crm.companies.create(name="ООО «Ромашка»", legal_name="ООО «Ромашка»",
                                   tax_id="7728168971", address="Казань, ул. Мира, 5")
    person = crm.contacts.create(first_name="Иван", last_name="Сидоров", company_id=company.id)
    return crm.deals.create(title="Поставка бумаги", pipeline_id=crm.pipelines.default().id,
                            company_id=company.id, contact_id=person.id,
                            amount="150000.50").id


@pytest.mark.parametrize("template", ["ru/contract", "ru/invoice"])
def test_supplier_kpp_ogrn_and_signature_line(crm: Crm, deal_id: str, tmp_path: Path,
                                              template: str) -> None:
    crm.requisites.save(**SBER, account=account_for(SBER["bik"]))
    path = crm.documents.generate(template, deal_id, tmp_path / "документ.docx", link=False)
    text = all_text(path)  # the file written, opened again
    assert "ИНН 7707083893, КПП 773601001, ОГРН 1027700132195" in text
    assert "к/с 30101810400000000225" in text
    assert SBER["signature_line"] in text  # the line as the requisites say it
    assert "Иван Сидоров" in text or "Сидоров Иван" in text
    assert "{{" not in text and "{%" not in text


@pytest.mark.parametrize("template", ["ru/contract", "ru/invoice", "en/contract",
                                      "en/invoice"])
def test_without_kpp_ogrn_nothing_empty_is_printed(crm: Crm, deal_id: str, tmp_path: Path,
                                                   template: str) -> None:
    """An entrepreneur (12-digit INN) has no KPP: no "КПП ," with nothing after it; with no
    signature line written, the director's name under a line to sign on."""
    crm.requisites.save(name="ИП Петров П. П.", tax_id="500100732259",
                        address="Подольск, ул. Садовая, 1", director="Петров П. П.")
    path = crm.documents.generate(template, deal_id, tmp_path / "документ.docx", link=False)
    text = all_text(path)
    assert "500100732259" in text
    assert "КПП" not in text and "ОГРН" not in text and "KPP" not in text
    assert ", ," not in text
    title = "Руководитель" if template.startswith("ru/") else "Director"
    assert f"{title} ____________ Петров П. П." in text


def test_contract_has_both_parties_signatures(crm: Crm, deal_id: str, tmp_path: Path) -> None:
    crm.requisites.save(**SBER, account=account_for(SBER["bik"]))
    path = crm.documents.generate("ru/contract", deal_id, tmp_path / "договор.docx",
                                  link=False)
    lines = [line for line in all_text(path).splitlines() if line.strip()]
    at = lines.index("Подписи сторон")
    assert lines[at + 1].strip() == "От Исполнителя: " + SBER["signature_line"]
    assert lines[at + 2].startswith("От Заказчика: ____________ ")
    # the signature line is no "blank requisite" to warn about: it has its default
    assert "signature_line" not in crm.documents.blank_requisites("ru/contract")
