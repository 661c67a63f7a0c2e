"""Realistic demo and benchmark data, Russian or English, deterministic for a seed.

The two sets are in sizes (small for the first start, screenshots and tests; large for the
benchmarks). Rows go in through executemany on the writer connection in one transaction:
the ORM would take many minutes for 1.7 million rows. The search shadow columns are computed
by the same functions the ORM hooks use, and the derived tables (search index, deal
statistics) are what the services' triggers would have written: row by row for the small
set, rebuilt set-based at the end for the large one.

The parts: sizes (the two sets), names (shared names, phones, moments), clients (users,
companies, contacts), activity (deals, history, tasks, products), builder (the load).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm_desktop.services.demo.builder import DemoBuilder
from crm_desktop.services.demo.names import LANDLINE_CODES, MOBILE_CODES, Progress
from crm_desktop.services.demo.sizes import SIZES, Size

if TYPE_CHECKING:  # the Crm builds the demo on request
    from crm_desktop.services.crm import Crm

__all__ = ["LANDLINE_CODES", "MOBILE_CODES", "SIZES", "Size", "generate"]


def generate(crm: Crm, size: str = "small", language: str = "ru", seed: int = 1,
             progress: Progress | None = None, bulk: bool | None = None) -> None:
    """Fills an empty database (`crm` is a services.crm.Crm). `bulk`: set the derived
    tables' triggers aside during the load and rebuild those tables at its end (by default
    for the large set only; the result is the same)."""
    if size not in SIZES:
        raise ValueError(f"unknown demo size {size!r}; use small or large")
    crm.reference.seed_defaults(language)
    DemoBuilder(crm, SIZES[size], language, seed, progress or (lambda *_: None),
                bulk=size == "large" if bulk is None else bulk).run()
