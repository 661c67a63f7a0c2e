"""The CLI's one error mapping: one line, a distinct exit code, nothing half-done
(issue 13: 7, 8, 9)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.cli.output import escape_controls
from crm_desktop.services.crm import Crm
from crm_desktop.services.failures import EXIT_INTERNAL, log_path
from tests.reliability.conftest import count, leftovers


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("crm-desktop: ") and "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("args, words", [
    (["agenda", "--date", "9999-12-31"], "--date"),
    (["agenda", "--date", "0001-01-01", "--week"], "--date"),
    (["search", "x", "--limit", "-5"], "--limit"),
    (["search", "x", "--limit", "100000000000"], "--limit"),
    (["backup", ""], "empty"),
    (["backup", "/nonexistent-folder/x.db"], "does not exist"),
    (["agenda", "--ics", "/nonexistent-folder/x.ics"], "does not exist"),
    (["agenda", "--ics", "."], "is a folder"),
])
def test_bad_arguments_are_one_line(small_db: Path, args: list[str], words: str,
                                    capsys: pytest.CaptureFixture) -> None:
    assert main(["--db", str(small_db), *args]) == 1
    assert words in one_line(capsys.readouterr().err)


def test_a_bad_ics_fails_before_anything_is_generated(small_db: Path,
                                                      capsys: pytest.CaptureFixture) -> None:
    tasks = count(small_db, "tasks")
    crm = Crm(small_db)
    company = crm.companies.list()[0]
    crm.companies.update(company.id, keep_in_touch_days=1)  # so --generate has work to do
    crm.close()
    assert main(["--db", str(small_db), "agenda", "--generate", "--ics",
                 "/nonexistent-folder/week.ics"]) == 1
    one_line(capsys.readouterr().err)
    assert count(small_db, "tasks") == tasks


def test_ics_is_written_whole_and_private(small_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "week.ics"
    assert main(["--db", str(small_db), "agenda", "--week", "--ics", str(target)]) == 0
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert target.stat().st_mode & 0o077 == 0
    assert leftovers(tmp_path) == []


def test_unexpected_error_is_one_line_and_a_report(small_db: Path, log_dir: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture) -> None:
    def broken(self: Crm) -> dict[str, int]:
        raise TypeError("unsupported operand type(s) for +: 'int' and 'NoneType'")

    monkeypatch.setattr(Crm, "stats", broken)
    assert main(["--db", str(small_db), "stats"]) == EXIT_INTERNAL
    line = one_line(capsys.readouterr().err)
    assert "TypeError" in line and str(log_path()) in line
    report = log_path().read_text(encoding="utf-8")
    assert "Traceback" in report and "def broken" not in line
    assert log_path().parent == log_dir and log_path().stat().st_mode & 0o077 == 0


def test_control_characters_in_data_never_reach_the_terminal(small_db: Path,
                                                             capsys: pytest.CaptureFixture
                                                             ) -> None:
    conn = sqlite3.connect(small_db)  # raw SQL behind the program's back
    conn.execute("UPDATE companies SET name = 'Ромашка \x1b]0;pwned\x07\x1b[2J\u202eevil'")
    conn.commit()
    conn.close()
    assert main(["--db", str(small_db), "search", "Ромашка"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\x1b]0;pwned\\x07" in out


def test_escape_controls_keeps_text_and_newlines() -> None:
    assert escape_controls("Иванов\tok\n") == "Иванов\tok\n"
    assert escape_controls("a\rb\x00c\x9bd\u2066") == "a\\x0db\\x00c\\x9bd\\u2066"


def test_unencodable_output_is_escaped_not_a_crash(small_db: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    raw = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", raw)
    assert main(["--db", str(small_db), "search", "Ромашка"]) == 0
    raw.flush()
    assert b"\\u0420" in raw.buffer.getvalue()  # Р
