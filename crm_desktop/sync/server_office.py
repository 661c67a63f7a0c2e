"""Server functions for running the office from the app: users and rights, the audit log.

Each is SECURITY DEFINER, pins search_path (the same PATH as server_tables) and decides from
crm_sync.caller() alone who may do what:

    office_whoami()                        who am I, and can this server create logins
    office_users()                         owner: everyone; head: themselves and their team
    office_add_user(login, name, role, head, secret, user_id)
                                           owner: any role; head: a manager in their team
    office_set_role(login, role, head)     owner only ('' as head: no team)
    office_set_disabled(login, disabled)   owner: anyone but themselves; head: their team
    office_reset_password(login, secret)   owner: anyone; head: themselves and their team
    office_audit(table, row, limit)        owner and head: any record; a manager: records
                                           they may see

Passwords never reach the server in clear text: the program sends a SCRAM verifier
(libpq's PQencryptPasswordConn), so no server log or statement view can show one.
Logins are made with CREATE ROLE by the functions' owner (who ran `server init`): without
CREATEROLE the functions say so, with the statement the administrator needs.

Refusals are raised as 'crm-office: <reason>' (services.office turns them into one line).
The command line (`server add-user` ...) calls the same functions as the administrator, whom
crm_sync.caller() treats as the owner.
"""

from __future__ import annotations

from crm_desktop.sync.server_tables import PATH
from crm_desktop.sync.tables import tables

ROLES = ("owner", "head", "manager")
LOGIN_PATTERN = "^[a-z_][a-z0-9_]{0,49}$"
AUDIT_LIMIT = 1000


def _q(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _array(names: list[str]) -> str:
    return "ARRAY[" + ", ".join(_q(n) for n in names) + "]::text[]"


def office_sql() -> str:
    all_tables = _array([t.name for t in tables()])
    return f"""
-- Who may manage users at all: the owner, or a head (for their team).
CREATE OR REPLACE FUNCTION crm_sync.office_admin() RETURNS crm_sync.logins
LANGUAGE plpgsql STABLE {PATH} AS $$
DECLARE me logins := caller();
BEGIN
  IF me.role NOT IN ('owner', 'head') THEN
    RAISE EXCEPTION 'crm-office: only the owner or a head can manage users';
  END IF;
  RETURN me;
END $$;

-- Making and changing logins needs CREATEROLE on the functions' owner (the administrator
-- who ran server init).
CREATE OR REPLACE FUNCTION crm_sync.office_check_createrole() RETURNS void
LANGUAGE plpgsql STABLE {PATH} AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user
                 AND (rolsuper OR rolcreaterole)) THEN
    RAISE EXCEPTION 'crm-office: this server cannot create or change logins: the role % that '
      'ran ''server init'' lacks CREATEROLE; the server''s administrator runs '
      '"ALTER ROLE % CREATEROLE" (or runs server init as a superuser), then tries again',
      current_user, quote_ident(current_user);
  END IF;
END $$;

-- A login of this office, for a change by `me`: found, and within me's reach.
CREATE OR REPLACE FUNCTION crm_sync.office_target(me crm_sync.logins, p_login text,
                                                  p_what text) RETURNS crm_sync.logins
LANGUAGE plpgsql STABLE {PATH} AS $$
DECLARE t logins; team boolean;
BEGIN
  SELECT * INTO t FROM logins WHERE login = p_login;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'crm-office: no login % in this office', p_login;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login)
     OR NOT pg_has_role(p_login, client_role(), 'MEMBER') THEN
    RAISE EXCEPTION 'crm-office: no login % in this office', p_login;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login
             AND (rolsuper OR rolcreaterole OR rolreplication OR rolbypassrls)) THEN
    RAISE EXCEPTION 'crm-office: % is an administrator''s role of the server: change it there',
      p_login;
  END IF;
  IF me.role = 'owner' THEN
    RETURN t;
  END IF;
  team := EXISTS (SELECT 1 FROM crm.users u WHERE u.id = t.user_id
                  AND u.head_id IS NOT DISTINCT FROM me.user_id) AND me.user_id IS NOT NULL;
  IF p_what = 'password' AND t.login = me.login THEN
    RETURN t;
  END IF;
  IF NOT team OR t.role <> 'manager' THEN
    RAISE EXCEPTION 'crm-office: a head can % only the managers of their own team', p_what;
  END IF;
  RETURN t;
END $$;

CREATE OR REPLACE FUNCTION crm_sync.office_head(p_head text) RETURNS text
LANGUAGE plpgsql STABLE {PATH} AS $$
DECLARE found_id text;
BEGIN
  IF p_head IS NULL OR p_head = '' THEN
    RETURN NULL;
  END IF;
  SELECT user_id INTO found_id FROM logins WHERE login = p_head AND user_id IS NOT NULL;
  IF found_id IS NULL THEN
    SELECT id INTO found_id FROM crm.users WHERE id = p_head AND deleted_at IS NULL;
  END IF;
  IF found_id IS NULL THEN
    RAISE EXCEPTION 'crm-office: no user or login % to be the head of a team', p_head;
  END IF;
  RETURN found_id;
END $$;

CREATE OR REPLACE FUNCTION crm_sync.office_check_secret(p_secret text) RETURNS void
LANGUAGE plpgsql IMMUTABLE {PATH} AS $$
BEGIN
  IF p_secret IS NOT NULL AND p_secret NOT LIKE 'SCRAM-SHA-256$%' THEN
    RAISE EXCEPTION 'crm-office: a password must arrive encrypted (a SCRAM verifier), never '
      'in clear text';
  END IF;
END $$;

CREATE OR REPLACE FUNCTION crm_sync.office_whoami() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER {PATH} AS $$
DECLARE me logins := caller();
BEGIN
  RETURN jsonb_build_object(
    'login', me.login, 'user_id', me.user_id, 'role', me.role,
    'can_create_logins', EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user
                                 AND (rolsuper OR rolcreaterole)),
    'functions_owner', current_user::text,
    'visibility', coalesce((SELECT value FROM meta WHERE key = 'visibility'), 'all'));
END $$;

CREATE OR REPLACE FUNCTION crm_sync.office_users() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER {PATH} AS $$
DECLARE me logins := office_admin();
BEGIN
  RETURN coalesce((
    SELECT jsonb_agg(jsonb_build_object(
      'login', l.login, 'user_id', l.user_id, 'name', coalesce(u.name, l.login),
      'role', l.role, 'head_id', u.head_id, 'head_name', h.name, 'disabled', l.disabled,
      'created_at', l.created_at,
      'last_seen', (SELECT max(d.last_seen) FROM devices d WHERE d.login = l.login),
      'devices', (SELECT count(*) FROM devices d WHERE d.login = l.login))
      ORDER BY lower(coalesce(u.name, l.login)), l.login)
    FROM logins l
    LEFT JOIN crm.users u ON u.id = l.user_id
    LEFT JOIN crm.users h ON h.id = u.head_id
    WHERE me.role = 'owner' OR l.login = me.login
       OR (me.user_id IS NOT NULL AND u.head_id = me.user_id)), '[]'::jsonb);
END $$;

CREATE OR REPLACE FUNCTION crm_sync.office_add_user(p_login text, p_name text, p_role text,
                                                    p_head text, p_secret text,
                                                    p_user_id text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me logins := office_admin(); v_head text; candidate text; n int := 1;
        new_id text;
BEGIN
  PERFORM office_check_createrole();
  PERFORM office_check_secret(p_secret);
  PERFORM pg_advisory_xact_lock(7031967);  -- two adds at once never pick the same name
  IF p_role IS NULL OR p_role <> ALL (ARRAY['owner', 'head', 'manager']) THEN
    RAISE EXCEPTION 'crm-office: the role must be owner, head or manager';
  END IF;
  IF coalesce(btrim(p_name), '') = '' OR length(p_name) > 200 THEN
    RAISE EXCEPTION 'crm-office: a user needs a name (up to 200 characters)';
  END IF;
  IF p_login IS NULL OR p_login !~ '{LOGIN_PATTERN}' THEN
    RAISE EXCEPTION 'crm-office: a login is made of small Latin letters, digits and _ '
      '(up to 50, not starting with a digit)';
  END IF;
  v_head := office_head(p_head);
  IF me.role = 'head' THEN
    IF p_role <> 'manager' THEN
      RAISE EXCEPTION 'crm-office: a head can add managers only; the owner adds heads and '
        'owners';
    END IF;
    IF v_head IS NOT NULL AND v_head IS DISTINCT FROM me.user_id THEN
      RAISE EXCEPTION 'crm-office: a head adds people to their own team only';
    END IF;
    v_head := me.user_id;
  END IF;
  -- Never an existing role of the cluster (another database's, or the administrator's): the
  -- next free name instead.
  candidate := p_login;
  WHILE EXISTS (SELECT 1 FROM pg_roles WHERE rolname = candidate)
        OR EXISTS (SELECT 1 FROM logins WHERE login = candidate) LOOP
    n := n + 1;
    candidate := left(p_login, 45) || '_' || n;
  END LOOP;
  IF p_user_id IS NOT NULL THEN
    IF NOT EXISTS (SELECT 1 FROM crm.users WHERE id = p_user_id AND deleted_at IS NULL) THEN
      RAISE EXCEPTION 'crm-office: no user % on the server (sync first)', p_user_id;
    END IF;
    IF EXISTS (SELECT 1 FROM logins WHERE user_id = p_user_id) THEN
      RAISE EXCEPTION 'crm-office: this person already has a login';
    END IF;
    IF me.role = 'head' AND NOT EXISTS (SELECT 1 FROM crm.users WHERE id = p_user_id
                                        AND head_id IS NOT DISTINCT FROM me.user_id) THEN
      RAISE EXCEPTION 'crm-office: a head gives logins to their own team only';
    END IF;
    UPDATE crm.users SET name = p_name, role = p_role, head_id = coalesce(v_head, head_id),
                         is_active = true
      WHERE id = p_user_id;
    new_id := p_user_id;
  ELSE
    INSERT INTO crm.users(name, role, head_id) VALUES (p_name, p_role, v_head)
      RETURNING id INTO new_id;
  END IF;
  IF p_secret IS NULL THEN
    EXECUTE format('CREATE ROLE %I LOGIN IN ROLE %I', candidate, client_role());
  ELSE
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', candidate, p_secret,
                   client_role());
  END IF;
  EXECUTE format('COMMENT ON ROLE %I IS %L', candidate,
                 'crm-desktop ' || p_role || ': ' || p_name);
  INSERT INTO logins(login, user_id, role) VALUES (candidate, new_id, p_role);
  RETURN candidate;
END $$;

CREATE OR REPLACE FUNCTION crm_sync.office_set_role(p_login text, p_role text, p_head text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me logins := office_admin(); t logins; v_head text;
BEGIN
  IF me.role <> 'owner' THEN
    RAISE EXCEPTION 'crm-office: only the owner can change roles and teams';
  END IF;
  PERFORM office_check_createrole();  -- the login's comment names its role
  IF p_role IS NULL OR p_role <> ALL (ARRAY['owner', 'head', 'manager']) THEN
    RAISE EXCEPTION 'crm-office: the role must be owner, head or manager';
  END IF;
  t := office_target(me, p_login, 'change');
  IF t.login = me.login AND p_role <> 'owner' AND NOT EXISTS (
      SELECT 1 FROM logins WHERE role = 'owner' AND NOT disabled AND login <> me.login) THEN
    RAISE EXCEPTION 'crm-office: the office would have no owner: make someone else the owner '
      'first';
  END IF;
  v_head := office_head(p_head);
  IF v_head IS NOT NULL AND v_head = t.user_id THEN
    RAISE EXCEPTION 'crm-office: nobody is their own head';
  END IF;
  UPDATE logins SET role = p_role WHERE login = t.login;
  UPDATE crm.users SET role = p_role,
         head_id = CASE WHEN p_head IS NULL THEN head_id ELSE v_head END
    WHERE id = t.user_id
      AND (role IS DISTINCT FROM p_role OR (p_head IS NOT NULL AND
                                            head_id IS DISTINCT FROM v_head));
  EXECUTE format('COMMENT ON ROLE %I IS %L', t.login, 'crm-desktop ' || p_role || ': ' ||
                 coalesce((SELECT name FROM crm.users WHERE id = t.user_id), t.login));
END $$;

CREATE OR REPLACE FUNCTION crm_sync.office_set_disabled(p_login text, p_disabled boolean)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me logins := office_admin(); t logins;
BEGIN
  PERFORM office_check_createrole();
  t := office_target(me, p_login, CASE WHEN p_disabled THEN 'disable' ELSE 'enable' END);
  IF p_disabled AND t.login = me.login THEN
    RAISE EXCEPTION 'crm-office: you cannot disable your own login';
  END IF;
  UPDATE logins SET disabled = p_disabled WHERE login = t.login;
  EXECUTE format('ALTER ROLE %I %s', t.login, CASE WHEN p_disabled THEN 'NOLOGIN'
                                                    ELSE 'LOGIN' END);
  UPDATE crm.users SET is_active = NOT p_disabled
    WHERE id = t.user_id AND is_active IS DISTINCT FROM NOT p_disabled;
  IF p_disabled THEN
    -- Open sessions end too (where the functions' owner may signal them): a disabled person
    -- stops syncing now, not at the next start.
    BEGIN
      PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = t.login;
    EXCEPTION WHEN insufficient_privilege THEN
      NULL;  -- their next call is refused by crm_sync.caller() all the same
    END;
  END IF;
END $$;

CREATE OR REPLACE FUNCTION crm_sync.office_reset_password(p_login text, p_secret text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me logins := office_admin(); t logins;
BEGIN
  PERFORM office_check_createrole();
  IF p_secret IS NULL THEN
    RAISE EXCEPTION 'crm-office: a new password is needed';
  END IF;
  PERFORM office_check_secret(p_secret);
  t := office_target(me, p_login, 'password');
  EXECUTE format('ALTER ROLE %I PASSWORD %L', t.login, p_secret);
END $$;

-- May `me` read the history of this record? The owner and heads: any record. Others: what
-- they may read on the server (crm_sync.restricted / visible_row: every client when the
-- office shows every client to everyone, the default; else their own).
CREATE OR REPLACE FUNCTION crm_sync.office_may_read(me crm_sync.logins, p_tbl text,
                                                    p_row text) RETURNS boolean
LANGUAGE plpgsql STABLE {PATH} AS $$
BEGIN
  IF me.role IN ('owner', 'head') OR NOT restricted(me) THEN
    RETURN true;
  END IF;
  RETURN visible_row(p_tbl, p_row, me.role, me.user_id);
END $$;

CREATE OR REPLACE FUNCTION crm_sync.office_audit(p_tbl text, p_row text, p_limit int)
RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER {PATH} AS $$
DECLARE me logins := caller();
BEGIN
  IF p_tbl IS NULL OR NOT p_tbl = ANY ({all_tables}) THEN
    RAISE EXCEPTION 'crm-office: no table % in this office', p_tbl;
  END IF;
  IF NOT office_may_read(me, p_tbl, p_row) THEN
    RAISE EXCEPTION 'crm-office: you may not see this record''s history';
  END IF;
  RETURN coalesce((
    SELECT jsonb_agg(jsonb_build_object(
      'at', a.at, 'login', a.login, 'name', coalesce(u.name, a.login), 'device', a.device,
      'field', a.field, 'old', a.old_value, 'new', a.new_value) ORDER BY a.at DESC, a.id DESC)
    FROM (SELECT * FROM audit WHERE tbl = p_tbl AND row_id = p_row
            AND field NOT IN ('updated_at', 'birthday_md')  -- bookkeeping, not a person's
          ORDER BY at DESC, id DESC
          LIMIT least(greatest(coalesce(p_limit, 200), 1), {AUDIT_LIMIT})) a
    LEFT JOIN logins l ON l.login = a.login
    LEFT JOIN crm.users u ON u.id = l.user_id), '[]'::jsonb);
END $$;
"""


# SQL run by `server init` after the sync functions.
OFFICE_SQL = office_sql()
# Signatures granted to the office's client role, as in server_schema.PUBLIC_FUNCTIONS.
OFFICE_FUNCTIONS: list[str] = [
    "crm_sync.office_whoami()",
    "crm_sync.office_users()",
    "crm_sync.office_add_user(text, text, text, text, text, text)",
    "crm_sync.office_set_role(text, text, text)",
    "crm_sync.office_set_disabled(text, boolean)",
    "crm_sync.office_reset_password(text, text)",
    "crm_sync.office_audit(text, text, int)",
]
