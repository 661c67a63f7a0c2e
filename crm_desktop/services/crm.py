"""The one object the UI and the CLI hold: an open database and its services (Anki's
Collection, calibre's Cache)."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from crm_desktop.domain.clock import Clock
from crm_desktop.domain.phones import DEFAULT_REGION
from crm_desktop.services.admin.reference import ReferenceService, RequisitesService
from crm_desktop.services.admin.users import UserService
from crm_desktop.services.clients.client_card import ClientCardService
from crm_desktop.services.clients.client_list import ClientListService
from crm_desktop.services.clients.duplicates import DuplicateService
from crm_desktop.services.clients.interactions import InteractionService
from crm_desktop.services.clients.merge import MergeService
from crm_desktop.services.clients.records import CompanyService, ContactService
from crm_desktop.services.clients.search import SearchService
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.funnel.analytics import AnalyticsService
from crm_desktop.services.funnel.board import FunnelService
from crm_desktop.services.funnel.deal_items import DealItemService, ProductService
from crm_desktop.services.funnel.deals import DealService, PipelineService, StageService
from crm_desktop.services.planner.agenda import PlannerService
from crm_desktop.services.planner.tasks import TaskService
from crm_desktop.services.sync.service import SyncService
from crm_desktop.storage import models
from crm_desktop.storage.database import Database
from crm_desktop.storage.models_base import Record

if TYPE_CHECKING:
    from crm_desktop.services.clients.caller import CallerService
    from crm_desktop.services.documents.generate import DocumentService
    from crm_desktop.services.exchange.ical_import import IcsImportService
    from crm_desktop.services.exchange.spreadsheets import SpreadsheetService
    from crm_desktop.services.exchange.vcards import VCardService
    from crm_desktop.storage.restore import RestoreResult

COUNTED: dict[str, type[Record]] = {
    "users": models.User, "companies": models.Company, "contacts": models.Contact,
    "interactions": models.Interaction, "tasks": models.Task, "deals": models.Deal,
    "products": models.Product, "pipelines": models.Pipeline,
}


class Crm:
    def __init__(self, path: Path | str, clock: Clock | None = None,
                 region: str = DEFAULT_REGION) -> None:
        self.db = Database(path)
        self.ctx = ServiceContext(db=self.db, clock=clock or Clock(), region=region)
        self.users = UserService(self.ctx)
        self.companies = CompanyService(self.ctx)
        self.contacts = ContactService(self.ctx)
        self.tasks = TaskService(self.ctx)
        self.interactions = InteractionService(self.ctx, self.tasks)
        self.pipelines = PipelineService(self.ctx)
        self.stages = StageService(self.ctx)
        self.deals = DealService(self.ctx)
        self.products = ProductService(self.ctx)
        self.deal_items = DealItemService(self.ctx)
        self.reference = ReferenceService(self.ctx)
        self.requisites = RequisitesService(self.ctx)
        self.search = SearchService(self.ctx)
        self.duplicates = DuplicateService(self.ctx)
        self.client_list = ClientListService(self.ctx, self.search)
        self.merges = MergeService(self.ctx)
        self.funnel = FunnelService(self.ctx, self.search)
        self.analytics = AnalyticsService(self.ctx)
        self.planner = PlannerService(self.ctx, self.tasks, self.interactions)
        self.client_card = ClientCardService(self.ctx)
        self.sync = SyncService(self.ctx, self)
        current = self.users.current()
        self.ctx.user_id = current.id if current else None
        # The office's automation rules run in the transaction of the change that fires them,
        # whoever makes it (window, command line, import).
        from crm_desktop.services.automation import install

        install(self)

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
        result: dict[str, int] = {}
        with self.db.read() as session:
            for name, model in COUNTED.items():
                total = session.scalar(select(func.count()).select_from(model)) or 0
                dead = session.scalar(select(func.count()).select_from(model).where(
                    model.deleted_at.is_not(None))) or 0
                result[name] = total - dead
        return result

    def is_empty(self) -> bool:
        with self.db.read() as session:
            return not session.scalar(select(func.count()).select_from(models.Company))

    def check(self, full: bool = False) -> list[str]:
        """Integrity problems found (empty when the file is sound); see storage.integrity."""
        from crm_desktop.storage.integrity import check_file

        return check_file(self.path, full=full)

    def restore(self, backup: Path | str) -> RestoreResult:
        """Replaces the file with a verified backup (the old one kept beside it)."""
        result = self.db.restore_from(backup)
        current = self.users.current()
        self.ctx.user_id = current.id if current else None
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
