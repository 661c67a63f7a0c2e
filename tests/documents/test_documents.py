"""Documents from templates: each bundled template filled and opened again, split runs,
broken templates and unknown placeholders (nothing written), linked history."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document

from crm_desktop.services.crm import Crm
from crm_desktop.services.documents.generate import TemplateProblem


@pytest.fixture
def deal_id(crm: Crm) -> str:
    crm.documents.set_org_profile(name="ООО «Наша Компания»", tax_id="7707083893",
                                  address="Москва, ул. Ленина, 1", bank="ПАО Банк",
                                  bik="044525225", account="40702810900000000001",
                                  phone="+7 495 000-00-00", email="info@our.ru")
    company = crm.companies.create(name="ООО «Ромашка & Ко»", legal_name="ООО «Ромашка & Ко»",
                                   tax_id="7728168971", address="Казань, ул. Мира, 5")
    person = crm.contacts.create(first_name="Иван", last_name="Петров", company_id=company.id,
                                 position="Директор")
    deal = crm.deals.create(title="Поставка оборудования", pipeline_id=crm.pipelines.default().id,
                            company_id=company.id, contact_id=person.id)
    crm.deal_items.create(deal_id=deal.id, name="Сервер", quantity="2", price="1000.50",
                          discount_percent=Decimal("10"))
    crm.deal_items.create(deal_id=deal.id, name="Монтаж", quantity="1", price="500.00")
    return deal.id


def all_text(path: Path) -> str:
    doc = Document(path)
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in doc.sections:
        parts.extend(p.text for p in section.header.paragraphs)
        parts.extend(p.text for p in section.footer.paragraphs)
    return "\n".join(parts)


@pytest.mark.parametrize("template", ["ru/contract", "ru/invoice", "ru/offer", "ru/act",
                                      "en/contract", "en/invoice", "en/offer", "en/act"])
def test_each_bundled_template(crm: Crm, deal_id: str, tmp_path: Path, template: str) -> None:
    out = crm.documents.generate(template, deal_id, tmp_path / "doc.docx")
    text = all_text(out)
    assert "{{" not in text and "{%" not in text
    assert "ООО «Ромашка & Ко»" in text  # escaped & survives
    assert "ООО «Наша Компания»" in text
    # 2 × 1000.50 − 10 % = 1800.90; + 500.00 = 2300.90
    if template.startswith("ru"):
        assert "2\u00a0300,90 руб." in text
        if template != "ru/offer":
            assert "Две тысячи триста рублей, девяносто копеек" in text
    else:
        assert "2,300.90 RUB" in text
    if template.endswith(("invoice", "act", "contract", "offer")):
        assert "Сервер" in text and "Монтаж" in text  # line-item rows repeated
    header = Document(out).sections[0].header.paragraphs[0].text
    assert "7707083893" in header


def test_the_document_is_linked_to_the_history(crm: Crm, deal_id: str, tmp_path: Path) -> None:
    out = crm.documents.generate("ru/invoice", deal_id, tmp_path / "invoice.docx")
    deal = crm.deals.get(deal_id)
    history = crm.interactions.timeline(company_id=deal.company_id)
    assert history[0].channel == "document" and history[0].attachment == str(out.resolve())


def split_run_template(path: Path, placeholder_parts: list[str]) -> Path:
    doc = Document()
    paragraph = doc.add_paragraph("Клиент: ")
    for part in placeholder_parts:  # Word splits text into runs like this after editing
        paragraph.add_run(part).bold = part == "client"
    doc.save(path)
    return path


def test_a_placeholder_split_across_runs(crm: Crm, deal_id: str, tmp_path: Path) -> None:
    template = split_run_template(tmp_path / "split.docx", ["{{ ", "client", ".name }}"])
    assert len(Document(template).paragraphs[0].runs) == 4
    out = crm.documents.generate(str(template), deal_id, tmp_path / "out.docx", link=False)
    assert Document(out).paragraphs[0].text == "Клиент: ООО «Ромашка & Ко»"


def test_unknown_placeholder_is_named_and_nothing_written(crm: Crm, deal_id: str,
                                                          tmp_path: Path) -> None:
    template = split_run_template(tmp_path / "bad.docx", ["{{ customer.name }}"])
    target = tmp_path / "never.docx"
    with pytest.raises(TemplateProblem, match="customer"):
        crm.documents.generate(str(template), deal_id, target)
    assert not target.exists()
    nested = split_run_template(tmp_path / "nested.docx", ["{{ client.nickname }}"])
    with pytest.raises(TemplateProblem, match="nickname"):
        crm.documents.generate(str(nested), deal_id, target)
    assert not target.exists() and not list(tmp_path.glob("*.part"))


def test_broken_templates(crm: Crm, deal_id: str, tmp_path: Path) -> None:
    not_docx = tmp_path / "fake.docx"
    not_docx.write_text("hello")
    with pytest.raises(TemplateProblem, match="not a .docx"):
        crm.documents.generate(str(not_docx), deal_id, tmp_path / "x.docx")
    syntax = split_run_template(tmp_path / "syntax.docx", ["{{ client.name "])
    with pytest.raises(TemplateProblem, match="syntax.docx"):
        crm.documents.generate(str(syntax), deal_id, tmp_path / "x.docx")
    broken_zip = tmp_path / "broken.docx"
    with zipfile.ZipFile(broken_zip, "w") as package:
        package.writestr("hello.txt", "not word")
    with pytest.raises(TemplateProblem, match="broken.docx"):
        crm.documents.generate(str(broken_zip), deal_id, tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists()
    assert crm.interactions.timeline(deal_id=deal_id) == []


def test_templates_cannot_run_code(crm: Crm, deal_id: str, tmp_path: Path) -> None:
    evil = split_run_template(tmp_path / "evil.docx", [
        "{{ client.__class__.__mro__[1].__subclasses__() }}"])
    with pytest.raises(TemplateProblem):
        crm.documents.generate(str(evil), deal_id, tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists()


def test_user_templates_from_a_folder(crm: Crm, deal_id: str, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    split_run_template(folder / "letter.docx", ["{{ deal.title }}"])
    keys = [t.key for t in crm.documents.templates(folder)]
    assert "my/letter" in keys and "ru/invoice" in keys
    out = crm.documents.generate("my/letter", deal_id, tmp_path / "l.docx", folder)
    assert "Поставка оборудования" in all_text(out)
