"""The shared error mapping: every kind of failure a person can meet is one line with its
exit code; driver text and passwords never reach them (issue 13: 7)."""

from __future__ import annotations

import csv
import errno
import io
import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services import failures
from crm_desktop.services.failures import explain, redact


@pytest.mark.parametrize("exc, code, words", [
    (OSError(errno.ENOSPC, "No space left on device", "/x/out.xlsx"), failures.EXIT_DISK_FULL,
     "disk is full"),
    (PermissionError(errno.EACCES, "Permission denied", "/etc/x"), failures.EXIT_FILE,
     "permission denied"),
    (OSError(errno.EROFS, "Read-only file system", "/mnt/x"), failures.EXIT_FILE, "read-only"),
    (IsADirectoryError(errno.EISDIR, "Is a directory", "/tmp"), failures.EXIT_FILE,
     "is a folder"),
    (FileNotFoundError(errno.ENOENT, "No such file", "a.xlsx"), failures.EXIT_FILE, "no such"),
    (ValidationError("name", "is required"), failures.EXIT_ERROR, "name: is required"),
    (NotFoundError("deal", "42"), failures.EXIT_ERROR, "deal 42 not found"),
    (KeyboardInterrupt(), failures.EXIT_INTERRUPTED, "interrupted"),
    (ValueError("embedded null byte"), failures.EXIT_ERROR, "NUL"),
    (UnicodeEncodeError("cp1251", "\U0001f600", 0, 1, "character maps to <undefined>"),
     failures.EXIT_ERROR, "UTF-8"),
])
def test_known_failures_are_one_line_with_their_code(exc: BaseException, code: int,
                                                     words: str) -> None:
    failure = explain(exc)
    assert failure.expected and failure.exit_code == code
    assert words in failure.message and "\n" not in failure.message


def test_a_renamed_xls_and_a_huge_csv_field(tmp_path: Path) -> None:
    fake = tmp_path / "old.xlsx"
    fake.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 an .xls")
    with pytest.raises(zipfile.BadZipFile) as caught:
        zipfile.ZipFile(fake)
    assert "not a valid .xlsx" in explain(caught.value).message
    with pytest.raises(csv.Error) as too_long:
        big = "x" * (csv.field_size_limit() + 10)
        list(csv.reader(io.StringIO(f"a;{big}\n"), delimiter=";"))
    assert explain(too_long.value).message.startswith("the CSV file cannot be read")


def test_driver_errors_lose_their_sql(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    sqlite3.connect(path).close()
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"\xff" * 4000)
    engine = create_engine(f"sqlite:///{path}")
    with pytest.raises(DBAPIError) as caught, engine.connect() as conn:
        conn.execute(text("SELECT * FROM companies"))
    failure = explain(caught.value)
    assert "[SQL" not in failure.message and "sqlalche.me" not in failure.message
    assert failure.exit_code == failures.EXIT_DAMAGED and "restore" in failure.message
    engine.dispose()


def test_a_bug_is_unexpected_and_its_report_redacts_passwords(log_dir: Path) -> None:
    try:
        raise TypeError("bad operand for postgresql://boris:s3cret@server/crm")
    except TypeError as exc:
        failure = explain(exc)
        report = failures.save_report(exc)
    assert not failure.expected and failure.exit_code == failures.EXIT_INTERNAL
    assert "s3cret" not in failure.message
    content = report.read_text(encoding="utf-8")
    assert "Traceback" in content and "s3cret" not in content and "boris:***@" in content
    assert report.parent == log_dir


def test_redact() -> None:
    assert redact("postgresql://u:p@h/db and https://a:b@c") == \
        "postgresql://u:***@h/db and https://a:***@c"
    assert redact("postgresql://u@h/db") == "postgresql://u@h/db"
