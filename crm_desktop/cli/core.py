"""demo, search, stats, backup, restore, check, user."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from crm_desktop.cli.common import CliError, open_crm
from crm_desktop.cli.output import raw_stderr

SEARCH_LIMIT_MAX = 1000


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser("demo", help="fill the database with demo data")
    demo.add_argument("--size", choices=["small", "large"], default="small",
                      help="small ≈ 200 companies; large = 100,000 companies, 1,000,000 "
                           "interactions (benchmarks)")
    demo.add_argument("--language", choices=["ru", "en"], default="ru")
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(handler=cmd_demo)

    search = commands.add_parser("search", help="find companies, people and deals")
    search.add_argument("text", help="any part of a name, email, phone or tax id")
    search.add_argument("--limit", type=int, default=20)
    search.set_defaults(handler=cmd_search)

    stats = commands.add_parser("stats", help="how many records the database holds")
    stats.set_defaults(handler=cmd_stats)

    backup = commands.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("file")
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser(
        "restore", help="replace the database with a backup (checked first; the replaced "
                        "file is kept beside it)")
    restore.add_argument("backup")
    restore.set_defaults(handler=cmd_restore)

    check = commands.add_parser("check", help="check the database's integrity")
    check.add_argument("--full", action="store_true",
                       help="also verify every index entry (PRAGMA integrity_check; slow on "
                            "a large file)")
    check.set_defaults(handler=cmd_check)

    user = commands.add_parser("user", help="add a user and make them the current one")
    user.add_argument("name")
    user.add_argument("--role", choices=["owner", "head", "manager"], default="owner")
    user.add_argument("--email")
    user.set_defaults(handler=cmd_user)


def cmd_demo(args: argparse.Namespace, db_path: Path) -> int:
    crm = open_crm(db_path)
    if not crm.is_empty():
        raise CliError(f"{db_path} already holds data; demo data goes into a new file")
    from crm_desktop.services.demo import generate

    started = time.perf_counter()
    last = [0.0]

    def progress(stage: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] > 1 or done == total:
            last[0] = now
            terminal = raw_stderr()
            print(f"\r{stage}: {done:,}/{total:,}", end="", file=terminal, flush=True)
            if done == total:
                print(file=terminal)

    generate(crm, size=args.size, language=args.language, seed=args.seed, progress=progress)
    counts = crm.stats()
    print(f"demo data ({args.size}) written to {db_path} in {time.perf_counter() - started:.1f} s: "
          + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
    return 0


def cmd_search(args: argparse.Namespace, db_path: Path) -> int:
    if not args.text.strip():
        raise CliError("search text is empty")
    if "\x00" in args.text:  # SQLite's FTS reads it as the end of the query
        raise CliError("search text contains a NUL character")
    if not 1 <= args.limit <= SEARCH_LIMIT_MAX:
        raise CliError(f"--limit: give a number from 1 to {SEARCH_LIMIT_MAX}")
    crm = open_crm(db_path, must_exist=True)
    started = time.perf_counter()
    hits = crm.search.search(args.text, limit=args.limit)
    elapsed = (time.perf_counter() - started) * 1000
    for hit in hits:
        print(f"{hit.kind:8} {hit.title}" + (f"  — {hit.subtitle}" if hit.subtitle else "")
              + f"  [{hit.id}]")
    print(f"{len(hits)} found in {elapsed:.1f} ms", file=sys.stderr)
    return 0


def cmd_stats(args: argparse.Namespace, db_path: Path) -> int:
    crm = open_crm(db_path, must_exist=True)
    for name, count in crm.stats().items():
        print(f"{name:14} {count:>10,}")
    return 0


def cmd_backup(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.storage.files import check_output_path

    target = check_output_path(args.file, "backup", overwrite=False)
    crm = open_crm(db_path, must_exist=True)
    target = crm.backup(target)
    print(f"backup written to {target}")
    return 0


def cmd_restore(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.storage.database import upgrade
    from crm_desktop.storage.restore import restore_file

    if not args.backup.strip():
        raise CliError("restore: the backup file name is empty")
    result = restore_file(Path(args.backup), db_path)
    upgrade(result.restored)
    print(f"{result.restored} restored from {args.backup}")
    if result.kept:
        print(f"the replaced file is kept as {result.kept}")
    return 0


def cmd_check(args: argparse.Namespace, db_path: Path) -> int:
    """Reads only: a damaged file is reported (not refused at opening), nothing migrated."""
    from crm_desktop.services.failures import EXIT_DAMAGED
    from crm_desktop.storage.database import SQLITE_MAGIC, check_location
    from crm_desktop.storage.integrity import check_file

    if not db_path.exists():
        open_crm(db_path, must_exist=True)  # the one message for a missing file
    check_location(db_path)
    with db_path.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            open_crm(db_path, must_exist=True)  # the one message for a foreign file
    problems = check_file(db_path, full=args.full)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"crm-desktop: {db_path} is damaged; restore a backup with 'crm-desktop "
              "restore BACKUP'", file=sys.stderr)
        return EXIT_DAMAGED
    print(f"{db_path}: ok")
    return 0


def cmd_user(args: argparse.Namespace, db_path: Path) -> int:
    crm = open_crm(db_path)
    user = crm.users.create(name=args.name, role=args.role, email=args.email)
    crm.users.set_current(user.id)
    print(f"user {user.name} ({user.role}) is now the current user [{user.id}]")
    return 0
