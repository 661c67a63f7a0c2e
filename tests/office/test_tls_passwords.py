"""TLS and real passwords (issue 12), on a private PostgreSQL started for these tests: ssl on
with a certificate of its own, scram-sha-256 for every login, hostssl only. (The shared test
server trusts every local login and has no TLS, so neither could be shown there.) Skipped
where initdb is not available."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from crm_desktop.services.admin.office import OfficeService
from crm_desktop.services.crm import Crm
from crm_desktop.sync import credentials
from crm_desktop.sync.server_admin import add_user, disable_user, init_server, reset_password
from crm_desktop.sync.transport import AuthError, Transport, connect
from tests.sync.conftest import Replica

BIN = Path("/usr/lib/postgresql/15/bin")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(args: list[str], owner: str | None) -> None:
    prefix = ["runuser", "-u", owner, "--"] if owner else []
    subprocess.run(prefix + args, check=True, capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def tls_server() -> Iterator[tuple[str, Path]]:
    """(admin URL base postgresql://postgres@127.0.0.1:PORT, the server's certificate)."""
    initdb = BIN / "initdb"
    if not initdb.exists() or not shutil.which("openssl"):
        pytest.skip("no initdb or openssl here")
    owner = "postgres" if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="crm-tls-"))
    data = folder / "data"
    try:
        if owner:
            shutil.chown(folder, owner)
        _run([str(initdb), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
              "--no-sync"], owner)
        cert, key = data / "server.crt", data / "server.key"
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days",
                        "2", "-subj", "/CN=localhost", "-addext",
                        "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", str(key),
                        "-out", str(cert)], check=True, capture_output=True, timeout=60)
        key.chmod(0o600)
        if owner:
            for path in (cert, key):
                shutil.chown(path, owner)
        port = _free_port()
        with (data / "postgresql.conf").open("a") as conf:
            conf.write(f"\nport = {port}\nlisten_addresses = '127.0.0.1'\n"
                       f"unix_socket_directories = '{folder}'\nssl = on\n"
                       f"password_encryption = 'scram-sha-256'\nfsync = off\n"
                       f"shared_buffers = 16MB\nmax_connections = 40\n")
        (data / "pg_hba.conf").write_text(
            "local all all trust\n"
            "hostssl all postgres 127.0.0.1/32 trust\n"
            "hostssl all all 127.0.0.1/32 scram-sha-256\n"
            "host all all 127.0.0.1/32 reject\n")
        _run([str(BIN / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w", "start"],
             owner)
    except (subprocess.SubprocessError, OSError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(f"a private server cannot be started here: {exc}")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}", cert
    finally:
        _run([str(BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], owner)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def tls_office(tls_server: tuple[str, Path]) -> Iterator[tuple[str, Path]]:
    base, cert = tls_server
    name = f"crm_tls_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{base}/postgres?sslmode=require", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{base}/{name}?sslmode=require"
    init_server(url)
    yield url, cert
    credentials._session.clear()


def as_login(url: str, login: str, password: str | None = None, mode: str = "require",
             cert: Path | None = None) -> str:
    url = url.replace("postgres@", f"{login}@", 1).replace("sslmode=require",
                                                          f"sslmode={mode}")
    url += f"&sslrootcert={cert}" if cert else ""
    return credentials.url_with_password(url, password) if password else url


def test_a_login_made_from_the_app_signs_in_with_its_password_over_tls(
        tls_office: tuple[str, Path], tmp_path: Path) -> None:
    url, cert = tls_office
    owner = add_user(url, "Анна Владелец", "owner", password="пароль владельца")
    owner_url = as_login(url, owner, "пароль владельца", "verify-full", cert)
    with connect(owner_url) as conn:  # the server's certificate is checked too
        assert conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
                            ).fetchone() == (True,)
        from crm_desktop.sync.server_admin import office_add_user

        with conn.transaction():
            login = office_add_user(conn, owner_url, "Иван Менеджер", "manager",
                                    "пароль ивана 1")
    laptop = Replica(tmp_path / "ivan.db", as_login(url, login, "пароль ивана 1"), "Иван")
    try:
        laptop.crm.companies.create(name="Клиент Ивана")
        assert laptop.sync().pushed >= 1  # a real sync, encrypted, with a real password
    finally:
        laptop.crm.close()
    for wrong in (as_login(url, login, "не тот пароль"), as_login(url, login)):
        with pytest.raises(AuthError, match="refused the user name or password"), \
                Transport(wrong):
            pass
    reset_password(owner_url, login, "новый пароль ивана")
    with pytest.raises(AuthError), Transport(as_login(url, login, "пароль ивана 1")):
        pass
    with Transport(as_login(url, login, "новый пароль ивана")) as transport:
        assert transport.hello()["login"] == login
    disable_user(owner_url, login)
    with pytest.raises(AuthError, match="disabled|refused"), \
            Transport(as_login(url, login, "новый пароль ивана")):
        pass


def test_the_window_path_without_a_keyring_keeps_the_password_in_memory(
        tls_office: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    url, _ = tls_office
    owner = add_user(url, "Анна Владелец", "owner", password="пароль владельца")
    monkeypatch.delenv(credentials.ENV_PASSWORD, raising=False)
    saved = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    crm = Crm(tmp_path / "anna.db")
    try:
        port = int(url.split(":")[2].split("/")[0])
        with pytest.raises(credentials.NoKeyringError):
            crm.sync.configure("127.0.0.1", port, url.rsplit("/", 1)[1].split("?")[0], owner,
                               "require", "пароль владельца")
        office = OfficeService(crm)
        assert office.whoami().role == "owner"  # the password from this session's memory
        crm.sync.sync_now()
        credentials._session.clear()  # the next start: nothing kept
        with pytest.raises(AuthError, match="password"):
            crm.sync.sync_now()
        for path in tmp_path.rglob("*"):
            if path.is_file():
                assert "пароль владельца".encode() not in path.read_bytes()
    finally:
        crm.close()
        keyring.set_keyring(saved)
