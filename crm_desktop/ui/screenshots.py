"""Renders the main views offscreen from the small demo data into PNG files, at the size of
the smallest laptop screen the window is made for (1366×768) unless told otherwise:

    QT_QPA_PLATFORM=offscreen python -m crm_desktop.ui.screenshots docs/screenshots
    QT_QPA_PLATFORM=offscreen python -m crm_desktop.ui.screenshots /tmp/en --language en \
        --size 1920x1080
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from crm_desktop.ui.context import AppContext

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from crm_desktop.domain.clock import FixedClock  # noqa: E402
from crm_desktop.services.crm import Crm  # noqa: E402
from crm_desktop.services.demo import generate  # noqa: E402
from crm_desktop.ui import settings  # noqa: E402
from crm_desktop.ui.app import (  # noqa: E402
    build_context,
    create_application,
    install_translator,
    make_main_window,
)

if TYPE_CHECKING:
    from crm_desktop.ui.main_window import MainWindow

NOW = datetime(2026, 3, 16, 9, 30, tzinfo=UTC)
AnyView = TypeVar("AnyView", bound=QWidget)


def view_of(window: MainWindow, key: str, kind: type[AnyView]) -> AnyView:
    """The window's view `key`, which the screenshots drive through its own methods."""
    view = window.views[key]
    if not isinstance(view, kind):
        raise TypeError(f"the view {key} is a {type(view).__name__}, not a {kind.__name__}")
    return view


def settle(app: QApplication, context: AppContext, ms: int = 300) -> None:
    """Lets the worker finish and the widgets repaint."""
    for _ in range(50):
        loop = QEventLoop()
        QTimer.singleShot(ms // 3, loop.quit)
        loop.exec()
        if context.worker.pending == 0:
            break
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shot(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, nargs="?", default=Path("docs/screenshots"))
    parser.add_argument("--language", default="ru", choices=["ru", "en"])
    parser.add_argument("--size", default="1366x768", help="the window's size, WIDTHxHEIGHT")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory() as tmp:
        # settings of this run only: the person's own (language, window layout) untouched
        from PySide6.QtCore import QSettings

        for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(kind, QSettings.Scope.UserScope, tmp)
        settings.put(settings.LANGUAGE, args.language)
        install_translator(app)
        crm = Crm(Path(tmp) / "demo.db", clock=FixedClock(NOW))
        crm.language = args.language
        generate(crm, "small", language=args.language)
        context = build_context(crm)
        window = make_main_window(context)
        window.resize(width, height)
        window.show()
        settle(app, context)
        shot(window, args.out / "clients.png")

        from crm_desktop.ui.clients.list_view import ClientsView

        clients = view_of(window, "clients", ClientsView)
        heavy = crm.client_list.ids(clients.model.filter)[3]
        clients.open_card("company", heavy)
        settle(app, context)
        shot(window, args.out / "client_card.png")

        clients.search_for("иван" if args.language == "ru" else "smith")
        settle(app, context, 500)
        shot(window, args.out / "search.png")

        from crm_desktop.ui.clients.edit_dialog import CompanyDialog

        dialog = CompanyDialog(context, None, window)
        dialog.form.name.setText(crm.companies.get(heavy).name)
        dialog.form.emails.setText("not-an-email")
        dialog.show()
        dialog._find_duplicates()
        settle(app, context)
        dialog.save()
        settle(app, context)
        shot(dialog, args.out / "company_dialog_error.png")
        dialog.close()
        clients._close_tab(0)
        for view in list(window.views)[1:]:
            window.show_view(view)
            window.resize(width, height)  # back to the screen's size after a view that grew it
            settle(app, context, 600)
            shot(window, args.out / f"{view}.png")
        deal_card(app, context, window, args.out)
        from crm_desktop.ui.worker import DbWorker

        DbWorker.stop_all()
        crm.close()


def deal_card(app: QApplication, context: AppContext, window: MainWindow, out: Path) -> None:
    """The card of the board's first deal that has line items, over the window."""
    from crm_desktop.ui.funnel.board import BoardView
    from crm_desktop.ui.funnel.deal_card import DealCard

    window.show_view("funnel")
    board = view_of(window, "funnel", BoardView)
    settle(app, context)
    deals = [column.list.item(i).data(Qt.ItemDataRole.UserRole) for column in board.columns.values()
             for i in range(column.list.count())]
    deals = [d for d in deals if isinstance(d, str)]
    if not deals:
        return
    with_items = next((d for d in deals if context.crm.deal_items.of_deal(d)), deals[0])
    card = DealCard(context, with_items, window)
    card.open_after = False
    card.show()
    settle(app, context, 600)
    card.tabs.setCurrentIndex(1)  # the goods and services: the items and their total
    settle(app, context)
    shot(card, out / "deal_card.png")
    card.close()


if __name__ == "__main__":
    main()
