"""The whole demo load: one transaction on the ordinary WAL journal, in reference order."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from crm_desktop.services.demo.activity import ActivityRows
from crm_desktop.services.demo.clients import ClientRows
from crm_desktop.storage.bulk_load import derived_rebuilt_at_end
from crm_desktop.storage.search_schema import SEARCH_DOCS_INSERT_TRIGGER


class DemoBuilder(ClientRows, ActivityRows):
    def run(self) -> None:
        # One transaction on the ordinary WAL journal: a kill or a full disk part-way rolls
        # the whole demo back and leaves whatever the file held before intact (journaling is
        # never switched off on a user's file). The full-text index (and for the large set
        # the deal statistics) is built once at the end instead of row by row. The WAL then
        # holds every page once: fold it back and shrink it.
        self._load()
        raw = self.crm.db.writer.raw_connection()  # outside a transaction
        try:
            driver = raw.driver_connection
            assert driver is not None  # a checked-out connection holds the driver's
            driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
        if self.crm.users.current() is None:
            self.crm.users.set_current(self.first_user)

    def _load(self) -> None:
        with self.crm.db.writer.begin() as conn:
            derived = derived_rebuilt_at_end if self.bulk else self._search_indexed_at_end
            with derived(conn):
                self._rows(conn)
                self.progress("search index", 0, 1)
            self.progress("search index", 1, 1)
            conn.exec_driver_sql("ANALYZE")

    @staticmethod
    @contextmanager
    def _search_indexed_at_end(conn: Connection) -> Iterator[None]:
        """The small set: every trigger row by row but the full-text one; the index is built
        once at the end (the documents are all new)."""
        conn.exec_driver_sql("DROP TRIGGER search_docs_ai")
        yield
        conn.exec_driver_sql(SEARCH_DOCS_INSERT_TRIGGER)
        conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
        conn.exec_driver_sql("INSERT INTO search_names(search_names) VALUES ('rebuild')")

    def _rows(self, conn: Connection) -> None:
        users = self.users(conn)
        self.first_user = users[0][0]
        pipelines = self.pipelines(conn)
        companies = self.companies(conn, users)
        contacts = self.contacts(conn, users, companies)
        deals = self.deals(conn, users, companies, contacts, pipelines)
        self.interactions(conn, users, companies, contacts, deals)
        self.tasks(conn, users, companies, contacts, deals)
        self.products(conn, deals)
