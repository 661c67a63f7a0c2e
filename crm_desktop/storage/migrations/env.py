"""Alembic environment: runs on the connection handed over by storage.database.upgrade."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from crm_desktop.storage import schema  # noqa: F401  (every model module)
from crm_desktop.storage.models import Base
from crm_desktop.storage.search_schema import include_object

config = context.config
target_metadata = Base.metadata

def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        url = config.get_main_option("sqlalchemy.url")
        if url is None:  # neither handed a connection nor given a URL: nothing to migrate
            raise RuntimeError("alembic: no connection and no sqlalchemy.url")
        engine = create_engine(url)
        with engine.begin() as conn:
            _run_with(conn)
        return
    _run_with(connection)


def _run_with(connection: Connection) -> None:
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
