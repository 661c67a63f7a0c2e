"""An import or export pauses Python's cycle collector only while it runs."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from crm_desktop.services.crm import Crm
from crm_desktop.services.exchange.import_plan import collection_paused


def test_the_collector_comes_back_as_it_was() -> None:
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError), collection_paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()  # someone else's pause is not ended here
    finally:
        gc.enable()


def test_an_import_leaves_the_collector_on(crm: Crm, tmp_path: Path) -> None:
    source = tmp_path / "one.csv"
    source.write_text("Наименование;Телефон\nООО Ромашка;+7 912 345-67-89\n", encoding="utf-8")
    seen = []
    plan = crm.spreadsheets.plan(source, "companies")
    assert gc.isenabled()
    report = crm.spreadsheets.apply(plan, progress=lambda done, total: seen.append(
        gc.isenabled()))
    assert report.created == 1 and seen == [False] and gc.isenabled()
    crm.spreadsheets.export_list("companies", tmp_path / "out.xlsx")
    assert gc.isenabled()
