"""Offline-first sync between each desktop's SQLite file and a shared PostgreSQL server.

Capture (storage.capture) -> push in batches -> server merge per field into typed tables
(server_schema) -> a gap-free feed of whole rows -> pull in pages applied in one local
transaction with the cursor.
"""

PROTOCOL_VERSION = 2
SERVER_SCHEMA_VERSION = 2
