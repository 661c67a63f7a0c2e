"""Offline-first sync between each desktop's SQLite file and a shared PostgreSQL server.

Capture (storage.capture) -> push in batches -> server merge per field (server_schema) ->
a gap-free change feed -> pull in pages applied in one local transaction with the cursor.
"""

PROTOCOL_VERSION = 1
SERVER_SCHEMA_VERSION = 1
