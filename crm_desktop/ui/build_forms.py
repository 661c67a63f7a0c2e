"""Compiles forms/*.ui (the source of truth) into crm_desktop/ui/forms_generated/.

    python -m crm_desktop.ui.build_forms [--check]

--check exits non-zero if a generated module is missing or out of date (the tests run it).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from crm_desktop.paths import FORMS_DIR

OUT_DIR = Path(__file__).resolve().parent / "forms_generated"
HEADER = "# Generated from forms/{name} by crm_desktop.ui.build_forms — do not edit.\n"


def uic() -> str:
    beside = Path(sys.executable).with_name("pyside6-uic")
    return str(beside) if beside.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def compile_form(ui_file: Path) -> str:
    result = subprocess.run([uic(), "--from-imports", str(ui_file)], capture_output=True,
                            text=True, check=True)
    body = "\n".join(line for line in result.stdout.splitlines()
                     if not line.startswith("## Created by: Qt User Interface Compiler"))
    return HEADER.format(name=ui_file.name) + body.rstrip() + "\n"


def targets() -> dict[Path, Path]:
    return {ui: OUT_DIR / f"ui_{ui.stem}.py" for ui in sorted(FORMS_DIR.glob("*.ui"))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    stale = []
    OUT_DIR.mkdir(exist_ok=True)
    (OUT_DIR / "__init__.py").write_text('"""Generated from forms/*.ui — do not edit."""\n') \
        if not args.check else None
    for ui, target in targets().items():
        code = compile_form(ui)
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != code:
                stale.append(target.name)
        else:
            target.write_text(code, encoding="utf-8")
    if stale:
        print("out of date: " + ", ".join(stale) + " (run python -m crm_desktop.ui.build_forms)",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
