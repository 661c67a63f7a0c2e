"""Builds the bundled Word templates (ru/ and en/) with python-docx:

    python data/templates/build_templates.py

Placeholders are docxtpl (Jinja) syntax; line items repeat with {%tr for ... %} rows.
Edit this script, not the .docx files, so the templates stay reproducible.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent

TEXT = {
    "ru": {
        "contract": "ДОГОВОР № {{ number }}",
        "invoice": "СЧЁТ НА ОПЛАТУ № {{ number }} от {{ today }}",
        "offer": "КОММЕРЧЕСКОЕ ПРЕДЛОЖЕНИЕ",
        "act": "АКТ ВЫПОЛНЕННЫХ РАБОТ № {{ number }} от {{ today }}",
        "supplier": "Поставщик: {{ our.legal_name or our.name }}, ИНН {{ our.tax_id }}"
                    "{% if our.kpp %}, КПП {{ our.kpp }}{% endif %}"
                    "{% if our.ogrn %}, ОГРН {{ our.ogrn }}{% endif %}, {{ our.address }}",
        "contractor": "Исполнитель: {{ our.legal_name or our.name }}, ИНН {{ our.tax_id }}"
                      "{% if our.kpp %}, КПП {{ our.kpp }}{% endif %}"
                      "{% if our.ogrn %}, ОГРН {{ our.ogrn }}{% endif %}, {{ our.address }}",
        "customer": "Заказчик: {{ client.legal_name }}, ИНН {{ client.tax_id }}, "
                    "{{ client.address }}",
        "bank": "Банк: {{ our.bank }}, БИК {{ our.bik }}, р/с {{ our.account }}"
                "{% if our.corr_account %}, к/с {{ our.corr_account }}{% endif %}",
        "signatures": "Подписи сторон",
        "our_sign": "От Исполнителя: {{ our.signature_line }} {{ manager.signature }}",
        "buyer": "Покупатель: {{ client.legal_name }}, ИНН {{ client.tax_id }}, "
                 "{{ client.address }}",
        "contract_body": [
            "г. Москва, {{ today }}",
            "{{ our.legal_name or our.name }}, именуемое в дальнейшем «Исполнитель», "
            "в лице {{ manager.position }} {{ manager.name }}, с одной стороны, и "
            "{{ client.legal_name }}, именуемое в дальнейшем «Заказчик», в лице "
            "{{ contact.position }} {{ contact.name }}, с другой стороны, заключили "
            "настоящий договор о нижеследующем.",
            "1. Предмет договора. Исполнитель обязуется выполнить по заказу Заказчика: "
            "«{{ deal.title }}», а Заказчик — принять и оплатить результат.",
            "2. Стоимость. Общая стоимость составляет {{ totals.total }} ({{ totals.words }}), "
            "в том числе НДС {{ totals.vat }}",
            "3. Срок исполнения — {% if deal.expected_close %}до {{ deal.expected_close }}"
            "{% else %}по согласованию сторон{% endif %}.",
        ],
        "offer_body": ["Уважаемый(ая) {{ contact.name }}!",
                       "Предлагаем {{ client.name }} следующее решение: «{{ deal.title }}»."],
        "act_body": ["Исполнитель {{ our.name }} выполнил, а Заказчик {{ client.legal_name }} "
                     "принял работы по договору № {{ number }}. Претензий по объёму, качеству и "
                     "срокам стороны не имеют."],
        "headers": ["№", "Наименование", "Кол-во", "Ед.", "Цена", "Скидка, %", "Сумма"],
        "total": "Итого: {{ totals.total }}, в том числе НДС {{ totals.vat }}",
        "words": "Всего наименований {{ totals.count }}, на сумму {{ totals.total }}",
        "in_words": "Сумма прописью: {{ totals.words }}",
        "sign": "{{ manager.position }} ____________ {{ manager.name }} {{ manager.signature }}",
        "client_sign": "Заказчик ____________ {{ contact.name }}",
        "contract_client_sign": "От Заказчика: ____________ {{ contact.name }}",
        "footer": "{{ our.name }}{% if our.phone %} · {{ our.phone }}{% endif %}"
                  "{% if our.email %} · {{ our.email }}{% endif %}",
        "header": "{{ our.name }} · ИНН {{ our.tax_id }}{% if our.kpp %} · КПП {{ our.kpp }}"
                  "{% endif %}",
    },
    "en": {
        "contract": "CONTRACT No. {{ number }}",
        "invoice": "INVOICE No. {{ number }} of {{ today }}",
        "offer": "COMMERCIAL OFFER",
        "act": "CERTIFICATE OF COMPLETION No. {{ number }} of {{ today }}",
        "supplier": "Supplier: {{ our.legal_name or our.name }}, tax id {{ our.tax_id }}"
                    "{% if our.kpp %}, KPP {{ our.kpp }}{% endif %}"
                    "{% if our.ogrn %}, OGRN {{ our.ogrn }}{% endif %}, {{ our.address }}",
        "contractor": "Contractor: {{ our.legal_name or our.name }}, tax id {{ our.tax_id }}"
                      "{% if our.kpp %}, KPP {{ our.kpp }}{% endif %}"
                      "{% if our.ogrn %}, OGRN {{ our.ogrn }}{% endif %}, {{ our.address }}",
        "customer": "Customer: {{ client.legal_name }}, tax id {{ client.tax_id }}, "
                    "{{ client.address }}",
        "bank": "Bank: {{ our.bank }}, BIC {{ our.bik }}, account {{ our.account }}"
                "{% if our.corr_account %}, corr. account {{ our.corr_account }}{% endif %}",
        "signatures": "Signatures",
        "our_sign": "For the Contractor: {{ our.signature_line }} {{ manager.signature }}",
        "buyer": "Customer: {{ client.legal_name }}, tax id {{ client.tax_id }}, "
                 "{{ client.address }}",
        "contract_body": [
            "Date: {{ today }}",
            "{{ our.legal_name or our.name }} (the Contractor), represented by "
            "{{ manager.name }}{% if manager.position %}, {{ manager.position }}{% endif %}, "
            "and {{ client.legal_name }} (the Customer), represented by {{ contact.name }}"
            "{% if contact.position %}, {{ contact.position }}{% endif %}, agree as follows.",
            "1. Subject. The Contractor shall deliver «{{ deal.title }}»; the Customer shall "
            "accept and pay for it.",
            "2. Price. The total price is {{ totals.total }} ({{ totals.words }}), including "
            "VAT of {{ totals.vat }}.",
            "3. Term: {% if deal.expected_close %}by {{ deal.expected_close }}{% else %}as "
            "agreed by the parties{% endif %}.",
        ],
        "offer_body": ["Dear {{ contact.name }},",
                       "We are glad to offer {{ client.name }} the following: "
                       "«{{ deal.title }}»."],
        "act_body": ["The Contractor {{ our.name }} has completed and the Customer "
                     "{{ client.legal_name }} has accepted the work under contract "
                     "No. {{ number }}. The parties have no claims."],
        "headers": ["No.", "Item", "Qty", "Unit", "Price", "Discount %", "Total"],
        "total": "Total: {{ totals.total }}, including VAT {{ totals.vat }}",
        "words": "{{ totals.count }} item(s), {{ totals.total }}",
        "in_words": "In words: {{ totals.words }}",
        "sign": "{{ manager.position }} ____________ {{ manager.name }} {{ manager.signature }}",
        "client_sign": "Customer ____________ {{ contact.name }}",
        "contract_client_sign": "For the Customer: ____________ {{ contact.name }}",
        "footer": "{{ our.name }}{% if our.phone %} · {{ our.phone }}{% endif %}"
                  "{% if our.email %} · {{ our.email }}{% endif %}",
        "header": "{{ our.name }} · tax id {{ our.tax_id }}{% if our.kpp %} · KPP {{ our.kpp }}"
                  "{% endif %}",
    },
}


def items_table(doc: Document, t: dict) -> None:
    table = doc.add_table(rows=4, cols=7)
    table.style = "Table Grid"
    for cell, title in zip(table.rows[0].cells, t["headers"], strict=True):
        cell.text = title
        for run in cell.paragraphs[0].runs:
            run.bold = True
    table.rows[1].cells[0].text = "{%tr for item in items %}"
    values = ["{{ item.n }}", "{{ item.name }}", "{{ item.quantity }}", "{{ item.unit }}",
              "{{ item.price }}", "{{ item.discount }}", "{{ item.total }}"]
    for cell, value in zip(table.rows[2].cells, values, strict=True):
        cell.text = value
    table.rows[3].cells[0].text = "{%tr endfor %}"


def build(language: str, kind: str) -> Path:
    t = TEXT[language]
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    section = doc.sections[0]
    section.header.paragraphs[0].text = t["header"]
    section.footer.paragraphs[0].text = t["footer"]
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(t[kind])
    run.bold = True
    run.font.size = Pt(14)
    if kind == "invoice":
        for line in (t["supplier"], t["bank"], t["buyer"]):
            doc.add_paragraph(line)
        items_table(doc, t)
        doc.add_paragraph(t["total"]).runs[0].bold = True
        doc.add_paragraph(t["words"])
        doc.add_paragraph(t["in_words"])
        doc.add_paragraph("")
        doc.add_paragraph(t["our_sign"].split(": ", 1)[1].replace(" {{ manager.signature }}",
                                                                  ""))  # the head signs
    elif kind == "contract":
        for line in t["contract_body"]:
            doc.add_paragraph(line)
        items_table(doc, t)
        doc.add_paragraph(t["total"])
        doc.add_paragraph(t["in_words"])
        doc.add_paragraph(t["contractor"])
        doc.add_paragraph(t["bank"])
        doc.add_paragraph(t["customer"])
        doc.add_paragraph("")
        doc.add_paragraph(t["signatures"]).runs[0].bold = True
        doc.add_paragraph(t["our_sign"])
        doc.add_paragraph(t["contract_client_sign"])
    elif kind == "offer":
        for line in t["offer_body"]:
            doc.add_paragraph(line)
        items_table(doc, t)
        doc.add_paragraph(t["total"])
    else:
        for line in t["act_body"]:
            doc.add_paragraph(line)
        items_table(doc, t)
        doc.add_paragraph(t["total"])
        doc.add_paragraph(t["words"])
        doc.add_paragraph(t["in_words"])
    if kind != "contract":  # the contract's parties sign under "Signatures" above
        doc.add_paragraph("")
        doc.add_paragraph(t["sign"])
        doc.add_paragraph(t["client_sign"])
    target = HERE / language / f"{kind}.docx"
    target.parent.mkdir(exist_ok=True)
    doc.save(target)
    return target


if __name__ == "__main__":
    for lang in TEXT:
        for name in ("contract", "invoice", "offer", "act"):
            print(build(lang, name))
