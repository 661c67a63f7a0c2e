"""Offline-first sync between each desktop's SQLite file and a shared PostgreSQL server.

Capture (storage.capture) -> push in batches (push) -> server merge per field into typed
tables (server_merge, server_tables) -> a gap-free feed of whole rows (server_pull) -> pull in
pages (pull) applied in one local transaction with the cursor (row_applier, state).
"""

PROTOCOL_VERSION = 2
SERVER_SCHEMA_VERSION = 2
