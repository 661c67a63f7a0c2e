"""The full-text indexes over search_docs, kept by triggers.

search_fts: the trigram tokenizer over all searchable text (substring matches, phones).
search_names: the unicode61 tokenizer over the folded name (a word of the name starting with
the query, the second tier of the ranking).
Both index the record's kind as a column too, so a search of one kind (the clients list of
companies) is one MATCH (`kind : company AND ...`) instead of every hit of every kind joined
and dropped: "иван" among 100,000 companies took 33 ms with 200,000 people named alike, 2 ms
this way.

search_names_vocab: the words of search_names' names (fts5vocab by column, kept by FTS5
itself, no trigger): the vocabulary typo-tolerant search compares a mistyped word with.

Triggers (plain SQL, no custom functions) copy the folded shadow columns of companies,
contacts and deals into search_docs, and search_docs into the FTS5 index, so bulk inserts,
raw SQL and rows applied by sync are all indexed. SQLite only: PostgreSQL does not search.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

SOURCES = {"companies": "company", "contacts": "contact", "deals": "deal"}


def include_object(obj: object, name: str | None, type_: str, reflected: bool,
                   compare_to: object) -> bool:
    """For Alembic: the FTS5 tables, their shadow tables and vocabulary are made by hand, not
    from models."""
    return not (type_ == "table" and name is not None
                and any(name.startswith(t) for t in ("search_fts", "search_names")))


SEARCH_DOCS_INSERT_TRIGGER = (
    "CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN "
    "INSERT INTO search_fts(rowid, kind, search_text) "
    "VALUES (new.docid, new.kind, new.search_text); "
    "INSERT INTO search_names(rowid, kind, name_key) "
    "VALUES (new.docid, new.kind, new.name_key); END")
FTS_TABLES = ("search_fts", "search_names")
FTS_STATEMENTS = [  # the tables and the triggers that keep them (migration 0015 made these)
    "CREATE VIRTUAL TABLE search_fts USING fts5(kind, search_text, content='search_docs', "
    "content_rowid='docid', tokenize='trigram')",
    "CREATE VIRTUAL TABLE search_names USING fts5(kind, name_key, content='search_docs', "
    "content_rowid='docid', tokenize='unicode61 remove_diacritics 0')",
    SEARCH_DOCS_INSERT_TRIGGER,
    "CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, kind, search_text) "
    "VALUES ('delete', old.docid, old.kind, old.search_text); "
    "INSERT INTO search_names(search_names, rowid, kind, name_key) "
    "VALUES ('delete', old.docid, old.kind, old.name_key); END",
    "CREATE TRIGGER search_docs_au AFTER UPDATE OF search_text, name_key ON search_docs "
    "BEGIN INSERT INTO search_fts(search_fts, rowid, kind, search_text) "
    "VALUES ('delete', old.docid, old.kind, old.search_text); "
    "INSERT INTO search_fts(rowid, kind, search_text) "
    "VALUES (new.docid, new.kind, new.search_text); "
    "INSERT INTO search_names(search_names, rowid, kind, name_key) "
    "VALUES ('delete', old.docid, old.kind, old.name_key); "
    "INSERT INTO search_names(rowid, kind, name_key) "
    "VALUES (new.docid, new.kind, new.name_key); END",
]


def _statements() -> list[str]:
    sql = list(FTS_STATEMENTS)
    for table, kind in SOURCES.items():
        sql += [
            f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO search_docs(kind, ref_id, name_key, search_text, deleted) VALUES "
            f"('{kind}', new.id, new.name_key, new.search_text, new.deleted_at IS NOT NULL); END",
            f"CREATE TRIGGER {table}_search_au AFTER UPDATE OF name_key, search_text, deleted_at "
            f"ON {table} BEGIN UPDATE search_docs SET name_key = new.name_key, "
            f"search_text = new.search_text, deleted = (new.deleted_at IS NOT NULL) "
            f"WHERE ref_id = new.id; END",
            f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM search_docs WHERE ref_id = old.id; END",
        ]
    return sql


def create_search_index(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for statement in _statements():
        conn.exec_driver_sql(statement)


def drop_search_index(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for table in SOURCES:
        for suffix in ("ai", "au", "ad"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_search_{suffix}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS search_fts")
    conn.exec_driver_sql("DROP TABLE IF EXISTS search_names")


def rebuild_search_index(conn: Connection) -> None:
    """Re-derives search_docs and the FTS index from the source tables (after bulk loads)."""
    conn.exec_driver_sql("DELETE FROM search_docs")
    for table, kind in SOURCES.items():
        conn.exec_driver_sql(
            f"INSERT INTO search_docs(kind, ref_id, name_key, search_text, deleted) "
            f"SELECT '{kind}', id, name_key, search_text, deleted_at IS NOT NULL FROM {table}")
    conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    conn.exec_driver_sql("INSERT INTO search_names(search_names) VALUES ('rebuild')")


@contextmanager
def deferred_fts(conn: Connection) -> Iterator[None]:
    """Inside one write transaction: rows added to search_docs in the block reach the
    full-text indexes once, set-based, at its end, instead of row by row through
    search_docs_ai (a 100,000-row import spent three quarters of its insert time there:
    FTS5 flushes and merges its pending terms far more often when fed a row per statement).

    The trigger is dropped and made again inside the caller's transaction, so a rollback
    restores it. Only for inserts: a row both added and changed in the block would be
    deleted from the index with values it was never indexed with."""
    if conn.dialect.name != "sqlite":
        yield
        return
    last = conn.exec_driver_sql("SELECT coalesce(max(docid), 0) FROM search_docs").scalar()
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS search_docs_ai")
    yield
    conn.exec_driver_sql("INSERT INTO search_fts(rowid, kind, search_text) SELECT docid, "
                         "kind, search_text FROM search_docs WHERE docid > ?", (last,))
    conn.exec_driver_sql("INSERT INTO search_names(rowid, kind, name_key) SELECT docid, kind, "
                         "name_key FROM search_docs WHERE docid > ?", (last,))
    conn.exec_driver_sql(SEARCH_DOCS_INSERT_TRIGGER)
