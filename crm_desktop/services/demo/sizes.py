"""The two demo data sets.

small ≈ 200 companies with their history (first start, screenshots, tests): loaded with the
ordinary per-row triggers.
large = 100,000 companies, 200,000 contacts, 1,000,000 interactions, 300,000 tasks and
100,000 deals (benchmarks), with 20 clients of exactly 1,000 interactions for the card
benchmark: loaded with the derived tables' triggers set aside and rebuilt set-based at the end
(storage.bulk_load).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Size:
    companies: int
    contacts: int
    interactions: int
    tasks: int
    deals: int
    heavy_clients: int  # companies with exactly 1,000 interactions (the card benchmark)


SIZES = {
    "small": Size(200, 400, 4_000, 600, 250, 0),
    "large": Size(100_000, 200_000, 1_000_000, 300_000, 100_000, 20),
}
HEAVY_HISTORY = 1_000
CHUNK = 20_000
