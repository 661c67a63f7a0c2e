"""One database worker thread (Anki's pattern): jobs run there in order, results come back
to the GUI thread through queued signals. Nothing touches a widget from the worker.

Only integer job numbers cross threads in signals; jobs and results stay in a locked dict.
(Passing Python objects through queued `object` signals by the thousand has corrupted
reference counts in PySide6.)
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
import traceback
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)


@dataclass
class Job:
    fn: Callable[[], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    result: Any = None
    error: BaseException | None = None


class _Runner(QObject):
    finished = Signal(int)

    def __init__(self, jobs: dict[int, Job], lock: threading.Lock) -> None:
        super().__init__()
        self._jobs, self._lock = jobs, lock
        self.hold: tuple[threading.Event, float] | None = None  # see DbWorker.hold_until

    @Slot(int)
    def run(self, number: int) -> None:
        hold = self.hold
        if hold is not None:
            hold[0].wait(hold[1])
            self.hold = None  # once: set or timed out, jobs run at once from now on
        with self._lock:
            job = self._jobs[number]
        try:
            job.result = job.fn()
        except BaseException as exc:  # noqa: BLE001  (reported to the GUI, never swallowed)
            log.info("job failed: %s", "".join(traceback.format_exception(exc)))
            job.error = exc
        self.finished.emit(number)


class DbWorker(QObject):
    """`submit(fn, on_done, on_error)`: fn runs on the worker; callbacks on the GUI thread."""

    busy_changed = Signal(bool)
    idle = Signal()
    error = Signal(str)  # unhandled failures, for the status bar
    _queue = Signal(int)
    _alive: weakref.WeakSet[DbWorker] = weakref.WeakSet()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        DbWorker._alive.add(self)
        self._jobs: dict[int, Job] = {}
        self._lock = threading.Lock()
        self._numbers = itertools.count(1)
        self._thread = QThread()
        self._thread.setObjectName("crm-db-worker")
        self._runner = _Runner(self._jobs, self._lock)
        self._runner.moveToThread(self._thread)
        self._queue.connect(self._runner.run)
        self._runner.finished.connect(self._on_finished)
        self._thread.start()

    def hold_until(self, event: threading.Event, at_most_s: float) -> None:
        """Jobs queued from now on start once `event` is set (the window's first paint), and
        at most `at_most_s` after the first one is due: work that grows with the data (the
        full clients list) does not run beside the first paint, and a window never shown
        holds nothing up for long. They are queued (pending) all the while."""
        self._runner.hold = (event, at_most_s)

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._jobs)

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> None:
        number = next(self._numbers)
        with self._lock:
            self._jobs[number] = Job(fn, on_done, on_error)
            first = len(self._jobs) == 1
        if first:
            self.busy_changed.emit(True)
        self._queue.emit(number)

    def _unhandled(self, exc: BaseException) -> None:
        """A failure no caller handles: a known kind is one line in the status bar, in words
        (never driver text); anything else is a bug and goes to the crash handler, which saves
        a report and keeps the window running."""
        from crm_desktop.services.failures import explain
        from crm_desktop.ui.messages import describe

        if explain(exc).expected:
            self.error.emit(describe(exc))
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    @Slot(int)
    def _on_finished(self, number: int) -> None:
        with self._lock:
            job = self._jobs[number]
        try:
            if _receiver_gone(job.on_done if job.error is None else job.on_error):
                pass  # the widget that asked was closed and deleted meanwhile: nobody to tell
            elif job.error is not None:
                if job.on_error is not None:
                    job.on_error(job.error)
                else:
                    self._unhandled(job.error)
            elif job.on_done is not None:
                job.on_done(job.result)
        finally:
            with self._lock:
                del self._jobs[number]
                empty = not self._jobs
            if empty:
                self.busy_changed.emit(False)
                self.idle.emit()

    def stop(self) -> None:
        self._thread.quit()
        self._thread.wait(5000)

    @classmethod
    def stop_all(cls) -> None:
        """Every worker thread, at exit (the sync view runs one of its own)."""
        for worker in list(cls._alive):
            worker.stop()


def _receiver_gone(callback: Callable[..., Any] | None) -> bool:
    """Whether `callback` is a method of a Qt object whose C++ side is deleted (a dialog
    closed before its job returned). Lambdas cannot tell: they guard themselves."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)
