"""Imports every module that declares tables, so Base.metadata is complete.

A feature that adds tables declares them in its own module under storage/ (on the shared
Base) and adds one import line here; its migration branches from "0001" (Alembic applies
all heads), so features do not edit each other's files.
"""

from crm_desktop.storage import (  # noqa: F401
    models,
    searchable,
    sync_tables,  # noqa: F401,E402
)
