"""Writing an import plan: one transaction, all or nothing (or only the valid rows when
asked), with progress and cancel. New rows are inserted in bulk with their search columns
computed here: 100,000 rows through the ORM one by one take minutes. An update adds what the
file brings and removes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, insert, update
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.ids import new_id
from crm_desktop.domain.text import fold
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.exchange.import_deals import add_stages, deal_row, update_deal
from crm_desktop.services.exchange.import_plan import (
    ImportCancelled,
    ImportPlan,
    ImportReport,
    RowPlan,
    merged_values,
)
from crm_desktop.services.exchange.spreadsheet_plan import MODELS
from crm_desktop.storage.database import raw_sqlite
from crm_desktop.storage.models import Company
from crm_desktop.storage.search_schema import SOURCES, deferred_fts
from crm_desktop.storage.searchable import company_keys, contact_keys
from crm_desktop.storage.types import JSONDict, JSONList

Progress = Callable[[int, int], None]


def apply_plan(ctx: ServiceContext, plan: ImportPlan, valid_only: bool = False,
               progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """The plan written in one transaction: all or nothing, or only the valid rows when
    asked; new rows in batches of 5000, with progress and cancel."""
    errors = plan.errors
    if errors and not valid_only:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise ValidationError("file", errors[0] + more)
    report = ImportReport(unit=plan.unit)
    report.skipped = [(r.row, "; ".join(r.errors)) for r in plan.rows if r.errors] + \
        [(r.row, r.note) for r in plan.rows if not r.errors and r.action == "skip"]
    if plan.encoding:
        report.notes.append(f"read as {plan.encoding}")
    if plan.unmapped:
        report.notes.append("columns not imported: " + ", ".join(plan.unmapped))
    todo = plan.valid
    now = ctx.clock.now()
    tables = list(dict.fromkeys(["companies", MODELS[plan.kind].__tablename__]))
    with ctx.db.write() as session, \
            deferred_fts(session.connection()), \
            documents_added_after(session.connection(), tables):  # one transaction
        model = MODELS[plan.kind]
        stages = add_stages(session, todo, now) if plan.kind == "deals" else {}
        companies = _create_companies(ctx, session, todo, now, report)
        batch: list[dict[str, Any]] = []
        for done, row in enumerate(todo, start=1):
            if cancelled is not None and done % 500 == 0 and cancelled():
                raise ImportCancelled("import cancelled; nothing was written")
            values = dict(row.values)
            new_company = values.pop("company_new", None)
            if new_company:
                values["company_id"] = companies[fold(new_company)]
            if row.action == "update":
                changed = update_deal(session, row.match_id or "", values, stages, now,
                                      ctx.user_id) if plan.kind == "deals" else \
                    _update(session, plan.kind, row.match_id or "", values, now)
                report.updated += changed
                report.unchanged += not changed
            elif plan.kind == "deals":
                batch.append(deal_row(values, stages, now, ctx.user_id))
                report.created += 1
            else:
                batch.append(_new_row(ctx, plan.kind, values, now))
                report.created += 1
            if len(batch) >= 5000:
                insert_rows(session, model, batch)
                batch.clear()
            if progress is not None and (done % 1000 == 0 or done == len(todo)):
                progress(done, len(todo))
        if batch:
            insert_rows(session, model, batch)
        if cancelled is not None and cancelled():
            raise ImportCancelled("import cancelled; nothing was written")
    return report


@contextmanager
def documents_added_after(conn: Connection, tables: list[str]) -> Iterator[None]:
    """Inside deferred_fts, for a block that only inserts into `tables` (and updates rows
    that were there before): each table's trigger that adds a new row's search document is
    set aside, and so is its capture trigger while capture is off (its WHEN is false for
    every row); at the end the new rows' documents are added set-based, table by table in
    insertion order, as the triggers would number them, and the triggers made again from
    their stored SQL. SQLite runs a table's trigger programs for every row, and inserts into
    a table left without triggers need no statement journal: a third of the insert time."""
    if conn.dialect.name != "sqlite":
        yield
        return
    capturing = conn.exec_driver_sql(
        "SELECT 1 FROM sync_state WHERE key = 'capture' AND value = '1'").fetchone()
    names = [f"{t}_search_ai" for t in tables] + \
        ([] if capturing else [f"{t}_sync_ai" for t in tables])
    saved = conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
        f"({', '.join('?' for _ in names)}) ORDER BY rowid", tuple(names)).all()
    last = {t: conn.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {t}").scalar()
            for t in tables}
    for name, _sql in saved:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    dropped = {name for name, _sql in saved}
    for table in tables:
        if f"{table}_search_ai" in dropped:  # the trigger's own INSERT, for every new row
            conn.exec_driver_sql(
                f"INSERT INTO search_docs(kind, ref_id, name_key, search_text, deleted) "
                f"SELECT '{SOURCES[table]}', id, name_key, search_text, deleted_at IS NOT "
                f"NULL FROM {table} WHERE rowid > ? ORDER BY rowid", (last[table],))
    for _name, sql in saved:
        conn.exec_driver_sql(sql)


def insert_rows(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """New rows in one executemany on the session's SQLite connection, each value bound by
    its column type's own bind processor: what the ORM's bulk insert sends, without its
    per-row parameter work (a fifth of the insert). A row's values are taken in column order
    at C speed (map over the row's get) and only the columns with a bind processor (times
    and JSON, 8 of 26 for a company) visited again. Rows that would take a column default
    (the column left out or None), or another database, go through the ORM."""
    conn = session.connection()
    table = model.__table__
    if conn.dialect.name != "sqlite":
        session.execute(insert(model), rows)
        return
    dialect = conn.dialect
    keys = [c.key for c in table.columns]
    defaulted = [i for i, c in enumerate(table.columns)
                 if c.default is not None or c.server_default is not None]
    binds = [(i, _same_once(bind) if c.key in ("created_at", "updated_at") else
              _empty_once(_plain_texts(bind)) if isinstance(c.type, JSONList) else
              _empty_once(bind) if isinstance(c.type, JSONDict) else bind)
             for i, c in enumerate(table.columns)
             for bind in (c.type.dialect_impl(dialect).bind_processor(dialect),)
             if bind is not None]
    params = []
    for row in rows:
        values = list(map(row.get, keys))
        for i in defaulted:
            if values[i] is None:  # a default to fill: the ORM's way, for the whole batch
                session.execute(insert(model), rows)
                return
        for i, bind in binds:
            value = values[i]
            if value is not None:
                values[i] = bind(value)
        params.append(values)
    names = ", ".join(f'"{c.name}"' for c in table.columns)
    marks = ", ".join("?" for _ in table.columns)
    raw_sqlite(session).executemany(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})',
                                    params)


def _empty_once(bind: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A JSON column's bind processor that serialises an empty list or mapping once (most
    rows have no tags and no custom fields)."""
    empty: dict[type, Any] = {}

    def process(value: Any) -> Any:
        if value:
            return bind(value)
        kind = value.__class__
        if kind not in empty:
            empty[kind] = bind(value)
        return empty[kind]
    return process


_JSON_PLAIN = re.compile(r"[ !#-\[\]-~]*")  # printable ASCII but " and \: written as it is


def _plain_texts(bind: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A JSON list column's bind processor that writes a list of plain ASCII texts (phones
    in E.164, most emails) as json.dumps writes it, '["a", "b"]', without the encoder (a
    tenth of the insert's Python time); anything else, or a serialiser that writes such a
    list otherwise, goes through `bind`."""
    def fast(value: Any) -> Any:
        if value.__class__ is list:
            try:
                joined = "".join(value)
            except TypeError:  # not all texts
                return bind(value)
            if _JSON_PLAIN.fullmatch(joined):
                return '["' + '", "'.join(value) + '"]' if value else "[]"
        return bind(value)

    sample = ["+79123456789", "a.b@example.ru", "", "x y"]
    return fast if fast(sample) == bind(sample) and fast([]) == bind([]) else bind


def _same_once(bind: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A bind processor that reuses its last result for the same object again (every new
    row of an import carries the one `now` as its created and updated time)."""
    last: list[Any] = [object(), None]

    def process(value: Any) -> Any:
        if value is not last[0]:
            last[0], last[1] = value, bind(value)
        return last[1]
    return process


def _create_companies(ctx: ServiceContext, session: Session, todo: list[RowPlan], now: Any,
                      report: ImportReport) -> dict[str, str]:
    created: dict[str, str] = {}
    for row in todo:
        name = row.values.get("company_new")
        if name and fold(name) not in created:
            values = _new_row(ctx, "companies", {"name": name}, now)
            session.execute(insert(Company), [values])
            created[fold(name)] = values["id"]
            report.companies_created += 1
    return created


def _update(session: Session, kind: str, ident: str, values: dict[str, Any], now: Any) -> bool:
    """Adds the row to the record (Core update: search columns recomputed here)."""
    model = MODELS[kind]
    current = session.get(model, ident)
    merged = {c.key: getattr(current, c.key) for c in model.__table__.columns}
    if "custom_fields" in values:
        values["custom_fields"] = {**(merged.get("custom_fields") or {}),
                                   **values["custom_fields"]}
    changes = merged_values(merged, {k: v for k, v in values.items() if k in merged})
    if not changes:
        return False
    merged.update(changes)
    keys = company_keys if kind == "companies" else contact_keys
    changes["name_key"], changes["search_text"] = keys(merged)
    session.execute(update(model).where(model.id == ident).values(**changes,
                                                                   updated_at=now))
    return True


def _new_row(ctx: ServiceContext, kind: str, values: dict[str, Any], now: Any) -> dict[str, Any]:
    row = {"id": new_id(), "created_at": now, "updated_at": now,
           "responsible_id": ctx.user_id}
    for name in ("phones", "emails", "tags"):
        row[name] = values.get(name) or []
    row.update({k: v for k, v in values.items() if k not in row})
    if kind == "companies":
        row.setdefault("kind", "client")
        row["kind"] = row["kind"] or "client"
        row.setdefault("custom_fields", {})
        row["name_key"], row["search_text"] = company_keys(row)
    else:
        row["messengers"] = {}
        row["name_key"], row["search_text"] = contact_keys(row)
    return row
