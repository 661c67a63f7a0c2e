"""The one thread that talks to mail servers (never the database worker, which a slow
server would hold for its whole timeout)."""

from __future__ import annotations

from crm_desktop.ui.worker import DbWorker

_NET: list[DbWorker] = []


def network_worker() -> DbWorker:
    """The mail servers' thread (made again after it was stopped)."""
    if not _NET or not _NET[0]._thread.isRunning():  # stopped (at exit, between tests)
        from PySide6.QtCore import QCoreApplication

        _NET[:] = [DbWorker(QCoreApplication.instance())]
    return _NET[0]
