"""Renders the marketing screens offscreen at 1366×768 from the small demo data (for people
to look at; not a test):

    QT_QPA_PLATFORM=offscreen python -m tests.marketing.shots /tmp/marketing
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop.ui.context import AppContext

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from crm_desktop.domain.clock import FixedClock
from crm_desktop.services.crm import Crm
from crm_desktop.services.demo import generate
from crm_desktop.ui import settings
from crm_desktop.ui.app import (
    build_context,
    create_application,
    install_translator,
    make_main_window,
)
from crm_desktop.ui.screenshots import NOW, settle, shot

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from crm_desktop.ui.main_window import MainWindow


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, nargs="?", default=Path("/tmp/marketing"))
    parser.add_argument("--language", default="ru", choices=["ru", "en"])
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    settings.put(settings.LANGUAGE, args.language)
    install_translator(app)
    with tempfile.TemporaryDirectory() as tmp:
        crm = Crm(Path(tmp) / "demo.db", clock=FixedClock(NOW))
        crm.ctx.language = args.language
        generate(crm, "small", language=args.language)
        prepare(crm)
        current = crm.users.current()
        crm.ctx.user_id = current.id if current else None
        context = build_context(crm)
        window = make_main_window(context)
        window.resize(1366, 768)
        window.show()
        settle(app, context)
        window.show_view("marketing")
        view = window.views["marketing"]
        settle(app, context, 800)
        view.tabs.setCurrentWidget(view.classes)
        settle(app, context, 800)
        view.classes.table.setCurrentIndex(view.classes.model.index(0, 0))
        settle(app, context, 500)
        shot(window, args.out / "abc_xyz.png")
        view.classes.edit_settings()
        settle(app, context)
        shot(view.classes.dialog, args.out / "abc_xyz_thresholds.png")
        view.classes.dialog.close()
        for index in range(view.tabs.count()):
            if view.tabs.widget(index) is view.classes:
                continue
            view.tabs.setCurrentIndex(index)
            settle(app, context, 800)
            name = view.tabs.widget(index).objectName() or f"tab{index}"
            shot(window, args.out / f"{name}.png")
            extra = getattr(view.tabs.widget(index), "screenshots", None)
            if extra:
                for suffix, widget in extra():
                    settle(app, context, 500)
                    shot(widget, args.out / f"{name}_{suffix}.png")
        clients = window.views["clients"]
        window.show_view("clients")
        settle(app, context)
        heavy = crm.client_list.ids(clients.model.filter)[3]
        clients.open_card("company", heavy)
        settle(app, context)
        card = clients.cards.currentWidget() if hasattr(clients, "cards") else None
        tabs = getattr(card, "tabs", None)
        if tabs is not None:
            for i in range(tabs.count()):
                if tabs.tabText(i) in ("Маркетинг", "Marketing"):
                    tabs.setCurrentIndex(i)
            settle(app, context)
        shot(window, args.out / "card_marketing.png")
        hooks(app, context, window, args.out)
        from crm_desktop.ui.worker import DbWorker

        DbWorker.stop_all()
        crm.close()


def hooks(app: QApplication, context: AppContext, window: MainWindow, out: Path) -> None:
    """The clients list filtered by a saved segment (with its class column), the segment
    dialog's added rows, a call list from a file, the softphone preference and the two
    incoming-call notices."""
    from crm_desktop.services.marketing import marketing
    from crm_desktop.ui.marketing.segment_dialog import SegmentDialog
    from crm_desktop.ui.preferences import PreferencesDialog
    from crm_desktop.ui.telephony.incoming import IncomingCalls

    crm = context.crm
    clients = window.views["clients"]
    clients._close_tab(clients.cards.currentIndex())
    segments = marketing(crm).segments.list()
    if segments:
        clients.saved_segment.setCurrentIndex(clients.saved_segment.findData(segments[0].id))
    settle(app, context, 800)
    shot(window, out / "clients_by_segment.png")
    dialog = SegmentDialog(context, segments[0] if segments else None, window)
    dialog.show()
    settle(app, context, 500)
    shot(dialog, out / "segment_dialog_rows.png")
    dialog.close()
    prefs = PreferencesDialog(window)
    prefs.show()
    settle(app, context, 300)
    shot(prefs, out / "preferences_softphone.png")
    prefs.close()
    calls = IncomingCalls(context, window)
    person = crm.contacts.list(limit=5)[0]
    number = person.phones[0] if person.phones else "+79120000000"
    calls.take(number)
    settle(app, context, 800)
    shot(calls.notice, out / "incoming_known.png")
    calls.take("+7 999 000-11-22")
    settle(app, context, 800)
    shot(calls.notice, out / "incoming_unknown.png")
    calls.notice.close()


def prepare(crm: Crm) -> None:
    """Campaigns and segments for the screens, when those features exist."""
    try:
        from tests.marketing.sample import fill
    except ImportError:
        return
    fill(crm)


if __name__ == "__main__":
    main()
