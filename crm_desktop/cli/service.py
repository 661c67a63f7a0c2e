"""service: requests, their report, the due-time jobs (escalation, date rules) and mail.

    crm-desktop service list [--overdue] [--all] [--query TEXT]
    crm-desktop service report --from YYYY-MM-DD --to YYYY-MM-DD [--by person|department|client]
                               [--xlsx FILE]
    crm-desktop service run [--everyone]      escalate overdue requests, run the date rules
    crm-desktop service mail                  fetch every mailbox, send the outbox
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from crm_desktop.cli.common import CliError, open_crm
from crm_desktop.storage.files import check_output_path


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    service = commands.add_parser("service", help="service requests, their report, "
                                                  "automation jobs and mail")
    sub = service.add_subparsers(dest="service_command", metavar="WHAT", required=True)
    listing = sub.add_parser("list", help="open requests, most urgent first")
    listing.add_argument("--overdue", action="store_true", help="only the overdue ones")
    listing.add_argument("--all", action="store_true", help="every status")
    listing.add_argument("--query", default="", help="number, subject or client")
    listing.set_defaults(handler=cmd_list)
    report = sub.add_parser("report", help="the service report of a period")
    report.add_argument("--from", dest="start", required=True, help="YYYY-MM-DD")
    report.add_argument("--to", dest="end", required=True, help="YYYY-MM-DD")
    report.add_argument("--by", default="person", choices=("person", "department", "client"))
    report.add_argument("--xlsx", help="also write it to an Excel file")
    report.set_defaults(handler=cmd_report)
    run = sub.add_parser("run", help="escalate overdue requests and run the date rules")
    run.add_argument("--everyone", action="store_true",
                     help="for every person's records (a server's job), not only mine")
    run.set_defaults(handler=cmd_run)
    mail = sub.add_parser("mail", help="fetch every mailbox and send the outbox")
    mail.set_defaults(handler=cmd_mail)


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CliError(f"{option}: '{text}' is not a date (YYYY-MM-DD)") from exc


def cmd_list(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.services.service_desk import OPEN_STATUSES, RequestFilter, desk

    crm = open_crm(db_path, must_exist=True)
    rows = desk(crm).queue(RequestFilter(statuses=() if args.all else OPEN_STATUSES,
                                         overdue_only=args.overdue, query=args.query))
    for row in rows:
        due = row.due_at.astimezone().strftime("%d.%m %H:%M") if row.due_at else ""
        print(f"{'!' if row.overdue else ' '} {row.number}  {row.status:9} {row.priority:7} "
              f"{due:>11}  {row.subject}  [{row.client}] {row.responsible}")
    print(f"{len(rows)} request(s)")
    return 0


def cmd_report(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.services.service_desk import desk
    from crm_desktop.services.service_desk.report import export_report, service_report

    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    target = check_output_path(args.xlsx, "--xlsx") if args.xlsx else None
    crm = open_crm(db_path, must_exist=True)
    report = service_report(desk(crm), start, end, args.by)
    print(f"{args.by:30} {'total':>6} {'open':>6} {'overdue':>8} {'resolved':>9} "
          f"{'in time':>8} {'avg h':>7}")
    total = report.total
    assert total is not None  # service_report always sums up a total line
    for line in [*report.lines, total]:
        name = "TOTAL" if line is total else (line.name or "—")
        hours = f"{line.avg_hours:.1f}" if line.avg_hours is not None else "—"
        print(f"{name[:30]:30} {line.total:6} {line.open:6} {line.overdue:8} "
              f"{line.resolved:9} {line.resolved_in_time:8} {hours:>7}")
    if target is not None:
        export_report(desk(crm), target, start, end, args.by)
        print(f"written to {target}")
    return 0


def cmd_run(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.services.automation import automation
    from crm_desktop.services.service_desk import desk

    crm = open_crm(db_path, must_exist=True)
    rules = automation(crm)  # rules also run for the escalations below
    escalated = desk(crm).escalate_overdue(everyone=args.everyone)
    ran = rules.run_scheduled(everyone=args.everyone)
    print(f"{len(escalated)} request(s) escalated, {ran} date rule run(s)")
    return 0


def cmd_mail(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.services.mail import MailError, mail

    crm = open_crm(db_path, must_exist=True)
    service = mail(crm)
    accounts = service.accounts()
    if not accounts:
        raise CliError("no mailbox is set up on this computer; add one in the window's Mail "
                       "view")
    failed = False
    for account in accounts:
        try:
            report = service.fetch(account)
            print(f"{account.email}: {report.fetched} new, {report.filed} into clients' "
                  f"history, {report.inbox} in the inbox")
        except MailError as exc:
            failed = True
            print(f"{account.email}: {exc}")
    sent, problems = service.send_outbox()
    print(f"{sent} letter(s) sent" + (f", {len(problems)} waiting" if problems else ""))
    for problem in problems:
        print(f"  {problem}")
    return 1 if failed else 0
