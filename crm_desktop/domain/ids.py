"""Client-generated, time-ordered keys (UUID v7): records are created offline on many machines."""

from __future__ import annotations

import uuid_utils


def new_id() -> str:
    return str(uuid_utils.uuid7())
