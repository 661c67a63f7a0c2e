"""Import of companies, contacts and deals from Excel and CSV; export of every list to Excel.

Import runs in two steps: `plan()` reads the file, maps the columns (guessed from Russian or
English headers, or given), validates every cell (naming the row and the column) and matches
existing records by tax id, email or phone, writing nothing; `apply()` then writes the plan
in one transaction — all or nothing, or only the valid rows when asked — with progress and
cancel. Rows are inserted in bulk: 100,000 rows through the ORM one by one take minutes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update

from crm_desktop.domain.emails import normalize_email
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.domain.ids import new_id
from crm_desktop.domain.money import Money
from crm_desktop.domain.phones import normalize_phone
from crm_desktop.domain.taxid import normalize_inn
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.tabular import NoCachedValue, header_key, read_table, to_date, to_text
from crm_desktop.services.xlsx_export import export_rows
from crm_desktop.storage.models import Company, Contact, Deal, LocalSetting, Stage
from crm_desktop.storage.searchable import company_keys, contact_keys, deal_keys

Progress = Callable[[int, int], None]

LABELS: dict[str, dict[str, list[str]]] = {
    "companies": {
        "name": ["название", "наименование", "компания", "организация", "клиент", "name",
                 "company", "company name", "organization"],
        "legal_name": ["юр название", "юридическое название", "полное наименование",
                       "legal name"],
        "tax_id": ["инн", "tax id", "inn", "vat", "tin"],
        "phones": ["телефон", "телефоны", "тел", "phone", "phones", "tel"],
        "emails": ["email", "e mail", "почта", "эл почта", "электронная почта", "emails"],
        "website": ["сайт", "website", "web", "url"],
        "industry": ["отрасль", "сфера", "industry"],
        "address": ["адрес", "address"],
        "lead_source": ["источник", "source", "lead source"],
        "segment": ["сегмент", "segment"],
        "kind": ["тип", "kind", "type"],
        "tags": ["метки", "теги", "tags"],
        "notes": ["примечание", "примечания", "комментарий", "notes", "comment"],
    },
    "contacts": {
        "full_name": ["фио", "контакт", "full name", "name", "contact"],
        "last_name": ["фамилия", "last name", "surname"],
        "first_name": ["имя", "first name"],
        "middle_name": ["отчество", "middle name"],
        "position": ["должность", "position", "job title"],
        "company": ["компания", "организация", "company", "organization"],
        "phones": ["телефон", "телефоны", "моб телефон", "phone", "mobile", "phones"],
        "emails": ["email", "e mail", "почта", "эл почта", "emails"],
        "birthday": ["дата рождения", "день рождения", "birthday", "date of birth"],
        "source": ["источник", "source"],
        "tags": ["метки", "теги", "tags"],
        "notes": ["примечание", "комментарий", "notes", "comment"],
    },
    "deals": {
        "title": ["название", "сделка", "deal", "title", "name"],
        "company": ["клиент", "компания", "client", "company"],
        "amount": ["сумма", "amount", "value"],
        "currency": ["валюта", "currency"],
        "stage": ["этап", "стадия", "stage"],
        "expected_close": ["дата закрытия", "ожидаемая дата", "expected close", "close date"],
        "source": ["источник", "source"],
        "next_step": ["следующий шаг", "next step"],
    },
}
REQUIRED = {"companies": ["name"], "contacts": [], "deals": ["title"]}


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

    @property
    def errors(self) -> list[str]:
        return [e for r in self.rows for e in r.errors]

    @property
    def valid(self) -> list[RowPlan]:
        return [r for r in self.rows if not r.errors and r.action != "skip"]


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)

    def save(self, path: Path | str) -> Path:
        rows = [("created", "", self.created), ("updated", "", self.updated)]
        rows += [("skipped", f"row {n}", reason) for n, reason in self.skipped]
        return export_rows(path, ["Result", "Row", "Detail"], rows, "Import report")


def guess_mapping(headers: list[str], kind: str) -> dict[int, str]:
    labels = {header_key(label): name for name, options in LABELS[kind].items()
              for label in options}
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = labels.get(header_key(header))
        if name and name not in mapping.values():
            mapping[index] = name
    return mapping


class SpreadsheetService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- mapping memory -------------------------------------------------------------------------
    def _mapping_key(self, kind: str, headers: list[str]) -> str:
        return "import_mapping:" + kind + ":" + "|".join(header_key(h) for h in headers)[:80]

    def remembered_mapping(self, kind: str, headers: list[str]) -> dict[int, str] | None:
        with self.ctx.db.read() as session:
            row = session.get(LocalSetting, self._mapping_key(kind, headers))
        return {int(k): v for k, v in json.loads(row.value).items()} if row else None

    def remember_mapping(self, kind: str, headers: list[str], mapping: dict[int, str]) -> None:
        with self.ctx.db.write() as session:
            session.merge(LocalSetting(key=self._mapping_key(kind, headers),
                                       value=json.dumps({str(k): v for k, v in mapping.items()})))

    # -- planning -------------------------------------------------------------------------------
    def plan(self, path: Path | str, kind: str = "companies",
             mapping: dict[int, str] | None = None) -> ImportPlan:
        if kind not in LABELS:
            raise ValidationError("kind", f"import companies, contacts or deals, not '{kind}'")
        known = {header_key(label) for options in LABELS[kind].values() for label in options}
        table = read_table(path, known)
        mapping = mapping or self.remembered_mapping(kind, table.headers) or \
            guess_mapping(table.headers, kind)
        missing = [f for f in REQUIRED[kind] if f not in mapping.values()]
        if kind == "contacts" and not {"full_name", "last_name", "first_name"} & set(
                mapping.values()):
            missing.append("last_name")
        if missing:
            raise ValidationError("mapping", f"no column for {', '.join(missing)} "
                                  f"(headers: {', '.join(h for h in table.headers if h)})")
        existing = self._existing(kind)
        seen: dict[str, int] = {}
        rows = []
        for number, values in table.rows:
            plan = RowPlan(number, {})
            for index, name in mapping.items():
                raw = values[index] if index < len(values) else None
                column = table.headers[index] or name
                try:
                    plan.values[name] = self._clean(kind, name, raw, column)
                except ValidationError as exc:
                    plan.errors.append(f"row {number}, column «{column}»: {exc.reason}")
            if not plan.errors:
                self._complete(kind, plan, existing, seen)
            rows.append(plan)
        return ImportPlan(kind, Path(path), table.headers, mapping, rows)

    def _clean(self, kind: str, name: str, raw: Any, column: str) -> Any:
        if isinstance(raw, NoCachedValue):
            raise ValidationError(column, f"a formula ({raw.formula}) saved without its value; "
                                  "open and save the file in a spreadsheet program")
        text = to_text(raw)
        if name in ("phones", "emails", "tags"):
            parts = [p.strip() for p in text.replace(";", ",").replace("\n", ",").split(",")
                     if p.strip()]
            if name == "phones":
                return [normalize_phone(p, self.ctx.region, column) for p in parts]
            if name == "emails":
                return [normalize_email(p, column) for p in parts]
            return parts
        if name == "tax_id":
            return normalize_inn(text, column)
        if name in ("birthday", "expected_close"):
            return to_date(raw, column)
        if name == "amount":
            if raw is None or text == "":
                return Money(0)
            if isinstance(raw, float):
                raw = Decimal(str(raw))
            return Money.parse(raw if not isinstance(raw, str) else text, field=column)
        if name == "kind" and text:
            kinds = {"клиент": "client", "партнер": "partner", "партнёр": "partner",
                     "поставщик": "supplier", "потенциальный": "prospect"}
            value = kinds.get(text.casefold(), text.casefold())
            if value not in ("client", "partner", "supplier", "prospect"):
                raise ValidationError(column, f"'{text}' is not a kind of client")
            return value
        return text or None

    def _existing(self, kind: str) -> dict[str, dict[str, str]]:
        """Normalised tax id / email / phone -> id, loaded once for the whole file."""
        maps: dict[str, dict[str, str]] = {"tax_id": {}, "email": {}, "phone": {}, "name": {}}
        model = {"companies": Company, "contacts": Contact, "deals": Company}[kind]
        with self.ctx.db.read() as session:
            columns = [model.id, model.phones, model.emails, model.name_key]
            if model is Company:
                columns.append(Company.tax_id)
            for row in session.execute(select(*columns).where(model.deleted_at.is_(None))):
                for phone in row[1] or []:
                    maps["phone"].setdefault(phone, row[0])
                for email in row[2] or []:
                    maps["email"].setdefault(email, row[0])
                maps["name"].setdefault(row[3], row[0])
                if model is Company and row[4]:
                    maps["tax_id"].setdefault(row[4], row[0])
        return maps

    def _complete(self, kind: str, plan: RowPlan, existing: dict, seen: dict[str, int]) -> None:
        values = plan.values
        if kind == "contacts":
            full = values.pop("full_name", None)
            if full and not (values.get("last_name") or values.get("first_name")):
                parts = full.split()
                values["last_name"] = parts[0]
                values["first_name"] = parts[1] if len(parts) > 1 else None
                values["middle_name"] = " ".join(parts[2:]) or None
            if not (values.get("last_name") or values.get("first_name")):
                plan.errors.append(f"row {plan.row}: a person needs a first or a last name")
                return
        if kind == "companies" and not values.get("name"):
            plan.errors.append(f"row {plan.row}, column «name»: the company name is empty")
            return
        if kind == "deals":
            if not values.get("title"):
                plan.errors.append(f"row {plan.row}: the deal title is empty")
                return
            company = values.pop("company", None)
            if company:
                from crm_desktop.domain.text import fold

                values["company_id"] = existing["name"].get(fold(company)) or existing[
                    "tax_id"].get(company)
                if values["company_id"] is None:
                    plan.note = f"client «{company}» not found; the deal has no client"
            return
        keys = [("tax_id", values.get("tax_id"))] + \
            [("email", e) for e in values.get("emails") or []] + \
            [("phone", p) for p in values.get("phones") or []]
        for key, value in keys:
            if value and f"{key}:{value}" in seen:
                plan.action = "skip"
                plan.note = f"the same {key.replace('_', ' ')} as row {seen[f'{key}:{value}']}"
                return
        for key, value in keys:
            if value and value in existing[key]:
                plan.action, plan.match_id = "update", existing[key][value]
                plan.note = f"matched an existing record by {key.replace('_', ' ')}"
                break
        for key, value in keys:
            if value:
                seen[f"{key}:{value}"] = plan.row

    # -- applying -------------------------------------------------------------------------------
    def apply(self, plan: ImportPlan, valid_only: bool = False,
              progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> ImportReport:
        errors = plan.errors
        if errors and not valid_only:
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            raise ValidationError("file", errors[0] + more)
        report = ImportReport()
        report.skipped = [(r.row, "; ".join(r.errors)) for r in plan.rows if r.errors] + \
            [(r.row, r.note) for r in plan.rows if not r.errors and r.action == "skip"]
        todo = plan.valid
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:  # one transaction: all or nothing
            model = {"companies": Company, "contacts": Contact, "deals": Deal}[plan.kind]
            defaults = self._deal_defaults(session) if plan.kind == "deals" else {}
            batch: list[dict[str, Any]] = []
            for done, row in enumerate(todo, start=1):
                if cancelled is not None and done % 500 == 0 and cancelled():
                    raise ImportCancelled("import cancelled; nothing was written")
                if row.action == "update":
                    values = {k: v for k, v in row.values.items()
                              if v not in (None, [], "")}
                    if values:
                        session.execute(update(model).where(model.id == row.match_id).values(
                            **self._with_keys(plan.kind, session, model, row.match_id,
                                              values), updated_at=now))
                    report.updated += 1
                else:
                    batch.append(self._new_row(plan.kind, row.values, defaults, now))
                    report.created += 1
                if len(batch) >= 5000:
                    session.execute(insert(model), batch)
                    batch.clear()
                if progress is not None and (done % 1000 == 0 or done == len(todo)):
                    progress(done, len(todo))
            if batch:
                session.execute(insert(model), batch)
            if cancelled is not None and cancelled():
                raise ImportCancelled("import cancelled; nothing was written")
        return report

    def _deal_defaults(self, session: Any) -> dict[str, Any]:
        from crm_desktop.storage.models import Pipeline

        pipeline = session.scalars(select(Pipeline).where(Pipeline.deleted_at.is_(None))
                                   .order_by(Pipeline.is_default.desc(),
                                             Pipeline.position)).first()
        if pipeline is None:
            raise ValidationError("pipeline", "create a pipeline before importing deals")
        stages = session.scalars(select(Stage).where(Stage.pipeline_id == pipeline.id)
                                 .order_by(Stage.position)).all()
        return {"pipeline": pipeline.id, "stages": {s.name.casefold(): s for s in stages},
                "first": stages[0]}

    def _new_row(self, kind: str, values: dict[str, Any], defaults: dict,
                 now: Any) -> dict[str, Any]:
        row = {"id": new_id(), "created_at": now, "updated_at": now,
               "responsible_id": self.ctx.user_id}
        if kind == "deals":
            stage = defaults["stages"].get((values.get("stage") or "").casefold(),
                                           defaults["first"])
            money: Money = values.get("amount") or Money(0)
            currency = (values.get("currency") or money.currency or "RUB").upper()
            row.update(title=values["title"], company_id=values.get("company_id"),
                       pipeline_id=defaults["pipeline"], stage_id=stage.id,
                       amount_minor=money.minor, currency=currency,
                       expected_close=values.get("expected_close"),
                       source=values.get("source"), next_step=values.get("next_step"),
                       stage_changed_at=now, tags=[])
            row["name_key"], row["search_text"] = deal_keys(row)
            return row
        for name in ("phones", "emails", "tags"):
            row[name] = values.get(name) or []
        row.update({k: v for k, v in values.items() if k not in row})
        if kind == "companies":
            row.setdefault("kind", "client")
            row["kind"] = row["kind"] or "client"
            row["custom_fields"] = {}
            row["name_key"], row["search_text"] = company_keys(row)
        else:
            row.pop("company", None)
            row["messengers"] = {}
            row["name_key"], row["search_text"] = contact_keys(row)
        return row

    def _with_keys(self, kind: str, session: Any, model: Any, ident: str,
                   values: dict[str, Any]) -> dict[str, Any]:
        """An update keeps the search columns right (Core updates skip the ORM hooks)."""
        current = session.get(model, ident)
        merged = {c.key: getattr(current, c.key) for c in model.__table__.columns}
        values = {k: v for k, v in values.items() if k in merged}
        merged.update(values)
        keys = company_keys if kind == "companies" else contact_keys
        values["name_key"], values["search_text"] = keys(merged)
        return values

    # -- export ---------------------------------------------------------------------------------
    def export_list(self, kind: str, path: Path | str) -> Path:
        """Every live record of a list, streamed from the database into the sheet."""
        specs = EXPORTS.get(kind)
        if specs is None:
            raise ValidationError("kind", f"export {', '.join(EXPORTS)}, not '{kind}'")
        columns, sql = specs
        shape = _deal_money if kind == "deals" else None
        return export_rows(path, columns, self._stream(sql, shape), kind)

    def _stream(self, sql: str, shape: Callable[[tuple], tuple] | None) -> Iterator[tuple]:
        from sqlalchemy import text

        with self.ctx.db.read() as session:
            result = session.execute(text(sql)).yield_per(2000)
            for row in result:
                values = tuple(_typed(v) for v in row)
                yield shape(values) if shape else values


def _deal_money(row: tuple) -> tuple:
    """Amount and currency become one Money cell: a number formatted with its currency."""
    return (*row[:3], Money(int(row[3]), row[4]), *row[5:])


def _typed(value: Any) -> Any:
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value[:10]) if len(value) == 10 else value
        except ValueError:
            return value
    return value


EXPORTS: dict[str, tuple[list[str], str]] = {
    "companies": (["Name", "Kind", "Tax id", "Phones", "Emails", "Industry", "Address",
                   "Lead source", "Segment", "Responsible", "Created"],
                  "SELECT c.name, c.kind, c.tax_id, (SELECT group_concat(value, ', ') FROM "
                  "json_each(c.phones)), (SELECT group_concat(value, ', ') FROM "
                  "json_each(c.emails)), c.industry, c.address, c.lead_source, c.segment, "
                  "u.name, substr(c.created_at, 1, 10) FROM companies c LEFT JOIN users u ON "
                  "u.id = c.responsible_id WHERE c.deleted_at IS NULL ORDER BY c.name_key"),
    "contacts": (["Last name", "First name", "Middle name", "Company", "Position", "Phones",
                  "Emails", "Birthday"],
                 "SELECT p.last_name, p.first_name, p.middle_name, c.name, p.position, "
                 "(SELECT group_concat(value, ', ') FROM json_each(p.phones)), "
                 "(SELECT group_concat(value, ', ') FROM json_each(p.emails)), p.birthday "
                 "FROM contacts p LEFT JOIN companies c ON c.id = p.company_id "
                 "WHERE p.deleted_at IS NULL ORDER BY p.name_key"),
    "deals": (["Title", "Client", "Stage", "Amount", "Expected close", "Source",
               "Responsible"],
              "SELECT d.title, c.name, s.name, d.amount_minor, d.currency, "
              "d.expected_close, d.source, u.name FROM deals d LEFT JOIN companies c ON "
              "c.id = d.company_id JOIN stages s ON s.id = d.stage_id LEFT JOIN users u ON "
              "u.id = d.responsible_id WHERE d.deleted_at IS NULL ORDER BY d.created_at"),
    "tasks": (["Title", "Kind", "Due", "Status", "Assignee", "Client", "Result"],
              "SELECT t.title, t.kind, substr(t.due_at, 1, 16), t.status, u.name, c.name, "
              "t.result FROM tasks t LEFT JOIN users u ON u.id = t.assignee_id LEFT JOIN "
              "companies c ON c.id = t.company_id WHERE t.deleted_at IS NULL ORDER BY t.due_at"),
    "interactions": (["When", "Channel", "Subject", "Outcome", "Client", "User"],
                     "SELECT substr(i.occurred_at, 1, 16), i.channel, i.subject, i.outcome, "
                     "c.name, u.name FROM interactions i LEFT JOIN companies c ON c.id = "
                     "i.company_id LEFT JOIN users u ON u.id = i.user_id WHERE "
                     "i.deleted_at IS NULL ORDER BY i.occurred_at DESC"),
}
