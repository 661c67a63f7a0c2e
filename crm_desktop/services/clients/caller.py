"""Caller identification: who is calling, from a number written in any form.

A telephony system (a PBX script) or a softphone passes the number as it has it:
"+7 912 123-45-67", "8 (912) 1234567", "79121234567", "tel:+79121234567",
"sip:+79121234567@pbx". The number is brought to E.164 with the one phone normaliser
(libphonenumber, the office's region for a national number) and looked up among the live
clients' stored phones, which are E.164 too: people first (the person who calls), then
companies. A number that is no phone number matches nobody.

The hand-over to a running window (`crm-desktop incoming-call NUMBER`): the window listens
on a local socket named per user and data file (ui.telephony.receiver, QLocalServer); the
command line writes one line to it with a plain socket, so it needs no Qt. The window
answers "ok" when it has taken the call; no answer means no window runs for that file.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import re
import socket
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.phones import normalize_phone
from crm_desktop.domain.text import digits
from crm_desktop.services.context import ServiceContext
from crm_desktop.storage.sql_text import person_name_sql

HANDOVER_TIMEOUT_S = 2.0
_SIP = re.compile(r"^(?:tel|sip|sips|callto):", re.IGNORECASE)


@dataclass(frozen=True)
class CallerMatch:
    kind: str  # "contact" | "company"
    id: str
    name: str
    company_id: str | None = None  # a person's company
    company: str | None = None


@dataclass(frozen=True)
class Caller:
    """What is known of an incoming number: its E.164 form (None: not a phone number) and
    the clients that have it, people first."""

    raw: str
    number: str | None
    matches: tuple[CallerMatch, ...]

    @property
    def known(self) -> bool:
        return bool(self.matches)


def phone_of(raw: str, region: str) -> str | None:
    """The E.164 form of a number as a telephone system writes it, or None."""
    text = _SIP.sub("", (raw or "").strip()).split("@")[0].split(";")[0].strip()
    if not digits(text):
        return None
    tries = [text]
    bare = digits(text)
    if not text.startswith("+"):
        if bare.startswith("00"):
            tries.append("+" + bare[2:])  # the international prefix most of the world dials
        tries.append("+" + bare)  # "79121234567": a full number without its plus
    for candidate in tries:
        try:
            return normalize_phone(candidate, region)
        except ValidationError:
            continue
    return None


class CallerService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def identify(self, raw: str) -> Caller:
        number = phone_of(raw, self.ctx.region)
        if number is None:
            return Caller(raw, None, ())
        # Stored phones are JSON lists of E.164 strings: the quoted number is found
        # exactly, by a substring test SQLite runs in C over every live client (a few
        # tens of milliseconds on 300,000 rows, no index to keep).
        quoted = json.dumps(number)
        sql = f"""
            SELECT 'contact', c.id, {person_name_sql('c')}, c.company_id,
                   (SELECT x.name FROM companies x WHERE x.id = c.company_id)
            FROM contacts c WHERE c.deleted_at IS NULL AND instr(c.phones, :q) > 0
            UNION ALL
            SELECT 'company', c.id, c.name, NULL, NULL
            FROM companies c WHERE c.deleted_at IS NULL AND instr(c.phones, :q) > 0"""
        with self.ctx.db.read_raw() as raw_conn:
            rows = raw_conn.execute(sql, {"q": quoted}).fetchall()
        matches = sorted((CallerMatch(*row) for row in rows),
                         key=lambda m: (m.kind != "contact", m.name.casefold(), m.id))
        return Caller(raw, number, tuple(matches))


# -- the hand-over to a running window ----------------------------------------------------

def handover_name(db_path: Path) -> str:
    """The local socket's name for this user and data file (one window per file)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password file
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    key = hashlib.sha256(str(Path(db_path).expanduser().resolve()).encode()).hexdigest()[:16]
    safe_user = re.sub(r"[^A-Za-z0-9_.-]", "_", user)[:32]
    return f"crm-desktop-{safe_user}-{key}"


def handover_address(db_path: Path) -> str:
    """Where the window listens: a socket file in the temporary folder (Unix), a named
    pipe's name (Windows). QLocalServer is given this same string."""
    name = handover_name(db_path)
    if sys.platform.startswith("win"):
        return name
    return str(Path(tempfile.gettempdir()) / name)


def hand_over(db_path: Path, number: str, timeout: float = HANDOVER_TIMEOUT_S) -> bool:
    """Gives an incoming call to the window open on `db_path`; False if none answers."""
    address = handover_address(db_path)
    line = (json.dumps({"incoming_call": number}) + "\n").encode()
    try:
        if sys.platform.startswith("win"):  # pragma: no cover - Windows only
            with open(rf"\\.\pipe\{address}", "r+b", buffering=0) as pipe:
                pipe.write(line)
                return pipe.readline().strip() == b"ok"
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(timeout)
            conn.connect(address)
            conn.sendall(line)
            reply = b""
            while not reply.endswith(b"\n") and len(reply) < 64:
                chunk = conn.recv(64)
                if not chunk:
                    break
                reply += chunk
            return reply.strip() == b"ok"
    except OSError:  # no socket file, a stale one, refused or timed out: no window
        return False
