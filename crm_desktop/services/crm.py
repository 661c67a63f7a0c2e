"""The one object the UI and the CLI hold: an open database and its services (Anki's
Collection, calibre's Cache).

Each service is made (and its module imported) when first used: the window's start needs
the users and the clients list before its first paint, the funnel, planner, sync and the
rest only after it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from crm_desktop.domain.clock import Clock
from crm_desktop.domain.phones import DEFAULT_REGION
from crm_desktop.services.context import ServiceContext
from crm_desktop.storage.database import Database

if TYPE_CHECKING:
    from crm_desktop.services.admin.reference import ReferenceService, RequisitesService
    from crm_desktop.services.admin.users import UserService
    from crm_desktop.services.clients.caller import CallerService
    from crm_desktop.services.clients.client_card import ClientCardService
    from crm_desktop.services.clients.client_list import ClientListService
    from crm_desktop.services.clients.duplicates import DuplicateService
    from crm_desktop.services.clients.interactions import InteractionService
    from crm_desktop.services.clients.merge import MergeService
    from crm_desktop.services.clients.records import CompanyService, ContactService
    from crm_desktop.services.clients.search import SearchService
    from crm_desktop.services.documents.generate import DocumentService
    from crm_desktop.services.exchange.ical_import import IcsImportService
    from crm_desktop.services.exchange.spreadsheets import SpreadsheetService
    from crm_desktop.services.exchange.vcards import VCardService
    from crm_desktop.services.funnel.analytics import AnalyticsService
    from crm_desktop.services.funnel.board import FunnelService
    from crm_desktop.services.funnel.deal_items import DealItemService, ProductService
    from crm_desktop.services.funnel.deals import DealService, PipelineService, StageService
    from crm_desktop.services.planner.agenda import PlannerService
    from crm_desktop.services.planner.tasks import TaskService
    from crm_desktop.services.sync.service import SyncService
    from crm_desktop.storage.models_base import Record
    from crm_desktop.storage.restore import RestoreResult

# Local settings read when the file opens, by their keys in admin.users and planner.agenda
# (kept equal by tests/ui/test_window_start.py): the signed-in user, the chosen time zone.
CURRENT_USER_KEY = "current_user_id"
TIME_ZONE_KEY = "time_zone"


def counted() -> dict[str, type[Record]]:
    """The tables stats() counts, by name (their models load when first asked for)."""
    from crm_desktop.storage import models

    return {"users": models.User, "companies": models.Company, "contacts": models.Contact,
            "interactions": models.Interaction, "tasks": models.Task, "deals": models.Deal,
            "products": models.Product, "pipelines": models.Pipeline}


def __getattr__(name: str) -> Any:
    """`COUNTED` (counted()), made when first asked for: opening a file loads no model."""
    if name == "COUNTED":
        return counted()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

ServiceT = TypeVar("ServiceT")


class made_when_used(Generic[ServiceT]):  # noqa: N801  (reads as a declaration)
    """A service attribute made on first use, once even if two threads ask at the same time
    (the window and its database worker). Settable, as the protocols services declare."""

    def __init__(self, make: Callable[[Crm], ServiceT]) -> None:
        self._make, self._name = make, make.__name__
        # One lock per service: making a slow one (the planner reads its settings) never
        # holds up another. Services use others, never in a circle, so none waits forever.
        self.lock = threading.RLock()

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name  # kept under the attribute's own name in the Crm's __dict__

    def __get__(self, crm: Crm, owner: type | None = None) -> ServiceT:
        try:
            return crm.__dict__[self._name]  # type: ignore[no-any-return]
        except KeyError:
            with self.lock:
                if self._name not in crm.__dict__:
                    crm.__dict__[self._name] = self._make(crm)
                    for configure in crm.__dict__.get("_when_made", {}).pop(self._name, []):
                        configure(crm)
                return crm.__dict__[self._name]  # type: ignore[no-any-return]

    def __set__(self, crm: Crm, service: ServiceT) -> None:
        crm.__dict__[self._name] = service


# -- the services' makers ------------------------------------------------------------------
def _users(crm: Crm) -> UserService:
    from crm_desktop.services.admin.users import UserService

    return UserService(crm.ctx)


def _companies(crm: Crm) -> CompanyService:
    from crm_desktop.services.clients.records import CompanyService

    return CompanyService(crm.ctx)


def _contacts(crm: Crm) -> ContactService:
    from crm_desktop.services.clients.records import ContactService

    return ContactService(crm.ctx)


def _tasks(crm: Crm) -> TaskService:
    from crm_desktop.services.planner.tasks import TaskService

    return TaskService(crm.ctx)


def _interactions(crm: Crm) -> InteractionService:
    from crm_desktop.services.clients.interactions import InteractionService

    return InteractionService(crm.ctx, crm.tasks)


def _pipelines(crm: Crm) -> PipelineService:
    from crm_desktop.services.funnel.deals import PipelineService

    return PipelineService(crm.ctx)


def _stages(crm: Crm) -> StageService:
    from crm_desktop.services.funnel.deals import StageService

    return StageService(crm.ctx)


def _deals(crm: Crm) -> DealService:
    from crm_desktop.services.funnel.deals import DealService

    return DealService(crm.ctx)


def _products(crm: Crm) -> ProductService:
    from crm_desktop.services.funnel.deal_items import ProductService

    return ProductService(crm.ctx)


def _deal_items(crm: Crm) -> DealItemService:
    from crm_desktop.services.funnel.deal_items import DealItemService

    return DealItemService(crm.ctx)


def _reference(crm: Crm) -> ReferenceService:
    from crm_desktop.services.admin.reference import ReferenceService

    return ReferenceService(crm.ctx)


def _requisites(crm: Crm) -> RequisitesService:
    from crm_desktop.services.admin.reference import RequisitesService

    return RequisitesService(crm.ctx)


def _search(crm: Crm) -> SearchService:
    from crm_desktop.services.clients.search import SearchService

    return SearchService(crm.ctx)


def _duplicates(crm: Crm) -> DuplicateService:
    from crm_desktop.services.clients.duplicates import DuplicateService

    return DuplicateService(crm.ctx)


def _client_list(crm: Crm) -> ClientListService:
    from crm_desktop.services.clients.client_list import ClientListService

    return ClientListService(crm.ctx, lambda: crm.search)


def _merges(crm: Crm) -> MergeService:
    from crm_desktop.services.clients.merge import MergeService

    return MergeService(crm.ctx)


def _funnel(crm: Crm) -> FunnelService:
    from crm_desktop.services.funnel.board import FunnelService

    return FunnelService(crm.ctx, crm.search)


def _analytics(crm: Crm) -> AnalyticsService:
    from crm_desktop.services.funnel.analytics import AnalyticsService

    return AnalyticsService(crm.ctx)


def _planner(crm: Crm) -> PlannerService:
    from crm_desktop.services.planner.agenda import PlannerService

    return PlannerService(crm.ctx, crm.tasks, crm.interactions)


def _client_card(crm: Crm) -> ClientCardService:
    from crm_desktop.services.clients.client_card import ClientCardService

    return ClientCardService(crm.ctx)


def _sync(crm: Crm) -> SyncService:
    from crm_desktop.services.sync.service import SyncService

    return SyncService(crm.ctx, crm)


class Crm:
    def __init__(self, path: Path | str, clock: Clock | None = None,
                 region: str = DEFAULT_REGION) -> None:
        self.db = Database(path)  # refuses a foreign or newer file, untouched
        self.ctx = ServiceContext(db=self.db, clock=clock or Clock(), region=region)
        self.ctx.user_id = self._read_settings()
        # The office's automation rules run in the transaction of the change that fires them,
        # whoever makes it (window, command line, import): installed as the database's
        # engines are made, before any session has them (SQLAlchemy loads then).
        self.db.on_open(self._install_automation)

    def _install_automation(self) -> None:
        from crm_desktop.services.automation import install

        install(self)

    # The services, each made when first used (their makers are above).
    users = made_when_used(_users)
    companies = made_when_used(_companies)
    contacts = made_when_used(_contacts)
    tasks = made_when_used(_tasks)
    interactions = made_when_used(_interactions)
    pipelines = made_when_used(_pipelines)
    stages = made_when_used(_stages)
    deals = made_when_used(_deals)
    products = made_when_used(_products)
    deal_items = made_when_used(_deal_items)
    reference = made_when_used(_reference)
    requisites = made_when_used(_requisites)
    search = made_when_used(_search)
    duplicates = made_when_used(_duplicates)
    client_list = made_when_used(_client_list)
    merges = made_when_used(_merges)
    funnel = made_when_used(_funnel)
    analytics = made_when_used(_analytics)
    planner = made_when_used(_planner)
    client_card = made_when_used(_client_card)
    sync = made_when_used(_sync)

    def _read_settings(self) -> str | None:
        """The signed-in user's id, and the time zone chosen in the preferences applied (as
        the planner service does when made), read with plain SQL: the window's first paint
        needs neither SQLAlchemy, the models nor the user and planner services (0.4 s)."""
        from crm_desktop.domain.errors import ValidationError
        from crm_desktop.domain.zones import chosen_zone, set_preferred

        with self.db.read_raw() as conn:
            found = conn.execute(
                "SELECT id FROM users WHERE id = (SELECT value FROM local_settings "
                "WHERE key = ?)", (CURRENT_USER_KEY,)).fetchone()
            chosen = conn.execute("SELECT value FROM local_settings WHERE key = ?",
                                  (TIME_ZONE_KEY,)).fetchone()
        zone = chosen[0] if chosen is not None else None
        try:
            set_preferred(chosen_zone(zone))
        except ValidationError:  # a zone the system no longer knows: back to the system's
            set_preferred(None)
        return str(found[0]) if found is not None else None

    # Files in and out are made when first used: their libraries (Jinja, num2words, vobject,
    # icalendar, openpyxl) cost a start of the window about half a second otherwise.
    @cached_property
    def documents(self) -> DocumentService:
        from crm_desktop.services.documents.generate import DocumentService

        return DocumentService(self.ctx, self)

    @cached_property
    def spreadsheets(self) -> SpreadsheetService:
        from crm_desktop.services.exchange.spreadsheets import SpreadsheetService

        return SpreadsheetService(self.ctx)

    @cached_property
    def vcards(self) -> VCardService:
        from crm_desktop.services.exchange.vcards import VCardService

        return VCardService(self.ctx, self.companies, self.contacts)

    @cached_property
    def caller(self) -> CallerService:
        """Who is calling: a number in any written form to the client it belongs to."""
        from crm_desktop.services.clients.caller import CallerService

        return CallerService(self.ctx)

    @cached_property
    def ical(self) -> IcsImportService:
        from crm_desktop.services.exchange.ical_import import IcsImportService

        return IcsImportService(self.ctx, self.tasks, self.contacts)

    @property
    def path(self) -> Path:
        return self.db.path

    # What the window may ask of the session, so that it never reaches into `ctx`.
    def now(self) -> datetime:
        """The program's clock in UTC (a fixed clock in tests and screenshots)."""
        return self.ctx.clock.now()

    @property
    def user_id(self) -> str | None:
        """The signed-in user of this file (None before the first start is finished)."""
        return self.ctx.user_id

    @property
    def region(self) -> str:
        """The default country for phone numbers written without one."""
        return self.ctx.region

    @region.setter
    def region(self, region: str) -> None:
        self.ctx.region = region

    @property
    def language(self) -> str:
        """The language of texts the core writes into the data (generated tasks, documents)."""
        return self.ctx.language

    @language.setter
    def language(self, language: str) -> None:
        self.ctx.language = language

    def stats(self) -> dict[str, int]:
        """Live (not deleted) rows per table: all rows (counted from the smallest index)
        minus the tombstones (a tiny partial index), so no table is scanned."""
        from sqlalchemy import func, select

        result: dict[str, int] = {}
        with self.db.read() as session:
            for name, model in counted().items():
                total = session.scalar(select(func.count()).select_from(model)) or 0
                dead = session.scalar(select(func.count()).select_from(model).where(
                    model.deleted_at.is_not(None))) or 0
                result[name] = total - dead
        return result

    def is_empty(self) -> bool:
        with self.db.read_raw() as conn:
            return conn.execute("SELECT 1 FROM companies LIMIT 1").fetchone() is None

    def check(self, full: bool = False) -> list[str]:
        """Integrity problems found (empty when the file is sound); see storage.integrity."""
        from crm_desktop.storage.integrity import check_file

        return check_file(self.path, full=full)

    def restore(self, backup: Path | str) -> RestoreResult:
        """Replaces the file with a verified backup (the old one kept beside it)."""
        result = self.db.restore_from(backup)
        self.ctx.user_id = self._read_settings()
        return result

    def backup(self, target: Path | str) -> Path:
        target = Path(target).expanduser()
        if target.resolve() == self.path:
            from crm_desktop.domain.errors import ValidationError

            raise ValidationError("file", "the backup must not overwrite the database itself")
        self.db.backup_to(target)
        return target

    def close(self) -> None:
        self.db.close()


def when_made(crm: Crm, service: str, configure: Callable[[Crm], None]) -> None:
    """Runs `configure(crm)` once the named service exists (at once if it does): the window
    sets up a service without making it before its first paint. No database work."""
    with vars(Crm)[service].lock:  # not between another thread's making and its setup
        if service in crm.__dict__:
            configure(crm)
        else:
            crm.__dict__.setdefault("_when_made", {}).setdefault(service, []).append(configure)
