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
"""

from __future__ import annotations

from crm_desktop.sync import PROTOCOL_VERSION, SERVER_SCHEMA_VERSION
from crm_desktop.sync.server_office import OFFICE_FUNCTIONS, OFFICE_SQL
from crm_desktop.sync.server_visibility import (
    functions_sql,
    is_restricted,
    policies_sql,
    read_grants_sql,
    restricted_pull_sql,
    visible_row_sql,
)
from crm_desktop.sync.tables import Table, fingerprint, tables

HIDDEN = ["sync_seq", "sync_origin", "sync_created", "sync_changes"]
# Every function pins its search path (temporary objects last, so none can shadow ours); JIT
# compilation costs more than these short set-based statements ever take.
PATH = "SET search_path = crm_sync, crm, pg_catalog, pg_temp SET jit = off"
LOCK_KEY = 7031965


def _q(text: str) -> str:
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
            f"{_q(name)}) THEN ALTER TABLE crm.{t.name} ADD CONSTRAINT {name} FOREIGN KEY "
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


def _hidden_strip() -> str:
    return "ARRAY[" + ", ".join(_q(h) for h in HIDDEN) + "]"


def track_trigger_sql(t: Table) -> str:
    """Writes made on the server by other tools get versions and reach every laptop."""
    checks = "\n    ".join(
        f"IF NEW.{c.name} IS DISTINCT FROM OLD.{c.name} THEN ch := ch || "
        f"jsonb_build_object({_q(c.name)}, st); END IF;"
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
      VALUES (session_user, 'server', {_q(t.name)}, NEW.id, '*');
  ELSE
    INSERT INTO audit(login, device, tbl, row_id, field, old_value, new_value)
      SELECT session_user, 'server', {_q(t.name)}, NEW.id, key, to_jsonb(OLD) -> key,
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
    VALUES (n, {_q(t.name)}, OLD.id, to_jsonb(OLD) - {_hidden_strip()}, session_user);
  INSERT INTO audit(login, device, tbl, row_id, field, old_value)
    VALUES (session_user, 'server', {_q(t.name)}, OLD.id, '*',
            to_jsonb(OLD) - {_hidden_strip()});
  RETURN OLD;
END $$;

DROP TRIGGER IF EXISTS track ON crm.{t.name};
CREATE TRIGGER track BEFORE INSERT OR UPDATE ON crm.{t.name}
  FOR EACH ROW EXECUTE FUNCTION crm_sync.track_{t.name}();
DROP TRIGGER IF EXISTS track_delete ON crm.{t.name};
CREATE TRIGGER track_delete AFTER DELETE ON crm.{t.name}
  FOR EACH ROW EXECUTE FUNCTION crm_sync.track_{t.name}_delete();
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


def duplicates_sql(t: Table) -> str:
    """A client that arrives with the tax id, a phone or an email of another live one is
    kept, and flagged for a merge once, here, so every laptop shows the same flag."""
    if t.name not in ("companies", "contacts"):
        return ""
    tax = "(n.tax_id IS NOT NULL AND n.tax_id <> '' AND o.tax_id = n.tax_id) OR " \
        if t.column("tax_id") else ""
    return f"""
  INSERT INTO conflicts(seq, kind, tbl, row_id, field, kept_value, lost_value)
  SELECT last + nconf + row_number() OVER (ORDER BY n.id), 'duplicate', {_q(t.name)}, n.id,
         'duplicate_of', to_jsonb(o.id), NULL
  FROM crm.{t.name} n JOIN pg_temp.crm_rows r ON r.id = n.id AND r.fresh
  CROSS JOIN LATERAL (
    SELECT o.id FROM crm.{t.name} o
    WHERE o.id <> n.id AND o.deleted_at IS NULL
      AND (o.id < n.id OR NOT EXISTS (SELECT 1 FROM pg_temp.crm_rows f
                                      WHERE f.id = o.id AND f.fresh))
      AND ({tax}o.phones ?| ARRAY(SELECT jsonb_array_elements_text(n.phones))
           OR o.emails ?| ARRAY(SELECT jsonb_array_elements_text(n.emails)))
    ORDER BY o.id LIMIT 1) o
  WHERE n.deleted_at IS NULL;
  GET DIAGNOSTICS ndup = ROW_COUNT;"""


SETTINGS = ("pipelines", "stages", "org_settings", "products", "sales_plans")
LISTS = ("tags", "lead_sources", "loss_reasons")  # new entries are everyday work


def permission_sql(t: Table, staged: str) -> str:
    """Rows this login may not write are taken out of the batch and answered as refused,
    with the server's row, which the laptop puts back. The owner may write everything."""
    rules = []
    if t.column("responsible_id"):
        rules += [
            "WHEN t.id IS NOT NULL AND t.responsible_id IS NOT NULL AND NOT "
            "may_act_for(p_role, p_user, t.responsible_id) THEN "
            "'the record belongs to another person'",
            "WHEN n.responsible_id IS NOT NULL AND n.responsible_id IS DISTINCT FROM "
            "t.responsible_id AND NOT may_act_for(p_role, p_user, n.responsible_id) THEN "
            "'only the owner or a head can hand a record to someone else'"]
    elif t.name == "users":
        rules += [
            "WHEN t.id IS NULL THEN 'only the owner can add users'",
            "WHEN t.id <> coalesce(p_user, '') AND NOT (p_role = 'head' AND t.head_id = p_user) "
            "THEN 'only the owner can change other users'",
            "WHEN n.role IS DISTINCT FROM t.role OR n.head_id IS DISTINCT FROM t.head_id OR "
            "n.is_active IS DISTINCT FROM t.is_active THEN "
            "'only the owner can change roles and teams'"]
    elif t.name in SETTINGS:
        if t.name == "org_settings":  # who may do what in the office: the owner's alone
            rules.append("WHEN n.key LIKE 'office.%' OR t.key LIKE 'office.%' THEN 'only the "
                         "owner can change the office''s rights'")
        rules.append("WHEN p_role = 'manager' THEN 'only the owner or a head can change the "
                     "office''s settings'")
    elif t.name in LISTS:
        rules.append("WHEN p_role = 'manager' AND t.id IS NOT NULL THEN 'only the owner or a "
                     "head can change the office''s lists'")
    if is_restricted(t.name):
        # Under "own clients only": nothing written onto a record this login may not read
        # (a call on someone else's client, a task on their deal).
        rules.append(
            f"WHEN coalesce((SELECT value FROM meta WHERE key = 'visibility'), 'all') = 'own' "
            f"AND NOT CASE WHEN t.id IS NULL THEN visible_{t.name}(ROW(n.*)::crm.{t.name}, "
            f"p_role, p_user) ELSE visible_{t.name}(t, p_role, p_user) END THEN "
            f"'the record belongs to a client this login may not see'")
    if not rules:
        return ""
    cases = "\n        ".join(rules)
    return f"""
  IF p_role <> 'owner' THEN
    INSERT INTO pg_temp.crm_denied(id, reason)
    SELECT x.id, x.reason FROM (
      SELECT n.id, CASE
        {cases}
      END AS reason
      FROM {staged} n LEFT JOIN crm.{t.name} t ON t.id = n.id) x
    WHERE x.reason IS NOT NULL;
    DELETE FROM {staged} WHERE id IN (SELECT id FROM pg_temp.crm_denied);
    DELETE FROM pg_temp.crm_meta WHERE id IN (SELECT id FROM pg_temp.crm_denied);
  END IF;"""


def apply_function_sql(t: Table) -> str:
    """One table's share of a push, set-based: the rows are typed once into a staging table,
    then every step is a join. Raises on any row that does not fit; merge_<table> then finds
    that row by retrying one row at a time."""
    cols = t.names
    synced = [c for c in cols if c != "id"]
    all_fields = "'" + '["' + '", "'.join(synced) + '"]' + "'::jsonb"
    staged = f"pg_temp.crm_in_{t.name}"
    insert_values = []
    for c in cols:
        if c == "deleted_at":
            # An edit racing a deletion made by another tool stays retrievable, as a
            # tombstone; a restore the person chose (deleted_at among the changed fields)
            # brings the record back.
            insert_values.append(
                f"CASE WHEN m.f ? 'deleted_at' THEN n.deleted_at ELSE coalesce(n.deleted_at, "
                f"(SELECT max(d.deleted_at) FROM deleted d WHERE d.tbl = {_q(t.name)} AND "
                f"d.row_id = n.id)) END")
        else:
            insert_values.append(f"n.{c}")
    sets = ",\n      ".join(
        f"{c} = CASE WHEN a.applied ? {_q(c)} THEN n.{c} ELSE t.{c} END" for c in synced)
    ref_checks = []
    for c in t.references:
        same_table = c.references == t.name
        batch = f" AND c2.{c.name} NOT IN (SELECT id FROM {staged})" if same_table else ""
        ref_checks.append(
            f"SELECT c2.id, {_q(c.name)}, {_q(c.references)} FROM {staged} c2 WHERE "
            f"c2.{c.name} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM crm.{c.references} p "
            f"WHERE p.id = c2.{c.name}){batch}")
    ref_check_sql = ""
    if ref_checks:
        ref_check_sql = f"""
  SELECT * INTO missing FROM ({' UNION ALL '.join(ref_checks)}) m(id, col, parent) LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'crm-ref: % refers to a % record the server does not have',
      missing.col, missing.parent;
  END IF;"""
    return f"""
CREATE OR REPLACE FUNCTION crm_sync.apply_{t.name}(p_rows jsonb, p_device text, p_next bigint,
                                                  p_clamp text, p_role text, p_user text)
RETURNS jsonb LANGUAGE plpgsql {PATH} AS $$
DECLARE answer jsonb; last bigint; missing record; nconf bigint; ndup bigint := 0;
        denied jsonb;
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS crm_denied (id text, reason text) ON COMMIT DELETE ROWS;
  TRUNCATE pg_temp.crm_denied;
  CREATE TEMP TABLE IF NOT EXISTS crm_in_{t.name} ON COMMIT DELETE ROWS AS
    SELECT * FROM crm.{t.name} WITH NO DATA;
  CREATE TEMP TABLE IF NOT EXISTS crm_meta (id text, f jsonb, b bigint, cv bigint, s text)
    ON COMMIT DELETE ROWS;
  CREATE TEMP TABLE IF NOT EXISTS crm_decided (
    id text, field text, nval jsonb, oval jsonb, fstamp text, decision text)
    ON COMMIT DELETE ROWS;
  CREATE TEMP TABLE IF NOT EXISTS crm_rows (
    id text PRIMARY KEY, fresh boolean, s text, caught_up boolean, seq bigint, ok boolean,
    applied jsonb) ON COMMIT DELETE ROWS;
  TRUNCATE {staged}, pg_temp.crm_meta, pg_temp.crm_decided, pg_temp.crm_rows;

  -- Typed once: a value that does not fit its column fails here.
  INSERT INTO {staged} SELECT r.* FROM jsonb_array_elements(p_rows) x,
    LATERAL jsonb_populate_record(NULL::crm.{t.name}, x -> 'v') r;
  INSERT INTO pg_temp.crm_meta
  SELECT r.id, r.f, r.b, r.cv,
         CASE WHEN left(r.s, 15) > p_clamp THEN p_clamp || substr(r.s, 16) ELSE r.s END
  FROM jsonb_to_recordset(p_rows) AS r(id text, f jsonb, b bigint, cv bigint, s text);
  -- Fresh statistics, or the planner takes the staging tables for empty and joins them
  -- row by row (a 20,000-row push took 7 s instead of half a second).
  ANALYZE {staged}, pg_temp.crm_meta;
{permission_sql(t, staged)}
{ref_check_sql}
  -- The decision for every (row, field) the client changed.
  INSERT INTO pg_temp.crm_decided
  WITH cur AS MATERIALIZED (
    SELECT m.id, m.f, m.b, m.s, to_jsonb(n) AS nj, to_jsonb(t) AS oj
    FROM pg_temp.crm_meta m JOIN {staged} n ON n.id = m.id
    JOIN crm.{t.name} t ON t.id = m.id),
  pairs AS (
    SELECT c.id, k.field, c.nj -> k.field AS nval, c.oj -> k.field AS oval, c.b, c.s,
           coalesce(c.oj -> 'sync_changes' ->> k.field, c.oj ->> 'sync_created') AS fver
    FROM cur c CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(c.f, {all_fields}))
         AS k(field)
    WHERE {all_fields} ? k.field)
  SELECT p.id, p.field, p.nval, p.oval, split_part(p.fver, '|', 2),
    CASE
      WHEN p.nval IS NOT DISTINCT FROM p.oval THEN 'same'
      WHEN p.field = 'deleted_at' AND p.nval <> 'null' AND p.oval <> 'null' THEN 'keep'
      WHEN coalesce(nullif(split_part(p.fver, '|', 1), ''), '0')::bigint <= p.b THEN 'apply'
      WHEN p.field = 'updated_at' THEN
        CASE WHEN p.s > split_part(p.fver, '|', 2) THEN 'apply' ELSE 'keep' END
      WHEN p.s > split_part(p.fver, '|', 2) THEN 'win'
      ELSE 'lose'
    END
  FROM pairs p;

  -- One new version per row that changes (a row that lost everywhere is bumped too, so
  -- that its sender pulls the server's values back).
  INSERT INTO pg_temp.crm_rows(id, fresh, s, caught_up, ok, applied)
  SELECT r.id, t.id IS NULL, r.s,
         (t.id IS NULL AND coalesce(r.cv, 0) >= 0) OR t.sync_seq <= coalesce(r.cv, 0),
         coalesce(g.bad, 0) = 0, coalesce(g.applied, '[]')
  FROM pg_temp.crm_meta r
  LEFT JOIN crm.{t.name} t ON t.id = r.id
  LEFT JOIN (SELECT d.id, count(*) FILTER (WHERE d.decision IN ('lose', 'keep')) AS bad,
                    jsonb_agg(d.field) FILTER (WHERE d.decision IN ('apply', 'win')) AS applied
             FROM pg_temp.crm_decided d GROUP BY d.id) g ON g.id = r.id;

  ANALYZE pg_temp.crm_rows, pg_temp.crm_decided;
  UPDATE pg_temp.crm_rows SET seq = p_next + n.rn
  FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM pg_temp.crm_rows r
        WHERE r.fresh OR r.applied <> '[]' OR NOT r.ok) n
  WHERE pg_temp.crm_rows.id = n.id;
  last := p_next + (SELECT count(*) FROM pg_temp.crm_rows WHERE seq IS NOT NULL);

  INSERT INTO crm.{t.name} ({", ".join(cols)}, sync_seq, sync_origin, sync_created, sync_changes)
  SELECT {", ".join(insert_values)}, r.seq,
         -- the sender holds this row exactly, unless a deletion was laid over its copy
         CASE WHEN r.ok AND r.caught_up AND (n.deleted_at IS NOT NULL OR m.f ? 'deleted_at'
                   OR NOT EXISTS (SELECT 1 FROM deleted d WHERE d.tbl = {_q(t.name)}
                                  AND d.row_id = n.id)) THEN p_device END,
         r.seq || '|' || r.s, '{{}}'
  FROM {staged} n JOIN pg_temp.crm_rows r ON r.id = n.id AND r.fresh
  JOIN pg_temp.crm_meta m ON m.id = n.id;

  UPDATE crm.{t.name} t SET
      {sets},
      sync_seq = a.seq,
      sync_origin = CASE WHEN a.ok AND a.caught_up THEN p_device END,
      sync_changes = t.sync_changes || coalesce((SELECT jsonb_object_agg(f, a.seq || '|' || a.s)
                                                 FROM jsonb_array_elements_text(a.applied) f),
                                                '{{}}')
  FROM pg_temp.crm_rows a JOIN {staged} n ON n.id = a.id
  WHERE t.id = a.id AND NOT a.fresh AND a.seq IS NOT NULL;

  -- Who changed what, for every accepted change.
  INSERT INTO audit(login, device, tbl, row_id, field, old_value, new_value)
  SELECT session_user, p_device, {_q(t.name)}, d.id, d.field, d.oval, d.nval
  FROM pg_temp.crm_decided d WHERE d.decision IN ('apply', 'win')
  UNION ALL
  SELECT session_user, p_device, {_q(t.name)}, r.id, '*', NULL, NULL
  FROM pg_temp.crm_rows r WHERE r.fresh;

  INSERT INTO conflicts(seq, kind, tbl, row_id, field, kept_value, lost_value, kept_stamp,
                        lost_stamp, lost_login)
  SELECT last + row_number() OVER (ORDER BY d.id, d.field), 'conflict', {_q(t.name)}, d.id, d.field,
         CASE WHEN d.decision = 'win' THEN d.nval ELSE d.oval END,
         CASE WHEN d.decision = 'win' THEN d.oval ELSE d.nval END,
         CASE WHEN d.decision = 'win' THEN r.s ELSE d.fstamp END,
         CASE WHEN d.decision = 'win' THEN d.fstamp ELSE r.s END,
         CASE WHEN d.decision = 'win' THEN NULL ELSE session_user::text END
  FROM pg_temp.crm_decided d JOIN pg_temp.crm_rows r ON r.id = d.id
  WHERE d.decision IN ('win', 'lose');
  GET DIAGNOSTICS nconf = ROW_COUNT;
{duplicates_sql(t)}
  SELECT coalesce(jsonb_object_agg(d.id, jsonb_build_array(d.reason,
           (SELECT to_jsonb(t) - {_hidden_strip()} FROM crm.{t.name} t WHERE t.id = d.id),
           (SELECT t.sync_seq FROM crm.{t.name} t WHERE t.id = d.id))), '{{}}')
    INTO denied FROM pg_temp.crm_denied d;
  SELECT jsonb_build_object(
    'denied', denied,
    'next', last + nconf + ndup,
    'rows', coalesce(jsonb_object_agg(r.id, jsonb_build_array(
              coalesce(r.seq, t.sync_seq), r.ok AND r.caught_up)), '{{}}'),
    'conflicts', nconf + ndup)
  INTO answer
  FROM pg_temp.crm_rows r JOIN crm.{t.name} t ON t.id = r.id;
  RETURN answer;
END $$;

CREATE OR REPLACE FUNCTION crm_sync.merge_{t.name}(p_rows jsonb, p_device text, p_next bigint,
                                                  p_clamp text, p_role text, p_user text)
RETURNS jsonb LANGUAGE plpgsql {PATH} AS $$
DECLARE answer jsonb; part jsonb; r jsonb; pending jsonb; left_over jsonb; progress boolean;
        reasons jsonb := '{{}}'; n bigint := p_next; conflicts_n bigint := 0;
        denied jsonb := '{{}}';
BEGIN
  BEGIN
    RETURN apply_{t.name}(p_rows, p_device, p_next, p_clamp, p_role, p_user)
           || '{{"rejected": {{}}}}';
  EXCEPTION WHEN OTHERS THEN
    NULL;  -- some row does not fit: find it, one row at a time, in passes
  END;
  answer := '{{}}';
  pending := p_rows;
  LOOP
    progress := false;
    left_over := '[]';
    FOR r IN SELECT * FROM jsonb_array_elements(pending) LOOP
      BEGIN
        part := apply_{t.name}(jsonb_build_array(r), p_device, n, p_clamp, p_role, p_user);
        n := (part ->> 'next')::bigint;
        denied := denied || (part -> 'denied');
        conflicts_n := conflicts_n + (part ->> 'conflicts')::bigint;
        answer := answer || (part -> 'rows');
        progress := true;
      EXCEPTION WHEN OTHERS THEN
        left_over := left_over || jsonb_build_array(r);
        reasons := reasons || jsonb_build_object(r ->> 'id', SQLERRM);
      END;
    END LOOP;
    EXIT WHEN NOT progress OR left_over = '[]';
    pending := left_over;
  END LOOP;
  SELECT coalesce(jsonb_object_agg(x ->> 'id', reasons -> (x ->> 'id')), '{{}}') INTO reasons
  FROM jsonb_array_elements(left_over) x;
  RETURN jsonb_build_object('next', n, 'rows', answer, 'conflicts', conflicts_n,
                            'rejected', reasons, 'denied', denied);
END $$;
"""


def push_function_sql() -> str:
    calls = "\n  ".join(
        f"IF p_rows ? {_q(t.name)} THEN\n"
        f"    part := merge_{t.name}(p_rows -> {_q(t.name)}, p_device, n, clamp, me.role,\n"
        f"                          me.user_id);\n"
        f"    n := (part ->> 'next')::bigint;\n"
        f"    answer := jsonb_set(answer, '{{rows,{t.name}}}', part -> 'rows');\n"
        f"    conflicts_n := conflicts_n + (part ->> 'conflicts')::bigint;\n"
        f"    IF part -> 'denied' <> '{{}}' THEN\n"
        f"      answer := jsonb_set(answer, '{{denied,{t.name}}}', part -> 'denied');\n"
        f"    END IF;\n"
        f"    IF part -> 'rejected' <> '{{}}' THEN\n"
        f"      answer := jsonb_set(answer, '{{rejected,{t.name}}}', part -> 'rejected');\n"
        f"    END IF;\n"
        f"  END IF;"
        for t in tables())
    return f"""
-- One batch of one device's outbox, as whole rows grouped by table:
-- {{"companies": [{{"id", "v": {{column: value}}, "f": [changed] | null, "b": base version,
--                 "cv": version the laptop holds, "s": stamp}}], ..., "_resolutions": [...]}}
CREATE OR REPLACE FUNCTION crm_sync.push(p_protocol int, p_fingerprint text, p_server text,
    p_device text, p_token text, p_last bigint, p_digest text, p_rows jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
DECLARE d devices; n bigint; clamp text; part jsonb; conflicts_n bigint := 0; me logins;
        answer jsonb := '{{"rows": {{}}, "rejected": {{}}, "denied": {{}}}}'; new_token text;
BEGIN
  PERFORM check_call(p_protocol, p_fingerprint, p_server);
  me := caller();
  PERFORM set_config('crm_sync.applying', 'on', true);
  PERFORM set_config('timezone', 'UTC', true);
  -- The one writer lock: feed positions become visible in commit order.
  SELECT last_seq INTO n FROM counter WHERE id = 1 FOR UPDATE;
  SELECT * INTO d FROM devices WHERE device = p_device FOR UPDATE;
  IF NOT FOUND THEN
    IF p_token IS NOT NULL THEN
      RETURN jsonb_build_object('fork', true);
    END IF;
    INSERT INTO devices(device, login) VALUES (p_device, session_user) RETURNING * INTO d;
  ELSIF d.login <> session_user::text THEN
    RAISE EXCEPTION 'crm-sync-denied: this device was registered by another login';
  ELSIF d.token IS DISTINCT FROM p_token THEN
    IF p_token IS NOT DISTINCT FROM d.prev_token AND p_last = d.last_outbox
       AND p_digest = d.last_digest THEN
      RETURN d.last_answer || '{{"replayed": true}}';  -- the retry of a batch whose answer was lost
    END IF;
    RETURN jsonb_build_object('fork', true);
  END IF;
  clamp := lpad(((extract(epoch FROM clock_timestamp()) * 1000)::bigint + 300000)::text,
                15, '0');
  {calls}
  IF p_rows ? '_resolutions' THEN
    UPDATE conflicts c SET resolved_at = coalesce(c.resolved_at, now()),
           resolved_by = coalesce(c.resolved_by, session_user::text),
           seq = n + x.rn
    FROM (SELECT value AS id, row_number() OVER () AS rn
          FROM jsonb_array_elements_text(p_rows -> '_resolutions')) x
    WHERE c.id = x.id AND c.resolved_at IS NULL;
    n := n + jsonb_array_length(p_rows -> '_resolutions');
  END IF;
  n := n + fix_merges(n);
  UPDATE counter SET last_seq = n WHERE id = 1;
  new_token := md5(random()::text || clock_timestamp()::text || p_device);
  answer := answer || jsonb_build_object('token', new_token, 'position', n,
                                         'conflicts', conflicts_n);
  UPDATE devices SET prev_token = token, token = new_token, last_outbox = p_last,
         last_digest = p_digest, last_answer = answer, last_seen = now()
   WHERE device = p_device;
  PERFORM pg_notify('crm_sync', n::text);
  RETURN answer;
END $$;
"""


def pull_function_sql() -> str:
    parts = [
        f"(SELECT t.sync_seq, {_q(t.name)}, t.id, to_jsonb(t) - {_hidden_strip()} "
        f"FROM crm.{t.name} t "
        f"WHERE t.sync_seq > p_cursor AND t.sync_seq <= top "
        f"AND t.sync_origin IS DISTINCT FROM p_device ORDER BY t.sync_seq LIMIT p_limit)"
        for t in tables()]
    parts.append(
        "(SELECT d.seq, '_deleted', d.row_id, jsonb_build_object('tbl', d.tbl) FROM deleted d "
        "WHERE d.seq > p_cursor AND d.seq <= top ORDER BY d.seq LIMIT p_limit)")
    parts.append(
        "(SELECT c.seq, '_conflicts', c.id, to_jsonb(c) FROM conflicts c "
        "WHERE c.seq > p_cursor AND c.seq <= top ORDER BY c.seq LIMIT p_limit)")
    union = "\n      UNION ALL ".join(parts)
    snapshot_cases = "\n    ".join(
        f"WHEN {_q(t.name)} THEN\n      SELECT coalesce(jsonb_agg(jsonb_build_array(x.sync_seq, "
        f"x.id, x.data) ORDER BY x.id), '[]') INTO result FROM (SELECT t.sync_seq, t.id, "
        f"to_jsonb(t) - {_hidden_strip()} AS data FROM crm.{t.name} t WHERE t.id > p_after "
        f"ORDER BY t.id LIMIT p_limit) x;"
        for t in tables())
    # A login that reads part of the office: its rows only, references to others' emptied.
    restricted_cases = "\n    ".join(
        f"WHEN {_q(t.name)} THEN\n      SELECT coalesce(jsonb_agg(jsonb_build_array(x.sync_seq, "
        f"x.id, x.data) ORDER BY x.id), '[]') INTO result FROM (SELECT t.sync_seq, t.id, "
        f"masked_{t.name}(t, me.role, me.user_id) AS data FROM crm.{t.name} t "
        f"WHERE t.id > p_after"
        + (f" AND visible_{t.name}(t, me.role, me.user_id)" if is_restricted(t.name) else "")
        + " ORDER BY t.id LIMIT p_limit) x;"
        for t in tables())
    return f"""
-- A page of the feed after a cursor, whole rows in commit order, and the cursor to go on
-- from. Rows whose last write came from this device, and that equal its copy, are skipped.
DROP FUNCTION IF EXISTS crm_sync.pull(int, text, text, text, bigint, int);
CREATE OR REPLACE FUNCTION crm_sync.pull(p_protocol int, p_fingerprint text, p_server text,
    p_device text, p_token text, p_cursor bigint, p_limit int)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
DECLARE top bigint; page jsonb; got int; known devices; me logins; last bigint;
BEGIN
  PERFORM check_call(p_protocol, p_fingerprint, p_server);
  me := caller();
  -- A copy of this device's file (a restored backup, a copied laptop) must not skip rows
  -- as "its own": the token tells the copies apart before anything is skipped.
  SELECT * INTO known FROM devices WHERE device = p_device;
  IF FOUND AND known.token IS DISTINCT FROM p_token THEN
    RETURN jsonb_build_object('fork', true);
  END IF;
  IF p_cursor < (SELECT value::bigint FROM meta WHERE key = 'floor') THEN
    RAISE EXCEPTION 'crm-sync-resnapshot';
  END IF;
  -- Read first: every position up to it is committed, so nothing below it can appear later.
  top := (SELECT last_seq FROM counter);
  IF restricted(me) THEN{restricted_pull_sql()}
    SELECT coalesce(jsonb_agg(jsonb_build_array(p.seq, CASE WHEN p.ok THEN p.tbl ELSE '_hidden'
             END, p.id, CASE WHEN p.ok THEN p.data ELSE jsonb_build_object('tbl', p.tbl) END)
             ORDER BY p.seq), '[]') INTO page
      FROM pg_temp.crm_page p WHERE p.ok OR left(p.tbl, 1) <> '_';
    SELECT count(*), max(seq) INTO got, last FROM pg_temp.crm_page WHERE feed;
    RETURN jsonb_build_object('rows', page, 'next',
      CASE WHEN got < p_limit THEN top ELSE last END);
  END IF;
  SELECT coalesce(jsonb_agg(jsonb_build_array(x.seq, x.tbl, x.id, x.data) ORDER BY x.seq),
                  '[]'), count(*)
    INTO page, got
  FROM (SELECT * FROM (
      {union}
    ) u(seq, tbl, id, data) ORDER BY seq LIMIT p_limit) x;
  RETURN jsonb_build_object('rows', page, 'next',
    CASE WHEN got < p_limit THEN top ELSE (page -> -1 ->> 0)::bigint END);
END $$;

-- A new device: one table's rows by key (in a REPEATABLE READ transaction that began with
-- crm_sync.position), and the unresolved conflicts.
CREATE OR REPLACE FUNCTION crm_sync.snapshot(p_protocol int, p_fingerprint text,
    p_server text, p_tbl text, p_after text, p_limit int)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER {PATH} AS $$
DECLARE result jsonb; me logins;
BEGIN
  PERFORM check_call(p_protocol, p_fingerprint, p_server);
  me := caller();
  IF p_tbl = '_conflicts' THEN
    SELECT coalesce(jsonb_agg(jsonb_build_array(x.seq, x.id, to_jsonb(x)) ORDER BY x.id),
                    '[]') INTO result
    FROM (SELECT * FROM conflicts c WHERE c.id > p_after AND c.resolved_at IS NULL
          AND (NOT restricted(me) OR visible_row(c.tbl, c.row_id, me.role, me.user_id))
          ORDER BY c.id LIMIT p_limit) x;
  ELSIF restricted(me) THEN
    CASE p_tbl
    {restricted_cases}
    ELSE RAISE EXCEPTION 'crm-sync: no table %', p_tbl;
    END CASE;
  ELSE
    CASE p_tbl
    {snapshot_cases}
    ELSE RAISE EXCEPTION 'crm-sync: no table %', p_tbl;
    END CASE;
  END IF;
  RETURN result;
END $$;
"""


def fix_merges_sql() -> str:
    """After every push: merges two laptops made in opposite directions keep one record
    (the smaller id), and whatever still points at a merged-away record moves to the kept
    one. Done on the server, once, so every laptop receives the same result; each changed
    row gets a feed position of its own."""
    steps = []
    for tbl in ("companies", "contacts"):
        steps.append(f"""
  -- Opposite merges: a record merged into one that was merged back into it.
  WITH x AS (
    SELECT a.id, row_number() OVER (ORDER BY a.id) AS rn FROM crm.{tbl} a
    JOIN crm.{tbl} b ON b.id = a.merged_into_id
    WHERE b.merged_into_id = a.id AND a.id < b.id AND a.deleted_at IS NOT NULL),
  revived AS (
    UPDATE crm.{tbl} t SET deleted_at = NULL, merged_into_id = NULL,
           sync_seq = p_next + k + x.rn, sync_origin = NULL,
           sync_changes = t.sync_changes || jsonb_build_object(
             'deleted_at', (p_next + k + x.rn) || '|' || now_stamp(),
             'merged_into_id', (p_next + k + x.rn) || '|' || now_stamp())
    FROM x WHERE t.id = x.id RETURNING 1)
  SELECT k + count(*) INTO k FROM revived;""")
    for t in tables():
        for c in t.references:
            if c.references not in ("companies", "contacts") or t.name == c.references:
                continue
            parent = c.references
            steps.append(f"""
  WITH x AS (
    SELECT c.id, m.merged_into_id AS kept, row_number() OVER (ORDER BY c.id) AS rn
    FROM crm.{t.name} c JOIN crm.{parent} m ON m.id = c.{c.name}
    WHERE m.merged_into_id IS NOT NULL AND m.deleted_at IS NOT NULL
      AND EXISTS (SELECT 1 FROM crm.{parent} k WHERE k.id = m.merged_into_id
                  AND k.deleted_at IS NULL)),
  moved AS (
    UPDATE crm.{t.name} c SET {c.name} = x.kept, sync_seq = p_next + k + x.rn,
           sync_origin = NULL,
           sync_changes = c.sync_changes || jsonb_build_object({_q(c.name)},
                          (p_next + k + x.rn) || '|' || now_stamp())
    FROM x WHERE c.id = x.id RETURNING 1)
  SELECT k + count(*) INTO k FROM moved;""")
    return f"""
CREATE OR REPLACE FUNCTION crm_sync.fix_merges(p_next bigint) RETURNS bigint
LANGUAGE plpgsql {PATH} AS $$
DECLARE k bigint := 0;
BEGIN{''.join(steps)}
  RETURN k;
END $$;
"""


PUBLIC_FUNCTIONS = [
    "crm_sync.hello(int, text)", "crm_sync.position(int, text, text)",
    "crm_sync.push(int, text, text, text, text, bigint, text, jsonb)",
    "crm_sync.pull(int, text, text, text, text, bigint, int)",
    "crm_sync.snapshot(int, text, text, text, text, int)", "crm_sync.set_visibility(text)",
    *OFFICE_FUNCTIONS]


COMPACT_FUNCTION = f"""
-- The feed is the rows themselves; what grows besides them is the log of rows deleted by
-- other tools and the resolved conflicts. Entries older than the kept period go; a laptop
-- that has been away longer takes a fresh copy (the floor tells it so), losing nothing of
-- its own.
CREATE OR REPLACE FUNCTION crm_sync.compact(p_days int) RETURNS bigint
LANGUAGE plpgsql {PATH} AS $$
DECLARE cut bigint;
BEGIN
  PERFORM 1 FROM counter WHERE id = 1 FOR UPDATE;
  cut := greatest(
    (SELECT coalesce(max(seq), 0) FROM deleted
     WHERE deleted_at < now() - make_interval(days => p_days)),
    (SELECT coalesce(max(seq), 0) FROM conflicts
     WHERE resolved_at < now() - make_interval(days => p_days)));
  DELETE FROM deleted WHERE seq <= cut;
  DELETE FROM conflicts WHERE seq <= cut AND resolved_at IS NOT NULL;
  UPDATE meta SET value = greatest(value::bigint, cut)::text WHERE key = 'floor';
  RETURN cut;
END $$;
"""


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
