"""The import wizard (preview with errors, import, cancel) and creating a document from the
deal card, under pytest-qt."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from crm_desktop.ui.funnel.deal_card import DealCard
from crm_desktop.ui.imports.wizard import ImportWizard
from tests.documents.test_spreadsheets import messy_xlsx
from tests.ui.conftest import context, isolated_settings, wait_idle  # noqa: F401


def test_import_wizard(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001, F811
    crm = context.crm
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.path.setText(str(tmp_path / "missing.xlsx"))
    assert wizard._load_plan() is False and "does not exist" in wizard.file_error.text()
    wizard.path.setText(str(messy_xlsx(tmp_path / "m.xlsx", bad_email=True)))
    assert wizard._load_plan() is True
    assert wizard.preview.rowCount() == 4
    assert "E-mail" in wizard.preview.item(1, 1).text()  # the bad row says why
    assert "1 with errors" in wizard.summary.text()
    with qtbot.waitSignal(wizard.finished_import, timeout=10_000) as finished:
        wizard.run()  # all or nothing: refused, nothing written
    assert finished.args == [None] and "row 6" in wizard.result.text()
    assert crm.companies.count() == 0
    wizard.valid_only.setChecked(True)
    with qtbot.waitSignal(wizard.finished_import, timeout=10_000) as finished:
        wizard.run()
    assert finished.args[0].created == 2 and crm.companies.count() == 2
    assert wizard.save_report.isEnabled()


def test_creating_a_document_from_the_deal_card(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001, F811
    crm = context.crm
    company = crm.companies.create(name="ООО Ромашка")
    deal = crm.deals.create(title="Поставка", pipeline_id=crm.pipelines.default().id,
                            company_id=company.id, amount="1500.00")
    card = DealCard(context, deal.id)
    card.open_after = False
    qtbot.addWidget(card)
    wait_idle(qtbot, context)
    card.template.setCurrentIndex(card.template.findData("ru/invoice"))
    target = tmp_path / "invoice.docx"
    with qtbot.waitSignal(card.document_made, timeout=10_000):
        card.create_document(str(target))
    text = "\n".join(p.text for p in Document(target).paragraphs)
    assert "ООО Ромашка" in text and "Одна тысяча пятьсот рублей" in text
    assert crm.interactions.timeline(company_id=company.id)[0].channel == "document"
