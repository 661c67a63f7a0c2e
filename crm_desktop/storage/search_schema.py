"""The full-text indexes over search_docs, kept by triggers.

search_fts: the trigram tokenizer over all searchable text (substring matches, phones).
search_names: the unicode61 tokenizer over the folded name (a word of the name starting with
the query, the second tier of the ranking).

search_names_words: every distinct word of the folded names with the number of names that
hold it: the vocabulary that typo-tolerant search compares a mistyped word against (a few
thousand words where the names are a few hundred thousand).

Triggers (plain SQL, no custom functions) copy the folded shadow columns of companies,
contacts and deals into search_docs, and search_docs into the FTS5 index and the word list,
so bulk inserts, raw SQL and rows applied by sync are all indexed. SQLite only: PostgreSQL
does not search.
"""

from __future__ import annotations

from sqlalchemy import Connection

SOURCES = {"companies": "company", "contacts": "contact", "deals": "deal"}


def include_object(obj: object, name: str | None, type_: str, reflected: bool,
                   compare_to: object) -> bool:
    """For Alembic: the FTS5 tables, their shadow tables and the word list are made by hand,
    not from models."""
    return not (type_ == "table" and name is not None
                and any(name.startswith(t) for t in ("search_fts", "search_names")))


SEARCH_DOCS_INSERT_TRIGGER = (
    "CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN "
    "INSERT INTO search_fts(rowid, search_text) VALUES (new.docid, new.search_text); "
    "INSERT INTO search_names(rowid, name_key) VALUES (new.docid, new.name_key); END")
FTS_TABLES = ("search_fts", "search_names")


def _statements() -> list[str]:
    sql = [
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "search_text, content='search_docs', content_rowid='docid', tokenize='trigram')",
        "CREATE VIRTUAL TABLE search_names USING fts5(name_key, content='search_docs', "
        "content_rowid='docid', tokenize='unicode61 remove_diacritics 0')",
        SEARCH_DOCS_INSERT_TRIGGER,
        "CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN "
        "INSERT INTO search_fts(search_fts, rowid, search_text) "
        "VALUES ('delete', old.docid, old.search_text); "
        "INSERT INTO search_names(search_names, rowid, name_key) "
        "VALUES ('delete', old.docid, old.name_key); END",
        "CREATE TRIGGER search_docs_au AFTER UPDATE OF search_text, name_key ON search_docs "
        "BEGIN INSERT INTO search_fts(search_fts, rowid, search_text) "
        "VALUES ('delete', old.docid, old.search_text); "
        "INSERT INTO search_fts(rowid, search_text) VALUES (new.docid, new.search_text); "
        "INSERT INTO search_names(search_names, rowid, name_key) "
        "VALUES ('delete', old.docid, old.name_key); "
        "INSERT INTO search_names(rowid, name_key) VALUES (new.docid, new.name_key); END",
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


# Characters the unicode61 tokenizer treats as separators and names often hold.
_SEPARATORS = "«»\"().,;:!?/&+-_"


def _cleaned(expr: str) -> str:
    for char in _SEPARATORS:
        expr = f"replace({expr}, '{char}', ' ')"
    return expr


def words_of(expr: str) -> str:
    """SQL: the distinct words of a folded name (an SQL expression), one row each."""
    return ("SELECT DISTINCT word FROM (WITH RECURSIVE split(word, rest) AS ("
            f"SELECT '', {_cleaned(expr)} || ' ' UNION ALL "
            "SELECT substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1) "
            "FROM split WHERE rest != '') SELECT word FROM split) WHERE word != ''")


def _add_words(expr: str) -> str:
    return (f"INSERT INTO search_names_words(word, docs) SELECT word, 1 FROM ({words_of(expr)}) "
            "WHERE true ON CONFLICT(word) DO UPDATE SET docs = docs + 1;")


def _remove_words(expr: str) -> str:
    return (f"UPDATE search_names_words SET docs = docs - 1 WHERE word IN ({words_of(expr)}); "
            "DELETE FROM search_names_words WHERE docs <= 0;")


def word_list_statements() -> list[str]:
    """The word list, its triggers on search_docs, and its contents from the present docs."""
    return [
        "CREATE TABLE search_names_words (word TEXT PRIMARY KEY, docs INTEGER NOT NULL) "
        "WITHOUT ROWID",
        f"CREATE TRIGGER search_words_ai AFTER INSERT ON search_docs BEGIN "
        f"{_add_words('new.name_key')} END",
        f"CREATE TRIGGER search_words_ad AFTER DELETE ON search_docs BEGIN "
        f"{_remove_words('old.name_key')} END",
        f"CREATE TRIGGER search_words_au AFTER UPDATE OF name_key ON search_docs "
        f"WHEN old.name_key IS NOT new.name_key BEGIN "
        f"{_remove_words('old.name_key')} {_add_words('new.name_key')} END",
        "WITH RECURSIVE split(docid, word, rest) AS ("
        f"SELECT docid, '', {_cleaned('name_key')} || ' ' FROM search_docs UNION ALL "
        "SELECT docid, substr(rest, 1, instr(rest, ' ') - 1), "
        "substr(rest, instr(rest, ' ') + 1) FROM split WHERE rest != '') "
        "INSERT INTO search_names_words(word, docs) "
        "SELECT word, count(DISTINCT docid) FROM split WHERE word != '' GROUP BY word",
    ]
