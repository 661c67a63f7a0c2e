"""Every feature that adds views to the main window, in one list."""

from __future__ import annotations

import importlib

FEATURES = [
    "crm_desktop.ui.clients.registration",
    "crm_desktop.ui.planner.registration",
    "crm_desktop.ui.funnel.registration",
    "crm_desktop.ui.products.registration",
    "crm_desktop.ui.sync.registration",
    "crm_desktop.ui.marketing.registration",
    "crm_desktop.ui.telephony.registration",
    "crm_desktop.ui.service.registration",
    "crm_desktop.ui.office.registration",
]


def register_all() -> None:
    for name in FEATURES:
        importlib.import_module(name).register()
