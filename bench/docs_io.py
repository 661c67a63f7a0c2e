"""Documents, spreadsheets and vCards (issues 7, 13, 16):

    python bench/docs_io.py [--rows 100000] [--large PATH] [--skip-vcard]

import of N company rows beside openpyxl's read-only mode reading the same file; export of
N rows beside openpyxl's write-only mode writing the same rows (each product run and its bare
run taken in turns, medians of --repeat runs); one document from a template;
vCard export of every person of the large data set (target 30 s and 200 MB RSS), run in a
child process so its peak memory is its own, beside the same SQL query read alone.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, ensure_large, print_table  # noqa: E402
from openpyxl import Workbook, load_workbook  # noqa: E402

from crm_desktop.domain.taxid import make_inn10  # noqa: E402
from crm_desktop.services.crm import Crm  # noqa: E402


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--large", type=Path, help="the large data set (default: generated "
                        "once into bench/out/large.db)")
    parser.add_argument("--skip-vcard", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each figure and of "
                        "its bare limit, taken in turns (the median of each is shown)")
    args = parser.parse_args()
    n = args.rows
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "companies.xlsx"
        book = Workbook(write_only=True)
        ws = book.create_sheet()
        ws.append(["Наименование", "ИНН", "Телефон", "Email", "Отрасль", "Адрес"])
        for i in range(n):
            ws.append([f"ООО Компания {i}", make_inn10(f"{100000000 + i}"),
                       f"+7 912 {i % 1000:03d}-{(i // 1000) % 100:02d}-{i % 97:02d}",
                       f"info{i}@company{i}.ru", "Торговля", f"Москва, ул. Ленина, {i % 200}"])
        book.save(source)

        def bare_read() -> None:
            wb = load_workbook(source, read_only=True, data_only=True)
            for _ in wb.worksheets[0].iter_rows(values_only=True):
                pass
            wb.close()

        # The bare read and the import take turns, each the median of its runs: the
        # machine is shared, and a ratio of figures taken minutes apart measures the load.
        bare_reads, imports = [], []
        crm: Crm | None = None
        for k in range(args.repeat):
            bare_reads.append(timed(bare_read))
            if crm is not None:
                crm.close()
            crm = Crm(folder / f"import{k}.db")
            crm.reference.seed_defaults()
            started = time.perf_counter()
            plan = crm.spreadsheets.plan(source, "companies")
            report = crm.spreadsheets.apply(plan)
            imports.append((time.perf_counter() - started) * 1000)
            assert report.created == n, report
        bare_read_ms, import_ms = statistics.median(bare_reads), statistics.median(imports)
        rows = [Row(f"import of {n:,} rows (created {report.created:,})", import_ms,
                    1.5 * bare_read_ms, bare_read_ms, "openpyxl read-only read alone")]

        def bare_write() -> None:
            wb = Workbook(write_only=True)
            sheet = wb.create_sheet()
            for values in load_cache:
                sheet.append(values)
            wb.save(folder / "bare.xlsx")

        load_cache = [(f"ООО Компания {i}", "client", make_inn10(f"{100000000 + i}"),
                       "+79120000000", "a@b.ru", "Торговля", "Москва", None, None, None,
                       "2026-03-01") for i in range(n)]
        bare_writes, exports = [], []
        for _ in range(args.repeat):
            bare_writes.append(timed(bare_write))
            exports.append(timed(lambda: crm.spreadsheets.export_list(
                "companies", folder / "export.xlsx")))
        bare_write_ms, export_ms = statistics.median(bare_writes), statistics.median(exports)
        rows.append(Row(f"export of {n:,} rows", export_ms, 1.3 * bare_write_ms,
                        bare_write_ms, "openpyxl write-only of the same rows"))

        company = crm.companies.list(limit=1)[0]
        deal = crm.deals.create(title="Поставка", pipeline_id=crm.pipelines.default().id,
                                company_id=company.id)
        for i in range(10):
            crm.deal_items.create(deal_id=deal.id, name=f"Позиция {i}", quantity="3",
                                  price="1500.00")
        samples = [timed(lambda k=k: crm.documents.generate(
            "ru/invoice", deal.id, folder / f"doc{k}.docx", link=False)) for k in range(7)]
        from docx import Document

        bare_doc = [timed(lambda k=k: Document(crm.documents.resolve("ru/invoice").path)
                          .save(folder / f"bare{k}.docx")) for k in range(7)]
        rows.append(Row("one invoice with 10 line items", statistics.median(samples), 100,
                        statistics.median(bare_doc), "python-docx open + save, no filling"))
        crm.close()
        if not args.skip_vcard:
            rows.append(vcard_export(args.large or ensure_large(), folder / "people.vcf"))
    return 0 if print_table("documents, spreadsheets and vCards", rows, "docs_io.json") else 1


# Each runs in a child of its own, so the export's peak RSS is its own (the bare query on a
# plain sqlite3 connection sorts in memory and would inflate it).
BARE_CHILD = """
import json, sqlite3, sys, time
from crm_desktop.services.exchange.vcard_export import SQL
started = time.perf_counter()
conn = sqlite3.connect(sys.argv[1])
count = sum(1 for _ in conn.execute(SQL + " ORDER BY p.name_key"))
print(json.dumps({"count": count, "bare_ms": (time.perf_counter() - started) * 1000}))
"""
EXPORT_CHILD = """
import json, resource, sys, time
from crm_desktop.services.crm import Crm
crm = Crm(sys.argv[1])
started = time.perf_counter()
crm.vcards.export(sys.argv[2])
export = time.perf_counter() - started
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"export_ms": export * 1000, "rss_mb": rss}))
"""


def child(code: str, *args: str) -> dict:
    result = subprocess.run([sys.executable, "-c", code, *args], check=True,
                            capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def vcard_export(database: Path, target: Path) -> Row:
    figures = child(EXPORT_CHILD, str(database), str(target)) | child(BARE_CHILD,
                                                                      str(database))
    print(f"vCard export: {figures['count']:,} people, {target.stat().st_size / 2**20:.0f} MB "
          f"file, peak RSS {figures['rss_mb']:.0f} MB (limit 200 MB)", file=sys.stderr)
    return Row(f"vCard export of {figures['count']:,} people", figures["export_ms"], 30_000,
               figures["bare_ms"], "the same SQL query read alone (sqlite3)")


if __name__ == "__main__":
    sys.exit(main())
