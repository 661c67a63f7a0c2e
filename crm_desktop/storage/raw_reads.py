"""Plain sqlite3 read transactions beside the ORM's engines, for hand-written SQL (the clients
list's ids and pages, the settings read when a file opens).

They need no SQLAlchemy: the window reads its first list before the ORM is loaded (it loads
after the first paint, on the worker). Connections are kept for reuse, by any thread one at a
time, and closed with the database (a restore needs the only connection to the file).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class RawReaders:
    """A small pool of configured read connections (made by `connect`)."""

    def __init__(self, connect: Callable[[], sqlite3.Connection]) -> None:
        self._connect = connect
        self._lock = threading.Lock()
        self._idle: list[sqlite3.Connection] = []
        self._generation = 0  # a connection out during a close is closed when it comes back

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A connection inside a read transaction (a consistent snapshot, WAL: never waits
        for the writer), ended when the block ends."""
        with self._lock:
            conn = self._idle.pop() if self._idle else None
            generation = self._generation
        if conn is None:
            conn = self._connect()
        try:
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")  # nothing was written: the snapshot is let go
        except BaseException:
            conn.close()  # in an unknown state: never handed out again
            raise
        with self._lock:
            if generation == self._generation:
                self._idle.append(conn)
                return
        conn.close()

    def take(self) -> sqlite3.Connection:
        """A connection handed over for good (an idle one: its schema is already read, which
        costs a few milliseconds on every new connection), to be closed by the caller."""
        with self._lock:
            conn = self._idle.pop() if self._idle else None
        return conn if conn is not None else self._connect()

    def close(self) -> None:
        """Closes the idle connections; those in use are closed when their block ends. Safe
        to call twice; the next read opens a new one."""
        with self._lock:
            idle, self._idle = self._idle, []
            self._generation += 1
        for conn in idle:
            conn.close()
