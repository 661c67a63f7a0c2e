"""agenda: a user's day or week in local time, optionally as an iCalendar file."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from crm_desktop.cli.common import CliError, open_crm
from crm_desktop.services.planner.agenda import local_zone
from crm_desktop.storage.files import atomic_path, check_output_path

# A week around any of these dates is representable (date.max is 9999-12-31).
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    agenda = commands.add_parser("agenda", help="a user's day or week")
    agenda.add_argument("--date", help="YYYY-MM-DD (default: today)")
    agenda.add_argument("--user", help="a user's name or id (default: the current user)")
    agenda.add_argument("--week", action="store_true", help="the whole week of that date")
    agenda.add_argument("--generate", action="store_true",
                        help="first build the day list from the client cards")
    agenda.add_argument("--ics", help="also write the items to an .ics file")
    agenda.set_defaults(handler=cmd_agenda)


def cmd_agenda(args: argparse.Namespace, db_path: Path) -> int:
    try:
        day = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError as exc:
        raise CliError(f"--date: '{args.date}' is not a date (YYYY-MM-DD)") from exc
    if not FIRST_DAY <= day <= LAST_DAY:
        raise CliError(f"--date: give a date from {FIRST_DAY} to {LAST_DAY}")
    # The output is checked before anything is generated and committed, so a bad --ics
    # fails first and a rerun is the same command.
    ics = check_output_path(args.ics, "--ics") if args.ics is not None else None
    crm = open_crm(db_path, must_exist=True)
    users = crm.users.list(limit=None)
    if args.user:
        matches = [u for u in users if args.user in (u.id, u.name)] or \
            [u for u in users if args.user.casefold() in u.name.casefold()]
        if len(matches) != 1:
            raise CliError(f"--user: '{args.user}' matches {len(matches)} users")
        user = matches[0]
    else:
        current = crm.users.current()
        if current is None:
            raise CliError("no current user; add one with 'crm-desktop user NAME'")
        user = current
    zone = local_zone()
    if args.generate:
        made = crm.planner.generate(user.id, day, zone)
        print(f"{len(made)} new item(s) from the client cards")
    agenda = (crm.planner.week if args.week else crm.planner.day)(user.id, day, zone)
    print(f"{user.name} — {'week of ' if args.week else ''}{day.isoformat()}")
    for item in agenda.items:
        task = item.task
        if task.all_day or task.due_at is None:  # the agenda holds only dated tasks
            when = "all day"
        else:
            when = task.due_at.astimezone(zone).strftime(
                "%a %d.%m %H:%M" if args.week or item.carried else "%H:%M")
        marks = ("!" if item.overdue else " ") + ("✓" if task.status == "done" else " ")
        client = f"  [{item.client}]" if item.client else ""
        print(f"{marks} {when:>14}  {task.kind:8} {task.title}{client}")
    counters = agenda.counters
    print(f"{counters['total']} items, {counters['open']} open, {counters['overdue']} overdue")
    if ics is not None:
        with atomic_path(ics) as tmp:
            crm.planner.export_ics([i.task for i in agenda.items], tmp)
        print(f"written to {ics}")
    return 0
