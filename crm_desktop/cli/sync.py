"""sync and server: one sync from the command line; setting up the shared server."""

from __future__ import annotations

import argparse
import functools
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from crm_desktop.cli.common import EXIT_CONFIG, EXIT_ERROR, EXIT_OFFLINE, CliError, open_crm

PASSWORD_HELP = ("the server password comes from the keyring, else $CRM_SERVER_PASSWORD, else "
                 "--password-stdin")
# a command: (its arguments, the data file) -> the exit code
Handler = Callable[[argparse.Namespace, Path], int]


def _config_errors(handler: Handler) -> Handler:
    """A malformed address or sslmode: its own message and exit code (8), never 'offline'."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace, db_path: Path) -> int:
        from crm_desktop.sync.credentials import redact_text
        from crm_desktop.sync.transport import ConfigError

        try:
            return handler(args, db_path)
        except ConfigError as exc:
            raise CliError(redact_text(str(exc)), EXIT_CONFIG) from None

    return run


def _server(url: str | None, password_stdin: bool = False) -> str:
    """A checked address with the administrator's password (--password-stdin, the keyring or
    $CRM_SERVER_PASSWORD) for connecting."""
    from crm_desktop.sync.credentials import check_url, url_with_password

    if not url:
        raise CliError("give the server with --url or $CRM_SERVER_URL")
    check_url(url)
    typed = _read_stdin_password("password") if password_stdin else None
    return url_with_password(url, typed)


def _read_stdin_password(what: str) -> str:
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise CliError(f"no {what} on standard input")
    return password


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = commands.add_parser("sync", help="sync once with the server")
    sync.add_argument("--server", help="postgresql://user@host:port/db (default: the "
                                       "configured server)")
    sync.add_argument("--password-stdin", action="store_true",
                      help="read the server password from standard input (for this run "
                           "only; " + PASSWORD_HELP + ")")
    sync.set_defaults(handler=_config_errors(cmd_sync))

    server = commands.add_parser("server", help="set up the shared PostgreSQL server")
    actions = server.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create or upgrade the server schema (safe to "
                                           "repeat)")
    init.add_argument("url")
    init.add_argument("--password-stdin", action="store_true",
                      help="read the administrator's password from standard input")
    init.set_defaults(handler=_config_errors(cmd_server_init))
    add = actions.add_parser("add-user", help="a login that may only sync")
    add.add_argument("name")
    add.add_argument("--role", choices=["owner", "head", "manager"], default="manager")
    add.add_argument("--head", help="the login of this person's head (their team)")
    add.add_argument("--url", default=os.environ.get("CRM_SERVER_URL"),
                     help="the server (default: $CRM_SERVER_URL)")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the new user's password from standard input")
    add.add_argument("--generate-password", action="store_true",
                     help="make a password and show it once")
    add.set_defaults(handler=_config_errors(cmd_server_add_user))
    role = actions.add_parser("set-role", help="change a login's role (and team)")
    role.add_argument("login")
    role.add_argument("role", choices=["owner", "head", "manager"])
    role.add_argument("--head", help="the login of their head")
    role.add_argument("--url", default=os.environ.get("CRM_SERVER_URL"))
    role.set_defaults(handler=_config_errors(cmd_server_set_role))
    disable = actions.add_parser("disable-user", help="a login that may no longer sync")
    disable.add_argument("login")
    disable.add_argument("--url", default=os.environ.get("CRM_SERVER_URL"))
    disable.add_argument("--enable", action="store_true", help="let the login sync again")
    disable.set_defaults(handler=_config_errors(cmd_server_disable_user))
    reset = actions.add_parser("reset-password", help="a new password for a login")
    reset.add_argument("login")
    reset.add_argument("--url", default=os.environ.get("CRM_SERVER_URL"))
    reset.add_argument("--password-stdin", action="store_true")
    reset.set_defaults(handler=_config_errors(cmd_server_reset_password))
    visibility = actions.add_parser(
        "set-visibility", help="who reads which clients: 'all' (everyone, the default) or "
                               "'own' (managers their own, heads their team's)")
    visibility.add_argument("mode", choices=["all", "own"])
    visibility.add_argument("--url", default=os.environ.get("CRM_SERVER_URL"))
    visibility.set_defaults(handler=_config_errors(cmd_server_set_visibility))
    compact = actions.add_parser("compact", help="drop deletion records and resolved "
                                                 "conflicts older than --days")
    compact.add_argument("url")
    compact.add_argument("--days", type=int, default=90)
    compact.add_argument("--password-stdin", action="store_true",
                         help="read the administrator's password from standard input")
    compact.set_defaults(handler=_config_errors(cmd_server_compact))
    status = actions.add_parser("status", help="version, users and devices")
    status.add_argument("url")
    status.add_argument("--password-stdin", action="store_true",
                        help="read the administrator's password from standard input")
    status.set_defaults(handler=_config_errors(cmd_server_status))


def cmd_sync(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.sync.credentials import check_url, redact_text, remember
    from crm_desktop.sync.transport import ConfigError, OfflineError, SyncError

    crm = open_crm(db_path, must_exist=True)
    url = args.server or crm.sync.server_url()
    if not url:
        raise CliError("no server is configured (set it in the window's Sync view, or give "
                       "--server)")
    check_url(url)
    if args.password_stdin:
        remember(url, _read_stdin_password("password"))  # this process's memory only
    try:
        report = crm.sync.sync_now(args.server)
    except ConfigError:
        raise
    except OfflineError as exc:
        raise CliError(redact_text(str(exc)), EXIT_OFFLINE) from None
    except SyncError as exc:
        raise CliError(redact_text(str(exc)), EXIT_ERROR) from None
    print(report.summary())
    return 0


def cmd_server_init(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.sync.server_admin import init_server

    report = init_server(_server(args.url, args.password_stdin))
    if report.previous == 1:
        print(f"the server was upgraded to typed tables: {report.converted} record(s) "
              f"converted" + (f", {report.unconverted} kept aside in crm_sync.unconverted "
                              f"(they break a constraint)" if report.unconverted else ""))
    print("the server is ready for crm-desktop")
    return 0


def cmd_server_add_user(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.sync.server_admin import add_user, generate_password

    url = _server(args.url)
    password, shown = None, False
    if args.password_stdin:
        password = _read_stdin_password("password for the new user")
    elif args.generate_password:
        password, shown = generate_password(), True
    elif os.isatty(0):
        password = getpass.getpass(f"password for {args.name} (empty: none): ") or None
    login = add_user(url, args.name, args.role, password, head_login=args.head)
    print(f"login '{login}' ({args.role}) may sync" + ("" if password else
                                                     " (no password set)"))
    if shown:
        print(f"its password (shown once, write it down): {password}")
    return 0


def cmd_server_status(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.sync.server_admin import status

    info = status(_server(args.url, args.password_stdin))
    print(f"schema {info.schema_version}, protocol {info.protocol}, feed position "
          f"{info.position}, {info.rows} record(s)")
    if info.unconverted:
        print(f"{info.unconverted} record(s) from the old layout wait in crm_sync.unconverted")
    print("users: " + (", ".join(info.users) or "none"))
    for device, user, seen in info.devices:
        print(f"device {device}  {user}  last seen {seen}")
    return 0


def _url(args: argparse.Namespace) -> str:
    return _server(args.url)


def cmd_server_set_role(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.sync.server_admin import set_role

    set_role(_url(args), args.login, args.role, args.head)
    print(f"login '{args.login}' is now {args.role}")
    return 0


def cmd_server_disable_user(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.sync.server_admin import disable_user

    disable_user(_url(args), args.login, not args.enable)
    print(f"login '{args.login}' may sync again" if args.enable else
          f"login '{args.login}' is disabled: it can no longer sync; its records stay")
    return 0


def cmd_server_reset_password(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.sync.server_admin import generate_password, reset_password

    url = _url(args)
    if args.password_stdin:
        password, shown = _read_stdin_password("new password"), False
    else:
        password, shown = generate_password(), True  # shown once
    reset_password(url, args.login, password)
    print(f"new password for '{args.login}': {password}" if shown
          else f"the password of '{args.login}' was changed")
    return 0


def cmd_server_set_visibility(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.sync.server_admin import set_visibility

    set_visibility(_url(args), args.mode)
    print("everyone reads every client" if args.mode == "all" else
          "managers read their own clients, heads their team's; laptops follow at their "
          "next sync")
    return 0


def cmd_server_compact(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.sync.server_admin import compact

    floor = compact(_server(args.url, args.password_stdin), args.days)
    print(f"compacted: laptops last synced before position {floor} take a fresh copy")
    return 0
