"""The server's per-table merge functions (crm_sync.merge_<table>), which a push calls for
each table of its batch.

Merge, per field: the client sends the row's base version (as it saw the row when it changed
it). A field whose server version is not newer than the base takes the new value; otherwise,
with a different value, it is a true conflict: the later stamp (clock, counter, device) wins
and the losing value is kept in crm_sync.conflicts, which every laptop receives. Stamps are
clamped to five minutes past the server's clock. updated_at is bookkeeping (later wins, no
conflict); two deletes are no conflict. Rows this login may not write are refused.
"""

from __future__ import annotations

from crm_desktop.sync.server_tables import PATH, hidden_strip, quoted
from crm_desktop.sync.server_visibility import is_restricted
from crm_desktop.sync.tables import Table


def duplicates_sql(t: Table) -> str:
    """A client that arrives with the tax id, a phone or an email of another live one is
    kept, and flagged for a merge once, here, so every laptop shows the same flag."""
    if t.name not in ("companies", "contacts"):
        return ""
    tax = "(n.tax_id IS NOT NULL AND n.tax_id <> '' AND o.tax_id = n.tax_id) OR " \
        if t.column("tax_id") else ""
    return f"""
  INSERT INTO conflicts(seq, kind, tbl, row_id, field, kept_value, lost_value)
  SELECT last + nconf + row_number() OVER (ORDER BY n.id), 'duplicate', {quoted(t.name)}, n.id,
         'duplicate_of', to_jsonb(o.id), NULL
  FROM pg_temp.crm_rows r
  -- one key lookup per new row (LIMIT keeps it a lookup: the planner, misled by a table
  -- that grew since its last ANALYZE, would otherwise scan the whole table per push)
  CROSS JOIN LATERAL (SELECT x.* FROM crm.{t.name} x WHERE x.id = r.id LIMIT 1) n
  CROSS JOIN LATERAL (
    SELECT o.id FROM crm.{t.name} o
    WHERE o.id <> n.id AND o.deleted_at IS NULL
      AND (o.id < n.id OR NOT EXISTS (SELECT 1 FROM pg_temp.crm_rows f
                                      WHERE f.id = o.id AND f.fresh))
      AND ({tax}o.phones ?| ARRAY(SELECT jsonb_array_elements_text(n.phones))
           OR o.emails ?| ARRAY(SELECT jsonb_array_elements_text(n.emails)))
    ORDER BY o.id LIMIT 1) o
  WHERE r.fresh AND n.deleted_at IS NULL;
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
      FROM {staged} n LEFT JOIN LATERAL (
        SELECT s.* FROM crm.{t.name} s WHERE s.id = n.id LIMIT 1) t ON true) x
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
                f"(SELECT max(d.deleted_at) FROM deleted d WHERE d.tbl = {quoted(t.name)} AND "
                f"d.row_id = n.id)) END")
        else:
            insert_values.append(f"n.{c}")
    sets = ",\n      ".join(
        f"{c} = CASE WHEN a.applied ? {quoted(c)} THEN n.{c} ELSE t.{c} END" for c in synced)
    ref_checks = []
    for ref in t.references:
        same_table = ref.references == t.name
        batch = f" AND c2.{ref.name} NOT IN (SELECT id FROM {staged})" if same_table else ""
        ref_checks.append(
            f"SELECT c2.id, {quoted(ref.name)}, {quoted(str(ref.references))} FROM {staged} c2 "
            f"WHERE c2.{ref.name} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
            f"crm.{ref.references} p WHERE p.id = c2.{ref.name}){batch}")
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
    CROSS JOIN LATERAL (SELECT s.* FROM crm.{t.name} s WHERE s.id = m.id LIMIT 1) t),
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
  -- Positions in id order, one per row that changes.
  INSERT INTO pg_temp.crm_rows(id, fresh, s, caught_up, ok, applied, seq)
  SELECT x.id, x.fresh, x.s, x.caught_up, x.ok, x.applied,
         CASE WHEN x.changes THEN p_next + sum(x.changes::int) OVER (ORDER BY x.id) END
  FROM (
    SELECT r.id, t.id IS NULL AS fresh, r.s,
           (t.id IS NULL AND coalesce(r.cv, 0) >= 0) OR t.sync_seq <= coalesce(r.cv, 0)
             AS caught_up,
           coalesce(g.bad, 0) = 0 AS ok, coalesce(g.applied, '[]') AS applied,
           t.id IS NULL OR g.applied IS NOT NULL OR coalesce(g.bad, 0) > 0 AS changes
    FROM pg_temp.crm_meta r
    LEFT JOIN LATERAL (SELECT s.id, s.sync_seq FROM crm.{t.name} s WHERE s.id = r.id
                       LIMIT 1) t ON true
    LEFT JOIN (SELECT d.id, count(*) FILTER (WHERE d.decision IN ('lose', 'keep')) AS bad,
                      jsonb_agg(d.field) FILTER (WHERE d.decision IN ('apply', 'win'))
                        AS applied
               FROM pg_temp.crm_decided d GROUP BY d.id) g ON g.id = r.id) x;

  ANALYZE pg_temp.crm_rows, pg_temp.crm_decided;
  last := p_next + (SELECT count(*) FROM pg_temp.crm_rows WHERE seq IS NOT NULL);

  INSERT INTO crm.{t.name} ({", ".join(cols)}, sync_seq, sync_origin, sync_created, sync_changes)
  SELECT {", ".join(insert_values)}, r.seq,
         -- the sender holds this row exactly, unless a deletion was laid over its copy
         CASE WHEN r.ok AND r.caught_up AND (n.deleted_at IS NOT NULL OR m.f ? 'deleted_at'
                   OR NOT EXISTS (SELECT 1 FROM deleted d WHERE d.tbl = {quoted(t.name)}
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
  SELECT session_user, p_device, {quoted(t.name)}, d.id, d.field, d.oval, d.nval
  FROM pg_temp.crm_decided d WHERE d.decision IN ('apply', 'win')
  UNION ALL
  SELECT session_user, p_device, {quoted(t.name)}, r.id, '*', NULL, NULL
  FROM pg_temp.crm_rows r WHERE r.fresh;

  INSERT INTO conflicts(seq, kind, tbl, row_id, field, kept_value, lost_value, kept_stamp,
                        lost_stamp, lost_login)
  SELECT last + row_number() OVER (ORDER BY d.id, d.field), 'conflict', {quoted(t.name)},
         d.id, d.field,
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
           (SELECT to_jsonb(t) - {hidden_strip()} FROM crm.{t.name} t WHERE t.id = d.id),
           (SELECT t.sync_seq FROM crm.{t.name} t WHERE t.id = d.id))), '{{}}')
    INTO denied FROM pg_temp.crm_denied d;
  SELECT jsonb_build_object(
    'denied', denied,
    'next', last + nconf + ndup,
    -- Exact: the sender holds the row as stored. Not so for a new row over which a
    -- deletion by another tool was laid (stored as a tombstone, sent back to the sender).
    'rows', coalesce(jsonb_object_agg(r.id, jsonb_build_array(
              coalesce(r.seq, (SELECT t.sync_seq FROM crm.{t.name} t WHERE t.id = r.id)),
              r.ok AND r.caught_up AND (NOT r.fresh OR (
                SELECT t.sync_origin FROM crm.{t.name} t WHERE t.id = r.id) = p_device))),
            '{{}}'),
    'conflicts', nconf + ndup)
  INTO answer
  FROM pg_temp.crm_rows r;
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
