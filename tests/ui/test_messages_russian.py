"""Issue 14: no English reaches the Russian window. Every reason the core can give (read from
its `raise` statements) has the window's own text, every failure code has one, and the
failures a person can provoke through the window show Russian."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.paths import RESOURCES_DIR
from crm_desktop.ui.context import AppContext
from tests.ui.conftest import wait_idle

CORE = Path(__file__).resolve().parents[2] / "crm_desktop"
ERRORS = {"ValidationError", "NotFoundError", "PermissionDenied", "CrmError", "DatabaseError",
          "TemplateProblem", "TemplateLimitError", "NotADatabaseError", "DatabaseTooNewError",
          "SyncError", "OfflineError", "ConfigError", "AuthError", "VersionError",
          "NoKeyringError", "DatabaseLockedError", "ImportCancelled", "RestoreError"}
SAMPLE = "7"  # what each value of a reason becomes in the samples
LATIN = re.compile(r"[A-Za-z]{3,}")
ALLOWED = {"INN", "KPP", "OGRN", "BIC", "RUB", "USD", "EUR", "UTF", "CSV", "NUL", "crm",
           "desktop", "xlsx", "csv", "vcf", "docx", "xls", "Excel", "vCard", "iCalendar",
           "Ctrl", "Shift", "Alt", "Esc", "Enter", "Tab", "IMAP", "SMTP", "STARTTLS", "SSL",
           "TLS"}


QUOTED = re.compile(r"«[^»]*»|'[^']*'|\S*[/@]\S*")  # values, paths, addresses, examples


def english_words(text: str) -> set[str]:
    return {w for w in LATIN.findall(QUOTED.sub("", text)) if w not in ALLOWED}


def _template(node: ast.AST, consts: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _template(node.left, consts), _template(node.right, consts)
        if left is None and right is None:
            return None
        return (left if left is not None else "{}") + (right if right is not None else "{}")
    if isinstance(node, ast.Name):
        return consts.get(node.id)
    return None


def core_reasons() -> list[tuple[str, str]]:
    """(where, reason template) for every message the core writes into an error it raises,
    and every reason a form check puts into a problems dict."""
    found = []
    for folder in ("domain", "storage", "services", "sync"):
        for path in sorted((CORE / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            consts = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                      for t in n.targets if isinstance(t, ast.Name)
                      and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)}
            for node in ast.walk(tree):
                call = node.exc if isinstance(node, ast.Raise) else \
                    node.value if isinstance(node, ast.Return) else None
                if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript) \
                        and getattr(node.targets[0].value, "id", "") == "problems":
                    text = _template(node.value, consts)
                    if text is not None:
                        found.append((f"{path.name}:{node.lineno}", text))
                    continue
                if not isinstance(call, ast.Call):
                    continue
                name = getattr(call.func, "id", None) or getattr(call.func, "attr", None)
                if name not in ERRORS or not call.args or name == "NotFoundError":
                    continue
                arg = call.args[1] if name == "ValidationError" and len(call.args) > 1 \
                    else call.args[0]
                text = _template(arg, consts)
                if text is not None and text.strip("{}"):
                    found.append((f"{path.name}:{node.lineno}", text))
    return found


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    ours, qt = QTranslator(), QTranslator()
    assert ours.load(str(RESOURCES_DIR / "translations" / "crm_desktop_ru.qm"))
    qt.load("qtbase_ru", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for translator in (ours, qt):
        qapp.installTranslator(translator)
    yield
    for translator in (ours, qt):
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_every_reason_of_the_core_has_russian(russian: None) -> None:
    from crm_desktop.ui.reasons import translated

    reasons = core_reasons()
    assert len(reasons) > 150  # the reader found the core's raises
    missing = {}
    for where, template in reasons:
        sample = template.replace("{}", SAMPLE)
        shown = translated(sample)
        if english_words(shown) or "журнале" in shown:
            missing[where] = (sample, shown)
    assert missing == {}


def test_every_failure_code_and_field_label_has_russian(russian: None) -> None:
    from PySide6.QtCore import QCoreApplication

    from crm_desktop.ui.messages import CODES, LABELS

    for code, text in CODES.items():
        assert not english_words(QCoreApplication.translate("Failures", text)), code
    for field, text in LABELS.items():
        assert not english_words(QCoreApplication.translate("ClientFields", text)), field


def test_describe_in_russian(russian: None, tmp_path: Path) -> None:
    from crm_desktop.ui.messages import describe

    shown = describe(ValidationError("loss_reason", "say why the deal was lost"))
    assert shown == "Причина проигрыша: укажите, почему сделка проиграна"
    assert describe(ValidationError("items.1.quantity", "must be from 0 to 1000")) == \
        "Позиция 2, количество: нужно число от 0 до 1000"
    assert "больше нет" in describe(NotFoundError("deal", "0190"))
    missing = tmp_path / "нет такого.csv"
    try:
        missing.open()
    except OSError as exc:
        assert describe(exc) == f"{missing}: нет такого файла или папки"
    assert not english_words(describe(KeyError("x")).replace("KeyError", ""))
    # a reason nobody wrote a text for: a plain Russian line (the original goes to the log)
    assert not english_words(describe(ValidationError("title", "something brand new")))


def test_failures_provoked_through_the_window_show_russian(
        qtbot: QtBot, context: AppContext, russian: object, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.ui import main_window as shell
    from crm_desktop.ui.app import make_main_window
    from crm_desktop.ui.funnel.deal_card import DealCard

    crm = context.crm
    company = crm.companies.create(name="ООО Ромашка")
    deal = crm.deals.create(title="Поставка", pipeline_id=crm.pipelines.default().id,
                            company_id=company.id, amount="1500.00")
    window = make_main_window(context)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, context)
    shown: list[str] = []
    monkeypatch.setattr(shell.QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append(title + " | " + text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)

    # File → Back up onto the database itself (ValidationError from the Crm facade)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(crm.path), ""))
    window.backup()
    wait_idle(qtbot, context)
    # File → Export into a folder that does not exist (the output check)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "пропавшая" / "компании.xlsx"), ""))
    window.export_list("companies")
    wait_idle(qtbot, context)
    # File → Restore from a file that is no database (storage's refusal)
    fake = tmp_path / "копия.db"
    fake.write_text("это не база")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(fake), ""))
    window.restore_backup()
    wait_idle(qtbot, context)
    assert len(shown) == 3, shown
    # a refusal no caller handles: one line in the status bar
    task = crm.tasks.create(title="Позвонить", due_at=crm.ctx.clock.now())
    context.worker.submit(lambda: crm.planner.snooze(task.id, 0))
    wait_idle(qtbot, context)
    shown.append(window.statusBar().currentMessage())
    # a document from a damaged template (the documents service's TemplateProblem)
    from crm_desktop.services.documents import generate as documents

    folder = tmp_path / "шаблоны"
    (folder / "ru").mkdir(parents=True)
    (folder / "ru" / "invoice.docx").write_bytes(b"PK\x03\x04 not really a zip")
    monkeypatch.setattr(documents, "TEMPLATES_DIR", folder)
    card = DealCard(context, deal.id)
    card.open_after = False
    qtbot.addWidget(card)
    qtbot.waitUntil(lambda: bool(card.data) and card.form.loaded, timeout=10_000)
    wait_idle(qtbot, context)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "счёт.docx"), ""))
    card.template.setCurrentIndex(card.template.findData("ru/invoice"))
    card.make_document.click()
    wait_idle(qtbot, context)
    shown.append(card.document_status.text() + " | " + card.document_status.toolTip())
    # a deal deleted meanwhile (NotFoundError) and a move the service refuses
    from crm_desktop.ui.funnel.deal_actions import move_error

    crm.deals.delete(deal.id)
    gone = DealCard(context, deal.id)
    qtbot.addWidget(gone)
    wait_idle(qtbot, context)
    shown.append(gone.subtitle.text())
    shown.append(move_error(ValidationError("stage_id", "the stage belongs to another "
                                                         "pipeline")))
    english = {text: english_words(text.replace(str(tmp_path), ""))
               for text in shown if english_words(text.replace(str(tmp_path), ""))}
    assert english == {}
    assert all(text.strip(" |") for text in shown), shown
    print("\n".join(shown))
    window.close()
