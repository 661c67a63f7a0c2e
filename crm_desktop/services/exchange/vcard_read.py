"""Cutting a vCard file into clean cards vobject can read: line ends normalised (\\r\\r\\n
from iPhones, lone \\r), folded and quoted-printable soft-broken lines joined, base64 blobs
and Lotus' PROFILE line dropped; a card vobject refuses is read without its bad lines, so
the message can name the card and the property."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import vobject

BINARY = {"PHOTO", "LOGO", "SOUND", "KEY", "PROFILE"}  # blobs, and Lotus' stray PROFILE
_PROPERTY = re.compile(r"^[A-Za-z0-9][\w.-]*(;[^:]*)?:")


@dataclass
class RawCard:
    number: int  # 1-based position of the card in the file
    line: int  # where it begins
    text: str


def split_cards(text: str) -> Iterator[RawCard]:
    """The cards of a file as clean text: line ends normalised, folded and quoted-printable
    soft-broken lines joined, binary blobs dropped."""
    lines = re.split(r"\r\r\n|\r\n|\n|\r", text)
    number, depth, start = 0, 0, 0
    body: list[str] = []
    for index, line in enumerate(lines, start=1):
        head = line.strip().upper()
        if head == "BEGIN:VCARD":
            depth += 1
            if depth == 1:
                number, start, body = number + 1, index, []
                continue
        if depth == 0:
            continue
        if head == "END:VCARD":
            depth -= 1
            if depth == 0:
                yield RawCard(number, start, _clean(body))
                continue
        body.append(line)
    if depth:
        yield RawCard(number, start, "")  # no END:VCARD: reported as such


def _clean(lines: list[str]) -> str:
    logical: list[str] = []
    for line in lines:
        if logical and (line[:1] in (" ", "\t") or _joins(logical[-1])):
            logical[-1] = logical[-1][:-1] + line if _joins(logical[-1]) else \
                logical[-1] + line[1:]
        elif logical and line and not _PROPERTY.match(line):
            logical[-1] += line  # a 2.1 base64 block or a broken fold
        elif line.strip():
            logical.append(line)
    kept = [f"{line}" for line in logical
            if line.split(":", 1)[0].split(";", 1)[0].split(".")[-1].upper() not in BINARY]
    return "BEGIN:VCARD\r\n" + "\r\n".join(kept) + "\r\nEND:VCARD\r\n"


def _joins(line: str) -> bool:
    """A quoted-printable value continues on the next line after a trailing '='."""
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head and line.endswith("=")


def text_of(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(text_of(v) for v in value if v).strip()
    return str(value or "").strip()


def _parses(text: str) -> bool:
    try:
        vobject.readOne(text, ignoreUnreadable=True)
    except Exception:  # noqa: BLE001
        return False
    return True


def without_bad_lines(text: str) -> tuple[Any, str]:
    """The card without the lines vobject cannot read, and what the first of them was
    (the card itself is refused: its name is read from the rest, for the message)."""
    lines = text.split("\r\n")[1:-2]
    wrap = "BEGIN:VCARD\r\n{}\r\nEND:VCARD\r\n".format
    good = [line for line in lines if _parses(wrap(line))]
    bad = [line for line in lines if line not in good]
    reason = ""
    if bad:
        prop = bad[0].split(":", 1)[0].split(";", 1)[0]
        try:
            vobject.readOne(wrap(bad[0]))
        except Exception as exc:  # noqa: BLE001
            reason = f"{prop}: the value cannot be read ({reason_of(exc)})"
    try:
        return vobject.readOne(wrap("\r\n".join(good)), ignoreUnreadable=True), reason
    except Exception:  # noqa: BLE001
        return None, reason


def reason_of(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]
