"""Automation rules: a declared set of triggers and actions over the existing records, run in
the same transaction as the change that fires them (see engine.py, rules.py).

`automation(crm)` gives the service of an open Crm and hooks its database (once).
"""

from __future__ import annotations

from typing import Any

from crm_desktop.services.automation.engine import Preview, RuleDTO, RunDTO, install
from crm_desktop.services.automation.rules import ACTIONS, EXAMPLES, OPS, TRIGGERS
from crm_desktop.services.automation.service import AutomationService

__all__ = ["ACTIONS", "EXAMPLES", "OPS", "TRIGGERS", "AutomationService", "Preview", "RuleDTO",
           "RunDTO", "automation", "install"]


def automation(crm: Any) -> AutomationService:
    found = getattr(crm, "automation", None)
    if found is None:
        found = AutomationService(crm)
        crm.automation = found
    return found
