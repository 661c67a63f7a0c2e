"""Live office mode: wait for the server's change notices (LISTEN/NOTIFY) instead of
polling. Every push and every write made on the server by another tool notifies; the
waiting costs nothing on either side."""

from __future__ import annotations

import threading
from collections.abc import Callable

import psycopg

from crm_desktop.sync.transport import SyncError, connect

CHANNEL = "crm_sync"
RETRY_S = (2, 5, 15, 30, 60)


def listen(url: str, on_change: Callable[[str], None], stop: threading.Event,
           on_state: Callable[[bool], None] | None = None) -> None:
    """Calls on_change(payload) for every notice until `stop` is set; reconnects after a
    lost connection, waiting a little longer each time."""
    failures = 0
    while not stop.is_set():
        try:
            with connect(url, statement_timeout_s=10) as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                failures = 0
                if on_state:
                    on_state(True)
                while not stop.is_set():
                    for notice in conn.notifies(timeout=1.0):
                        on_change(notice.payload)
        except (SyncError, psycopg.Error):
            if on_state:
                on_state(False)
            failures += 1
            stop.wait(RETRY_S[min(failures - 1, len(RETRY_S) - 1)])
