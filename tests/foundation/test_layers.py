"""The layering of DESIGN.md §2: only crm_desktop/ui imports Qt; lower layers never import
higher ones. Checked on the source text (import-linter checks the same in CI)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "crm_desktop"
ORDER = ["domain", "storage", "sync", "services", "ui", "cli"]


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def layer_of(path: Path) -> str | None:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if parts and parts[0] in ORDER else None


def sources() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "forms_generated" not in p.parts]


def test_only_ui_imports_qt() -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in sources()
                 if layer_of(p) != "ui" and any(n.split(".")[0] == "PySide6"
                                                 for n in imports_of(p))]
    assert offenders == []


def test_lower_layers_do_not_import_higher_ones() -> None:
    offenders = []
    for path in sources():
        layer = layer_of(path)
        if layer is None:
            continue
        allowed = set(ORDER[: ORDER.index(layer) + 1])
        if layer == "cli":
            allowed.add("ui")  # the CLI starts the window
        for name in imports_of(path):
            parts = name.split(".")
            if parts[0] == "crm_desktop" and len(parts) > 1 and parts[1] in ORDER \
                    and parts[1] not in allowed:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_import_linter_contracts() -> None:
    beside = Path(sys.executable).with_name("lint-imports")
    lint = str(beside) if beside.exists() else shutil.which("lint-imports")
    if lint is None:
        pytest.skip("import-linter is not installed")
    result = subprocess.run([lint], cwd=PACKAGE.parent, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
