"""The Sync view: connecting from the settings form, the conflicts list and keeping a side,
the status bar text."""

from __future__ import annotations

from crm_desktop.ui.app import build_context
from crm_desktop.ui.sync.view import SyncCoordinator, SyncView
from tests.ui.conftest import isolated_settings, wait_idle  # noqa: F401


def test_settings_conflicts_and_status(qtbot, qapp, replicas, server) -> None:  # noqa: ANN001
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
    qtbot.waitUntil(lambda: view.conflicts.count() == 0, timeout=10_000)
    wait_idle(qtbot, context)
    assert b.crm.companies.get(company.id).segment != in_use
    assert view.log.rowCount() >= 2
    context.worker.stop()
    coordinator.thread.stop()
