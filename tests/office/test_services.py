"""The office services without Qt: export rights on real files, and the Users service with a
real server and real logins."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from crm_desktop.domain.errors import PermissionDenied
from crm_desktop.services.admin.office import NoOfficeServer, OfficeRefused, OfficeService
from crm_desktop.services.crm import Crm
from crm_desktop.services.exchange.export_rights import (
    check_export,
    exports_for_managers,
    may_export,
    set_exports_for_managers,
)
from crm_desktop.sync.server_admin import add_user
from crm_desktop.sync.transport import OfflineError
from tests.conftest import PG_URL


def test_the_owner_switches_exports_off_for_managers_only(crm: Crm) -> None:
    owner = crm.users.current()
    head = crm.users.create(name="Ольга", role="head")
    manager = crm.users.create(name="Иван", role="manager", head_id=head.id)
    assert exports_for_managers(crm.ctx) and may_export(crm.ctx)
    set_exports_for_managers(crm.ctx, False)
    assert not exports_for_managers(crm.ctx)
    check_export(crm.ctx, "the clients list")  # the owner still may
    for person in (head, manager):
        crm.ctx.user_id = person.id
        with pytest.raises(PermissionDenied, match="owner"):
            set_exports_for_managers(crm.ctx, True)  # only the owner switches
    crm.ctx.user_id = head.id
    check_export(crm.ctx)
    crm.ctx.user_id = manager.id
    with pytest.raises(PermissionDenied, match=r"exports \(the clients list\) are switched off"):
        check_export(crm.ctx, "the clients list")
    crm.ctx.user_id = owner.id
    set_exports_for_managers(crm.ctx, True)
    crm.ctx.user_id = manager.id
    check_export(crm.ctx)


def test_a_single_person_without_users_may_always_export(tmp_path: Path) -> None:
    alone = Crm(tmp_path / "alone.db")
    try:
        assert alone.ctx.user_id is None
        check_export(alone.ctx)
        set_exports_for_managers(alone.ctx, False)  # nobody to keep from it
        check_export(alone.ctx)
    finally:
        alone.close()


def test_two_switches_made_offline_leave_one_setting(crm: Crm) -> None:
    from sqlalchemy import func, select

    from crm_desktop.storage.models import OrgSetting

    with crm.db.write() as session:  # as if two laptops had each made a row
        for value in ("off", None):
            session.add(OrgSetting(key="office.exports_for_managers", value=value))
    set_exports_for_managers(crm.ctx, False)
    with crm.db.read() as session:
        live = session.scalar(select(func.count()).select_from(OrgSetting).where(
            OrgSetting.key == "office.exports_for_managers", OrgSetting.deleted_at.is_(None)))
    assert live == 1 and not exports_for_managers(crm.ctx)


def _configure(crm: Crm, server: str, login: str) -> None:
    conninfo = psycopg.conninfo.conninfo_to_dict(PG_URL)
    crm.sync.configure(conninfo.get("host") or "127.0.0.1", int(conninfo.get("port") or 5432),
                       server.rsplit("/", 1)[1], login, "disable")


def test_without_a_server_the_office_says_so(crm: Crm) -> None:
    with pytest.raises(NoOfficeServer, match="no server"):
        OfficeService(crm).users()


def test_offline_is_offline(crm: Crm) -> None:
    crm.sync.configure("127.0.0.1", 1, "nowhere", "anna", "disable")
    with pytest.raises(OfflineError):
        OfficeService(crm).history("company", "x")


def test_the_owner_runs_the_office_from_the_app(office_server: str, crm: Crm) -> None:
    owner = add_user(office_server, "Анна Владелец", "owner")
    _configure(crm, office_server, owner)
    office = OfficeService(crm)
    me = office.whoami()
    assert me.role == "owner" and me.may_manage and me.can_create_logins
    login, shown = office.add_user("Иван Петров", "manager")
    assert login == "ivan_petrov" and shown is not None and len(shown) == 16
    again, typed = office.add_user("Иван Петров", "head", password="свой пароль 1")
    assert again == "ivan_petrov_2" and typed is None
    office.set_role(login, "manager", again)
    users = {u.login: u for u in office.users()}
    assert users[login].head_name == "Иван Петров" and users[login].role == "manager"
    office.set_disabled(login)
    assert {u.login: u.disabled for u in office.users()}[login] is True
    assert len(office.reset_password(login) or "") == 16
    with pytest.raises(OfficeRefused, match="your own login"):
        office.set_disabled(owner)
    from crm_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="at least 8"):
        office.add_user("Короткий", "manager", password="123")
    assert office.history("company", "nothing") == []


@pytest.mark.parametrize("entry", ["spreadsheet", "vcard", "ics"])
def test_a_manager_cannot_export_when_the_owner_switched_it_off(crm: Crm, tmp_path: Path,
                                                                entry: str) -> None:
    set_exports_for_managers(crm.ctx, False)
    manager = crm.users.create(name="Иван", role="manager")
    crm.companies.create(name="ООО Ромашка")
    crm.ctx.user_id = manager.id
    target = tmp_path / f"out.{ {'spreadsheet': 'xlsx', 'vcard': 'vcf', 'ics': 'ics'}[entry]}"
    with pytest.raises(PermissionDenied):
        if entry == "spreadsheet":
            crm.spreadsheets.export_list("companies", target)
        elif entry == "vcard":
            crm.vcards.export(target)
        else:
            crm.planner.export_ics([], target)
    assert not target.exists()
