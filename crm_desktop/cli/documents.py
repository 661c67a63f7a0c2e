"""document, import, export, vcard: Word documents, spreadsheets and address books."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crm_desktop.cli.common import CliError, open_crm


def register(commands: argparse._SubParsersAction) -> None:
    document = commands.add_parser("document", help="fill a Word template for a deal")
    document.add_argument("template", help="ru/invoice, en/contract, ... or a .docx path")
    document.add_argument("--deal", required=True, help="the deal's id")
    document.add_argument("-o", "--output", type=Path, required=True)
    document.add_argument("--templates", type=Path, help="a folder of your own templates")
    document.set_defaults(handler=cmd_document)

    imp = commands.add_parser("import", help="import companies, people or deals (.xlsx, .csv)"
                              " or people (.vcf)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--kind", choices=["companies", "contacts", "deals"], default="companies")
    imp.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    imp.add_argument("--valid-only", action="store_true",
                     help="import the valid rows and skip the others (reported)")
    imp.add_argument("--report", type=Path, help="save the report as .xlsx")
    imp.set_defaults(handler=cmd_import)

    exp = commands.add_parser("export", help="export a list to .xlsx (or people to .vcf)")
    exp.add_argument("kind", choices=["companies", "contacts", "deals", "tasks",
                                      "interactions"])
    exp.add_argument("file", type=Path)
    exp.set_defaults(handler=cmd_export)


def cmd_document(args: argparse.Namespace, db_path: Path) -> int:
    crm = open_crm(db_path, must_exist=True)
    if args.output.exists():
        raise CliError(f"{args.output} already exists; choose a new file name")
    target = crm.documents.generate(args.template, args.deal, args.output, args.templates)
    print(f"written to {target} and linked to the client's history")
    return 0


def cmd_import(args: argparse.Namespace, db_path: Path) -> int:
    crm = open_crm(db_path, must_exist=True)
    if args.file.suffix.lower() == ".vcf":
        if args.dry_run:
            print(f"{len(crm.vcards.read(args.file))} people read; nothing written")
            return 0
        created, updated = crm.vcards.import_file(args.file)
        print(f"{created} created, {updated} updated")
        return 0
    plan = crm.spreadsheets.plan(args.file, args.kind)
    mapped = ", ".join(f"{plan.headers[i]} → {f}" for i, f in sorted(plan.mapping.items()))
    print(f"columns: {mapped}", file=sys.stderr)
    actions = {a: sum(1 for r in plan.rows if not r.errors and r.action == a)
               for a in ("create", "update", "skip")}
    if args.dry_run:
        for error in plan.errors[:20]:
            print(error, file=sys.stderr)
        print(f"dry run: {actions['create']} to create, {actions['update']} to update, "
              f"{actions['skip']} duplicates skipped, {len(plan.errors)} errors; "
              "nothing written")
        return 1 if plan.errors and not args.valid_only else 0
    report = crm.spreadsheets.apply(plan, valid_only=args.valid_only)
    print(f"{report.created} created, {report.updated} updated, {len(report.skipped)} skipped")
    for row, reason in report.skipped[:20]:
        print(f"  row {row}: {reason}", file=sys.stderr)
    if args.report:
        report.save(args.report)
    return 0


def cmd_export(args: argparse.Namespace, db_path: Path) -> int:
    crm = open_crm(db_path, must_exist=True)
    if args.file.suffix.lower() == ".vcf":
        if args.kind != "contacts":
            raise CliError("only people (contacts) export to .vcf")
        target = crm.vcards.export(crm.contacts.list(limit=None), args.file)
    else:
        target = crm.spreadsheets.export_list(args.kind, args.file)
    print(f"written to {target}")
    return 0
