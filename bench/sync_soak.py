"""Sync soak (outside CI): the state machine of tests/sync/test_sync_state_machine.py, run
for many random schedules against the real PostgreSQL server, until a count or a time
budget is reached:

    python bench/sync_soak.py [--schedules 10000] [--minutes 600] [--steps 25] [--tag a]
                              [--workdir /dev/shm] [--keep-going]

Prints progress (schedules, rate, elapsed, load) every --every seconds, and each failure
(Hypothesis shrinks it to a minimal schedule) with its traceback. Two soaks at once need
different --tag values: the tag names their databases (`crm_soak_<tag>_<n>`) and folder.
Servers and laptop files are made as in the tests (tests/sync/soak_setup.py: one
initialised server copied per schedule, one migrated file copied per new laptop).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, Phase, settings  # noqa: E402
from hypothesis.stateful import run_state_machine_as_test  # noqa: E402

import crm_desktop  # noqa: E402
from crm_desktop.sync.engine import SyncEngine  # noqa: E402
from tests.sync.soak_setup import ServerDatabases, new_files_from_template  # noqa: E402
from tests.sync.test_sync_state_machine import SyncMachine  # noqa: E402


class Progress:
    """Counts finished schedules and prints a line every `every` seconds."""

    def __init__(self, every: float) -> None:
        self.tag = ""
        self.every = every
        self.ran = 0
        self.failures = 0
        self.started = self.last_time = time.monotonic()
        self.last_count = 0

    def finished_one(self) -> None:
        self.ran += 1
        if time.monotonic() - self.last_time >= self.every:
            self.report()

    def report(self, prefix: str = "progress") -> None:
        now = time.monotonic()
        elapsed = now - self.started
        recent = (self.ran - self.last_count) / max(1e-9, now - self.last_time)
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"{prefix} {self.tag}: {self.ran} schedules in {elapsed / 60:.1f} min "
              f"({self.ran / max(1e-9, elapsed):.3f}/s overall, {recent:.3f}/s lately), "
              f"{self.failures} failures, load {load}", flush=True)
        self.last_time, self.last_count = now, self.ran


PROGRESS = Progress(60)


class CountedMachine(SyncMachine):
    def teardown(self) -> None:
        super().teardown()
        PROGRESS.finished_one()


def code_state() -> str:
    """Which code is soaked: the commit, and whether its crm_desktop was changed since."""
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True,
                              text=True).stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or os.environ.get(
        "SOAK_COMMIT", "(not a git checkout; SOAK_COMMIT names it)")
    dirty = git("status", "--porcelain", "--", "crm_desktop", "tests/sync")
    return f"{head}{' with uncommitted changes' if dirty else ''}, crm_desktop from " \
           f"{Path(crm_desktop.__file__).parent}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--schedules", type=int, default=10_000)
    parser.add_argument("--minutes", type=float, default=600)
    parser.add_argument("--steps", type=int, default=25)
    parser.add_argument("--tag", default="a", help="names this soak's databases and folder")
    parser.add_argument("--workdir", type=Path, default=Path("/dev/shm") if Path(
        "/dev/shm").is_dir() else None, help="where laptop files go (default: /dev/shm)")
    parser.add_argument("--every", type=float, default=60, help="seconds between progress")
    parser.add_argument("--keep-going", action="store_true",
                        help="after a failure, report it and go on with new schedules")
    parser.add_argument("--bulk-from", type=int, default=None,
                        help="pulled pages of this many rows of one table or more take the bulk "
                             "path (capture and derived data set aside; 300 in the program)")
    parser.add_argument("--no-shrink", action="store_true",
                        help="report the first failure as it happened (for one that does not "
                             "reproduce, which Hypothesis reports as flaky)")
    args = parser.parse_args()
    SyncEngine.batch = 7  # pages of a few rows: every batch spans several
    if args.bulk_from is not None:
        from crm_desktop.sync import row_applier

        row_applier.BULK = args.bulk_from
    SyncEngine.push_batch = 7  # and pushes of a few outbox entries
    SyncEngine.snapshot_page = 5
    PROGRESS.every, PROGRESS.tag = args.every, args.tag
    servers = ServerDatabases(f"crm_soak_{args.tag}")
    left = servers.drop_leftovers()
    SyncMachine.servers = servers
    folder = Path(args.workdir or "/tmp") / f"crm-soak-{args.tag}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(mode=0o700, parents=True)
    SyncMachine.workdir = folder
    new_files_from_template(folder)
    print(f"soak {args.tag}: code {code_state()}; laptops in {folder}; "
          f"{left} leftover databases dropped; pid {os.getpid()}", flush=True)
    deadline = time.monotonic() + args.minutes * 60
    chunk = settings(max_examples=50, stateful_step_count=args.steps, deadline=None,
                     database=None, suppress_health_check=list(HealthCheck),
                     phases=[Phase.generate] if args.no_shrink else list(Phase))
    # `kill PID` stops it cleanly: the count is printed and its databases dropped. (A job
    # started with & by a script ignores SIGINT, so Ctrl-C's signal cannot be used.)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        while PROGRESS.ran < args.schedules and time.monotonic() < deadline:
            try:
                left = args.schedules - PROGRESS.ran
                run_state_machine_as_test(CountedMachine,
                                          settings=settings(chunk, max_examples=min(50, left)))
            except Exception as exc:  # noqa: BLE001 - reported with the count
                PROGRESS.failures += 1
                print(f"FAILED after {PROGRESS.ran} schedules (shrinking runs included): "
                      f"{type(exc).__name__}: {exc}", flush=True)
                traceback.print_exception(exc, file=sys.stdout)
                sys.stdout.flush()
                if not args.keep_going:
                    return 1
    except KeyboardInterrupt:
        PROGRESS.report("stopped")
        return 1 if PROGRESS.failures else 0
    finally:
        servers.close()
        shutil.rmtree(folder, ignore_errors=True)
    PROGRESS.report("done")
    print(f"done: {PROGRESS.ran} schedules of up to {args.steps} steps, "
          f"{PROGRESS.failures} failures")
    return 1 if PROGRESS.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
