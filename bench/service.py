"""Service desk and automation benchmarks (issue 19):

    python bench/service.py [--requests N]

On 100,000 service requests of 20,000 clients (30 people, 6 departments, a year of them):
the open queue, a person's queue, search as you type, the side list of queues, and the
service report for a year, the planner's band of overdue requests — each beside the bare SQL
it cannot beat. Then the cost of the
automation rules on a deal move (rules enabled vs. no rules installed). Exits 1 if a figure is
past its bound.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OUT, Row, median_ms, print_table  # noqa: E402

from crm_desktop.domain.ids import new_id  # noqa: E402
from crm_desktop.services.crm import Crm  # noqa: E402
from crm_desktop.services.service_desk import OPEN_STATUSES, RequestFilter, desk  # noqa: E402
from crm_desktop.services.service_desk.report import service_report  # noqa: E402

STATUSES = ("new", "in_work", "waiting", "resolved", "closed", "closed", "closed", "resolved")


def ensure_requests(path: Path, count: int) -> Path:
    if path.exists():
        return path
    print(f"generating {path} ...", file=sys.stderr)
    path.parent.mkdir(parents=True, exist_ok=True)
    crm = Crm(path)
    crm.reference.seed_defaults("ru")
    departments = ["Поддержка", "Сервис", "Доставка", "Бухгалтерия", "Склад", "Монтаж"]
    users = [crm.users.create(name=f"Сотрудник {i}", department=departments[i % 6],
                              role="head" if i < 6 else "manager").id for i in range(30)]
    crm.users.set_current(users[0])
    crm.close()
    rng = random.Random(19)
    now = datetime.now(UTC)
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    companies = [new_id() for _ in range(20_000)]
    raw = sqlite3.connect(path)
    with raw:
        raw.executemany(
            "INSERT INTO companies (id, kind, name, phones, emails, tags, custom_fields, "
            "created_at, updated_at, name_key, search_text) VALUES (?, 'client', ?, '[]', "
            "'[]', '[]', '{}', ?, ?, ?, '')",
            ((c, f"Компания {i}", stamp, stamp, f"компания {i}")
             for i, c in enumerate(companies)))

        def request(i: int) -> tuple:
            opened = now - timedelta(minutes=rng.randint(0, 365 * 24 * 60))
            status = rng.choice(STATUSES)
            due = opened + timedelta(hours=rng.choice((4, 8, 24, 72)))
            resolved = opened + timedelta(hours=rng.uniform(1, 100)) \
                if status in ("resolved", "closed") else None
            user = rng.randrange(30)
            text = lambda t: t.strftime("%Y-%m-%d %H:%M:%S.%f") if t else None  # noqa: E731
            ident = new_id()
            return (ident, f"{opened:%y%m%d}-{ident[-5:].upper()}", f"Обращение {i}: "
                    f"{rng.choice(['не печатает', 'доставка', 'возврат', 'счёт', 'сбой'])}",
                    "phone", rng.choice(("low", "normal", "high", "urgent")), status,
                    departments[user % 6], rng.choice(companies), users[user], text(opened),
                    text(due), text(resolved), text(opened), text(opened))

        raw.executemany(
            "INSERT INTO service_requests (id, number, subject, channel, priority, status, "
            "department, company_id, responsible_id, opened_at, due_at, resolved_at, "
            "reopen_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "0, ?, ?)", (request(i) for i in range(count)))
    raw.close()
    return path


@contextmanager
def escalated_to(path: Path, head: str, count: int) -> Iterator[None]:
    """Other people's overdue requests escalated to the head (their escalation tasks), for
    the time of a measurement; the data set is left as it was."""
    raw = sqlite3.connect(path)
    stamp = _now()
    with raw:
        ids = [r[0] for r in raw.execute(
            "SELECT id FROM service_requests WHERE status IN ('new', 'in_work', 'waiting') "
            "AND due_at < ? AND responsible_id IS NOT ? AND escalated_at IS NULL LIMIT ?",
            (stamp, head, count))]
        raw.executemany("UPDATE service_requests SET escalated_at = due_at WHERE id = ?",
                        ((i,) for i in ids))
        raw.executemany(
            "INSERT INTO tasks (id, title, kind, duration_min, all_day, status, priority, "
            "assignee_id, origin, due_at, created_at, updated_at) VALUES (?, 'Просрочено', "
            "'todo', 30, 0, 'open', 'high', ?, ?, ?, ?, ?)",
            ((f"bench-escalation-{n}", head, f"service:{i}:escalate", stamp, stamp, stamp)
             for n, i in enumerate(ids)))
    try:
        yield
    finally:
        with raw:
            raw.execute("DELETE FROM tasks WHERE id LIKE 'bench-escalation-%'")
            raw.executemany("UPDATE service_requests SET escalated_at = NULL WHERE id = ?",
                            ((i,) for i in ids))
        raw.close()


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def bare(path: Path, sql: str, *args: object) -> float:
    conn = sqlite3.connect(path)
    try:
        return median_ms(lambda: conn.execute(sql, args).fetchall())
    finally:
        conn.close()


def automation_rows() -> list[Row]:
    """A deal moved back and forth: with two rules on its trigger, and with no rules hook."""
    from crm_desktop.services.automation import automation

    rows = []
    results = {}
    for with_rules in (False, True):
        folder = Path(tempfile.mkdtemp(prefix="crm-bench-rules-"))
        crm = Crm(folder / "r.db")
        user = crm.users.create(name="Анна", role="owner")
        crm.users.set_current(user.id)
        crm.reference.seed_defaults("ru")
        pipeline = crm.pipelines.default().id
        stages = crm.stages.of_pipeline(pipeline)
        deal = crm.deals.create(title="Сделка", pipeline_id=pipeline, stage_id=stages[0].id)
        if with_rules:
            service = automation(crm)
            for stage in stages[1:3]:
                service.save(None, f"rule {stage.name}", "deal_stage", {"stage_id": stage.id},
                             [], [{"kind": "create_task", "title": "Шаг: {title}"}], True)
        turn = iter(range(10**9))

        def move() -> None:
            crm.deals.move(deal.id, stages[1 + next(turn) % 2].id)  # noqa: B023

        results[with_rules] = median_ms(move, repeat=40, warmup=4)
        crm.close()
        shutil.rmtree(folder, ignore_errors=True)
    rows.append(Row("deal move with 2 rules on its trigger", results[True], 60,
                    results[False], "the same move, no rules"))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=100_000)
    args = parser.parse_args()
    path = ensure_requests(OUT / f"service_{args.requests}.db", args.requests)
    crm = Crm(path)
    service = desk(crm)
    person = crm.users.list()[3].id
    head = next(u.id for u in crm.users.list() if u.role == "head")
    statuses = "', '".join(OPEN_STATUSES)
    rows = [
        Row("open requests, first 2,000 by due time", median_ms(
            lambda: service.queue(RequestFilter(statuses=OPEN_STATUSES))), 300,
            bare(path, f"SELECT * FROM service_requests WHERE deleted_at IS NULL AND status IN "
                       f"('{statuses}') ORDER BY due_at LIMIT 2000"), "the same rows, bare"),
        Row("a person's open queue", median_ms(lambda: service.queue(RequestFilter(
            scope="person", person_id=person, statuses=OPEN_STATUSES))), 100,
            bare(path, f"SELECT * FROM service_requests WHERE responsible_id = ? AND status IN "
                       f"('{statuses}') ORDER BY due_at", person), "the same rows, bare"),
        Row("search as you type: «компания 1234» (a client)", median_ms(
            lambda: service.queue(RequestFilter(query="компания 1234", limit=200))), 100,
            bare(path, "SELECT r.* FROM service_requests r JOIN companies c ON c.id = "
                       "r.company_id WHERE c.name LIKE '%Компания 1234%' LIMIT 200"),
            "LIKE on the name, no folding"),
        Row("search as you type: «счет» (a fifth of all)", median_ms(
            lambda: service.queue(RequestFilter(query="счет", limit=200))), 300,
            bare(path, "SELECT * FROM service_requests WHERE subject LIKE '%счёт%' "
                       "ORDER BY due_at LIMIT 200"), "LIKE on the subject, no folding"),
        Row("queues: open and overdue per person and department", median_ms(service.queues),
            150, bare(path, f"SELECT responsible_id, count(*) FROM service_requests WHERE "
                            f"status IN ('{statuses}') GROUP BY responsible_id"),
            "one GROUP BY, bare"),
        Row("service report for a year, by person", median_ms(
            lambda: service_report(service, date.today() - timedelta(days=365), date.today(),
                                   "person"), repeat=3, warmup=1), 3000,
            bare(path, "SELECT responsible_id, count(*), sum(resolved_at <= due_at), "
                       "avg(julianday(resolved_at) - julianday(opened_at)) FROM "
                       "service_requests GROUP BY responsible_id"), "the aggregate, bare"),
        Row("planner band: a person's overdue requests, first 50", median_ms(
            lambda: crm.planner.overdue_requests(person)), 50,
            bare(path, f"SELECT id, number, subject, due_at FROM service_requests WHERE "
                       f"responsible_id = ? AND status IN ('{statuses}') AND due_at < ? "
                       f"ORDER BY due_at LIMIT 50", person, _now()),
            "the person's half alone, no client names, bare"),
    ]
    with escalated_to(path, head, 2_000):
        rows.append(Row("planner band: a head's own + 2,000 escalated to them", median_ms(
            lambda: crm.planner.overdue_requests(head)), 50,
            bare(path, f"SELECT id, number, subject, due_at FROM service_requests WHERE "
                       f"responsible_id = ? AND status IN ('{statuses}') AND due_at < ? "
                       f"ORDER BY due_at LIMIT 50", head, _now()),
            "the head's own half alone, bare"))
    crm.close()
    rows += automation_rows()
    ok = print_table(f"Service desk on {args.requests:,} requests", rows, "service.json")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
