"""The server's push function (crm_sync.push) and the merge repair run after every push.

Push is idempotent and fork-proof: each accepted push gives the device a new token. The
retry of a batch whose answer was lost presents the previous token with the same outbox
range and digest and gets the stored answer; any other stale token is a fork (a restored
backup, a copied file): the laptop registers as a new device and sends its changes again.
"""

from __future__ import annotations

from crm_desktop.sync.server_tables import PATH, quoted
from crm_desktop.sync.tables import tables


def push_function_sql() -> str:
    calls = "\n  ".join(
        f"IF p_rows ? {quoted(t.name)} THEN\n"
        f"    part := merge_{t.name}(p_rows -> {quoted(t.name)}, p_device, n, clamp, me.role,\n"
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
           sync_changes = c.sync_changes || jsonb_build_object({quoted(c.name)},
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
