"""Shared benchmark plumbing: the large data set, timing, and the printed table."""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
# Generating it takes minutes: CRM_BENCH_DB names one made before (all benches reuse it).
LARGE_DB = Path(os.environ.get("CRM_BENCH_DB", OUT / "large.db"))


def ensure_large(path: Path = LARGE_DB) -> Path:
    """The large demo data set, generated once (about two minutes) and reused."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"generating the large data set into {path} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "crm_desktop", "--db", str(path), "demo",
                        "--size", "large"], check=True)
    return path


def median_ms(fn: Callable[[], object], repeat: int = 15, warmup: int = 2) -> float:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def load_average() -> float:
    """The 1-minute load average when a figure was taken: other people's tests share the
    machine, so a figure is read beside it (and beside its bare limit from the same run)."""
    try:
        return os.getloadavg()[0]
    except OSError:  # pragma: no cover - not on Linux
        return float("nan")


@dataclass
class Row:
    name: str
    measured_ms: float
    target_ms: float
    bare_ms: float
    bare_label: str
    load: float = field(default_factory=load_average)

    @property
    def ratio(self) -> float:
        return self.measured_ms / self.bare_ms if self.bare_ms else float("inf")


def print_table(title: str, rows: list[Row], json_name: str) -> bool:
    """Prints the figures beside their bare limits; True if every one is within its bound."""
    print(f"\n{title}  (load average now {load_average():.2f}, {os.cpu_count()} CPUs)")
    header = (f"{'benchmark':52} {'measured':>10} {'target':>8} {'bare':>9} {'ratio':>6} "
              f"{'load':>5}  bare is")
    print(header)
    print("-" * len(header))
    within = True
    for row in rows:
        ok = math.isfinite(row.measured_ms) and row.measured_ms <= row.target_ms
        within = within and ok
        print(f"{row.name:52} {row.measured_ms:8.2f}ms {row.target_ms:6.0f}ms "
              f"{row.bare_ms:7.2f}ms {row.ratio:6.2f} {row.load:5.2f}  {row.bare_label}  "
              f"[{'ok' if ok else 'OVER'}]")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / json_name).write_text(json.dumps(
        [asdict(r) | {"ratio": r.ratio} for r in rows], indent=2, ensure_ascii=False))
    return within
