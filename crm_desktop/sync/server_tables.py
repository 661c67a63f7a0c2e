"""The server's tables and triggers, generated from the local models: typed business tables
in schema `crm`, the sync bookkeeping in `crm_sync`, and the triggers that give rows written
by other tools (psql, a web form, a report) the same bookkeeping, so they reach every laptop.

Each business table has the local columns with real PostgreSQL types, foreign keys and
NOT NULL, and four bookkeeping columns: `sync_seq` (the feed position of the row's latest
change), `sync_origin` (the device whose copy equals the row, which need not pull it back),
`sync_created` and `sync_changes` ("seq|stamp" of the insert and of each field changed since:
the per-field versions of the merge). A deleted row is logged.
"""

from __future__ import annotations

from crm_desktop.sync import PROTOCOL_VERSION, SERVER_SCHEMA_VERSION
from crm_desktop.sync.tables import Table, fingerprint

HIDDEN = ["sync_seq", "sync_origin", "sync_created", "sync_changes"]
# Every function pins its search path (temporary objects last, so none can shadow ours); JIT
# compilation costs more than these short set-based statements ever take.
PATH = "SET search_path = crm_sync, crm, pg_catalog, pg_temp SET jit = off"
LOCK_KEY = 7031965


def quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# -- tables ---------------------------------------------------------------------------------

def table_ddl(t: Table) -> str:
    lines = []
    for c in t.columns:
        line = f"{c.name} {c.pg_type}"
        if c.name == "id":
            line += " PRIMARY KEY"
        elif not c.nullable:
            line += " NOT NULL"
        if c.default_sql:
            line += f" DEFAULT {c.default_sql}"
        lines.append(line)
    lines += ["sync_seq bigint NOT NULL DEFAULT 0", "sync_origin text", "sync_created text",
              "sync_changes jsonb NOT NULL DEFAULT '{}'"]
    body = ",\n  ".join(lines)
    sql = [f"CREATE TABLE IF NOT EXISTS crm.{t.name} (\n  {body});",
           f"CREATE INDEX IF NOT EXISTS {t.name}_sync_seq ON crm.{t.name} (sync_seq);"]
    if t.name in ("companies", "contacts"):
        # Looked up for every new client (duplicates): no pending list to scan each time.
        for column in ("phones", "emails"):
            sql += [f"CREATE INDEX IF NOT EXISTS {t.name}_{column} ON crm.{t.name} USING gin "
                    f"({column}) WITH (fastupdate = off);",
                    f"ALTER INDEX crm.{t.name}_{column} SET (fastupdate = off);"]
    if t.column("tax_id"):
        sql.append(f"CREATE INDEX IF NOT EXISTS {t.name}_tax_id ON crm.{t.name} (tax_id);")
    if t.column("merged_into_id"):
        sql.append(f"CREATE INDEX IF NOT EXISTS {t.name}_merged ON crm.{t.name} "
                   f"(merged_into_id) WHERE merged_into_id IS NOT NULL;")
    return "\n".join(sql)


def foreign_keys_ddl(t: Table) -> str:
    sql = []
    for c in t.references:
        name = f"{t.name}_{c.name}_fkey"
        sql.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = "
            f"{quoted(name)}) THEN ALTER TABLE crm.{t.name} ADD CONSTRAINT {name} FOREIGN KEY "
            f"({c.name}) REFERENCES crm.{c.references}(id); END IF; END $$;")
        sql.append(f"CREATE INDEX IF NOT EXISTS {t.name}_{c.name}_ref "
                   f"ON crm.{t.name} ({c.name});")
    return "\n".join(sql)


def add_missing_columns_ddl(t: Table) -> str:
    """A newer program adds columns: an older server gets them in place."""
    parts = []
    for c in t.columns:
        default = f" DEFAULT {c.default_sql}" if c.default_sql else ""
        parts.append(f"ALTER TABLE crm.{t.name} ADD COLUMN IF NOT EXISTS {c.name} "
                     f"{c.pg_type}{default};")
    return "\n".join(parts)


BOOKKEEPING = """
CREATE SCHEMA IF NOT EXISTS crm;
CREATE SCHEMA IF NOT EXISTS crm_sync;
CREATE TABLE IF NOT EXISTS crm_sync.meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS crm_sync.counter (
    id int PRIMARY KEY CHECK (id = 1), last_seq bigint NOT NULL);
INSERT INTO crm_sync.counter VALUES (1, 0) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS crm_sync.devices (
    device text PRIMARY KEY, login text NOT NULL, token text, prev_token text,
    last_outbox bigint NOT NULL DEFAULT 0, last_digest text, last_answer jsonb,
    registered_at timestamptz NOT NULL DEFAULT now(), last_seen timestamptz);
CREATE TABLE IF NOT EXISTS crm_sync.conflicts (
    id text PRIMARY KEY DEFAULT gen_random_uuid()::text, seq bigint NOT NULL,
    kind text NOT NULL, tbl text NOT NULL, row_id text NOT NULL, field text NOT NULL,
    kept_value jsonb, lost_value jsonb, kept_stamp text, lost_stamp text,
    lost_login text, created_at timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz, resolved_by text);
CREATE INDEX IF NOT EXISTS conflicts_seq ON crm_sync.conflicts (seq);
CREATE INDEX IF NOT EXISTS conflicts_row ON crm_sync.conflicts (tbl, row_id);
CREATE TABLE IF NOT EXISTS crm_sync.deleted (
    seq bigint PRIMARY KEY, tbl text NOT NULL, row_id text NOT NULL, row jsonb,
    deleted_at timestamptz NOT NULL DEFAULT now(), login text);
CREATE INDEX IF NOT EXISTS deleted_row ON crm_sync.deleted (tbl, row_id);
CREATE TABLE IF NOT EXISTS crm_sync.logins (
    login text PRIMARY KEY, user_id text, role text NOT NULL
      CHECK (role IN ('owner', 'head', 'manager')),
    disabled boolean NOT NULL DEFAULT false, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS crm_sync.audit (
    id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), login text NOT NULL,
    device text, tbl text NOT NULL, row_id text NOT NULL, field text NOT NULL,
    old_value jsonb, new_value jsonb);
CREATE INDEX IF NOT EXISTS audit_row ON crm_sync.audit (tbl, row_id, at);
CREATE TABLE IF NOT EXISTS crm_sync.unconverted (
    tbl text, row_id text, data jsonb, reason text, PRIMARY KEY (tbl, row_id));
INSERT INTO crm_sync.meta VALUES ('server_id', gen_random_uuid()::text)
    ON CONFLICT (key) DO NOTHING;
INSERT INTO crm_sync.meta VALUES ('floor', '0') ON CONFLICT (key) DO NOTHING;
"""


def meta_sql() -> str:
    return (f"INSERT INTO crm_sync.meta VALUES ('schema_version', '{SERVER_SCHEMA_VERSION}') "
            f"ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;\n"
            f"INSERT INTO crm_sync.meta VALUES ('protocol', '{PROTOCOL_VERSION}') "
            f"ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;\n"
            f"INSERT INTO crm_sync.meta VALUES ('fingerprint', '{fingerprint()}') "
            f"ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;")


# -- shared functions -----------------------------------------------------------------------

COMMON_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION crm_sync.check_call(p_protocol int, p_fingerprint text,
                                               p_server text) RETURNS void
LANGUAGE plpgsql STABLE {PATH} AS $$
DECLARE mine text; schema_v int;
BEGIN
  schema_v := (SELECT value::int FROM meta WHERE key = 'schema_version');
  IF p_protocol > {PROTOCOL_VERSION} THEN
    RAISE EXCEPTION 'crm-sync: the server speaks sync protocol {PROTOCOL_VERSION}, this program '
      '%; run ''crm-desktop server init'' with the newer program', p_protocol;
  ELSIF p_protocol < {PROTOCOL_VERSION} THEN
    RAISE EXCEPTION 'crm-sync: this program speaks sync protocol %, the server %: update '
      'crm-desktop on this computer', p_protocol, {PROTOCOL_VERSION};
  END IF;
  mine := (SELECT value FROM meta WHERE key = 'fingerprint');
  IF p_fingerprint IS DISTINCT FROM mine THEN
    RAISE EXCEPTION 'crm-sync: the server''s tables (%) differ from this program''s (%): '
      'update crm-desktop everywhere, then run ''crm-desktop server init'' with it',
      mine, p_fingerprint;
  END IF;
  IF p_server IS NOT NULL AND p_server <> (SELECT value FROM meta WHERE key = 'server_id') THEN
    RAISE EXCEPTION 'crm-sync: another server';
  END IF;
END $$;

-- Who is calling, from the database login alone (never from what the client says): the
-- administrator who ran server init (a superuser or the database's owner) is an owner.
CREATE OR REPLACE FUNCTION crm_sync.caller() RETURNS crm_sync.logins
LANGUAGE plpgsql STABLE {PATH} AS $$
DECLARE me logins;
BEGIN
  SELECT * INTO me FROM logins WHERE login = session_user::text;
  IF FOUND THEN
    IF me.disabled THEN
      RAISE EXCEPTION 'crm-sync-denied: the login % is disabled: ask the office''s owner',
        session_user;
    END IF;
    RETURN me;
  END IF;
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
     OR pg_has_role(session_user, (SELECT datdba FROM pg_database
                                   WHERE datname = current_database()), 'USAGE') THEN
    RETURN ROW(session_user::text, NULL, 'owner', false, now())::logins;
  END IF;
  RAISE EXCEPTION 'crm-sync-denied: the login % is not a crm-desktop user of this server',
    session_user;
END $$;

-- May this person write a record that `responsible` is responsible for? Their own; a head
-- also their team's; the owner everything.
CREATE OR REPLACE FUNCTION crm_sync.may_act_for(p_role text, p_user text, responsible text)
RETURNS boolean LANGUAGE sql STABLE {PATH} AS $$
  SELECT p_role = 'owner' OR responsible = p_user
         OR (p_role = 'head' AND EXISTS (SELECT 1 FROM crm.users u
                                         WHERE u.id = responsible AND u.head_id = p_user))
$$;

CREATE OR REPLACE FUNCTION crm_sync.now_stamp() RETURNS text
LANGUAGE sql VOLATILE {PATH} AS $$
  SELECT lpad(((extract(epoch FROM clock_timestamp()) * 1000)::bigint)::text, 15, '0')
         || '-000000-server'
$$;

-- Who is calling and where the feed stands: the first call of every sync.
CREATE OR REPLACE FUNCTION crm_sync.hello(p_protocol int, p_fingerprint text)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER {PATH} AS $$
DECLARE me logins;
BEGIN
  PERFORM check_call(p_protocol, p_fingerprint, NULL);
  me := caller();
  RETURN jsonb_build_object(
    'user_id', me.user_id, 'role', me.role,
    'server_id', (SELECT value FROM meta WHERE key = 'server_id'),
    'floor', (SELECT value::bigint FROM meta WHERE key = 'floor'),
    'position', (SELECT last_seq FROM counter),
    'login', session_user::text, 'scope', scope(me));
END $$;

-- The feed position a snapshot belongs to: call it first in a REPEATABLE READ transaction.
CREATE OR REPLACE FUNCTION crm_sync.position(p_protocol int, p_fingerprint text, p_server text)
RETURNS bigint LANGUAGE plpgsql STABLE SECURITY DEFINER {PATH} AS $$
BEGIN
  PERFORM check_call(p_protocol, p_fingerprint, p_server);
  PERFORM caller();
  RETURN (SELECT last_seq FROM counter);
END $$;
"""


def hidden_strip() -> str:
    return "ARRAY[" + ", ".join(quoted(h) for h in HIDDEN) + "]"


# Checked by the trigger's WHEN, not inside it: a push writes thousands of rows, and calling a
# SECURITY DEFINER function per row only to return at once cost a quarter of its inserts.
NOT_APPLYING = "current_setting('crm_sync.applying', true) IS DISTINCT FROM 'on'"


def track_trigger_sql(t: Table) -> str:
    """Writes made on the server by other tools get versions and reach every laptop."""
    checks = "\n    ".join(
        f"IF NEW.{c.name} IS DISTINCT FROM OLD.{c.name} THEN ch := ch || "
        f"jsonb_build_object({quoted(c.name)}, st); END IF;"
        for c in t.columns if c.name != "id")
    return f"""
CREATE OR REPLACE FUNCTION crm_sync.track_{t.name}() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
DECLARE n bigint; st text; ch jsonb := '{{}}';
BEGIN
  IF current_setting('crm_sync.applying', true) = 'on' THEN RETURN NEW; END IF;
  IF TG_OP = 'UPDATE' THEN
    st := '';
    {checks}
    IF ch = '{{}}' THEN RETURN NEW; END IF;
    IF NOT ch ? 'updated_at' THEN
      NEW.updated_at := now();
      ch := ch || jsonb_build_object('updated_at', st);
    END IF;
  END IF;
  UPDATE counter SET last_seq = last_seq + 1 WHERE id = 1 RETURNING last_seq INTO n;
  st := n || '|' || now_stamp();
  NEW.sync_seq := n;
  NEW.sync_origin := NULL;
  IF TG_OP = 'INSERT' THEN
    NEW.sync_created := st;
    NEW.sync_changes := '{{}}';
    INSERT INTO audit(login, device, tbl, row_id, field)
      VALUES (session_user, 'server', {quoted(t.name)}, NEW.id, '*');
  ELSE
    INSERT INTO audit(login, device, tbl, row_id, field, old_value, new_value)
      SELECT session_user, 'server', {quoted(t.name)}, NEW.id, key, to_jsonb(OLD) -> key,
             to_jsonb(NEW) -> key
      FROM jsonb_object_keys(ch) AS key;
    SELECT jsonb_object_agg(key, st) INTO ch FROM jsonb_object_keys(ch) AS key;
    NEW.sync_changes := OLD.sync_changes || ch;
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION crm_sync.track_{t.name}_delete() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
DECLARE n bigint;
BEGIN
  IF current_setting('crm_sync.applying', true) = 'on' THEN RETURN OLD; END IF;
  UPDATE counter SET last_seq = last_seq + 1 WHERE id = 1 RETURNING last_seq INTO n;
  INSERT INTO deleted(seq, tbl, row_id, row, login)
    VALUES (n, {quoted(t.name)}, OLD.id, to_jsonb(OLD) - {hidden_strip()}, session_user);
  INSERT INTO audit(login, device, tbl, row_id, field, old_value)
    VALUES (session_user, 'server', {quoted(t.name)}, OLD.id, '*',
            to_jsonb(OLD) - {hidden_strip()});
  RETURN OLD;
END $$;

DROP TRIGGER IF EXISTS track ON crm.{t.name};
CREATE TRIGGER track BEFORE INSERT OR UPDATE ON crm.{t.name} FOR EACH ROW
  WHEN ({NOT_APPLYING}) EXECUTE FUNCTION crm_sync.track_{t.name}();
DROP TRIGGER IF EXISTS track_delete ON crm.{t.name};
CREATE TRIGGER track_delete AFTER DELETE ON crm.{t.name} FOR EACH ROW
  WHEN ({NOT_APPLYING}) EXECUTE FUNCTION crm_sync.track_{t.name}_delete();
DROP TRIGGER IF EXISTS notify ON crm.{t.name};
CREATE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON crm.{t.name}
  FOR EACH STATEMENT EXECUTE FUNCTION crm_sync.notify();
"""


NOTIFY_FUNCTION = f"""
CREATE OR REPLACE FUNCTION crm_sync.notify() RETURNS trigger
LANGUAGE plpgsql {PATH} AS $$
BEGIN
  IF current_setting('crm_sync.applying', true) IS DISTINCT FROM 'on' THEN
    PERFORM pg_notify('crm_sync', '');  -- a push sends its own notice, with its position
  END IF;
  RETURN NULL;
END $$;
"""
