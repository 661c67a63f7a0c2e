"""Alembic environment: runs on the connection handed over by storage.database.upgrade."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from crm_desktop.storage import schema  # noqa: F401  (every model module)
from crm_desktop.storage.models import Base

config = context.config
target_metadata = Base.metadata

FTS_PREFIX = "search_fts"


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001
    """The FTS5 virtual table and its shadow tables are made by hand in the migration."""
    return not (type_ == "table" and name and name.startswith(FTS_PREFIX))


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        url = config.get_main_option("sqlalchemy.url")
        engine = create_engine(url)
        with engine.begin() as conn:
            _run_with(conn)
        return
    _run_with(connection)


def _run_with(connection) -> None:  # noqa: ANN001
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
