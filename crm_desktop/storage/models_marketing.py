"""Marketing records: segments, campaigns and call lists (see models.py for the common parts)."""

from __future__ import annotations

# Synced, in the order a parent comes before its children.
MARKETING_TABLES: tuple[str, ...] = ()
