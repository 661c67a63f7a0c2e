"""Passwords and addresses (issue 12): no keyring means memory for the session, never a
silent drop; every address redacted; a malformed address or sslmode is a configuration error
with its own exit code; the office commands of the command line."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from crm_desktop.cli import main
from crm_desktop.cli.common import EXIT_CONFIG, EXIT_OFFLINE
from crm_desktop.services.crm import Crm
from crm_desktop.sync import credentials
from crm_desktop.sync.transport import ConfigError, OfflineError
from tests.office.conftest import login_url

SECRET = "t0p-s3cret"


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import keyring
    from keyring.backends import fail

    saved = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.delenv(credentials.ENV_PASSWORD, raising=False)
    yield
    keyring.set_keyring(saved)
    credentials._session.clear()


@pytest.mark.parametrize(("url", "shown"), [
    (f"postgresql://bob:{SECRET}@db.office:5432/crm?sslmode=require",
     "postgresql://bob:***@db.office:5432/crm?sslmode=require"),
    (f"postgresql://bob:{SECRET}@with@at@db.office/crm", "postgresql://bob:***@db.office/crm"),
    (f"postgresql://bob:{SECRET}/slash@db.office/crm", "postgresql://bob:***@db.office/crm"),
    (f"postgresql://bob@db.office/crm?password={SECRET}&sslmode=require",
     "postgresql://bob@db.office/crm?password=***&sslmode=require"),
    ("postgresql://bob@db.office/crm", "postgresql://bob@db.office/crm")])
def test_every_address_is_shown_without_its_password(url: str, shown: str) -> None:
    assert credentials.redact_url(url) == shown
    message = credentials.redact_text(f"could not reach {url} (password={SECRET})")
    assert SECRET not in message and "s3cret" not in message


@pytest.mark.parametrize(("url", "reason"), [
    (f"postgresql://bob:{SECRET}%ZZ@127.0.0.1/x", "%-escape in its password"),
    ("postgresql://bob@127.0.0.1/x?sslmode=bogus", "sslmode"),
    (f"postgresql://bob:{SECRET}/x@127.0.0.1/x", "%2F"),
    ("postgresql://bob@127.0.0.1:99999/x", "port"),
    ("postgresql://bob@127.0.0.1:5432/", "no database"),
    ("mysql://bob@127.0.0.1/x", "postgresql://"),
    ("not a url at all", "postgresql://")])
def test_a_malformed_address_is_a_configuration_error(url: str, reason: str) -> None:
    with pytest.raises(ConfigError, match=reason) as raised:
        credentials.check_url(url)
    assert SECRET not in str(raised.value)


def test_without_a_keyring_the_password_is_kept_for_the_session_only(no_keyring: None,
                                                                    tmp_path: Path) -> None:
    url = "postgresql://bob@db.office:5432/crm?sslmode=require"
    assert not credentials.has_keyring()
    with pytest.raises(credentials.NoKeyringError, match="asked for again"):
        credentials.store_password(url, "пароль с @ и :")
    assert credentials.load_password(url) == "пароль с @ и :"  # not dropped
    with_password = credentials.url_with_password(url)
    assert psycopg.conninfo.conninfo_to_dict(with_password)["password"] == "пароль с @ и :"
    assert credentials.password_known(url)
    credentials.forget(url)
    assert credentials.load_password(url) is None
    assert credentials.url_with_password(url) == url
    assert not any(tmp_path.iterdir())  # nothing written anywhere


def test_the_command_line_takes_the_environment_password(no_keyring: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    url = "postgresql://bob@db.office/crm"
    monkeypatch.setenv(credentials.ENV_PASSWORD, SECRET)
    assert psycopg.conninfo.conninfo_to_dict(
        credentials.url_with_password(url))["password"] == SECRET
    inline = "postgresql://bob:own@db.office/crm"
    assert credentials.url_with_password(inline) == inline  # a password given stays


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.db"
    Crm(path).close()
    return path


@pytest.mark.parametrize("url", [
    f"postgresql://bob:{SECRET}%ZZ@127.0.0.1/x",
    f"postgresql://bob:{SECRET}@127.0.0.1/x?sslmode=bogus",
    f"postgresql://bob:{SECRET}/x@127.0.0.1:1/x"])
def test_the_command_line_exits_8_on_a_bad_address_never_showing_the_password(
        db: Path, url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db), "sync", "--server", url]) == EXIT_CONFIG
    assert main(["server", "status", url]) == EXIT_CONFIG
    err = capsys.readouterr().err
    assert SECRET not in err and "s3cret" not in err
    assert "offline" not in err and err.count("crm-desktop:") == 2


def test_offline_stays_offline_and_the_sync_log_has_no_password(db: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = f"postgresql://bob:{SECRET}@127.0.0.1:1/x?sslmode=disable"
    assert main(["--db", str(db), "sync", "--server", url]) == EXIT_OFFLINE
    assert SECRET not in capsys.readouterr().err
    crm = Crm(db)
    try:
        with pytest.raises(OfflineError):
            crm.sync.sync_now(url)
        with pytest.raises(ConfigError):
            crm.sync.sync_now(f"postgresql://bob:{SECRET}@127.0.0.1/x?sslmode=bogus")
        log = crm.sync.log()
        assert len(log) == 3 and all(SECRET not in str(entry) for entry in log)
    finally:
        crm.close()


def test_sync_reads_the_password_from_standard_input(db: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(SECRET + "\n"))
    url = "postgresql://bob@127.0.0.1:1/x?sslmode=disable"
    assert main(["--db", str(db), "sync", "--server", url, "--password-stdin"]) == EXIT_OFFLINE
    assert credentials.load_password(url) == SECRET  # for this process only
    credentials.forget(url)
    assert SECRET not in capsys.readouterr().err


def test_the_office_commands(office_server: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CRM_SERVER_URL", office_server)
    monkeypatch.setattr("sys.stdin", io.StringIO("пароль главы 1\n"))
    assert main(["server", "add-user", "Ольга Глава", "--role", "head",
                 "--password-stdin"]) == 0
    assert "olga_glava" in capsys.readouterr().out
    assert main(["server", "add-user", "Иван Менеджер", "--head", "olga_glava",
                 "--generate-password"]) == 0
    out = capsys.readouterr().out
    generated = out.rsplit(": ", 1)[1].strip()
    assert "ivan_menedzher" in out and len(generated) == 16
    assert main(["server", "set-role", "ivan_menedzher", "head"]) == 0
    assert main(["server", "disable-user", "ivan_menedzher"]) == 0
    assert main(["server", "disable-user", "ivan_menedzher", "--enable"]) == 0
    assert main(["server", "reset-password", "ivan_menedzher"]) == 0
    new = capsys.readouterr().out.rsplit(": ", 1)[1].strip()
    assert len(new) == 16 and new != generated
    assert main(["server", "set-role", "nobody", "head"]) == 1
    assert "no login nobody" in capsys.readouterr().err
    # a head's own login may not make heads: the server says so, in one line
    monkeypatch.setenv("CRM_SERVER_URL", login_url(office_server, "olga_glava"))
    assert main(["server", "set-role", "ivan_menedzher", "owner"]) == 1
    assert "only the owner" in capsys.readouterr().err
    assert main(["server", "status", office_server]) == 0
    assert "ivan_menedzher (head)" in capsys.readouterr().out


def test_a_password_with_slash_or_at_never_reaches_a_message() -> None:
    from crm_desktop.sync.transport import _redact, where

    for url in ("postgresql://bob:se/cretX@127.0.0.1:1/x",
                "postgresql://bob:p@ss/wordX@db.office:5432/crm?sslmode=require"):
        assert "cretX" not in where(url) and "wordX" not in where(url)
        assert where(url) in ("127.0.0.1:1/x", "db.office:5432/crm")
        secret = url.split("://", 1)[1].rsplit("@", 1)[0].split(":", 1)[1]
        assert secret not in _redact(f"could not connect with {secret}", url)
