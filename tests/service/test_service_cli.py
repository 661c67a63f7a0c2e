"""The service commands (crm_desktop/cli/service.py) through the real CLI entry point with
the module added to its list: listing, the report with an Excel file, the jobs, bad dates."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from crm_desktop import cli
from crm_desktop.domain.clock import FixedClock
from crm_desktop.services.crm import Crm
from crm_desktop.services.service_desk import desk


@pytest.fixture(autouse=True)
def service_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    if "crm_desktop.cli.service" not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", [*cli.COMMAND_MODULES,
                                                     "crm_desktop.cli.service"])


def test_service_commands(crm: Crm, clock: FixedClock, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    company = crm.companies.create(name="ООО Ромашка")
    row = desk(crm).create("Не печатает счёт", company_id=company.id, priority="urgent",
                           opened_at=clock.now() - timedelta(hours=5))
    path = str(crm.path)
    crm.close()
    assert cli.main(["--db", path, "service", "list", "--overdue"]) == 0
    out = capsys.readouterr().out
    assert row.number in out and "1 request(s)" in out
    day = clock.now().date().isoformat()
    target = tmp_path / "отчёт.xlsx"
    assert cli.main(["--db", path, "service", "report", "--from", day, "--to", day,
                     "--xlsx", str(target)]) == 0
    assert "TOTAL" in capsys.readouterr().out
    assert list(load_workbook(target).worksheets[0].values)[1][1] == 1
    assert cli.main(["--db", path, "service", "run", "--everyone"]) == 0
    assert "request(s) escalated" in capsys.readouterr().out
    assert cli.main(["--db", path, "service", "report", "--from", "2026-13-01", "--to",
                     day]) != 0
    assert "--from" in capsys.readouterr().err
    assert cli.main(["--db", path, "service", "mail"]) != 0
    assert "no mailbox" in capsys.readouterr().err
