"""Documents from the command line (issue 16 item 11): the database's language for amounts
and dates, the seller's details set by a command and blank ones reported, .DOCX and .dotx."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document

from crm_desktop.cli import main
from crm_desktop.services.crm import Crm
from tests.documents.test_documents import all_text, deal_id, split_run_template  # noqa: F401

AMOUNT = ["{{ totals.total }} — {{ totals.words }} — {{ today }} — {{ our.tax_id }}"]


def as_dotx(source: Path, target: Path) -> Path:
    """What Word writes for File > Save as > Word Template."""
    with zipfile.ZipFile(source) as package, zipfile.ZipFile(target, "w") as out:
        for item in package.infolist():
            data = package.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"wordprocessingml.document.main+xml",
                                    b"wordprocessingml.template.main+xml")
            out.writestr(item, data)
    return target


def test_user_template_from_the_cli_is_in_the_databases_language(
        crm: Crm, deal_id: str, tmp_path: Path,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    template = split_run_template(tmp_path / "LETTER.DOCX", AMOUNT)
    db = str(crm.path)
    out = tmp_path / "letter.docx"
    assert main(["--db", db, "document", str(template), "--deal", deal_id, "-o",
                 str(out)]) == 0
    text = all_text(out)
    assert "2\u00a0300,90 руб." in text and "Две тысячи триста рублей" in text
    assert re.search(r"— \d\d\.\d\d\.\d{4} —", text)  # the Russian date form
    assert capsys.readouterr().err == ""  # the seller's INN is set: no warning
    english = tmp_path / "letter-en.docx"
    assert main(["--db", db, "document", str(template), "--deal", deal_id, "-o",
                 str(english), "--language", "en"]) == 0
    assert "2,300.90 RUB" in all_text(english)


def test_dotx_template_and_blank_seller_details(crm: Crm, deal_id: str,  # noqa: F811
                                                tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    docx = split_run_template(tmp_path / "base.docx", ["{{ our.kpp }} {{ client.name }}"])
    template = as_dotx(docx, tmp_path / "Счёт.dotx")
    with pytest.raises(ValueError, match="template"):  # python-docx alone refuses it
        Document(template)
    db = str(crm.path)
    out = tmp_path / "out.docx"
    assert main(["--db", db, "document", str(template), "--deal", deal_id, "-o",
                 str(out)]) == 0
    assert "ООО «Ромашка & Ко»" in Document(out).paragraphs[0].text
    err = capsys.readouterr().err
    assert "warning: our company's kpp left blank" in err and "crm-desktop our --kpp" in err
    # (the fixture's account fails the BIC check that `our` applies: cleared here)
    assert main(["--db", db, "our", "--kpp", "770701001", "--account", ""]) == 0
    assert "770701001" in capsys.readouterr().out
    again = tmp_path / "again.docx"
    assert main(["--db", db, "document", str(template), "--deal", deal_id, "-o",
                 str(again)]) == 0
    assert capsys.readouterr().err == "" and "770701001" in all_text(again)
    assert main(["--db", db, "our", "--tax-id", "123"]) != 0  # the form's checks apply
    assert "INN" in capsys.readouterr().err


def test_user_folder_lists_every_template_kind(crm: Crm, deal_id: str,  # noqa: F811
                                               tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    base = split_run_template(folder / "a.docx", ["{{ deal.title }}"])
    shutil.copy(base, folder / "B.DOCX")
    as_dotx(base, folder / "c.dotx")
    keys = {t.key for t in crm.documents.templates(folder)}
    assert {"my/a", "my/B", "my/c"} <= keys
    out = crm.documents.generate("my/c", deal_id, tmp_path / "c.docx", folder, link=False)
    assert "Поставка оборудования" in all_text(out)
