"""The clients view and cards on the large data set (issue 3):

    QT_QPA_PLATFORM=offscreen python bench/ui_clients.py [--db PATH]

Each figure is time until the rows are on screen (the worker has answered and the view has
painted), beside the bare limit from the same run: the raw SQL for the same data, and a bare
QTableView over a constant model of the same row count.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import LARGE_DB, Row, ensure_large, print_table  # noqa: E402
from PySide6.QtCore import QAbstractTableModel, QEventLoop, QModelIndex, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from crm_desktop.services.crm import Crm  # noqa: E402
from crm_desktop.ui.app import build_context, create_application  # noqa: E402
from crm_desktop.ui.clients.card import ClientCard  # noqa: E402
from crm_desktop.ui.clients.list_view import ClientsView  # noqa: E402


def until(app: QApplication, condition, timeout: float = 30.0) -> float:  # noqa: ANN001
    """Runs the event loop until condition() holds; returns the seconds it took.

    It sleeps between events, as the real event loop does: a busy loop here would hold the
    GIL and starve the database worker, measuring the benchmark instead of the product.
    """
    started = time.perf_counter()
    loop = QEventLoop()
    while not condition():
        loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if time.perf_counter() - started > timeout:
            raise TimeoutError("condition not met")
    return time.perf_counter() - started


class ConstantModel(QAbstractTableModel):
    def __init__(self, rows: int) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: ANN001, B008
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: ANN001, B008
        return 0 if parent.isValid() else 6

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        return f"r{index.row()}" if role == Qt.ItemDataRole.DisplayRole else None


def timed(fn, repeat: int = 5) -> float:  # noqa: ANN001
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=LARGE_DB)
    args = parser.parse_args()
    path = ensure_large(args.db)
    app = create_application()
    crm = Crm(path)
    context = build_context(crm)
    raw = sqlite3.connect(path)
    rows: list[Row] = []

    # Bare limits: a constant 100,000-row table, and the raw id query.
    def bare_table() -> None:
        view = QTableView()
        view.setModel(ConstantModel(100_000))
        view.resize(900, 700)
        view.show()
        app.processEvents()
        view.grab()
        view.deleteLater()

    bare_view_ms = timed(bare_table)
    bare_ids_ms = timed(lambda: raw.execute(
        "SELECT id FROM companies WHERE deleted_at IS NULL ORDER BY name_key, id").fetchall())

    def first_rows() -> ClientsView:
        view = ClientsView(context)
        view.resize(1200, 800)
        view.show()
        until(app, lambda: view.model.rowCount() > 0 and view.model.row_data(0) is not None)
        app.processEvents()
        view.grab()
        return view

    samples = []
    view = None
    for _ in range(5):
        started = time.perf_counter()
        view = first_rows()
        samples.append((time.perf_counter() - started) * 1000)
    rows.append(Row("clients view: first rows shown (100,000)", statistics.median(samples),
                    150, bare_view_ms + bare_ids_ms,
                    f"bare QTableView {bare_view_ms:.0f} ms + raw ids {bare_ids_ms:.0f} ms"))

    def search(text: str) -> float:
        view.search.setText(text)
        started = time.perf_counter()
        view._search_timer.stop()
        view._apply_filters()
        until(app, lambda: view.model.filter.search == text and context.worker.pending == 0
              and (view.model.rowCount() == 0 or view.model.row_data(0) is not None))
        app.processEvents()
        return (time.perf_counter() - started) * 1000

    queries = ["иван", "ромаш", "+7 912", "техно", "info@", "петров"]
    search_ms = statistics.median(search(q) for q in queries * 2)
    bare_search = timed(lambda: [raw.execute(
        "SELECT s.ref_id FROM search_fts f JOIN search_docs s ON s.docid = f.rowid WHERE "
        "search_fts MATCH ? LIMIT 500", (f'"{q}"',)).fetchall() for q in queries if len(q) > 2])
    rows.append(Row("search typed to results shown", search_ms, 50,
                    bare_search / len(queries), "raw FTS match"))
    view.search.clear()
    view._apply_filters()
    until(app, lambda: view.model.rowCount() > 90_000)

    def scroll(row: int) -> float:
        started = time.perf_counter()
        view.table.scrollTo(view.model.index(row, 0))
        until(app, lambda: view.model.row_data(row) is not None)
        app.processEvents()
        view.table.viewport().grab()
        return (time.perf_counter() - started) * 1000

    scroll_ms = statistics.median(scroll(r) for r in (90_000, 10_000, 50_000, 90_500, 70_000))
    bare = QTableView()
    bare.setModel(ConstantModel(100_000))
    bare.resize(900, 700)
    bare.show()
    app.processEvents()

    def bare_scroll() -> None:
        bare.scrollTo(bare.model().index(90_000, 0))
        app.processEvents()
        bare.viewport().grab()

    rows.append(Row("scroll to row 90,000 (rows shown)", scroll_ms, 16, timed(bare_scroll),
                    "bare QTableView scroll"))

    heavy = [r[0] for r in raw.execute(
        "SELECT company_id FROM interactions GROUP BY company_id HAVING count(*) >= 1000 "
        "LIMIT 3")]

    def open_card(ident: str) -> float:
        started = time.perf_counter()
        card = ClientCard(context, "company", ident)
        card.resize(700, 800)
        card.show()
        until(app, lambda: card.record is not None and card.timeline.rowCount() > 0)
        app.processEvents()
        card.grab()
        cards.append(card)
        return (time.perf_counter() - started) * 1000

    cards: list[ClientCard] = []
    card_ms = statistics.median(open_card(ident) for ident in heavy)
    bare_card = timed(lambda: [raw.execute(sql, params).fetchall() for sql, params in (
        ("SELECT * FROM companies WHERE id = ?", (heavy[0],)),
        ("SELECT * FROM contacts WHERE company_id = ?", (heavy[0],)),
        ("SELECT * FROM interactions WHERE company_id = ? ORDER BY occurred_at DESC LIMIT 50",
         (heavy[0],)),
        ("SELECT * FROM deals WHERE company_id = ?", (heavy[0],)),
        ("SELECT * FROM tasks WHERE company_id = ? AND status = 'open'", (heavy[0],)))])
    rows.append(Row("client card with 1,000 interactions shown", card_ms, 100, bare_card,
                    "raw SQL of the card's data"))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(Row("peak RSS, view + 3 cards open (MB, not ms)", rss_mb, 400, 0.0,
                    "no bare figure"))
    print_table("clients view and cards on the large data set", rows, "ui_clients.json")
    context.worker.stop()


if __name__ == "__main__":
    main()
