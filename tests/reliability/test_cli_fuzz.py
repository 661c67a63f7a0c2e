"""Arbitrary arguments to every CLI command: never a traceback, never an unexpected-error
exit, never a half-written or temporary file left (issue 13, Tests).

`sync` and `server` are left out: arbitrary text there becomes network addresses (their
errors are mapped by the same code, tested in tests/sync)."""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.cli import build_parser, main
from crm_desktop.services.crm import Crm
from crm_desktop.services.demo import generate
from crm_desktop.services.failures import EXIT_INTERNAL
from tests.reliability.conftest import leftovers

LOG = os.environ.get("CRM_FUZZ_LOG")
NETWORK = {"sync", "server"}
OUT_NAMES = ["new.xlsx", "new.csv", "new.ics", "new.db", "new.vcf", "new.docx", "new?#%.xlsx",
             "sub", "garbage.xlsx", "garbage.csv", "existing.db", ""]


def commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {name: p for name, p in sub.choices.items() if name not in NETWORK}


COMMANDS = commands()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz-template")
    crm = Crm(folder / "crm.db")
    generate(crm, "small")
    crm.close()
    return folder / "crm.db"


def value_for(action: argparse.Action, out: Path) -> st.SearchStrategy[str]:
    if action.choices:
        choices = [c for c in action.choices if c != "large"]  # 3 minutes of CPU: elsewhere
        return st.one_of(st.sampled_from(choices), st.text(max_size=8))
    text = st.text(max_size=30)
    numbers = st.integers(min_value=-10**20, max_value=10**20).map(str)
    paths = st.sampled_from([str(out / n) for n in OUT_NAMES] + [
        "", ".", "/", "/nonexistent/x.xlsx", "ru/invoice", "en/contract", "9999-12-31",
        "2026-03-08", "\x1b[2J", "a\x00b"])
    return st.one_of(text, numbers, paths)


@st.composite
def arguments(draw: st.DrawFn, out: Path) -> list[str]:
    name = draw(st.sampled_from(sorted(COMMANDS)))
    argv = [name]
    for action in COMMANDS[name]._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if not action.option_strings:
            argv.append(draw(value_for(action, out)))
        elif draw(st.booleans()):
            argv.append(action.option_strings[-1])
            if action.nargs != 0:
                argv.append(draw(value_for(action, out)))
    if draw(st.integers(0, 9)) == 0:
        argv.append(draw(st.text(max_size=10)))  # a stray argument
    return argv


def assert_whole(path: Path) -> None:
    """By content, not by name (`backup new.xlsx` writes a database)."""
    head = path.read_bytes()[:16]
    if head.startswith(b"SQLite format 3"):
        conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    elif head.startswith(b"PK"):
        with zipfile.ZipFile(path) as archive:
            assert archive.testzip() is None
    elif head.startswith(b"BEGIN:VCALENDAR"):
        assert path.read_bytes().rstrip().endswith(b"END:VCALENDAR")
    elif path.suffix.lower() in (".xlsx", ".docx", ".db") and path.name != "garbage.xlsx":
        raise AssertionError(f"{path.name} is neither empty nor whole: {head!r}")


@pytest.mark.slow  # 300 random command lines: about 40 s
@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_any_arguments_to_any_command(tmp_path: Path, template: Path,
                                      data: st.DataObject) -> None:
    case = Path(tempfile_dir(tmp_path))
    out = case / "out"
    out.mkdir()
    (out / "sub").mkdir()
    (out / "garbage.xlsx").write_bytes(b"\xd0\xcf\x11\xe0 an old .xls renamed")
    (out / "garbage.csv").write_bytes(b"a;b\n" + b"x" * 200_000 + b"\n")
    db = case / "crm.db"
    shutil.copy(template, db)
    shutil.copy(template, out / "existing.db")
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    argv = data.draw(arguments(out))
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr), \
            contextlib.chdir(out):  # relative names ("0", "9999-12-31") land here
        try:
            code = main(["--db", str(db), *argv])
        except SystemExit as exc:  # argparse: --help (0) or bad syntax (2)
            code = exc.code
    err = stderr.getvalue()
    assert "Traceback" not in err and "Traceback" not in stdout.getvalue(), argv
    assert code != EXIT_INTERNAL, (argv, err)
    if LOG:  # CRM_FUZZ_LOG=file: what the examples exercised (exit code, command, line)
        last = err.strip().splitlines()[-1][:150] if err.strip() else ""
        with open(LOG, "a", encoding="utf-8") as log:
            log.write(f"{code} {argv[0]} {last}\n")
    assert isinstance(code, int), argv
    if code not in (0, 2):
        assert err.strip().splitlines()[-1].startswith("crm-desktop: "), (argv, err)
    assert leftovers(case) == [], argv
    for path in out.rglob("*"):
        if path.is_file() and before.get(path) != path.stat().st_mtime_ns:
            assert_whole(path)
    shutil.rmtree(case)


_counter = iter(range(10**9))


def tempfile_dir(root: Path) -> Path:
    """A new folder per example (the function-scoped tmp_path is shared by all examples)."""
    folder = root / f"case{next(_counter)}"
    folder.mkdir()
    return folder
