"""What every import (spreadsheet or vCard) plans, reports and shares: the plan of each row or
card, the report, merging into an existing record without losing anything, and linking
people to their companies by name (creating the companies that do not exist yet)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.text import fold
from crm_desktop.services.exchange.xlsx_export import export_rows
from crm_desktop.storage.models import Company

LIST_FIELDS = ("phones", "emails", "tags")


class ImportCancelled(CrmError):
    pass


@dataclass
class RowPlan:
    row: int
    values: dict[str, Any]
    errors: list[str] = field(default_factory=list)
    action: str = "create"  # create | update | skip
    match_id: str | None = None
    note: str = ""


@dataclass
class ImportPlan:
    kind: str
    path: Path
    headers: list[str]
    mapping: dict[int, str]
    rows: list[RowPlan]
    unit: str = "row"  # how the report names an item: row (spreadsheets) or card (vCards)
    unmapped: list[str] = field(default_factory=list)  # columns of the file left out
    encoding: str | None = None  # text files: the encoding they were read in
    sheet: str | None = None  # workbooks: the sheet read
    sheets: list[str] = field(default_factory=list)  # workbooks: every sheet, to choose

    @property
    def errors(self) -> list[str]:
        return [e for r in self.rows for e in r.errors]

    @property
    def valid(self) -> list[RowPlan]:
        return [r for r in self.rows if not r.errors and r.action != "skip"]

    def counts(self) -> dict[str, int]:
        counts = {a: sum(1 for r in self.rows if not r.errors and r.action == a)
                  for a in ("create", "update", "skip")}
        counts["errors"] = sum(1 for r in self.rows if r.errors)
        return counts


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    unit: str = "row"
    unchanged: int = 0  # matched a record that already held everything
    companies_created: int = 0
    notes: list[str] = field(default_factory=list)  # what the user should know (encoding…)

    def save(self, path: Path | str) -> Path:
        rows: list[tuple[str, str, int | str]] = [
            ("created", "", self.created), ("updated", "", self.updated)]
        if self.unchanged:
            rows.append(("unchanged", "", self.unchanged))
        if self.companies_created:
            rows.append(("companies created", "", self.companies_created))
        rows += [("note", "", note) for note in self.notes]
        rows += [("skipped", f"{self.unit} {n}", reason) for n, reason in self.skipped]
        return export_rows(path, ["Result", "Row", "Detail"], rows, "Import report")


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cycle collector paused for a bulk step, and restored (if it was on) after.
    A 100,000-row plan holds over a million containers, and the collector walked them all
    again every time their number grew by a quarter: a sixth of an import's time. The steps
    make no reference cycles to reclaim; the rest of the program's wait until the end."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def complete_person(plan: RowPlan) -> bool:
    """Splits a full name: ФИО is "Last First Middle", an English Name "First … Last"."""
    values = plan.values
    full, display = values.pop("full_name", None), values.pop("display_name", None)
    if not (values.get("last_name") or values.get("first_name")):
        if full:
            parts = full.split()
            values["last_name"] = parts[0]
            values["first_name"] = parts[1] if len(parts) > 1 else None
            values["middle_name"] = " ".join(parts[2:]) or None
        elif display:
            parts = display.split()
            values["first_name"] = parts[0] if len(parts) > 1 else None
            values["last_name"] = parts[-1]
            values["middle_name"] = " ".join(parts[1:-1]) or None
    for name in ("last_name", "first_name", "middle_name"):
        if values.get(name) and len(values[name]) > 100:
            plan.errors.append(f"row {plan.row}: the {name.replace('_', ' ')} is longer "
                               "than 100 characters")
    if not (values.get("last_name") or values.get("first_name")):
        plan.errors.append(f"row {plan.row}: a person needs a first or a last name")
    return not plan.errors


@cache  # asked once per row
def _form_columns(model: Any) -> frozenset[str]:
    """The columns the form rules check (phones and emails come normalised)."""
    return frozenset(c.key for c in model.__table__.columns) - {"phones", "emails"}


def form_rules(rules: list[Any], model: Any, plan: RowPlan, session: Session, ctx: Any,
               columns: dict[str, str], where: str | None = None) -> None:
    """The rules the forms apply (services.client_fields), run on a planned row: one set of
    rules for a dialog and for a file. Phones and emails come already normalised. Errors
    name the row and column, or start with `where` (a vCard's number and name)."""
    from crm_desktop.services.clients.client_fields import run_rules

    columns_of = _form_columns(model)
    fields = {k: v for k, v in plan.values.items() if k in columns_of}
    problems: dict[str, str] = {}
    run_rules(rules, fields, None, session, ctx, collect=problems)
    for name, reason in problems.items():
        column = (columns.get(name) or columns.get("full_name") or columns.get("display_name")
                  ) if name.endswith("_name") else columns.get(name)
        plan.errors.append(f"{where}: {name}: {reason}" if where else
                           f"row {plan.row}, column «{column or name}»: {reason}")
    if not problems:
        plan.values.update(fields)


def merged_values(current: dict[str, Any], incoming: dict[str, Any]) -> dict[str, Any]:
    """The changes that add `incoming` to a record: lists gain their new items, text the
    file gives replaces text, notes gain new lines; nothing the file leaves out is removed."""
    changes: dict[str, Any] = {}
    for name, value in incoming.items():
        if value in (None, "", []):
            continue
        old = current.get(name)
        if name in LIST_FIELDS:
            union = list(old or []) + [v for v in value if v not in (old or [])]
            if union != list(old or []):
                changes[name] = union
        elif name == "notes" and old:
            if value.strip() not in old:
                changes[name] = f"{old}\n{value}"
        elif value != old:
            changes[name] = value
    return changes


class CompanyLinks:
    """Company names in a file resolved to ids: an existing company (by its folded name, or
    its tax id) or one created on apply. Loaded once per file."""

    def __init__(self, session: Session) -> None:
        self.by_name: dict[str, str] = {}
        for ident, key, tax_id in session.execute(select(
                Company.id, Company.name_key, Company.tax_id).where(
                Company.deleted_at.is_(None))):
            self.by_name.setdefault(key, ident)
            if tax_id:
                self.by_name.setdefault(tax_id, ident)
        self.new: dict[str, str] = {}  # folded name -> the name as written, to create

    def resolve(self, name: str | None) -> tuple[str | None, str | None]:
        """(existing id, None) or (None, name to create) or (None, None) without a name."""
        text = (name or "").strip()
        if not text:
            return None, None
        key = fold(text)
        if key in self.by_name:
            return self.by_name[key], None
        self.new.setdefault(key, text)
        return None, self.new[key]

    def create_missing(self, session: Session, create: Any) -> dict[str, str]:
        """Creates the planned companies through `create(session, name=...)`; folded name ->
        id for every company a row named."""
        for key, name in self.new.items():
            if key not in self.by_name:
                self.by_name[key] = create(session, name=name).id
        return self.by_name
