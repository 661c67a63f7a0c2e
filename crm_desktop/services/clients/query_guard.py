"""Stopping a query from another thread: the search box and the clients list cancel the
previous query when a key arrives (sqlite3 interrupt). Plain sqlite3: the list uses it for
its first screen, before the search and SQLAlchemy are loaded."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")


class Cancelled(Exception):
    """The query was stopped: a newer one took its place."""


class QueryGuard:
    """Lets another thread stop the query running under it (sqlite3_interrupt)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self.cancelled = False

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._conn is not None:
                self._conn.interrupt()

    @contextmanager
    def watching(self, conn: sqlite3.Connection) -> Iterator[None]:
        """Queries on `conn` inside the block stop when cancel() is called."""
        with self._lock:
            if self.cancelled:
                raise Cancelled
            self._conn = conn
        try:
            yield
        except Exception as exc:
            if self.cancelled:  # "interrupted", however the driver words it
                raise Cancelled from exc
            raise
        finally:
            with self._lock:
                self._conn = None

    def wrap(self, fn: Callable[[], T]) -> Callable[[], T]:
        """fn, skipped (Cancelled) if the guard was cancelled before it started."""
        def run() -> T:
            if self.cancelled:
                raise Cancelled
            return fn()
        return run
