"""Service requests, mail and automation rules (see models.py for the common parts)."""

from __future__ import annotations

# Synced, in the order a parent comes before its children.
SERVICE_TABLES: tuple[str, ...] = ()
