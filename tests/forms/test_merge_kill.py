"""kill -9 in the middle of merges and their undos: each merge and each undo is one
transaction, so the file is always consistent — a merged record and its rows agree with
the merge records, nothing is half moved."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.crm import Crm

WORKER = r'''
import random, sys
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.crm import Crm
crm = Crm(sys.argv[1])
rng = random.Random(int(sys.argv[2]))
ids = [c.id for c in crm.companies.list(limit=None, include_deleted=True)]
print("ready", flush=True)
while True:
    try:
        if rng.random() < 0.6:
            a, b = rng.sample(ids, 2)
            crm.merges.merge("company", a, b, rng.sample(["phones", "notes", "segment"], 2))
        else:
            history = [m for c in ids for m in crm.merges.history(c) if m["undone_at"] is None]
            if history:
                crm.merges.undo(rng.choice(history)["id"])
    except ValidationError:
        pass
'''


def consistent(crm: Crm) -> None:
    assert crm.check() == []
    with crm.db.reader.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id, deleted_at IS NOT NULL, merged_into_id FROM companies").all()
        active = conn.exec_driver_sql(
            "SELECT kept_id, merged_id FROM merges WHERE undone_at IS NULL").all()
        children = conn.exec_driver_sql("SELECT company_id FROM tasks").all()
    merged_into = {merged: kept for kept, merged in active}
    for ident, deleted, into in rows:
        # Deleted exactly when an active merge took it, and then into that merge's record.
        assert deleted == (ident in merged_into), ident
        assert into == merged_into.get(ident), ident
    live = {ident for ident, deleted, _ in rows if not deleted}
    assert all(company in live for (company,) in children)  # no task left on a merged one


@pytest.mark.slow
def test_kill_minus_nine_during_merges_and_undos(tmp_path: Path) -> None:
    path = tmp_path / "crm.db"
    crm = Crm(path)
    owner = crm.users.create(name="Анна", role="owner")
    crm.users.set_current(owner.id)
    for i in range(6):
        company = crm.companies.create(name=f"Компания {i}", phones=[f"+791200000{i:02d}"],
                                       notes=f"заметка {i}", segment=f"s{i}")
        for j in range(3):
            crm.tasks.create(title=f"Задача {i}.{j}", company_id=company.id)
    crm.close()
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    kills = 0
    for round_ in range(6):
        process = subprocess.Popen([sys.executable, "-c", WORKER, str(path), str(round_)],
                                   stdout=subprocess.PIPE, env=env)
        assert process.stdout is not None and process.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.2, 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait()
        kills += 1
        again = Crm(path)
        try:
            consistent(again)
        finally:
            again.close()
    crm = Crm(path)
    with crm.db.reader.connect() as conn:
        recorded = conn.exec_driver_sql("SELECT count(*), sum(undone_at IS NOT NULL) "
                                        "FROM merges").one()
    assert recorded[0] > 0 and recorded[1] > 0  # the killed runs did merge and undo
    try:  # and everything can still be undone, to where it began
        while True:
            history = [m for c in crm.companies.list(limit=None, include_deleted=True)
                       for m in crm.merges.history(c.id) if m["undone_at"] is None]
            open_ones = [m["id"] for m in history if crm.merges.can_undo(m["id"]) is None]
            if not open_ones:
                break
            try:
                crm.merges.undo(open_ones[0])
            except ValidationError:
                pytest.fail("can_undo said yes")
        consistent(crm)
        assert all(c.deleted_at is None for c in crm.companies.list(limit=None,
                                                                      include_deleted=True))
        for company in crm.companies.list(limit=None):
            number = company.name.split()[-1]
            assert company.phones == [f"+791200000{int(number):02d}"]
            assert company.notes == f"заметка {number}" and company.segment == f"s{number}"
            assert {t.title.split()[1].split(".")[0] for t in crm.tasks.list(
                company_id=company.id, limit=None)} == {number}
    finally:
        crm.close()
    assert kills == 6
