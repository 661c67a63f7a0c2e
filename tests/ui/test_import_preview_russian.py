"""Issue 15: the import preview and its refusal in Russian — rows' places, notes, actions
and reasons (the services write them in English) put in words."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.imports.wizard import ImportWizard
from tests.ui.test_messages_russian import english_words, russian  # noqa: F401


def write_csv(path: Path) -> Path:
    path.write_text("Название;Телефон;ИНН;E-mail\n"
                    "ООО Ромашка;+7 912 345-67-89;7707083893;info@romashka.ru\n"
                    "ООО Лютик;12;;\n"
                    ";+7 912 000-00-01;;\n"
                    "ООО Вектор;;1234567890;\n"
                    "ООО Ромашка;+7 912 345-67-89;;\n"
                    "ООО Пион;;;не-почта\n", encoding="utf-8")
    return path


def test_preview_and_refusal_speak_russian(qtbot: QtBot, context: AppContext, russian: None,  # noqa: F811
                                           tmp_path: Path) -> None:
    context.crm.companies.create(name="ООО Старая", tax_id="7728168971")
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    wizard.path.setText(str(write_csv(tmp_path / "клиенты.csv")))
    with qtbot.waitSignal(wizard.plan_ready, timeout=10_000) as ready:
        assert wizard._validate_file() is False
    assert ready.args[0] is True
    column = [wizard.preview.item(r, 1).text() for r in range(wizard.preview.rowCount())]
    assert len(column) == 6
    english = {text: english_words(text) for text in column if english_words(text)}
    assert english == {}
    assert any(text.startswith("Строка 3, столбец «Телефон»") for text in column), column
    assert not any("«name»" in text for text in column), column  # a code put in words
    assert any("строки 2" in text or "строк" in text for text in column), column
    # the fields by name, never by code ("tax_id"), in the mapping and the preview's header
    boxes = [wizard.mapping.cellWidget(r, 1) for r in range(wizard.mapping.rowCount())]
    shown = [b.currentText() for b in boxes] + [
        wizard.preview.horizontalHeaderItem(c).text()
        for c in range(wizard.preview.columnCount())]
    assert "ИНН" in shown and not [t for t in shown if english_words(t)], shown
    assert [b.currentData() for b in boxes] == ["name", "phones", "tax_id", "emails"]
    wizard.grab().save("/tmp/shots/import_preview_ru.png")
    with qtbot.waitSignal(wizard.finished_import, timeout=10_000) as finished:
        wizard.run()  # all or nothing: refused with the first row's problem, in Russian
    assert finished.args == [None]
    refusal = wizard.result.text()
    assert refusal.startswith("Строка ") and not english_words(refusal), refusal
