"""vCards from real phones and mail programs (tests/files/samples, see its README) and built
the way Outlook, Android, iCloud and Google write them: issue 16 items 1–3, 5, 7, 10, 12, 13."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
import vobject

from crm_desktop.cli import main
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.crm import Crm

SAMPLES = Path(__file__).resolve().parents[1] / "files" / "samples"


def write(path: Path, text: str, encoding: str = "utf-8", newline: str = "\r\n") -> Path:
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


def people(crm: Crm) -> dict[str, object]:
    return {p.display_name: p for p in crm.contacts.list(limit=None)}


def test_every_sample_file_is_read_card_by_card(crm: Crm) -> None:
    for path in sorted(SAMPLES.glob("*.vcf")):
        plan = crm.vcards.plan(path)
        assert plan.rows, path.name
        bad = [r for r in plan.rows if r.errors]
        if path.name == "John_Doe_ANDROID.vcf":  # the one card with a broken UTF-8 byte
            assert [r.row for r in bad] == [6]
            assert "ORG" in bad[0].errors[0] and "line 71" in bad[0].errors[0]
            assert "«ÑÑÑÑ»" in bad[0].errors[0]  # named by the card's name
        else:
            assert bad == [], (path.name, bad[0].errors)


def test_android_21_quoted_printable_imports_valid_cards(crm: Crm) -> None:
    path = SAMPLES / "John_Doe_ANDROID.vcf"
    with pytest.raises(ValidationError, match="card 6"):
        crm.vcards.import_file(path)
    assert crm.contacts.count() == 0  # all or nothing
    report = crm.vcards.import_file(path, valid_only=True)
    assert report.created == 5 and [n for n, _ in report.skipped] == [6]
    names = people(crm)
    assert "Ñ Ñ Ñ Ñ" in names  # decoded from =C3=91 quoted-printable
    assert names["john.doe@company.com"].emails == ["john.doe@company.com"]  # email only


def test_iphone_lotus_outlook_are_one_person_gaining_everything(crm: Crm) -> None:
    crm.vcards.import_file(SAMPLES / "John_Doe_IPHONE.vcf")
    first = crm.contacts.list()[0]
    assert first.last_name == "Doe" and first.first_name == "John"
    assert crm.companies.get(first.company_id).name == "IBM"  # ORG links a company
    assert first.position == "Money Counter" and first.birthday == date(2012, 6, 6)
    assert len(first.phones) >= 5
    report = crm.vcards.import_file(SAMPLES / "John_Doe_LOTUS_NOTES.vcf")  # PROFILE:VCard
    assert (report.created, report.updated) == (0, 1)
    again = crm.contacts.get(first.id)
    assert set(first.phones) <= set(again.phones) and set(first.emails) <= set(again.emails)


def test_vcard_40_extension_and_birthday_without_year(crm: Crm) -> None:
    crm.vcards.import_file(SAMPLES / "rfc6350-example.vcf")
    person = crm.contacts.list()[0]
    assert person.phones == ["+14186569254", "+14182626501"]
    assert "ext. 102" in person.notes
    assert person.birthday is None and person.birthday_md == "02-03"


def test_outlook_cp1251_and_quoted_printable_cp1251(crm: Crm, tmp_path: Path) -> None:
    text = ("BEGIN:VCARD\nVERSION:2.1\nN:Петров;Иван;Сергеевич\nFN:Иван Петров\n"
            "ORG:ООО Ромашка;Отдел продаж\nTITLE:Менеджер\nTEL;WORK;VOICE:+7 (495) 123-45-67"
            " доб. 123\nEMAIL;PREF;INTERNET:petrov@romashka.ru\nEND:VCARD\n")
    path = write(tmp_path / "outlook.vcf", text, "cp1251")
    plan = crm.vcards.plan(path)
    assert plan.encoding == "cp1251"  # told to the user, never U+FFFD
    crm.vcards.apply(plan)
    person = crm.contacts.list()[0]
    assert (person.last_name, person.first_name, person.middle_name) == (
        "Петров", "Иван", "Сергеевич")
    assert crm.companies.get(person.company_id).name == "ООО Ромашка"
    assert person.phones == ["+74951234567"] and "ext. 123" in person.notes
    qp = ("BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=WINDOWS-1251;ENCODING=QUOTED-PRINTABLE:"
          "=D1=E8=E4=EE=F0=EE=E2;=CF=E5=F2=F0\nTEL;CELL:89161234567\nEND:VCARD\n")
    crm.vcards.import_file(write(tmp_path / "qp.vcf", qp, "ascii"))
    assert "Сидоров Петр" in people(crm)


def test_odd_cards_never_sink_the_file(crm: Crm, tmp_path: Path) -> None:
    text = ("BEGIN:VCARD\nVERSION:3.0\nN:Баланс;;;;\nFN:Баланс\nTEL:*100#\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:ООО Вектор\nORG:ООО Вектор;\n"
            "X-ABShowAs:COMPANY\nTEL;type=WORK:+7 495 765-43-21\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nEMAIL:only@example.com\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nN:Иванов,Петров;Иван,Ваня;;;\nFN:Иван\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nN:Сидорова;Анна\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-05-14"
            "\nCATEGORIES:VIP,Партнёры\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nFN:\nEND:VCARD\n")
    path = write(tmp_path / "odd.vcf", text, newline="\r\r\n")  # as iPhones write
    plan = crm.vcards.plan(path)
    assert [r.row for r in plan.rows if r.errors] == [6]
    assert "card 6 (line 30): no name" in plan.errors[0]
    with pytest.raises(ValidationError, match="card 6"):
        crm.vcards.apply(plan)
    report = crm.vcards.apply(plan, valid_only=True)
    assert report.created == 5
    names = people(crm)
    assert names["Баланс"].phones == [] and "*100#" in names["Баланс"].notes
    assert crm.companies.list(limit=None)[0].phones == ["+74957654321"]  # company card
    assert "only@example.com" in names
    assert "Иванов Петров Иван Ваня" in names  # comma lists in N
    anna = names["Сидорова Анна"]
    assert anna.birthday is None and anna.birthday_md == "05-14"  # Apple's 1604 = no year
    assert anna.tags == ["VIP", "Партнёры"]


def test_reimport_of_a_sparser_card_removes_nothing(crm: Crm, tmp_path: Path) -> None:
    full = ("BEGIN:VCARD\nVERSION:3.0\nN:Орлов;Пётр;Ильич\nTEL:+79161112233\n"
            "TEL:+79162223344\nEMAIL:orlov@example.ru\nNOTE:первая встреча\nEND:VCARD\n")
    sparse = ("BEGIN:VCARD\nVERSION:3.0\nN:Орлов;Пётр;;\nTEL:+79161112233\n"
              "TITLE:Директор\nEND:VCARD\n")
    crm.vcards.import_file(write(tmp_path / "full.vcf", full))
    report = crm.vcards.import_file(write(tmp_path / "sparse.vcf", sparse))
    assert (report.created, report.updated) == (0, 1)
    person = crm.contacts.list()[0]
    assert person.phones == ["+79161112233", "+79162223344"]
    assert person.emails == ["orlov@example.ru"] and person.middle_name == "Ильич"
    assert person.position == "Директор" and person.notes == "первая встреча"


def test_two_cards_of_one_person_in_a_file_make_one_record(crm: Crm, tmp_path: Path) -> None:
    text = ("BEGIN:VCARD\nVERSION:3.0\nN:Зайцева;Ольга\nTEL:+79031234567\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nN:Зайцева;Ольга\nEMAIL:olga@example.ru\n"
            "TEL:+79031234567\nEND:VCARD\n")
    plan = crm.vcards.plan(write(tmp_path / "two.vcf", text))
    assert plan.rows[1].action == "skip" and "card 1" in plan.rows[1].note
    crm.vcards.apply(plan)
    assert crm.contacts.count() == 1
    assert crm.contacts.list()[0].emails == ["olga@example.ru"]


def test_cli_vcf_dry_run_valid_only_report(crm: Crm, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = str(crm.path)
    source = shutil.copy(SAMPLES / "John_Doe_ANDROID.vcf", tmp_path / "a.vcf")
    assert main(["--db", db, "import", str(source), "--dry-run"]) == 1  # an error: says so
    err = capsys.readouterr()
    assert "card 6" in err.err and "nothing written" in err.out
    assert main(["--db", db, "import", str(source)]) == 1
    assert crm.contacts.count() == 0
    report = tmp_path / "report.xlsx"
    assert main(["--db", db, "import", str(source), "--valid-only", "--report",
                 str(report)]) == 0
    assert crm.contacts.count() == 5 and report.exists()
    from openpyxl import load_workbook

    rows = [tuple(r) for r in load_workbook(report).active.iter_rows(values_only=True)]
    assert ("skipped", "card 6") == rows[-1][:2]
    assert main(["--db", db, "import", str(tmp_path / "missing.vcf")]) != 0
    assert "does not exist" in capsys.readouterr().err


def test_export_streams_types_phones_and_reads_back(crm: Crm, tmp_path: Path) -> None:
    company = crm.companies.create(name="ООО Ромашка; и партнёры")
    crm.contacts.create(last_name="Петров", first_name="Иван", company_id=company.id,
                        phones=["+79161234567", "+74951234567"], emails=["p@example.ru"],
                        birthday=date(1980, 3, 22), notes="строка 1\nстрока 2, и ещё",
                        tags=["VIP"], position="Директор " + "очень " * 20)
    crm.contacts.create(last_name="Сидорова", birthday_md="05-14")
    path = crm.vcards.export(tmp_path / "people.vcf")
    cards = list(vobject.readComponents(path.read_text(encoding="utf-8")))
    assert len(cards) == 2
    petrov = next(c for c in cards if c.n.value.family == "Петров")
    types = {t.value: t.params["TYPE"] for t in petrov.contents["tel"]}
    assert types["+79161234567"] == ["CELL"] and "WORK" in types["+74951234567"]
    assert petrov.org.value == ["ООО Ромашка; и партнёры"]
    assert petrov.note.value == "строка 1\nстрока 2, и ещё"
    assert petrov.title.value.startswith("Директор очень")  # folded and unfolded
    assert all(len(line.encode()) <= 75 for line in path.read_bytes().decode().split("\r\n"))
    sidorova = next(c for c in cards if c.n.value.family == "Сидорова")
    assert sidorova.bday.value == "--05-14"
    crm.vcards.import_file(path)  # and it comes back into the same records
    assert crm.contacts.count() == 2
    assert people(crm)["Сидорова"].birthday_md == "05-14"


def test_a_card_the_services_refuse_is_rolled_back_alone(crm: Crm, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("BEGIN:VCARD\nVERSION:3.0\nN:Первый;Иван\nORG:ООО Один\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nN:Отказ;Пётр\nORG:ООО Два\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nN:Третий;Олег\nORG:ООО Два\nEND:VCARD\n")
    path = write(tmp_path / "three.vcf", text)
    original = crm.contacts.create_in

    def refusing(session: object, **values: object) -> object:
        if values.get("last_name") == "Отказ":
            raise ValidationError("last_name", "refused by the service")
        return original(session, **values)

    monkeypatch.setattr(crm.contacts, "create_in", refusing)
    with pytest.raises(ValidationError, match="card 2: last_name: refused"):
        crm.vcards.import_file(path)
    assert crm.contacts.count() == 0 and crm.companies.count() == 0  # all or nothing
    report = crm.vcards.import_file(path, valid_only=True)
    assert report.created == 2 and [n for n, _ in report.skipped] == [2]
    assert report.companies_created == 2  # "ООО Два" made again for card 3, not a dead id
    third = next(p for p in crm.contacts.list() if p.last_name == "Третий")
    assert crm.companies.get(third.company_id).name == "ООО Два"


def test_dry_run_applies_the_forms_rules(crm: Crm, tmp_path: Path) -> None:
    """The database's clock says 16 March 2026: a birthday in June is in its future. The
    form refuses it, so the plan (and a dry run) does too, instead of the import failing."""
    text = ("BEGIN:VCARD\nVERSION:3.0\nN:Весенний;Иван\nBDAY:2026-06-01\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nN:Обычный;Пётр\nEND:VCARD\n")
    plan = crm.vcards.plan(write(tmp_path / "future.vcf", text))
    assert plan.errors == ["card 1 «Весенний Иван»: birthday: is in the future"]
    report = crm.vcards.apply(plan, valid_only=True)
    assert report.created == 1 and [n for n, _ in report.skipped] == [1]
