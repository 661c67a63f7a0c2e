"""The code stays ruff clean (the same check a developer runs)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_clean() -> None:
    ruff = Path(sys.executable).with_name("ruff")
    result = subprocess.run([str(ruff), "check", "--output-format", "concise", "."],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


LINE_LIMIT = 400  # a module longer than this does more than one job: split it by job


def module_lengths() -> dict[str, int]:
    """Lines of every module of the package; generated forms and migrations (history) are
    not counted."""
    lengths = {}
    for path in sorted((ROOT / "crm_desktop").rglob("*.py")):
        if {"forms_generated", "migrations"} & set(path.parts):
            continue
        with path.open(encoding="utf-8") as handle:
            lengths[path.relative_to(ROOT).as_posix()] = sum(1 for _ in handle)
    return lengths


def test_no_module_is_over_the_limit() -> None:
    lengths = module_lengths()
    assert len(lengths) > 100 and "crm_desktop/sync/engine.py" in lengths  # it reads them
    over = {name: n for name, n in lengths.items() if n > LINE_LIMIT}
    assert over == {}, f"split these by job (at most {LINE_LIMIT} lines each): {over}"
