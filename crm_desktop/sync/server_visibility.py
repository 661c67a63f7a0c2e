"""Who may read which rows on the server, when the office keeps managers to their own clients.

The office chooses (crm_sync.meta 'visibility'): 'all' — everyone reads every client, the
default for a small office — or 'own' — a manager reads only the clients they are responsible
for, a head their team's, the owner everything. The same rule decides what a laptop receives
(pull and snapshot: partial replication) and what a login reads with plain SQL on the server
(row-level security policies); writes go through the push function only.

A row is *restricted* when its table has a responsible person or hangs off a client
(company, contact, deal). A restricted row is visible when
- a parent it cannot exist without (a NOT NULL reference, e.g. a deal's items) is visible; or
  otherwise
- its responsible person or the person who does it (a task's assignee) is the reader (for a
  head: someone of their team), or a client it belongs to is visible. Who wrote a row does
  not count: history follows its client.

A visible row that points at an invisible one travels with that reference empty, so a laptop
never waits for a parent it will never get. When a row's visibility may have changed (a new
responsible person, another client), the rows hanging off it travel with it — visible ones
whole, the others as "hidden", which a laptop removes without sending a deletion anywhere.
"""

from __future__ import annotations

from functools import cache

from crm_desktop.sync.tables import Column, Table, table, tables

CLIENTS = ("companies", "contacts", "deals")  # a row hanging off one of these is the client's
# The people a row is given to (it is theirs to work on): they read it. Who wrote a row does
# not make it theirs — history follows its client.
WORKERS = ("responsible_id", "assignee_id")
# The office's own lists and plans, read by everyone even where each has a person in charge.
OFFICE_WIDE = ("users", "segments", "campaigns", "call_lists")


def _q(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@cache
def restricted() -> tuple[str, ...]:
    names: list[str] = []
    for t in tables():
        if t.name in OFFICE_WIDE:
            continue
        if t.column("responsible_id") or any(
                c.references in CLIENTS or (c.references in names and not c.nullable)
                for c in t.references):
            names.append(t.name)
    return tuple(names)


def _required(t: Table) -> list[Column]:
    """References the row cannot exist without, to restricted rows: visible only with them."""
    return [c for c in t.references if c.references in restricted() and not c.nullable
            and c.references != t.name]


def _grants(t: Table) -> list[str]:
    """SQL conditions (on r, p_role, p_user) each of which makes the row visible."""
    parts = []
    for c in t.references:
        if c.references == "users" and c.name in WORKERS:
            parts.append(f"sees(p_role, p_user, r.{c.name})")
        elif c.references in CLIENTS and c.references != t.name:
            parts.append(f"(r.{c.name} IS NOT NULL AND visible_{c.references}("
                         f"(SELECT p FROM crm.{c.references} p WHERE p.id = r.{c.name}), "
                         f"p_role, p_user))")
    return parts


def _parent_visible(c: Column, value: str) -> str:
    return (f"visible_{c.references}((SELECT p FROM crm.{c.references} p WHERE p.id = {value}), "
            f"p_role, p_user)")


def edges() -> list[tuple[str, Column, str]]:
    """(child table, reference column, parent table) for every reference to a restricted
    table."""
    return [(t.name, c, c.references) for t in tables() for c in t.references
            if c.references is not None and c.references in restricted()
            and c.references != t.name]


def relevant(t: Table) -> list[str]:
    """The fields whose change may change who sees the row."""
    return [c.name for c in t.references if c.references == "users"
            or c.references in restricted()]


def functions_sql(path: str) -> str:
    """visible_<t>(row, role, user) and masked_<t>(row, role, user) -> the row as JSON with
    references to invisible rows emptied; sees(); the office's mode; scope()."""
    out = [f"""
CREATE OR REPLACE FUNCTION crm_sync.sees(p_role text, p_user text, person text)
RETURNS boolean LANGUAGE sql STABLE {path} AS $$
  SELECT person IS NOT NULL AND coalesce(may_act_for(p_role, p_user, person), false)
$$;

-- Does this login read only part of the office's rows?
CREATE OR REPLACE FUNCTION crm_sync.restricted(me crm_sync.logins) RETURNS boolean
LANGUAGE sql STABLE {path} AS $$
  SELECT me.role <> 'owner' AND coalesce((SELECT value FROM meta WHERE key = 'visibility'),
                                         'all') = 'own'
$$;

-- What this login reads, as one word: when it changes, its laptops take a fresh copy.
CREATE OR REPLACE FUNCTION crm_sync.scope(me crm_sync.logins) RETURNS text
LANGUAGE sql STABLE {path} AS $$
  SELECT CASE WHEN NOT restricted(me) THEN 'all' ELSE md5(me.role || ':' ||
    coalesce(me.user_id, '') || ':' || coalesce((SELECT string_agg(u.id, ',' ORDER BY u.id)
      FROM crm.users u WHERE me.role = 'head' AND u.head_id = me.user_id), '')) END
$$;

-- The owner sets the office's mode; laptops notice at their next sync.
CREATE OR REPLACE FUNCTION crm_sync.set_visibility(p_mode text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER {path} AS $$
BEGIN
  IF (caller()).role <> 'owner' THEN
    RAISE EXCEPTION 'crm-sync-denied: only the owner can change who sees which clients';
  END IF;
  IF p_mode NOT IN ('all', 'own') THEN
    RAISE EXCEPTION 'crm-sync: visibility is ''all'' or ''own'', not %', p_mode;
  END IF;
  INSERT INTO meta VALUES ('visibility', p_mode)
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
  PERFORM pg_notify('crm_sync', '');
END $$;
"""]
    for t in tables():
        if t.name not in restricted():
            continue
        required = _required(t)
        if required:
            condition = " AND ".join(_parent_visible(c, f"r.{c.name}") for c in required)
        else:
            condition = " OR ".join(_grants(t)) or "true"
        out.append(f"""
CREATE OR REPLACE FUNCTION crm_sync.visible_{t.name}(r crm.{t.name}, p_role text, p_user text)
RETURNS boolean LANGUAGE sql STABLE {path} AS $$
  SELECT r.id IS NOT NULL AND coalesce({condition}, false)
$$;""")
    for t in tables():
        masks = [f"CASE WHEN r.{c.name} IS NOT NULL AND NOT "
                 f"{_parent_visible(c, f'r.{c.name}')} THEN jsonb_build_object({_q(c.name)}, "
                 f"NULL) ELSE '{{}}'::jsonb END"
                 for c in t.references if c.references in restricted() and c.nullable]
        body = " || ".join(["(to_jsonb(r) - ARRAY['sync_seq', 'sync_origin', 'sync_created', "
                            "'sync_changes'])", *masks])
        out.append(f"""
CREATE OR REPLACE FUNCTION crm_sync.masked_{t.name}(r crm.{t.name}, p_role text, p_user text)
RETURNS jsonb LANGUAGE sql STABLE {path} AS $$
  SELECT {body}
$$;""")
    return "\n".join(out)


def _visible_expr(name: str, alias: str) -> str:
    if name in restricted():
        return f"visible_{name}({alias}, me.role, me.user_id)"
    return "true"


def changed_since(t: Table, alias: str) -> str:
    """Did any field that decides visibility change after the laptop's cursor?"""
    checks = [f"split_part({alias}.sync_created, '|', 1)::bigint > p_cursor"]
    checks += [f"coalesce(split_part({alias}.sync_changes ->> {_q(n)}, '|', 1), '0')::bigint "
               f"> p_cursor" for n in relevant(t)]
    return "(" + " OR ".join(checks) + ")"


def restricted_pull_sql() -> str:
    """The body of crm_sync.pull for a login that reads part of the office (plpgsql, with
    p_cursor, p_limit, p_device, top, me in scope): fills pg_temp.crm_page."""
    feed = []
    for t in tables():
        visible = _visible_expr(t.name, "t")
        root = changed_since(t, "t") if t.name in restricted() else "false"
        feed.append(
            f"(SELECT t.sync_seq, {_q(t.name)}, t.id, v.ok, "
            f"CASE WHEN v.ok THEN masked_{t.name}(t, me.role, me.user_id) END, {root} "
            f"FROM crm.{t.name} t, LATERAL (SELECT {visible} AS ok) v "
            f"WHERE t.sync_seq > p_cursor AND t.sync_seq <= top "
            f"AND t.sync_origin IS DISTINCT FROM p_device ORDER BY t.sync_seq LIMIT p_limit)")
    feed.append(
        "(SELECT d.seq, '_deleted', d.row_id, true, jsonb_build_object('tbl', d.tbl), false "
        "FROM deleted d WHERE d.seq > p_cursor AND d.seq <= top ORDER BY d.seq LIMIT p_limit)")
    feed.append(
        "(SELECT c.seq, '_conflicts', c.id, visible_row(c.tbl, c.row_id, me.role, me.user_id), "
        "to_jsonb(c), false FROM conflicts c "
        "WHERE c.seq > p_cursor AND c.seq <= top ORDER BY c.seq LIMIT p_limit)")
    union = "\n      UNION ALL ".join(feed)
    grow = "\n    ".join(
        f"INSERT INTO pg_temp.crm_tree SELECT {_q(child)}, c.id FROM crm.{child} c "
        f"JOIN pg_temp.crm_tree x ON x.tbl = {_q(parent)} AND c.{col.name} = x.id "
        f"ON CONFLICT DO NOTHING;"
        for child, col, parent in edges())
    fill = "\n  ".join(
        f"INSERT INTO pg_temp.crm_page SELECT t.sync_seq, {_q(name)}, t.id, v.ok, "
        f"CASE WHEN v.ok THEN masked_{name}(t, me.role, me.user_id) END, false, false "
        f"FROM pg_temp.crm_tree x JOIN crm.{name} t ON x.tbl = {_q(name)} AND t.id = x.id, "
        f"LATERAL (SELECT {_visible_expr(name, 't')} AS ok) v "
        f"WHERE t.sync_seq <= top AND NOT EXISTS (SELECT 1 FROM pg_temp.crm_page p "
        f"WHERE p.tbl = {_q(name)} AND p.id = t.id);"
        for name in restricted())
    return f"""
    CREATE TEMP TABLE IF NOT EXISTS crm_page (seq bigint, tbl text, id text, ok boolean,
      data jsonb, root boolean, feed boolean DEFAULT true) ON COMMIT DROP;
    CREATE TEMP TABLE IF NOT EXISTS crm_tree (tbl text, id text, PRIMARY KEY (tbl, id))
      ON COMMIT DROP;
    TRUNCATE pg_temp.crm_page;
    TRUNCATE pg_temp.crm_tree;
    INSERT INTO pg_temp.crm_page(seq, tbl, id, ok, data, root)
    SELECT * FROM (
      {union}
    ) u ORDER BY 1 LIMIT p_limit;
    -- Rows whose readers may have changed bring the rows hanging off them.
    INSERT INTO pg_temp.crm_tree SELECT tbl, id FROM pg_temp.crm_page WHERE root
      ON CONFLICT DO NOTHING;
    FOR depth IN 1..4 LOOP
    {grow}
    END LOOP;
    DELETE FROM pg_temp.crm_tree x USING pg_temp.crm_page p WHERE p.tbl = x.tbl AND p.id = x.id;
  {fill}
"""


def visible_row_sql(path: str) -> str:
    """visible_row(table, id, role, user): for rows named by table (conflicts)."""
    cases = "\n    ".join(
        f"WHEN {_q(name)} THEN RETURN coalesce((SELECT visible_{name}(t, p_role, p_user) "
        f"FROM crm.{name} t WHERE t.id = p_id), false);" for name in restricted())
    return f"""
CREATE OR REPLACE FUNCTION crm_sync.visible_row(p_tbl text, p_id text, p_role text,
                                                p_user text) RETURNS boolean
LANGUAGE plpgsql STABLE {path} AS $$
BEGIN
  CASE p_tbl
    {cases}
    ELSE RETURN true;
  END CASE;
END $$;
"""


def policies_sql(path: str) -> str:
    """Plain SQL by a login on the server: it reads what its laptop would receive, and
    writes nothing (no write privilege; changes go through push, which checks them)."""
    out = []
    for t in tables():
        check = (f"CASE WHEN restricted(x.me) THEN visible_{t.name}(r, (x.me).role, "
                 f"(x.me).user_id) ELSE true END" if t.name in restricted() else "true")
        out.append(f"""
CREATE OR REPLACE FUNCTION crm_sync.may_read_{t.name}(r crm.{t.name}) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
  SELECT {check} FROM (SELECT caller() AS me) x
$$;
REVOKE ALL ON FUNCTION crm_sync.may_read_{t.name}(crm.{t.name}) FROM PUBLIC;
ALTER TABLE crm.{t.name} ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS office_read ON crm.{t.name};
CREATE POLICY office_read ON crm.{t.name} FOR SELECT
  USING (crm_sync.may_read_{t.name}({t.name}));""")
    return "\n".join(out)


def read_grants_sql() -> str:
    """For security_sql's DO block (r: the client role)."""
    lines = ["EXECUTE format('GRANT USAGE ON SCHEMA crm TO %I', r);"]
    for t in tables():
        lines.append(f"EXECUTE format('GRANT SELECT ON crm.{t.name} TO %I', r);")
        lines.append(f"EXECUTE format('GRANT EXECUTE ON FUNCTION "
                     f"crm_sync.may_read_{t.name}(crm.{t.name}) TO %I', r);")
    return "\n  ".join(lines)


def is_restricted(name: str) -> bool:
    return name in restricted()


__all__ = ["functions_sql", "is_restricted", "policies_sql", "read_grants_sql",
           "restricted", "restricted_pull_sql", "table", "visible_row_sql"]
