"""The server password lives in the OS keyring (keyring), never in a file, the database or
a log. Without a keyring backend it is kept in this process's memory for the session only
(the window asks for it once per start; the command line reads $CRM_SERVER_PASSWORD or
--password-stdin) and is never dropped silently nor written anywhere else.

Addresses are checked before any connection (a malformed one is a configuration error, not
"offline") and shown only redacted: no password, from the user part or a password= option.
"""

from __future__ import annotations

import os
import re
import threading
from urllib.parse import parse_qsl, quote, unquote

from crm_desktop.domain.errors import CrmError
from crm_desktop.sync.errors import ConfigError

SERVICE = "crm-desktop"
ENV_PASSWORD = "CRM_SERVER_PASSWORD"
SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
SCHEMES = ("postgresql", "postgres")

# Typed passwords of this session, where no keyring keeps them: memory only, per account.
_session: dict[str, str] = {}
_lock = threading.Lock()


class NoKeyringError(CrmError):
    pass


def _split(url: str) -> tuple[str, str, str | None, str, str]:
    """(scheme, user, password or None, host[:port], rest) without decoding, robust to an
    '@' or ':' inside the password (the last '@' ends the user part)."""
    scheme, sep, tail = (url or "").partition("://")
    if not sep:
        return "", "", None, "", url or ""
    cut = len(tail)
    head = tail.split("?", 1)[0].split("#", 1)[0]  # an '@' in the options is no user part
    for mark in "/?#":
        index = tail.find(mark, head.rfind("@") + 1 if "@" in head else 0)
        if index != -1:
            cut = min(cut, index)
    netloc, rest = tail[:cut], tail[cut:]
    userinfo, at, hostport = netloc.rpartition("@")
    if not at:
        return scheme, "", None, hostport, rest
    user, colon, password = userinfo.partition(":")
    return scheme, user, password if colon else None, hostport, rest


def _account(url: str) -> str:
    scheme, user, _, hostport, rest = _split(url)
    path = rest.split("?", 1)[0].split("#", 1)[0]
    host = hostport.lower()
    host = host if ":" in host.rsplit("]", 1)[-1] else f"{host}:5432"
    return f"{unquote(user)}@{host}{path}"


def redact_url(url: str) -> str:
    """The URL as it may be shown: no password in the user part or in the options."""
    scheme, user, password, hostport, rest = _split(url)
    if not scheme:
        return _redact_options(url)
    netloc = f"{user}:***@{hostport}" if password is not None else (
        f"{user}@{hostport}" if user else hostport)
    return f"{scheme}://{netloc}{_redact_options(rest)}"


def _redact_options(text: str) -> str:
    return re.sub(r"(?i)(\bpassword\s*=\s*)('[^']*'|[^&\s#]*)", r"\1***", text)


_URL = re.compile(r"(?i)\b(?:postgres|postgresql)://\S+")


def redact_text(text: str) -> str:
    """Every URL in a message redacted; also a bare 'password=...' of a connection string."""
    return _redact_options(_URL.sub(lambda m: redact_url(m.group(0)), text or ""))


def check_url(url: str) -> str:
    """The address as given, or ConfigError saying what is wrong (never its password)."""
    scheme, user, password, hostport, rest = _split((url or "").strip())
    if scheme.lower() not in SCHEMES:
        raise ConfigError("the server address must start with postgresql:// (for example "
                          "postgresql://anna@server:5432/crm)")
    head = (url or "").strip().partition("://")[2].split("?", 1)[0].split("#", 1)[0]
    if any(mark in head.rpartition("@")[0] for mark in "/?#@"):
        raise ConfigError("the server address has a / ? # or @ in its user name or password: "
                          "write them as %2F %3F %23 %40")
    for part, what in ((user, "user name"), (password or "", "password"),
                       (hostport, "host"), (rest, "database or options")):
        if re.search(r"%(?![0-9A-Fa-f]{2})", part):
            hint = " (a % in a password must be written %25)" if what == "password" else ""
            raise ConfigError(f"the server address has a broken %-escape in its {what}{hint}")
        if any(ord(c) < 32 or c == " " for c in part):
            raise ConfigError(f"the server address has a space or control character in its "
                              f"{what}")
    host = hostport
    if host.startswith("["):
        end = host.find("]")
        if end == -1:
            raise ConfigError("the server address has an unclosed [ in its host")
        host, port = host[1:end], host[end + 1:].lstrip(":")
    else:
        host, _, port = host.partition(":")
    if port and not (port.isdigit() and 0 < int(port) < 65536):
        raise ConfigError("the server's port must be a number from 1 to 65535")
    path = rest.split("?", 1)[0].split("#", 1)[0]
    query = rest.split("?", 1)[1].split("#", 1)[0] if "?" in rest else ""
    if not path.strip("/"):
        raise ConfigError("the server address names no database (…/DATABASE at its end)")
    try:
        options = parse_qsl(query, keep_blank_values=True, strict_parsing=bool(query))
    except ValueError:
        raise ConfigError("the options after ? in the server address cannot be read") from None
    for key, value in options:
        if key == "sslmode" and value not in SSLMODES:
            raise ConfigError("the secure-connection setting (sslmode) is not valid: use "
                              "disable, prefer, require, verify-ca or verify-full")
    if host and not re.fullmatch(r"[A-Za-z0-9._%:-]+", host):
        raise ConfigError("the server's host name has characters a host name cannot have")
    return url


# -- the keyring ----------------------------------------------------------------------------

def has_keyring() -> bool:
    """Whether a real password store exists here (not keyring's 'fail' or null backend)."""
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001  (no keyring at all)
        return False
    name = type(backend).__module__ + "." + type(backend).__name__
    return "fail" not in name.lower() and "null" not in name.lower() and \
        getattr(backend, "priority", 1) > 0


def remember(url: str, password: str) -> None:
    """For this session only (memory): where no keyring exists, or until it is stored."""
    with _lock:
        _session[_account(url)] = password


def forget(url: str) -> None:
    with _lock:
        _session.pop(_account(url), None)


def store_password(url: str, password: str) -> None:
    """Into the keyring; without one, kept in memory for this session and NoKeyringError
    says so (the caller shows it: the password will be asked again at the next start)."""
    remember(url, password)
    try:
        import keyring
        from keyring.errors import KeyringError
        from keyring.errors import NoKeyringError as _NoBackend
    except ImportError as exc:
        raise NoKeyringError(_NO_STORE) from exc
    if not has_keyring():
        raise NoKeyringError(_NO_STORE)
    try:
        keyring.set_password(SERVICE, _account(url), password)
    except (_NoBackend, KeyringError, RuntimeError) as exc:
        raise NoKeyringError(_NO_STORE) from exc


_NO_STORE = ("no password store (keyring) is available on this computer: the password is "
             "kept in memory until the program closes and asked for again at the next start")


def load_password(url: str) -> str | None:
    """The password typed in this session, else the keyring's."""
    with _lock:
        typed = _session.get(_account(url))
    if typed:
        return typed
    try:
        import keyring

        return keyring.get_password(SERVICE, _account(url))
    except Exception:  # noqa: BLE001  (no backend: no stored password)
        return None


def password_known(url: str) -> bool:
    """Whether a connection would carry a password (in the URL, typed, stored or $env)."""
    _, _, inline, _, _ = _split(url)
    return bool(inline or load_password(url) or os.environ.get(ENV_PASSWORD))


def url_with_password(url: str, password: str | None = None) -> str:
    """The URL with the password (given, typed this session, from the keyring, or the
    command line's $CRM_SERVER_PASSWORD) for the connection only; a password already in
    the URL stays. Never shown: messages use redact_url."""
    scheme, user, inline, hostport, rest = _split(url)
    if not scheme or (inline is not None and password is None):
        return url
    secret = password or load_password(url) or os.environ.get(ENV_PASSWORD)
    if not secret:
        return url
    return f"{scheme}://{user}:{quote(secret, safe='')}@{hostport}{rest}"
