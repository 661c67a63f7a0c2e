"""The command line over the same services the window uses.

`crm-desktop` alone starts the window; `crm-desktop [--db PATH] COMMAND ...` runs a command.
Bad input: one line on stderr naming the reason, a non-zero exit, nothing written.
Every failure goes through one mapping (services.failures.explain): one line, an exit code
per kind (see services.failures), a traceback only in the log file. A locked database is
waited for with a visible message. Each feature adds its commands in a module of its own,
listed in COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from crm_desktop import __version__
from crm_desktop.cli.common import EXIT_USAGE, CliError, default_db_path
from crm_desktop.cli.output import escaped_output

COMMAND_MODULES = [
    "crm_desktop.cli.core",
    "crm_desktop.cli.planner",
    "crm_desktop.cli.documents",
    "crm_desktop.cli.sync",
    "crm_desktop.cli.service",
    "crm_desktop.cli.telephony",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crm-desktop",
        description="Offline-first desktop CRM. Without a command, starts the window.")
    parser.add_argument("--version", action="version", version=f"crm-desktop {__version__}")
    parser.add_argument("--db", type=Path, default=None,
                        help=f"database file (default: $CRM_DESKTOP_DB or {default_db_path()})")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser



def main(argv: Sequence[str] | None = None) -> int:
    with escaped_output():
        parser = build_parser()
        args = parser.parse_args(argv)
        try:
            db_path = (args.db or default_db_path()).expanduser()
            if args.command is None:
                return start_window(db_path)
            return run_command(args, db_path)
        except BaseException as exc:  # noqa: BLE001  (the one mapping; SystemExit passes)
            if isinstance(exc, SystemExit):
                raise
            return report_failure(exc)


def run_command(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.storage.database import Database, set_lock_listener
    from crm_desktop.storage.files import secure_data_dir

    secure_data_dir(db_path.parent)

    def waiting(path: Path, waited: float) -> None:
        print(f"crm-desktop: {path} is locked by another program; waiting "
              f"({waited:.0f} s)…", file=sys.stderr, flush=True)

    set_lock_listener(waiting)
    already_open = set(Database.opened)
    try:
        return int(args.handler(args, db_path) or 0)
    finally:
        set_lock_listener(None)
        for db in set(Database.opened) - already_open:  # no connection outlives its command
            db.close()


def report_failure(exc: BaseException) -> int:
    """One line on stderr; a traceback only in the log file, for a bug."""
    if isinstance(exc, CliError):
        print(f"crm-desktop: {one_line(str(exc))}", file=sys.stderr)
        return exc.exit_code
    from crm_desktop.services.failures import explain, save_report

    failure = explain(exc)
    message = failure.message
    if not failure.expected:
        try:
            message += f"; a report was saved to {save_report(exc, 'command line')}"
        except OSError:
            message += "; the report could not be saved"
    print(f"crm-desktop: {one_line(message)}", file=sys.stderr)
    return failure.exit_code


def one_line(message: str) -> str:
    """A file name or value with a line break in it must not split the message."""
    return message.replace("\r", "\\r").replace("\n", "\\n")


def start_window(db_path: Path) -> int:
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            or os.environ.get("QT_QPA_PLATFORM")):
        print("crm-desktop: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
              "start it on a desktop session, or use the command line (crm-desktop --help)",
              file=sys.stderr)
        return EXIT_USAGE
    from crm_desktop.ui.app import run

    return run(db_path)
