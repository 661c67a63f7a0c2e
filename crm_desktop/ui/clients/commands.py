"""Undo steps whose work runs on the database worker.

The worker runs jobs one at a time, in the order they were queued, so Ctrl+Z pressed while a
merge or a save is still running waits for it instead of acting on what is not there yet.
When the work is refused (the service says why), the undo stack is put back where it was
and the status bar says what did not happen: the window never claims an undo it did not do.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.messages import describe
from crm_desktop.ui.reasons import translated

translate = QCoreApplication.translate


class WorkerCommand(QUndoCommand):
    """Subclasses give `do()` and `revert()`, run on the worker; both return a short note
    for the status bar (or None). The first redo() is skipped when the work was already done
    (by the dialog that pushed the command)."""

    def __init__(self, app: AppContext, kind: str, text: str, done: bool = True) -> None:
        super().__init__(text)
        self.app, self.kind, self.label = app, kind, text
        self._skip_redo, self._skip_undo = done, False

    def do(self) -> str | None:
        raise NotImplementedError

    def revert(self) -> str | None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(self.do, undoing=False)

    def undo(self) -> None:
        if self._skip_undo:
            self._skip_undo = False
            return
        self._run(self.revert, undoing=True)

    def _run(self, work: Any, undoing: bool) -> None:
        label, app, kind = self.label, self.app, self.kind

        def done(note: str | None) -> None:
            text = (translate("Undo", "Undone: %1") if undoing
                    else translate("Undo", "Redone: %1")).replace("%1", label)
            app.coordinator.status_message.emit(f"{text}. {note}" if note else text)
            app.coordinator.data_changed.emit(kind)

        def refused(exc: BaseException) -> None:
            reason = translated(exc.reason) if isinstance(exc, ValidationError) else \
                describe(exc)
            text = (translate("Undo", "Could not undo «%1»: %2") if undoing
                    else translate("Undo", "Could not redo «%1»: %2"))
            app.coordinator.status_message.emit(text.replace("%1", label).replace("%2", reason))
            self._step_back(undoing)
            if not isinstance(exc, CrmError):
                app.worker.error.emit(describe(exc))

        app.worker.submit(work, done, refused)

    def _step_back(self, undoing: bool) -> None:
        """The stack returns to where it stood before the refused step, without running the
        work again (if something else was pushed meanwhile, this step is gone anyway)."""
        stack = self.app.undo_stack
        position = next((i for i in range(stack.count()) if stack.command(i) is self), -1)
        if position < 0:
            return
        if undoing and stack.index() == position:
            self._skip_redo = True
            stack.redo()
        elif not undoing and stack.index() == position + 1:
            self._skip_undo = True
            stack.undo()
