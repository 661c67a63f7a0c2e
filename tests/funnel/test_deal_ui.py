"""Deals in the window under pytest-qt: creating (board, client card), editing the card with
errors beside the fields, the items table, moving by keyboard and menus, delete with undo,
documents through the button, the product catalogue, our company's details, and every
screen fitting a 1366×768 laptop."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel.board import BoardView
from crm_desktop.ui.funnel.deal_card import DealCard
from crm_desktop.ui.funnel.deal_dialog import DealDialog
from crm_desktop.ui.funnel.deal_items import QTY
from crm_desktop.ui.products.dialog import ProductDialog
from crm_desktop.ui.products.view import ProductsView
from crm_desktop.ui.requisites import RequisitesDialog
from tests.funnel.conftest import Funnel
from tests.funnel.test_deal_services import SBER, account_for
from tests.funnel.test_funnel import funnel  # noqa: F401  (the fixture)
from tests.ui.conftest import context, isolated_settings, type_text, wait_idle  # noqa: F401

SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 768


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Closing a dialog with unsaved edits asks; the tests' teardown answers "discard"."""
    asked: list[str] = []

    def question(parent: QWidget, title: str, text: str,
                 *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def loaded_board(qtbot: QtBot, context: AppContext) -> BoardView:  # noqa: F811
    board = BoardView(context)
    qtbot.addWidget(board)
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        pass
    wait_idle(qtbot, context)
    return board


def open_card(qtbot: QtBot, context: AppContext, deal_id: str) -> DealCard:  # noqa: F811
    card = DealCard(context, deal_id)
    card.open_after = False
    qtbot.addWidget(card)
    qtbot.waitUntil(lambda: bool(card.data) and card.form.loaded, timeout=10_000)
    wait_idle(qtbot, context)
    return card


def fits(widget: QWidget) -> None:
    hint = widget.minimumSizeHint()
    assert hint.width() <= SCREEN_WIDTH and hint.height() <= SCREEN_HEIGHT, (
        type(widget).__name__, hint)


def test_new_deal_from_the_board_shows_every_error_and_finds_a_typed_company(
        qtbot: QtBot, context: AppContext) -> None:  # noqa: F811
    crm = context.crm
    company = crm.companies.create(name="ООО Ромашка")
    board = loaded_board(qtbot, context)
    assert board.empty.isVisible() is False or "No deals" in board.empty.text()
    assert not board.empty.isHidden() and "+ Deal" in board.empty.text()
    board.create_deal()
    dialog: DealDialog = board.dialog
    qtbot.waitUntil(lambda: dialog.form.loaded, timeout=10_000)
    form = dialog.form
    form.ui.amount.setText("сто")
    dialog.save()  # empty title and a bad amount: both shown at once, nothing written
    errors = form.errors.visible_errors()
    assert set(errors) == {"title", "amount"}
    assert crm.deals.count() == 0
    type_text(form.ui.title, "Поставка стульев")
    form.ui.amount.setText("150 000,50")
    form._edited("amount")
    assert form.errors.visible_errors() == {}  # a corrected value keeps no stale error
    form.ui.company.setText("ооо ромашка")  # typed, not picked from the suggestions
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()
    deal = crm.deals.get(saved.args[0])
    assert deal.title == "Поставка стульев" and deal.amount_minor == 15000050
    assert deal.company_id == company.id and deal.stage_id == board.order[0].id
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: board.columns[board.order[0].id].list.count() == 1, timeout=10_000)
    assert board.empty.isHidden()


def test_a_company_name_that_matches_none_is_refused(qtbot: QtBot, context: AppContext) -> None:  # noqa: F811
    dialog = DealDialog(context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.form.loaded, timeout=10_000)
    dialog.form.ui.title.setText("Монтаж")
    dialog.form.ui.company.setText("Нет такой компании")
    dialog.save()
    wait_idle(qtbot, context)
    assert "company" in dialog.form.errors.visible_errors()
    assert context.crm.deals.count() == 0


def test_typing_in_the_client_field_is_not_lost_when_suggestions_open(
        qtbot: QtBot, context: AppContext) -> None:  # noqa: F811
    for name in ("ООО Ромашка", "ООО Ромашка-Юг", "АО Ромб"):
        context.crm.companies.create(name=name)
    dialog = DealDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.form.loaded, timeout=10_000)
    field = dialog.form.ui.company
    field.setFocus()
    for char in "Ромаш":
        type_text(field, char)
        qtbot.wait(60)
        wait_idle(qtbot, context)
    qtbot.wait(300)  # the suggestion delay
    wait_idle(qtbot, context)
    assert field.text() == "Ромаш"
    assert set(dialog.form.completions.stringList()) == {"ООО Ромашка", "ООО Ромашка-Юг"}
    dialog.form.completer.activated.emit("ООО Ромашка-Юг")
    assert dialog.form.picked[1] == "ООО Ромашка-Юг"


def test_client_card_deals_tab_creates_a_deal_for_the_client(qtbot: QtBot, context: AppContext  # noqa: F811
                                                             ) -> None:
    from crm_desktop.ui.clients.card import ClientCard

    crm = context.crm
    company = crm.companies.create(name="ООО Вектор")
    card = ClientCard(context, "company", company.id)
    qtbot.addWidget(card)
    wait_idle(qtbot, context)
    page = card.tabs.widget(3)
    button = next(b for b in page.findChildren(QWidget) if getattr(b, "text", None)
                  and b.text() == "+ Deal")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.property("dialog")
    qtbot.waitUntil(lambda: dialog.form.ui.company.text() == "ООО Вектор", timeout=10_000)
    dialog.form.ui.title.setText("Внедрение")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()
    assert crm.deals.get(saved.args[0]).company_id == company.id
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: card.deals.count() == 1, timeout=10_000)


def test_deal_card_edits_with_errors_beside_the_fields(
        qtbot: QtBot, context: AppContext, funnel: Funnel) -> None:  # noqa: F811
    crm = context.crm
    deal_id = funnel["ids"]["E"]
    card = open_card(qtbot, context, deal_id)
    assert not card.save_button.isEnabled()  # showing the deal is not an edit
    ui = card.form.ui
    ui.amount.setText("1e30")  # beyond Decimal's precision: an error, not an exception
    card.form._edited("amount")
    assert "amount" in card.form.errors.visible_errors()
    ui.amount.setText("-5")
    card.form._edited("amount")
    ui.title.setText("")
    card.form._edited("title")
    assert set(card.form.errors.visible_errors()) == {"title", "amount"}
    card.save()
    wait_idle(qtbot, context)
    assert crm.deals.get(deal_id).title == "Сделка E"  # nothing written
    ui.title.setText("Сделка E, вторая очередь")
    ui.amount.setText("1 234,56")
    ui.currency.setCurrentText("EUR")
    ui.stage.setCurrentIndex(ui.stage.findData(funnel["stages"][2].id))
    ui.expected_close.setText("31.02.2026")  # an impossible date is refused beside the field
    assert "expected_close" in card.form.errors.visible_errors()
    assert crm.deals.get(deal_id).expected_close is not None
    ui.expected_close.setText("")  # empty: no expected close
    card.form._edited("title")
    card.show()
    with qtbot.waitSignal(card.saved, timeout=10_000):
        qtbot.keyClick(ui.next_step, Qt.Key.Key_Return)  # Enter in a field saves
    deal = crm.deals.get(deal_id)
    assert (deal.title, deal.amount_minor, deal.currency) == ("Сделка E, вторая очередь",
                                                              123456, "EUR")
    assert deal.stage_id == funnel["stages"][2].id and deal.expected_close is None
    # to lost in the form asks for the reason beside the field; a new one joins the list
    ui.stage.setCurrentIndex(ui.stage.findData(funnel["lost"].id))
    assert not ui.loss_reason.isHidden()
    card.save()
    assert "loss_reason" in card.form.errors.visible_errors()
    ui.loss_reason.setCurrentText("Заказчик закрылся")
    with qtbot.waitSignal(card.saved, timeout=10_000):
        card.save()
    assert crm.deals.get(deal_id).loss_reason == "Заказчик закрылся"
    assert "Заказчик закрылся" in crm.reference.names("loss_reasons")


def test_items_table_saves_and_totals_are_exact(
        qtbot: QtBot, context: AppContext, funnel: Funnel) -> None:  # noqa: F811
    crm = context.crm
    chair = crm.products.create(name="Кресло", unit="шт", price="12499.99")
    crm.products.create(name="Licence", price="10", currency="EUR")
    deal_id = funnel["ids"]["D"]
    card = open_card(qtbot, context, deal_id)
    items = card.items
    assert not items.empty.isHidden() and "0,05" in items.totals.text().replace(".", ",")
    assert items.product.count() == 1  # a product in another currency is not offered
    items.add_product(chair.id)
    items.table.item(0, QTY).setText("3")
    items.add_row()
    for column, value in enumerate(["Доставка", "1,5", "усл.", "1 000,01", "10", "0"]):
        items.table.item(1, column).setText(value)
    assert "38 849,98" in items.totals.text().replace("\u00a0", " ").replace(".", ",") or \
        "38,849.98" in items.totals.text()
    items.table.item(1, QTY).setText("полтора")
    assert "—" in items.totals.text()
    items.save()
    wait_idle(qtbot, context)
    assert "2" in items.message.text() and crm.deal_items.of_deal(deal_id) == []
    items.table.item(1, QTY).setText("1,5")
    with qtbot.waitSignal(items.saved, timeout=10_000):
        items.save()
    saved = crm.deal_items.of_deal(deal_id)
    assert [(i.name, str(i.quantity)) for i in saved] == [("Кресло", "3.000"),
                                                          ("Доставка", "1.500")]
    assert crm.deals.get(deal_id).amount_minor == 3749997 + 135001
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: items.table.rowCount() == 2 and not items.dirty, timeout=10_000)


def test_board_keyboard_moves_menus_and_delete_with_undo(
        qtbot: QtBot, context: AppContext, funnel: Funnel,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    crm = context.crm
    board = loaded_board(qtbot, context)
    stages, e = funnel["stages"], funnel["ids"]["E"]
    first = board.columns[stages[0].id].list
    first.setCurrentRow(0)
    first.setFocus()
    with qtbot.waitSignal(board.moved, timeout=10_000):
        qtbot.keyClick(first, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert crm.deals.get(e).stage_id == stages[1].id
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: board.stage_of(e) == stages[1].id, timeout=10_000)
    assert board.columns[stages[1].id].list.current_deal() == e  # the selection follows
    # the deal's menu: move to lost asks the reason; a new reason joins the list
    monkeypatch.setattr(board, "ask_loss_reason", lambda: "Нашли дешевле")
    menu = board.show_menu(e, stages[1].id, board.mapToGlobal(board.rect().center()))
    moves = next(a.menu() for a in menu.actions() if a.menu() is not None)
    lost_action = next(a for a in moves.actions() if funnel["lost"].name in a.text())
    with qtbot.waitSignal(board.moved, timeout=10_000):
        lost_action.trigger()
    menu.close()
    assert crm.deals.get(e).loss_reason == "Нашли дешевле"
    assert "Нашли дешевле" in crm.reference.names("loss_reasons")
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: board.stage_of(e) == funnel["lost"].id, timeout=10_000)
    # Delete, then Ctrl+Z (the undo stack)
    board.select_deal(e)
    lost_list = board.columns[funnel["lost"].id].list
    qtbot.keyClick(lost_list, Qt.Key.Key_Delete)
    wait_idle(qtbot, context)
    assert crm.deals.get(e, include_deleted=True).deleted_at is not None
    qtbot.waitUntil(lambda: board.stage_of(e) is None, timeout=10_000)
    context.undo_stack.undo()
    wait_idle(qtbot, context)
    assert crm.deals.get(e).deleted_at is None
    qtbot.waitUntil(lambda: board.stage_of(e) == funnel["lost"].id, timeout=10_000)
    # ← → move the focus between columns
    board.show()
    board.activateWindow()
    qtbot.waitUntil(board.isActiveWindow, timeout=5_000)
    keys = list(board.columns)
    lost_list = board.columns[funnel["lost"].id].list
    lost_list.setFocus()
    qtbot.keyClick(lost_list, Qt.Key.Key_Left)
    left = board.columns[keys[keys.index(funnel["lost"].id) - 1]].list
    assert left.hasFocus()


def test_deal_card_stage_menu_and_delete(
        qtbot: QtBot, context: AppContext, funnel: Funnel) -> None:  # noqa: F811
    crm = context.crm
    d = funnel["ids"]["D"]
    card = open_card(qtbot, context, d)
    card.ask_reason = lambda parent, reasons: None  # the person cancels the reason
    lost = next(a for a in card.stage_button.menu().actions()
                if funnel["lost"].name in a.text())
    lost.trigger()
    wait_idle(qtbot, context)
    assert crm.deals.get(d).stage_id == funnel["stages"][1].id  # cancelled: not moved
    won = next(a for a in card.stage_button.menu().actions() if funnel["won"].name in a.text())
    won.trigger()
    wait_idle(qtbot, context)
    assert crm.deals.get(d).stage_id == funnel["won"].id
    qtbot.waitUntil(lambda: funnel["won"].name in card.stage_button.text(), timeout=10_000)
    card.delete()
    wait_idle(qtbot, context)
    assert crm.deals.get(d, include_deleted=True).deleted_at is not None
    context.undo_stack.undo()
    wait_idle(qtbot, context)
    assert crm.deals.get(d).deleted_at is None


def test_document_button_asks_where_and_says_what_failed(
        qtbot: QtBot, context: AppContext,  # noqa: F811
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    crm = context.crm
    crm.requisites.save(**SBER, account=account_for(SBER["bik"]))
    company = crm.companies.create(name="ООО Ромашка")
    deal = crm.deals.create(title="Поставка", pipeline_id=crm.pipelines.default().id,
                            company_id=company.id, amount="1500.00")
    card = open_card(qtbot, context, deal.id)
    card.template.setCurrentIndex(card.template.findData("ru/invoice"))
    asked = {}

    def save_dialog(parent: QWidget | None, title: str, suggested: str, filters: str
                    ) -> tuple[str, str]:
        asked["suggested"] = suggested
        return str(tmp_path / "счёт"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    with qtbot.waitSignal(card.document_made, timeout=10_000) as made:
        qtbot.mouseClick(card.make_document, Qt.MouseButton.LeftButton)
    assert "ООО Ромашка" in Path(asked["suggested"]).name
    assert made.args[0].endswith("счёт.docx")
    text = "\n".join(p.text for p in Document(made.args[0]).paragraphs)
    assert SBER["bank"] in text and "7707083893" in text
    assert crm.interactions.timeline(company_id=company.id)[0].channel == "document"
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(blocker / "inside.docx"), ""))
    qtbot.mouseClick(card.make_document, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    status = card.document_status.text()
    # one line that says what failed and names the place (an OSError or the service's check)
    assert status.startswith(("Cannot write the file", "The document was not created"))
    assert "\n" not in status and "a file" in status
    assert card.make_document.isEnabled()


def test_products_view_create_archive_and_undo(qtbot: QtBot, qtmodeltester: ModelTester,
                                               context: AppContext) -> None:  # noqa: F811
    crm = context.crm
    view = ProductsView(context)
    qtbot.addWidget(view)
    wait_idle(qtbot, context)
    assert view.stack.currentWidget() is view.empty and "empty" in view.empty.text()
    dialog = view.edit(None)
    assert isinstance(dialog, ProductDialog)
    dialog.form.price.setText("abc")
    dialog.form.vat_percent.setCurrentText("120")
    dialog.save()
    assert set(dialog.errors.visible_errors()) == {"name", "price", "vat_percent"}
    dialog.form.name.setText("Кресло офисное")
    dialog.form.price.setText("12 499,99")
    dialog.form.vat_percent.setCurrentText("20")
    dialog.form.sku.setText("KR-1")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(view.model)
    product = crm.products.catalogue()[0]
    assert product.price_minor == 1249999 and product.sku == "KR-1"
    view.table.selectRow(0)
    view.toggle_archive()
    wait_idle(qtbot, context)
    assert crm.products.catalogue() == []
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=10_000)
    context.undo_stack.undo()
    wait_idle(qtbot, context)
    assert len(crm.products.catalogue()) == 1
    view.search.setText("нет такого")
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.empty, timeout=10_000)
    assert "нет такого" in view.empty.text()


def test_requisites_dialog_checks_as_you_type_and_saves(qtbot: QtBot, context: AppContext) -> None:  # noqa: F811
    crm = context.crm
    dialog = RequisitesDialog(context)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    dialog.fields["tax_id"].setText("7707083894")
    dialog._edited("tax_id")
    assert set(dialog.errors.visible_errors()) == {"tax_id"}  # only what was touched
    dialog.save()
    assert {"tax_id", "name"} <= set(dialog.errors.visible_errors())
    assert crm.requisites.get().name == ""
    for key, value in {**SBER, "account": account_for(SBER["bik"])}.items():
        dialog.fields[key].setText(value)
        dialog._edited(key)
    assert dialog.errors.visible_errors() == {}
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    assert crm.documents.org_profile()["bik"] == SBER["bik"]


def test_preferences_open_our_company_details(qtbot: QtBot, context: AppContext) -> None:  # noqa: F811
    from PySide6.QtWidgets import QPushButton

    from crm_desktop.ui.preferences import PreferencesDialog

    host = QWidget()
    host.app = context
    qtbot.addWidget(host)
    prefs = PreferencesDialog(host)
    button = next(b for b in prefs.findChildren(QPushButton) if "details" in b.text())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert isinstance(prefs.property("requisites"), RequisitesDialog)
    wait_idle(qtbot, context)


def test_every_deal_screen_fits_a_small_laptop(
        qtbot: QtBot, context: AppContext, funnel: Funnel) -> None:  # noqa: F811
    crm = context.crm
    long = "Очень длинное название сделки, которое не должно раздвигать окно " * 4
    crm.deals.update(funnel["ids"]["A"], title=long[:300])
    board = loaded_board(qtbot, context)
    card = open_card(qtbot, context, funnel["ids"]["A"])
    card.document_status.setText("Не удалось: " + "очень длинная причина " * 20)
    products = ProductsView(context)
    qtbot.addWidget(products)
    dialogs = [DealDialog(context), ProductDialog(context), RequisitesDialog(context)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    wait_idle(qtbot, context)
    for widget in (board, card, products, *dialogs):
        fits(widget)


def test_saving_a_deal_deleted_meanwhile_says_so(
        qtbot: QtBot, context: AppContext, funnel: Funnel) -> None:  # noqa: F811
    from sqlalchemy import text

    crm, deal_id = context.crm, funnel["ids"]["B"]
    card = open_card(qtbot, context, deal_id)
    card.form.ui.title.setText("Новое имя")
    card.form._edited("title")
    with crm.db.write() as session:  # deleted behind the card's back
        session.execute(text("UPDATE deals SET deleted_at = updated_at WHERE id = :i"),
                        {"i": deal_id})
    card.save()
    wait_idle(qtbot, context)
    assert "no longer exists" in card.form.errors.visible_errors()["title"]
    assert crm.deals.get(deal_id, include_deleted=True).title == "Сделка B"


LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
ALLOWED = {"RUB", "USD", "EUR", "KZT", "BYN", "CNY", "GBP", "RU", "EN", "Ctrl", "Shift", "Del",
           "Word", "docx"}


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person can read in a widget tree: labels, buttons, placeholders, tabs,
    group titles, headers, tooltips, combo box items, window titles."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTableView,
        QTabWidget,
    )

    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(model.columnCount())]
    return texts


@pytest.fixture
def russian(qapp: QApplication) -> object:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from crm_desktop.paths import RESOURCES_DIR

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


def test_deal_screens_in_russian_show_no_english(qtbot: QtBot, context: AppContext, funnel: Funnel,  # noqa: F811
                                                 russian: None) -> None:
    crm = context.crm
    crm.products.create(name="Кресло", unit="шт", price="100")
    crm.deal_items.save_all(funnel["ids"]["A"], [{"name": "Монтаж", "price": "10"}])
    board = loaded_board(qtbot, context)
    card = open_card(qtbot, context, funnel["ids"]["A"])
    products = ProductsView(context)
    qtbot.addWidget(products)
    dialogs = [DealDialog(context), ProductDialog(context), RequisitesDialog(context)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    wait_idle(qtbot, context)
    menu = board.show_menu(funnel["ids"]["E"], funnel["stages"][0].id,
                           board.mapToGlobal(board.rect().center()))
    texts = [a.text() for a in menu.actions()] + [
        a.text() for a in menu.actions()[1].menu().actions()]
    menu.close()
    for widget in (board, card, products, *dialogs):
        texts += visible_texts(widget)
    plain = [re.sub(r"<[^>]+>", " ", text) for text in texts]  # rich text: its markup aside
    english = {word for text in plain for word in LATIN_WORD.findall(text)} - ALLOWED
    assert english == set(), english


def test_create_edit_and_move_are_undone_with_ctrl_z(
        qtbot: QtBot, context: AppContext, funnel: Funnel,  # noqa: F811
        discard_when_asked: list[str]) -> None:
    crm, undo = context.crm, context.undo_stack
    dialog = DealDialog(context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.form.loaded, timeout=10_000)
    dialog.form.ui.title.setText("Отменяемая")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()
    created = saved.args[0]
    undo.undo()
    wait_idle(qtbot, context)
    assert crm.deals.get(created, include_deleted=True).deleted_at is not None
    undo.redo()
    wait_idle(qtbot, context)
    assert crm.deals.get(created).deleted_at is None

    e = funnel["ids"]["E"]
    card = open_card(qtbot, context, e)
    card.form.ui.title.setText("Переименована")
    card.form.ui.amount.setText("7")
    card.form._edited("title")
    with qtbot.waitSignal(card.saved, timeout=10_000):
        card.save()
    undo.undo()
    wait_idle(qtbot, context)
    deal = crm.deals.get(e)
    assert (deal.title, deal.amount_minor) == ("Сделка E", 5)
    undo.redo()
    wait_idle(qtbot, context)
    assert crm.deals.get(e).title == "Переименована"

    board = loaded_board(qtbot, context)
    with qtbot.waitSignal(board.moved, timeout=10_000):
        board.step(e, 1)
    assert crm.deals.get(e).stage_id == funnel["stages"][1].id
    undo.undo()
    wait_idle(qtbot, context)
    assert crm.deals.get(e).stage_id == funnel["stages"][0].id
    assert [h.to_stage_id for h in crm.deals.history(e)][-2:] == [
        funnel["stages"][1].id, funnel["stages"][0].id]

    # Esc with an unsaved edit asks before discarding
    card.form.ui.next_step.setText("Позвонить")
    card.form._edited("next_step")
    card.reject()
    assert discard_when_asked and "unsaved" in discard_when_asked[-1]


def test_a_deal_from_a_persons_card_takes_the_person_and_the_company(qtbot: QtBot,
                                                                     context: AppContext) -> None:  # noqa: F811
    crm = context.crm
    company = crm.companies.create(name="ООО Вектор")
    person = crm.contacts.create(first_name="Иван", last_name="Петров", company_id=company.id)
    dialog = DealDialog(context, contact_id=person.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.form.ui.company.text() == "ООО Вектор", timeout=10_000)
    dialog.form.ui.title.setText("Обучение")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()
    deal = crm.deals.get(saved.args[0])
    assert (deal.company_id, deal.contact_id) == (company.id, person.id)


def test_ctrl_shift_d_makes_a_deal_from_any_view(qtbot: QtBot, context: AppContext) -> None:  # noqa: F811
    from PySide6.QtWidgets import QApplication

    from crm_desktop.ui.app import make_main_window

    window = make_main_window(context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    window.show_view("clients")
    QApplication.processEvents()  # the shortcut is placed once the window exists
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    board = window.views["funnel"]
    qtbot.waitUntil(lambda: hasattr(board, "dialog"), timeout=5_000)
    assert window.current_view() == "funnel" and isinstance(board.dialog, DealDialog)
    wait_idle(qtbot, context)


def test_a_deleted_deal_opened_from_elsewhere_says_so(
        qtbot: QtBot, context: AppContext, funnel: Funnel) -> None:  # noqa: F811
    context.crm.deals.delete(funnel["ids"]["C"])
    card = DealCard(context, funnel["ids"]["C"])
    qtbot.addWidget(card)
    wait_idle(qtbot, context)
    assert "deleted" in card.subtitle.text() and not card.tabs.isEnabled()
