"""Editable reference lists: lead sources, loss reasons, tags; default pipelines from data/;
our own company's requisites."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.domain.emails import normalize_email
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.taxid import is_valid_inn
from crm_desktop.paths import DATA_DIR
from crm_desktop.services.base import require_text
from crm_desktop.services.context import ServiceContext
from crm_desktop.storage.models import (
    LeadSource,
    LossReason,
    OrgSetting,
    Pipeline,
    Stage,
    Tag,
)

LISTS: dict[str, Any] = {"lead_sources": LeadSource, "loss_reasons": LossReason, "tags": Tag}


def add_reference_in(session: Session, ctx: ServiceContext, kind: str, name: str) -> None:
    """Adds a name to a reference list inside a caller's transaction, unless it is there."""
    values = {"name": name}
    model = LISTS[kind]
    require_text(values, "name", "name", model.name.type.length or 200)
    exists = session.scalar(select(model.id).where(model.name == values["name"],
                                                   model.deleted_at.is_(None)))
    if exists is None:
        now = ctx.clock.now()
        position = session.scalar(select(func.max(model.position))) if hasattr(
            model, "position") else None
        extra = {"position": (position or 0) + 1} if hasattr(model, "position") else {}
        session.add(model(name=values["name"], created_at=now, updated_at=now, **extra))


class ReferenceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def names(self, kind: str) -> list[str]:
        model = LISTS[kind]
        order = model.position if hasattr(model, "position") else model.name
        stmt = select(model.name).where(model.deleted_at.is_(None)).order_by(order, model.name)
        with self.ctx.db.read() as session:
            return list(dict.fromkeys(session.scalars(stmt)))

    def add(self, kind: str, name: str) -> None:
        with self.ctx.db.write() as session:
            add_reference_in(session, self.ctx, kind, name)

    def remove(self, kind: str, name: str) -> None:
        model = LISTS[kind]
        with self.ctx.db.write() as session:
            for row in session.scalars(select(model).where(model.name == name)):
                row.deleted_at = row.updated_at = self.ctx.clock.now()

    def seed_defaults(self, language: str = "ru") -> None:
        """Default pipelines, loss reasons and lead sources, if the database has none yet."""
        with self.ctx.db.write() as session:
            self.seed_in(session, language)

    def seed_in(self, session: Session, language: str = "ru") -> None:
        lang = language if language in ("ru", "en") else "en"
        now = self.ctx.clock.now()
        stamp = {"created_at": now, "updated_at": now}
        if not session.scalar(select(func.count()).select_from(Pipeline)):
            spec = json.loads((DATA_DIR / "pipelines.json").read_text(encoding="utf-8"))
            for position, pipe in enumerate(spec["pipelines"]):
                pipeline = Pipeline(name=pipe["name"][lang], position=position,
                                    is_default=pipe["default"], **stamp)
                session.add(pipeline)
                session.flush()
                for order, stage in enumerate(pipe["stages"]):
                    session.add(Stage(pipeline_id=pipeline.id, name=stage["name"][lang],
                                      position=order, probability=stage["probability"],
                                      kind=stage["kind"], **stamp))
        lists = json.loads((DATA_DIR / "seed_lists.json").read_text(encoding="utf-8"))
        for kind in ("loss_reasons", "lead_sources"):
            model = LISTS[kind]
            if not session.scalar(select(func.count()).select_from(model)):
                for position, name in enumerate(lists[kind][lang]):
                    session.add(model(name=name, position=position, **stamp))


# -- our own company's requisites (the documents read them as org settings "our.<key>") ------
REQUISITE_KEYS = ("name", "legal_name", "tax_id", "kpp", "ogrn", "address", "phone", "email",
                  "bank", "bik", "account", "corr_account", "director", "signature_line")
_DIGITS_ONLY = ("tax_id", "ogrn", "bik", "account", "corr_account")
_KPP = re.compile(r"^\d{4}[0-9A-Z]{2}\d{3}$")


@dataclass(frozen=True)
class Requisites:
    name: str = ""
    legal_name: str = ""
    tax_id: str = ""
    kpp: str = ""
    ogrn: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    bank: str = ""
    bik: str = ""
    account: str = ""
    corr_account: str = ""
    director: str = ""
    signature_line: str = ""


class RequisiteErrors(ValidationError):
    """Every problem of a requisites form at once (field -> reason); `field` is the first."""

    def __init__(self, problems: dict[str, str]) -> None:
        field = next(iter(problems))
        super().__init__(field, problems[field])
        self.problems = problems


def _account_key_ok(prefix: str, account: str) -> bool:
    """The Bank of Russia control key: 3 digits from the BIC and the 20-digit account,
    weighted 7-1-3, sum to a multiple of 10."""
    digits = prefix + account
    return sum(int(d) * (7, 1, 3)[i % 3] for i, d in enumerate(digits)) % 10 == 0


def clean_requisites(values: dict[str, str]) -> dict[str, str]:
    """Trimmed values (spaces dropped from number fields, KPP upper-cased)."""
    cleaned = {}
    for key, raw in values.items():
        text = (raw or "").strip()
        if key in _DIGITS_ONLY:
            text = text.replace(" ", "").replace("\u00a0", "")
        if key == "kpp":
            text = text.replace(" ", "").upper()
        cleaned[key] = text
    return cleaned


def requisite_problems(values: dict[str, str]) -> dict[str, str]:
    """Every problem of the form at once, field -> reason (the checks Russian banks and tax
    offices apply: INN, OGRN and account check digits, KPP and BIC shapes)."""
    v = clean_requisites({k: values.get(k, "") for k in REQUISITE_KEYS})
    problems: dict[str, str] = {}
    if not v["name"]:
        problems["name"] = "must not be empty"
    for key in REQUISITE_KEYS:
        limit = 1000 if key in ("address", "bank") else 300
        if len(v[key]) > limit and key not in problems:
            problems[key] = f"is longer than {limit} characters"
    if v["tax_id"] and not is_valid_inn(v["tax_id"]):
        problems["tax_id"] = "is not a valid INN (10 or 12 digits with check digits)"
    if v["kpp"]:
        if len(v["tax_id"]) == 12:
            problems["kpp"] = "an individual entrepreneur has no KPP"
        elif not _KPP.match(v["kpp"]):
            problems["kpp"] = "must be 9 characters: 4 digits, 2 digits or letters, 3 digits"
    ogrn = v["ogrn"]
    if ogrn:
        ok = ogrn.isdigit() and (
            (len(ogrn) == 13 and int(ogrn[:12]) % 11 % 10 == int(ogrn[12]))
            or (len(ogrn) == 15 and int(ogrn[:14]) % 13 % 10 == int(ogrn[14])))
        if not ok:
            problems["ogrn"] = "is not a valid OGRN (13 or 15 digits with a check digit)"
    bik = v["bik"]
    bik_ok = len(bik) == 9 and bik.isdigit() and bik.startswith("04")
    if bik and not bik_ok:
        problems["bik"] = "must be 9 digits starting with 04"
    for key, prefix, start in (("account", bik[-3:], ""), ("corr_account", "0" + bik[4:6],
                                                           "301")):
        number = v[key]
        if not number:
            continue
        if len(number) != 20 or not number.isdigit():
            problems[key] = "must be 20 digits"
        elif not number.startswith(start):
            problems[key] = f"must start with {start}"
        elif not bik:
            problems[key] = "enter the BIC: the account is checked against it"
        elif bik_ok and not _account_key_ok(prefix, number):
            problems[key] = "does not match the BIC (wrong check digit)"
    if v["email"]:
        try:
            normalize_email(v["email"])
        except ValidationError as exc:
            problems["email"] = exc.reason
    return problems


class RequisitesService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self) -> Requisites:
        with self.ctx.db.read() as session:
            rows = session.execute(select(OrgSetting.key, OrgSetting.value).where(
                OrgSetting.deleted_at.is_(None), OrgSetting.key.like("our.%"))
                .order_by(OrgSetting.updated_at, OrgSetting.id)).all()
        values = {key.removeprefix("our."): value or "" for key, value in rows}
        return Requisites(**{k: values.get(k, "") for k in REQUISITE_KEYS})

    def save(self, **values: str) -> Requisites:
        """Validates every field (all problems at once), then writes the changed ones in one
        transaction; a rejected form writes nothing."""
        unknown = set(values) - set(REQUISITE_KEYS)
        if unknown:
            raise ValidationError(sorted(unknown)[0], "is not a requisite of our company")
        merged = {**asdict(self.get()), **values}
        problems = requisite_problems(merged)
        if problems:
            raise RequisiteErrors(problems)
        cleaned = clean_requisites(values)
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            for key, value in cleaned.items():
                # the newest row wins, as in get(); two rows appear only after offline edits
                row = session.scalars(select(OrgSetting).where(
                    OrgSetting.key == f"our.{key}", OrgSetting.deleted_at.is_(None))
                    .order_by(OrgSetting.updated_at.desc(), OrgSetting.id.desc())).first()
                if row is None:
                    if value:
                        session.add(OrgSetting(key=f"our.{key}", value=value, created_at=now,
                                               updated_at=now))
                elif (row.value or "") != value:
                    row.value, row.updated_at = value, now
        return self.get()
