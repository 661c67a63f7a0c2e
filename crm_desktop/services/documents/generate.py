"""Documents from Word templates (docxtpl on python-docx): contracts, invoices, offers, acts.

Templates are Jinja inside .docx (docxtpl copes with Word splitting a placeholder across runs,
with tables, repeated rows, headers and footers). They render in Jinja's sandbox with strict
undefined names, so a template cannot run code and an unknown placeholder is an error that
names it. Nothing is written unless the whole document rendered (atomically: a temporary
file renamed into place); the file is then linked to the client's history as an interaction.

Templates may be .docx or Word templates (.dotx), in any letter case. Amounts, numbers and
dates are written in the document's language: the bundled template's, else the one asked
for, else the database's (the language its reference lists were created in). The seller's
details our.* that a template uses but that are blank are reported, not silently left out.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from jinja2 import StrictUndefined, TemplateError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.domain.money import Money
from crm_desktop.paths import DATA_DIR
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.documents.amount_words import amount_in_words
from crm_desktop.services.documents.template_limits import LimitedEnvironment, render_deadline
from crm_desktop.services.funnel.deal_items import line_total_minor

if TYPE_CHECKING:
    from crm_desktop.services.admin.users import UserService
    from crm_desktop.services.clients.interactions import InteractionService
    from crm_desktop.services.clients.records import CompanyService, ContactService
    from crm_desktop.services.funnel.deal_items import DealItemService
    from crm_desktop.services.funnel.deals import DealService

TEMPLATES_DIR = DATA_DIR / "templates"
SUFFIXES = (".docx", ".dotx")
_OUR = re.compile(rb"our\s*\.\s*([a-z_]+)")
_TEMPLATE_TYPE = b"wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"wordprocessingml.document.main+xml"
KNOWN_NAMES = {"our", "client", "contact", "deal", "items", "totals", "manager", "today",
               "number", "loop"}
ORG_KEYS = ["name", "legal_name", "tax_id", "kpp", "ogrn", "address", "bank", "bik",
            "account", "corr_account", "phone", "email", "director", "signature_line",
            "vat_percent"]
DEFAULTED = {"signature_line"}  # filled in when blank (see signature_line below)


def signature_line(profile: dict[str, str], language: str) -> str:
    """Who signs for our company: the line as written in the requisites, else the head's
    title, a line to sign on and the director's name."""
    if profile.get("signature_line", "").strip():
        return profile["signature_line"].strip()
    title = "Руководитель" if language == "ru" else "Director"
    return f"{title} ____________ {profile.get('director', '').strip()}".rstrip()


class TemplateProblem(CrmError):
    """A template that cannot be used: the message names the template and the reason."""


@dataclass(frozen=True)
class TemplateInfo:
    key: str  # "ru/invoice"
    path: Path
    language: str
    bundled: bool


def fmt_money(money: Money, language: str) -> str:
    whole, _, cents = f"{money.amount:.2f}".partition(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    sep, point = ("\u00a0", ",") if language == "ru" else (",", ".")
    symbol = {"RUB": "руб." if language == "ru" else "RUB"}.get(money.currency, money.currency)
    return f"{sep.join(groups)}{point}{cents} {symbol}"


class DealRecords(Protocol):
    """What a document reads and writes besides its template: the deal, its client, items
    and manager, and the history entry that links the document."""

    deals: DealService
    companies: CompanyService
    contacts: ContactService
    users: UserService
    deal_items: DealItemService
    interactions: InteractionService


class DocumentService:
    def __init__(self, ctx: ServiceContext, records: DealRecords) -> None:
        self.ctx = ctx
        self.records = records

    # -- templates --------------------------------------------------------------------------
    def templates(self, user_folder: Path | None = None) -> list[TemplateInfo]:
        found = [TemplateInfo(f"{p.parent.name}/{p.stem}", p, p.parent.name, True)
                 for p in sorted(TEMPLATES_DIR.glob("*/*.docx"))]
        if user_folder and Path(user_folder).is_dir():
            found += [TemplateInfo(f"my/{p.stem}", p, self.language(), False)
                      for p in sorted(Path(user_folder).iterdir())
                      if p.suffix.lower() in SUFFIXES and not p.name.startswith("~$")]
        return found

    def language(self) -> str:
        """The database's language: the one its pipelines were named in (ru or en)."""
        from sqlalchemy import select

        from crm_desktop.storage.models import Pipeline

        with self.ctx.db.read() as session:
            name = session.scalars(select(Pipeline.name).order_by(
                Pipeline.is_default.desc(), Pipeline.position)).first()
        if name is None:
            return self.ctx.language
        return "ru" if re.search("[а-яё]", name, re.IGNORECASE) else "en"

    def resolve(self, name: str, user_folder: Path | None = None) -> TemplateInfo:
        path = Path(name)
        if path.suffix.lower() in SUFFIXES and path.exists():
            return TemplateInfo(path.stem, path, self.language(), False)
        for info in self.templates(user_folder):
            if name in (info.key, info.path.stem):
                return info
        known = ", ".join(i.key for i in self.templates(user_folder))
        raise TemplateProblem(f"no template '{name}' (known: {known})")

    def check(self, path: Path) -> Any:
        """Opens and inspects a template; raises TemplateProblem naming what is wrong."""
        from docxtpl import DocxTemplate

        if not zipfile.is_zipfile(path):
            raise TemplateProblem(f"template {path.name}: not a .docx file")
        try:
            template = DocxTemplate(self._as_document(path))
            unknown = template.get_undeclared_template_variables(self._env()) - KNOWN_NAMES
        except TemplateError as exc:
            raise TemplateProblem(f"template {path.name}: {exc}") from exc
        except Exception as exc:  # noqa: BLE001  (a damaged package: say so, in one line)
            raise TemplateProblem(f"template {path.name} cannot be read: {exc}") from exc
        if unknown:
            raise TemplateProblem(f"template {path.name}: unknown placeholder(s) "
                                  f"{', '.join(sorted(unknown))}")
        return template

    @staticmethod
    def _as_document(path: Path) -> Path | io.BytesIO:
        """A .dotx is a .docx whose main part says "template": read it as a document."""
        with zipfile.ZipFile(path) as package:
            types = package.read("[Content_Types].xml")
            if _TEMPLATE_TYPE not in types:
                return path
            copy = io.BytesIO()
            with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as out:
                for item in package.infolist():
                    data = package.read(item)
                    if item.filename == "[Content_Types].xml":
                        data = data.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
                    out.writestr(item, data)
        copy.seek(0)
        return copy

    def blank_requisites(self, template: str, user_folder: Path | None = None) -> list[str]:
        """The seller's details (our.*) the template uses that are not filled in."""
        info = self.resolve(template, user_folder)
        with zipfile.ZipFile(info.path) as package:
            xml = b"".join(package.read(n) for n in package.namelist()
                           if n.startswith("word/") and n.endswith(".xml"))
        text = re.sub(rb"<[^>]+>", b"", xml)  # placeholders split across runs join up
        used = {m.decode() for m in _OUR.findall(text)}
        profile = self.org_profile()
        return sorted(key for key in used if key in profile and not profile[key].strip()
                      and key not in DEFAULTED)

    @staticmethod
    def _env() -> SandboxedEnvironment:
        """The sandbox with size limits (services.template_limits): no gigabyte strings."""
        return LimitedEnvironment(undefined=StrictUndefined)

    # -- data for a deal ----------------------------------------------------------------------
    def org_profile(self) -> dict[str, str]:
        from sqlalchemy import select

        from crm_desktop.storage.models import OrgSetting

        with self.ctx.db.read() as session:
            rows = session.execute(select(OrgSetting.key, OrgSetting.value).where(
                OrgSetting.deleted_at.is_(None))).all()
        values = {k.removeprefix("our."): v or "" for k, v in rows}
        return {key: values.get(key, "") for key in ORG_KEYS}

    def set_org_profile(self, **values: str) -> None:
        from sqlalchemy import select

        from crm_desktop.storage.models import OrgSetting

        unknown = set(values) - set(ORG_KEYS)
        if unknown:
            raise ValidationError(sorted(unknown)[0], "is not a requisite of our company")
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            for key, value in values.items():
                row = session.scalars(select(OrgSetting).where(
                    OrgSetting.key == f"our.{key}")).first()
                if row is None:
                    session.add(OrgSetting(key=f"our.{key}", value=value, created_at=now,
                                           updated_at=now))
                else:
                    row.value, row.updated_at = value, now

    def context_for_deal(self, deal_id: str, language: str = "ru",
                         signature_doc: Any = None) -> dict[str, Any]:
        records = self.records
        deal = records.deals.get(deal_id)
        company = records.companies.get(deal.company_id, include_deleted=True) \
            if deal.company_id else None
        contact = records.contacts.get(deal.contact_id, include_deleted=True) \
            if deal.contact_id else None
        manager = records.users.get(deal.responsible_id, include_deleted=True) \
            if deal.responsible_id else records.users.current()
        items: list[dict[str, Any]] = []
        subtotal, vat_total = 0, Decimal(0)
        for n, item in enumerate(records.deal_items.of_deal(deal_id), start=1):
            line = line_total_minor(item)
            subtotal += line
            vat_total += Decimal(line) * item.vat_percent / (100 + item.vat_percent)
            items.append({"n": n, "name": item.name, "unit": item.unit,
                          "quantity": f"{item.quantity.normalize():f}",
                          "price": fmt_money(Money(item.price_minor, deal.currency), language),
                          "discount": f"{item.discount_percent.normalize():f}",
                          "vat_percent": f"{item.vat_percent.normalize():f}",
                          "total": fmt_money(Money(line, deal.currency), language)})
        if not items:  # a deal without line items bills its amount as one line
            subtotal = deal.amount_minor
            vat_total = Decimal(subtotal) * 20 / 120
            items.append({"n": 1, "name": deal.title, "unit": "усл." if language == "ru"
                          else "svc", "quantity": "1",
                          "price": fmt_money(Money(subtotal, deal.currency), language),
                          "discount": "0", "vat_percent": "20",
                          "total": fmt_money(Money(subtotal, deal.currency), language)})
        total = Money(subtotal, deal.currency)
        vat = Money(int(vat_total.quantize(Decimal(1), ROUND_HALF_UP)), deal.currency)
        signature = ""
        if manager is not None and manager.signature and signature_doc is not None:
            import io

            from docx.shared import Mm
            from docxtpl import InlineImage

            signature = InlineImage(signature_doc, io.BytesIO(manager.signature), height=Mm(12))
        today = self.ctx.clock.now().date()
        our = self.org_profile()
        our["signature_line"] = signature_line(our, language)
        return {
            "our": our,
            "client": {"name": company.name if company else (contact.display_name
                                                             if contact else ""),
                       "legal_name": (company.legal_name or company.name) if company else "",
                       "tax_id": company.tax_id or "" if company else "",
                       "address": company.address or "" if company else "",
                       "phone": (company.phones or [""])[0] if company else "",
                       "email": (company.emails or [""])[0] if company else ""},
            "contact": {"name": contact.display_name if contact else "",
                        "position": contact.position or "" if contact else "",
                        "phone": (contact.phones or [""])[0] if contact else "",
                        "email": (contact.emails or [""])[0] if contact else ""},
            "deal": {"title": deal.title, "number": deal.id[-6:].upper(),
                     "amount": fmt_money(Money(deal.amount_minor, deal.currency), language),
                     "currency": deal.currency,
                     "expected_close": (deal.expected_close.strftime("%d.%m.%Y")
                                        if language == "ru" else
                                        deal.expected_close.isoformat())
                     if deal.expected_close else ""},
            "items": items,
            "totals": {"total": fmt_money(total, language), "vat": fmt_money(vat, language),
                       "without_vat": fmt_money(Money(total.minor - vat.minor, deal.currency),
                                                language),
                       "words": amount_in_words(total, language), "count": len(items)},
            "manager": {"name": manager.name if manager else "",
                        "position": manager.position or "" if manager else "",
                        "signature": signature},
            "today": today.strftime("%d.%m.%Y") if language == "ru" else today.isoformat(),
            "number": f"{today:%y%m%d}-{deal.id[-4:].upper()}",
        }

    # -- generating -----------------------------------------------------------------------------
    def generate(self, template: str, deal_id: str, output: Path | str,
                 user_folder: Path | None = None, link: bool = True,
                 language: str | None = None) -> Path:
        """Renders, saves (atomically) and links the document to the client's history.
        `language` (ru, en) overrides the template's own for amounts, numbers and dates."""
        from crm_desktop.storage.files import atomic_path, check_output_path

        if language is not None and language not in ("ru", "en"):
            raise ValidationError("language", f"'{language}' is not ru or en")
        target = check_output_path(output, "output")
        info = self.resolve(template, user_folder)
        doc = self.check(info.path)
        context = self.context_for_deal(deal_id, language or info.language, doc)
        try:
            with render_deadline():  # a runaway loop stops, nothing is written
                doc.render(context, self._env(), autoescape=True)
        except UndefinedError as exc:
            raise TemplateProblem(f"template {info.path.name}: unknown placeholder ({exc})") \
                from exc
        except TemplateError as exc:
            raise TemplateProblem(f"template {info.path.name}: {exc}") from exc
        with atomic_path(target) as tmp:
            doc.save(tmp)
        if link:
            deal = self.records.deals.get(deal_id)
            self.records.interactions.create(
                channel="document", subject=f"{info.path.stem}: {target.name}",
                attachment=str(target.resolve()), deal_id=deal_id,
                company_id=deal.company_id, contact_id=deal.contact_id,
                occurred_at=self.ctx.clock.now())
        return target


