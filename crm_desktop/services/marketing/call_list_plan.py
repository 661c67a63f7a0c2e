"""Making a call list: how clients are split among the callers, and the clients of an
imported file.

An imported list is a spreadsheet (.xlsx) or a .csv whose first row names its columns: a
phone, a tax id (INN) or a name column, in Russian or English. Each row is matched to a
live client: by phone (in any written form, people first), else by tax id, else by the
exact name (folded as the search folds it). Rows that match nobody are reported by their
row number; the file's clients are not created here (the import wizard does that).
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.text import digits, fold
from crm_desktop.services.clients.caller import phone_of
from crm_desktop.services.context import ServiceContext
from crm_desktop.storage.database import raw_sqlite

HEADERS = {
    "phone": ("телефон", "тел", "phone", "tel", "номер", "мобильный", "mobile"),
    "tax_id": ("инн", "inn", "tax", "tax id", "tax_id"),
    "name": ("название", "наименование", "компания", "организация", "клиент", "имя", "фио",
             "name", "company", "client"),
}
MAX_ROWS = 100_000


@dataclass(frozen=True)
class FileClients:
    clients: list[tuple[str, str]]  # (kind, id), in the file's order, each once
    rows: int  # rows with a value to match
    unmatched: list[int]  # the file's row numbers that matched no client


def region_of(address: str | None) -> str:
    """The first part of an address ("г. Москва, ул. …" -> "Москва"), for the split."""
    first = (address or "").split(",")[0].strip()
    for prefix in ("г.", "город", "г "):
        if first.lower().startswith(prefix):
            first = first[len(prefix):].strip()
    return first


def assign(clients: list[dict[str, Any]], assignees: list[str], split: str) -> list[str]:
    """The employee of each client (in the clients' order)."""
    if split == "responsible":
        plan: list[str | None] = [c["responsible_id"] if c["responsible_id"] in assignees
                                  else None for c in clients]
        load = {a: plan.count(a) for a in assignees}
        result = []
        for chosen in plan:
            if chosen is None:
                chosen = min(assignees, key=lambda a: (load[a], assignees.index(a)))
                load[chosen] += 1
            result.append(chosen)
        return result
    if split == "region":
        groups: dict[str, list[int]] = {}
        for i, c in enumerate(clients):
            groups.setdefault((c["region"] or "").lower(), []).append(i)
        load = {a: 0 for a in assignees}
        result_map: dict[int, str] = {}
        for _, members in sorted(groups.items(), key=lambda g: (-len(g[1]), g[0])):
            chosen = min(assignees, key=lambda a: (load[a], assignees.index(a)))
            load[chosen] += len(members)
            for i in members:
                result_map[i] = chosen
        return [result_map[i] for i in range(len(clients))]
    return [assignees[i % len(assignees)] for i in range(len(clients))]


def _rows(path: Path) -> list[list[Any]]:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook  # lazy: a large import, needed here only

        book = load_workbook(path, read_only=True, data_only=True)
        try:
            return [list(r) for _, r in zip(range(MAX_ROWS + 1),
                                            book.worksheets[0].iter_rows(values_only=True),
                                            strict=False)]
        finally:
            book.close()
    raw = path.read_bytes()[:50_000_000]
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    dialect = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") \
        else ","
    return [row for _, row in zip(range(MAX_ROWS + 1), csv.reader(text.splitlines(),
                                                                 delimiter=dialect),
                                  strict=False)]


def _columns(header: list[Any]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(header):
        title = fold(str(cell or "")).strip(" :*")
        for kind, words in HEADERS.items():
            if kind not in found and any(title == w or title.startswith(w + " ")
                                         for w in words):
                found[kind] = i
    return found


def clients_from_file(ctx: ServiceContext, path: Path | str) -> FileClients:
    """The live clients the rows of a file name (see the module's rules)."""
    source = Path(path)
    if not source.is_file():
        raise ValidationError("file", f"{source.name} is not a file")
    try:
        rows = _rows(source)
    except (OSError, ValueError, KeyError, csv.Error) as exc:
        raise ValidationError("file", f"{source.name} cannot be read as a list") from exc
    columns = _columns(rows[0]) if rows else {}
    if not columns:
        raise ValidationError("file", "the first row names no phone, tax id or name column")

    def cell(row: list[Any], kind: str) -> str:
        i = columns.get(kind)
        return str(row[i]).strip() if i is not None and i < len(row) and row[i] else ""

    wanted: list[tuple[int, str | None, str, str]] = []  # (row, E.164, tax id, folded name)
    for number, row in enumerate(rows[1:], start=2):
        phone, tax, name = cell(row, "phone"), digits(cell(row, "tax_id")), cell(row, "name")
        if phone or tax or name:
            wanted.append((number, phone_of(phone, ctx.region) if phone else None, tax,
                           fold(name)))
    by_phone, by_tax, by_name = _lookups(ctx, wanted)
    clients: list[tuple[str, str]] = []
    unmatched = []
    for number, e164, tax, name in wanted:
        hit = by_phone.get(e164 or "") or by_tax.get(tax) or by_name.get(name)
        if hit is None:
            unmatched.append(number)
        elif hit not in clients:
            clients.append(hit)
    return FileClients(clients, len(wanted), unmatched)


def _lookups(ctx: ServiceContext, wanted: list[tuple[int, str | None, str, str]]
             ) -> tuple[dict[str, tuple[str, str]], ...]:
    """Clients by phone, tax id and folded name, each read in one statement per table
    (the values as one JSON parameter)."""
    phones = json.dumps(sorted({p for _, p, _, _ in wanted if p}))
    taxes = json.dumps(sorted({t for _, _, t, _ in wanted if t}))
    names = json.dumps(sorted({n for _, _, _, n in wanted if n}))
    by_phone: dict[str, tuple[str, str]] = {}
    by_tax: dict[str, tuple[str, str]] = {}
    by_name: dict[str, tuple[str, str]] = {}
    live = "deleted_at IS NULL"
    with ctx.db.read() as session:
        raw = raw_sqlite(session)
        for kind, table in (("contact", "contacts"), ("company", "companies")):
            for ident, phone in raw.execute(
                    f"SELECT t.id, p.value FROM {table} t, json_each(t.phones) p WHERE "
                    f"t.{live} AND t.phones != '[]' AND p.value IN "
                    "(SELECT value FROM json_each(?)) ORDER BY t.name_key, t.id", (phones,)):
                by_phone.setdefault(phone, (kind, ident))  # people first: who answers
        # a company's name before a person's of the same name (lists are mostly companies)
        for kind, table in (("company", "companies"), ("contact", "contacts")):
            for ident, key in raw.execute(
                    f"SELECT id, name_key FROM {table} WHERE {live} AND name_key IN "
                    "(SELECT value FROM json_each(?)) ORDER BY id", (names,)):
                by_name.setdefault(key, (kind, ident))
        for ident, tax in raw.execute(
                f"SELECT id, tax_id FROM companies WHERE {live} AND tax_id IN "
                "(SELECT value FROM json_each(?)) ORDER BY id", (taxes,)):
            by_tax.setdefault(tax, ("company", ident))
    return by_phone, by_tax, by_name
