"""Import of messy real-world spreadsheets and CSV files, export, vCard round trip."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from crm_desktop.cli import main
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.crm import Crm
from crm_desktop.services.exchange.spreadsheets import ImportCancelled


def messy_xlsx(path: Path, bad_email: bool = False) -> Path:
    book = Workbook()
    ws = book.active
    ws.append(["Клиенты на 01.03.2026"])          # a title row, merged across the header
    ws.merge_cells("A1:F1")
    ws.append([])                                  # an empty row
    ws.append(["Наименование ", "ИНН", "Телефон", "E-mail", "Дата договора", "Сумма"])
    ws.append(["  ООО Ромашка  ", "7707083893", "8 (912) 345-67-89", "Info@Romashka.ru",
               datetime(2026, 3, 1), 100])
    ws.append([])                                  # an empty row in the middle
    ws.append(["АО Вектор", 7728168971, "+7 495 123 45 67",
               "not-an-email" if bad_email else "sales@vector.ru", 46082, "=F4*2"])
    ws.append(["ООО Ромашка", "7707083893", "", "", "01.03.2026", None])  # a duplicate row
    ws.append(["ИП Смирнов", "", "89161234567; 8 916 765-43-21", "", "2026-03-01", None])
    book.save(path)
    return path


def test_messy_spreadsheet_plan(crm: Crm, tmp_path: Path) -> None:
    plan = crm.spreadsheets.plan(messy_xlsx(tmp_path / "m.xlsx"), "companies")
    assert set(plan.mapping.values()) >= {"name", "tax_id", "phones", "emails"}
    assert [r.row for r in plan.rows] == [4, 6, 7, 8]  # header found, empty rows skipped
    first = plan.rows[0].values
    assert first["name"] == "ООО Ромашка" and first["phones"] == ["+79123456789"]
    assert first["emails"] == ["info@romashka.ru"]
    assert plan.rows[1].values["tax_id"] == "7728168971"  # a number cell
    assert plan.rows[2].action == "skip" and "row 4" in plan.rows[2].note
    assert plan.rows[3].values["phones"] == ["+79161234567", "+79167654321"]
    assert plan.errors == []


def test_import_all_or_nothing_and_report(crm: Crm, tmp_path: Path) -> None:
    path = messy_xlsx(tmp_path / "bad.xlsx", bad_email=True)
    plan = crm.spreadsheets.plan(path, "companies")
    assert plan.errors == ["row 6, column «E-mail»: 'not-an-email' is not a valid email address"]
    with pytest.raises(ValidationError, match="row 6, column «E-mail»"):
        crm.spreadsheets.apply(plan)
    assert crm.companies.count() == 0  # nothing written
    report = crm.spreadsheets.apply(plan, valid_only=True)
    assert (report.created, report.updated) == (2, 0)
    reasons = dict(report.skipped)
    assert "not a valid email" in reasons[6] and "row 4" in reasons[7]
    saved = load_workbook(report.save(tmp_path / "report.xlsx")).active
    assert saved["A2"].value == "created" and saved["C2"].value == 2
    assert [h.id for h in crm.search.search("89123456789")]  # searchable at once
    assert crm.check() == []


def test_existing_records_are_updated_not_duplicated(crm: Crm, tmp_path: Path) -> None:
    existing = crm.companies.create(name="Ромашка (старое)", tax_id="7707083893")
    plan = crm.spreadsheets.plan(messy_xlsx(tmp_path / "m.xlsx"), "companies")
    assert plan.rows[0].action == "update" and plan.rows[0].match_id == existing.id
    report = crm.spreadsheets.apply(plan)
    assert (report.created, report.updated) == (2, 1)
    updated = crm.companies.get(existing.id)
    assert updated.name == "ООО Ромашка" and updated.emails == ["info@romashka.ru"]
    assert [h.id for h in crm.search.search("info@romashka")] == [existing.id]


def test_a_formula_without_a_value_is_named(crm: Crm, tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    ws.append(["Сделка", "Сумма"])
    ws.append(["Поставка", "=2*3"])
    book.save(tmp_path / "f.xlsx")
    plan = crm.spreadsheets.plan(tmp_path / "f.xlsx", "deals")
    assert len(plan.errors) == 1 and "row 2, column «Сумма»" in plan.errors[0]
    assert "formula" in plan.errors[0]


def test_a_cancelled_import_writes_nothing(crm: Crm, tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    ws.append(["Name", "Email"])
    for i in range(1200):
        ws.append([f"Company {i}", f"c{i}@example.com"])
    book.save(tmp_path / "big.xlsx")
    plan = crm.spreadsheets.plan(tmp_path / "big.xlsx", "companies")
    seen = []
    with pytest.raises(ImportCancelled):
        crm.spreadsheets.apply(plan, progress=lambda d, t: seen.append(d),
                               cancelled=lambda: len(seen) >= 1)
    assert crm.companies.count() == 0 and seen[0] == 1000  # cancelled part-way: nothing kept


def test_cp1251_csv_with_semicolons_and_people(crm: Crm, tmp_path: Path) -> None:
    company = crm.companies.create(name="ООО Вектор")
    text = ("ФИО;Должность;Компания;Телефон;Дата рождения\r\n"
            "Петров Иван Сергеевич;Директор;ООО Вектор;8 912 000-11-22;17.05.1980\r\n"
            "Сидорова Анна;Бухгалтер;;+7 916 111 22 33;\r\n")
    path = tmp_path / "people.csv"
    path.write_bytes(text.encode("cp1251"))
    plan = crm.spreadsheets.plan(path, "contacts")
    assert plan.errors == []
    first = plan.rows[0].values
    assert (first["last_name"], first["first_name"], first["middle_name"]) == (
        "Петров", "Иван", "Сергеевич")
    assert first["birthday"] == date(1980, 5, 17)
    report = crm.spreadsheets.apply(plan)
    assert report.created == 2
    assert {c.last_name for c in crm.contacts.list()} == {"Петров", "Сидорова"}
    _ = company


def test_utf8_csv_with_commas_and_mapping_memory(crm: Crm, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("Company,Phone,Notes\nAcme Ltd,+44 20 7946 0958,vip\n", encoding="utf-8-sig")
    plan = crm.spreadsheets.plan(path, "companies")
    assert plan.mapping == {0: "name", 1: "phones", 2: "notes"}
    crm.spreadsheets.remember_mapping("companies", plan.headers, {0: "name", 2: "industry"})
    again = crm.spreadsheets.plan(path, "companies")
    assert again.mapping == {0: "name", 2: "industry"} and again.rows[0].values["industry"] \
        == "vip"


def test_export_lists_are_typed(crm: Crm, tmp_path: Path) -> None:
    company = crm.companies.create(name="ООО Ромашка", phones=["+79123456789"])
    crm.deals.create(title="Поставка", pipeline_id=crm.pipelines.default().id, amount="1234.56",
                     company_id=company.id, expected_close=date(2026, 4, 1))
    sheet = load_workbook(crm.spreadsheets.export_list("deals", tmp_path / "d.xlsx")).active
    assert [c.value for c in sheet[1]][:4] == ["Title", "Client", "Stage", "Amount"]
    assert float(sheet["D2"].value) == 1234.56 and "RUB" in sheet["D2"].number_format
    assert sheet["E2"].value.date() == date(2026, 4, 1)
    assert sheet.freeze_panes == "A2"
    companies = load_workbook(crm.spreadsheets.export_list("companies",
                                                           tmp_path / "c.xlsx")).active
    assert companies["A2"].value == "ООО Ромашка" and companies["D2"].value == "+79123456789"


def test_vcard_round_trip(crm: Crm, tmp_path: Path) -> None:
    company = crm.companies.create(name="ООО Ромашка")
    crm.contacts.create(first_name="Иван", middle_name="Сергеевич", last_name="Петров",
                        company_id=company.id, phones=["+79123456789"],
                        emails=["ivan@romashka.ru"], birthday=date(1980, 5, 17),
                        position="Директор")
    path = crm.vcards.export(tmp_path / "people.vcf")
    assert "BEGIN:VCARD" in path.read_text(encoding="utf-8")
    cards, encoding = crm.vcards.read(path)
    person = cards[0].values
    assert encoding == "UTF-8" and cards[0].errors == []
    assert person["last_name"] == "Петров" and person["first_name"] == "Иван"
    assert person["phones"] == ["+79123456789"] and person["birthday"] == date(1980, 5, 17)
    report = crm.vcards.import_file(path)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 1)  # matched
    assert len(crm.contacts.list()) == 1


def test_cli_import_and_export(crm: Crm, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    db = str(crm.path)
    bad = messy_xlsx(tmp_path / "bad.xlsx", bad_email=True)
    assert main(["--db", db, "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "row 6, column «E-mail»" in err.splitlines()[-1]
    assert main(["--db", db, "import", str(bad), "--dry-run"]) == 1
    assert "nothing written" in capsys.readouterr().out
    assert crm.companies.count() == 0
    assert main(["--db", db, "import", str(bad), "--valid-only"]) == 0
    assert "2 created" in capsys.readouterr().out
    assert main(["--db", db, "export", "companies", str(tmp_path / "out.xlsx")]) == 0
    assert load_workbook(tmp_path / "out.xlsx").active.max_row == 3


def test_a_file_without_the_required_column_names_it_in_words(crm: Crm, tmp_path: Path) -> None:
    from crm_desktop.domain.errors import ValidationError

    path = tmp_path / "no_names.csv"
    path.write_text("Телефон;Email\n+7 912 345-67-89;a@b.ru\n", encoding="utf-8")
    with pytest.raises(ValidationError) as raised:
        crm.spreadsheets.plan(path, "companies")
    assert raised.value.reason.startswith("no column for the company name (headers: Телефон")
