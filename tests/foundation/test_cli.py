"""The command line: exit codes and one-line reasons; nothing written on bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.services.crm import Crm


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.db"
    crm = Crm(path)
    crm.reference.seed_defaults()
    crm.companies.create(name="ООО Ромашка", phones=["+79123456789"])
    crm.contacts.create(first_name="Иван", last_name="Иванов")
    crm.close()
    return path


def test_search_prints_ranked_results(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db), "search", "иван"]) == 0
    out = capsys.readouterr().out
    assert "Иванов Иван" in out


def test_search_by_phone(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db), "search", "8 912 345-67-89"]) == 0
    assert "Ромашка" in capsys.readouterr().out


def test_stats_and_check(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db), "stats"]) == 0
    assert "companies" in capsys.readouterr().out
    assert main(["--db", str(db), "check"]) == 0
    assert "ok" in capsys.readouterr().out


def test_backup(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "copy.db"
    assert main(["--db", str(db), "backup", str(target)]) == 0
    assert Crm(target).stats()["companies"] == 1
    assert main(["--db", str(db), "backup", str(target)]) == 1
    err = capsys.readouterr().err
    assert "already exists" in err and len(err.strip().splitlines()) == 1


def test_missing_database_is_an_error_and_not_created(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.db"
    assert main(["--db", str(missing), "stats"]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not missing.exists()


def test_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00garbage" * 10)
    assert main(["--db", str(bad), "stats"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("crm-desktop: ") and "not a crm-desktop database" in err
    assert bad.read_bytes() == b"\x00garbage" * 10


def test_empty_search_and_bad_user(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db), "search", "  "]) == 1
    assert main(["--db", str(db), "user", "   "]) == 1
    assert "name" in capsys.readouterr().err


def test_usage_error_exit_code(db: Path) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(["--db", str(db), "search"])
    assert excinfo.value.code == 2


def test_demo_refuses_a_database_with_data(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db), "demo"]) == 1
    assert "already holds data" in capsys.readouterr().err


def test_no_display_gives_one_clear_line(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "crm_desktop", "--db",
                             str(tmp_path / "x.db")], env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no display" in result.stderr
    assert "Traceback" not in result.stderr
