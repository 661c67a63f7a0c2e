"""Where the bundled data/ and resources/ folders are (beside the package in a checkout)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
RESOURCES_DIR = ROOT / "resources"
FORMS_DIR = ROOT / "forms"
