"""Updates the Qt Linguist sources and compiles them:

    python -m crm_desktop.ui.build_translations

pyside6-lupdate collects the strings of crm_desktop/ui and forms/ into
resources/translations/crm_desktop_<lang>.ts (keeping existing translations; edit those
files with Qt Linguist), then pyside6-lrelease compiles each into the .qm the app loads.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from crm_desktop.paths import FORMS_DIR, RESOURCES_DIR

UI_DIR = Path(__file__).resolve().parent
CORE_DIR = UI_DIR.parent
LANGUAGES = ["ru"]


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def main() -> int:
    sources = [str(p) for p in sorted(UI_DIR.rglob("*.py")) if "forms_generated" not in p.parts]
    sources += [str(p) for p in sorted(FORMS_DIR.glob("*.ui"))]
    # texts the core writes into the data, marked with domain.texts.QT_TRANSLATE_NOOP
    sources += [str(p) for p in sorted(CORE_DIR.rglob("*.py")) if UI_DIR not in p.parents
                and "QT_TRANSLATE_NOOP" in p.read_text(encoding="utf-8")]
    for language in LANGUAGES:
        ts = RESOURCES_DIR / "translations" / f"crm_desktop_{language}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)],
                       check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
