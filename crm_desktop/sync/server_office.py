"""Server functions for running the office from the app: users and rights, the audit log.

Each is SECURITY DEFINER, pins search_path (server_schema.PATH) and decides from
crm_sync.caller() alone who may do what.
"""

from __future__ import annotations

# SQL run by `server init` after the sync functions.
OFFICE_SQL = ""
# Signatures granted to the office's client role, as in server_schema.PUBLIC_FUNCTIONS.
OFFICE_FUNCTIONS: list[str] = []
