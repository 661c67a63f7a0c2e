"""One database worker thread (Anki's pattern): jobs run there in order, results come back
to the GUI thread through queued signals. Nothing touches a widget from the worker."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)


@dataclass
class Job:
    fn: Callable[[], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None


class _Runner(QObject):
    done = Signal(object, object)
    failed = Signal(object, object)

    @Slot(object)
    def run(self, job: Job) -> None:
        try:
            result = job.fn()
        except BaseException as exc:  # noqa: BLE001  (reported to the GUI, never swallowed)
            log.debug("job failed: %s", "".join(traceback.format_exception(exc)))
            self.failed.emit(job, exc)
        else:
            self.done.emit(job, result)


class DbWorker(QObject):
    """`submit(fn, on_done, on_error)`: fn runs on the worker; callbacks on the GUI thread."""

    busy_changed = Signal(bool)
    idle = Signal()
    error = Signal(str)  # unhandled failures, for the status bar
    _queue = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = 0
        self._thread = QThread()
        self._thread.setObjectName("crm-db-worker")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._queue.connect(self._runner.run)
        self._runner.done.connect(self._on_done)
        self._runner.failed.connect(self._on_failed)
        self._thread.start()

    @property
    def pending(self) -> int:
        return self._pending

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._queue.emit(Job(fn, on_done, on_error))

    def _finish(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
            self.idle.emit()

    @Slot(object, object)
    def _on_done(self, job: Job, result: Any) -> None:
        try:
            if job.on_done is not None:
                job.on_done(result)
        finally:
            self._finish()

    @Slot(object, object)
    def _on_failed(self, job: Job, exc: BaseException) -> None:
        try:
            if job.on_error is not None:
                job.on_error(exc)
            else:
                self.error.emit(str(exc))
        finally:
            self._finish()

    def stop(self) -> None:
        self._thread.quit()
        self._thread.wait(5000)
