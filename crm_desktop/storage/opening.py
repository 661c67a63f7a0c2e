"""What is known of a file before it is opened: whether it is ours, and its schema revisions.

Plain sqlite3 and the migration files' text, no SQLAlchemy: the window refuses a foreign or
too-new file, and opens one at the head, before the ORM is loaded (it loads after the first
paint). storage.database re-exports these names.
"""

from __future__ import annotations

import ast
import re
import sqlite3
from functools import cache
from pathlib import Path
from typing import Any

from crm_desktop.domain.errors import DatabaseError, DatabaseTooNewError, NotADatabaseError

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).with_name("migrations")
# A migration's own `revision = '0001'` and `down_revision = ...` lines (Alembic's template,
# with or without a type annotation).
_REVISION_LINE = re.compile(r"^(revision|down_revision)\b(?:\s*:[^=\n]*)?\s*=\s*(.+)$",
                            re.MULTILINE)


def sqlite_uri(path: Path, **params: str) -> str:
    """An escaped `file:` URI for sqlite3.connect(uri=True): '?', '#', '%' stay in the name."""
    uri = Path(path).absolute().as_uri()
    if params:
        uri += "?" + "&".join(f"{k}={v}" for k, v in params.items())
    return uri


def _revision_values(text: str) -> dict[str, Any]:
    """{"revision": ..., "down_revision": ...} of a migration's source, from those two lines;
    a file written another way (a value over several lines, a comment) is parsed whole."""
    values: dict[str, Any] = {}
    try:
        for name, value in _REVISION_LINE.findall(text):
            values[name] = ast.literal_eval(value.strip())
        if "revision" in values and "down_revision" in values:
            return values
    except (ValueError, SyntaxError):
        pass
    values = {}
    for node in ast.parse(text).body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                values[target.id] = ast.literal_eval(node.value)
    return values


@cache
def _revision_graph() -> dict[str, frozenset[str]]:
    """revision -> the revisions it follows, read from the migration files' own
    `revision = ...` and `down_revision = ...` lines without importing them: opening a file
    already at the head (every start) needs neither Alembic nor the migration modules,
    which took a good part of the window's start (and parsing each file whole, 20 ms)."""
    graph: dict[str, frozenset[str]] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        values = _revision_values(script.read_text(encoding="utf-8"))
        if isinstance(values.get("revision"), str):
            down = values.get("down_revision")
            parents = () if down is None else (down,) if isinstance(down, str) else down
            graph[values["revision"]] = frozenset(parents)
    return graph


def head_revisions() -> set[str]:
    """Feature branches of the migration tree may each have a head; all are applied."""
    graph = _revision_graph()
    followed = {parent for parents in graph.values() for parent in parents}
    return set(graph) - followed


def known_revisions() -> set[str]:
    return set(_revision_graph())


def inspect_file(path: Path) -> set[str] | None:
    """The file's schema revisions, or None for a new/empty file. Raises if it is not ours.

    Reads only: the file is left untouched whatever it holds.
    """
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file; give a file name")
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise NotADatabaseError(f"{path} is not a crm-desktop database (not an SQLite file)")
    try:
        conn = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
        try:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            tables = {r[0] for r in rows}
            if "alembic_version" not in tables:
                if tables:
                    raise NotADatabaseError(f"{path} is an SQLite file of another program")
                return None
            revisions = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(f"{path} cannot be read as a database ({exc}); if it is "
                                "yours, restore a backup with 'crm-desktop restore "
                                "BACKUP'") from exc
    unknown = revisions - known_revisions()
    if unknown:
        raise DatabaseTooNewError(
            f"{path} was written by a newer crm-desktop (schema {', '.join(sorted(unknown))}); "
            "update the application to open it")
    return revisions or None
