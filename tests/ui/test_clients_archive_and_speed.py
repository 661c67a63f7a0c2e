"""The clients list hides archived clients by default (issue 15) and reads its default list
from the index made for it (issue 17)."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from crm_desktop.services.clients.client_list import ClientFilter, filter_sql
from crm_desktop.services.crm import Crm
from crm_desktop.ui.clients.list_view import ClientsView
from crm_desktop.ui.context import AppContext
from tests.ui.conftest import type_text, wait_idle


def archived_setup(crm: Crm) -> dict[str, str]:
    ids = {"kept": crm.companies.create(name="ООО Ромашка").id,
           "archived": crm.companies.create(name="ООО Ромашка-архив").id,
           "person": crm.contacts.create(first_name="Иван", last_name="Петров").id,
           "old_person": crm.contacts.create(first_name="Пётр", last_name="Петров").id}
    crm.client_card.archive("company", ids["archived"])
    crm.client_card.archive("contact", ids["old_person"])
    return ids


def test_the_service_hides_archived_clients_unless_asked(context: AppContext) -> None:
    crm = context.crm
    ids = archived_setup(crm)
    assert crm.client_list.ids(ClientFilter()) == [ids["kept"]]
    assert set(crm.client_list.ids(ClientFilter(archived=True))) == {ids["kept"],
                                                                     ids["archived"]}
    assert crm.client_list.ids(ClientFilter(search="ромаш")) == [ids["kept"]]
    assert set(crm.client_list.ids(ClientFilter(search="ромаш", archived=True))) == {
        ids["kept"], ids["archived"]}
    assert crm.client_list.ids(ClientFilter(kind="contact")) == [ids["person"]]
    assert len(crm.client_list.ids(ClientFilter(kind="contact", archived=True))) == 2
    reader = crm.client_list.page_reader()
    assert reader.first_ids(ClientFilter(), 60) == [ids["kept"]]
    reader.close()
    crm.client_card.unarchive("company", ids["archived"])
    assert len(crm.client_list.ids(ClientFilter())) == 2


def test_the_default_list_walks_its_partial_index(context: AppContext) -> None:
    """The first screen and the full id list come from ix_*_active in name order: no table
    scan and no sort (the plan, not a timing)."""
    crm = context.crm
    archived_setup(crm)
    with crm.ctx.db.read() as session:
        raw = session.connection().connection.driver_connection
        for kind, table in (("company", "companies"), ("contact", "contacts")):
            _, where, params, order = filter_sql(ClientFilter(kind=kind))
            plan = " ".join(r[3] for r in raw.execute(
                f"EXPLAIN QUERY PLAN SELECT c.id FROM {table} c WHERE {' AND '.join(where)} "
                f"ORDER BY {order} LIMIT 60", params))
            assert f"ix_{table}_active" in plan and "TEMP B-TREE" not in plan, plan
            _, where, params, order = filter_sql(ClientFilter(kind=kind, archived=True))
            plan = " ".join(r[3] for r in raw.execute(
                f"EXPLAIN QUERY PLAN SELECT c.id FROM {table} c WHERE {' AND '.join(where)} "
                f"ORDER BY {order} LIMIT 60", params))
            assert f"ix_{table}_list" in plan and "TEMP B-TREE" not in plan, plan


def test_the_view_shows_archived_clients_when_ticked(qtbot: QtBot, context: AppContext) -> None:
    ids = archived_setup(context.crm)
    view = ClientsView(context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    assert view.model.id_at(0) == ids["kept"] and not view.archived.isChecked()
    view.archived.setChecked(True)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
    type_text(view.search, "архив")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.id_at(0) ==
                    ids["archived"], timeout=10_000)
    view.archived.setChecked(False)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=10_000)
    wait_idle(qtbot, context)
    assert view.model.filter == replace(ClientFilter(), search="архив")
