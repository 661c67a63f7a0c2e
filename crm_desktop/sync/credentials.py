"""The server password lives in the OS keyring (keyring), never in a file, the database or
a log. Without a keyring backend, a clear message, and the caller asks each time."""

from __future__ import annotations

import os
from urllib.parse import urlsplit, urlunsplit

from crm_desktop.domain.errors import CrmError

SERVICE = "crm-desktop"


class NoKeyringError(CrmError):
    pass


def _account(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.username}@{parts.hostname}:{parts.port or 5432}{parts.path}"


def store_password(url: str, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError
    from keyring.errors import NoKeyringError as _NoBackend

    try:
        keyring.set_password(SERVICE, _account(url), password)
    except (_NoBackend, KeyringError, RuntimeError) as exc:
        raise NoKeyringError("no password store (keyring) is available on this computer; "
                             "the password will be asked for at each sync") from exc


def load_password(url: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(SERVICE, _account(url))
    except Exception:  # noqa: BLE001  (no backend: no stored password)
        return None


def url_with_password(url: str, password: str | None = None) -> str:
    """The URL with the password from the keyring (or given) for the connection only."""
    # Without a keyring backend, the command line takes $CRM_SERVER_PASSWORD (never a file).
    secret = password or load_password(url) or os.environ.get("CRM_SERVER_PASSWORD")
    if not secret:
        return url
    parts = urlsplit(url)
    from urllib.parse import quote

    netloc = f"{parts.username}:{quote(secret, safe='')}@{parts.hostname}" + (
        f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
