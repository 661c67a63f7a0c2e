"""How a person's name is displayed, in Python and in SQL, and a user's text as an FTS5
phrase: plain helpers for hand-written queries, without SQLAlchemy or the models (the
clients list reads its first screen with them before the ORM is loaded).
storage.searchable re-exports them."""

from __future__ import annotations


def person_name(first: str | None, middle: str | None, last: str | None) -> str:
    """How a person is displayed everywhere: "Last First Middle"."""
    return " ".join(p for p in (last, first, middle) if p)


def person_name_sql(alias: str = "") -> str:
    """The same display name in SQL, for queries that build lists without loading rows."""
    p = f"{alias}." if alias else ""
    return (f"trim(coalesce({p}last_name, '') || ' ' || coalesce({p}first_name, '') || ' ' || "
            f"coalesce({p}middle_name, ''))")


def fts_phrase(term: str) -> str:
    """A user's text as one FTS5 phrase, so its quotes and operators are only text."""
    return '"' + term.replace('"', '""') + '"'
