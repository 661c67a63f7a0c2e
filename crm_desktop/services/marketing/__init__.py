"""Marketing: ABC/XYZ classes, segments and campaigns (no Qt here).

`marketing(crm)` gives the services of an open Crm (made once per Crm)."""

from __future__ import annotations

import weakref
from typing import Any

from crm_desktop.services.context import ServiceContext
from crm_desktop.services.marketing.classes import ClassService


class Marketing:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.classes = ClassService(ctx)


_OPEN: weakref.WeakKeyDictionary[Any, Marketing] = weakref.WeakKeyDictionary()


def marketing(crm: Any) -> Marketing:
    """The marketing services of `crm` (a services.crm.Crm)."""
    found = _OPEN.get(crm)
    if found is None:
        found = _OPEN[crm] = Marketing(crm.ctx)
    return found
