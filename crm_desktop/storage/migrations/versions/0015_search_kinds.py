"""search kinds: the full-text indexes hold the record's kind as a column

A search of one kind (the clients list of companies, of people) becomes one MATCH with the
kind in it, instead of every hit of every kind joined to search_docs and dropped. The
indexes are made again from search_docs (about half a minute on 400,000 records), and the
names' vocabulary is read by column so the kinds are not taken for words of names.

Revision ID: 0015_search_kinds
Revises: 0013_marketing_speed
"""

from __future__ import annotations

from alembic import op

from crm_desktop.storage.search_schema import FTS_STATEMENTS

revision = '0015_search_kinds'
down_revision = '0013_marketing_speed'
branch_labels = None
depends_on = None

VOCABULARY = "CREATE VIRTUAL TABLE search_names_vocab USING fts5vocab(search_names, col)"


# Before: the same indexes without the kind (as migration 0001 and 0007 left them).
OLD_STATEMENTS = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(search_text, content='search_docs', "
    "content_rowid='docid', tokenize='trigram')",
    "CREATE VIRTUAL TABLE search_names USING fts5(name_key, content='search_docs', "
    "content_rowid='docid', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN "
    "INSERT INTO search_fts(rowid, search_text) VALUES (new.docid, new.search_text); "
    "INSERT INTO search_names(rowid, name_key) VALUES (new.docid, new.name_key); END",
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
    "CREATE VIRTUAL TABLE search_names_vocab USING fts5vocab(search_names, row)",
]


def _remake(statements: list[str]) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for trigger in ("search_docs_ai", "search_docs_ad", "search_docs_au"):
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    for table in ("search_names_vocab", "search_fts", "search_names"):
        bind.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
    for statement in statements:
        bind.exec_driver_sql(statement)
    bind.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    bind.exec_driver_sql("INSERT INTO search_names(search_names) VALUES ('rebuild')")


def upgrade() -> None:
    _remake([*FTS_STATEMENTS, VOCABULARY])  # the tables with their kind column, triggers


def downgrade() -> None:
    _remake(OLD_STATEMENTS)
