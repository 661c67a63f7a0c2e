"""The push reads rows as wire JSON built by SQLite (sync.wire_rows): it must say exactly
what the Python conversion (tables.to_wire) says, for ordinary values and for the odd ones
written behind the program's back. No server needed."""

from __future__ import annotations

import json

from crm_desktop.services.crm import Crm
from crm_desktop.sync import tables as schema
from crm_desktop.sync.wire_rows import _read_in_python, read_wire_rows


def both(crm: Crm, table: str, ids: list[str]) -> tuple[dict, dict]:
    with crm.db.reader.connect() as conn:
        fast = read_wire_rows(conn, schema.table(table), ids)
        slow = _read_in_python(conn, schema.table(table), ids)
    parse = lambda rows: {k: (json.loads(text), v) for k, (text, v) in rows.items()}  # noqa: E731
    return parse(fast), parse(slow)


def test_companies_with_odd_json_read_as_python_reads_them(crm: Crm) -> None:
    good = crm.companies.create(name="ООО «Ромашка» \"кавычки\" и ё \\ 😀", tax_id="7707083893",
                                phones=["+79161234567"], emails=["a@b.ru"])
    odd = crm.companies.create(name="АО Вектор")
    with crm.db.writer.begin() as conn:  # as the sqlite3 tool would
        conn.exec_driver_sql("UPDATE companies SET phones = 'not json', tags = '[1, 2.5]', "
                             "notes = 'строка' || char(10) || char(9) || char(1), "
                             "custom_fields = '{\"k\": {\"n\": null}}' WHERE id = ?", (odd.id,))
    fast, slow = both(crm, "companies", [good.id, odd.id, "missing"])
    assert fast == slow
    assert fast[odd.id][0]["phones"] == "not json"  # the server refuses it, with a reason
    assert fast[good.id][0]["phones"] == ["+79161234567"]


def test_reals_keep_every_digit_and_bools_bytes_go_as_the_server_takes_them(crm: Crm) -> None:
    product = crm.products.create(name="Болт", unit="шт", price="15,00")
    with crm.db.writer.begin() as conn:
        conn.exec_driver_sql("UPDATE products SET vat_percent = 0.30000000000000004 "
                             "WHERE id = ?", (product.id,))
        conn.exec_driver_sql("UPDATE users SET signature = x'00ff10', is_active = 0")
    fast, slow = both(crm, "products", [product.id])
    assert fast == slow
    assert fast[product.id][0]["vat_percent"] == 0.30000000000000004
    assert fast[product.id][0]["is_active"] is True
    users = [crm.users.current().id]
    fast, slow = both(crm, "users", users)
    assert fast == slow
    assert fast[users[0]][0]["signature"] == "\\x00ff10"
    assert fast[users[0]][0]["is_active"] is False


def test_a_blob_in_a_text_column_falls_back_to_the_python_reading(crm: Crm) -> None:
    company = crm.companies.create(name="ИП Смирнов")
    with crm.db.writer.begin() as conn:
        conn.exec_driver_sql("UPDATE companies SET notes = x'c3a9' WHERE id = ?", (company.id,))
    fast, slow = both(crm, "companies", [company.id])
    assert fast == slow
