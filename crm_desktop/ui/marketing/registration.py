"""Adds this feature's views and card tabs to the main window."""

from __future__ import annotations


def register() -> None:
    """Registers the views (crm_desktop.ui.views) and card tabs (ui.clients.card_tabs)."""
