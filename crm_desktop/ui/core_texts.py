"""The window's translation of texts the core writes into the data (see domain.texts):
the text in the window's language, its dates the way the window writes dates."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from crm_desktop.ui import formatting

if TYPE_CHECKING:
    from crm_desktop.services.crm import Crm


def translated_text(context: str, source: str, values: Mapping[str, Any]) -> str:
    """Runs on the worker too: QCoreApplication.translate is thread-safe."""
    text = QCoreApplication.translate(context, source)
    shown = {k: formatting.day(v) if isinstance(v, date) else v for k, v in values.items()}
    try:
        return text.format(**shown)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return source.format(**shown)


def install(crm: Crm) -> None:
    """Generated day-list tasks get their titles and reasons in the window's language."""
    crm.planner.day_list.texts = translated_text
