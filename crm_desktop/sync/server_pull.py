"""The server's read side: the feed (crm_sync.pull), the snapshot a new laptop starts from,
and the compaction of what the feed keeps besides the rows.

Every writer takes the one counter row (FOR UPDATE) before numbering its changes and holds
it until commit, so positions become visible in commit order: a reader that has seen
position N can never later find a smaller one. The feed is the rows themselves, by
`sync_seq`: a page is whole rows, and a row changed twice is sent once.
"""

from __future__ import annotations

from crm_desktop.sync.server_tables import PATH, hidden_strip, quoted
from crm_desktop.sync.server_visibility import is_restricted, restricted_pull_sql
from crm_desktop.sync.tables import tables


def pull_function_sql() -> str:
    parts = [
        f"(SELECT t.sync_seq, {quoted(t.name)}, t.id, to_jsonb(t) - {hidden_strip()} "
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
        f"WHEN {quoted(t.name)} THEN\n      SELECT coalesce(jsonb_agg(jsonb_build_array("
        f"x.sync_seq, "
        f"x.id, x.data) ORDER BY x.id), '[]') INTO result FROM (SELECT t.sync_seq, t.id, "
        f"to_jsonb(t) - {hidden_strip()} AS data FROM crm.{t.name} t WHERE t.id > p_after "
        f"ORDER BY t.id LIMIT p_limit) x;"
        for t in tables())
    # A login that reads part of the office: its rows only, references to others' emptied.
    restricted_cases = "\n    ".join(
        f"WHEN {quoted(t.name)} THEN\n      SELECT coalesce(jsonb_agg(jsonb_build_array("
        f"x.sync_seq, "
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
