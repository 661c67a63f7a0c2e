"""The server side, generated from the local models: typed business tables in schema `crm`,
sync bookkeeping and the functions laptops call in schema `crm_sync`.

Tables. Each business table has the local columns with real PostgreSQL types, foreign keys
and NOT NULL, and four bookkeeping columns: `sync_seq` (the feed position of the row's latest
change), `sync_origin` (the device whose copy equals the row, which need not pull it back),
`sync_created` and `sync_changes` ("seq|stamp" of the insert and of each field changed since:
the per-field versions of the merge). A row written by psql, a web form or a report tool gets
the same bookkeeping from triggers, so it reaches every laptop; a deleted row is logged.

Feed. Every writer takes the one counter row (FOR UPDATE) before numbering its changes and
holds it until commit, so positions become visible in commit order: a reader that has seen
position N can never later find a smaller one. The feed is the rows themselves, by
`sync_seq`: a page is whole rows, and a row changed twice is sent once.

Merge, per field: the client sends the row's base version (as it saw the row when it changed
it). A field whose server version is not newer than the base takes the new value; otherwise,
with a different value, it is a true conflict: the later stamp (clock, counter, device) wins
and the losing value is kept in crm_sync.conflicts, which every laptop receives. Stamps are
clamped to five minutes past the server's clock. updated_at is bookkeeping (later wins, no
conflict); two deletes are no conflict.

Push is idempotent and fork-proof: each accepted push gives the device a new token. The
retry of a batch whose answer was lost presents the previous token with the same outbox
range and digest and gets the stored answer; any other stale token is a fork (a restored
backup, a copied file): the laptop registers as a new device and sends its changes again.

The parts: server_tables (tables, bookkeeping, triggers), server_merge (per-table merge),
server_push, server_pull (feed, snapshot, compaction), server_visibility and server_office;
this module puts them together in install and upgrade order, with the grants.
"""

from __future__ import annotations

from crm_desktop.sync.server_merge import apply_function_sql
from crm_desktop.sync.server_office import OFFICE_FUNCTIONS, OFFICE_SQL
from crm_desktop.sync.server_pull import COMPACT_FUNCTION, pull_function_sql
from crm_desktop.sync.server_push import fix_merges_sql, push_function_sql
from crm_desktop.sync.server_tables import (
    BOOKKEEPING,
    COMMON_FUNCTIONS,
    NOTIFY_FUNCTION,
    PATH,
    add_missing_columns_ddl,
    foreign_keys_ddl,
    meta_sql,
    table_ddl,
    track_trigger_sql,
)
from crm_desktop.sync.server_visibility import (
    functions_sql,
    policies_sql,
    read_grants_sql,
    visible_row_sql,
)
from crm_desktop.sync.tables import tables

__all__ = ["LEGACY_STUBS", "PATH", "PUBLIC_FUNCTIONS", "schema_sql", "security_sql"]


PUBLIC_FUNCTIONS = [
    "crm_sync.hello(int, text)", "crm_sync.position(int, text, text)",
    "crm_sync.push(int, text, text, text, text, bigint, text, jsonb)",
    "crm_sync.pull(int, text, text, text, text, bigint, int)",
    "crm_sync.snapshot(int, text, text, text, text, int)", "crm_sync.set_visibility(text)",
    *OFFICE_FUNCTIONS]


def security_sql() -> str:
    """Laptops reach the data only through the functions above, as a role of this database
    alone; nobody else may connect, create temporary tables or execute anything."""
    grants = "\n  ".join(
        f"EXECUTE format('GRANT EXECUTE ON FUNCTION {f} TO %I', r);" for f in PUBLIC_FUNCTIONS)
    return f"""
CREATE OR REPLACE FUNCTION crm_sync.client_role() RETURNS text
LANGUAGE sql STABLE {PATH} AS $$
  SELECT 'crm_client_' || left(regexp_replace(lower(current_database()), '[^a-z0-9_]', '_',
                                              'g'), 40)
$$;
DO $$
DECLARE r text := crm_sync.client_role();
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', r);
  END IF;
  EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), r);
  REVOKE ALL ON SCHEMA crm FROM PUBLIC;
  REVOKE ALL ON SCHEMA crm_sync FROM PUBLIC;
  REVOKE ALL ON ALL TABLES IN SCHEMA crm FROM PUBLIC;
  REVOKE ALL ON ALL TABLES IN SCHEMA crm_sync FROM PUBLIC;
  REVOKE ALL ON ALL FUNCTIONS IN SCHEMA crm_sync FROM PUBLIC;
  ALTER DEFAULT PRIVILEGES IN SCHEMA crm_sync REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
  EXECUTE format('GRANT USAGE ON SCHEMA crm_sync TO %I', r);
  {grants}
  {read_grants_sql()}
END $$;
"""


# What a program of the first sync version finds after the upgrade: a clear sentence.
LEGACY_STUBS = """
CREATE OR REPLACE FUNCTION public.crm_push(text, int, int, bigint, jsonb, text) RETURNS jsonb
LANGUAGE plpgsql AS $$ BEGIN
  RAISE EXCEPTION 'crm-sync: this server was upgraded to sync version 2: %',
    'update crm-desktop on this computer';
END $$;
CREATE OR REPLACE FUNCTION public.crm_pull(text, int, int, bigint, int)
RETURNS TABLE(seq bigint) LANGUAGE plpgsql AS $$ BEGIN
  RAISE EXCEPTION 'crm-sync: this server was upgraded to sync version 2: %',
    'update crm-desktop on this computer';
END $$;
"""


def schema_sql() -> str:
    parts = [BOOKKEEPING, COMMON_FUNCTIONS, NOTIFY_FUNCTION]
    parts += [table_ddl(t) for t in tables()]
    parts += [add_missing_columns_ddl(t) for t in tables()]
    parts += [foreign_keys_ddl(t) for t in tables()]
    parts += [functions_sql(PATH), visible_row_sql(PATH)]
    parts += [track_trigger_sql(t) for t in tables()]
    parts += [apply_function_sql(t) for t in tables()]
    parts += [fix_merges_sql(), push_function_sql(), pull_function_sql(), COMPACT_FUNCTION,
              OFFICE_SQL, policies_sql(PATH), meta_sql()]
    return "\n".join(parts)
