"""The full-text index: FTS5 with the trigram tokenizer over search_docs, kept by triggers.

Triggers (plain SQL, no custom functions) copy the folded shadow columns of companies,
contacts and deals into search_docs, and search_docs into the FTS5 index, so bulk inserts,
raw SQL and rows applied by sync are all indexed. SQLite only: PostgreSQL does not search.
"""

from __future__ import annotations

from sqlalchemy import Connection

SOURCES = {"companies": "company", "contacts": "contact", "deals": "deal"}
FTS_PREFIX = "search_fts"


def include_object(obj: object, name: str | None, type_: str, reflected: bool,
                   compare_to: object) -> bool:
    """For Alembic: the FTS5 table and its shadow tables are made by hand, not from models."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_PREFIX))


SEARCH_DOCS_INSERT_TRIGGER = (
    "CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN "
    "INSERT INTO search_fts(rowid, search_text) VALUES (new.docid, new.search_text); END")


def _statements() -> list[str]:
    sql = [
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "search_text, content='search_docs', content_rowid='docid', tokenize='trigram')",
        SEARCH_DOCS_INSERT_TRIGGER,
        "CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN "
        "INSERT INTO search_fts(search_fts, rowid, search_text) "
        "VALUES ('delete', old.docid, old.search_text); END",
        "CREATE TRIGGER search_docs_au AFTER UPDATE OF search_text ON search_docs BEGIN "
        "INSERT INTO search_fts(search_fts, rowid, search_text) "
        "VALUES ('delete', old.docid, old.search_text); "
        "INSERT INTO search_fts(rowid, search_text) VALUES (new.docid, new.search_text); END",
    ]
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


def rebuild_search_index(conn: Connection) -> None:
    """Re-derives search_docs and the FTS index from the source tables (after bulk loads)."""
    conn.exec_driver_sql("DELETE FROM search_docs")
    for table, kind in SOURCES.items():
        conn.exec_driver_sql(
            f"INSERT INTO search_docs(kind, ref_id, name_key, search_text, deleted) "
            f"SELECT '{kind}', id, name_key, search_text, deleted_at IS NOT NULL FROM {table}")
    conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
