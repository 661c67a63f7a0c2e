"""The window talks to the core through the Crm and its services, never through the
services' shared context (`crm.ctx`): what the window may ask (the clock, the user, the
region, the language) the Crm answers, so the core can change its insides freely."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "crm_desktop"


def test_the_window_and_the_command_line_never_reach_into_ctx() -> None:
    found = []
    for folder in ("ui", "cli"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if re.search(r"\.ctx\b", line) and not line.lstrip().startswith("#"):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert len(list((ROOT / "ui").rglob("*.py"))) > 50  # it reads the window's code
    assert found == []
