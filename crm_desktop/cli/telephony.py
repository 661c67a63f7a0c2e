"""incoming-call: caller identification for a telephony system's script.

    crm-desktop incoming-call +79121234567

If the window is open on the same data file, the call is handed to it (it opens the
caller's card with a notice, or offers a new client for an unknown number) and the command
says so. Otherwise the command prints who has the number: one line per client, people
first, or that nobody has it. Exit 0 in every case but a number that is no phone number.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from crm_desktop.cli.common import CliError, open_crm
from crm_desktop.domain.phones import DEFAULT_REGION, format_phone


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    call = commands.add_parser(
        "incoming-call", help="who is calling: hand the number to the open window, or print "
                              "the matching clients")
    call.add_argument("number", help="the caller's number in any written form")
    call.add_argument("--no-window", action="store_true",
                      help="only print the match, even if the window is open")
    call.set_defaults(handler=cmd_incoming_call)


def cmd_incoming_call(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.services.clients.caller import hand_over, phone_of

    if phone_of(args.number, DEFAULT_REGION) is None:
        raise CliError(f"'{args.number}' is not a phone number")
    if not args.no_window and hand_over(db_path, args.number):
        print(f"{args.number}: handed to the open window")
        return 0
    crm = open_crm(db_path, must_exist=True)
    caller = crm.caller.identify(args.number)
    shown = format_phone(caller.number) if caller.number else args.number
    if not caller.matches:
        print(f"{shown}: no client has this number")
        return 0
    for match in caller.matches:
        kind = "person" if match.kind == "contact" else "company"
        company = f" ({match.company})" if match.company else ""
        print(f"{shown}: {kind} {match.name}{company}  [{match.id}]")
    return 0
