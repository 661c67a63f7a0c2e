-- The server schema of sync version 1 (crm-desktop 0.1), to test the in-place upgrade.

CREATE TABLE IF NOT EXISTS sync_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS sync_counter (
    id int PRIMARY KEY CHECK (id = 1), last_seq bigint NOT NULL);
INSERT INTO sync_counter VALUES (1, 0) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS sync_fields (
    tbl text NOT NULL, row_id text NOT NULL, field text NOT NULL,
    value jsonb, stamp text NOT NULL, device text NOT NULL, seq bigint NOT NULL,
    PRIMARY KEY (tbl, row_id, field));
CREATE TABLE IF NOT EXISTS sync_feed (
    seq bigint PRIMARY KEY, kind text NOT NULL, tbl text NOT NULL, row_id text NOT NULL,
    field text NOT NULL, value jsonb, stamp text NOT NULL, device text NOT NULL,
    lost_value jsonb, lost_stamp text, lost_device text,
    committed_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS sync_devices (
    device text PRIMARY KEY, user_name text, last_outbox bigint NOT NULL DEFAULT 0,
    last_seen timestamptz);

CREATE OR REPLACE FUNCTION crm_check_versions(protocol int, schema_version int)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF protocol <> 1 THEN
    RAISE EXCEPTION
      'crm-sync: protocol % is not supported by this server (it speaks 1)',
      protocol;
  END IF;
  IF schema_version <> (SELECT value::int FROM sync_meta WHERE key = 'schema_version') THEN
    RAISE EXCEPTION 'crm-sync: data schema % does not match the server''s %', schema_version,
      (SELECT value FROM sync_meta WHERE key = 'schema_version');
  END IF;
END $$;

-- One batch of one device's outbox: [{"tbl", "row_id", "field", "value", "base", "stamp"}].
-- Returns the new stamp of each field in the batch, or {"replayed": true}.
CREATE OR REPLACE FUNCTION crm_push(p_device text, protocol int, schema_version int,
                                    p_last_outbox bigint, p_changes jsonb, p_user text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
  c jsonb; cur record; next_seq bigint; incoming text; clamp text; result jsonb := '{}';
  done bigint;
BEGIN
  PERFORM crm_check_versions(protocol, schema_version);
  PERFORM pg_advisory_xact_lock(7031965);  -- one writer at a time: the feed stays in order
  INSERT INTO sync_devices(device, user_name, last_seen) VALUES (p_device, p_user, now())
    ON CONFLICT (device) DO UPDATE SET last_seen = now(), user_name = p_user;
  SELECT last_outbox INTO done FROM sync_devices WHERE device = p_device FOR UPDATE;
  IF p_last_outbox <= done THEN
    RETURN jsonb_build_object('replayed', true);  -- a retried batch: already applied
  END IF;
  SELECT last_seq INTO next_seq FROM sync_counter WHERE id = 1 FOR UPDATE;
  clamp := lpad(((extract(epoch FROM clock_timestamp()) * 1000)::bigint + 300000)::text, 15, '0');
  FOR c IN SELECT * FROM jsonb_array_elements(p_changes) LOOP
    incoming := c->>'stamp';
    IF left(incoming, 15) > clamp THEN  -- a clock far in the future cannot win forever
      incoming := clamp || substr(incoming, 16);
    END IF;
    SELECT * INTO cur FROM sync_fields
      WHERE tbl = c->>'tbl' AND row_id = c->>'row_id' AND field = c->>'field' FOR UPDATE;
    IF NOT FOUND THEN
      next_seq := next_seq + 1;
      INSERT INTO sync_fields VALUES (c->>'tbl', c->>'row_id', c->>'field', c->'value',
                                      incoming, p_device, next_seq);
      INSERT INTO sync_feed(seq, kind, tbl, row_id, field, value, stamp, device)
        VALUES (next_seq, 'value', c->>'tbl', c->>'row_id', c->>'field', c->'value', incoming,
                p_device);
      result := result || jsonb_build_object(c->>'tbl' || '|' || (c->>'row_id') || '|' ||
                                             (c->>'field'), incoming);
    ELSIF cur.value IS NOT DISTINCT FROM c->'value' THEN
      result := result || jsonb_build_object(c->>'tbl' || '|' || (c->>'row_id') || '|' ||
                                             (c->>'field'), cur.stamp);
    ELSIF cur.stamp = coalesce(c->>'base', '')
          OR (cur.device = p_device AND incoming > cur.stamp) THEN
      -- the base the client saw, or its own earlier write (a device's writes are in order)
      next_seq := next_seq + 1;
      UPDATE sync_fields SET value = c->'value', stamp = incoming, device = p_device,
             seq = next_seq
        WHERE tbl = c->>'tbl' AND row_id = c->>'row_id' AND field = c->>'field';
      INSERT INTO sync_feed(seq, kind, tbl, row_id, field, value, stamp, device)
        VALUES (next_seq, 'value', c->>'tbl', c->>'row_id', c->>'field', c->'value', incoming,
                p_device);
      result := result || jsonb_build_object(c->>'tbl' || '|' || (c->>'row_id') || '|' ||
                                             (c->>'field'), incoming);
    ELSIF c->>'field' = 'updated_at' THEN
      -- Bookkeeping, not data a person chose: the later stamp wins without a conflict.
      IF incoming > cur.stamp THEN
        next_seq := next_seq + 1;
        UPDATE sync_fields SET value = c->'value', stamp = incoming, device = p_device,
               seq = next_seq
          WHERE tbl = c->>'tbl' AND row_id = c->>'row_id' AND field = c->>'field';
        INSERT INTO sync_feed(seq, kind, tbl, row_id, field, value, stamp, device)
          VALUES (next_seq, 'value', c->>'tbl', c->>'row_id', c->>'field', c->'value',
                  incoming, p_device);
      END IF;
      result := result || jsonb_build_object(c->>'tbl' || '|' || (c->>'row_id') || '|' ||
                                             (c->>'field'), greatest(incoming, cur.stamp));
    ELSE
      -- A true conflict: the later stamp wins; the loser is kept and sent to everyone.
      next_seq := next_seq + 1;
      IF incoming > cur.stamp THEN
        UPDATE sync_fields SET value = c->'value', stamp = incoming, device = p_device,
               seq = next_seq
          WHERE tbl = c->>'tbl' AND row_id = c->>'row_id' AND field = c->>'field';
        INSERT INTO sync_feed VALUES (next_seq, 'conflict', c->>'tbl', c->>'row_id',
          c->>'field', c->'value', incoming, p_device, cur.value, cur.stamp, cur.device, now());
        result := result || jsonb_build_object(c->>'tbl' || '|' || (c->>'row_id') || '|' ||
                                               (c->>'field'), incoming);
      ELSE
        INSERT INTO sync_feed VALUES (next_seq, 'conflict', c->>'tbl', c->>'row_id',
          c->>'field', cur.value, cur.stamp, cur.device, c->'value', incoming, p_device, now());
        result := result || jsonb_build_object(c->>'tbl' || '|' || (c->>'row_id') || '|' ||
                                               (c->>'field'), cur.stamp);
      END IF;
    END IF;
  END LOOP;
  UPDATE sync_counter SET last_seq = next_seq WHERE id = 1;
  UPDATE sync_devices SET last_outbox = p_last_outbox WHERE device = p_device;
  RETURN jsonb_build_object('stamps', result);
END $$;

-- A page of the feed after a cursor, in commit order.
CREATE OR REPLACE FUNCTION crm_pull(p_device text, protocol int, schema_version int,
                                    p_cursor bigint, p_limit int)
RETURNS SETOF sync_feed LANGUAGE plpgsql SECURITY DEFINER STABLE AS $$
BEGIN
  PERFORM crm_check_versions(protocol, schema_version);
  RETURN QUERY SELECT * FROM sync_feed WHERE seq > p_cursor ORDER BY seq LIMIT p_limit;
END $$;

-- A new device: the current value of every field of one table, in pages by key, and the
-- feed position the page corresponds to. The client asks table by table in the order of
-- their references, so a page never refers to a row still to come.
DROP FUNCTION IF EXISTS crm_snapshot(int, int, text, text, int);
CREATE OR REPLACE FUNCTION crm_snapshot(protocol int, schema_version int, p_tbl text,
                                        p_after_row text, p_limit int)
RETURNS TABLE(tbl text, row_id text, fields jsonb, stamps jsonb, feed_seq bigint)
LANGUAGE plpgsql SECURITY DEFINER STABLE AS $$
BEGIN
  PERFORM crm_check_versions(protocol, schema_version);
  RETURN QUERY
    SELECT f.tbl, f.row_id, jsonb_object_agg(f.field, f.value),
           jsonb_object_agg(f.field, f.stamp), (SELECT last_seq FROM sync_counter)
    FROM sync_fields f WHERE f.tbl = p_tbl AND f.row_id > p_after_row
    GROUP BY f.tbl, f.row_id ORDER BY f.tbl, f.row_id LIMIT p_limit;
END $$;

INSERT INTO sync_meta VALUES ('schema_version', '1')
  ON CONFLICT (key) DO NOTHING;
INSERT INTO sync_meta VALUES ('protocol', '1')
  ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;


DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'crm_sync_client') THEN
    CREATE ROLE crm_sync_client NOLOGIN;
  END IF;
END $$;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM crm_sync_client;
GRANT EXECUTE ON FUNCTION crm_push(text, int, int, bigint, jsonb, text) TO crm_sync_client;
GRANT EXECUTE ON FUNCTION crm_pull(text, int, int, bigint, int) TO crm_sync_client;
GRANT EXECUTE ON FUNCTION crm_snapshot(int, int, text, text, int) TO crm_sync_client;
