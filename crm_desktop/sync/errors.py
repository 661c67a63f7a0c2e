"""What a sync can fail with, apart from the transport: code that checks an address or a
password (the window's Sync view at start) does not load the PostgreSQL driver for them."""

from __future__ import annotations

from crm_desktop.domain.errors import CrmError

__all__ = ["AuthError", "ConfigError", "InjectedFault", "OfflineError", "ResnapshotNeeded",
           "ServerChanged", "SyncError", "VersionError"]


class SyncError(CrmError):
    """A sync that failed; both databases are unchanged by the failed step."""


class OfflineError(SyncError):
    pass


class AuthError(SyncError):
    pass


class VersionError(SyncError):
    pass


class ServerChanged(SyncError):
    """The file last synced with another server (or a re-created database)."""


class ConfigError(SyncError):
    """The server address or its settings cannot be right (not a network problem)."""


class ResnapshotNeeded(SyncError):
    """The laptop was away longer than the server keeps deletions."""


class InjectedFault(OfflineError):
    pass
