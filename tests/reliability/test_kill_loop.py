"""One round of the kill -9 loop (tests/reliability/kill_loop.py) in the suite."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.reliability.kill_loop import OPERATIONS, Loop


@pytest.mark.slow  # about a minute: every operation killed once
def test_kill_loop_one_round(tmp_path: Path) -> None:
    random.seed(13)
    tally = Loop(tmp_path).run(rounds=1)
    assert sum(tally.values()) == len(OPERATIONS)
