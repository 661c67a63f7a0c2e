"""Sync soak (outside CI): the state machine of tests/sync/test_sync_state_machine.py, run
for many random schedules against the real PostgreSQL server, until a count or a time
budget is reached:

    python bench/sync_soak.py [--schedules 10000] [--minutes 600] [--steps 25]

Prints how many schedules ran and the first failure (Hypothesis shrinks it to a minimal
schedule), if any.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import traceback  # noqa: E402

from hypothesis import HealthCheck, Phase, settings  # noqa: E402
from hypothesis.stateful import run_state_machine_as_test  # noqa: E402

from crm_desktop.sync.engine import SyncEngine  # noqa: E402
from tests.sync.test_sync_state_machine import SyncMachine  # noqa: E402

RAN = [0]


class CountedMachine(SyncMachine):
    def teardown(self) -> None:
        RAN[0] += 1
        super().teardown()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--schedules", type=int, default=10_000)
    parser.add_argument("--minutes", type=float, default=600)
    parser.add_argument("--steps", type=int, default=25)
    parser.add_argument("--no-shrink", action="store_true",
                        help="report the first failure as it happened (for one that does not "
                             "reproduce, which Hypothesis reports as flaky)")
    args = parser.parse_args()
    SyncEngine.batch = 7  # pages of a few rows: every batch spans several
    SyncEngine.snapshot_page = 5
    deadline = time.monotonic() + args.minutes * 60
    chunk = settings(max_examples=50, stateful_step_count=args.steps, deadline=None,
                     database=None, suppress_health_check=list(HealthCheck),
                     phases=[Phase.generate] if args.no_shrink else list(Phase))
    started = time.monotonic()
    while RAN[0] < args.schedules and time.monotonic() < deadline:
        try:
            run_state_machine_as_test(CountedMachine, settings=chunk)
        except Exception as exc:  # noqa: BLE001 - reported with the count, then stop
            print(f"FAILED after {RAN[0]} schedules: {type(exc).__name__}: {exc}")
            traceback.print_exception(exc)
            return 1
        rate = RAN[0] / max(1e-9, time.monotonic() - started)
        print(f"{RAN[0]} schedules, all invariants held ({rate:.2f} schedules/s)", flush=True)
    print(f"done: {RAN[0]} schedules of up to {args.steps} steps, no invariant broken")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
