"""sync and server: one sync from the command line; setting up the shared server."""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

from crm_desktop.cli.common import EXIT_ERROR, EXIT_OFFLINE, CliError, open_crm


def register(commands: argparse._SubParsersAction) -> None:
    sync = commands.add_parser("sync", help="sync once with the server")
    sync.add_argument("--server", help="postgresql://user@host:port/db (default: the "
                                       "configured server)")
    sync.set_defaults(handler=cmd_sync)

    server = commands.add_parser("server", help="set up the shared PostgreSQL server")
    actions = server.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create or upgrade the server schema (safe to "
                                           "repeat)")
    init.add_argument("url")
    init.set_defaults(handler=cmd_server_init)
    add = actions.add_parser("add-user", help="a login that may only sync")
    add.add_argument("name")
    add.add_argument("--role", choices=["owner", "head", "manager"], default="manager")
    add.add_argument("--head", help="the login of this person's head (their team)")
    add.add_argument("--url", default=os.environ.get("CRM_SERVER_URL"),
                     help="the server (default: $CRM_SERVER_URL)")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the new user's password from standard input")
    add.set_defaults(handler=cmd_server_add_user)
    role = actions.add_parser("set-role", help="change a login's role (and team)")
    role.add_argument("login")
    role.add_argument("role", choices=["owner", "head", "manager"])
    role.add_argument("--head", help="the login of their head")
    role.add_argument("--url", default=os.environ.get("CRM_SERVER_URL"))
    role.set_defaults(handler=cmd_server_set_role)
    disable = actions.add_parser("disable-user", help="a login that may no longer sync")
    disable.add_argument("login")
    disable.add_argument("--url", default=os.environ.get("CRM_SERVER_URL"))
    disable.set_defaults(handler=cmd_server_disable_user)
    reset = actions.add_parser("reset-password", help="a new password for a login")
    reset.add_argument("login")
    reset.add_argument("--url", default=os.environ.get("CRM_SERVER_URL"))
    reset.add_argument("--password-stdin", action="store_true")
    reset.set_defaults(handler=cmd_server_reset_password)
    compact = actions.add_parser("compact", help="drop deletion records and resolved "
                                                 "conflicts older than --days")
    compact.add_argument("url")
    compact.add_argument("--days", type=int, default=90)
    compact.set_defaults(handler=cmd_server_compact)
    status = actions.add_parser("status", help="version, users and devices")
    status.add_argument("url")
    status.set_defaults(handler=cmd_server_status)


def cmd_sync(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.sync.transport import OfflineError, SyncError

    crm = open_crm(db_path, must_exist=True)
    try:
        report = crm.sync.sync_now(args.server)
    except OfflineError as exc:
        raise CliError(str(exc), EXIT_OFFLINE) from exc
    except SyncError as exc:
        raise CliError(str(exc), EXIT_ERROR) from exc
    print(report.summary())
    return 0


def cmd_server_init(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.sync.server_admin import init_server

    report = init_server(args.url)
    if report.previous == 1:
        print(f"the server was upgraded to typed tables: {report.converted} record(s) "
              f"converted" + (f", {report.unconverted} kept aside in crm_sync.unconverted "
                              f"(they break a constraint)" if report.unconverted else ""))
    print("the server is ready for crm-desktop")
    return 0


def cmd_server_add_user(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.sync.server_admin import add_user

    if not args.url:
        raise CliError("give the server with --url or $CRM_SERVER_URL")
    password = None
    if args.password_stdin:
        import sys

        password = sys.stdin.readline().rstrip("\n") or None
    elif os.isatty(0):
        password = getpass.getpass(f"password for {args.name}: ") or None
    login = add_user(args.url, args.name, args.role, password, head_login=args.head)
    print(f"login '{login}' ({args.role}) may sync" + ("" if password else
                                                     " (no password set)"))
    return 0


def cmd_server_status(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.sync.server_admin import status

    info = status(args.url)
    print(f"schema {info.schema_version}, protocol {info.protocol}, feed position "
          f"{info.position}, {info.rows} record(s)")
    if info.unconverted:
        print(f"{info.unconverted} record(s) from the old layout wait in crm_sync.unconverted")
    print("users: " + (", ".join(info.users) or "none"))
    for device, user, seen in info.devices:
        print(f"device {device}  {user}  last seen {seen}")
    return 0


def _url(args: argparse.Namespace) -> str:
    if not args.url:
        raise CliError("give the server with --url or $CRM_SERVER_URL")
    return str(args.url)


def cmd_server_set_role(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.sync.server_admin import set_role

    set_role(_url(args), args.login, args.role, args.head)
    print(f"login '{args.login}' is now {args.role}")
    return 0


def cmd_server_disable_user(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.sync.server_admin import disable_user

    disable_user(_url(args), args.login)
    print(f"login '{args.login}' is disabled: it can no longer sync; its records stay")
    return 0


def cmd_server_reset_password(args: argparse.Namespace, db_path: Path) -> int:
    import secrets
    import sys

    from crm_desktop.sync.server_admin import reset_password

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
        shown = False
    else:
        password = secrets.token_urlsafe(12)  # generated, shown once
        shown = True
    if not password:
        raise CliError("an empty password is not allowed")
    reset_password(_url(args), args.login, password)
    print(f"new password for '{args.login}': {password}" if shown
          else f"the password of '{args.login}' was changed")
    return 0


def cmd_server_compact(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.sync.server_admin import compact

    floor = compact(args.url, args.days)
    print(f"compacted: laptops last synced before position {floor} take a fresh copy")
    return 0
