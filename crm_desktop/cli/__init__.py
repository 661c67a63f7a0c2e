"""The command line over the same services the window uses.

`crm-desktop` alone starts the window; `crm-desktop [--db PATH] COMMAND ...` runs a command.
Bad input: one line on stderr naming the reason, a non-zero exit, nothing written.
Each feature adds its commands in a module of its own, listed in COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from crm_desktop import __version__
from crm_desktop.cli.common import EXIT_ERROR, EXIT_USAGE, CliError, default_db_path
from crm_desktop.domain.errors import CrmError

COMMAND_MODULES = [
    "crm_desktop.cli.core",
    "crm_desktop.cli.planner",
    "crm_desktop.cli.documents",
    "crm_desktop.cli.sync",
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
    parser = build_parser()
    args = parser.parse_args(argv)
    db_path = (args.db or default_db_path()).expanduser()
    if args.command is None:
        return start_window(db_path)
    try:
        return int(args.handler(args, db_path) or 0)
    except CliError as exc:
        print(f"crm-desktop: {exc}", file=sys.stderr)
        return exc.exit_code
    except CrmError as exc:
        print(f"crm-desktop: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("crm-desktop: interrupted", file=sys.stderr)
        return EXIT_ERROR


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
