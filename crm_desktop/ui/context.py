"""What every view receives: the open Crm, the database worker and the coordinator."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QUndoStack

from crm_desktop.services.crm import Crm
from crm_desktop.ui.coordinator import Coordinator
from crm_desktop.ui.worker import DbWorker


@dataclass
class AppContext:
    crm: Crm
    worker: DbWorker
    coordinator: Coordinator
    undo_stack: QUndoStack = field(default_factory=QUndoStack)
    # the office's thread for server calls (ui.office.common.network), made when first needed
    office_network: DbWorker | None = None
