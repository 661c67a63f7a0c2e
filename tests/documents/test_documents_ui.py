"""The import wizard (preview with errors, import, cancel) and creating a document from the
deal card, under pytest-qt."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from pytestqt.qtbot import QtBot

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel.deal_card import DealCard
from crm_desktop.ui.imports.wizard import ImportWizard
from tests.documents.test_spreadsheets import messy_xlsx
from tests.ui.conftest import context, isolated_settings, wait_idle  # noqa: F401


def load(qtbot: QtBot, wizard: ImportWizard, path: Path) -> bool:
    """Next on the file page: the file is read on the worker, then the wizard moves on."""
    wizard.path.setText(str(path))
    with qtbot.waitSignal(wizard.plan_ready, timeout=10_000) as ready:
        assert wizard._validate_file() is False  # never read on the GUI thread
    return ready.args[0]


def test_import_wizard(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:  # noqa: F811
    crm = context.crm
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    assert load(qtbot, wizard, tmp_path / "missing.xlsx") is False
    assert "does not exist" in wizard.file_error.text() and wizard.currentId() == 0
    assert load(qtbot, wizard, messy_xlsx(tmp_path / "m.xlsx", bad_email=True)) is True
    assert wizard.currentId() == 1  # moved on once read
    assert wizard.preview.rowCount() == 4
    assert "E-mail" in wizard.preview.item(1, 1).text()  # the bad row says why
    assert "1 with errors" in wizard.summary.text()
    assert "Дата договора" in wizard.unmapped.text()  # columns left out are listed
    with qtbot.waitSignal(wizard.finished_import, timeout=10_000) as finished:
        wizard.run()  # all or nothing: refused, nothing written
    assert finished.args == [None] and "Row 6" in wizard.result.text()
    assert crm.companies.count() == 0
    wizard.valid_only.setChecked(True)
    with qtbot.waitSignal(wizard.finished_import, timeout=10_000) as finished:
        wizard.run()
    assert finished.args[0].created == 2 and crm.companies.count() == 2
    assert wizard.save_report.isEnabled()
    wizard.grab().save("/tmp/import-wizard-run.png")


def test_import_wizard_custom_field_and_vcards(qtbot: QtBot, context: AppContext, tmp_path: Path  # noqa: F811
                                               ) -> None:
    crm = context.crm
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    assert load(qtbot, wizard, messy_xlsx(tmp_path / "m.xlsx")) is True
    row = [wizard.mapping.item(r, 0).text() for r in range(wizard.mapping.rowCount())].index(
        "Дата договора")
    box = wizard.mapping.cellWidget(row, 1)
    box.setCurrentIndex(box.findData("custom:Дата договора"))
    with qtbot.waitSignal(wizard.plan_ready, timeout=10_000):
        wizard._remap()
    assert "Дата договора" not in wizard.unmapped.text()
    wizard.grab().save("/tmp/import-wizard-preview.png")
    with qtbot.waitSignal(wizard.finished_import, timeout=10_000):
        wizard.run()
    company = next(c for c in crm.companies.list() if c.name == "ООО Ромашка")
    assert company.custom_fields["Дата договора"] == "2026-03-01"
    cards = ImportWizard(context)
    qtbot.addWidget(cards)
    cards.show()
    sample = Path(__file__).resolve().parents[1] / "files" / "samples" / "gmail-list.vcf"
    assert load(qtbot, cards, sample) is True
    assert cards.preview.rowCount() == 3 and not cards.mapping.isVisible()
    with qtbot.waitSignal(cards.finished_import, timeout=10_000) as finished:
        cards.run()
    assert finished.args[0].created == 3


def test_creating_a_document_from_the_deal_card(qtbot: QtBot, context: AppContext, tmp_path: Path  # noqa: F811
                                                ) -> None:
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


def test_import_wizard_reads_a_calendar(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:  # noqa: F811
    from tests.documents.test_ical_import import OUTLOOK

    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    path = tmp_path / "outlook.ics"
    path.write_text(OUTLOOK, encoding="utf-8")
    assert load(qtbot, wizard, path) is True
    assert wizard.preview.rowCount() == 5 and wizard.preview.horizontalHeaderItem(2).text() \
        == "Title"  # the field by name
    assert not wizard.mapping.isVisible()
    with qtbot.waitSignal(wizard.finished_import, timeout=10_000) as finished:
        wizard.run()
    assert finished.args[0].created == 5 and context.crm.tasks.count() == 3
