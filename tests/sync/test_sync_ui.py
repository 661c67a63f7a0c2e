"""The Sync view: connecting from the settings form, the conflicts list and keeping a side,
the status bar text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.ui.app import build_context
from crm_desktop.ui.sync.view import SyncCoordinator, SyncView
from tests.sync.conftest import Replica
from tests.ui.conftest import isolated_settings, wait_idle  # noqa: F401


def test_settings_conflicts_and_status(qtbot: QtBot, qapp: QApplication, replicas: Callable[[str],
        Replica], server: str) -> None:
    a, b = replicas("anna"), replicas("boris")
    company = a.crm.companies.create(name="ООО Ромашка")
    for replica in (a, b, a):
        replica.sync()
    context = build_context(b.crm)
    coordinator = SyncCoordinator(context)
    view = SyncView(context, coordinator)
    qtbot.addWidget(view)
    wait_idle(qtbot, context)
    statuses: list[str] = []
    coordinator.status_changed.connect(statuses.append)

    view.host.setText("127.0.0.1")
    view.port.setValue(5432)
    view.database.setText(server.rsplit("/", 1)[1])
    view.user.setText("postgres")
    view.save_and_test()
    qtbot.waitUntil(lambda: view.result.text().startswith("Connected"), timeout=20_000)
    qtbot.waitUntil(lambda: "Synced" in statuses, timeout=10_000)

    a.crm.companies.update(company.id, segment="A")
    b.crm.companies.update(company.id, segment="B")
    a.sync()
    with qtbot.waitSignal(coordinator.finished, timeout=20_000):
        coordinator.sync_now()
    with qtbot.waitSignal(view.conflicts_loaded, timeout=10_000) as loaded:
        view.reload()
    assert loaded.args == [1] and "segment" in view.conflicts.item(0).text()
    in_use = b.crm.companies.get(company.id).segment
    view.conflicts.setCurrentRow(0)
    view.resolve("lost")
    qtbot.waitUntil(lambda: "No conflicts" in view.conflicts.item(0).text(), timeout=10_000)
    wait_idle(qtbot, context)
    assert b.crm.companies.get(company.id).segment != in_use
    assert view.log.rowCount() >= 2
    context.worker.stop()
    coordinator.stop()


def _configure(replica: Replica, server: str) -> None:
    replica.crm.sync.configure("127.0.0.1", 5432, server.rsplit("/", 1)[1], "postgres")


def test_one_edit_is_one_sync_and_a_sync_starts_no_other(qtbot: QtBot, qapp: QApplication,
        replicas: Callable[[str], Replica], server: str) -> None:
    a = replicas("anna")
    _configure(a, server)
    a.crm.sync.sync_now()
    context = build_context(a.crm)
    coordinator = SyncCoordinator(context)
    coordinator.soon.setInterval(50)
    qtbot.waitUntil(lambda: coordinator.configured, timeout=10_000)
    syncs = len(a.crm.sync.log())
    a.crm.companies.create(name="ООО Ромашка")
    with qtbot.waitSignal(coordinator.finished, timeout=20_000):
        context.coordinator.data_changed.emit("company")
    qtbot.wait(1500)  # a loop would have started several more by now
    wait_idle(qtbot, context)
    assert len(a.crm.sync.log()) == syncs + 1
    assert a.crm.sync.status().state == "synced"
    coordinator.stop()
    context.worker.stop()


def test_a_change_on_the_server_arrives_without_polling(qtbot: QtBot, qapp: QApplication,
        replicas: Callable[[str], Replica], server: str) -> None:
    import psycopg

    a = replicas("anna")
    _configure(a, server)
    a.crm.sync.sync_now()
    context = build_context(a.crm)
    coordinator = SyncCoordinator(context)
    coordinator.timer.stop()  # no minute timer: only the server's notice can start a sync
    qtbot.waitUntil(lambda: coordinator.configured, timeout=10_000)
    qtbot.wait(500)  # the listener connects
    with qtbot.waitSignal(context.coordinator.data_changed, timeout=20_000,
                          check_params_cb=lambda entity: entity == "synced"):
        with psycopg.connect(server) as conn:  # a web form on the company's site
            conn.execute("INSERT INTO crm.companies(name) VALUES ('Заявка с сайта')")
    assert [c.name for c in a.crm.companies.list()] == ["Заявка с сайта"]
    coordinator.stop()
    context.worker.stop()


def test_without_a_server_nothing_is_tried(qtbot: QtBot, qapp: QApplication,
        tmp_path: Path) -> None:
    from crm_desktop.services.crm import Crm

    crm = Crm(tmp_path / "solo.db")
    context = build_context(crm)
    coordinator = SyncCoordinator(context)
    coordinator.soon.setInterval(10)
    wait_idle(qtbot, context)
    crm.companies.create(name="ООО Ромашка")
    context.coordinator.data_changed.emit("company")
    qtbot.wait(300)
    assert not coordinator.running and crm.sync.log() == []
    coordinator.stop()
    context.worker.stop()
    crm.close()


def test_what_a_sync_brings_shows_in_the_open_views(qtbot: QtBot, qapp: QApplication,
        replicas: Callable[[str], Replica], server: str) -> None:
    a, b = replicas("anna"), replicas("boris")
    for replica in (a, b):
        _configure(replica, server)
        replica.crm.sync.sync_now()
    context = build_context(b.crm)
    coordinator = SyncCoordinator(context)
    coordinator.timer.stop()
    qtbot.waitUntil(lambda: coordinator.configured, timeout=10_000)
    heard: list[str] = []
    context.coordinator.data_changed.connect(heard.append)
    a.crm.companies.create(name="ООО Ромашка")
    a.crm.sync.sync_now()
    with qtbot.waitSignal(coordinator.finished, timeout=20_000):
        coordinator.sync_now()
    assert "company" in heard and heard[-1] == "synced"  # the clients list and card reload
    qtbot.wait(300)
    assert not coordinator.soon.isActive()  # and these notices start no new sync
    coordinator.stop()
    context.worker.stop()
