"""document, our, import, export, pipeline: Word documents, the seller's details,
spreadsheets and address books, and the pipelines deals are imported into."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from crm_desktop.cli.common import CliError, open_crm
from crm_desktop.services.admin.reference import REQUISITE_KEYS


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    document = commands.add_parser("document", help="fill a Word template for a deal")
    document.add_argument("template", help="ru/invoice, en/contract, ... or a .docx path")
    document.add_argument("--deal", required=True, help="the deal's id")
    document.add_argument("-o", "--output", type=Path, required=True)
    document.add_argument("--templates", type=Path, help="a folder of your own templates")
    document.add_argument("--language", choices=["ru", "en"],
                          help="amounts in words, numbers and dates (default: the "
                          "template's, else the database's)")
    document.set_defaults(handler=cmd_document)

    our = commands.add_parser("our", help="show or set our company's details (the seller in "
                              "documents)")
    for key in REQUISITE_KEYS:
        our.add_argument(f"--{key.replace('_', '-')}", dest=key, metavar="TEXT")
    our.set_defaults(handler=cmd_our)

    imp = commands.add_parser("import", help="import companies, people or deals (.xlsx, .csv),"
                              " people (.vcf) or events and birthdays (.ics)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--kind", choices=["companies", "contacts", "deals"], default="companies")
    imp.add_argument("--sheet", help="the sheet of a workbook (default: the one whose header "
                     "names the most known columns)")
    imp.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    imp.add_argument("--valid-only", action="store_true",
                     help="import the valid rows (or cards) and skip the others (reported)")
    imp.add_argument("--report", type=Path, help="save the report as .xlsx")
    imp.add_argument("--new-stages", action="store_true",
                     help="deals: add the stages the file names that a pipeline lacks")
    imp.set_defaults(handler=cmd_import)

    pipeline = commands.add_parser("pipeline", help="list pipelines or create one")
    actions = pipeline.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="pipelines and their stages").set_defaults(
        handler=cmd_pipeline_list)
    create = actions.add_parser("create", help="a pipeline with its stages")
    create.add_argument("name")
    create.add_argument("--stages", required=True,
                        help="open stages in order, separated by commas")
    create.add_argument("--won", default=None, help="the won stage (default: Won/Успешно)")
    create.add_argument("--lost", default=None, help="the lost stage (default: Lost/Провал)")
    create.add_argument("--default", action="store_true", help="make it the default one")
    create.set_defaults(handler=cmd_pipeline_create)

    exp = commands.add_parser("export", help="export a list to .xlsx or .csv (or people to "
                              ".vcf)")
    exp.add_argument("kind", choices=["companies", "contacts", "deals", "tasks",
                                      "interactions"])
    exp.add_argument("file", type=Path)
    exp.set_defaults(handler=cmd_export)


def cmd_document(args: argparse.Namespace, db_path: Path) -> int:
    crm = open_crm(db_path, must_exist=True)
    if args.output.exists():
        raise CliError(f"{args.output} already exists; choose a new file name")
    blank = crm.documents.blank_requisites(args.template, args.templates)
    target = crm.documents.generate(args.template, args.deal, args.output, args.templates,
                                    language=args.language)
    if blank:
        options = " ".join(f"--{k.replace('_', '-')} …" for k in blank)
        print(f"warning: our company's {', '.join(blank)} left blank in the document; set "
              f"them with 'crm-desktop our {options}' or in the preferences", file=sys.stderr)
    print(f"written to {target} and linked to the client's history")
    return 0


def cmd_our(args: argparse.Namespace, db_path: Path) -> int:
    crm = open_crm(db_path, must_exist=True)
    values = {k: getattr(args, k) for k in REQUISITE_KEYS if getattr(args, k) is not None}
    details = crm.requisites.save(**values) if values else crm.requisites.get()
    for key in REQUISITE_KEYS:
        print(f"{key:14} {getattr(details, key) or '—'}")
    return 0


def cmd_import(args: argparse.Namespace, db_path: Path) -> int:
    from crm_desktop.storage.files import check_output_path

    if args.report is not None:  # before any work: a bad report path must not follow a commit
        check_output_path(args.report, "--report")
    crm = open_crm(db_path, must_exist=True)
    suffix = args.file.suffix.lower()
    if suffix in (".vcf", ".vcard"):
        plan, apply = crm.vcards.plan(args.file), crm.vcards.apply
    elif suffix in (".ics", ".ical", ".ifb"):
        plan, apply = crm.ical.plan(args.file), crm.ical.apply
    else:
        plan = crm.spreadsheets.plan(args.file, args.kind, sheet=args.sheet,
                                     new_stages=args.new_stages)
        apply = crm.spreadsheets.apply
    if plan.sheet:
        print(f"sheet: {plan.sheet}", file=sys.stderr)
    if plan.encoding:
        print(f"read as {plan.encoding}", file=sys.stderr)
    if plan.mapping:
        mapped = ", ".join(f"{plan.headers[i]} → {f}" for i, f in sorted(plan.mapping.items()))
        print(f"columns: {mapped}", file=sys.stderr)
    if plan.unmapped:
        print(f"columns not imported: {', '.join(plan.unmapped)}", file=sys.stderr)
    counts = plan.counts()
    if args.dry_run:
        for error in plan.errors[:20]:
            print(error, file=sys.stderr)
        print(f"dry run: {counts['create']} to create, {counts['update']} to update, "
              f"{counts['skip']} duplicates merged or skipped, {counts['errors']} "
              f"{plan.unit}s with errors; nothing written")
        return 1 if plan.errors and not args.valid_only else 0
    report = apply(plan, valid_only=args.valid_only)
    extra = f", {report.unchanged} unchanged" if report.unchanged else ""
    extra += f", {report.companies_created} companies created" \
        if report.companies_created else ""
    print(f"{report.created} created, {report.updated} updated, {len(report.skipped)} "
          f"skipped{extra}")
    for row, reason in report.skipped[:20]:
        print(f"  {plan.unit} {row}: {reason}", file=sys.stderr)
    if args.report:
        report.save(args.report)
        print(f"report written to {args.report}", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace, db_path: Path) -> int:
    crm = open_crm(db_path, must_exist=True)
    if args.file.suffix.lower() in (".vcf", ".vcard"):
        if args.kind != "contacts":
            raise CliError("only people (contacts) export to .vcf")
        target = crm.vcards.export(args.file)
    elif args.file.suffix.lower() in (".xlsx", ".csv"):
        target = crm.spreadsheets.export_list(args.kind, args.file)
    else:
        raise CliError(f"{args.file.name}: export to .xlsx, .csv or (people) .vcf")
    print(f"written to {target}")
    return 0


def cmd_pipeline_list(args: argparse.Namespace, db_path: Path) -> int:
    crm = open_crm(db_path, must_exist=True)
    pipelines = crm.pipelines.list(limit=None)
    if not pipelines:
        print("no pipelines; create one with 'crm-desktop pipeline create NAME --stages "
              "A,B,C'", file=sys.stderr)
    for pipeline in pipelines:
        stages = ", ".join(f"{s.name}" + ("" if s.kind == "open" else f" ({s.kind})")
                           for s in crm.stages.of_pipeline(pipeline.id))
        mark = " [default]" if pipeline.is_default else ""
        print(f"{pipeline.name}{mark}: {stages}")
    return 0


def cmd_pipeline_create(args: argparse.Namespace, db_path: Path) -> int:
    crm = open_crm(db_path, must_exist=True)
    names = [n.strip() for n in args.stages.split(",") if n.strip()]
    if not names:
        raise CliError("--stages: give at least one stage name")
    russian = bool(re.search("[а-яё]", args.name + args.stages, re.IGNORECASE)) \
        or crm.documents.language() == "ru"
    won = args.won or ("Успешно" if russian else "Won")
    lost = args.lost or ("Провал" if russian else "Lost")
    from crm_desktop.services.exchange.import_deals import create_pipeline

    pipeline = create_pipeline(
        crm.db, crm.pipelines, crm.stages, args.name,
        [(n, "open") for n in names] + [(won, "won"), (lost, "lost")], default=args.default)
    print(f"pipeline {pipeline.name} created: {', '.join(names + [won, lost])}")
    return 0
