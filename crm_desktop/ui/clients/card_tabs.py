"""Tabs that other features add to the client card, without the card knowing them.

A feature registers a CardTab in its registration module; the card adds one tab per spec
after its own. The widget loads its own data (on the database worker) and follows
`coordinator.data_changed` itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from crm_desktop.ui.context import AppContext


@dataclass(frozen=True)
class CardTab:
    key: str
    title: Callable[[], str]  # translated when the card is built
    factory: Callable[[AppContext, str, str], QWidget]  # (app, kind, ident) -> the tab
    order: int = 100


_TABS: dict[str, CardTab] = {}


def register_card_tab(tab: CardTab) -> None:
    _TABS[tab.key] = tab


def card_tabs() -> list[CardTab]:
    return sorted(_TABS.values(), key=lambda t: (t.order, t.key))
