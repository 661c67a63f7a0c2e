"""Planning an import: the file read, its columns mapped, every cell checked as the forms
would (naming the row and the column), and each row matched to an existing record by tax id,
email or phone (deals by title and client) or to an earlier row of the same file. Nothing is
written here; spreadsheet_apply writes the plan.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime, time
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import String, select
from sqlalchemy.orm import InstrumentedAttribute

from crm_desktop.domain.emails import normalize_email
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.phones import normalize_phone
from crm_desktop.services.clients.client_fields import COMPANY_RULES, CONTACT_RULES
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.exchange.import_deals import DealStages, deal_key, existing_deals
from crm_desktop.services.exchange.import_headers import (
    LABELS,
    REQUIRED,
    guess_mapping,
    known_labels,
)
from crm_desktop.services.exchange.import_plan import (
    CompanyLinks,
    ImportPlan,
    RowPlan,
    complete_person,
    form_rules,
)
from crm_desktop.services.exchange.import_values import (
    check_text,
    split_extension,
    to_amount,
    to_birthday,
    to_currency,
    to_date,
    to_inn,
    to_text,
)
from crm_desktop.services.exchange.tabular import NoCachedValue, header_key, read_table
from crm_desktop.storage.models import Company, Contact, Deal, LocalSetting

MODELS: dict[str, type[Company] | type[Contact] | type[Deal]] = {
    "companies": Company, "contacts": Contact, "deals": Deal}
FORM_RULES = {"companies": COMPANY_RULES, "contacts": CONTACT_RULES}
MULTILINE = {"notes", "address"}
RFC3966_EXTENSION = re.compile(r";\s*ext", re.IGNORECASE)  # compiled once: a cell of a list
KINDS = {"клиент": "client", "партнер": "partner", "партнёр": "partner",
         "поставщик": "supplier", "потенциальный": "prospect", "client": "client",
         "partner": "partner", "supplier": "supplier", "prospect": "prospect"}


@cache  # asked once per cell: a 100,000-row file has a million
def _max_len(kind: str, name: str) -> int | None:
    """The column's length in the schema: the same limit the forms apply."""
    if name == "currency":
        return None  # "руб." is longer than its code; to_currency checks it
    column = MODELS[kind].__table__.columns.get(name)
    if column is not None and isinstance(column.type, String) and column.type.length:
        return column.type.length
    return {"full_name": 300, "display_name": 300, "company": 300, "stage": 100}.get(name)


Put = Callable[[dict[str, Any], Any], None]  # puts one cell into a row's values


def cell_text(raw: Any, column: str) -> str:
    """A cell's text, stripped; a formula saved without its value is refused."""
    if raw.__class__ is str:
        return raw.strip()  # most cells: what to_text makes of them
    refuse_formula(raw, column)
    return to_text(raw)


def refuse_formula(raw: Any, column: str) -> None:
    if isinstance(raw, NoCachedValue):
        raise ValidationError(column, f"a formula ({raw.formula}) saved without its value; "
                              "open and save the file in a spreadsheet program")


def _parts(text: str) -> list[str]:
    """The items of a list cell: separated by `,` `;` or line breaks (";ext=" is an
    extension, written as the other ways)."""
    if ";" in text:
        text = RFC3966_EXTENSION.sub(" ext", text)
    if "," not in text and ";" not in text and "\n" not in text:
        text = text.strip()
        return [text] if text else []
    return [p.strip() for p in text.replace(";", ",").replace("\n", ",").split(",")
            if p.strip()]


def _add(values: dict[str, Any], name: str, items: list[str]) -> None:
    """A list field gains the items it does not hold yet (one cell may repeat an item:
    "+7 912 …, 8 912 …" is one number), in their order."""
    held = values.get(name)
    if held is None and len(items) < 2:
        values[name] = items
        return
    merged = list(held or [])
    for item in items:
        if item not in merged:
            merged.append(item)
    values[name] = merged


# -- mapping memory: a file with the same headers is mapped as the last one was --------------
def mapping_key(kind: str, headers: list[str]) -> str:
    return "import_mapping:" + kind + ":" + "|".join(header_key(h) for h in headers)[:80]



def remembered_mapping(ctx: ServiceContext, kind: str,
                       headers: list[str]) -> dict[int, str] | None:
    with ctx.db.read() as session:
        row = session.get(LocalSetting, mapping_key(kind, headers))
    if row is None or row.value is None:
        return None
    return {int(k): v for k, v in json.loads(row.value).items()}


def remember_mapping(ctx: ServiceContext, kind: str, headers: list[str],
                     mapping: dict[int, str]) -> None:
    with ctx.db.write() as session:
        session.merge(LocalSetting(key=mapping_key(kind, headers),
                                   value=json.dumps({str(k): v for k, v in mapping.items()})))


class ImportPlanner:
    """Plans one file; `new_stages`: a deal's stage missing from its pipeline is added, not
    refused."""

    def __init__(self, ctx: ServiceContext, new_stages: bool = False) -> None:
        self.ctx = ctx
        self._stages: DealStages | None = None  # of the file being planned (deals)
        self._new_stages = new_stages
        self._phones: dict[str, tuple[str, str | None]] = {}  # checked numbers, this plan

    def plan(self, path: Path | str, kind: str = "companies",
             mapping: dict[int, str] | None = None, sheet: str | None = None) -> ImportPlan:
        """`mapping`: column index -> field; without it the one remembered for these headers,
        else one guessed from the header vocabulary."""
        if kind not in LABELS:
            raise ValidationError("kind", f"import companies, contacts or deals, not '{kind}'")
        table = read_table(path, known_labels(kind), sheet)
        mapping = mapping or remembered_mapping(self.ctx, kind, table.headers) or \
            guess_mapping(table.headers, kind)
        unknown = [f for f in mapping.values() if f not in LABELS[kind]
                   and not (kind == "companies" and f.startswith("custom:"))]
        if unknown:
            raise ValidationError("mapping", f"{kind} have no field «{unknown[0]}»")
        missing = [f for f in REQUIRED[kind] if f not in mapping.values()]
        if kind == "contacts" and not {"full_name", "display_name", "last_name",
                                       "first_name"} & set(mapping.values()):
            missing.append("last_name")
        if missing:  # the field named the way a person knows it
            shown = ", ".join([h[:40] for h in table.headers if h][:12])
            if "name" in missing:
                raise ValidationError("mapping", f"no column for the company name "
                                                 f"(headers: {shown})")
            if "title" in missing:
                raise ValidationError("mapping", f"no column for the deal title "
                                                 f"(headers: {shown})")
            raise ValidationError("mapping", f"no column for the person's name "
                                             f"(headers: {shown})")
        existing = self._existing(kind)
        with self.ctx.db.read() as session:
            links = CompanyLinks(session)
            if kind == "deals":
                self._stages, existing["deal"] = DealStages(session), existing_deals(session)
        columns = {name: table.headers[i] or name for i, name in mapping.items()}
        seen: dict[Any, int] = {}
        rows = []
        # Currency before amount: an amount is read in its row's currency. Each column's
        # reader is chosen once, not by its field's name in every cell.
        puts = [(index, table.headers[index] or name,
                 self._reader(kind, name, table.headers[index] or name))
                for index, name in sorted(mapping.items(), key=lambda i: i[1] != "currency")]
        with self.ctx.db.read() as session:
            for number, values in table.rows:
                plan = RowPlan(number, {})
                fields, width = plan.values, len(values)
                for index, column, put in puts:
                    try:
                        put(fields, values[index] if index < width else None)
                    except ValidationError as exc:
                        plan.errors.append(f"row {number}, column «{column}»: {exc.reason}")
                if not plan.errors:
                    self._complete(kind, plan, existing, seen, links, columns)
                if not plan.errors and kind in FORM_RULES:
                    form_rules(FORM_RULES[kind], MODELS[kind], plan, session, self.ctx, columns)
                rows.append(plan)
        unmapped = [h or f"column {i + 1}" for i, h in enumerate(table.headers)
                    if i not in mapping and (h or any(i < len(v) and v[i] not in (None, "")
                                                      for _, v in table.rows[:50]))]
        return ImportPlan(kind, Path(path), table.headers, mapping, rows, unmapped=unmapped,
                          encoding=table.encoding, sheet=table.sheet, sheets=table.sheets)

    def _reader(self, kind: str, name: str, column: str) -> Put:
        """What puts a cell of `column` (mapped to field `name`) into a row's values, as the
        forms would check it; a ValidationError names the column."""
        if name.startswith("custom:"):
            key = name[7:]

            def custom(values: dict[str, Any], raw: Any) -> None:
                if isinstance(raw, datetime) and raw.time() == time():
                    raw = raw.date()  # a date cell: the date, not midnight
                text = check_text(cell_text(raw, column), column, 1000, multiline=True)
                if text:
                    values.setdefault("custom_fields", {})[key] = text
            return custom
        if name == "birthday":
            def birthday(values: dict[str, Any], raw: Any) -> None:
                refuse_formula(raw, column)
                values["birthday"], values["birthday_md"] = to_birthday(raw, column)
            return birthday
        if name == "amount":
            def amount(values: dict[str, Any], raw: Any) -> None:
                refuse_formula(raw, column)
                values["amount"] = to_amount(raw, column, values.get("currency"))
            return amount
        limit, multiline = _max_len(kind, name), name in MULTILINE
        if name == "phones":
            return self._phones_reader(column, limit)
        if name in ("emails", "tags"):
            def listed(values: dict[str, Any], raw: Any) -> None:
                parts = _parts(check_text(cell_text(raw, column), column, limit))
                if name == "emails":
                    parts = [normalize_email(p, column) for p in parts]
                _add(values, name, parts)
            return listed
        if name == "tax_id":
            def tax_id(values: dict[str, Any], raw: Any) -> None:
                values["tax_id"] = to_inn(check_text(cell_text(raw, column), column, limit),
                                          column)
            return tax_id
        if name in ("expected_close", "closed_on", "currency"):
            convert = to_currency if name == "currency" else to_date

            def converted(values: dict[str, Any], raw: Any) -> None:
                check_text(cell_text(raw, column), column, limit)
                values[name] = convert(raw, column)
            return converted
        if name == "kind":
            def company_kind(values: dict[str, Any], raw: Any) -> None:
                text = check_text(cell_text(raw, column), column, limit)
                if not text:
                    return  # an empty cell: a new client is a client, an existing one keeps
                found = KINDS.get(text.casefold())
                if found is None:
                    raise ValidationError(column, f"'{text}' is not a kind of client")
                values["kind"] = found
            return company_kind

        def text(values: dict[str, Any], raw: Any) -> None:
            values[name] = check_text(cell_text(raw, column), column, limit, multiline) or None
        return text

    def _phones_reader(self, column: str, limit: int | None) -> Put:
        """Phones of a cell in E.164, their extensions kept for the notes. Each distinct
        number is checked once per file (a company's number on every row of its people); a
        refused one is checked again wherever it appears, so every row of it is named."""
        region = self.ctx.region
        known = self._phones  # the text of one number -> (E.164, extension)

        def phones(values: dict[str, Any], raw: Any) -> None:
            numbers = []
            for part in _parts(check_text(cell_text(raw, column), column, limit)):
                found = known.get(part)
                if found is None:
                    number, extension = split_extension(part)
                    found = known[part] = (normalize_phone(number, region, column), extension)
                numbers.append(found[0])
                if found[1]:  # kept in the notes: E.164 cannot hold it
                    values.setdefault("extensions", []).append(
                        f"TEL {found[0]} ext. {found[1]}")
            _add(values, "phones", numbers)
        return phones

    def _existing(self, kind: str) -> dict[str, dict[str, str]]:
        """Normalised tax id / email / phone -> id, loaded once for the whole file."""
        maps: dict[str, dict[str, str]] = {"tax_id": {}, "email": {}, "phone": {}, "name": {}}
        models: dict[str, type[Company] | type[Contact]] = {
            "companies": Company, "contacts": Contact, "deals": Company}
        model = models[kind]
        with self.ctx.db.read() as session:
            columns: list[InstrumentedAttribute[Any]] = [model.id, model.phones, model.emails,
                                                         model.name_key]
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

    def _complete(self, kind: str, plan: RowPlan, existing: dict[str, dict[str, str]],
                  seen: dict[Any, int],
                  links: CompanyLinks, columns: dict[str, str]) -> None:
        values = plan.values
        extensions = values.pop("extensions", [])
        if extensions and kind != "deals":
            values["notes"] = "\n".join([values.get("notes") or "", *extensions]).strip()
        if kind == "contacts" and not complete_person(plan):
            return
        if kind == "companies" and not values.get("name"):
            plan.errors.append(f"row {plan.row}, column «name»: the company name is empty")
            return
        if kind in ("contacts", "deals") and "company" in values:
            company_id, new_name = links.resolve(values.pop("company"))
            values["company_id"] = company_id
            if new_name:
                values["company_new"] = new_name
                plan.note = f"a new company «{new_name}» will be created"
        if kind == "deals":
            self._deal(plan, existing["deal"], seen, columns)
            return
        tax_id = values.get("tax_id")
        keys: list[tuple[str, str]] = ([("tax_id", tax_id)] if tax_id else []) + \
            [("email", e) for e in values.get("emails") or () if e] + \
            [("phone", p) for p in values.get("phones") or () if p]
        for pair in keys:
            if pair in seen:
                plan.action = "skip"
                plan.note = f"the same {pair[0].replace('_', ' ')} as row {seen[pair]}"
                return
        for key, value in keys:
            if value in existing[key]:
                plan.action, plan.match_id = "update", existing[key][value]
                plan.note = f"matched an existing record by {key.replace('_', ' ')}"
                break
        for pair in keys:
            seen[pair] = plan.row

    def _deal(self, plan: RowPlan, known: dict[str, str], seen: dict[Any, int],
              columns: dict[str, str]) -> None:
        values = plan.values
        if not values.get("title"):
            plan.errors.append(f"row {plan.row}, column «{columns.get('title')}»: the deal "
                               "title is empty")
            return
        assert self._stages is not None
        try:
            ref = self._stages.resolve(values.pop("pipeline", None), values.pop("stage", None),
                                       self._new_stages)
        except ValidationError as exc:
            plan.errors.append(f"row {plan.row}, column «{columns.get(exc.field, exc.field)}»: "
                               f"{exc.reason}")
            return
        values["stage_ref"] = ref
        if ref.new_name:
            plan.note = f"a new stage «{ref.new_name}» will be added"
        if values.get("company_new"):
            return  # a new client: a new deal
        key = deal_key(values)
        if key in seen:
            plan.action, plan.note = "skip", f"the same deal as row {seen[key]}"
        elif key in known:
            plan.action, plan.match_id = "update", known[key]
            plan.note = "matched an existing deal by title and client"
        seen[key] = plan.row
